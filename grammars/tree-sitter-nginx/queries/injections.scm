; The body of `*_by_lua_block` directives is Lua.
((lua_code) @injection.content
  (#set! injection.language "lua"))
