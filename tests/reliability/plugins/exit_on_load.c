/* A library in a plugin folder whose constructor calls exit(0) as soon as it is loaded (when a command
 * scans the folder), before any entry point is asked for. Tests only. */
#include <textchain/abi.h>

#include <stdlib.h>

__attribute__((constructor)) static void end_the_process(void) { exit(0); }

TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void) { return NULL; }
