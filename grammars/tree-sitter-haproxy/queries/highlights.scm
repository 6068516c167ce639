; Syntax highlighting for HAProxy configuration files.

(comment) @comment

; Sections: `global`, `frontend www`, `defaults base from tcp`.
(section_keyword) @keyword
(section
  argument: (argument) @type)

; Directives: the keyword, and the `no` / `default` prefixes.
(directive
  keyword: (keyword) @function.builtin)
(directive
  prefix: _ @keyword.modifier)

; Configuration-level conditionals and messages.
[".if" ".elif" ".else" ".endif"] @keyword.directive
[".diag" ".notice" ".warning" ".alert"] @keyword.directive

; Conditions: `if` / `unless`, ACL names, `!`, `||` / `or`, `{ ... }`.
["if" "unless"] @keyword.conditional
(acl_reference) @variable.parameter
(negation) @operator
(or_operator) @operator
(inline_acl
  ["{" "}"] @punctuation.bracket)

; Tokens.
(string) @string
(raw_string) @string
(escape) @string.escape
(variable) @variable
(sample_expression) @function
