/* textchain plugin ABI — the one boundary between the host and a plugin library.
 *
 * Why a C ABI: a C++ class hierarchy across a shared-library boundary breaks whenever host and plugin
 * differ in compiler, standard library or flags. Only plain C types cross this boundary: pointers with
 * lengths, fixed-width integers, POD structs. Nothing allocated on one side is freed on the other.
 *
 * Versioning (docs/plugin-authors-guide.md, "Versions"): the host accepts a plugin whose abi_major equals
 * TC_ABI_MAJOR and whose abi_minor is no newer than TC_ABI_MINOR. A minor version only appends fields at
 * the end of a struct. Every struct that crosses carries its size (struct_size), or is handed over with
 * one (annotation_get's out_size), or in an array with a stride (tc_plugin_descriptor.option_stride).
 * Each struct's size in 1.0 is frozen below as TC_..._SIZE_1_0: a reader accepts any size at least that
 * and reads a later field only when the size covers it (TC_HAS_FIELD). So a 1.0 or 1.1 plugin runs under a
 * 1.2 host unchanged (it keeps reading the 12-byte tc_token array through `tokens`), and a 1.2 plugin is
 * refused by a 1.0 or 1.1 host with a message naming both versions. A minor version adds; it never changes
 * what an earlier field or function means.
 *
 * Exceptions and errors: nothing but C crosses. Every host function below is noexcept: it catches
 * everything on its side, records a diagnostic for the document and returns an error value (-1, NULL
 * with *count = 0, an empty string). A plugin's create/process/destroy must not throw either (the C++
 * SDK catches everything for you).
 *
 * Ownership: the host owns the document and everything it hands out (texts, tokens, views), valid until
 * the step returns; the plugin owns its instance and every pointer in its descriptor (static storage).
 * Nothing allocated on one side is freed on the other.
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
#define TC_ABI_MINOR 2

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

/* Case and shape of a token (ABI 1.1; a 1.0 host leaves flags 0). Computed by the host from its Unicode
 * tables (general category: Lu/Lt count as capitals, Ll as lower case), so every script with case gets
 * the same answer: "Łukasz" is INITIAL_CAPITAL | TITLE_CASE, "NATO" ALL_CAPITALS, "iPhone" neither
 * LOWER_CASE nor TITLE_CASE. */
#define TC_TOKEN_INITIAL_CAPITAL 0x0001u   /* the first letter is a capital (upper or title case)           */
#define TC_TOKEN_ALL_CAPITALS 0x0002u      /* has a cased letter and none in lower case ("NATO", "I", "U.S") */
#define TC_TOKEN_LOWER_CASE 0x0004u        /* has a cased letter and none is a capital ("said", "de")       */
#define TC_TOKEN_TITLE_CASE 0x0008u        /* a capital, then at least one letter, all lower case ("Łukasz") */
#define TC_TOKEN_HAS_DIGIT 0x0010u         /* holds a decimal digit                                         */
#define TC_TOKEN_HAS_LETTER 0x0020u        /* holds a letter                                                */
#define TC_TOKEN_ABBREVIATION 0x0040u      /* a word whose following period is an abbreviation's, not a
                                              sentence end ("Mr", "U.S", "J" of "J. Smith"): the host's
                                              sentence splitter made the same decision                     */
#define TC_TOKEN_NON_ASCII 0x0080u         /* holds a byte >= 0x80                                          */

/* Offsets are UTF-8 byte offsets into the text the step sees, end exclusive. */
typedef struct tc_token {
  uint32_t begin;
  uint32_t end;
  uint16_t kind;  /* tc_token_kind */
  uint16_t flags; /* TC_TOKEN_* above (ABI 1.1); 0 from a 1.0 host */
} tc_token;

/* The compact token form (ABI 1.2): 8 bytes a token where tc_token takes 12, and no white-space tokens
 * (TC_TOKEN_SPACE and TC_TOKEN_LINEBREAK are left out: the gaps between compact tokens are exactly the white
 * space). On English news that is about a third of tc_token's memory; the host keeps only this form for a
 * text version unless a step reads `tokens`. Same order, offsets, kinds and flags as the tc_token array
 * minus its white-space tokens.
 *   begin   UTF-8 byte offset of the first byte (texts are limited to 4 GiB by the 32-bit offsets).
 *   length  end - begin, or TC_TOKEN_LONG_LENGTH (0xFFFF) when the token is 65,535 bytes or longer: its
 *           end is then in the long-token table handed out with the array (tc_token_long, sorted by
 *           index). A long token is rare (a run of letters or digits without a break), never missing.
 *   kind    tc_token_kind; never SPACE or LINEBREAK here.
 *   flags   the eight TC_TOKEN_* flags above, the same bits (they all fit in the low byte). */
#define TC_TOKEN_LONG_LENGTH 0xFFFFu
typedef struct tc_token_compact {
  uint32_t begin;
  uint16_t length; /* TC_TOKEN_LONG_LENGTH: see the long-token table */
  uint8_t kind;    /* tc_token_kind */
  uint8_t flags;   /* TC_TOKEN_* */
} tc_token_compact;

/* A compact token whose length field is TC_TOKEN_LONG_LENGTH: its index in the compact array and its end. */
typedef struct tc_token_long {
  uint32_t index;
  uint32_t end;
} tc_token_long;

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

/* One row of a plugin's option table. The rows are tc_plugin_descriptor.option_stride bytes apart (1.1),
 * so this struct may grow in a later minor version. */
typedef struct tc_option_def {
  const char* name;
  uint32_t type;              /* tc_option_type */
  uint32_t flags;             /* TC_OPTION_* */
  /* The default as text, NULL for none. BOOL: "true" or "false"; INT: a decimal integer ("3"); DOUBLE: a
   * number ("0.5"); STRING and ENUM: the string itself, unquoted ("auto"); STRING_LIST: a TOML array of
   * strings ("[\"a\", \"b\"]", "[]"). */
  const char* default_value;
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

/* What a plugin reads of earlier steps' annotations. Offsets (begin, end and OFFSET attributes) are into
 * the text the step sees (the host maps them forward through any rewrite). Valid until the step returns.
 * The host writes it into the plugin's memory: annotation_get is told the size the plugin knows, so this
 * struct may grow; annotation_at (1.0) writes TC_ANNOTATION_VIEW_SIZE_1_0 bytes, never more. */
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

  /* Annotations added so far, by every earlier step and this one, in order of addition. annotation_at
   * fills the 1.0 fields of *out and returns 0, or -1 for an index out of range. Prefer annotation_get. */
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

  void* reserved[8]; /* 1.0's spare room: always NULL. Later fields follow it. */

  /* ---- ABI 1.1 (read only when struct_size covers the field: TC_HAS_FIELD) ---- */

  /* Like annotation_at, writing at most out_size bytes (pass sizeof(tc_annotation_view)): the fields
   * this host and the plugin both know. Returns 0, or -1 for an index out of range or out_size smaller
   * than TC_ANNOTATION_VIEW_SIZE_1_0. */
  int (*annotation_get)(tc_doc* doc, size_t index, tc_annotation_view* out, size_t out_size);

  /* ---- ABI 1.2 ---- */

  /* The compact tokens of the current text (tc_token_compact above: no white space, 8 bytes each), computed
   * lazily once per text version and shared; *count is their number. The long-token table (the tokens
   * whose length field is TC_TOKEN_LONG_LENGTH, sorted by index) is written to *long_tokens and
   * *long_count when they are not NULL (empty: NULL and 0). Valid until the step returns. Returns NULL with
   * *count = 0 on failure (the host records why). Prefer this to `tokens`: a step that reads only this
   * form never makes the host build the 12-byte array. */
  const tc_token_compact* (*compact_tokens)(tc_doc* doc, size_t* count, const tc_token_long** long_tokens,
                                            size_t* long_count);
} tc_host_api;

/* ---- The plugin descriptor ---- */

#define TC_PLUGIN_THREAD_SAFE 0x1u   /* one instance may process documents from several threads at once */
#define TC_PLUGIN_REWRITES_TEXT 0x2u /* the plugin proposes edits */

/* How the plugin was compiled (tc_plugin_descriptor.build, 1.1): `textchain bench` prints it next to the
 * host's, since an unoptimized plugin runs several times slower. */
#define TC_BUILD_KNOWN 0x1u      /* the other bits are meaningful */
#define TC_BUILD_OPTIMIZED 0x2u  /* compiled with optimization (__OPTIMIZE__) */
#define TC_BUILD_ASSERTIONS 0x4u /* assert() is active (NDEBUG not defined) */

/* Create an instance for the given options. Return NULL on failure after writing a NUL-terminated
 * message of at most error_size bytes into `error`. None of these three may throw or longjmp. */
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

  void* reserved[8]; /* 1.0's spare room: set to NULL. Later fields follow it. */

  /* ---- ABI 1.1 (the host reads them only when struct_size covers them) ---- */
  size_t option_stride; /* bytes from one tc_option_def to the next: sizeof(tc_option_def); 0 = 1.0's size */
  uint32_t build;       /* TC_BUILD_* */

  /* ---- ABI 1.2 ---- */
  /* Which token forms the plugin reads: TC_READS_* below, or TC_READS_NO_TOKENS (0) for a plugin that
   * calls neither `tokens` nor `compact_tokens` (one that reads only the text, or only `sentences`: the
   * host splits sentences from whichever form it keeps, the same sentences either way). The host refuses a
   * 1.2 plugin with an unknown bit, and uses the declaration when it builds a chain: when some step reads
   * the 12-byte array, each text version is tokenized into it once, and the compact form and the sentences
   * are derived from it; when none does, only the compact form is made. A plugin older than 1.2 counts as
   * TC_READS_TOKENS. The declaration is about memory, not permission: `tokens` still works for a step that
   * left it out. */
  uint32_t token_forms;
} tc_plugin_descriptor;

#define TC_READS_NO_TOKENS 0x0u      /* no token form (1.2's value 0, named in 1.2 as well: any 1.2 host takes it) */
#define TC_READS_TOKENS 0x1u         /* tc_host_api.tokens: the 12-byte array, white space included */
#define TC_READS_COMPACT_TOKENS 0x2u /* tc_host_api.compact_tokens (1.2) */

/* The entry point: returns a descriptor with static storage duration. */
typedef const tc_plugin_descriptor* (*tc_plugin_entry_fn)(void);

/* ---- Frozen sizes: what each growable struct measured in ABI 1.0. A reader accepts any struct_size (or
 * stride, or out_size) of at least this much. ---- */
#define TC_PLUGIN_DESCRIPTOR_SIZE_1_0 (offsetof(tc_plugin_descriptor, reserved) + 8 * sizeof(void*))
#define TC_HOST_API_SIZE_1_0 (offsetof(tc_host_api, reserved) + 8 * sizeof(void*))
#define TC_OPTION_DEF_SIZE_1_0 (offsetof(tc_option_def, help) + sizeof(const char*))
#define TC_ANNOTATION_IN_SIZE_1_0 (offsetof(tc_annotation_in, link_count) + sizeof(size_t))
#define TC_ANNOTATION_VIEW_SIZE_1_0 (offsetof(tc_annotation_view, link_count) + sizeof(size_t))

/* True when a struct of `size` bytes (its struct_size) includes `field` of `type`. */
#define TC_HAS_FIELD(type, field, size) ((size_t)(size) >= offsetof(type, field) + sizeof(((type*)0)->field))

#ifdef __cplusplus
}
#endif

#endif /* TEXTCHAIN_ABI_H */
