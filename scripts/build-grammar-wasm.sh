#!/usr/bin/env bash
# Compiles a tree-sitter grammar's generated C sources (src/parser.c, and src/scanner.c when the
# grammar has one) to a WASM module that web-tree-sitter loads. Needs Debian's clang, lld and
# wasi-libc only: no emscripten, no tree-sitter CLI. The output is byte-identical across runs and
# folders, which lets CI check that the committed .wasm matches the committed sources.
#
# usage: scripts/build-grammar-wasm.sh <grammar-dir> [out.wasm]
set -euo pipefail
dir=$(realpath "$1")
name=$(basename "$dir"); name=${name#tree-sitter-}
out=$(realpath -m "${2:-$dir/tree-sitter-$name.wasm}")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
resource=$(clang -print-resource-dir)
objects=()
for c in parser scanner; do
  [[ -f "$dir/src/$c.c" ]] || continue
  # Relative paths keep file names out of the object's debug-free output identical everywhere.
  (cd "$dir" && clang --target=wasm32-unknown-emscripten -fPIC -Os -fno-exceptions -fvisibility=hidden \
    -nostdinc -isystem "$resource/include" -isystem /usr/include/wasm32-wasi \
    -I src -c "src/$c.c" -o "$work/$c.o")
  objects+=("$work/$c.o")
done
wasm-ld --shared --experimental-pic --export="tree_sitter_$name" --allow-undefined --no-entry -O2 \
  -o "$out" "${objects[@]}"
echo "built $out ($(stat -c %s "$out") bytes)"
