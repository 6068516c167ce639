// @ts-check
/**
 * @file NGINX configuration grammar for tree-sitter (Affinity Lint).
 *
 * Tokens are cut by an external scanner (src/scanner.c) that mirrors nginx's own tokenizer,
 * ngx_conf_read_token() in src/core/ngx_conf_file.c: a word ends at space, tab, CR, LF, `;`
 * or `{` (unless the `{` follows a `$`, as in `${var}`); a backslash escapes any character;
 * `#` starts a comment only at a token start; a quote starts a string only at a token start.
 * Node types and field names are fixed by docs/grammar-contract.md.
 */

/// <reference types="tree-sitter-cli/dsl" />

module.exports = grammar({
  name: 'nginx',

  externals: $ => [
    $.word,
    $.string,
    $.comment,
    // A word (or a quoted string) that ends in `_by_lua_block` in a directive-name position:
    // the directive's body is raw Lua.
    $._lua_block_name,
    $._lua_block_string_name,
    $.lua_code,
    // Never produced: it is valid only while the parser recovers from an error, which tells
    // the scanner not to start a raw Lua body there.
    $._error_sentinel,
  ],

  // nginx's whitespace is exactly space, tab, CR and LF (a form feed is a word character).
  extras: $ => [/[ \t\r\n]/, $.comment],

  // No conflicts: a directive is decided by its name token (a Lua-block name or not) and then
  // by the token after its arguments (`;` or `{`).
  conflicts: _ => [],

  rules: {
    source_file: $ => repeat($.directive),

    directive: $ => choice(
      seq(
        field('name', $._value),
        repeat(field('argument', $._value)),
        choice(';', field('body', $.block)),
      ),
      seq(
        field('name', choice(
          alias($._lua_block_name, $.word),
          alias($._lua_block_string_name, $.string),
        )),
        repeat(field('argument', $._value)),
        field('body', $.lua_block),
      ),
    ),

    _value: $ => choice($.word, $.string),

    block: $ => seq('{', repeat($.directive), '}'),

    lua_block: $ => seq('{', optional($.lua_code), '}'),
  },
});
