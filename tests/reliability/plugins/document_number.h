/* The id of the document being processed, as a number (-1 when it is none): the test plugins act on the
 * document a test names by its id. */
#ifndef TEXTCHAIN_TESTS_RELIABILITY_DOCUMENT_NUMBER_H
#define TEXTCHAIN_TESTS_RELIABILITY_DOCUMENT_NUMBER_H

#include <textchain/abi.h>

#include <stdlib.h>
#include <string.h>

static long document_number(tc_doc* doc, const tc_host_api* host) {
  tc_str id = host->meta(doc, "id");
  char buf[32];
  if (id.size == 0 || id.size >= sizeof buf) return -1;
  memcpy(buf, id.data, id.size);
  buf[id.size] = '\0';
  char* end = NULL;
  const long n = strtol(buf, &end, 10);
  return *end == '\0' ? n : -1;
}

#endif
