#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 24
#define LARGE_STATE_COUNT 3
#define SYMBOL_COUNT 18
#define ALIAS_COUNT 0
#define TOKEN_COUNT 11
#define EXTERNAL_TOKEN_COUNT 7
#define FIELD_COUNT 3
#define MAX_ALIAS_SEQUENCE_LENGTH 3
#define PRODUCTION_ID_COUNT 7

enum ts_symbol_identifiers {
  anon_sym_SEMI = 1,
  anon_sym_LBRACE = 2,
  anon_sym_RBRACE = 3,
  sym_word = 4,
  sym_string = 5,
  sym_comment = 6,
  sym__lua_block_name = 7,
  sym__lua_block_string_name = 8,
  sym_lua_code = 9,
  sym__error_sentinel = 10,
  sym_source_file = 11,
  sym_directive = 12,
  sym__value = 13,
  sym_block = 14,
  sym_lua_block = 15,
  aux_sym_source_file_repeat1 = 16,
  aux_sym_directive_repeat1 = 17,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_SEMI] = ";",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [sym_word] = "word",
  [sym_string] = "string",
  [sym_comment] = "comment",
  [sym__lua_block_name] = "word",
  [sym__lua_block_string_name] = "string",
  [sym_lua_code] = "lua_code",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym_directive] = "directive",
  [sym__value] = "_value",
  [sym_block] = "block",
  [sym_lua_block] = "lua_block",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_directive_repeat1] = "directive_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [sym_word] = sym_word,
  [sym_string] = sym_string,
  [sym_comment] = sym_comment,
  [sym__lua_block_name] = sym_word,
  [sym__lua_block_string_name] = sym_string,
  [sym_lua_code] = sym_lua_code,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym_directive] = sym_directive,
  [sym__value] = sym__value,
  [sym_block] = sym_block,
  [sym_lua_block] = sym_lua_block,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_directive_repeat1] = aux_sym_directive_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_SEMI] = {
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
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__lua_block_name] = {
    .visible = true,
    .named = true,
  },
  [sym__lua_block_string_name] = {
    .visible = true,
    .named = true,
  },
  [sym_lua_code] = {
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
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [sym__value] = {
    .visible = false,
    .named = true,
  },
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym_lua_block] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_directive_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_argument = 1,
  field_body = 2,
  field_name = 3,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_body] = "body",
  [field_name] = "name",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 2},
  [3] = {.index = 3, .length = 1},
  [4] = {.index = 4, .length = 3},
  [5] = {.index = 7, .length = 2},
  [6] = {.index = 9, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_argument, 0},
  [1] =
    {field_body, 1},
    {field_name, 0},
  [3] =
    {field_name, 0},
  [4] =
    {field_argument, 1, .inherited = true},
    {field_body, 2},
    {field_name, 0},
  [7] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [9] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
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
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(1);
      if (lookahead == ';') ADVANCE(2);
      if (lookahead == '{') ADVANCE(3);
      if (lookahead == '}') ADVANCE(4);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(0);
      END_STATE();
    case 1:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 2:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 3:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 4:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 0, .external_lex_state = 2},
  [2] = {.lex_state = 0, .external_lex_state = 2},
  [3] = {.lex_state = 0, .external_lex_state = 2},
  [4] = {.lex_state = 0, .external_lex_state = 2},
  [5] = {.lex_state = 0, .external_lex_state = 2},
  [6] = {.lex_state = 0, .external_lex_state = 3},
  [7] = {.lex_state = 0, .external_lex_state = 3},
  [8] = {.lex_state = 0, .external_lex_state = 2},
  [9] = {.lex_state = 0, .external_lex_state = 3},
  [10] = {.lex_state = 0, .external_lex_state = 3},
  [11] = {.lex_state = 0, .external_lex_state = 2},
  [12] = {.lex_state = 0, .external_lex_state = 3},
  [13] = {.lex_state = 0, .external_lex_state = 2},
  [14] = {.lex_state = 0, .external_lex_state = 2},
  [15] = {.lex_state = 0, .external_lex_state = 2},
  [16] = {.lex_state = 0, .external_lex_state = 2},
  [17] = {.lex_state = 0, .external_lex_state = 2},
  [18] = {.lex_state = 0, .external_lex_state = 2},
  [19] = {.lex_state = 0, .external_lex_state = 2},
  [20] = {.lex_state = 0, .external_lex_state = 3},
  [21] = {.lex_state = 0, .external_lex_state = 4},
  [22] = {.lex_state = 0, .external_lex_state = 5},
  [23] = {.lex_state = 0, .external_lex_state = 5},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [sym_word] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym__lua_block_name] = ACTIONS(1),
    [sym__lua_block_string_name] = ACTIONS(1),
    [sym_lua_code] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(22),
    [sym_directive] = STATE(3),
    [sym__value] = STATE(6),
    [aux_sym_source_file_repeat1] = STATE(3),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym_word] = ACTIONS(7),
    [sym_string] = ACTIONS(7),
    [sym_comment] = ACTIONS(3),
    [sym__lua_block_name] = ACTIONS(9),
    [sym__lua_block_string_name] = ACTIONS(9),
  },
  [2] = {
    [sym_directive] = STATE(2),
    [sym__value] = STATE(6),
    [aux_sym_source_file_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(11),
    [anon_sym_RBRACE] = ACTIONS(11),
    [sym_word] = ACTIONS(13),
    [sym_string] = ACTIONS(13),
    [sym_comment] = ACTIONS(3),
    [sym__lua_block_name] = ACTIONS(16),
    [sym__lua_block_string_name] = ACTIONS(16),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      sym__value,
    ACTIONS(7), 2,
      sym_word,
      sym_string,
    ACTIONS(9), 2,
      sym__lua_block_name,
      sym__lua_block_string_name,
    STATE(2), 2,
      sym_directive,
      aux_sym_source_file_repeat1,
  [22] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(21), 1,
      anon_sym_RBRACE,
    STATE(6), 1,
      sym__value,
    ACTIONS(7), 2,
      sym_word,
      sym_string,
    ACTIONS(9), 2,
      sym__lua_block_name,
      sym__lua_block_string_name,
    STATE(5), 2,
      sym_directive,
      aux_sym_source_file_repeat1,
  [44] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_RBRACE,
    STATE(6), 1,
      sym__value,
    ACTIONS(7), 2,
      sym_word,
      sym_string,
    ACTIONS(9), 2,
      sym__lua_block_name,
      sym__lua_block_string_name,
    STATE(2), 2,
      sym_directive,
      aux_sym_source_file_repeat1,
  [66] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(25), 1,
      anon_sym_SEMI,
    ACTIONS(27), 1,
      anon_sym_LBRACE,
    STATE(7), 1,
      aux_sym_directive_repeat1,
    STATE(8), 1,
      sym_block,
    STATE(20), 1,
      sym__value,
    ACTIONS(29), 2,
      sym_word,
      sym_string,
  [89] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LBRACE,
    ACTIONS(31), 1,
      anon_sym_SEMI,
    STATE(12), 1,
      aux_sym_directive_repeat1,
    STATE(17), 1,
      sym_block,
    STATE(20), 1,
      sym__value,
    ACTIONS(29), 2,
      sym_word,
      sym_string,
  [112] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [124] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(35), 1,
      anon_sym_LBRACE,
    STATE(8), 1,
      sym_lua_block,
    STATE(10), 1,
      aux_sym_directive_repeat1,
    STATE(20), 1,
      sym__value,
    ACTIONS(29), 2,
      sym_word,
      sym_string,
  [144] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(35), 1,
      anon_sym_LBRACE,
    STATE(12), 1,
      aux_sym_directive_repeat1,
    STATE(13), 1,
      sym_lua_block,
    STATE(20), 1,
      sym__value,
    ACTIONS(29), 2,
      sym_word,
      sym_string,
  [164] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(37), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [176] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(12), 1,
      aux_sym_directive_repeat1,
    STATE(20), 1,
      sym__value,
    ACTIONS(39), 2,
      anon_sym_SEMI,
      anon_sym_LBRACE,
    ACTIONS(41), 2,
      sym_word,
      sym_string,
  [194] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(44), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [206] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(46), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [218] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(48), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [230] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(50), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [242] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(44), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [254] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(52), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [266] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(54), 6,
      sym_word,
      sym_string,
      sym__lua_block_name,
      sym__lua_block_string_name,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
  [278] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(56), 4,
      sym_word,
      sym_string,
      anon_sym_SEMI,
      anon_sym_LBRACE,
  [288] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(58), 1,
      anon_sym_RBRACE,
    ACTIONS(60), 1,
      sym_lua_code,
  [298] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(62), 1,
      ts_builtin_sym_end,
  [305] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(64), 1,
      anon_sym_RBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(3)] = 0,
  [SMALL_STATE(4)] = 22,
  [SMALL_STATE(5)] = 44,
  [SMALL_STATE(6)] = 66,
  [SMALL_STATE(7)] = 89,
  [SMALL_STATE(8)] = 112,
  [SMALL_STATE(9)] = 124,
  [SMALL_STATE(10)] = 144,
  [SMALL_STATE(11)] = 164,
  [SMALL_STATE(12)] = 176,
  [SMALL_STATE(13)] = 194,
  [SMALL_STATE(14)] = 206,
  [SMALL_STATE(15)] = 218,
  [SMALL_STATE(16)] = 230,
  [SMALL_STATE(17)] = 242,
  [SMALL_STATE(18)] = 254,
  [SMALL_STATE(19)] = 266,
  [SMALL_STATE(20)] = 278,
  [SMALL_STATE(21)] = 288,
  [SMALL_STATE(22)] = 298,
  [SMALL_STATE(23)] = 305,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [11] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [13] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [16] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [19] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [33] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 2),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 3),
  [39] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 5),
  [41] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 5), SHIFT_REPEAT(20),
  [44] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 4),
  [46] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 2, 0, 0),
  [48] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 6),
  [50] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 2, 0, 0),
  [52] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 3, 0, 0),
  [54] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3, 0, 0),
  [56] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 1, 0, 1),
  [58] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [60] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [62] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [64] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token_word = 0,
  ts_external_token_string = 1,
  ts_external_token_comment = 2,
  ts_external_token__lua_block_name = 3,
  ts_external_token__lua_block_string_name = 4,
  ts_external_token_lua_code = 5,
  ts_external_token__error_sentinel = 6,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token_word] = sym_word,
  [ts_external_token_string] = sym_string,
  [ts_external_token_comment] = sym_comment,
  [ts_external_token__lua_block_name] = sym__lua_block_name,
  [ts_external_token__lua_block_string_name] = sym__lua_block_string_name,
  [ts_external_token_lua_code] = sym_lua_code,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[6][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token_word] = true,
    [ts_external_token_string] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__lua_block_name] = true,
    [ts_external_token__lua_block_string_name] = true,
    [ts_external_token_lua_code] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token_word] = true,
    [ts_external_token_string] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__lua_block_name] = true,
    [ts_external_token__lua_block_string_name] = true,
  },
  [3] = {
    [ts_external_token_word] = true,
    [ts_external_token_string] = true,
    [ts_external_token_comment] = true,
  },
  [4] = {
    [ts_external_token_comment] = true,
    [ts_external_token_lua_code] = true,
  },
  [5] = {
    [ts_external_token_comment] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_nginx_external_scanner_create(void);
void tree_sitter_nginx_external_scanner_destroy(void *);
bool tree_sitter_nginx_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_nginx_external_scanner_serialize(void *, char *);
void tree_sitter_nginx_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_nginx(void) {
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
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_nginx_external_scanner_create,
      tree_sitter_nginx_external_scanner_destroy,
      tree_sitter_nginx_external_scanner_scan,
      tree_sitter_nginx_external_scanner_serialize,
      tree_sitter_nginx_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
