/*
 * External scanner for tree-sitter-nginx.
 *
 * Cuts words, strings and comments exactly like nginx's ngx_conf_read_token()
 * (src/core/ngx_conf_file.c), and the raw body of `*_by_lua_block` directives like
 * lua-nginx-module's block lexer (braces inside Lua strings and comments do not count).
 * Stateless: no allocation, nothing to serialize.
 */
#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>

enum TokenType {
  WORD,
  STRING,
  COMMENT,
  LUA_BLOCK_NAME,
  LUA_BLOCK_STRING_NAME,
  LUA_CODE,
  ERROR_SENTINEL,
};

static inline bool is_space(int32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

static const char LUA_SUFFIX[] = "_by_lua_block";
#define LUA_SUFFIX_LEN (sizeof(LUA_SUFFIX) - 1)

/* Remembers the last LUA_SUFFIX_LEN characters of a token (a ring buffer) to recognise the
 * names of `*_by_lua_block` directives. An escaped character breaks the name. */
typedef struct {
  char ring[LUA_SUFFIX_LEN];
  unsigned length;
} Tail;

static inline void tail_push(Tail *tail, int32_t c) {
  tail->ring[tail->length % LUA_SUFFIX_LEN] = (c > 0 && c < 128) ? (char)c : '\0';
  tail->length++;
}

static bool tail_is_lua_block_name(const Tail *tail) {
  if (tail->length <= LUA_SUFFIX_LEN) return false;
  for (unsigned i = 0; i < LUA_SUFFIX_LEN; i++) {
    if (tail->ring[(tail->length + i) % LUA_SUFFIX_LEN] != LUA_SUFFIX[i]) return false;
  }
  return true;
}

/* `#` up to (not including) the end of the line; a CR before the LF stays outside. */
static bool scan_comment(TSLexer *lexer) {
  advance(lexer);
  lexer->mark_end(lexer);
  while (!lexer->eof(lexer) && lexer->lookahead != '\n') {
    bool cr = lexer->lookahead == '\r';
    advance(lexer);
    if (!cr) lexer->mark_end(lexer);
  }
  lexer->result_symbol = COMMENT;
  return true;
}

/*
 * A quoted string: backslash escapes the next character, line ends may appear inside.
 * nginx then requires a space, `;`, `{` or `)` right after the closing quote ("unexpected
 * X" otherwise); `}` and the end of the file are accepted here because the grammar reports
 * them anyway (missing `;`). Anything else, and a string that never ends, is not a token,
 * which makes the parser report an ERROR.
 */
static bool scan_string(TSLexer *lexer, const bool *valid_symbols) {
  int32_t quote = lexer->lookahead;
  Tail tail = {{0}, 0};
  advance(lexer);
  for (;;) {
    if (lexer->eof(lexer)) return false;
    int32_t c = lexer->lookahead;
    advance(lexer);
    if (c == '\\') {
      if (lexer->eof(lexer)) return false;
      advance(lexer);
      tail.length = 0;
    } else if (c == quote) {
      break;
    } else {
      tail_push(&tail, c);
    }
  }
  lexer->mark_end(lexer);
  int32_t c = lexer->lookahead;
  if (!lexer->eof(lexer) && !is_space(c) && c != ';' && c != '{' && c != '}' && c != ')') {
    return false;
  }
  lexer->result_symbol = valid_symbols[LUA_BLOCK_STRING_NAME] && tail_is_lua_block_name(&tail)
                            ? LUA_BLOCK_STRING_NAME
                            : STRING;
  return valid_symbols[lexer->result_symbol];
}


/*
 * An unquoted word. Ends before space, tab, CR, LF, `;` or `{`, except that a `{` right
 * after `$` belongs to the word (`${var}`); `}` is an ordinary character inside a word.
 * A backslash takes the next character whatever it is.
 */
static bool scan_word(TSLexer *lexer, const bool *valid_symbols) {
  bool variable = false;
  Tail tail = {{0}, 0};
  for (;;) {
    if (lexer->eof(lexer)) break;
    int32_t c = lexer->lookahead;
    if (c == '\\') {
      advance(lexer);
      variable = false;
      if (!lexer->eof(lexer)) advance(lexer);
      tail.length = 0; /* an escaped name is never a Lua-block name */
      continue;
    }
    if (c == '{' && variable) {
      advance(lexer);
      tail.length = 0;
      continue;
    }
    if (is_space(c) || c == ';' || c == '{') break;
    variable = c == '$';
    tail_push(&tail, c);
    advance(lexer);
  }
  lexer->mark_end(lexer);
  lexer->result_symbol = WORD;
  if (valid_symbols[LUA_BLOCK_NAME] && tail_is_lua_block_name(&tail)) {
    lexer->result_symbol = LUA_BLOCK_NAME;
  }
  return valid_symbols[lexer->result_symbol];
}

/* Skips a Lua long bracket `[==[ ... ]==]` whose opening `[` has been consumed. Returns false
 * (consuming nothing more) when the `[` does not open a long bracket. */
static bool skip_lua_long_bracket(TSLexer *lexer) {
  unsigned level = 0;
  while (lexer->lookahead == '=') {
    advance(lexer);
    level++;
  }
  if (lexer->lookahead != '[') return level == 0 ? false : true; /* `[=` is not Lua anyway */
  advance(lexer);
  for (;;) {
    if (lexer->eof(lexer)) return true;
    int32_t c = lexer->lookahead;
    advance(lexer);
    if (c != ']') continue;
    unsigned n = 0;
    while (lexer->lookahead == '=') {
      advance(lexer);
      n++;
    }
    if (n == level && lexer->lookahead == ']') {
      advance(lexer);
      return true;
    }
  }
}

/*
 * The raw Lua code of a `*_by_lua_block { ... }`, from its first non-blank character to its
 * last one before the `}` that balances the opening `{`. Braces inside Lua strings ('...',
 * "...", [[...]], [==[...]==]) and comments (`--` to the end of the line, `--[[ ... ]]`) do
 * not count. A short string also ends at a line end, so that an unterminated one does not
 * swallow the rest of the file.
 */
static bool scan_lua_code(TSLexer *lexer) {
  unsigned depth = 0;
  bool any = false;
  while (is_space(lexer->lookahead)) lexer->advance(lexer, true);
  for (;;) {
    if (lexer->eof(lexer)) break;
    int32_t c = lexer->lookahead;
    if (is_space(c)) {
      advance(lexer);
      continue;
    }
    if (c == '}') {
      if (depth == 0) break;
      depth--;
      advance(lexer);
    } else if (c == '{') {
      depth++;
      advance(lexer);
    } else if (c == '"' || c == '\'') {
      advance(lexer);
      while (!lexer->eof(lexer) && lexer->lookahead != '\n') {
        int32_t d = lexer->lookahead;
        advance(lexer);
        if (d == '\\') {
          if (!lexer->eof(lexer)) advance(lexer);
        } else if (d == c) {
          break;
        }
      }
    } else if (c == '[') {
      advance(lexer);
      skip_lua_long_bracket(lexer);
    } else if (c == '-') {
      advance(lexer);
      if (lexer->lookahead == '-') {
        advance(lexer);
        if (lexer->lookahead == '[') {
          advance(lexer);
          if (skip_lua_long_bracket(lexer)) {
            any = true;
            lexer->mark_end(lexer);
            continue;
          }
        }
        /* A line comment: stop before the line end (and a CR before it). */
        while (!lexer->eof(lexer) && lexer->lookahead != '\n') {
          bool cr = lexer->lookahead == '\r';
          advance(lexer);
          if (!cr) lexer->mark_end(lexer);
        }
        any = true;
        continue;
      }
    } else {
      advance(lexer);
    }
    any = true;
    lexer->mark_end(lexer);
  }
  lexer->result_symbol = LUA_CODE;
  return any;
}

void *tree_sitter_nginx_external_scanner_create(void) { return NULL; }
void tree_sitter_nginx_external_scanner_destroy(void *payload) { (void)payload; }
unsigned tree_sitter_nginx_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}
void tree_sitter_nginx_external_scanner_deserialize(void *payload, const char *buffer,
                                                    unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

bool tree_sitter_nginx_external_scanner_scan(void *payload, TSLexer *lexer,
                                            const bool *valid_symbols) {
  (void)payload;
  bool recovering = valid_symbols[ERROR_SENTINEL];

  if (valid_symbols[LUA_CODE] && !recovering) {
    return scan_lua_code(lexer);
  }

  while (is_space(lexer->lookahead)) lexer->advance(lexer, true);
  if (lexer->eof(lexer)) return false;

  int32_t c = lexer->lookahead;
  if (c == ';' || c == '{' || c == '}') return false; /* punctuation: the internal lexer */
  if (c == '#') return valid_symbols[COMMENT] && scan_comment(lexer);
  if (c == '"' || c == '\'') {
    if (!valid_symbols[STRING] && !valid_symbols[LUA_BLOCK_STRING_NAME]) return false;
    return scan_string(lexer, valid_symbols);
  }
  if (!valid_symbols[WORD] && !valid_symbols[LUA_BLOCK_NAME]) return false;
  return scan_word(lexer, valid_symbols);
}
