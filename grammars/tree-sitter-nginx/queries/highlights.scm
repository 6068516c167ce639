; Highlights for tree-sitter-nginx. Node types: see docs/grammar-contract.md.

(comment) @comment

; Block directives (`http`, `server`, `location`, `upstream`, `map`, `if`, ...).
(directive
  name: (_) @keyword
  body: (_))

; Simple directives.
(directive
  name: (_) @function
  !body)

(string) @string

; Arguments that are numbers, sizes or times: 80, 1024, 10m, 1h, 30s, 0.5%.
(directive
  argument: (word) @number
  (#match? @number "^[0-9]+(\\.[0-9]+)?(ms|[kKmMgGsShdwyM%])?$"))

; Arguments that are only a variable: $host, ${request_uri}.
(directive
  argument: (word) @variable
  (#match? @variable "^\\$(\\{[A-Za-z0-9_]+\\}|[A-Za-z0-9_]+)$"))

; Flags of well-known directives.
(directive
  argument: (word) @constant.builtin
  (#match? @constant.builtin "^(on|off|default_server|ssl|http2|always|break|last|redirect|permanent|consistent|backup|down)$"))

; Location and if modifiers.
(directive
  argument: (word) @operator
  (#match? @operator "^(=|~|~\\*|\\^~|!~|!~\\*|-f|!-f|-d|!-d|-e|!-e|-x|!-x)$"))

; key=value parameters: weight=5, max_fails=3, zone=name:1m.
(directive
  argument: (word) @attribute
  (#match? @attribute "^[a-z_]+="))

(lua_code) @embedded

["{" "}"] @punctuation.bracket
";" @punctuation.delimiter
