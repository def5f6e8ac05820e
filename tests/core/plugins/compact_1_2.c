/* A plugin of ABI 1.2 in plain C that reads only the compact token form (compact_tokens) and declares so
 * (token_forms = TC_READS_COMPACT_TOKENS). It annotates the same words as legacy_1_0.c, which reads the
 * 12-byte array: the test compares the two. Long tokens' ends come from the long-token table. */
#include <textchain/abi.h>

#include <stdlib.h>
#include <string.h>

static const tc_option_def options[] = {
    {"min_length", TC_OPTION_INT, 0, "1", NULL, "shortest word annotated, in bytes"},
};
static const char* const provided[] = {"compact_word"};

typedef struct compact {
  long min_length;
} compact;

static void* compact_create(const tc_options* opts, char* error, size_t error_size) {
  compact* self = (compact*)calloc(1, sizeof *self);
  (void)error;
  (void)error_size;
  if (!self) return NULL;
  for (size_t i = 0; i < opts->count; ++i)
    if (opts->items[i].key.size == 10 && memcmp(opts->items[i].key.data, "min_length", 10) == 0)
      self->min_length = (long)opts->items[i].value.i;
  return self;
}

static int compact_process(void* instance, tc_doc* doc, const tc_host_api* host) {
  const compact* self = (const compact*)instance;
  size_t n = 0, n_long = 0, next_long = 0;
  const tc_token_long* longs = NULL;
  const tc_token_compact* tokens = host->compact_tokens(doc, &n, &longs, &n_long);
  for (size_t i = 0; i < n; ++i) {
    uint64_t end = (uint64_t)tokens[i].begin + tokens[i].length;
    if (tokens[i].length == TC_TOKEN_LONG_LENGTH) {
      while (next_long < n_long && longs[next_long].index < i) ++next_long;
      if (next_long == n_long || longs[next_long].index != i) return 1; /* the table must list it */
      end = longs[next_long].end;
    }
    if (tokens[i].kind != TC_TOKEN_WORD || (long)(end - tokens[i].begin) < self->min_length) continue;
    tc_annotation_in a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.type.data = "compact_word";
    a.type.size = 12;
    a.begin = tokens[i].begin;
    a.end = end;
    if (host->add_annotation(doc, &a, NULL) != 0) return 1;
  }
  return 0;
}

static void compact_destroy(void* instance) { free(instance); }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  if (!d.struct_size) {
    d.abi_major = TC_ABI_MAJOR;
    d.abi_minor = TC_ABI_MINOR;
    d.name = "compact";
    d.version = "1.0.0";
    d.description = "A plugin that reads the compact token form of ABI 1.2 (tests only)";
    d.license = "Apache-2.0";
    d.options = options;
    d.option_count = 1;
    d.option_stride = sizeof(tc_option_def);
    d.provided_types = provided;
    d.provided_count = 1;
    d.flags = TC_PLUGIN_THREAD_SAFE;
    d.create = compact_create;
    d.process = compact_process;
    d.destroy = compact_destroy;
    d.token_forms = TC_READS_COMPACT_TOKENS;
    d.struct_size = sizeof d;
  }
  return &d;
}
