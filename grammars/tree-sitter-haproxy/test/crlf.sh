#!/usr/bin/env bash
# Parses printf'd CRLF inputs (also one without a final line end) with the CLI and fails on
# any ERROR or MISSING node. test/corpus/crlf.txt covers the same inside `tree-sitter test`
# (the file itself is CRLF); this check does not depend on how the test format keeps CRs.
# usage: test/crlf.sh [path/to/tree-sitter]   (run from the grammar folder)
set -euo pipefail
ts=${1:-tree-sitter}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'global\r\n    daemon # c\r\n\r\nfrontend f\r\n    bind :80\r\n    http-request set-header X "a b" if { path_beg /x } || !y\r\n    default_backend b\r\n' > "$tmp/a.cfg"
printf '.if defined(X)\r\nbackend b\r\n    server s1 10.0.0.1:80 check\r\n.endif' > "$tmp/b.cfg"
status=0
for f in "$tmp"/*.cfg; do
  out=$("$ts" parse "$f" 2>/dev/null || true)
  if grep -qE 'ERROR|MISSING' <<<"$out"; then echo "FAIL $(basename "$f")"; echo "$out"; status=1; fi
  # The comment must stop before the CR.
  if [[ $f == */a.cfg ]] && ! grep -q '(comment \[1, 11\] - \[1, 14\])' <<<"$out"; then
    echo "FAIL comment range in a.cfg"; echo "$out"; status=1
  fi
done
[[ $status == 0 ]] && echo "crlf: ok"
exit $status
