/* A shared library without the entry symbol: the host must refuse it and name the file. */
int textchain_not_a_plugin_answer(void) { return 42; }
