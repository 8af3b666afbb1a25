#!/usr/bin/env bash
# Regenerates the evaluation figures quoted in README.md:
#   scripts/eval.sh > /tmp/eval.txt
# 1. quelle eval on the project's gold set (gold/dev.jsonl + gold/test.jsonl),
# 2. quelle eval on gold/speech-news (reported speech on further news articles;
#    dev is tuned on, test is measured only) and on the Wikinews quotation dev set, reported-speech labels only
#    (also with --quoted-only, and on a copy with its quotation marks removed),
# 3. the same two with the prose baseline tokenizer, to show the tokenizer's effect.
set -euo pipefail
cd "$(dirname "$0")/.."
wikinews=${WIKINEWS_DEV:-../shared/corpus/wikinews-quotes/dev.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/quelle" ./cmd/quelle
q=$tmp/quelle
echo "## quelle eval --gold gold/  (dev + test, $(date -u +%F))"
"$q" eval --gold gold/
echo
echo "## quelle eval --gold gold/test.jsonl  (the split the quality floors use)"
"$q" eval --gold gold/test.jsonl
echo
for f in gold/speech-news/dev.jsonl gold/speech-news/test.jsonl gold/speech-news/test2.jsonl gold/speech-news/test3.jsonl gold/speech-news/test4.jsonl; do
	[ -f "$f" ] || continue
	echo "## quelle eval --gold $f --labels CUE,SOURCE,QUOTE  (DER STANDARD articles, speech labels only)"
	"$q" eval --gold "$f" --labels CUE,SOURCE,QUOTE
	echo
done
if [ -f "$wikinews" ]; then
	echo "## quelle eval --gold $wikinews --labels CUE,SOURCE,QUOTE"
	"$q" eval --gold "$wikinews" --labels CUE,SOURCE,QUOTE
	echo
	echo "## the same with --quoted-only (Wikinews marks only attributions that have a quote)"
	"$q" eval --gold "$wikinews" --labels CUE,SOURCE,QUOTE --quoted-only --bootstrap 0
	echo
	stripped=$tmp/stripped.jsonl
	go run ./scripts/stripmarks <"$wikinews" >"$stripped"
	echo "## the same set with its quotation marks removed (scripts/stripmarks)"
	"$q" eval --gold "$stripped" --labels CUE,SOURCE,QUOTE
	echo
fi
echo "## quelle eval --gold gold/ --tokenizer prose  (baseline tokenizer, same rules)"
"$q" eval --gold gold/ --tokenizer prose --bootstrap 0
