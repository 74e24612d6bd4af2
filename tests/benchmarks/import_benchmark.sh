#!/usr/bin/env bash
# Import benchmark: a generated archive imported by Trove, against the bare `sqlite3 .import` of the same
# tweets CSV measured in the same run (the reference does none of Trove's work: no parsing of values, no
# accounts, lists, full-text index, indexes or aggregates). Prints wall times, peak memory and ratios.
#
#   tests/benchmarks/import_benchmark.sh [--tweets N] [--accounts N] [--keep] [WORKDIR]
#
# Defaults: 1,000,000 tweets (about 650 MB of CSV), 3,000 accounts, WORKDIR a new folder under /tmp.
set -euo pipefail
cd "$(dirname "$0")/../.."
tweets=1000000
accounts=3000
keep=0
workdir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --tweets) tweets="$2"; shift 2 ;;
        --accounts) accounts="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        *) workdir="$1"; shift ;;
    esac
done
trove="$PWD/build/bin/trove"
[ -x "$trove" ] || { echo "build first: scripts/setup.sh" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (scripts/setup.sh installs it)" >&2; exit 1; }
[ -n "$workdir" ] || workdir=$(mktemp -d /tmp/trove-bench.XXXXXX)
mkdir -p "$workdir"
[ "$keep" = 1 ] || trap 'rm -rf "$workdir"' EXIT

# Runs a command, printing "<seconds> <peak KB>" for it (GNU time when present, else bash's clock).
measure() {
    local out="$workdir/time.txt"
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>"$workdir/stderr.txt" || { cat "$workdir/stderr.txt" >&2; return 1; }
        cat "$out"
    else
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>"$workdir/stderr.txt" || { cat "$workdir/stderr.txt" >&2; return 1; }
        end=$(date +%s.%N)
        echo "$(echo "$end - $start" | bc) 0"
    fi
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Generating $tweets tweets ($accounts accounts) in $workdir ..."
"$trove" generate --tweets "$tweets" --accounts "$accounts" --seed 2018 "$workdir/csv" >/dev/null
"$trove" generate --tweets "$tweets" --accounts "$accounts" --seed 2018 --zip "$workdir/zip" >/dev/null
csv=$(ls "$workdir"/csv/*_tweets_csv_hashed*.csv)
size=$(du -m "$csv" | cut -f1)
sync

echo "Reference: sqlite3 x.db \".mode csv\" \".import tweets.csv t\" ($size MB)"
read -r ref_s ref_kb < <(measure sqlite3 "$workdir/reference.db" ".mode csv" ".import $csv t")
echo "Trove: trove import --cache c.trove <folder of CSVs>"
read -r csv_s csv_kb < <(measure "$trove" import --cache "$workdir/csv.trove" "$workdir/csv")
echo "Trove: trove import --cache z.trove <folder of zips> (read in place)"
read -r zip_s zip_kb < <(measure "$trove" import --cache "$workdir/zip.trove" "$workdir/zip")
read -r info_s info_kb < <(measure "$trove" info --cache "$workdir/csv.trove" --json)
imported=$("$trove" info --cache "$workdir/csv.trove" --json | grep -o '"tweets": [0-9]*' | head -1)

echo
echo "tweets generated:                     $tweets ($imported)"
echo "sqlite3 .import (reference):          ${ref_s} s, peak ${ref_kb} KB"
echo "trove import, CSV:                    ${csv_s} s, peak ${csv_kb} KB"
echo "trove import, zipped:                 ${zip_s} s, peak ${zip_kb} KB"
echo "trove info on the cache (open+read):  ${info_s} s"
echo "ratio CSV import / sqlite3 .import:   $(ratio "$csv_s" "$ref_s")   (target <= 1.5)"
echo "ratio zipped / CSV import:            $(ratio "$zip_s" "$csv_s")   (target <= 1.2)"
echo "peak memory, CSV import:              $((csv_kb / 1024)) MB (target < 300)"
echo "peak memory, zipped import:           $((zip_kb / 1024)) MB (target < 300)"
