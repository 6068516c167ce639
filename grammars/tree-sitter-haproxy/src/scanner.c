/*
 * External scanner for tree-sitter-haproxy.
 *
 * Stateless (nothing to serialize): every decision depends only on the
 * characters ahead and on which tokens the parser can accept (valid_symbols).
 * Hot path: at most positions the scanner looks at one or two characters and
 * returns false; plain words are lexed by the grammar's own lexer (small inline
 * leaves, much cheaper than external tokens).
 *
 *  EOF            zero-width, at the end of a file whose last line holds
 *                 something but no newline (it ends that line).
 *  CONCAT         zero-width, emitted when the next character continues the
 *                 current token (no whitespace, not `#`, not end of line).
 *  SAMPLE_BARE    `%[...]` / `%{flags}[...]` outside quotes: brackets nest
 *                 (those inside parentheses do not count), and quotes and
 *                 escapes inside follow HAProxy's tokenizer rules.
 *  SAMPLE_STRING  the same inside a "..." string: ends before the closing `"`.
 *  BANG           `!` at the start of a condition word (`!is_api`, `! is_api`).
 *  ACL_REFERENCE  any other condition word, except the whole words `||`, `or`,
 *                 `{` and `}`, which the grammar lexes as keywords (so a stray
 *                 `}` in a condition is a syntax error).
 */
#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>

enum TokenType {
  EOF_LINE_END,
  CONCAT,
  SAMPLE_BARE,
  SAMPLE_STRING,
  BANG,
  ACL_REFERENCE,
  ERROR_SENTINEL,
};

static inline bool is_blank(int32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

static inline bool is_line_end(TSLexer *lexer) {
  return lexer->lookahead == '\n' || lexer->eof(lexer);
}

/* A character that ends the current token (whitespace, line end, comment). */
static inline bool ends_token(TSLexer *lexer) {
  int32_t c = lexer->lookahead;
  return is_blank(c) || c == '#' || is_line_end(lexer);
}

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

static inline void skip(TSLexer *lexer) { lexer->advance(lexer, true); }

/*
 * Scans `%[...]` or `%{...}[...]` starting at `%`. Outside quotes
 * (in_string == false) the expression may contain quoted parts and escapes, and
 * ends at unquoted whitespace; inside a string it may contain spaces but not an
 * unescaped `"`. Returns false (and the parser falls back to a plain `%`) when
 * the expression is not closed within the same token.
 */
static bool scan_sample(TSLexer *lexer, bool in_string) {
  advance(lexer); /* % */
  if (lexer->lookahead == '{') {
    while (lexer->lookahead != '}') {
      if (is_line_end(lexer) || is_blank(lexer->lookahead) || lexer->lookahead == '"') return false;
      advance(lexer);
    }
    advance(lexer); /* } */
  }
  if (lexer->lookahead != '[') return false;
  advance(lexer);
  unsigned depth = 1, parens = 0;
  bool dquote = false, squote = false;
  for (;;) {
    if (is_line_end(lexer)) return false;
    int32_t c = lexer->lookahead;
    if (in_string) {
      if (c == '"') return false;
      if (c == '\\') {
        advance(lexer);
        if (is_line_end(lexer)) return false;
        advance(lexer);
        continue;
      }
    } else if (squote) {
      if (c == '\'') squote = false;
      advance(lexer);
      continue;
    } else {
      if (c == '\\') {
        advance(lexer);
        if (is_line_end(lexer)) return false;
        advance(lexer);
        continue;
      }
      if (c == '"') {
        dquote = !dquote;
        advance(lexer);
        continue;
      }
      if (!dquote && c == '\'') {
        squote = true;
        advance(lexer);
        continue;
      }
      if (!dquote && (is_blank(c) || c == '#')) return false;
    }
    advance(lexer);
    /* Brackets inside converter/fetch arguments (`field(1,[)`) do not count. */
    if (c == '(') {
      parens++;
    } else if (c == ')') {
      if (parens > 0) parens--;
    } else if (parens > 0) {
      continue;
    } else if (c == '[') {
      depth++;
    } else if (c == ']' && --depth == 0) {
      if (dquote || squote) return false;
      lexer->mark_end(lexer);
      return true;
    }
  }
}

void *tree_sitter_haproxy_external_scanner_create(void) { return NULL; }

void tree_sitter_haproxy_external_scanner_destroy(void *payload) { (void)payload; }

unsigned tree_sitter_haproxy_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_haproxy_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

bool tree_sitter_haproxy_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;

  /* Error recovery: let the grammar's lexer find the newline that ends the
   * broken line; never offer a zero-width token here (it could loop). */
  if (valid_symbols[ERROR_SENTINEL]) return false;

  /* Tokens that must touch what precedes them: no whitespace skipping. */
  if (valid_symbols[CONCAT] && !ends_token(lexer)) {
    lexer->result_symbol = CONCAT;
    return true;
  }
  if (valid_symbols[SAMPLE_STRING]) {
    /* Inside a "..." string nothing else is external. */
    if (lexer->lookahead != '%') return false;
    lexer->result_symbol = SAMPLE_STRING;
    return scan_sample(lexer, true);
  }

  while (is_blank(lexer->lookahead)) skip(lexer);

  if (lexer->eof(lexer)) {
    if (valid_symbols[EOF_LINE_END]) {
      lexer->result_symbol = EOF_LINE_END;
      return true;
    }
    return false;
  }
  if (lexer->lookahead == '\n') return false;

  if (valid_symbols[SAMPLE_BARE] && lexer->lookahead == '%') {
    lexer->result_symbol = SAMPLE_BARE;
    return scan_sample(lexer, false);
  }

  if (valid_symbols[BANG] && lexer->lookahead == '!') {
    advance(lexer);
    lexer->mark_end(lexer);
    lexer->result_symbol = BANG;
    return true;
  }

  if (valid_symbols[ACL_REFERENCE]) {
    /* Leave `{`, `}`, `||` and `or` (whole words) to the grammar's keywords. */
    int32_t first = lexer->lookahead;
    unsigned length = 0;
    bool special = false;
    while (!ends_token(lexer) && lexer->lookahead != '"' && lexer->lookahead != '\'' &&
           lexer->lookahead != '\\') {
      int32_t c = lexer->lookahead;
      if (length == 0) {
        special = c == '{' || c == '}' || c == '|' || c == 'o';
      } else if (length == 1) {
        special = special && ((first == '|' && c == '|') || (first == 'o' && c == 'r'));
      } else {
        special = false;
      }
      advance(lexer);
      length++;
    }
    if (length == 0) return false;
    if (special && (length == 1 ? (first == '{' || first == '}') : length == 2)) return false;
    lexer->mark_end(lexer);
    lexer->result_symbol = ACL_REFERENCE;
    return true;
  }

  return false;
}
