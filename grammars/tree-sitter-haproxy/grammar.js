// @ts-check
/**
 * @file Tree-sitter grammar for HAProxy configuration files.
 *
 * HAProxy's configuration is line oriented: every line is cut into whitespace
 * separated tokens by `parse_line()` (src/tools.c), then the first token of the
 * line decides what the line is (a section keyword, `.if` & co, or a keyword of
 * the current section). This grammar mirrors that:
 *
 *  - lines end with `_eol` (a newline, or the end of a file that lacks its final
 *    newline); newlines are NOT extras, so an error on one line cannot pull the
 *    next line into it (line-oriented error recovery);
 *  - a token (`argument`) is a run of pieces with no whitespace in between
 *    (`X-"a b"` is one argument); the external scanner emits a zero-width
 *    `_concat` token between two adjacent pieces, the same trick tree-sitter-bash
 *    uses for word concatenation;
 *  - `#` outside quotes starts a comment to the end of the line, as HAProxy does;
 *  - `"..."` is weak quoting (escapes, `$VAR`/`${VAR}`, `%[...]` inside),
 *    `'...'` is strong quoting (nothing inside is special);
 *  - section keywords, `no`/`default`, `.if` & co and the condition words
 *    (`if`, `unless`, `or`, `||`, `{`, `}`) are tree-sitter keywords extracted from
 *    `_word`, so they are recognised only as whole tokens and only where the
 *    grammar allows them (`backend` starts a section only as the first token of a
 *    line; `use_backend`, `iffy` or `peers` as an argument stay plain words);
 *  - the scanner also handles `%[...]` (nesting, quotes inside), `!` and ACL
 *    names in conditions (so `!is_api` is a negation plus a name);
 *  - no `conflicts` entry is needed: the grammar is LR(1) as written.
 *
 * See docs/grammar-contract.md for the node types the language server reads.
 */

/** Precedences. Only string contents need one: they must win over the
 * whitespace extras (a space inside `"a b"` is content, not a separator). */
const PREC = {
  string_content: 1,
};

/** Every section keyword of HAProxy 3.x (REGISTER_CONFIG_SECTION and the
 * built-in ones in cfgparse.c). */
const SECTION_KEYWORDS = [
  'global',
  'defaults',
  'frontend',
  'backend',
  'listen',
  'peers',
  'resolvers',
  'userlist',
  'cache',
  'mailers',
  'http-errors',
  'ring',
  'log-forward',
  'log-profile',
  'program',
  'crt-store',
  'fcgi-app',
  'traces',
  'acme',
  'dynamic-update',
  'namespace_list',
];

/** Characters that cannot appear in an unquoted word piece: whitespace, the
 * quotes, the backslash, the comment sign, and `%` (which may start `%[...]`). */
const WORD = /[^ \t\n\r\f\v"'\\#%]+/;

/** `$NAME`, `$.LINE`, `${NAME}`, `${NAME[*]}`, `${NAME-default}`. */
const VARIABLE = /\$(\{[A-Za-z_.][A-Za-z0-9_]*(\[\*\])?(-[^}\r\n]*)?\}|[A-Za-z_.][A-Za-z0-9_]*)/;

/** `\` followed by any character but a newline; `\x` needs two hex digits. */
const ESCAPE = /\\(x[0-9a-fA-F]{2}|[^x\r\n])/;

module.exports = grammar({
  name: 'haproxy',

  externals: $ => [
    $._eof, // zero-width: the end of a file whose last line has no newline
    $._concat, // zero-width: the next piece touches the previous one
    $._sample_bare, // `%[...]` outside quotes (quotes inside are allowed)
    $._sample_string, // `%[...]` inside a "..." string
    $._bang, // `!` at the start of a condition word
    $.acl_reference, // an ACL name in a condition
    $._error_sentinel, // never used in the grammar: tells the scanner it is in error recovery
  ],

  // Horizontal whitespace only: newlines are tokens. `\r` ends a line for
  // HAProxy too; treating it as blank makes `\r\n` work.
  extras: $ => [/[ \t\f\v\r]/, $.comment],

  word: $ => $._word,

  inline: $ => [$._argument, $._eol, $._piece, $._special_piece],

  rules: {
    source_file: $ => seq(
      repeat($._top_level_item),
      repeat($.section),
    ),

    _top_level_item: $ => choice(
      seq($.directive, $._eol),
      $._line_item,
    ),

    /** Lines allowed anywhere: conditionals, diagnostics, empty lines (a line
     * holding only blanks and/or a comment is an empty line plus extras). */
    _line_item: $ => choice(
      seq($.conditional, $._eol),
      seq($.diagnostic, $._eol),
      $._newline,
    ),

    /** The end of a line that holds something. */
    _eol: $ => choice($._newline, $._eof),

    _newline: _ => '\n',

    section: $ => seq(
      field('keyword', $.section_keyword),
      repeat(field('argument', $._argument)),
      $._eol,
      repeat($._section_item),
    ),

    section_keyword: _ => choice(...SECTION_KEYWORDS),

    _section_item: $ => choice(
      seq($.directive, $._eol),
      $._line_item,
    ),

    directive: $ => choice(
      seq(
        optional(field('prefix', choice('no', 'default'))),
        field('keyword', alias($._word, $.keyword)),
        repeat(field('argument', $._argument)),
        optional(field('condition', $.condition)),
      ),
      // `no` or `default` alone on its line: a keyword (that the model reports),
      // not a prefix waiting for a keyword on the next line.
      field('keyword', alias(choice('no', 'default'), $.keyword)),
    ),

    conditional: $ => seq(
      field('keyword', choice('.if', '.elif', '.else', '.endif')),
      repeat(field('argument', $._argument)),
    ),

    diagnostic: $ => seq(
      field('keyword', choice('.diag', '.notice', '.warning', '.alert')),
      repeat(field('argument', $._argument)),
    ),

    condition: $ => seq(
      field('kind', choice('if', 'unless')),
      repeat(choice(
        $.acl_reference,
        $.negation,
        $.or_operator,
        $.inline_acl,
      )),
    ),

    negation: $ => $._bang,

    or_operator: _ => choice('||', 'or'),

    inline_acl: $ => seq('{', repeat($._argument), '}'),

    // One token as HAProxy's tokenizer cuts it. Most arguments are plain words:
    // a single `_word` token shown as a leaf `argument` (one small leaf instead
    // of a node with a child: this matters for speed on big files). Any other
    // argument is a node made of pieces glued by `_concat`. No conflict: a word
    // followed by `_concat` can only be the first piece of a compound argument,
    // since two arguments are always separated by whitespace.
    _argument: $ => choice(alias($._word, $.argument), $.argument),

    argument: $ => choice(
      seq($._word, repeat1(seq($._concat, $._piece))),
      seq($._special_piece, repeat(seq($._concat, $._piece))),
    ),

    _piece: $ => choice($._word, $._special_piece),

    _special_piece: $ => choice(
      '%',
      $.escape,
      $.string,
      $.raw_string,
      alias($._sample_bare, $.sample_expression),
    ),

    _word: _ => WORD,

    escape: _ => token(ESCAPE),

    string: $ => seq(
      '"',
      repeat(choice(
        $._string_content,
        alias($._string_escape, $.escape),
        $.variable,
        alias($._sample_string, $.sample_expression),
      )),
      token.immediate('"'),
    ),

    // `%` alone is content; `%[` is tried first by the external scanner.
    _string_content: _ => token.immediate(prec(PREC.string_content, /[^"\\$%\r\n]+|%/)),

    _string_escape: _ => token.immediate(ESCAPE),

    variable: _ => token.immediate(VARIABLE),

    raw_string: _ => token(/'[^'\r\n]*'/),

    comment: _ => token(seq('#', /[^\r\n]*/)),
  },
});
