#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 70
#define LARGE_STATE_COUNT 11
#define SYMBOL_COUNT 79
#define ALIAS_COUNT 1
#define TOKEN_COUNT 56
#define EXTERNAL_TOKEN_COUNT 7
#define FIELD_COUNT 5
#define MAX_ALIAS_SEQUENCE_LENGTH 4
#define PRODUCTION_ID_COUNT 16

enum ts_symbol_identifiers {
  sym__word = 1,
  sym__newline = 2,
  anon_sym_global = 3,
  anon_sym_defaults = 4,
  anon_sym_frontend = 5,
  anon_sym_backend = 6,
  anon_sym_listen = 7,
  anon_sym_peers = 8,
  anon_sym_resolvers = 9,
  anon_sym_userlist = 10,
  anon_sym_cache = 11,
  anon_sym_mailers = 12,
  anon_sym_http_DASHerrors = 13,
  anon_sym_ring = 14,
  anon_sym_log_DASHforward = 15,
  anon_sym_log_DASHprofile = 16,
  anon_sym_program = 17,
  anon_sym_crt_DASHstore = 18,
  anon_sym_fcgi_DASHapp = 19,
  anon_sym_traces = 20,
  anon_sym_acme = 21,
  anon_sym_dynamic_DASHupdate = 22,
  anon_sym_namespace_list = 23,
  anon_sym_no = 24,
  anon_sym_default = 25,
  anon_sym_DOTif = 26,
  anon_sym_DOTelif = 27,
  anon_sym_DOTelse = 28,
  anon_sym_DOTendif = 29,
  anon_sym_DOTdiag = 30,
  anon_sym_DOTnotice = 31,
  anon_sym_DOTwarning = 32,
  anon_sym_DOTalert = 33,
  anon_sym_if = 34,
  anon_sym_unless = 35,
  anon_sym_PIPE_PIPE = 36,
  anon_sym_or = 37,
  anon_sym_LBRACE = 38,
  anon_sym_RBRACE = 39,
  anon_sym_PERCENT = 40,
  sym_escape = 41,
  anon_sym_DQUOTE = 42,
  anon_sym_DQUOTE2 = 43,
  sym__string_content = 44,
  sym__string_escape = 45,
  sym_variable = 46,
  sym_raw_string = 47,
  sym_comment = 48,
  sym__eof = 49,
  sym__concat = 50,
  sym__sample_bare = 51,
  sym__sample_string = 52,
  sym__bang = 53,
  sym_acl_reference = 54,
  sym__error_sentinel = 55,
  sym_source_file = 56,
  sym__top_level_item = 57,
  sym__line_item = 58,
  sym_section = 59,
  sym_section_keyword = 60,
  sym__section_item = 61,
  sym_directive = 62,
  sym_conditional = 63,
  sym_diagnostic = 64,
  sym_condition = 65,
  sym_negation = 66,
  sym_or_operator = 67,
  sym_inline_acl = 68,
  sym_argument = 69,
  sym_string = 70,
  aux_sym_source_file_repeat1 = 71,
  aux_sym_source_file_repeat2 = 72,
  aux_sym_section_repeat1 = 73,
  aux_sym_section_repeat2 = 74,
  aux_sym_condition_repeat1 = 75,
  aux_sym_inline_acl_repeat1 = 76,
  aux_sym_argument_repeat1 = 77,
  aux_sym_string_repeat1 = 78,
  alias_sym_keyword = 79,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym__word] = "_word",
  [sym__newline] = "_newline",
  [anon_sym_global] = "global",
  [anon_sym_defaults] = "defaults",
  [anon_sym_frontend] = "frontend",
  [anon_sym_backend] = "backend",
  [anon_sym_listen] = "listen",
  [anon_sym_peers] = "peers",
  [anon_sym_resolvers] = "resolvers",
  [anon_sym_userlist] = "userlist",
  [anon_sym_cache] = "cache",
  [anon_sym_mailers] = "mailers",
  [anon_sym_http_DASHerrors] = "http-errors",
  [anon_sym_ring] = "ring",
  [anon_sym_log_DASHforward] = "log-forward",
  [anon_sym_log_DASHprofile] = "log-profile",
  [anon_sym_program] = "program",
  [anon_sym_crt_DASHstore] = "crt-store",
  [anon_sym_fcgi_DASHapp] = "fcgi-app",
  [anon_sym_traces] = "traces",
  [anon_sym_acme] = "acme",
  [anon_sym_dynamic_DASHupdate] = "dynamic-update",
  [anon_sym_namespace_list] = "namespace_list",
  [anon_sym_no] = "no",
  [anon_sym_default] = "default",
  [anon_sym_DOTif] = ".if",
  [anon_sym_DOTelif] = ".elif",
  [anon_sym_DOTelse] = ".else",
  [anon_sym_DOTendif] = ".endif",
  [anon_sym_DOTdiag] = ".diag",
  [anon_sym_DOTnotice] = ".notice",
  [anon_sym_DOTwarning] = ".warning",
  [anon_sym_DOTalert] = ".alert",
  [anon_sym_if] = "if",
  [anon_sym_unless] = "unless",
  [anon_sym_PIPE_PIPE] = "||",
  [anon_sym_or] = "or",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_PERCENT] = "%",
  [sym_escape] = "escape",
  [anon_sym_DQUOTE] = "\"",
  [anon_sym_DQUOTE2] = "\"",
  [sym__string_content] = "_string_content",
  [sym__string_escape] = "escape",
  [sym_variable] = "variable",
  [sym_raw_string] = "raw_string",
  [sym_comment] = "comment",
  [sym__eof] = "_eof",
  [sym__concat] = "_concat",
  [sym__sample_bare] = "sample_expression",
  [sym__sample_string] = "sample_expression",
  [sym__bang] = "_bang",
  [sym_acl_reference] = "acl_reference",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym__top_level_item] = "_top_level_item",
  [sym__line_item] = "_line_item",
  [sym_section] = "section",
  [sym_section_keyword] = "section_keyword",
  [sym__section_item] = "_section_item",
  [sym_directive] = "directive",
  [sym_conditional] = "conditional",
  [sym_diagnostic] = "diagnostic",
  [sym_condition] = "condition",
  [sym_negation] = "negation",
  [sym_or_operator] = "or_operator",
  [sym_inline_acl] = "inline_acl",
  [sym_argument] = "argument",
  [sym_string] = "string",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_source_file_repeat2] = "source_file_repeat2",
  [aux_sym_section_repeat1] = "section_repeat1",
  [aux_sym_section_repeat2] = "section_repeat2",
  [aux_sym_condition_repeat1] = "condition_repeat1",
  [aux_sym_inline_acl_repeat1] = "inline_acl_repeat1",
  [aux_sym_argument_repeat1] = "argument_repeat1",
  [aux_sym_string_repeat1] = "string_repeat1",
  [alias_sym_keyword] = "keyword",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym__word] = sym__word,
  [sym__newline] = sym__newline,
  [anon_sym_global] = anon_sym_global,
  [anon_sym_defaults] = anon_sym_defaults,
  [anon_sym_frontend] = anon_sym_frontend,
  [anon_sym_backend] = anon_sym_backend,
  [anon_sym_listen] = anon_sym_listen,
  [anon_sym_peers] = anon_sym_peers,
  [anon_sym_resolvers] = anon_sym_resolvers,
  [anon_sym_userlist] = anon_sym_userlist,
  [anon_sym_cache] = anon_sym_cache,
  [anon_sym_mailers] = anon_sym_mailers,
  [anon_sym_http_DASHerrors] = anon_sym_http_DASHerrors,
  [anon_sym_ring] = anon_sym_ring,
  [anon_sym_log_DASHforward] = anon_sym_log_DASHforward,
  [anon_sym_log_DASHprofile] = anon_sym_log_DASHprofile,
  [anon_sym_program] = anon_sym_program,
  [anon_sym_crt_DASHstore] = anon_sym_crt_DASHstore,
  [anon_sym_fcgi_DASHapp] = anon_sym_fcgi_DASHapp,
  [anon_sym_traces] = anon_sym_traces,
  [anon_sym_acme] = anon_sym_acme,
  [anon_sym_dynamic_DASHupdate] = anon_sym_dynamic_DASHupdate,
  [anon_sym_namespace_list] = anon_sym_namespace_list,
  [anon_sym_no] = anon_sym_no,
  [anon_sym_default] = anon_sym_default,
  [anon_sym_DOTif] = anon_sym_DOTif,
  [anon_sym_DOTelif] = anon_sym_DOTelif,
  [anon_sym_DOTelse] = anon_sym_DOTelse,
  [anon_sym_DOTendif] = anon_sym_DOTendif,
  [anon_sym_DOTdiag] = anon_sym_DOTdiag,
  [anon_sym_DOTnotice] = anon_sym_DOTnotice,
  [anon_sym_DOTwarning] = anon_sym_DOTwarning,
  [anon_sym_DOTalert] = anon_sym_DOTalert,
  [anon_sym_if] = anon_sym_if,
  [anon_sym_unless] = anon_sym_unless,
  [anon_sym_PIPE_PIPE] = anon_sym_PIPE_PIPE,
  [anon_sym_or] = anon_sym_or,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_PERCENT] = anon_sym_PERCENT,
  [sym_escape] = sym_escape,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [anon_sym_DQUOTE2] = anon_sym_DQUOTE,
  [sym__string_content] = sym__string_content,
  [sym__string_escape] = sym_escape,
  [sym_variable] = sym_variable,
  [sym_raw_string] = sym_raw_string,
  [sym_comment] = sym_comment,
  [sym__eof] = sym__eof,
  [sym__concat] = sym__concat,
  [sym__sample_bare] = sym__sample_bare,
  [sym__sample_string] = sym__sample_bare,
  [sym__bang] = sym__bang,
  [sym_acl_reference] = sym_acl_reference,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym__top_level_item] = sym__top_level_item,
  [sym__line_item] = sym__line_item,
  [sym_section] = sym_section,
  [sym_section_keyword] = sym_section_keyword,
  [sym__section_item] = sym__section_item,
  [sym_directive] = sym_directive,
  [sym_conditional] = sym_conditional,
  [sym_diagnostic] = sym_diagnostic,
  [sym_condition] = sym_condition,
  [sym_negation] = sym_negation,
  [sym_or_operator] = sym_or_operator,
  [sym_inline_acl] = sym_inline_acl,
  [sym_argument] = sym_argument,
  [sym_string] = sym_string,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_source_file_repeat2] = aux_sym_source_file_repeat2,
  [aux_sym_section_repeat1] = aux_sym_section_repeat1,
  [aux_sym_section_repeat2] = aux_sym_section_repeat2,
  [aux_sym_condition_repeat1] = aux_sym_condition_repeat1,
  [aux_sym_inline_acl_repeat1] = aux_sym_inline_acl_repeat1,
  [aux_sym_argument_repeat1] = aux_sym_argument_repeat1,
  [aux_sym_string_repeat1] = aux_sym_string_repeat1,
  [alias_sym_keyword] = alias_sym_keyword,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym__word] = {
    .visible = false,
    .named = true,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_global] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_defaults] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_frontend] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_backend] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_listen] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_peers] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_resolvers] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_userlist] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_cache] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_mailers] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_http_DASHerrors] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_ring] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_log_DASHforward] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_log_DASHprofile] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_program] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_crt_DASHstore] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_fcgi_DASHapp] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_traces] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_acme] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_dynamic_DASHupdate] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_namespace_list] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_no] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_default] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTif] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTelif] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTelse] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTendif] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTdiag] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTnotice] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTwarning] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOTalert] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_if] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_unless] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PIPE_PIPE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_or] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PERCENT] = {
    .visible = true,
    .named = false,
  },
  [sym_escape] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [sym__string_content] = {
    .visible = false,
    .named = true,
  },
  [sym__string_escape] = {
    .visible = true,
    .named = true,
  },
  [sym_variable] = {
    .visible = true,
    .named = true,
  },
  [sym_raw_string] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__eof] = {
    .visible = false,
    .named = true,
  },
  [sym__concat] = {
    .visible = false,
    .named = true,
  },
  [sym__sample_bare] = {
    .visible = true,
    .named = true,
  },
  [sym__sample_string] = {
    .visible = true,
    .named = true,
  },
  [sym__bang] = {
    .visible = false,
    .named = true,
  },
  [sym_acl_reference] = {
    .visible = true,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym__top_level_item] = {
    .visible = false,
    .named = true,
  },
  [sym__line_item] = {
    .visible = false,
    .named = true,
  },
  [sym_section] = {
    .visible = true,
    .named = true,
  },
  [sym_section_keyword] = {
    .visible = true,
    .named = true,
  },
  [sym__section_item] = {
    .visible = false,
    .named = true,
  },
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_conditional] = {
    .visible = true,
    .named = true,
  },
  [sym_diagnostic] = {
    .visible = true,
    .named = true,
  },
  [sym_condition] = {
    .visible = true,
    .named = true,
  },
  [sym_negation] = {
    .visible = true,
    .named = true,
  },
  [sym_or_operator] = {
    .visible = true,
    .named = true,
  },
  [sym_inline_acl] = {
    .visible = true,
    .named = true,
  },
  [sym_argument] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_source_file_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_section_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_condition_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_inline_acl_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_argument_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_keyword] = {
    .visible = true,
    .named = true,
  },
};

enum ts_field_identifiers {
  field_argument = 1,
  field_condition = 2,
  field_keyword = 3,
  field_kind = 4,
  field_prefix = 5,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_condition] = "condition",
  [field_keyword] = "keyword",
  [field_kind] = "kind",
  [field_prefix] = "prefix",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 0, .length = 1},
  [3] = {.index = 1, .length = 2},
  [4] = {.index = 3, .length = 1},
  [5] = {.index = 3, .length = 1},
  [6] = {.index = 4, .length = 2},
  [7] = {.index = 6, .length = 1},
  [8] = {.index = 7, .length = 2},
  [9] = {.index = 4, .length = 2},
  [10] = {.index = 9, .length = 3},
  [11] = {.index = 12, .length = 3},
  [12] = {.index = 15, .length = 2},
  [13] = {.index = 17, .length = 3},
  [14] = {.index = 20, .length = 4},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_keyword, 0},
  [1] =
    {field_keyword, 1},
    {field_prefix, 0},
  [3] =
    {field_argument, 0},
  [4] =
    {field_argument, 1, .inherited = true},
    {field_keyword, 0},
  [6] =
    {field_kind, 0},
  [7] =
    {field_condition, 1},
    {field_keyword, 0},
  [9] =
    {field_condition, 2},
    {field_keyword, 1},
    {field_prefix, 0},
  [12] =
    {field_argument, 2, .inherited = true},
    {field_keyword, 1},
    {field_prefix, 0},
  [15] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [17] =
    {field_argument, 1, .inherited = true},
    {field_condition, 2},
    {field_keyword, 0},
  [20] =
    {field_argument, 2, .inherited = true},
    {field_condition, 3},
    {field_keyword, 1},
    {field_prefix, 0},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = alias_sym_keyword,
  },
  [3] = {
    [1] = alias_sym_keyword,
  },
  [4] = {
    [0] = sym_argument,
  },
  [8] = {
    [0] = alias_sym_keyword,
  },
  [9] = {
    [0] = alias_sym_keyword,
  },
  [10] = {
    [1] = alias_sym_keyword,
  },
  [11] = {
    [1] = alias_sym_keyword,
  },
  [13] = {
    [0] = alias_sym_keyword,
  },
  [14] = {
    [1] = alias_sym_keyword,
  },
  [15] = {
    [0] = sym_argument,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 25,
  [44] = 24,
  [45] = 22,
  [46] = 46,
  [47] = 30,
  [48] = 31,
  [49] = 29,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 50,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 58,
  [60] = 57,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(24);
      ADVANCE_MAP(
        '\n', 25,
        '"', 81,
        '#', 91,
        '$', 74,
        '%', 41,
        '\'', 5,
        '.', 46,
        '\\', 11,
        'o', 69,
        '{', 39,
        '|', 75,
        '}', 40,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0) ADVANCE(78);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(25);
      if (lookahead == '#') ADVANCE(91);
      if (lookahead == 'o') ADVANCE(10);
      if (lookahead == '{') ADVANCE(38);
      if (lookahead == '|') ADVANCE(14);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1);
      END_STATE();
    case 2:
      if (lookahead == '\r') SKIP(4);
      if (lookahead == '"') ADVANCE(81);
      if (lookahead == '#') ADVANCE(84);
      if (lookahead == '$') ADVANCE(13);
      if (lookahead == '%') ADVANCE(82);
      if (lookahead == '\\') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(83);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(84);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(80);
      if (lookahead == '#') ADVANCE(91);
      if (lookahead == '%') ADVANCE(41);
      if (lookahead == '\'') ADVANCE(5);
      if (lookahead == '\\') ADVANCE(12);
      if (lookahead == '}') ADVANCE(40);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(78);
      END_STATE();
    case 4:
      if (lookahead == '#') ADVANCE(91);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(4);
      END_STATE();
    case 5:
      if (lookahead == '\'') ADVANCE(90);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(5);
      END_STATE();
    case 6:
      if (lookahead == '*') ADVANCE(9);
      END_STATE();
    case 7:
      if (lookahead == '-') ADVANCE(15);
      if (lookahead == '[') ADVANCE(6);
      if (lookahead == '}') ADVANCE(86);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(7);
      END_STATE();
    case 8:
      if (lookahead == '-') ADVANCE(15);
      if (lookahead == '}') ADVANCE(86);
      END_STATE();
    case 9:
      if (lookahead == ']') ADVANCE(8);
      END_STATE();
    case 10:
      if (lookahead == 'r') ADVANCE(36);
      END_STATE();
    case 11:
      if (lookahead == 'x') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(85);
      END_STATE();
    case 12:
      if (lookahead == 'x') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(79);
      END_STATE();
    case 13:
      if (lookahead == '{') ADVANCE(20);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(88);
      END_STATE();
    case 14:
      if (lookahead == '|') ADVANCE(34);
      END_STATE();
    case 15:
      if (lookahead == '}') ADVANCE(86);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(15);
      END_STATE();
    case 16:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(85);
      END_STATE();
    case 17:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(79);
      END_STATE();
    case 18:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(16);
      END_STATE();
    case 19:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(17);
      END_STATE();
    case 20:
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(7);
      END_STATE();
    case 21:
      if (eof) ADVANCE(24);
      ADVANCE_MAP(
        '\n', 25,
        '"', 80,
        '#', 91,
        '%', 41,
        '\'', 5,
        '.', 46,
        '\\', 12,
        'o', 69,
        '{', 39,
        '|', 75,
        '}', 40,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0) ADVANCE(78);
      END_STATE();
    case 22:
      if (eof) ADVANCE(24);
      if (lookahead == '\n') ADVANCE(25);
      if (lookahead == '"') ADVANCE(80);
      if (lookahead == '#') ADVANCE(91);
      if (lookahead == '%') ADVANCE(41);
      if (lookahead == '\'') ADVANCE(5);
      if (lookahead == '\\') ADVANCE(12);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(22);
      if (lookahead != 0) ADVANCE(78);
      END_STATE();
    case 23:
      if (eof) ADVANCE(24);
      if (lookahead == '\n') ADVANCE(25);
      if (lookahead == '#') ADVANCE(91);
      if (lookahead == '.') ADVANCE(46);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(23);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(anon_sym_DOTif);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(anon_sym_DOTelif);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_DOTelse);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_DOTendif);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(anon_sym_DOTdiag);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(anon_sym_DOTnotice);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(anon_sym_DOTwarning);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(anon_sym_DOTalert);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(anon_sym_or);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(anon_sym_or);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(anon_sym_PERCENT);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '*') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '-') ADVANCE(76);
      if (lookahead == '[') ADVANCE(42);
      if (lookahead == '}') ADVANCE(89);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          (lookahead < 'A' || '\\' < lookahead)) ADVANCE(78);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '-') ADVANCE(76);
      if (lookahead == '}') ADVANCE(89);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ']') ADVANCE(44);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != ']') ADVANCE(78);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(64);
      if (lookahead == 'd') ADVANCE(61);
      if (lookahead == 'e') ADVANCE(65);
      if (lookahead == 'i') ADVANCE(54);
      if (lookahead == 'n') ADVANCE(68);
      if (lookahead == 'w') ADVANCE(48);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(57);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(70);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(63);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(28);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(31);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(71);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(26);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(30);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(32);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(55);
      if (lookahead == 's') ADVANCE(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(66);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(56);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(60);
      if (lookahead == 'n') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(58);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(62);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(73);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(37);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(67);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(72);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(33);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(59);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '{') ADVANCE(77);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(87);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '|') ADVANCE(35);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        '}', 89,
        '\t', 15,
        0x0b, 15,
        '\f', 15,
        ' ', 15,
        '"', 15,
        '#', 15,
        '%', 15,
        '\'', 15,
        '\\', 15,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(76);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(sym__word);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(sym_escape);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(sym__string_content);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(sym__string_content);
      if (lookahead == '#') ADVANCE(84);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(83);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < '"' || '%' < lookahead) &&
          lookahead != '\\') ADVANCE(84);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(sym__string_content);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '$' &&
          lookahead != '%' &&
          lookahead != '\\') ADVANCE(84);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(sym__string_escape);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(sym_variable);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(sym_variable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(87);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(sym_variable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(88);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(sym_variable);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(78);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(sym_raw_string);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(91);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'c', 3,
        'd', 4,
        'f', 5,
        'g', 6,
        'h', 7,
        'i', 8,
        'l', 9,
        'm', 10,
        'n', 11,
        'p', 12,
        'r', 13,
        't', 14,
        'u', 15,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0);
      END_STATE();
    case 1:
      if (lookahead == 'c') ADVANCE(16);
      END_STATE();
    case 2:
      if (lookahead == 'a') ADVANCE(17);
      END_STATE();
    case 3:
      if (lookahead == 'a') ADVANCE(18);
      if (lookahead == 'r') ADVANCE(19);
      END_STATE();
    case 4:
      if (lookahead == 'e') ADVANCE(20);
      if (lookahead == 'y') ADVANCE(21);
      END_STATE();
    case 5:
      if (lookahead == 'c') ADVANCE(22);
      if (lookahead == 'r') ADVANCE(23);
      END_STATE();
    case 6:
      if (lookahead == 'l') ADVANCE(24);
      END_STATE();
    case 7:
      if (lookahead == 't') ADVANCE(25);
      END_STATE();
    case 8:
      if (lookahead == 'f') ADVANCE(26);
      END_STATE();
    case 9:
      if (lookahead == 'i') ADVANCE(27);
      if (lookahead == 'o') ADVANCE(28);
      END_STATE();
    case 10:
      if (lookahead == 'a') ADVANCE(29);
      END_STATE();
    case 11:
      if (lookahead == 'a') ADVANCE(30);
      if (lookahead == 'o') ADVANCE(31);
      END_STATE();
    case 12:
      if (lookahead == 'e') ADVANCE(32);
      if (lookahead == 'r') ADVANCE(33);
      END_STATE();
    case 13:
      if (lookahead == 'e') ADVANCE(34);
      if (lookahead == 'i') ADVANCE(35);
      END_STATE();
    case 14:
      if (lookahead == 'r') ADVANCE(36);
      END_STATE();
    case 15:
      if (lookahead == 'n') ADVANCE(37);
      if (lookahead == 's') ADVANCE(38);
      END_STATE();
    case 16:
      if (lookahead == 'm') ADVANCE(39);
      END_STATE();
    case 17:
      if (lookahead == 'c') ADVANCE(40);
      END_STATE();
    case 18:
      if (lookahead == 'c') ADVANCE(41);
      END_STATE();
    case 19:
      if (lookahead == 't') ADVANCE(42);
      END_STATE();
    case 20:
      if (lookahead == 'f') ADVANCE(43);
      END_STATE();
    case 21:
      if (lookahead == 'n') ADVANCE(44);
      END_STATE();
    case 22:
      if (lookahead == 'g') ADVANCE(45);
      END_STATE();
    case 23:
      if (lookahead == 'o') ADVANCE(46);
      END_STATE();
    case 24:
      if (lookahead == 'o') ADVANCE(47);
      END_STATE();
    case 25:
      if (lookahead == 't') ADVANCE(48);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(anon_sym_if);
      END_STATE();
    case 27:
      if (lookahead == 's') ADVANCE(49);
      END_STATE();
    case 28:
      if (lookahead == 'g') ADVANCE(50);
      END_STATE();
    case 29:
      if (lookahead == 'i') ADVANCE(51);
      END_STATE();
    case 30:
      if (lookahead == 'm') ADVANCE(52);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(anon_sym_no);
      END_STATE();
    case 32:
      if (lookahead == 'e') ADVANCE(53);
      END_STATE();
    case 33:
      if (lookahead == 'o') ADVANCE(54);
      END_STATE();
    case 34:
      if (lookahead == 's') ADVANCE(55);
      END_STATE();
    case 35:
      if (lookahead == 'n') ADVANCE(56);
      END_STATE();
    case 36:
      if (lookahead == 'a') ADVANCE(57);
      END_STATE();
    case 37:
      if (lookahead == 'l') ADVANCE(58);
      END_STATE();
    case 38:
      if (lookahead == 'e') ADVANCE(59);
      END_STATE();
    case 39:
      if (lookahead == 'e') ADVANCE(60);
      END_STATE();
    case 40:
      if (lookahead == 'k') ADVANCE(61);
      END_STATE();
    case 41:
      if (lookahead == 'h') ADVANCE(62);
      END_STATE();
    case 42:
      if (lookahead == '-') ADVANCE(63);
      END_STATE();
    case 43:
      if (lookahead == 'a') ADVANCE(64);
      END_STATE();
    case 44:
      if (lookahead == 'a') ADVANCE(65);
      END_STATE();
    case 45:
      if (lookahead == 'i') ADVANCE(66);
      END_STATE();
    case 46:
      if (lookahead == 'n') ADVANCE(67);
      END_STATE();
    case 47:
      if (lookahead == 'b') ADVANCE(68);
      END_STATE();
    case 48:
      if (lookahead == 'p') ADVANCE(69);
      END_STATE();
    case 49:
      if (lookahead == 't') ADVANCE(70);
      END_STATE();
    case 50:
      if (lookahead == '-') ADVANCE(71);
      END_STATE();
    case 51:
      if (lookahead == 'l') ADVANCE(72);
      END_STATE();
    case 52:
      if (lookahead == 'e') ADVANCE(73);
      END_STATE();
    case 53:
      if (lookahead == 'r') ADVANCE(74);
      END_STATE();
    case 54:
      if (lookahead == 'g') ADVANCE(75);
      END_STATE();
    case 55:
      if (lookahead == 'o') ADVANCE(76);
      END_STATE();
    case 56:
      if (lookahead == 'g') ADVANCE(77);
      END_STATE();
    case 57:
      if (lookahead == 'c') ADVANCE(78);
      END_STATE();
    case 58:
      if (lookahead == 'e') ADVANCE(79);
      END_STATE();
    case 59:
      if (lookahead == 'r') ADVANCE(80);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(anon_sym_acme);
      END_STATE();
    case 61:
      if (lookahead == 'e') ADVANCE(81);
      END_STATE();
    case 62:
      if (lookahead == 'e') ADVANCE(82);
      END_STATE();
    case 63:
      if (lookahead == 's') ADVANCE(83);
      END_STATE();
    case 64:
      if (lookahead == 'u') ADVANCE(84);
      END_STATE();
    case 65:
      if (lookahead == 'm') ADVANCE(85);
      END_STATE();
    case 66:
      if (lookahead == '-') ADVANCE(86);
      END_STATE();
    case 67:
      if (lookahead == 't') ADVANCE(87);
      END_STATE();
    case 68:
      if (lookahead == 'a') ADVANCE(88);
      END_STATE();
    case 69:
      if (lookahead == '-') ADVANCE(89);
      END_STATE();
    case 70:
      if (lookahead == 'e') ADVANCE(90);
      END_STATE();
    case 71:
      if (lookahead == 'f') ADVANCE(91);
      if (lookahead == 'p') ADVANCE(92);
      END_STATE();
    case 72:
      if (lookahead == 'e') ADVANCE(93);
      END_STATE();
    case 73:
      if (lookahead == 's') ADVANCE(94);
      END_STATE();
    case 74:
      if (lookahead == 's') ADVANCE(95);
      END_STATE();
    case 75:
      if (lookahead == 'r') ADVANCE(96);
      END_STATE();
    case 76:
      if (lookahead == 'l') ADVANCE(97);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(anon_sym_ring);
      END_STATE();
    case 78:
      if (lookahead == 'e') ADVANCE(98);
      END_STATE();
    case 79:
      if (lookahead == 's') ADVANCE(99);
      END_STATE();
    case 80:
      if (lookahead == 'l') ADVANCE(100);
      END_STATE();
    case 81:
      if (lookahead == 'n') ADVANCE(101);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(anon_sym_cache);
      END_STATE();
    case 83:
      if (lookahead == 't') ADVANCE(102);
      END_STATE();
    case 84:
      if (lookahead == 'l') ADVANCE(103);
      END_STATE();
    case 85:
      if (lookahead == 'i') ADVANCE(104);
      END_STATE();
    case 86:
      if (lookahead == 'a') ADVANCE(105);
      END_STATE();
    case 87:
      if (lookahead == 'e') ADVANCE(106);
      END_STATE();
    case 88:
      if (lookahead == 'l') ADVANCE(107);
      END_STATE();
    case 89:
      if (lookahead == 'e') ADVANCE(108);
      END_STATE();
    case 90:
      if (lookahead == 'n') ADVANCE(109);
      END_STATE();
    case 91:
      if (lookahead == 'o') ADVANCE(110);
      END_STATE();
    case 92:
      if (lookahead == 'r') ADVANCE(111);
      END_STATE();
    case 93:
      if (lookahead == 'r') ADVANCE(112);
      END_STATE();
    case 94:
      if (lookahead == 'p') ADVANCE(113);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(anon_sym_peers);
      END_STATE();
    case 96:
      if (lookahead == 'a') ADVANCE(114);
      END_STATE();
    case 97:
      if (lookahead == 'v') ADVANCE(115);
      END_STATE();
    case 98:
      if (lookahead == 's') ADVANCE(116);
      END_STATE();
    case 99:
      if (lookahead == 's') ADVANCE(117);
      END_STATE();
    case 100:
      if (lookahead == 'i') ADVANCE(118);
      END_STATE();
    case 101:
      if (lookahead == 'd') ADVANCE(119);
      END_STATE();
    case 102:
      if (lookahead == 'o') ADVANCE(120);
      END_STATE();
    case 103:
      if (lookahead == 't') ADVANCE(121);
      END_STATE();
    case 104:
      if (lookahead == 'c') ADVANCE(122);
      END_STATE();
    case 105:
      if (lookahead == 'p') ADVANCE(123);
      END_STATE();
    case 106:
      if (lookahead == 'n') ADVANCE(124);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(anon_sym_global);
      END_STATE();
    case 108:
      if (lookahead == 'r') ADVANCE(125);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(anon_sym_listen);
      END_STATE();
    case 110:
      if (lookahead == 'r') ADVANCE(126);
      END_STATE();
    case 111:
      if (lookahead == 'o') ADVANCE(127);
      END_STATE();
    case 112:
      if (lookahead == 's') ADVANCE(128);
      END_STATE();
    case 113:
      if (lookahead == 'a') ADVANCE(129);
      END_STATE();
    case 114:
      if (lookahead == 'm') ADVANCE(130);
      END_STATE();
    case 115:
      if (lookahead == 'e') ADVANCE(131);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_traces);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_unless);
      END_STATE();
    case 118:
      if (lookahead == 's') ADVANCE(132);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(anon_sym_backend);
      END_STATE();
    case 120:
      if (lookahead == 'r') ADVANCE(133);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_default);
      if (lookahead == 's') ADVANCE(134);
      END_STATE();
    case 122:
      if (lookahead == '-') ADVANCE(135);
      END_STATE();
    case 123:
      if (lookahead == 'p') ADVANCE(136);
      END_STATE();
    case 124:
      if (lookahead == 'd') ADVANCE(137);
      END_STATE();
    case 125:
      if (lookahead == 'r') ADVANCE(138);
      END_STATE();
    case 126:
      if (lookahead == 'w') ADVANCE(139);
      END_STATE();
    case 127:
      if (lookahead == 'f') ADVANCE(140);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_mailers);
      END_STATE();
    case 129:
      if (lookahead == 'c') ADVANCE(141);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_program);
      END_STATE();
    case 131:
      if (lookahead == 'r') ADVANCE(142);
      END_STATE();
    case 132:
      if (lookahead == 't') ADVANCE(143);
      END_STATE();
    case 133:
      if (lookahead == 'e') ADVANCE(144);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_defaults);
      END_STATE();
    case 135:
      if (lookahead == 'u') ADVANCE(145);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_fcgi_DASHapp);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_frontend);
      END_STATE();
    case 138:
      if (lookahead == 'o') ADVANCE(146);
      END_STATE();
    case 139:
      if (lookahead == 'a') ADVANCE(147);
      END_STATE();
    case 140:
      if (lookahead == 'i') ADVANCE(148);
      END_STATE();
    case 141:
      if (lookahead == 'e') ADVANCE(149);
      END_STATE();
    case 142:
      if (lookahead == 's') ADVANCE(150);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_userlist);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_crt_DASHstore);
      END_STATE();
    case 145:
      if (lookahead == 'p') ADVANCE(151);
      END_STATE();
    case 146:
      if (lookahead == 'r') ADVANCE(152);
      END_STATE();
    case 147:
      if (lookahead == 'r') ADVANCE(153);
      END_STATE();
    case 148:
      if (lookahead == 'l') ADVANCE(154);
      END_STATE();
    case 149:
      if (lookahead == '_') ADVANCE(155);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_resolvers);
      END_STATE();
    case 151:
      if (lookahead == 'd') ADVANCE(156);
      END_STATE();
    case 152:
      if (lookahead == 's') ADVANCE(157);
      END_STATE();
    case 153:
      if (lookahead == 'd') ADVANCE(158);
      END_STATE();
    case 154:
      if (lookahead == 'e') ADVANCE(159);
      END_STATE();
    case 155:
      if (lookahead == 'l') ADVANCE(160);
      END_STATE();
    case 156:
      if (lookahead == 'a') ADVANCE(161);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(anon_sym_http_DASHerrors);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_log_DASHforward);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(anon_sym_log_DASHprofile);
      END_STATE();
    case 160:
      if (lookahead == 'i') ADVANCE(162);
      END_STATE();
    case 161:
      if (lookahead == 't') ADVANCE(163);
      END_STATE();
    case 162:
      if (lookahead == 's') ADVANCE(164);
      END_STATE();
    case 163:
      if (lookahead == 'e') ADVANCE(165);
      END_STATE();
    case 164:
      if (lookahead == 't') ADVANCE(166);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(anon_sym_dynamic_DASHupdate);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(anon_sym_namespace_list);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 23},
  [2] = {.lex_state = 23},
  [3] = {.lex_state = 23},
  [4] = {.lex_state = 23},
  [5] = {.lex_state = 23},
  [6] = {.lex_state = 23},
  [7] = {.lex_state = 23},
  [8] = {.lex_state = 23},
  [9] = {.lex_state = 23},
  [10] = {.lex_state = 23},
  [11] = {.lex_state = 23},
  [12] = {.lex_state = 23},
  [13] = {.lex_state = 23},
  [14] = {.lex_state = 22},
  [15] = {.lex_state = 22},
  [16] = {.lex_state = 22},
  [17] = {.lex_state = 22, .external_lex_state = 2},
  [18] = {.lex_state = 22, .external_lex_state = 2},
  [19] = {.lex_state = 22, .external_lex_state = 2},
  [20] = {.lex_state = 22, .external_lex_state = 2},
  [21] = {.lex_state = 22, .external_lex_state = 2},
  [22] = {.lex_state = 22, .external_lex_state = 3},
  [23] = {.lex_state = 22, .external_lex_state = 3},
  [24] = {.lex_state = 22, .external_lex_state = 3},
  [25] = {.lex_state = 22, .external_lex_state = 3},
  [26] = {.lex_state = 1, .external_lex_state = 4},
  [27] = {.lex_state = 22, .external_lex_state = 2},
  [28] = {.lex_state = 22, .external_lex_state = 2},
  [29] = {.lex_state = 22, .external_lex_state = 3},
  [30] = {.lex_state = 22, .external_lex_state = 3},
  [31] = {.lex_state = 22, .external_lex_state = 3},
  [32] = {.lex_state = 22, .external_lex_state = 2},
  [33] = {.lex_state = 22, .external_lex_state = 2},
  [34] = {.lex_state = 1, .external_lex_state = 4},
  [35] = {.lex_state = 1, .external_lex_state = 4},
  [36] = {.lex_state = 22, .external_lex_state = 2},
  [37] = {.lex_state = 22, .external_lex_state = 2},
  [38] = {.lex_state = 3, .external_lex_state = 5},
  [39] = {.lex_state = 3, .external_lex_state = 5},
  [40] = {.lex_state = 3, .external_lex_state = 5},
  [41] = {.lex_state = 22, .external_lex_state = 2},
  [42] = {.lex_state = 3, .external_lex_state = 6},
  [43] = {.lex_state = 3, .external_lex_state = 6},
  [44] = {.lex_state = 3, .external_lex_state = 6},
  [45] = {.lex_state = 3, .external_lex_state = 6},
  [46] = {.lex_state = 22, .external_lex_state = 2},
  [47] = {.lex_state = 3, .external_lex_state = 6},
  [48] = {.lex_state = 3, .external_lex_state = 6},
  [49] = {.lex_state = 3, .external_lex_state = 6},
  [50] = {.lex_state = 22, .external_lex_state = 5},
  [51] = {.lex_state = 1, .external_lex_state = 4},
  [52] = {.lex_state = 1, .external_lex_state = 4},
  [53] = {.lex_state = 1, .external_lex_state = 4},
  [54] = {.lex_state = 1, .external_lex_state = 4},
  [55] = {.lex_state = 22, .external_lex_state = 5},
  [56] = {.lex_state = 2, .external_lex_state = 7},
  [57] = {.lex_state = 2, .external_lex_state = 7},
  [58] = {.lex_state = 2, .external_lex_state = 7},
  [59] = {.lex_state = 2, .external_lex_state = 7},
  [60] = {.lex_state = 2, .external_lex_state = 7},
  [61] = {.lex_state = 22, .external_lex_state = 8},
  [62] = {.lex_state = 0, .external_lex_state = 8},
  [63] = {.lex_state = 0, .external_lex_state = 8},
  [64] = {.lex_state = 0, .external_lex_state = 8},
  [65] = {.lex_state = 0, .external_lex_state = 8},
  [66] = {.lex_state = 0, .external_lex_state = 8},
  [67] = {.lex_state = 0, .external_lex_state = 8},
  [68] = {.lex_state = 0, .external_lex_state = 8},
  [69] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym__word] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [anon_sym_global] = ACTIONS(1),
    [anon_sym_defaults] = ACTIONS(1),
    [anon_sym_frontend] = ACTIONS(1),
    [anon_sym_backend] = ACTIONS(1),
    [anon_sym_listen] = ACTIONS(1),
    [anon_sym_peers] = ACTIONS(1),
    [anon_sym_resolvers] = ACTIONS(1),
    [anon_sym_userlist] = ACTIONS(1),
    [anon_sym_cache] = ACTIONS(1),
    [anon_sym_mailers] = ACTIONS(1),
    [anon_sym_http_DASHerrors] = ACTIONS(1),
    [anon_sym_ring] = ACTIONS(1),
    [anon_sym_log_DASHforward] = ACTIONS(1),
    [anon_sym_log_DASHprofile] = ACTIONS(1),
    [anon_sym_program] = ACTIONS(1),
    [anon_sym_crt_DASHstore] = ACTIONS(1),
    [anon_sym_fcgi_DASHapp] = ACTIONS(1),
    [anon_sym_traces] = ACTIONS(1),
    [anon_sym_acme] = ACTIONS(1),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(1),
    [anon_sym_namespace_list] = ACTIONS(1),
    [anon_sym_no] = ACTIONS(1),
    [anon_sym_default] = ACTIONS(1),
    [anon_sym_DOTif] = ACTIONS(1),
    [anon_sym_DOTelif] = ACTIONS(1),
    [anon_sym_DOTelse] = ACTIONS(1),
    [anon_sym_DOTendif] = ACTIONS(1),
    [anon_sym_DOTdiag] = ACTIONS(1),
    [anon_sym_DOTnotice] = ACTIONS(1),
    [anon_sym_DOTwarning] = ACTIONS(1),
    [anon_sym_DOTalert] = ACTIONS(1),
    [anon_sym_if] = ACTIONS(1),
    [anon_sym_unless] = ACTIONS(1),
    [anon_sym_PIPE_PIPE] = ACTIONS(1),
    [anon_sym_or] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_PERCENT] = ACTIONS(1),
    [sym_escape] = ACTIONS(1),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_DQUOTE2] = ACTIONS(1),
    [sym__string_escape] = ACTIONS(1),
    [sym_variable] = ACTIONS(1),
    [sym_raw_string] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym__eof] = ACTIONS(1),
    [sym__concat] = ACTIONS(1),
    [sym__sample_bare] = ACTIONS(1),
    [sym__sample_string] = ACTIONS(1),
    [sym__bang] = ACTIONS(1),
    [sym_acl_reference] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(69),
    [sym__top_level_item] = STATE(2),
    [sym__line_item] = STATE(2),
    [sym_section] = STATE(14),
    [sym_section_keyword] = STATE(37),
    [sym_directive] = STATE(65),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym_source_file_repeat2] = STATE(14),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(9),
    [anon_sym_global] = ACTIONS(11),
    [anon_sym_defaults] = ACTIONS(11),
    [anon_sym_frontend] = ACTIONS(11),
    [anon_sym_backend] = ACTIONS(11),
    [anon_sym_listen] = ACTIONS(11),
    [anon_sym_peers] = ACTIONS(11),
    [anon_sym_resolvers] = ACTIONS(11),
    [anon_sym_userlist] = ACTIONS(11),
    [anon_sym_cache] = ACTIONS(11),
    [anon_sym_mailers] = ACTIONS(11),
    [anon_sym_http_DASHerrors] = ACTIONS(11),
    [anon_sym_ring] = ACTIONS(11),
    [anon_sym_log_DASHforward] = ACTIONS(11),
    [anon_sym_log_DASHprofile] = ACTIONS(11),
    [anon_sym_program] = ACTIONS(11),
    [anon_sym_crt_DASHstore] = ACTIONS(11),
    [anon_sym_fcgi_DASHapp] = ACTIONS(11),
    [anon_sym_traces] = ACTIONS(11),
    [anon_sym_acme] = ACTIONS(11),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(11),
    [anon_sym_namespace_list] = ACTIONS(11),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
  [2] = {
    [sym__top_level_item] = STATE(6),
    [sym__line_item] = STATE(6),
    [sym_section] = STATE(15),
    [sym_section_keyword] = STATE(37),
    [sym_directive] = STATE(65),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_source_file_repeat1] = STATE(6),
    [aux_sym_source_file_repeat2] = STATE(15),
    [ts_builtin_sym_end] = ACTIONS(19),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(21),
    [anon_sym_global] = ACTIONS(11),
    [anon_sym_defaults] = ACTIONS(11),
    [anon_sym_frontend] = ACTIONS(11),
    [anon_sym_backend] = ACTIONS(11),
    [anon_sym_listen] = ACTIONS(11),
    [anon_sym_peers] = ACTIONS(11),
    [anon_sym_resolvers] = ACTIONS(11),
    [anon_sym_userlist] = ACTIONS(11),
    [anon_sym_cache] = ACTIONS(11),
    [anon_sym_mailers] = ACTIONS(11),
    [anon_sym_http_DASHerrors] = ACTIONS(11),
    [anon_sym_ring] = ACTIONS(11),
    [anon_sym_log_DASHforward] = ACTIONS(11),
    [anon_sym_log_DASHprofile] = ACTIONS(11),
    [anon_sym_program] = ACTIONS(11),
    [anon_sym_crt_DASHstore] = ACTIONS(11),
    [anon_sym_fcgi_DASHapp] = ACTIONS(11),
    [anon_sym_traces] = ACTIONS(11),
    [anon_sym_acme] = ACTIONS(11),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(11),
    [anon_sym_namespace_list] = ACTIONS(11),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
  [3] = {
    [sym__line_item] = STATE(4),
    [sym__section_item] = STATE(4),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_section_repeat2] = STATE(4),
    [ts_builtin_sym_end] = ACTIONS(23),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(25),
    [anon_sym_global] = ACTIONS(27),
    [anon_sym_defaults] = ACTIONS(27),
    [anon_sym_frontend] = ACTIONS(27),
    [anon_sym_backend] = ACTIONS(27),
    [anon_sym_listen] = ACTIONS(27),
    [anon_sym_peers] = ACTIONS(27),
    [anon_sym_resolvers] = ACTIONS(27),
    [anon_sym_userlist] = ACTIONS(27),
    [anon_sym_cache] = ACTIONS(27),
    [anon_sym_mailers] = ACTIONS(27),
    [anon_sym_http_DASHerrors] = ACTIONS(27),
    [anon_sym_ring] = ACTIONS(27),
    [anon_sym_log_DASHforward] = ACTIONS(27),
    [anon_sym_log_DASHprofile] = ACTIONS(27),
    [anon_sym_program] = ACTIONS(27),
    [anon_sym_crt_DASHstore] = ACTIONS(27),
    [anon_sym_fcgi_DASHapp] = ACTIONS(27),
    [anon_sym_traces] = ACTIONS(27),
    [anon_sym_acme] = ACTIONS(27),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(27),
    [anon_sym_namespace_list] = ACTIONS(27),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
  [4] = {
    [sym__line_item] = STATE(9),
    [sym__section_item] = STATE(9),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_section_repeat2] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(29),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(31),
    [anon_sym_global] = ACTIONS(33),
    [anon_sym_defaults] = ACTIONS(33),
    [anon_sym_frontend] = ACTIONS(33),
    [anon_sym_backend] = ACTIONS(33),
    [anon_sym_listen] = ACTIONS(33),
    [anon_sym_peers] = ACTIONS(33),
    [anon_sym_resolvers] = ACTIONS(33),
    [anon_sym_userlist] = ACTIONS(33),
    [anon_sym_cache] = ACTIONS(33),
    [anon_sym_mailers] = ACTIONS(33),
    [anon_sym_http_DASHerrors] = ACTIONS(33),
    [anon_sym_ring] = ACTIONS(33),
    [anon_sym_log_DASHforward] = ACTIONS(33),
    [anon_sym_log_DASHprofile] = ACTIONS(33),
    [anon_sym_program] = ACTIONS(33),
    [anon_sym_crt_DASHstore] = ACTIONS(33),
    [anon_sym_fcgi_DASHapp] = ACTIONS(33),
    [anon_sym_traces] = ACTIONS(33),
    [anon_sym_acme] = ACTIONS(33),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(33),
    [anon_sym_namespace_list] = ACTIONS(33),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
  [5] = {
    [sym__line_item] = STATE(8),
    [sym__section_item] = STATE(8),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_section_repeat2] = STATE(8),
    [ts_builtin_sym_end] = ACTIONS(35),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(37),
    [anon_sym_global] = ACTIONS(39),
    [anon_sym_defaults] = ACTIONS(39),
    [anon_sym_frontend] = ACTIONS(39),
    [anon_sym_backend] = ACTIONS(39),
    [anon_sym_listen] = ACTIONS(39),
    [anon_sym_peers] = ACTIONS(39),
    [anon_sym_resolvers] = ACTIONS(39),
    [anon_sym_userlist] = ACTIONS(39),
    [anon_sym_cache] = ACTIONS(39),
    [anon_sym_mailers] = ACTIONS(39),
    [anon_sym_http_DASHerrors] = ACTIONS(39),
    [anon_sym_ring] = ACTIONS(39),
    [anon_sym_log_DASHforward] = ACTIONS(39),
    [anon_sym_log_DASHprofile] = ACTIONS(39),
    [anon_sym_program] = ACTIONS(39),
    [anon_sym_crt_DASHstore] = ACTIONS(39),
    [anon_sym_fcgi_DASHapp] = ACTIONS(39),
    [anon_sym_traces] = ACTIONS(39),
    [anon_sym_acme] = ACTIONS(39),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(39),
    [anon_sym_namespace_list] = ACTIONS(39),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
  [6] = {
    [sym__top_level_item] = STATE(6),
    [sym__line_item] = STATE(6),
    [sym_directive] = STATE(65),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_source_file_repeat1] = STATE(6),
    [ts_builtin_sym_end] = ACTIONS(41),
    [sym__word] = ACTIONS(43),
    [sym__newline] = ACTIONS(46),
    [anon_sym_global] = ACTIONS(49),
    [anon_sym_defaults] = ACTIONS(49),
    [anon_sym_frontend] = ACTIONS(49),
    [anon_sym_backend] = ACTIONS(49),
    [anon_sym_listen] = ACTIONS(49),
    [anon_sym_peers] = ACTIONS(49),
    [anon_sym_resolvers] = ACTIONS(49),
    [anon_sym_userlist] = ACTIONS(49),
    [anon_sym_cache] = ACTIONS(49),
    [anon_sym_mailers] = ACTIONS(49),
    [anon_sym_http_DASHerrors] = ACTIONS(49),
    [anon_sym_ring] = ACTIONS(49),
    [anon_sym_log_DASHforward] = ACTIONS(49),
    [anon_sym_log_DASHprofile] = ACTIONS(49),
    [anon_sym_program] = ACTIONS(49),
    [anon_sym_crt_DASHstore] = ACTIONS(49),
    [anon_sym_fcgi_DASHapp] = ACTIONS(49),
    [anon_sym_traces] = ACTIONS(49),
    [anon_sym_acme] = ACTIONS(49),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(49),
    [anon_sym_namespace_list] = ACTIONS(49),
    [anon_sym_no] = ACTIONS(51),
    [anon_sym_default] = ACTIONS(51),
    [anon_sym_DOTif] = ACTIONS(54),
    [anon_sym_DOTelif] = ACTIONS(54),
    [anon_sym_DOTelse] = ACTIONS(54),
    [anon_sym_DOTendif] = ACTIONS(54),
    [anon_sym_DOTdiag] = ACTIONS(57),
    [anon_sym_DOTnotice] = ACTIONS(57),
    [anon_sym_DOTwarning] = ACTIONS(57),
    [anon_sym_DOTalert] = ACTIONS(57),
    [sym_comment] = ACTIONS(3),
  },
  [7] = {
    [sym__line_item] = STATE(10),
    [sym__section_item] = STATE(10),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_section_repeat2] = STATE(10),
    [ts_builtin_sym_end] = ACTIONS(23),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(60),
    [anon_sym_global] = ACTIONS(27),
    [anon_sym_defaults] = ACTIONS(27),
    [anon_sym_frontend] = ACTIONS(27),
    [anon_sym_backend] = ACTIONS(27),
    [anon_sym_listen] = ACTIONS(27),
    [anon_sym_peers] = ACTIONS(27),
    [anon_sym_resolvers] = ACTIONS(27),
    [anon_sym_userlist] = ACTIONS(27),
    [anon_sym_cache] = ACTIONS(27),
    [anon_sym_mailers] = ACTIONS(27),
    [anon_sym_http_DASHerrors] = ACTIONS(27),
    [anon_sym_ring] = ACTIONS(27),
    [anon_sym_log_DASHforward] = ACTIONS(27),
    [anon_sym_log_DASHprofile] = ACTIONS(27),
    [anon_sym_program] = ACTIONS(27),
    [anon_sym_crt_DASHstore] = ACTIONS(27),
    [anon_sym_fcgi_DASHapp] = ACTIONS(27),
    [anon_sym_traces] = ACTIONS(27),
    [anon_sym_acme] = ACTIONS(27),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(27),
    [anon_sym_namespace_list] = ACTIONS(27),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
  [8] = {
    [sym__line_item] = STATE(9),
    [sym__section_item] = STATE(9),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_section_repeat2] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(62),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(31),
    [anon_sym_global] = ACTIONS(64),
    [anon_sym_defaults] = ACTIONS(64),
    [anon_sym_frontend] = ACTIONS(64),
    [anon_sym_backend] = ACTIONS(64),
    [anon_sym_listen] = ACTIONS(64),
    [anon_sym_peers] = ACTIONS(64),
    [anon_sym_resolvers] = ACTIONS(64),
    [anon_sym_userlist] = ACTIONS(64),
    [anon_sym_cache] = ACTIONS(64),
    [anon_sym_mailers] = ACTIONS(64),
    [anon_sym_http_DASHerrors] = ACTIONS(64),
    [anon_sym_ring] = ACTIONS(64),
    [anon_sym_log_DASHforward] = ACTIONS(64),
    [anon_sym_log_DASHprofile] = ACTIONS(64),
    [anon_sym_program] = ACTIONS(64),
    [anon_sym_crt_DASHstore] = ACTIONS(64),
    [anon_sym_fcgi_DASHapp] = ACTIONS(64),
    [anon_sym_traces] = ACTIONS(64),
    [anon_sym_acme] = ACTIONS(64),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(64),
    [anon_sym_namespace_list] = ACTIONS(64),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
  [9] = {
    [sym__line_item] = STATE(9),
    [sym__section_item] = STATE(9),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_section_repeat2] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(66),
    [sym__word] = ACTIONS(68),
    [sym__newline] = ACTIONS(71),
    [anon_sym_global] = ACTIONS(74),
    [anon_sym_defaults] = ACTIONS(74),
    [anon_sym_frontend] = ACTIONS(74),
    [anon_sym_backend] = ACTIONS(74),
    [anon_sym_listen] = ACTIONS(74),
    [anon_sym_peers] = ACTIONS(74),
    [anon_sym_resolvers] = ACTIONS(74),
    [anon_sym_userlist] = ACTIONS(74),
    [anon_sym_cache] = ACTIONS(74),
    [anon_sym_mailers] = ACTIONS(74),
    [anon_sym_http_DASHerrors] = ACTIONS(74),
    [anon_sym_ring] = ACTIONS(74),
    [anon_sym_log_DASHforward] = ACTIONS(74),
    [anon_sym_log_DASHprofile] = ACTIONS(74),
    [anon_sym_program] = ACTIONS(74),
    [anon_sym_crt_DASHstore] = ACTIONS(74),
    [anon_sym_fcgi_DASHapp] = ACTIONS(74),
    [anon_sym_traces] = ACTIONS(74),
    [anon_sym_acme] = ACTIONS(74),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(74),
    [anon_sym_namespace_list] = ACTIONS(74),
    [anon_sym_no] = ACTIONS(76),
    [anon_sym_default] = ACTIONS(76),
    [anon_sym_DOTif] = ACTIONS(79),
    [anon_sym_DOTelif] = ACTIONS(79),
    [anon_sym_DOTelse] = ACTIONS(79),
    [anon_sym_DOTendif] = ACTIONS(79),
    [anon_sym_DOTdiag] = ACTIONS(82),
    [anon_sym_DOTnotice] = ACTIONS(82),
    [anon_sym_DOTwarning] = ACTIONS(82),
    [anon_sym_DOTalert] = ACTIONS(82),
    [sym_comment] = ACTIONS(3),
  },
  [10] = {
    [sym__line_item] = STATE(9),
    [sym__section_item] = STATE(9),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(68),
    [sym_diagnostic] = STATE(68),
    [aux_sym_section_repeat2] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(29),
    [sym__word] = ACTIONS(7),
    [sym__newline] = ACTIONS(31),
    [anon_sym_global] = ACTIONS(33),
    [anon_sym_defaults] = ACTIONS(33),
    [anon_sym_frontend] = ACTIONS(33),
    [anon_sym_backend] = ACTIONS(33),
    [anon_sym_listen] = ACTIONS(33),
    [anon_sym_peers] = ACTIONS(33),
    [anon_sym_resolvers] = ACTIONS(33),
    [anon_sym_userlist] = ACTIONS(33),
    [anon_sym_cache] = ACTIONS(33),
    [anon_sym_mailers] = ACTIONS(33),
    [anon_sym_http_DASHerrors] = ACTIONS(33),
    [anon_sym_ring] = ACTIONS(33),
    [anon_sym_log_DASHforward] = ACTIONS(33),
    [anon_sym_log_DASHprofile] = ACTIONS(33),
    [anon_sym_program] = ACTIONS(33),
    [anon_sym_crt_DASHstore] = ACTIONS(33),
    [anon_sym_fcgi_DASHapp] = ACTIONS(33),
    [anon_sym_traces] = ACTIONS(33),
    [anon_sym_acme] = ACTIONS(33),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(33),
    [anon_sym_namespace_list] = ACTIONS(33),
    [anon_sym_no] = ACTIONS(13),
    [anon_sym_default] = ACTIONS(13),
    [anon_sym_DOTif] = ACTIONS(15),
    [anon_sym_DOTelif] = ACTIONS(15),
    [anon_sym_DOTelse] = ACTIONS(15),
    [anon_sym_DOTendif] = ACTIONS(15),
    [anon_sym_DOTdiag] = ACTIONS(17),
    [anon_sym_DOTnotice] = ACTIONS(17),
    [anon_sym_DOTwarning] = ACTIONS(17),
    [anon_sym_DOTalert] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(87), 32,
      anon_sym_global,
      anon_sym_defaults,
      anon_sym_frontend,
      anon_sym_backend,
      anon_sym_listen,
      anon_sym_peers,
      anon_sym_resolvers,
      anon_sym_userlist,
      anon_sym_cache,
      anon_sym_mailers,
      anon_sym_http_DASHerrors,
      anon_sym_ring,
      anon_sym_log_DASHforward,
      anon_sym_log_DASHprofile,
      anon_sym_program,
      anon_sym_crt_DASHstore,
      anon_sym_fcgi_DASHapp,
      anon_sym_traces,
      anon_sym_acme,
      anon_sym_dynamic_DASHupdate,
      anon_sym_namespace_list,
      anon_sym_no,
      anon_sym_default,
      anon_sym_DOTif,
      anon_sym_DOTelif,
      anon_sym_DOTelse,
      anon_sym_DOTendif,
      anon_sym_DOTdiag,
      anon_sym_DOTnotice,
      anon_sym_DOTwarning,
      anon_sym_DOTalert,
      sym__word,
  [42] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(89), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(91), 32,
      anon_sym_global,
      anon_sym_defaults,
      anon_sym_frontend,
      anon_sym_backend,
      anon_sym_listen,
      anon_sym_peers,
      anon_sym_resolvers,
      anon_sym_userlist,
      anon_sym_cache,
      anon_sym_mailers,
      anon_sym_http_DASHerrors,
      anon_sym_ring,
      anon_sym_log_DASHforward,
      anon_sym_log_DASHprofile,
      anon_sym_program,
      anon_sym_crt_DASHstore,
      anon_sym_fcgi_DASHapp,
      anon_sym_traces,
      anon_sym_acme,
      anon_sym_dynamic_DASHupdate,
      anon_sym_namespace_list,
      anon_sym_no,
      anon_sym_default,
      anon_sym_DOTif,
      anon_sym_DOTelif,
      anon_sym_DOTelse,
      anon_sym_DOTendif,
      anon_sym_DOTdiag,
      anon_sym_DOTnotice,
      anon_sym_DOTwarning,
      anon_sym_DOTalert,
      sym__word,
  [84] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(93), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(95), 32,
      anon_sym_global,
      anon_sym_defaults,
      anon_sym_frontend,
      anon_sym_backend,
      anon_sym_listen,
      anon_sym_peers,
      anon_sym_resolvers,
      anon_sym_userlist,
      anon_sym_cache,
      anon_sym_mailers,
      anon_sym_http_DASHerrors,
      anon_sym_ring,
      anon_sym_log_DASHforward,
      anon_sym_log_DASHprofile,
      anon_sym_program,
      anon_sym_crt_DASHstore,
      anon_sym_fcgi_DASHapp,
      anon_sym_traces,
      anon_sym_acme,
      anon_sym_dynamic_DASHupdate,
      anon_sym_namespace_list,
      anon_sym_no,
      anon_sym_default,
      anon_sym_DOTif,
      anon_sym_DOTelif,
      anon_sym_DOTelse,
      anon_sym_DOTendif,
      anon_sym_DOTdiag,
      anon_sym_DOTnotice,
      anon_sym_DOTwarning,
      anon_sym_DOTalert,
      sym__word,
  [126] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      ts_builtin_sym_end,
    STATE(37), 1,
      sym_section_keyword,
    STATE(16), 2,
      sym_section,
      aux_sym_source_file_repeat2,
    ACTIONS(97), 21,
      anon_sym_global,
      anon_sym_defaults,
      anon_sym_frontend,
      anon_sym_backend,
      anon_sym_listen,
      anon_sym_peers,
      anon_sym_resolvers,
      anon_sym_userlist,
      anon_sym_cache,
      anon_sym_mailers,
      anon_sym_http_DASHerrors,
      anon_sym_ring,
      anon_sym_log_DASHforward,
      anon_sym_log_DASHprofile,
      anon_sym_program,
      anon_sym_crt_DASHstore,
      anon_sym_fcgi_DASHapp,
      anon_sym_traces,
      anon_sym_acme,
      anon_sym_dynamic_DASHupdate,
      anon_sym_namespace_list,
  [163] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      ts_builtin_sym_end,
    STATE(37), 1,
      sym_section_keyword,
    STATE(16), 2,
      sym_section,
      aux_sym_source_file_repeat2,
    ACTIONS(97), 21,
      anon_sym_global,
      anon_sym_defaults,
      anon_sym_frontend,
      anon_sym_backend,
      anon_sym_listen,
      anon_sym_peers,
      anon_sym_resolvers,
      anon_sym_userlist,
      anon_sym_cache,
      anon_sym_mailers,
      anon_sym_http_DASHerrors,
      anon_sym_ring,
      anon_sym_log_DASHforward,
      anon_sym_log_DASHprofile,
      anon_sym_program,
      anon_sym_crt_DASHstore,
      anon_sym_fcgi_DASHapp,
      anon_sym_traces,
      anon_sym_acme,
      anon_sym_dynamic_DASHupdate,
      anon_sym_namespace_list,
  [200] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      ts_builtin_sym_end,
    STATE(37), 1,
      sym_section_keyword,
    STATE(16), 2,
      sym_section,
      aux_sym_source_file_repeat2,
    ACTIONS(103), 21,
      anon_sym_global,
      anon_sym_defaults,
      anon_sym_frontend,
      anon_sym_backend,
      anon_sym_listen,
      anon_sym_peers,
      anon_sym_resolvers,
      anon_sym_userlist,
      anon_sym_cache,
      anon_sym_mailers,
      anon_sym_http_DASHerrors,
      anon_sym_ring,
      anon_sym_log_DASHforward,
      anon_sym_log_DASHprofile,
      anon_sym_program,
      anon_sym_crt_DASHstore,
      anon_sym_fcgi_DASHapp,
      anon_sym_traces,
      anon_sym_acme,
      anon_sym_dynamic_DASHupdate,
      anon_sym_namespace_list,
  [237] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      sym__word,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    STATE(21), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    STATE(63), 1,
      sym_condition,
    ACTIONS(108), 2,
      sym__eof,
      sym__newline,
    ACTIONS(110), 2,
      anon_sym_if,
      anon_sym_unless,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [273] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      sym__word,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    STATE(19), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    STATE(66), 1,
      sym_condition,
    ACTIONS(110), 2,
      anon_sym_if,
      anon_sym_unless,
    ACTIONS(116), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [309] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      sym__word,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    STATE(21), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    STATE(67), 1,
      sym_condition,
    ACTIONS(110), 2,
      anon_sym_if,
      anon_sym_unless,
    ACTIONS(118), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [345] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      sym__word,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    STATE(17), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    STATE(62), 1,
      sym_condition,
    ACTIONS(110), 2,
      anon_sym_if,
      anon_sym_unless,
    ACTIONS(120), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [381] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(122), 1,
      sym__word,
    ACTIONS(132), 1,
      anon_sym_DQUOTE,
    STATE(21), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    ACTIONS(125), 2,
      sym__eof,
      sym__newline,
    ACTIONS(127), 2,
      anon_sym_if,
      anon_sym_unless,
    ACTIONS(129), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [414] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      sym__concat,
    STATE(24), 1,
      aux_sym_argument_repeat1,
    ACTIONS(135), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(137), 7,
      sym__eof,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [438] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      sym__concat,
    STATE(24), 1,
      aux_sym_argument_repeat1,
    ACTIONS(141), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(143), 7,
      sym__eof,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [462] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      sym__concat,
    STATE(25), 1,
      aux_sym_argument_repeat1,
    ACTIONS(145), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(147), 7,
      sym__eof,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [486] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 1,
      sym__concat,
    STATE(25), 1,
      aux_sym_argument_repeat1,
    ACTIONS(149), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(151), 7,
      sym__eof,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [510] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 1,
      anon_sym_LBRACE,
    ACTIONS(164), 1,
      sym__bang,
    ACTIONS(167), 1,
      sym_acl_reference,
    ACTIONS(156), 2,
      sym__eof,
      sym__newline,
    ACTIONS(158), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
    STATE(26), 4,
      sym_negation,
      sym_or_operator,
      sym_inline_acl,
      aux_sym_condition_repeat1,
  [537] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    ACTIONS(170), 1,
      sym__word,
    STATE(22), 1,
      sym_string,
    STATE(28), 1,
      aux_sym_section_repeat1,
    STATE(41), 1,
      sym_argument,
    ACTIONS(172), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [566] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    ACTIONS(170), 1,
      sym__word,
    STATE(21), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    ACTIONS(174), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [595] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(151), 8,
      sym__eof,
      sym__concat,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [614] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(176), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(178), 8,
      sym__eof,
      sym__concat,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [633] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(180), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(182), 8,
      sym__eof,
      sym__concat,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [652] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    ACTIONS(170), 1,
      sym__word,
    STATE(22), 1,
      sym_string,
    STATE(36), 1,
      aux_sym_section_repeat1,
    STATE(41), 1,
      sym_argument,
    ACTIONS(184), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [681] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    ACTIONS(170), 1,
      sym__word,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(188), 1,
      sym__eof,
    STATE(21), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [712] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(194), 1,
      anon_sym_LBRACE,
    ACTIONS(196), 1,
      sym__bang,
    ACTIONS(198), 1,
      sym_acl_reference,
    ACTIONS(190), 2,
      sym__eof,
      sym__newline,
    ACTIONS(192), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
    STATE(26), 4,
      sym_negation,
      sym_or_operator,
      sym_inline_acl,
      aux_sym_condition_repeat1,
  [739] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(194), 1,
      anon_sym_LBRACE,
    ACTIONS(196), 1,
      sym__bang,
    ACTIONS(202), 1,
      sym_acl_reference,
    ACTIONS(192), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
    ACTIONS(200), 2,
      sym__eof,
      sym__newline,
    STATE(34), 4,
      sym_negation,
      sym_or_operator,
      sym_inline_acl,
      aux_sym_condition_repeat1,
  [766] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    ACTIONS(170), 1,
      sym__word,
    STATE(21), 1,
      aux_sym_section_repeat1,
    STATE(22), 1,
      sym_string,
    STATE(41), 1,
      sym_argument,
    ACTIONS(204), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [795] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    ACTIONS(170), 1,
      sym__word,
    STATE(22), 1,
      sym_string,
    STATE(33), 1,
      aux_sym_section_repeat1,
    STATE(41), 1,
      sym_argument,
    ACTIONS(206), 2,
      sym__eof,
      sym__newline,
    ACTIONS(112), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [824] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 1,
      sym__word,
    ACTIONS(211), 1,
      anon_sym_RBRACE,
    ACTIONS(216), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(38), 2,
      sym_argument,
      aux_sym_inline_acl_repeat1,
    ACTIONS(213), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [850] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(219), 1,
      sym__word,
    ACTIONS(221), 1,
      anon_sym_RBRACE,
    ACTIONS(225), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(40), 2,
      sym_argument,
      aux_sym_inline_acl_repeat1,
    ACTIONS(223), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [876] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(219), 1,
      sym__word,
    ACTIONS(225), 1,
      anon_sym_DQUOTE,
    ACTIONS(227), 1,
      anon_sym_RBRACE,
    STATE(45), 1,
      sym_string,
    STATE(38), 2,
      sym_argument,
      aux_sym_inline_acl_repeat1,
    ACTIONS(223), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [902] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(231), 7,
      sym__eof,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [920] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__concat,
    STATE(44), 1,
      aux_sym_argument_repeat1,
    ACTIONS(233), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(235), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [941] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 1,
      sym__concat,
    STATE(43), 1,
      aux_sym_argument_repeat1,
    ACTIONS(149), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(151), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [962] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__concat,
    STATE(43), 1,
      aux_sym_argument_repeat1,
    ACTIONS(145), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(147), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [983] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__concat,
    STATE(44), 1,
      aux_sym_argument_repeat1,
    ACTIONS(135), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(137), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1004] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 8,
      sym__eof,
      sym__sample_bare,
      sym__newline,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1018] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(176), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(178), 6,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1034] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(180), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(182), 6,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1050] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(151), 6,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1066] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 1,
      anon_sym_DQUOTE,
    STATE(29), 1,
      sym_string,
    ACTIONS(244), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [1083] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(246), 7,
      sym__eof,
      sym__bang,
      sym_acl_reference,
      sym__newline,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1096] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 7,
      sym__eof,
      sym__bang,
      sym_acl_reference,
      sym__newline,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1109] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(250), 7,
      sym__eof,
      sym__bang,
      sym_acl_reference,
      sym__newline,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1122] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(252), 7,
      sym__eof,
      sym__bang,
      sym_acl_reference,
      sym__newline,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1135] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(225), 1,
      anon_sym_DQUOTE,
    STATE(49), 1,
      sym_string,
    ACTIONS(254), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [1152] = 4,
    ACTIONS(256), 1,
      anon_sym_DQUOTE2,
    ACTIONS(261), 1,
      sym_comment,
    STATE(56), 1,
      aux_sym_string_repeat1,
    ACTIONS(258), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1168] = 4,
    ACTIONS(261), 1,
      sym_comment,
    ACTIONS(263), 1,
      anon_sym_DQUOTE2,
    STATE(56), 1,
      aux_sym_string_repeat1,
    ACTIONS(265), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1184] = 4,
    ACTIONS(261), 1,
      sym_comment,
    ACTIONS(267), 1,
      anon_sym_DQUOTE2,
    STATE(57), 1,
      aux_sym_string_repeat1,
    ACTIONS(269), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1200] = 4,
    ACTIONS(261), 1,
      sym_comment,
    ACTIONS(271), 1,
      anon_sym_DQUOTE2,
    STATE(60), 1,
      aux_sym_string_repeat1,
    ACTIONS(273), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1216] = 4,
    ACTIONS(261), 1,
      sym_comment,
    ACTIONS(275), 1,
      anon_sym_DQUOTE2,
    STATE(56), 1,
      aux_sym_string_repeat1,
    ACTIONS(265), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1232] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 1,
      sym__word,
    ACTIONS(120), 2,
      sym__eof,
      sym__newline,
  [1243] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 2,
      sym__eof,
      sym__newline,
  [1251] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(281), 2,
      sym__eof,
      sym__newline,
  [1259] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(283), 2,
      sym__eof,
      sym__newline,
  [1267] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(285), 2,
      sym__eof,
      sym__newline,
  [1275] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 2,
      sym__eof,
      sym__newline,
  [1283] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(289), 2,
      sym__eof,
      sym__newline,
  [1291] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 2,
      sym__eof,
      sym__newline,
  [1299] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(293), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(11)] = 0,
  [SMALL_STATE(12)] = 42,
  [SMALL_STATE(13)] = 84,
  [SMALL_STATE(14)] = 126,
  [SMALL_STATE(15)] = 163,
  [SMALL_STATE(16)] = 200,
  [SMALL_STATE(17)] = 237,
  [SMALL_STATE(18)] = 273,
  [SMALL_STATE(19)] = 309,
  [SMALL_STATE(20)] = 345,
  [SMALL_STATE(21)] = 381,
  [SMALL_STATE(22)] = 414,
  [SMALL_STATE(23)] = 438,
  [SMALL_STATE(24)] = 462,
  [SMALL_STATE(25)] = 486,
  [SMALL_STATE(26)] = 510,
  [SMALL_STATE(27)] = 537,
  [SMALL_STATE(28)] = 566,
  [SMALL_STATE(29)] = 595,
  [SMALL_STATE(30)] = 614,
  [SMALL_STATE(31)] = 633,
  [SMALL_STATE(32)] = 652,
  [SMALL_STATE(33)] = 681,
  [SMALL_STATE(34)] = 712,
  [SMALL_STATE(35)] = 739,
  [SMALL_STATE(36)] = 766,
  [SMALL_STATE(37)] = 795,
  [SMALL_STATE(38)] = 824,
  [SMALL_STATE(39)] = 850,
  [SMALL_STATE(40)] = 876,
  [SMALL_STATE(41)] = 902,
  [SMALL_STATE(42)] = 920,
  [SMALL_STATE(43)] = 941,
  [SMALL_STATE(44)] = 962,
  [SMALL_STATE(45)] = 983,
  [SMALL_STATE(46)] = 1004,
  [SMALL_STATE(47)] = 1018,
  [SMALL_STATE(48)] = 1034,
  [SMALL_STATE(49)] = 1050,
  [SMALL_STATE(50)] = 1066,
  [SMALL_STATE(51)] = 1083,
  [SMALL_STATE(52)] = 1096,
  [SMALL_STATE(53)] = 1109,
  [SMALL_STATE(54)] = 1122,
  [SMALL_STATE(55)] = 1135,
  [SMALL_STATE(56)] = 1152,
  [SMALL_STATE(57)] = 1168,
  [SMALL_STATE(58)] = 1184,
  [SMALL_STATE(59)] = 1200,
  [SMALL_STATE(60)] = 1216,
  [SMALL_STATE(61)] = 1232,
  [SMALL_STATE(62)] = 1243,
  [SMALL_STATE(63)] = 1251,
  [SMALL_STATE(64)] = 1259,
  [SMALL_STATE(65)] = 1267,
  [SMALL_STATE(66)] = 1275,
  [SMALL_STATE(67)] = 1283,
  [SMALL_STATE(68)] = 1291,
  [SMALL_STATE(69)] = 1299,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [19] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [23] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, 0, 6),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [27] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, 0, 6),
  [29] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 4, 0, 6),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [33] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 4, 0, 6),
  [35] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, 0, 2),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [39] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2, 0, 2),
  [41] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [43] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(20),
  [46] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [49] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [51] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(61),
  [54] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(32),
  [57] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [60] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [62] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, 0, 2),
  [64] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, 0, 2),
  [66] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0),
  [68] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(20),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(9),
  [74] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0),
  [76] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(61),
  [79] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(32),
  [82] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(27),
  [85] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__line_item, 2, 0, 0),
  [87] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__line_item, 2, 0, 0),
  [89] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_level_item, 2, 0, 0),
  [91] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_level_item, 2, 0, 0),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section_item, 2, 0, 0),
  [95] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__section_item, 2, 0, 0),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [99] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [101] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [103] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(46),
  [106] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [108] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 9),
  [110] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [116] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 3),
  [118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 11),
  [120] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 1, 0, 1),
  [122] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 2, 0, 12), SHIFT_REPEAT(23),
  [125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, 0, 12),
  [127] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 2, 0, 12),
  [129] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, 0, 12), SHIFT_REPEAT(22),
  [132] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, 0, 12), SHIFT_REPEAT(58),
  [135] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument, 1, 0, 0),
  [137] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument, 1, 0, 0),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [141] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 1, 0, 4),
  [143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 1, 0, 4),
  [145] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument, 2, 0, 0),
  [147] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument, 2, 0, 0),
  [149] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0),
  [151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0),
  [153] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0), SHIFT_REPEAT(50),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0),
  [158] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(53),
  [161] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(39),
  [164] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(52),
  [167] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_diagnostic, 1, 0, 2),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_diagnostic, 2, 0, 6),
  [176] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2, 0, 0),
  [178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2, 0, 0),
  [180] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3, 0, 0),
  [182] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3, 0, 0),
  [184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 1, 0, 2),
  [186] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [190] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 2, 0, 7),
  [192] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 1, 0, 7),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 2, 0, 6),
  [206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [208] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0), SHIFT_REPEAT(42),
  [211] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0),
  [213] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0), SHIFT_REPEAT(45),
  [216] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0), SHIFT_REPEAT(59),
  [219] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [221] = {.entry = {.count = 1, .reusable = false}}, SHIFT(51),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [227] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [229] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 1, 0, 5),
  [231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 1, 0, 5),
  [233] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_inline_acl_repeat1, 1, 0, 15),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_inline_acl_repeat1, 1, 0, 15),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [239] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0), SHIFT_REPEAT(55),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_keyword, 1, 0, 0),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_acl, 2, 0, 0),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_negation, 1, 0, 0),
  [250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_or_operator, 1, 0, 0),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_acl, 3, 0, 0),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0),
  [258] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0), SHIFT_REPEAT(56),
  [261] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [279] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 8),
  [281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 13),
  [283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [287] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 10),
  [289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 4, 0, 14),
  [291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [293] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__eof = 0,
  ts_external_token__concat = 1,
  ts_external_token__sample_bare = 2,
  ts_external_token__sample_string = 3,
  ts_external_token__bang = 4,
  ts_external_token_acl_reference = 5,
  ts_external_token__error_sentinel = 6,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__eof] = sym__eof,
  [ts_external_token__concat] = sym__concat,
  [ts_external_token__sample_bare] = sym__sample_bare,
  [ts_external_token__sample_string] = sym__sample_string,
  [ts_external_token__bang] = sym__bang,
  [ts_external_token_acl_reference] = sym_acl_reference,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[9][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__eof] = true,
    [ts_external_token__concat] = true,
    [ts_external_token__sample_bare] = true,
    [ts_external_token__sample_string] = true,
    [ts_external_token__bang] = true,
    [ts_external_token_acl_reference] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token__eof] = true,
    [ts_external_token__sample_bare] = true,
  },
  [3] = {
    [ts_external_token__eof] = true,
    [ts_external_token__concat] = true,
    [ts_external_token__sample_bare] = true,
  },
  [4] = {
    [ts_external_token__eof] = true,
    [ts_external_token__bang] = true,
    [ts_external_token_acl_reference] = true,
  },
  [5] = {
    [ts_external_token__sample_bare] = true,
  },
  [6] = {
    [ts_external_token__concat] = true,
    [ts_external_token__sample_bare] = true,
  },
  [7] = {
    [ts_external_token__sample_string] = true,
  },
  [8] = {
    [ts_external_token__eof] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_haproxy_external_scanner_create(void);
void tree_sitter_haproxy_external_scanner_destroy(void *);
bool tree_sitter_haproxy_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_haproxy_external_scanner_serialize(void *, char *);
void tree_sitter_haproxy_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_haproxy(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym__word,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_haproxy_external_scanner_create,
      tree_sitter_haproxy_external_scanner_destroy,
      tree_sitter_haproxy_external_scanner_scan,
      tree_sitter_haproxy_external_scanner_serialize,
      tree_sitter_haproxy_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
