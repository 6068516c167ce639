#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 66
#define LARGE_STATE_COUNT 9
#define SYMBOL_COUNT 80
#define ALIAS_COUNT 1
#define TOKEN_COUNT 56
#define EXTERNAL_TOKEN_COUNT 8
#define FIELD_COUNT 5
#define MAX_ALIAS_SEQUENCE_LENGTH 4
#define PRODUCTION_ID_COUNT 14

enum ts_symbol_identifiers {
  sym__word = 1,
  anon_sym_global = 2,
  anon_sym_defaults = 3,
  anon_sym_frontend = 4,
  anon_sym_backend = 5,
  anon_sym_listen = 6,
  anon_sym_peers = 7,
  anon_sym_resolvers = 8,
  anon_sym_userlist = 9,
  anon_sym_cache = 10,
  anon_sym_mailers = 11,
  anon_sym_http_DASHerrors = 12,
  anon_sym_ring = 13,
  anon_sym_log_DASHforward = 14,
  anon_sym_log_DASHprofile = 15,
  anon_sym_program = 16,
  anon_sym_crt_DASHstore = 17,
  anon_sym_fcgi_DASHapp = 18,
  anon_sym_traces = 19,
  anon_sym_acme = 20,
  anon_sym_dynamic_DASHupdate = 21,
  anon_sym_namespace_list = 22,
  anon_sym_no = 23,
  anon_sym_default = 24,
  anon_sym_DOTif = 25,
  anon_sym_DOTelif = 26,
  anon_sym_DOTelse = 27,
  anon_sym_DOTendif = 28,
  anon_sym_DOTdiag = 29,
  anon_sym_DOTnotice = 30,
  anon_sym_DOTwarning = 31,
  anon_sym_DOTalert = 32,
  anon_sym_if = 33,
  anon_sym_unless = 34,
  anon_sym_PIPE_PIPE = 35,
  anon_sym_or = 36,
  anon_sym_LBRACE = 37,
  anon_sym_RBRACE = 38,
  anon_sym_PERCENT = 39,
  sym_escape = 40,
  anon_sym_DQUOTE = 41,
  anon_sym_DQUOTE2 = 42,
  sym__string_content = 43,
  sym__string_escape = 44,
  sym_variable = 45,
  sym_raw_string = 46,
  sym_comment = 47,
  sym__eol = 48,
  sym__blank = 49,
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
  sym__piece = 70,
  sym_string = 71,
  aux_sym_source_file_repeat1 = 72,
  aux_sym_source_file_repeat2 = 73,
  aux_sym_section_repeat1 = 74,
  aux_sym_section_repeat2 = 75,
  aux_sym_condition_repeat1 = 76,
  aux_sym_inline_acl_repeat1 = 77,
  aux_sym_argument_repeat1 = 78,
  aux_sym_string_repeat1 = 79,
  alias_sym_keyword = 80,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym__word] = "_word",
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
  [sym__eol] = "_eol",
  [sym__blank] = "_blank",
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
  [sym__piece] = "_piece",
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
  [sym__eol] = sym__eol,
  [sym__blank] = sym__blank,
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
  [sym__piece] = sym__piece,
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
  [sym__eol] = {
    .visible = false,
    .named = true,
  },
  [sym__blank] = {
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
  [sym__piece] = {
    .visible = false,
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
  [5] = {.index = 4, .length = 2},
  [6] = {.index = 6, .length = 1},
  [7] = {.index = 7, .length = 2},
  [8] = {.index = 4, .length = 2},
  [9] = {.index = 9, .length = 3},
  [10] = {.index = 12, .length = 3},
  [11] = {.index = 15, .length = 2},
  [12] = {.index = 17, .length = 3},
  [13] = {.index = 20, .length = 4},
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
  [2] = {
    [0] = alias_sym_keyword,
  },
  [3] = {
    [1] = alias_sym_keyword,
  },
  [7] = {
    [0] = alias_sym_keyword,
  },
  [8] = {
    [0] = alias_sym_keyword,
  },
  [9] = {
    [1] = alias_sym_keyword,
  },
  [10] = {
    [1] = alias_sym_keyword,
  },
  [12] = {
    [0] = alias_sym_keyword,
  },
  [13] = {
    [1] = alias_sym_keyword,
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
  [38] = 29,
  [39] = 39,
  [40] = 24,
  [41] = 26,
  [42] = 42,
  [43] = 42,
  [44] = 37,
  [45] = 34,
  [46] = 33,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 48,
  [56] = 50,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(24);
      ADVANCE_MAP(
        '"', 80,
        '#', 90,
        '$', 73,
        '%', 40,
        '\'', 5,
        '.', 45,
        '\\', 11,
        'o', 68,
        '{', 38,
        '|', 74,
        '}', 39,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(77);
      END_STATE();
    case 1:
      if (lookahead == '\r') SKIP(4);
      if (lookahead == '"') ADVANCE(80);
      if (lookahead == '#') ADVANCE(83);
      if (lookahead == '$') ADVANCE(13);
      if (lookahead == '%') ADVANCE(81);
      if (lookahead == '\\') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(82);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(83);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(79);
      if (lookahead == '#') ADVANCE(90);
      if (lookahead == '%') ADVANCE(40);
      if (lookahead == '\'') ADVANCE(5);
      if (lookahead == '\\') ADVANCE(12);
      if (lookahead == '}') ADVANCE(39);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(2);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(77);
      END_STATE();
    case 3:
      if (lookahead == '#') ADVANCE(90);
      if (lookahead == 'o') ADVANCE(10);
      if (lookahead == '{') ADVANCE(37);
      if (lookahead == '|') ADVANCE(14);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      END_STATE();
    case 4:
      if (lookahead == '#') ADVANCE(90);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(4);
      END_STATE();
    case 5:
      if (lookahead == '\'') ADVANCE(89);
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
      if (lookahead == '}') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(7);
      END_STATE();
    case 8:
      if (lookahead == '-') ADVANCE(15);
      if (lookahead == '}') ADVANCE(85);
      END_STATE();
    case 9:
      if (lookahead == ']') ADVANCE(8);
      END_STATE();
    case 10:
      if (lookahead == 'r') ADVANCE(35);
      END_STATE();
    case 11:
      if (lookahead == 'x') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(84);
      END_STATE();
    case 12:
      if (lookahead == 'x') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(78);
      END_STATE();
    case 13:
      if (lookahead == '{') ADVANCE(20);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(87);
      END_STATE();
    case 14:
      if (lookahead == '|') ADVANCE(33);
      END_STATE();
    case 15:
      if (lookahead == '}') ADVANCE(85);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(15);
      END_STATE();
    case 16:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(84);
      END_STATE();
    case 17:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(78);
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
        '"', 79,
        '#', 90,
        '%', 40,
        '\'', 5,
        '.', 45,
        '\\', 12,
        'o', 68,
        '{', 38,
        '|', 74,
        '}', 39,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(77);
      END_STATE();
    case 22:
      if (eof) ADVANCE(24);
      if (lookahead == '"') ADVANCE(79);
      if (lookahead == '#') ADVANCE(90);
      if (lookahead == '%') ADVANCE(40);
      if (lookahead == '\'') ADVANCE(5);
      if (lookahead == '\\') ADVANCE(12);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(77);
      END_STATE();
    case 23:
      if (eof) ADVANCE(24);
      if (lookahead == '#') ADVANCE(90);
      if (lookahead == '.') ADVANCE(45);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(23);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(anon_sym_DOTif);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(anon_sym_DOTelif);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(anon_sym_DOTelse);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_DOTendif);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_DOTdiag);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(anon_sym_DOTnotice);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(anon_sym_DOTwarning);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(anon_sym_DOTalert);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(anon_sym_or);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(anon_sym_or);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(anon_sym_PERCENT);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '*') ADVANCE(44);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '-') ADVANCE(75);
      if (lookahead == '[') ADVANCE(41);
      if (lookahead == '}') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          (lookahead < 'A' || '\\' < lookahead)) ADVANCE(77);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '-') ADVANCE(75);
      if (lookahead == '}') ADVANCE(88);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ']') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != ']') ADVANCE(77);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(63);
      if (lookahead == 'd') ADVANCE(60);
      if (lookahead == 'e') ADVANCE(64);
      if (lookahead == 'i') ADVANCE(53);
      if (lookahead == 'n') ADVANCE(67);
      if (lookahead == 'w') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(56);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(69);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(62);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(30);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(70);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(25);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
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
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(28);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(31);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(48);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(54);
      if (lookahead == 's') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(65);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(59);
      if (lookahead == 'n') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(57);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(61);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(72);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(66);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(71);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(32);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(58);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '{') ADVANCE(76);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(86);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '|') ADVANCE(34);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        '}', 88,
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
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(75);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(sym__word);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(sym_escape);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(sym__string_content);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(sym__string_content);
      if (lookahead == '#') ADVANCE(83);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(82);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < '"' || '%' < lookahead) &&
          lookahead != '\\') ADVANCE(83);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(sym__string_content);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '$' &&
          lookahead != '%' &&
          lookahead != '\\') ADVANCE(83);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(sym__string_escape);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(sym_variable);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(sym_variable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(86);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(sym_variable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(87);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(sym_variable);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '%' &&
          lookahead != '\'' &&
          lookahead != '\\') ADVANCE(77);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(sym_raw_string);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(90);
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
  [1] = {.lex_state = 23, .external_lex_state = 2},
  [2] = {.lex_state = 23, .external_lex_state = 2},
  [3] = {.lex_state = 23, .external_lex_state = 2},
  [4] = {.lex_state = 23, .external_lex_state = 2},
  [5] = {.lex_state = 23, .external_lex_state = 2},
  [6] = {.lex_state = 23, .external_lex_state = 2},
  [7] = {.lex_state = 23, .external_lex_state = 2},
  [8] = {.lex_state = 23, .external_lex_state = 2},
  [9] = {.lex_state = 23, .external_lex_state = 2},
  [10] = {.lex_state = 23, .external_lex_state = 2},
  [11] = {.lex_state = 23, .external_lex_state = 2},
  [12] = {.lex_state = 22},
  [13] = {.lex_state = 22},
  [14] = {.lex_state = 22},
  [15] = {.lex_state = 22, .external_lex_state = 3},
  [16] = {.lex_state = 22, .external_lex_state = 3},
  [17] = {.lex_state = 22, .external_lex_state = 3},
  [18] = {.lex_state = 22, .external_lex_state = 3},
  [19] = {.lex_state = 22, .external_lex_state = 3},
  [20] = {.lex_state = 22, .external_lex_state = 3},
  [21] = {.lex_state = 22, .external_lex_state = 3},
  [22] = {.lex_state = 22, .external_lex_state = 3},
  [23] = {.lex_state = 22, .external_lex_state = 3},
  [24] = {.lex_state = 22, .external_lex_state = 4},
  [25] = {.lex_state = 2, .external_lex_state = 5},
  [26] = {.lex_state = 22, .external_lex_state = 4},
  [27] = {.lex_state = 22, .external_lex_state = 3},
  [28] = {.lex_state = 2, .external_lex_state = 5},
  [29] = {.lex_state = 22, .external_lex_state = 4},
  [30] = {.lex_state = 2, .external_lex_state = 5},
  [31] = {.lex_state = 22, .external_lex_state = 3},
  [32] = {.lex_state = 3, .external_lex_state = 6},
  [33] = {.lex_state = 22, .external_lex_state = 4},
  [34] = {.lex_state = 22, .external_lex_state = 4},
  [35] = {.lex_state = 3, .external_lex_state = 6},
  [36] = {.lex_state = 3, .external_lex_state = 6},
  [37] = {.lex_state = 22, .external_lex_state = 4},
  [38] = {.lex_state = 2, .external_lex_state = 7},
  [39] = {.lex_state = 22, .external_lex_state = 3},
  [40] = {.lex_state = 2, .external_lex_state = 7},
  [41] = {.lex_state = 2, .external_lex_state = 7},
  [42] = {.lex_state = 22, .external_lex_state = 5},
  [43] = {.lex_state = 22, .external_lex_state = 5},
  [44] = {.lex_state = 2, .external_lex_state = 7},
  [45] = {.lex_state = 2, .external_lex_state = 7},
  [46] = {.lex_state = 2, .external_lex_state = 7},
  [47] = {.lex_state = 22, .external_lex_state = 3},
  [48] = {.lex_state = 1, .external_lex_state = 8},
  [49] = {.lex_state = 3, .external_lex_state = 6},
  [50] = {.lex_state = 1, .external_lex_state = 8},
  [51] = {.lex_state = 1, .external_lex_state = 8},
  [52] = {.lex_state = 3, .external_lex_state = 6},
  [53] = {.lex_state = 3, .external_lex_state = 6},
  [54] = {.lex_state = 3, .external_lex_state = 6},
  [55] = {.lex_state = 1, .external_lex_state = 8},
  [56] = {.lex_state = 1, .external_lex_state = 8},
  [57] = {.lex_state = 0, .external_lex_state = 9},
  [58] = {.lex_state = 0, .external_lex_state = 9},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 0, .external_lex_state = 9},
  [61] = {.lex_state = 0, .external_lex_state = 9},
  [62] = {.lex_state = 22},
  [63] = {.lex_state = 0, .external_lex_state = 9},
  [64] = {.lex_state = 0, .external_lex_state = 9},
  [65] = {.lex_state = 0, .external_lex_state = 9},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym__word] = ACTIONS(1),
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
    [sym__eol] = ACTIONS(1),
    [sym__blank] = ACTIONS(1),
    [sym__concat] = ACTIONS(1),
    [sym__sample_bare] = ACTIONS(1),
    [sym__sample_string] = ACTIONS(1),
    [sym__bang] = ACTIONS(1),
    [sym_acl_reference] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(59),
    [sym__top_level_item] = STATE(2),
    [sym__line_item] = STATE(2),
    [sym_section] = STATE(14),
    [sym_section_keyword] = STATE(22),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym_source_file_repeat2] = STATE(14),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym__word] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(9),
    [anon_sym_defaults] = ACTIONS(9),
    [anon_sym_frontend] = ACTIONS(9),
    [anon_sym_backend] = ACTIONS(9),
    [anon_sym_listen] = ACTIONS(9),
    [anon_sym_peers] = ACTIONS(9),
    [anon_sym_resolvers] = ACTIONS(9),
    [anon_sym_userlist] = ACTIONS(9),
    [anon_sym_cache] = ACTIONS(9),
    [anon_sym_mailers] = ACTIONS(9),
    [anon_sym_http_DASHerrors] = ACTIONS(9),
    [anon_sym_ring] = ACTIONS(9),
    [anon_sym_log_DASHforward] = ACTIONS(9),
    [anon_sym_log_DASHprofile] = ACTIONS(9),
    [anon_sym_program] = ACTIONS(9),
    [anon_sym_crt_DASHstore] = ACTIONS(9),
    [anon_sym_fcgi_DASHapp] = ACTIONS(9),
    [anon_sym_traces] = ACTIONS(9),
    [anon_sym_acme] = ACTIONS(9),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(9),
    [anon_sym_namespace_list] = ACTIONS(9),
    [anon_sym_no] = ACTIONS(11),
    [anon_sym_default] = ACTIONS(11),
    [anon_sym_DOTif] = ACTIONS(13),
    [anon_sym_DOTelif] = ACTIONS(13),
    [anon_sym_DOTelse] = ACTIONS(13),
    [anon_sym_DOTendif] = ACTIONS(13),
    [anon_sym_DOTdiag] = ACTIONS(15),
    [anon_sym_DOTnotice] = ACTIONS(15),
    [anon_sym_DOTwarning] = ACTIONS(15),
    [anon_sym_DOTalert] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(17),
  },
  [2] = {
    [sym__top_level_item] = STATE(4),
    [sym__line_item] = STATE(4),
    [sym_section] = STATE(12),
    [sym_section_keyword] = STATE(22),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym_source_file_repeat2] = STATE(12),
    [ts_builtin_sym_end] = ACTIONS(19),
    [sym__word] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(9),
    [anon_sym_defaults] = ACTIONS(9),
    [anon_sym_frontend] = ACTIONS(9),
    [anon_sym_backend] = ACTIONS(9),
    [anon_sym_listen] = ACTIONS(9),
    [anon_sym_peers] = ACTIONS(9),
    [anon_sym_resolvers] = ACTIONS(9),
    [anon_sym_userlist] = ACTIONS(9),
    [anon_sym_cache] = ACTIONS(9),
    [anon_sym_mailers] = ACTIONS(9),
    [anon_sym_http_DASHerrors] = ACTIONS(9),
    [anon_sym_ring] = ACTIONS(9),
    [anon_sym_log_DASHforward] = ACTIONS(9),
    [anon_sym_log_DASHprofile] = ACTIONS(9),
    [anon_sym_program] = ACTIONS(9),
    [anon_sym_crt_DASHstore] = ACTIONS(9),
    [anon_sym_fcgi_DASHapp] = ACTIONS(9),
    [anon_sym_traces] = ACTIONS(9),
    [anon_sym_acme] = ACTIONS(9),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(9),
    [anon_sym_namespace_list] = ACTIONS(9),
    [anon_sym_no] = ACTIONS(11),
    [anon_sym_default] = ACTIONS(11),
    [anon_sym_DOTif] = ACTIONS(13),
    [anon_sym_DOTelif] = ACTIONS(13),
    [anon_sym_DOTelse] = ACTIONS(13),
    [anon_sym_DOTendif] = ACTIONS(13),
    [anon_sym_DOTdiag] = ACTIONS(15),
    [anon_sym_DOTnotice] = ACTIONS(15),
    [anon_sym_DOTwarning] = ACTIONS(15),
    [anon_sym_DOTalert] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(21),
  },
  [3] = {
    [sym__line_item] = STATE(5),
    [sym__section_item] = STATE(5),
    [sym_directive] = STATE(60),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_section_repeat2] = STATE(5),
    [ts_builtin_sym_end] = ACTIONS(23),
    [sym__word] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(25),
    [anon_sym_defaults] = ACTIONS(25),
    [anon_sym_frontend] = ACTIONS(25),
    [anon_sym_backend] = ACTIONS(25),
    [anon_sym_listen] = ACTIONS(25),
    [anon_sym_peers] = ACTIONS(25),
    [anon_sym_resolvers] = ACTIONS(25),
    [anon_sym_userlist] = ACTIONS(25),
    [anon_sym_cache] = ACTIONS(25),
    [anon_sym_mailers] = ACTIONS(25),
    [anon_sym_http_DASHerrors] = ACTIONS(25),
    [anon_sym_ring] = ACTIONS(25),
    [anon_sym_log_DASHforward] = ACTIONS(25),
    [anon_sym_log_DASHprofile] = ACTIONS(25),
    [anon_sym_program] = ACTIONS(25),
    [anon_sym_crt_DASHstore] = ACTIONS(25),
    [anon_sym_fcgi_DASHapp] = ACTIONS(25),
    [anon_sym_traces] = ACTIONS(25),
    [anon_sym_acme] = ACTIONS(25),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(25),
    [anon_sym_namespace_list] = ACTIONS(25),
    [anon_sym_no] = ACTIONS(11),
    [anon_sym_default] = ACTIONS(11),
    [anon_sym_DOTif] = ACTIONS(13),
    [anon_sym_DOTelif] = ACTIONS(13),
    [anon_sym_DOTelse] = ACTIONS(13),
    [anon_sym_DOTendif] = ACTIONS(13),
    [anon_sym_DOTdiag] = ACTIONS(15),
    [anon_sym_DOTnotice] = ACTIONS(15),
    [anon_sym_DOTwarning] = ACTIONS(15),
    [anon_sym_DOTalert] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(27),
  },
  [4] = {
    [sym__top_level_item] = STATE(4),
    [sym__line_item] = STATE(4),
    [sym_directive] = STATE(64),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_source_file_repeat1] = STATE(4),
    [ts_builtin_sym_end] = ACTIONS(29),
    [sym__word] = ACTIONS(31),
    [anon_sym_global] = ACTIONS(34),
    [anon_sym_defaults] = ACTIONS(34),
    [anon_sym_frontend] = ACTIONS(34),
    [anon_sym_backend] = ACTIONS(34),
    [anon_sym_listen] = ACTIONS(34),
    [anon_sym_peers] = ACTIONS(34),
    [anon_sym_resolvers] = ACTIONS(34),
    [anon_sym_userlist] = ACTIONS(34),
    [anon_sym_cache] = ACTIONS(34),
    [anon_sym_mailers] = ACTIONS(34),
    [anon_sym_http_DASHerrors] = ACTIONS(34),
    [anon_sym_ring] = ACTIONS(34),
    [anon_sym_log_DASHforward] = ACTIONS(34),
    [anon_sym_log_DASHprofile] = ACTIONS(34),
    [anon_sym_program] = ACTIONS(34),
    [anon_sym_crt_DASHstore] = ACTIONS(34),
    [anon_sym_fcgi_DASHapp] = ACTIONS(34),
    [anon_sym_traces] = ACTIONS(34),
    [anon_sym_acme] = ACTIONS(34),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(34),
    [anon_sym_namespace_list] = ACTIONS(34),
    [anon_sym_no] = ACTIONS(36),
    [anon_sym_default] = ACTIONS(36),
    [anon_sym_DOTif] = ACTIONS(39),
    [anon_sym_DOTelif] = ACTIONS(39),
    [anon_sym_DOTelse] = ACTIONS(39),
    [anon_sym_DOTendif] = ACTIONS(39),
    [anon_sym_DOTdiag] = ACTIONS(42),
    [anon_sym_DOTnotice] = ACTIONS(42),
    [anon_sym_DOTwarning] = ACTIONS(42),
    [anon_sym_DOTalert] = ACTIONS(42),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(45),
  },
  [5] = {
    [sym__line_item] = STATE(7),
    [sym__section_item] = STATE(7),
    [sym_directive] = STATE(60),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_section_repeat2] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(48),
    [sym__word] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(50),
    [anon_sym_defaults] = ACTIONS(50),
    [anon_sym_frontend] = ACTIONS(50),
    [anon_sym_backend] = ACTIONS(50),
    [anon_sym_listen] = ACTIONS(50),
    [anon_sym_peers] = ACTIONS(50),
    [anon_sym_resolvers] = ACTIONS(50),
    [anon_sym_userlist] = ACTIONS(50),
    [anon_sym_cache] = ACTIONS(50),
    [anon_sym_mailers] = ACTIONS(50),
    [anon_sym_http_DASHerrors] = ACTIONS(50),
    [anon_sym_ring] = ACTIONS(50),
    [anon_sym_log_DASHforward] = ACTIONS(50),
    [anon_sym_log_DASHprofile] = ACTIONS(50),
    [anon_sym_program] = ACTIONS(50),
    [anon_sym_crt_DASHstore] = ACTIONS(50),
    [anon_sym_fcgi_DASHapp] = ACTIONS(50),
    [anon_sym_traces] = ACTIONS(50),
    [anon_sym_acme] = ACTIONS(50),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(50),
    [anon_sym_namespace_list] = ACTIONS(50),
    [anon_sym_no] = ACTIONS(11),
    [anon_sym_default] = ACTIONS(11),
    [anon_sym_DOTif] = ACTIONS(13),
    [anon_sym_DOTelif] = ACTIONS(13),
    [anon_sym_DOTelse] = ACTIONS(13),
    [anon_sym_DOTendif] = ACTIONS(13),
    [anon_sym_DOTdiag] = ACTIONS(15),
    [anon_sym_DOTnotice] = ACTIONS(15),
    [anon_sym_DOTwarning] = ACTIONS(15),
    [anon_sym_DOTalert] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(52),
  },
  [6] = {
    [sym__line_item] = STATE(8),
    [sym__section_item] = STATE(8),
    [sym_directive] = STATE(60),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_section_repeat2] = STATE(8),
    [ts_builtin_sym_end] = ACTIONS(54),
    [sym__word] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(56),
    [anon_sym_defaults] = ACTIONS(56),
    [anon_sym_frontend] = ACTIONS(56),
    [anon_sym_backend] = ACTIONS(56),
    [anon_sym_listen] = ACTIONS(56),
    [anon_sym_peers] = ACTIONS(56),
    [anon_sym_resolvers] = ACTIONS(56),
    [anon_sym_userlist] = ACTIONS(56),
    [anon_sym_cache] = ACTIONS(56),
    [anon_sym_mailers] = ACTIONS(56),
    [anon_sym_http_DASHerrors] = ACTIONS(56),
    [anon_sym_ring] = ACTIONS(56),
    [anon_sym_log_DASHforward] = ACTIONS(56),
    [anon_sym_log_DASHprofile] = ACTIONS(56),
    [anon_sym_program] = ACTIONS(56),
    [anon_sym_crt_DASHstore] = ACTIONS(56),
    [anon_sym_fcgi_DASHapp] = ACTIONS(56),
    [anon_sym_traces] = ACTIONS(56),
    [anon_sym_acme] = ACTIONS(56),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(56),
    [anon_sym_namespace_list] = ACTIONS(56),
    [anon_sym_no] = ACTIONS(11),
    [anon_sym_default] = ACTIONS(11),
    [anon_sym_DOTif] = ACTIONS(13),
    [anon_sym_DOTelif] = ACTIONS(13),
    [anon_sym_DOTelse] = ACTIONS(13),
    [anon_sym_DOTendif] = ACTIONS(13),
    [anon_sym_DOTdiag] = ACTIONS(15),
    [anon_sym_DOTnotice] = ACTIONS(15),
    [anon_sym_DOTwarning] = ACTIONS(15),
    [anon_sym_DOTalert] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(58),
  },
  [7] = {
    [sym__line_item] = STATE(7),
    [sym__section_item] = STATE(7),
    [sym_directive] = STATE(60),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_section_repeat2] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(60),
    [sym__word] = ACTIONS(62),
    [anon_sym_global] = ACTIONS(65),
    [anon_sym_defaults] = ACTIONS(65),
    [anon_sym_frontend] = ACTIONS(65),
    [anon_sym_backend] = ACTIONS(65),
    [anon_sym_listen] = ACTIONS(65),
    [anon_sym_peers] = ACTIONS(65),
    [anon_sym_resolvers] = ACTIONS(65),
    [anon_sym_userlist] = ACTIONS(65),
    [anon_sym_cache] = ACTIONS(65),
    [anon_sym_mailers] = ACTIONS(65),
    [anon_sym_http_DASHerrors] = ACTIONS(65),
    [anon_sym_ring] = ACTIONS(65),
    [anon_sym_log_DASHforward] = ACTIONS(65),
    [anon_sym_log_DASHprofile] = ACTIONS(65),
    [anon_sym_program] = ACTIONS(65),
    [anon_sym_crt_DASHstore] = ACTIONS(65),
    [anon_sym_fcgi_DASHapp] = ACTIONS(65),
    [anon_sym_traces] = ACTIONS(65),
    [anon_sym_acme] = ACTIONS(65),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(65),
    [anon_sym_namespace_list] = ACTIONS(65),
    [anon_sym_no] = ACTIONS(67),
    [anon_sym_default] = ACTIONS(67),
    [anon_sym_DOTif] = ACTIONS(70),
    [anon_sym_DOTelif] = ACTIONS(70),
    [anon_sym_DOTelse] = ACTIONS(70),
    [anon_sym_DOTendif] = ACTIONS(70),
    [anon_sym_DOTdiag] = ACTIONS(73),
    [anon_sym_DOTnotice] = ACTIONS(73),
    [anon_sym_DOTwarning] = ACTIONS(73),
    [anon_sym_DOTalert] = ACTIONS(73),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(76),
  },
  [8] = {
    [sym__line_item] = STATE(7),
    [sym__section_item] = STATE(7),
    [sym_directive] = STATE(60),
    [sym_conditional] = STATE(65),
    [sym_diagnostic] = STATE(65),
    [aux_sym_section_repeat2] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(79),
    [sym__word] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(81),
    [anon_sym_defaults] = ACTIONS(81),
    [anon_sym_frontend] = ACTIONS(81),
    [anon_sym_backend] = ACTIONS(81),
    [anon_sym_listen] = ACTIONS(81),
    [anon_sym_peers] = ACTIONS(81),
    [anon_sym_resolvers] = ACTIONS(81),
    [anon_sym_userlist] = ACTIONS(81),
    [anon_sym_cache] = ACTIONS(81),
    [anon_sym_mailers] = ACTIONS(81),
    [anon_sym_http_DASHerrors] = ACTIONS(81),
    [anon_sym_ring] = ACTIONS(81),
    [anon_sym_log_DASHforward] = ACTIONS(81),
    [anon_sym_log_DASHprofile] = ACTIONS(81),
    [anon_sym_program] = ACTIONS(81),
    [anon_sym_crt_DASHstore] = ACTIONS(81),
    [anon_sym_fcgi_DASHapp] = ACTIONS(81),
    [anon_sym_traces] = ACTIONS(81),
    [anon_sym_acme] = ACTIONS(81),
    [anon_sym_dynamic_DASHupdate] = ACTIONS(81),
    [anon_sym_namespace_list] = ACTIONS(81),
    [anon_sym_no] = ACTIONS(11),
    [anon_sym_default] = ACTIONS(11),
    [anon_sym_DOTif] = ACTIONS(13),
    [anon_sym_DOTelif] = ACTIONS(13),
    [anon_sym_DOTelse] = ACTIONS(13),
    [anon_sym_DOTendif] = ACTIONS(13),
    [anon_sym_DOTdiag] = ACTIONS(15),
    [anon_sym_DOTnotice] = ACTIONS(15),
    [anon_sym_DOTwarning] = ACTIONS(15),
    [anon_sym_DOTalert] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__blank] = ACTIONS(52),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 2,
      sym__blank,
      ts_builtin_sym_end,
    ACTIONS(85), 32,
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
    ACTIONS(87), 2,
      sym__blank,
      ts_builtin_sym_end,
    ACTIONS(89), 32,
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
    ACTIONS(91), 2,
      sym__blank,
      ts_builtin_sym_end,
    ACTIONS(93), 32,
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
    ACTIONS(95), 1,
      ts_builtin_sym_end,
    STATE(22), 1,
      sym_section_keyword,
    STATE(13), 2,
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
    STATE(22), 1,
      sym_section_keyword,
    STATE(13), 2,
      sym_section,
      aux_sym_source_file_repeat2,
    ACTIONS(101), 21,
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
    ACTIONS(19), 1,
      ts_builtin_sym_end,
    STATE(22), 1,
      sym_section_keyword,
    STATE(13), 2,
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
  [237] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(104), 1,
      sym__word,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(112), 1,
      sym__eol,
    STATE(17), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(57), 1,
      sym_condition,
    ACTIONS(106), 2,
      anon_sym_if,
      anon_sym_unless,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [273] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(104), 1,
      sym__word,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(114), 1,
      sym__eol,
    STATE(19), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(63), 1,
      sym_condition,
    ACTIONS(106), 2,
      anon_sym_if,
      anon_sym_unless,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [309] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(104), 1,
      sym__word,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(116), 1,
      sym__eol,
    STATE(19), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(61), 1,
      sym_condition,
    ACTIONS(106), 2,
      anon_sym_if,
      anon_sym_unless,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [345] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(104), 1,
      sym__word,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(118), 1,
      sym__eol,
    STATE(16), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(58), 1,
      sym_condition,
    ACTIONS(106), 2,
      anon_sym_if,
      anon_sym_unless,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [381] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(120), 1,
      sym__word,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(131), 1,
      sym__eol,
    STATE(19), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    ACTIONS(123), 2,
      anon_sym_if,
      anon_sym_unless,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(125), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [414] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      sym__eol,
    STATE(19), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [441] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(135), 1,
      sym__eol,
    STATE(27), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [468] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(137), 1,
      sym__eol,
    STATE(20), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [495] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(139), 1,
      sym__eol,
    STATE(31), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [522] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(145), 1,
      sym__concat,
    STATE(29), 1,
      aux_sym_argument_repeat1,
    ACTIONS(141), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(143), 6,
      sym__eol,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [545] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym__word,
    ACTIONS(149), 1,
      anon_sym_RBRACE,
    ACTIONS(153), 1,
      anon_sym_DQUOTE,
    STATE(28), 2,
      sym_argument,
      aux_sym_inline_acl_repeat1,
    STATE(41), 2,
      sym__piece,
      sym_string,
    ACTIONS(151), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [572] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(145), 1,
      sym__concat,
    STATE(24), 1,
      aux_sym_argument_repeat1,
    ACTIONS(155), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(157), 6,
      sym__eol,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [595] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      sym__eol,
    STATE(19), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [622] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym__word,
    ACTIONS(153), 1,
      anon_sym_DQUOTE,
    ACTIONS(161), 1,
      anon_sym_RBRACE,
    STATE(30), 2,
      sym_argument,
      aux_sym_inline_acl_repeat1,
    STATE(41), 2,
      sym__piece,
      sym_string,
    ACTIONS(151), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [649] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(167), 1,
      sym__concat,
    STATE(29), 1,
      aux_sym_argument_repeat1,
    ACTIONS(163), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(165), 6,
      sym__eol,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [672] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(170), 1,
      sym__word,
    ACTIONS(173), 1,
      anon_sym_RBRACE,
    ACTIONS(178), 1,
      anon_sym_DQUOTE,
    STATE(30), 2,
      sym_argument,
      aux_sym_inline_acl_repeat1,
    STATE(41), 2,
      sym__piece,
      sym_string,
    ACTIONS(175), 4,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      sym_raw_string,
  [699] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    ACTIONS(181), 1,
      sym__eol,
    STATE(19), 1,
      aux_sym_section_repeat1,
    STATE(39), 1,
      sym_argument,
    STATE(26), 2,
      sym__piece,
      sym_string,
    ACTIONS(108), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [726] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 1,
      anon_sym_LBRACE,
    ACTIONS(187), 1,
      sym__eol,
    ACTIONS(189), 1,
      sym__bang,
    ACTIONS(191), 1,
      sym_acl_reference,
    ACTIONS(183), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
    STATE(35), 4,
      sym_negation,
      sym_or_operator,
      sym_inline_acl,
      aux_sym_condition_repeat1,
  [752] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(193), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(195), 7,
      sym__eol,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [770] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(199), 7,
      sym__eol,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [788] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 1,
      anon_sym_LBRACE,
    ACTIONS(189), 1,
      sym__bang,
    ACTIONS(201), 1,
      sym__eol,
    ACTIONS(203), 1,
      sym_acl_reference,
    ACTIONS(183), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
    STATE(36), 4,
      sym_negation,
      sym_or_operator,
      sym_inline_acl,
      aux_sym_condition_repeat1,
  [814] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 1,
      anon_sym_LBRACE,
    ACTIONS(211), 1,
      sym__eol,
    ACTIONS(213), 1,
      sym__bang,
    ACTIONS(216), 1,
      sym_acl_reference,
    ACTIONS(205), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
    STATE(36), 4,
      sym_negation,
      sym_or_operator,
      sym_inline_acl,
      aux_sym_condition_repeat1,
  [840] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(165), 7,
      sym__eol,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [858] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(219), 1,
      sym__concat,
    STATE(38), 1,
      aux_sym_argument_repeat1,
    ACTIONS(163), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(165), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [879] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(222), 3,
      anon_sym_if,
      anon_sym_unless,
      sym__word,
    ACTIONS(224), 6,
      sym__eol,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [896] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(226), 1,
      sym__concat,
    STATE(38), 1,
      aux_sym_argument_repeat1,
    ACTIONS(141), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(143), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [917] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(226), 1,
      sym__concat,
    STATE(40), 1,
      aux_sym_argument_repeat1,
    ACTIONS(155), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(157), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [938] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_DQUOTE,
    STATE(37), 2,
      sym__piece,
      sym_string,
    ACTIONS(228), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [956] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 1,
      anon_sym_DQUOTE,
    STATE(44), 2,
      sym__piece,
      sym_string,
    ACTIONS(230), 5,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      sym_raw_string,
  [974] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(165), 6,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [990] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(199), 6,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1006] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(193), 2,
      anon_sym_RBRACE,
      sym__word,
    ACTIONS(195), 6,
      sym__concat,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1022] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(232), 7,
      sym__eol,
      sym__sample_bare,
      anon_sym_PERCENT,
      sym__word,
      sym_escape,
      anon_sym_DQUOTE,
      sym_raw_string,
  [1035] = 4,
    ACTIONS(234), 1,
      anon_sym_DQUOTE2,
    ACTIONS(238), 1,
      sym_comment,
    STATE(50), 1,
      aux_sym_string_repeat1,
    ACTIONS(236), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1051] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(240), 6,
      sym__eol,
      sym__bang,
      sym_acl_reference,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1063] = 4,
    ACTIONS(238), 1,
      sym_comment,
    ACTIONS(242), 1,
      anon_sym_DQUOTE2,
    STATE(51), 1,
      aux_sym_string_repeat1,
    ACTIONS(244), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1079] = 4,
    ACTIONS(238), 1,
      sym_comment,
    ACTIONS(246), 1,
      anon_sym_DQUOTE2,
    STATE(51), 1,
      aux_sym_string_repeat1,
    ACTIONS(248), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1095] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(251), 6,
      sym__eol,
      sym__bang,
      sym_acl_reference,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1107] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(253), 6,
      sym__eol,
      sym__bang,
      sym_acl_reference,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1119] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(255), 6,
      sym__eol,
      sym__bang,
      sym_acl_reference,
      anon_sym_PIPE_PIPE,
      anon_sym_or,
      anon_sym_LBRACE,
  [1131] = 4,
    ACTIONS(238), 1,
      sym_comment,
    ACTIONS(257), 1,
      anon_sym_DQUOTE2,
    STATE(56), 1,
      aux_sym_string_repeat1,
    ACTIONS(259), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1147] = 4,
    ACTIONS(238), 1,
      sym_comment,
    ACTIONS(261), 1,
      anon_sym_DQUOTE2,
    STATE(51), 1,
      aux_sym_string_repeat1,
    ACTIONS(244), 4,
      sym__sample_string,
      sym__string_content,
      sym__string_escape,
      sym_variable,
  [1163] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(263), 1,
      sym__eol,
  [1170] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(265), 1,
      sym__eol,
  [1177] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(267), 1,
      ts_builtin_sym_end,
  [1184] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(269), 1,
      sym__eol,
  [1191] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(271), 1,
      sym__eol,
  [1198] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym__word,
  [1205] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(275), 1,
      sym__eol,
  [1212] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 1,
      sym__eol,
  [1219] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 1,
      sym__eol,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(9)] = 0,
  [SMALL_STATE(10)] = 42,
  [SMALL_STATE(11)] = 84,
  [SMALL_STATE(12)] = 126,
  [SMALL_STATE(13)] = 163,
  [SMALL_STATE(14)] = 200,
  [SMALL_STATE(15)] = 237,
  [SMALL_STATE(16)] = 273,
  [SMALL_STATE(17)] = 309,
  [SMALL_STATE(18)] = 345,
  [SMALL_STATE(19)] = 381,
  [SMALL_STATE(20)] = 414,
  [SMALL_STATE(21)] = 441,
  [SMALL_STATE(22)] = 468,
  [SMALL_STATE(23)] = 495,
  [SMALL_STATE(24)] = 522,
  [SMALL_STATE(25)] = 545,
  [SMALL_STATE(26)] = 572,
  [SMALL_STATE(27)] = 595,
  [SMALL_STATE(28)] = 622,
  [SMALL_STATE(29)] = 649,
  [SMALL_STATE(30)] = 672,
  [SMALL_STATE(31)] = 699,
  [SMALL_STATE(32)] = 726,
  [SMALL_STATE(33)] = 752,
  [SMALL_STATE(34)] = 770,
  [SMALL_STATE(35)] = 788,
  [SMALL_STATE(36)] = 814,
  [SMALL_STATE(37)] = 840,
  [SMALL_STATE(38)] = 858,
  [SMALL_STATE(39)] = 879,
  [SMALL_STATE(40)] = 896,
  [SMALL_STATE(41)] = 917,
  [SMALL_STATE(42)] = 938,
  [SMALL_STATE(43)] = 956,
  [SMALL_STATE(44)] = 974,
  [SMALL_STATE(45)] = 990,
  [SMALL_STATE(46)] = 1006,
  [SMALL_STATE(47)] = 1022,
  [SMALL_STATE(48)] = 1035,
  [SMALL_STATE(49)] = 1051,
  [SMALL_STATE(50)] = 1063,
  [SMALL_STATE(51)] = 1079,
  [SMALL_STATE(52)] = 1095,
  [SMALL_STATE(53)] = 1107,
  [SMALL_STATE(54)] = 1119,
  [SMALL_STATE(55)] = 1131,
  [SMALL_STATE(56)] = 1147,
  [SMALL_STATE(57)] = 1163,
  [SMALL_STATE(58)] = 1170,
  [SMALL_STATE(59)] = 1177,
  [SMALL_STATE(60)] = 1184,
  [SMALL_STATE(61)] = 1191,
  [SMALL_STATE(62)] = 1198,
  [SMALL_STATE(63)] = 1205,
  [SMALL_STATE(64)] = 1212,
  [SMALL_STATE(65)] = 1219,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [19] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [23] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, 0, 1),
  [25] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2, 0, 1),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [29] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [31] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(15),
  [34] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [36] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(62),
  [39] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(21),
  [42] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [45] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(4),
  [48] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, 0, 1),
  [50] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, 0, 1),
  [52] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [54] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, 0, 5),
  [56] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, 0, 5),
  [58] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [60] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0),
  [62] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(15),
  [65] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0),
  [67] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(62),
  [70] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(21),
  [73] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(23),
  [76] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat2, 2, 0, 0), SHIFT_REPEAT(7),
  [79] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 4, 0, 5),
  [81] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 4, 0, 5),
  [83] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__line_item, 2, 0, 0),
  [85] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__line_item, 2, 0, 0),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_level_item, 2, 0, 0),
  [89] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_level_item, 2, 0, 0),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section_item, 2, 0, 0),
  [93] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__section_item, 2, 0, 0),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [99] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [101] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(47),
  [104] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [106] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [112] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 1, 0, 2),
  [114] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 10),
  [116] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 8),
  [118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 3),
  [120] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 2, 0, 11), SHIFT_REPEAT(26),
  [123] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 2, 0, 11),
  [125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, 0, 11), SHIFT_REPEAT(26),
  [128] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, 0, 11), SHIFT_REPEAT(48),
  [131] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, 0, 11),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 1, 0, 1),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_diagnostic, 1, 0, 1),
  [141] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument, 2, 0, 0),
  [143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument, 2, 0, 0),
  [145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [147] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [149] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [155] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument, 1, 0, 0),
  [157] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument, 1, 0, 0),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 2, 0, 5),
  [161] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [163] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0),
  [165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0),
  [167] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0), SHIFT_REPEAT(42),
  [170] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0), SHIFT_REPEAT(41),
  [173] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0),
  [175] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0), SHIFT_REPEAT(41),
  [178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inline_acl_repeat1, 2, 0, 0), SHIFT_REPEAT(55),
  [181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_diagnostic, 2, 0, 5),
  [183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 1, 0, 6),
  [189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [193] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2, 0, 0),
  [195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2, 0, 0),
  [197] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3, 0, 0),
  [199] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3, 0, 0),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 2, 0, 6),
  [203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [205] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(52),
  [208] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(25),
  [211] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0),
  [213] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(54),
  [216] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_condition_repeat1, 2, 0, 0), SHIFT_REPEAT(36),
  [219] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_repeat1, 2, 0, 0), SHIFT_REPEAT(43),
  [222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 1, 0, 4),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 1, 0, 4),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_keyword, 1, 0, 0),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [238] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_acl, 2, 0, 0),
  [242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0),
  [248] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0), SHIFT_REPEAT(51),
  [251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_or_operator, 1, 0, 0),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_acl, 3, 0, 0),
  [255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_negation, 1, 0, 0),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [263] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 7),
  [265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 9),
  [267] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [271] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 12),
  [273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [275] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 4, 0, 13),
  [277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__eol = 0,
  ts_external_token__blank = 1,
  ts_external_token__concat = 2,
  ts_external_token__sample_bare = 3,
  ts_external_token__sample_string = 4,
  ts_external_token__bang = 5,
  ts_external_token_acl_reference = 6,
  ts_external_token__error_sentinel = 7,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__eol] = sym__eol,
  [ts_external_token__blank] = sym__blank,
  [ts_external_token__concat] = sym__concat,
  [ts_external_token__sample_bare] = sym__sample_bare,
  [ts_external_token__sample_string] = sym__sample_string,
  [ts_external_token__bang] = sym__bang,
  [ts_external_token_acl_reference] = sym_acl_reference,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[10][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__eol] = true,
    [ts_external_token__blank] = true,
    [ts_external_token__concat] = true,
    [ts_external_token__sample_bare] = true,
    [ts_external_token__sample_string] = true,
    [ts_external_token__bang] = true,
    [ts_external_token_acl_reference] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token__blank] = true,
  },
  [3] = {
    [ts_external_token__eol] = true,
    [ts_external_token__sample_bare] = true,
  },
  [4] = {
    [ts_external_token__eol] = true,
    [ts_external_token__concat] = true,
    [ts_external_token__sample_bare] = true,
  },
  [5] = {
    [ts_external_token__sample_bare] = true,
  },
  [6] = {
    [ts_external_token__eol] = true,
    [ts_external_token__bang] = true,
    [ts_external_token_acl_reference] = true,
  },
  [7] = {
    [ts_external_token__concat] = true,
    [ts_external_token__sample_bare] = true,
  },
  [8] = {
    [ts_external_token__sample_string] = true,
  },
  [9] = {
    [ts_external_token__eol] = true,
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
