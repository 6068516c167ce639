#!/usr/bin/env bash
# Conformance against the real-world corpus, read in place (nothing is copied into the repo).
# Every haproxy row of LABELS.tsv whose after_env_fixes is `valid` or `blocked:*` (the real
# haproxy found no syntax problem) must parse with no ERROR/MISSING node. Rows still rejected
# after the environment fixes are only counted (most are semantic or version errors).
# usage: test/check-corpus.sh [corpus-dir] [path/to/tree-sitter]   (run from the grammar folder)
set -euo pipefail
corpus=${1:-/work/shared/corpus}
ts=${2:-tree-sitter}
# awk, not `read`: tabs are IFS whitespace, so `read` would merge empty columns.
mapfile -t ok < <(awk -F'\t' -v c="$corpus" 'NR > 1 && $2 == "haproxy" && ($7 == "valid" || $7 ~ /^blocked:/) { print c "/" $1 }' "$corpus/LABELS.tsv")
mapfile -t rejected < <(awk -F'\t' -v c="$corpus" 'NR > 1 && $2 == "haproxy" && !($7 == "valid" || $7 ~ /^blocked:/) { print c "/" $1 }' "$corpus/LABELS.tsv")
# `parse --quiet` prints only the files whose tree has an ERROR or MISSING node.
bad_ok=$("$ts" parse --quiet "${ok[@]}" 2>/dev/null | grep -c . || true)
bad_rejected=$("$ts" parse --quiet "${rejected[@]}" 2>/dev/null | grep -c . || true)
echo "accepted by haproxy: ${#ok[@]} files, $bad_ok with ERROR/MISSING"
echo "rejected by haproxy: ${#rejected[@]} files, $bad_rejected with ERROR/MISSING"
"$ts" parse --quiet "${ok[@]}" 2>/dev/null || true
[[ $bad_ok == 0 ]]
