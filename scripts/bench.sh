#!/usr/bin/env bash
# Throughput and memory comparison, rerunnable by anyone:
#   scripts/bench.sh [SMALL_MB [LARGE_MB [ROUNDS]]]   (defaults: 20, 200, 3)
# 1. go test benchmarks on ../shared/bench/news_de.txt tiled to SMALL_MB, on
#    one core (-cpu 1, the garbage collector included): our tokenizer+
#    segmenter (per article), prose/v2's tokenizer+segmenter (whole text as
#    one document) and the whole in-process pipeline (all layers + JSONL
#    records, per article);
# 2. `quelle annotate` on the tiled corpus as JSONL (one article per record),
#    all layers, JSONL out, with -j 1 and -j 2: wall time, MB/s and peak RSS;
#    and -j 2 and -j 1 on LARGE_MB (once each) to show that memory does not
#    grow with the corpus, and the -j 2 ratio once start-up and the second
#    worker's cold caches weigh less.
# Both run ROUNDS times, interleaved, and the medians are reported, with the
# ratios the README quotes: -j 1 against prose and against the in-process
# pipeline, and -j 2 against -j 1 (and the first two again in CPU time, user +
# sys, which a busy machine does not inflate). MB/s is 10^6 bytes a second, as go test
# reports it. Needs Go and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-20}
large=${2:-200}
rounds=${3:-3}
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

# median: the median of the numbers on standard input.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

go build -o "$tmp/quelle" ./cmd/quelle
go test -c -o "$tmp/annotate.test" ./annotate
go test -c -o "$tmp/pipeline.test" ./pipeline
tile "$small" "$tmp/small.jsonl"
tile "$large" "$tmp/large.jsonl"
export QUELLE_BENCH_FILE=$(realpath "$src") QUELLE_BENCH_MB=$small

# bench TEST PATTERN -> "MB/s cpuMB/s": wall-time MB/s, and MB/s of CPU time
# (user + sys) where the benchmark reports cpu-ns/op (else the wall figure).
bench() {
	"$tmp/$1" -test.run '^$' -test.bench "$2" -test.benchtime 3x -test.cpu 1 |
		awk '/^Benchmark/ { ns = 0; cpu = 0
			for (i = 1; i <= NF; i++) {
				if ($(i+1) == "MB/s") mbs = $i
				if ($(i+1) == "ns/op") ns = $i
				if ($(i+1) == "cpu-ns/op") cpu = $i
			}
			print mbs, (cpu > 0 ? mbs * ns / cpu : mbs) }'
}
# run FILE JOBS -> "MB/s maxrss_MiB cpuMB/s" (cpuMB/s: MB per second of user + sys time)
run() {
	/usr/bin/time -f '%e %M %U %S' -o "$tmp/time" "$tmp/quelle" annotate -j "$2" "$1" >/dev/null
	read -r secs rss usr sys <"$tmp/time"
	awk -v s="$(stat -c %s "$1")" -v t="$secs" -v r="$rss" -v c="$usr + $sys" 'BEGIN { split(c, x, " + "); printf "%.2f %.1f %.2f\n", s / 1e6 / t, r / 1024, s / 1e6 / (x[1] + x[2]) }'
}

echo "== $rounds interleaved rounds: benchmarks on ${small} MB (one core), quelle annotate on ${small} and ${large} MB of JSONL"
for r in $(seq "$rounds"); do
	echo "$(bench annotate.test 'TokenizeGerman$')" >>"$tmp/ours"
	echo "$(bench pipeline.test 'TokenizeProse$')" >>"$tmp/prose"
	echo "$(bench pipeline.test 'Pipeline$')" >>"$tmp/pipe"
	run "$tmp/small.jsonl" 1 >>"$tmp/j1"
	run "$tmp/small.jsonl" 2 >>"$tmp/j2"
	if [ "$r" -eq 1 ]; then
		run "$tmp/large.jsonl" 2 >>"$tmp/large"
		run "$tmp/large.jsonl" 1 >>"$tmp/large1"
	fi
	echo "round $r: tokenizer $(tail -1 "$tmp/ours" | cut -d' ' -f1), prose $(tail -1 "$tmp/prose" | cut -d' ' -f1), pipeline $(tail -1 "$tmp/pipe" | cut -d' ' -f1), -j 1 $(tail -1 "$tmp/j1" | cut -d' ' -f1), -j 2 $(tail -1 "$tmp/j2" | cut -d' ' -f1) MB/s"
done

ours=$(cut -d' ' -f1 "$tmp/ours" | median); prose=$(cut -d' ' -f1 "$tmp/prose" | median); pipe=$(cut -d' ' -f1 "$tmp/pipe" | median)
cprose=$(cut -d' ' -f2 "$tmp/prose" | median); cpipe=$(cut -d' ' -f2 "$tmp/pipe" | median); cj1=$(cut -d' ' -f3 "$tmp/j1" | median)
j1=$(cut -d' ' -f1 "$tmp/j1" | median); j2=$(cut -d' ' -f1 "$tmp/j2" | median)
rss1=$(cut -d' ' -f2 "$tmp/j1" | sort -g | tail -1); rss2=$(cut -d' ' -f2 "$tmp/j2" | sort -g | tail -1)
read -r jl rssl _ <"$tmp/large"
read -r jl1 rssl1 _ <"$tmp/large1"
echo "== medians"
awk -v o="$ours" -v p="$prose" -v q="$pipe" -v j1="$j1" -v j2="$j2" -v r1="$rss1" -v r2="$rss2" -v jl="$jl" -v rl="$rssl" -v jl1="$jl1" -v rl1="$rssl1" \
	-v s="$small" -v l="$large" 'BEGIN {
	printf "tokenizer+segmenter:   %6.1f MB/s (one core)  %5.1fx prose\n", o, o / p
	printf "prose tokenize+segment:%6.1f MB/s (one core, whole text as one document)\n", p
	printf "in-process pipeline:   %6.1f MB/s (one core)  %5.1fx prose\n", q, q / p
	printf "quelle annotate -j 1:  %6.1f MB/s             %5.1fx prose, %.0f%% of the in-process pipeline, peak RSS %.1f MiB (%d MB)\n", j1, j1 / p, 100 * j1 / q, r1, s
	printf "quelle annotate -j 2:  %6.1f MB/s             %5.2fx -j 1, peak RSS %.1f MiB (%d MB)\n", j2, j2 / j1, r2, s
	printf "quelle annotate -j 2:  %6.1f MB/s             %5.2fx -j 1, peak RSS %.1f MiB (%d MB; -j 1 %.1f MB/s, peak RSS %.1f MiB)\n", jl, jl / jl1, rl, l, jl1, rl1 }'
# The same ratios in CPU time (user + sys), which waiting for a busy core does not inflate.
awk -v p="$cprose" -v q="$cpipe" -v j1="$cj1" 'BEGIN {
	printf "CPU time: prose %.1f MB/s, in-process pipeline %.1f MB/s (%.1fx prose), quelle annotate -j 1 %.1f MB/s (%.1fx prose, %.0f%% of the pipeline)\n", p, q, q / p, j1, j1 / p, 100 * j1 / q }'
