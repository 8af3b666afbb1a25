#!/usr/bin/env bash
# Throughput and memory comparison, rerunnable by anyone:
#   scripts/bench.sh [SMALL_MB [LARGE_MB]]     (defaults: 20 and 200)
# 1. go test benchmarks on ../shared/bench/news_de.txt tiled to SMALL_MB:
#    our tokenizer+segmenter (one core, per article), prose/v2's
#    tokenizer+segmenter (whole text as one document), and the whole
#    pipeline (all layers + JSONL encoding, one core, per article);
# 2. `quelle annotate` on the tiled corpus as JSONL (one article per record)
#    with -j 1 and -j 2: wall time, MB/s and peak RSS, and -j 2 again on
#    LARGE_MB to show that memory does not grow with the corpus.
# Needs Go and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-20}
large=${2:-200}
src=${QUELLE_BENCH_FILE:-../shared/bench/news_de.txt}
[ -f "$src" ] || { echo "bench corpus $src not found" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# tile SRC MB OUT: one JSONL record per article (articles are lines).
tile() {
	local mb=$1 out=$2 i=0
	: >"$out"
	while [ "$(stat -c %s "$out")" -lt $((mb * 1024 * 1024)) ]; do
		awk -v rep="$i" 'NF {
			gsub(/\\/, "&&"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, "\\r")
			printf "{\"id\":\"a%d_%d\",\"text\":\"%s\"}\n", rep, NR, $0
		}' "$src" >>"$out"
		i=$((i + 1))
	done
}

echo "== go test benchmarks (corpus tiled to ${small} MB)"
QUELLE_BENCH_FILE=$(realpath "$src") QUELLE_BENCH_MB=$small \
	go test -run '^$' -bench 'TokenizeGerman|TokenizeProse|Pipeline$' -benchtime 3x -count 1 ./annotate ./pipeline |
	tee "$tmp/bench.txt" | grep -E '^Benchmark'
mbs() { awk -v n="$1" '$1 ~ n {for (i = 1; i <= NF; i++) if ($(i+1) == "MB/s") print $i}' "$tmp/bench.txt"; }
ours=$(mbs TokenizeGerman); prose=$(mbs TokenizeProse); pipe=$(mbs 'Pipeline-')
awk -v o="$ours" -v p="$prose" -v q="$pipe" 'BEGIN {
	printf "tokenizer+segmenter: %.1f MB/s (one core), prose: %.1f MB/s -> %.1fx\n", o, p, o / p
	printf "whole pipeline: %.1f MB/s (one core) -> %.1fx prose tokenize+segment\n", q, q / p }'

go build -o "$tmp/quelle" ./cmd/quelle
tile "$small" "$tmp/small.jsonl"
tile "$large" "$tmp/large.jsonl"
run() { # run FILE JOBS -> "seconds maxrss_kb"
	/usr/bin/time -f '%e %M' -o "$tmp/time" "$tmp/quelle" annotate -j "$2" "$1" >/dev/null
	cat "$tmp/time"
}
echo "== quelle annotate (all layers, JSONL out)"
for spec in "small 1" "small 2" "large 2"; do
	set -- $spec
	f="$tmp/$1.jsonl"
	size=$(stat -c %s "$f")
	read -r secs rss < <(run "$f" "$2")
	awk -v s="$size" -v t="$secs" -v r="$rss" -v j="$2" 'BEGIN {
		printf "%6.1f MB  -j %d  %6.2f s  %6.1f MB/s  peak RSS %5.1f MB\n", s / 1048576, j, t, s / 1048576 / t, r / 1024 }'
done
