/* FROZEN: a verbatim copy of <textchain/abi.h> as ABI 1.0 shipped it (commit b333fad). Never edit it: the test
 * plugin legacy_1_0.c is built against it to prove that a plugin built for 1.0 loads and runs under every
 * later 1.x host. */
/* textchain plugin ABI — the one boundary between the host and a plugin library.
 *
 * Why a C ABI: a C++ class hierarchy across a shared-library boundary breaks whenever host and plugin
 * differ in compiler, standard library or flags. Only plain C types cross this boundary: pointers with
 * lengths, fixed-width integers, POD structs. Nothing allocated on one side is freed on the other.
 *
 * Versioning: the host accepts a plugin whose abi_major equals TC_ABI_MAJOR and whose abi_minor is no
 * newer than TC_ABI_MINOR. Structs grow only at their end; every struct that may grow starts with its
 * own size, so either side can tell which fields the other knows.
 *
 * Most plugin authors never use this header directly: <textchain/sdk.hpp> wraps it.
 */
#ifndef TEXTCHAIN_ABI_H
#define TEXTCHAIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TC_ABI_MAJOR 1
#define TC_ABI_MINOR 0

/* The one symbol a plugin library exports. */
#define TC_PLUGIN_ENTRY_SYMBOL "textchain_plugin_entry"

#if defined(_WIN32)
#define TC_EXPORT __declspec(dllexport)
#else
#define TC_EXPORT __attribute__((visibility("default")))
#endif

/* A byte string that is not NUL-terminated. Borrowed: valid for the duration of the call that hands it
 * out unless the function says otherwise. */
typedef struct tc_str {
  const char* data;
  size_t size;
} tc_str;

/* ---- Tokens and sentences: computed by the host once per text version, shared by every step. ---- */

typedef enum tc_token_kind {
  TC_TOKEN_WORD = 1,        /* letters, possibly with digits, apostrophes, inner periods (U.S.)  */
  TC_TOKEN_NUMBER = 2,      /* digits, possibly with , . separators                              */
  TC_TOKEN_PUNCT = 3,       /* punctuation other than quote marks                                */
  TC_TOKEN_SPACE = 4,       /* horizontal white space                                            */
  TC_TOKEN_LINEBREAK = 5,   /* one line break (\n, \r\n, U+2028 ...)                              */
  TC_TOKEN_QUOTE = 6,       /* a quotation mark: " ' “ ” ‘ ’ « » „ ‹ › ...                       */
  TC_TOKEN_SYMBOL = 7       /* everything else: symbols, emoji, control characters               */
} tc_token_kind;

/* Offsets are UTF-8 byte offsets into the text the step sees, end exclusive. */
typedef struct tc_token {
  uint32_t begin;
  uint32_t end;
  uint16_t kind; /* tc_token_kind */
  uint16_t flags; /* reserved, 0 */
} tc_token;

typedef struct tc_sentence {
  uint32_t begin;
  uint32_t end;
} tc_sentence;

/* ---- Values: option values and annotation attributes. ---- */

typedef enum tc_value_type {
  TC_VALUE_NULL = 0,
  TC_VALUE_BOOL = 1,
  TC_VALUE_INT = 2,
  TC_VALUE_DOUBLE = 3,
  TC_VALUE_STRING = 4,
  TC_VALUE_STRING_LIST = 5,
  /* An integer that is a byte offset into the text the step sees. The host maps it back to the original
   * input, as it does annotation spans (quotes use it for speaker_begin / speaker_end). */
  TC_VALUE_OFFSET = 6
} tc_value_type;

typedef struct tc_value {
  uint32_t type; /* tc_value_type */
  int64_t i;     /* BOOL (0/1), INT, OFFSET */
  double d;      /* DOUBLE */
  tc_str s;      /* STRING */
  const tc_str* list; /* STRING_LIST */
  size_t list_size;
} tc_value;

typedef struct tc_attr {
  tc_str key;
  tc_value value;
} tc_attr;

/* ---- Options: declared once by the plugin, validated and documented by the host. ---- */

typedef enum tc_option_type {
  TC_OPTION_BOOL = 1,
  TC_OPTION_INT = 2,
  TC_OPTION_DOUBLE = 3,
  TC_OPTION_STRING = 4,
  TC_OPTION_ENUM = 5,        /* a string among `choices` */
  TC_OPTION_STRING_LIST = 6
} tc_option_type;

#define TC_OPTION_REQUIRED 0x1u
#define TC_OPTION_DEPRECATED 0x2u

typedef struct tc_option_def {
  const char* name;
  uint32_t type;              /* tc_option_type */
  uint32_t flags;             /* TC_OPTION_* */
  const char* default_value;  /* in TOML syntax: "true", "3", "\"auto\"", "[\"a\", \"b\"]"; NULL: none */
  const char* choices;        /* ENUM only: "past|future|nearest" */
  const char* help;           /* one line */
} tc_option_def;

/* The options a step was configured with, after validation: every declared option is present, with its
 * configured value or its default (TC_VALUE_NULL when it has neither). */
typedef struct tc_options {
  const tc_attr* items;
  size_t count;
} tc_options;

/* ---- Annotations ---- */

typedef struct tc_link {
  tc_str role;     /* e.g. "speaker" */
  uint64_t target; /* id of another annotation of the same document */
} tc_link;

/* What a plugin adds. Offsets are into the text the step sees. */
typedef struct tc_annotation_in {
  uint32_t struct_size; /* sizeof(tc_annotation_in) */
  tc_str type;          /* "date", "quote", ... : [a-z0-9_.-]+ */
  uint64_t begin;
  uint64_t end;
  const tc_attr* attrs;
  size_t attr_count;
  const tc_link* links;
  size_t link_count;
} tc_annotation_in;

/* What a plugin reads of earlier steps' annotations. Offsets are into the text the step sees (the host
 * maps them forward through any rewrite). Valid until the step returns. */
typedef struct tc_annotation_view {
  uint64_t id;
  tc_str type;
  tc_str plugin;
  uint64_t begin;
  uint64_t end;
  const tc_attr* attrs;
  size_t attr_count;
  const tc_link* links;
  size_t link_count;
} tc_annotation_view;

/* ---- The host's function table, handed to every call of `process`. ---- */

typedef struct tc_doc tc_doc; /* opaque: the document as the host holds it */

typedef enum tc_level { TC_LEVEL_WARNING = 1, TC_LEVEL_ERROR = 2 } tc_level;

typedef struct tc_host_api {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;

  /* The current text (UTF-8, valid: invalid input bytes were replaced by U+FFFD when read). */
  tc_str (*text)(tc_doc* doc);
  /* Metadata of the record: "id", "date" (the document date, YYYY-MM-DD, empty when unknown). */
  tc_str (*meta)(tc_doc* doc, const char* key);
  /* Tokens / sentences of the current text, computed lazily once and shared; the array stays valid
   * until the step returns. */
  const tc_token* (*tokens)(tc_doc* doc, size_t* count);
  const tc_sentence* (*sentences)(tc_doc* doc, size_t* count);

  /* Annotations added so far, by every earlier step and this one. */
  size_t (*annotation_count)(tc_doc* doc);
  int (*annotation_at)(tc_doc* doc, size_t index, tc_annotation_view* out);

  /* Add an annotation; its id is written to *id (may be NULL). Returns 0, or -1 when the annotation is
   * refused (out of range, end < begin, bad type); the host then records an error naming the plugin. */
  int (*add_annotation)(tc_doc* doc, const tc_annotation_in* annotation, uint64_t* id);

  /* Propose replacing [begin, end) of the current text by `replacement`. Edits of one step must not
   * overlap; the host applies them all when the step returns, keeps the offset map back to the
   * original bytes and recomputes tokens. `rule` names the rule that made the edit (for explain). */
  int (*propose_edit)(tc_doc* doc, uint64_t begin, uint64_t end, tc_str replacement, tc_str rule);

  /* Report a warning or an error for this document; an error marks the record as failed by this
   * plugin but later steps still run. */
  void (*report)(tc_doc* doc, uint32_t level, tc_str message);

  /* Set document metadata that later steps and the output see. Keys: "date" (YYYY-MM-DD: the document
   * creation date a step found, e.g. in a dateline; only when the record gave none) or a plugin-defined
   * key [a-z0-9_]+ (not "id"). Returns 0, or -1 when refused. */
  int (*set_meta)(tc_doc* doc, const char* key, tc_str value);

  void* reserved[8];
} tc_host_api;

/* ---- The plugin descriptor ---- */

#define TC_PLUGIN_THREAD_SAFE 0x1u   /* one instance may process documents from several threads at once */
#define TC_PLUGIN_REWRITES_TEXT 0x2u /* the plugin proposes edits */

/* Create an instance for the given options. Return NULL on failure after writing a NUL-terminated
 * message of at most error_size bytes into `error`. */
typedef void* (*tc_create_fn)(const tc_options* options, char* error, size_t error_size);
/* Process one document. Return 0 on success; non-zero marks the document as failed by this plugin
 * (report() a message first to say why). */
typedef int (*tc_process_fn)(void* instance, tc_doc* doc, const tc_host_api* host);
typedef void (*tc_destroy_fn)(void* instance);

typedef struct tc_plugin_descriptor {
  /* These three fields come first in every ABI version, so any host can read them. */
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;

  const char* name;        /* [a-z][a-z0-9_-]* , unique among loaded plugins */
  const char* version;     /* semantic version of the plugin */
  const char* description; /* one line */
  const char* license;     /* SPDX identifier */

  const tc_option_def* options;
  size_t option_count;
  const char* const* provided_types; /* annotation types it adds */
  size_t provided_count;
  const char* const* required_types; /* annotation types it reads */
  size_t required_count;
  uint32_t flags; /* TC_PLUGIN_* */

  tc_create_fn create;
  tc_process_fn process;
  tc_destroy_fn destroy;

  void* reserved[8];
} tc_plugin_descriptor;

/* The entry point: returns a descriptor with static storage duration. */
typedef const tc_plugin_descriptor* (*tc_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* TEXTCHAIN_ABI_H */
