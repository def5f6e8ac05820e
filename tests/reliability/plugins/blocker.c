/* A plugin in plain C that lets a test choose what the command is doing when a signal arrives: on the
 * document whose id is `at` it creates the file `<dir>/reached`, then waits until `<dir>/release` exists.
 * Tests only. */
#include "document_number.h"

#include <textchain/abi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct blocker {
  char dir[1024];
  long at;
} blocker;

static const tc_option_def options[] = {
    {"dir", TC_OPTION_STRING, TC_OPTION_REQUIRED, NULL, NULL, "where the marker files are"},
    {"at", TC_OPTION_INT, 0, "1", NULL, "the id of the document on which it blocks"},
};

static void* blocker_create(const tc_options* opts, char* error, size_t error_size) {
  blocker* self = (blocker*)calloc(1, sizeof *self);
  if (!self) return NULL;
  self->at = 1;
  for (size_t i = 0; i < opts->count; ++i) {
    const tc_attr* o = &opts->items[i];
    if (o->key.size == 3 && memcmp(o->key.data, "dir", 3) == 0) {
      if (o->value.s.size >= sizeof self->dir - 16) {
        snprintf(error, error_size, "dir too long");
        free(self);
        return NULL;
      }
      memcpy(self->dir, o->value.s.data, o->value.s.size);
      self->dir[o->value.s.size] = '\0';
    } else if (o->key.size == 2 && memcmp(o->key.data, "at", 2) == 0) {
      self->at = (long)o->value.i;
    }
  }
  return self;
}

static int blocker_process(void* instance, tc_doc* doc, const tc_host_api* host) {
  const blocker* self = (const blocker*)instance;
  if (document_number(doc, host) != self->at) return 0;
  char path[1100];
  snprintf(path, sizeof path, "%s/reached", self->dir);
  FILE* f = fopen(path, "w");
  if (f) fclose(f);
  snprintf(path, sizeof path, "%s/release", self->dir);
  const struct timespec pause = {0, 2000000};
  while (access(path, F_OK) != 0) nanosleep(&pause, NULL);
  return 0;
}

static void blocker_destroy(void* instance) { free(instance); }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) {
  static tc_plugin_descriptor d;
  if (!d.struct_size) {
    d.abi_major = TC_ABI_MAJOR;
    d.abi_minor = TC_ABI_MINOR;
    d.name = "blocker";
    d.version = "0.1.0";
    d.description = "Blocks on a marker file (tests only)";
    d.license = "Apache-2.0";
    d.options = options;
    d.option_count = 2;
    d.flags = TC_PLUGIN_THREAD_SAFE;
    d.create = blocker_create;
    d.process = blocker_process;
    d.destroy = blocker_destroy;
    d.struct_size = sizeof d;
  }
  return &d;
}
