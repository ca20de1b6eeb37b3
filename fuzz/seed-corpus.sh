#!/bin/sh
# Build the fuzz corpora from the project's fixtures and the small seeds
# here. Corpora live in fuzz/corpus/ (not committed). Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../fixtures"
for target in parse_bytes names pipeline; do
    dir="$here/corpus/$target"
    mkdir -p "$dir"
    cp "$fixtures"/seeds/*.txt "$fixtures"/dispatches/*.txt "$here"/seeds/* "$dir"/
done
# Registry names and their variants are good seeds for name resolution.
grep -v "^#" "$fixtures/names/variants.tsv" | cut -f3 | head -200 | while IFS= read -r name; do
    [ -n "$name" ] || continue
    printf '%s' "$name" > "$here/corpus/names/v_$(printf '%s' "$name" | cksum | cut -d' ' -f1)"
done
echo "corpora ready in $here/corpus"
