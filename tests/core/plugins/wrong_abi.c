/* A plugin built for another ABI version (TEST_ABI_MAJOR / TEST_ABI_MINOR / TEST_STRUCT_SIZE set by CMake):
 * the host must refuse it before calling anything. */
#include <textchain/abi.h>

#include <stddef.h>

static void* never_create(const tc_options* o, char* e, size_t n) { (void)o; (void)e; (void)n; return NULL; }
static int never_process(void* i, tc_doc* d, const tc_host_api* h) { (void)i; (void)d; (void)h; return 1; }
static void never_destroy(void* i) { (void)i; }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  d.struct_size = TEST_STRUCT_SIZE;
  d.abi_major = TEST_ABI_MAJOR;
  d.abi_minor = TEST_ABI_MINOR;
#ifdef TEST_DESCRIPTOR_NAME
  d.name = TEST_DESCRIPTOR_NAME;
#else
  d.name = TEST_PLUGIN_NAME;
#endif
  d.version = "0.0.1";
  d.description = "descriptor from another ABI";
  d.license = "Apache-2.0";
  d.create = never_create;
  d.process = never_process;
  d.destroy = never_destroy;
#ifdef TEST_TOKEN_FORMS
  d.token_forms = TEST_TOKEN_FORMS;
#endif
  return &d;
}
