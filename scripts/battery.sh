#!/usr/bin/env bash
# The bad-input battery of issue 14, end to end: builds the quelle binary
# and runs it on every bad input a user or a hostile tester tried (output
# written over its input, Ctrl-C and SIGTERM mid-run, duplicate keys and ids,
# input spans, unreadable files and folders, broken lexicon overrides,
# invalid UTF-8, NUL, BOM, CRLF, empty files, a 20 MB line, malformed JSONL,
# a broken pipe, a full disk), checking exit status, the stderr message,
# N documents in → N complete records out and exact offsets.
#   scripts/battery.sh          all cases (about a minute on 2 cores)
#   scripts/battery.sh -short   without the large inputs
# The cases are the Go test TestBattery in cmd/quelle/battery_test.go.
set -euo pipefail
cd "$(dirname "$0")/.."
exec go test ./cmd/quelle -run '^TestBattery$' -count 1 -v "$@"
