#!/usr/bin/env bash
# Seeds the fuzz corpora from the golden fixtures in tests/data.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/clean corpus/builder corpus/jsonl
cp ../tests/data/*.txt corpus/clean/
for f in ../tests/data/*.txt; do
    name=$(basename "$f" .txt)
    printf '\x05\x14\x00\x00\x00(?i)^foto:\n^Share\n%s' "$(head -c 2000 "$f")" > "corpus/builder/$name"
    python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "text": open(sys.argv[2], encoding="utf-8").read()}))' "$name" "$f" > "corpus/jsonl/$name"
done
