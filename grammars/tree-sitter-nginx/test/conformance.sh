#!/usr/bin/env bash
# Measures the grammar against the labelled real-world corpus (read in place, never copied):
#  1. every nginx file that the real nginx found syntactically fine (after_env_fixes = valid or
#     blocked:*) must parse without ERROR/MISSING nodes;
#  2. files whose first error is a tokenizer/grammar-level one must produce ERROR/MISSING.
# usage (from the repository root): bash grammars/tree-sitter-nginx/test/conformance.sh [/work/shared/corpus]
set -euo pipefail
corpus=${1:-/work/shared/corpus}
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)
cli=${TREE_SITTER:-$root/.tools/tree-sitter-cli/tree-sitter}
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-$root/.tools/cache-nginx}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
awk -F'\t' -v c="$corpus" 'NR>1 && $2=="nginx" && ($7=="valid" || $7 ~ /^blocked:/) {print c"/"$1}' \
  "$corpus/LABELS.tsv" > "$tmp/valid"
awk -F'\t' -v c="$corpus" 'NR>1 && $2=="nginx" && $7=="syntax-error" {e=$8; if (e=="") e=$4;
  if (e ~ /unexpected end of file|unexpected "|unterminated|expecting/) print c"/"$1}' \
  "$corpus/LABELS.tsv" > "$tmp/broken"
cd "$here"
"$cli" parse --quiet --paths "$tmp/valid" 2>/dev/null | grep 'bytes/ms' > "$tmp/valid.bad" || true
"$cli" parse --quiet --paths "$tmp/broken" 2>/dev/null | grep 'bytes/ms' > "$tmp/broken.flagged" || true
echo "valid+blocked parsing clean: $(( $(wc -l < "$tmp/valid") - $(wc -l < "$tmp/valid.bad") )) / $(wc -l < "$tmp/valid")"
sed 's/^/  not clean: /' "$tmp/valid.bad"
echo "grammar-level errors flagged: $(wc -l < "$tmp/broken.flagged") / $(wc -l < "$tmp/broken")"
"$cli" parse --quiet --time "$corpus/bench/big-nginx.conf" 2>/dev/null | sed 's/^/big: /'
