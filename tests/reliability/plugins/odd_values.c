/* A plugin in plain C that hands the host the values a careless plugin might: NaN and infinite doubles,
 * attribute keys, link roles and edit rule names that are not UTF-8, and (mode "bad-edit") an edit whose
 * replacement is not UTF-8. Mode "check-text" reports an error when the text it is given is not valid
 * UTF-8 (the host promises it is). Tests only. */
#include <textchain/abi.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct odd_values {
  char mode[32];
} odd_values;

static const tc_option_def options[] = {
    {"mode", TC_OPTION_ENUM, 0, "values", "values|bad-edit|check-text", "what to hand over"},
};
static const char* const provided[] = {"odd"};

static tc_str str(const char* s) {
  tc_str t;
  t.data = s;
  t.size = strlen(s);
  return t;
}

static void* odd_create(const tc_options* opts, char* error, size_t error_size) {
  (void)error;
  (void)error_size;
  odd_values* self = (odd_values*)calloc(1, sizeof *self);
  if (!self) return NULL;
  strcpy(self->mode, "values");
  for (size_t i = 0; i < opts->count; ++i)
    if (opts->items[i].key.size == 4 && memcmp(opts->items[i].key.data, "mode", 4) == 0 &&
        opts->items[i].value.s.size < sizeof self->mode) {
      memcpy(self->mode, opts->items[i].value.s.data, opts->items[i].value.s.size);
      self->mode[opts->items[i].value.s.size] = '\0';
    }
  return self;
}

/* Whether the n bytes at s are valid UTF-8 (shortest forms, no surrogates, at most U+10FFFF). */
static int valid_utf8(const unsigned char* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return 0;
    }
    if (i + need > n) return 0;
    if (s[i + 1] < lo || s[i + 1] > hi) return 0;
    for (size_t k = 2; k < need; ++k)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
    i += need;
  }
  return 1;
}

static int odd_process(void* instance, tc_doc* doc, const tc_host_api* host) {
  const odd_values* self = (const odd_values*)instance;
  tc_str text = host->text(doc);
  if (strcmp(self->mode, "check-text") == 0) {
    if (!valid_utf8((const unsigned char*)text.data, text.size)) {
      host->report(doc, TC_LEVEL_ERROR, str("the text handed to this step is not valid UTF-8"));
      return 1;
    }
    return 0;
  }
  if (strcmp(self->mode, "bad-edit") == 0) {
    /* Inserts two bytes that are no UTF-8 at the start, under a rule name that is none either. */
    return host->propose_edit(doc, 0, 0, str("\xff\xfe"), str("rule\xff")) == 0 ? 0 : 1;
  }
  tc_attr attrs[5];
  memset(attrs, 0, sizeof attrs);
  attrs[0].key = str("nan");
  attrs[0].value.type = TC_VALUE_DOUBLE;
  attrs[0].value.d = NAN;
  attrs[1].key = str("inf");
  attrs[1].value.type = TC_VALUE_DOUBLE;
  attrs[1].value.d = -INFINITY;
  attrs[2].key = str("k\xff");
  attrs[2].value.type = TC_VALUE_STRING;
  attrs[2].value.s = str("v");
  attrs[3].key = str("half");
  attrs[3].value.type = TC_VALUE_DOUBLE;
  attrs[3].value.d = 0.5;
  /* A key whose JSON string is longer than the block the record writer copies kept names in (32 bytes). */
  attrs[4].key = str("a_key_longer_than_one_block_of_the_writer");
  attrs[4].value.type = TC_VALUE_STRING;
  attrs[4].value.s = str("long");
  tc_annotation_in a;
  memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;
  a.type = str("odd");
  a.attrs = attrs;
  a.attr_count = 5;
  uint64_t first = 0;
  if (host->add_annotation(doc, &a, &first) != 0) return 1;
  tc_link link;
  link.role = str("r\xfe");
  link.target = first;
  tc_annotation_in b;
  memset(&b, 0, sizeof b);
  b.struct_size = sizeof b;
  b.type = str("odd");
  b.links = &link;
  b.link_count = 1;
  return host->add_annotation(doc, &b, NULL) == 0 ? 0 : 1;
}

static void odd_destroy(void* instance) { free(instance); }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  if (!d.struct_size) {
    d.abi_major = TC_ABI_MAJOR;
    d.abi_minor = TC_ABI_MINOR;
    d.name = "oddvalues";
    d.version = "0.1.0";
    d.description = "Hands over NaN, infinities and bytes that are not UTF-8 (tests only)";
    d.license = "Apache-2.0";
    d.options = options;
    d.option_count = sizeof options / sizeof options[0];
    d.provided_types = provided;
    d.provided_count = 1;
    d.flags = TC_PLUGIN_THREAD_SAFE | TC_PLUGIN_REWRITES_TEXT;
    d.create = odd_create;
    d.process = odd_process;
    d.destroy = odd_destroy;
    d.struct_size = sizeof d;
  }
  return &d;
}
