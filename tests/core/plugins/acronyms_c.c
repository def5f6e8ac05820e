/* A plugin written in plain C against <textchain/abi.h> only: finds acronyms (words of 2+ capitals).
 * It proves the boundary needs no C++ on the plugin's side. */
#include <textchain/abi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct acronyms {
  long min_length;
} acronyms;

static const tc_option_def options[] = {
    {"min_length", TC_OPTION_INT, 0, "2", NULL, "shortest acronym reported, in letters"},
};
static const char* const provided[] = {"acronym"};

static void* acronyms_create(const tc_options* opts, char* error, size_t error_size) {
  acronyms* self = (acronyms*)calloc(1, sizeof *self);
  if (!self) {
    snprintf(error, error_size, "out of memory");
    return NULL;
  }
  self->min_length = 2;
  for (size_t i = 0; i < opts->count; ++i)
    if (opts->items[i].key.size == 10 && memcmp(opts->items[i].key.data, "min_length", 10) == 0)
      self->min_length = (long)opts->items[i].value.i;
  if (self->min_length < 1) {
    snprintf(error, error_size, "min_length must be at least 1, not %ld", self->min_length);
    free(self);
    return NULL;
  }
  return self;
}

static int acronyms_process(void* instance, tc_doc* doc, const tc_host_api* host) {
  const acronyms* self = (const acronyms*)instance;
  tc_str text = host->text(doc);
  size_t n = 0;
  const tc_token* tokens = host->tokens(doc, &n);
  for (size_t i = 0; i < n; ++i) {
    if (tokens[i].kind != TC_TOKEN_WORD) continue;
    size_t len = tokens[i].end - tokens[i].begin;
    if ((long)len < self->min_length) continue;
    int all_caps = 1;
    for (size_t k = tokens[i].begin; k < tokens[i].end; ++k)
      if (text.data[k] < 'A' || text.data[k] > 'Z') all_caps = 0;
    if (!all_caps) continue;
    tc_annotation_in a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.type.data = "acronym";
    a.type.size = 7;
    a.begin = tokens[i].begin;
    a.end = tokens[i].end;
    if (host->add_annotation(doc, &a, NULL) != 0) return 1;
  }
  return 0;
}

static void acronyms_destroy(void* instance) { free(instance); }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  if (!d.struct_size) {
    d.abi_major = TC_ABI_MAJOR;
    d.abi_minor = TC_ABI_MINOR;
    d.name = "acronyms";
    d.version = "1.0.0";
    d.description = "Finds acronyms (a plugin in plain C)";
    d.license = "Apache-2.0";
    d.options = options;
    d.option_count = 1;
    d.provided_types = provided;
    d.provided_count = 1;
    d.flags = TC_PLUGIN_THREAD_SAFE;
    d.create = acronyms_create;
    d.process = acronyms_process;
    d.destroy = acronyms_destroy;
    d.struct_size = sizeof d;
  }
  return &d;
}
