#!/usr/bin/env bash
# CRLF check that the corpus format cannot express: parses a file with CRLF line ends and checks
# that it has no ERROR/MISSING node and that comments and Lua code end before the CR.
# Also checks that test/corpus/crlf.txt still holds CR bytes (see .gitattributes).
# usage (from the repository root): bash grammars/tree-sitter-nginx/test/crlf.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)
cli=${TREE_SITTER:-$root/.tools/tree-sitter-cli/tree-sitter}
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-$root/.tools/cache-nginx}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'user nginx; # c\r\nhttp {\r\n  set $a "x\r\ny";\r\n  content_by_lua_block {\r\n    a() -- x\r\n  }\r\n}\r\n' > "$tmp/crlf.conf"
out=$(cd "$here" && "$cli" parse "$tmp/crlf.conf" 2>/dev/null || true)
fail=0
if grep -q 'ERROR\|MISSING' <<<"$out"; then echo "FAIL: errors in CRLF parse"; fail=1; fi
grep -q '(comment \[0, 12\] - \[0, 15\])' <<<"$out" || { echo "FAIL: comment includes the CR"; fail=1; }
grep -q '(string \[2, 9\] - \[3, 2\])' <<<"$out" || { echo "FAIL: string across CRLF"; fail=1; }
grep -q '(lua_code \[5, 4\] - \[5, 12\])' <<<"$out" || { echo "FAIL: lua_code includes the CR"; fail=1; }
grep -q $'\r' "$here/test/corpus/crlf.txt" || { echo "FAIL: test/corpus/crlf.txt lost its CR bytes"; fail=1; }
[[ $fail == 0 ]] && echo "crlf: ok"
exit $fail
