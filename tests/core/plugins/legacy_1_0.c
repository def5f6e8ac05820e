/* A plugin built against the FROZEN ABI 1.0 header (tests/core/abi_1_0), never against today's abi.h: it
 * proves that a library built for 1.0 loads and runs under every later 1.x host. Its descriptor, option
 * rows and annotations have 1.0's sizes; it reads earlier annotations through annotation_at into a 1.0
 * view followed by guard bytes, and fails the document if the host writes past the 1.0 struct. */
#ifdef LEGACY_ABI_1_1
/* The same plugin built against the frozen 1.1 header (target textchain_legacy11): the 1.1 way of reading
 * tokens is the same 12-byte array, which the host now builds only for such a step. */
#include "../abi_1_1/textchain_abi_1_1.h"
#define LEGACY_NAME "legacy11"
#else
#include "../abi_1_0/textchain_abi_1_0.h"
#define LEGACY_NAME "legacy"
#endif

#include <stdlib.h>
#include <string.h>

static const tc_option_def options[] = {
    {"label", TC_OPTION_STRING, 0, "legacy", NULL, "value of the `label` attribute"},
    {"min_length", TC_OPTION_INT, 0, "1", NULL, "shortest word annotated, in bytes"},
};
static const char* const provided[] = {"legacy_word"};

typedef struct legacy {
  char label[32];
  long min_length;
} legacy;

static void* legacy_create(const tc_options* opts, char* error, size_t error_size) {
  legacy* self = (legacy*)calloc(1, sizeof *self);
  (void)error;
  (void)error_size;
  if (!self) return NULL;
  for (size_t i = 0; i < opts->count; ++i) {
    tc_str key = opts->items[i].key;
    if (key.size == 5 && memcmp(key.data, "label", 5) == 0) {
      size_t n = opts->items[i].value.s.size < 31 ? opts->items[i].value.s.size : 31;
      memcpy(self->label, opts->items[i].value.s.data, n);
    } else if (key.size == 10 && memcmp(key.data, "min_length", 10) == 0) {
      self->min_length = (long)opts->items[i].value.i;
    }
  }
  return self;
}

static int legacy_process(void* instance, tc_doc* doc, const tc_host_api* host) {
  const legacy* self = (const legacy*)instance;
  static const char fail_view[] = "annotation_at wrote past the ABI 1.0 tc_annotation_view";
  /* Earlier annotations, read the 1.0 way, with guard bytes after the struct. */
  size_t count = host->annotation_count(doc);
  for (size_t i = 0; i < count; ++i) {
    struct {
      tc_annotation_view view;
      unsigned char guard[64];
    } buf;
    memset(&buf, 0xA5, sizeof buf);
    if (host->annotation_at(doc, i, &buf.view) != 0) return 1;
    for (size_t k = 0; k < sizeof buf.guard; ++k)
      if (buf.guard[k] != 0xA5) {
        tc_str m = {fail_view, sizeof fail_view - 1};
        host->report(doc, TC_LEVEL_ERROR, m);
        return 1;
      }
  }
  size_t n = 0;
  const tc_token* tokens = host->tokens(doc, &n);
  for (size_t i = 0; i < n; ++i) {
    if (tokens[i].kind != TC_TOKEN_WORD || (long)(tokens[i].end - tokens[i].begin) < self->min_length) continue;
    tc_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.key.data = "label";
    attr.key.size = 5;
    attr.value.type = TC_VALUE_STRING;
    attr.value.s.data = self->label;
    attr.value.s.size = strlen(self->label);
    tc_annotation_in a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a; /* 1.0's size */
    a.type.data = "legacy_word";
    a.type.size = 11;
    a.begin = tokens[i].begin;
    a.end = tokens[i].end;
    a.attrs = &attr;
    a.attr_count = 1;
    if (host->add_annotation(doc, &a, NULL) != 0) return 1;
  }
  return 0;
}

static void legacy_destroy(void* instance) { free(instance); }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  if (!d.struct_size) {
    d.abi_major = TC_ABI_MAJOR; /* 1 */
    d.abi_minor = TC_ABI_MINOR; /* 0 (or 1 with LEGACY_ABI_1_1): the frozen header's */
    d.name = LEGACY_NAME;
    d.version = "1.0.0";
    d.description = "A plugin built against the ABI 1.0 header (tests only)";
    d.license = "Apache-2.0";
    d.options = options;
    d.option_count = 2;
    d.provided_types = provided;
    d.provided_count = 1;
    d.flags = TC_PLUGIN_THREAD_SAFE;
    d.create = legacy_create;
    d.process = legacy_process;
    d.destroy = legacy_destroy;
    d.struct_size = sizeof d;
  }
  return &d;
}
