/* A plugin in plain C that ends the process from inside process(), on the document whose id is `at`:
 * with exit(0), _exit(0), _Exit(0) or quick_exit(0) (option `how`). Tests only. */
#include "document_number.h"

#include <textchain/abi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct quitter {
  char how[16];
  long at;
} quitter;

static const tc_option_def options[] = {
    {"how", TC_OPTION_ENUM, 0, "exit", "exit|_exit|_Exit|quick_exit", "the function called"},
    {"at", TC_OPTION_INT, 0, "3", NULL, "the id of the document on which it is called"},
};

static void* quitter_create(const tc_options* opts, char* error, size_t error_size) {
  (void)error;
  (void)error_size;
  quitter* self = (quitter*)calloc(1, sizeof *self);
  if (!self) return NULL;
  strcpy(self->how, "exit");
  self->at = 3;
  for (size_t i = 0; i < opts->count; ++i) {
    const tc_attr* o = &opts->items[i];
    if (o->key.size == 3 && memcmp(o->key.data, "how", 3) == 0 && o->value.s.size < sizeof self->how) {
      memcpy(self->how, o->value.s.data, o->value.s.size);
      self->how[o->value.s.size] = '\0';
    } else if (o->key.size == 2 && memcmp(o->key.data, "at", 2) == 0) {
      self->at = (long)o->value.i;
    }
  }
  return self;
}

static int quitter_process(void* instance, tc_doc* doc, const tc_host_api* host) {
  const quitter* self = (const quitter*)instance;
  if (document_number(doc, host) != self->at) return 0;
  if (strcmp(self->how, "_exit") == 0) _exit(0);
  if (strcmp(self->how, "_Exit") == 0) _Exit(0);
  if (strcmp(self->how, "quick_exit") == 0) quick_exit(0);
  exit(0);
}

static void quitter_destroy(void* instance) { free(instance); }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  if (!d.struct_size) {
    d.abi_major = TC_ABI_MAJOR;
    d.abi_minor = TC_ABI_MINOR;
    d.name = "quitter";
    d.version = "0.1.0";
    d.description = "Ends the process in the middle of a run (tests only)";
    d.license = "Apache-2.0";
    d.options = options;
    d.option_count = 2;
    d.flags = TC_PLUGIN_THREAD_SAFE;
    d.create = quitter_create;
    d.process = quitter_process;
    d.destroy = quitter_destroy;
    d.struct_size = sizeof d;
  }
  return &d;
}
