/* Test plugins that misbehave the ways a third-party plugin can, one library per behaviour: this file is
 * built once per BAD_BEHAVIOUR (tests/isolation/CMakeLists.txt), named textchain_bad_<behaviour>. Each
 * marks every document it processes with a "seen" annotation, and misbehaves on the documents whose text
 * holds the marker BADDOC (or on every document, or in create). Tests only. */
#include <textchain/abi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BAD_SEGV 1      /* writes through a null pointer on a marked document */
#define BAD_ABORT 2     /* abort() on a marked document */
#define BAD_EXIT 3      /* exit(0) on a marked document */
#define BAD_LOOP 4      /* never returns from a marked document */
#define BAD_ALLOC 5     /* allocates 20 GB and touches every page, on a marked document */
#define BAD_STDOUT 6    /* writes to standard output (printf and write(1)) on a marked document */
#define BAD_CREATE 7    /* crashes in create */
#define BAD_EVERY 8     /* writes through a null pointer on every document */
#define BAD_PRINT_CREATE 9 /* prints to standard output in create */
#define BAD_STDOUT_ZEROS 10 /* writes to standard output, 8 zero bytes first, on a marked document */

#ifndef BAD_BEHAVIOUR
#error "BAD_BEHAVIOUR must be defined"
#endif

static int marked(tc_doc* doc, const tc_host_api* host) {
  const tc_str text = host->text(doc);
  static const char marker[] = "BADDOC";
  const size_t m = sizeof marker - 1;
  for (size_t i = 0; i + m <= text.size; ++i)
    if (memcmp(text.data + i, marker, m) == 0) return 1;
  return 0;
}

static __attribute__((unused)) void crash(void) {
  volatile int* volatile nowhere = NULL;
  *nowhere = 1;
}

static void* bad_create(const tc_options* opts, char* error, size_t error_size) {
  (void)opts;
  (void)error;
  (void)error_size;
#if BAD_BEHAVIOUR == BAD_CREATE
  crash();
#elif BAD_BEHAVIOUR == BAD_PRINT_CREATE
  printf("PLUGIN-CREATE-PRINTF\n"); /* left in stdio's buffer */
#endif
  static int instance;
  return &instance;
}

static int bad_process(void* instance, tc_doc* doc, const tc_host_api* host) {
  (void)instance;
  const int bad = BAD_BEHAVIOUR == BAD_EVERY || marked(doc, host);
  if (bad) {
#if BAD_BEHAVIOUR == BAD_SEGV || BAD_BEHAVIOUR == BAD_EVERY
    crash();
#elif BAD_BEHAVIOUR == BAD_ABORT
    abort();
#elif BAD_BEHAVIOUR == BAD_EXIT
    exit(0);
#elif BAD_BEHAVIOUR == BAD_LOOP
    for (volatile unsigned long spin = 0;; ++spin) {
    }
#elif BAD_BEHAVIOUR == BAD_ALLOC
    const size_t size = (size_t)20 << 30;
    char* volatile p = (char*)malloc(size);
    for (size_t i = 0; i < size; i += 4096) p[i] = 1; /* no check: many real plugins have none */
    free(p);
#elif BAD_BEHAVIOUR == BAD_STDOUT
    printf("PLUGIN-STDOUT-PRINTF\n"); /* left in stdio's buffer */
    static const char direct[] = "PLUGIN-STDOUT-WRITE\n";
    if (write(1, direct, sizeof direct - 1) < 0) return 1;
#elif BAD_BEHAVIOUR == BAD_STDOUT_ZEROS
    static const char zeros_first[] = "\0\0\0\0\0\0\0\0ZEROS-FIRST\n";
    if (write(1, zeros_first, sizeof zeros_first - 1) < 0) return 1;
#endif
  }
  const tc_str text = host->text(doc);
  tc_annotation_in a;
  memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;
  a.type.data = "seen";
  a.type.size = 4;
  a.end = text.size < 4 ? text.size : 4;
  return host->add_annotation(doc, &a, NULL) == 0 ? 0 : 1;
}

static void bad_destroy(void* instance) { (void)instance; }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  if (!d.struct_size) {
    d.abi_major = TC_ABI_MAJOR;
    d.abi_minor = TC_ABI_MINOR;
    d.name = BAD_NAME;
    d.version = "0.1.0";
    d.description = "Misbehaves on purpose (tests only)";
    d.license = "Apache-2.0";
    d.flags = TC_PLUGIN_THREAD_SAFE;
    d.create = bad_create;
    d.process = bad_process;
    d.destroy = bad_destroy;
    d.struct_size = sizeof d;
  }
  return &d;
}
