#!/usr/bin/env bash
# Import benchmark: a generated archive imported by Trove, against the bare `sqlite3 .import` of the same
# tweets CSV measured in the same run (the reference does none of Trove's work: no parsing of values, no
# accounts, lists, full-text index, indexes or aggregates). Prints wall times, peak memory and ratios.
# Then the same number of tweets in FiveThirtyEight's IRAhandle_tweets_N.csv format, both versions (v1 has
# no tweet ids, so its tweets get synthetic ids hashed within their minute), against sqlite3 .import of the
# same CSV(s).
#
#   tests/benchmarks/import_benchmark.sh [--tweets N] [--accounts N] [--keep] [--trove BINARY]
#       [--fivethirtyeight-version 1|2|both] [--fivethirtyeight-parts N] [--no-fivethirtyeight] [WORKDIR]
#
# Defaults: 1,000,000 tweets (about 650 MB of CSV), 3,000 accounts, build/bin/trove, FiveThirtyEight
# versions 2 and 1 in one part each, WORKDIR a new folder under /tmp.
set -euo pipefail
cd "$(dirname "$0")/../.."
tweets=1000000
accounts=3000
keep=0
workdir=""
trove="$PWD/build/bin/trove"
fte=1
fte_version=both
fte_parts=1
while [ $# -gt 0 ]; do
    case "$1" in
        --tweets) tweets="$2"; shift 2 ;;
        --accounts) accounts="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        --trove) trove="$(realpath "$2")"; shift 2 ;;
        --fivethirtyeight-version) fte_version="$2"; shift 2 ;;
        --fivethirtyeight-parts) fte_parts="$2"; shift 2 ;;
        --no-fivethirtyeight) fte=0; shift ;;
        *) workdir="$1"; shift ;;
    esac
done
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
# Microseconds per tweet: <seconds> <tweets>.
per_row() { awk -v s="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.1f", s * 1000000 / n; else printf "-" }'; }

echo "Generating $tweets tweets ($accounts accounts) in $workdir ..."
"$trove" generate --tweets "$tweets" --accounts "$accounts" --seed 2018 "$workdir/csv" >/dev/null
"$trove" generate --tweets "$tweets" --accounts "$accounts" --seed 2018 --zip "$workdir/zip" >/dev/null
csv=$(ls "$workdir"/csv/*_tweets_csv_hashed*.csv)
size=$(du -m "$csv" | cut -f1)
fte_versions=()
if [ "$fte" = 1 ]; then
    case "$fte_version" in
        1|2) fte_versions=("$fte_version") ;;
        both) fte_versions=(2 1) ;;
        *) echo "--fivethirtyeight-version wants 1, 2 or both" >&2; exit 2 ;;
    esac
fi
for version in "${fte_versions[@]}"; do
    echo "Generating $tweets tweets in FiveThirtyEight format (version $version, $fte_parts parts) ..."
    "$trove" generate --format fivethirtyeight --version "$version" --parts "$fte_parts" \
        --tweets "$tweets" --accounts "$accounts" --seed 2018 "$workdir/538v$version" >/dev/null
done
sync

echo "Reference: sqlite3 x.db \".mode csv\" \".import tweets.csv t\" ($size MB)"
read -r ref_s ref_kb < <(measure sqlite3 "$workdir/reference.db" ".mode csv" ".import $csv t")
echo "Trove: trove import --cache c.trove <folder of CSVs>"
read -r csv_s csv_kb < <(measure "$trove" import --cache "$workdir/csv.trove" "$workdir/csv")
echo "Trove: trove import --cache z.trove <folder of zips> (read in place)"
read -r zip_s zip_kb < <(measure "$trove" import --cache "$workdir/zip.trove" "$workdir/zip")
read -r info_s info_kb < <(measure "$trove" info --cache "$workdir/csv.trove" --json)
imported=$("$trove" info --cache "$workdir/csv.trove" --json | grep -o '"tweets": [0-9]*' | head -1)
declare -A fte_mb fte_files fte_ref_s fte_ref_kb fte_s fte_kb fte_imported
for version in "${fte_versions[@]}"; do
    mapfile -t csvs < <(ls "$workdir/538v$version"/*_IRAhandle_tweets_*.csv | sort -V)
    fte_files[$version]=${#csvs[@]}
    fte_mb[$version]=$(du -mc "${csvs[@]}" | tail -1 | cut -f1)
    # One sqlite3 run imports every part into one table; parts after the first skip their header.
    commands=(".mode csv" ".import ${csvs[0]} t")
    for part in "${csvs[@]:1}"; do commands+=(".import --skip 1 $part t"); done
    echo "Reference: sqlite3 x.db \".mode csv\" \".import IRAhandle_tweets_N.csv t\" (v$version, ${fte_mb[$version]} MB, ${#csvs[@]} files)"
    read -r fte_ref_s[$version] fte_ref_kb[$version] < <(measure sqlite3 "$workdir/reference538v$version.db" "${commands[@]}")
    echo "Trove: trove import --cache f.trove <folder of IRAhandle_tweets_N.csv> (v$version)"
    read -r fte_s[$version] fte_kb[$version] < <(measure "$trove" import --cache "$workdir/538v$version.trove" "$workdir/538v$version")
    fte_imported[$version]=$("$trove" info --cache "$workdir/538v$version.trove" --json | grep -o '"tweets": [0-9]*' | head -1)
done
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
for version in "${fte_versions[@]}"; do
    echo
    echo "FiveThirtyEight v$version, ${fte_files[$version]} file(s), ${fte_mb[$version]} MB: $tweets tweets generated (${fte_imported[$version]})"
    echo "sqlite3 .import (reference):          ${fte_ref_s[$version]} s, peak ${fte_ref_kb[$version]} KB"
    echo "trove import, CSV:                    ${fte_s[$version]} s, peak ${fte_kb[$version]} KB"
    echo "ratio CSV import / sqlite3 .import:   $(ratio "${fte_s[$version]}" "${fte_ref_s[$version]}")   (Twitter format: $(ratio "$csv_s" "$ref_s"))"
    echo "per tweet, trove import:              $(per_row "${fte_s[$version]}" "$tweets") µs (Twitter format: $(per_row "$csv_s" "$tweets") µs)"
    echo "per tweet, sqlite3 .import:           $(per_row "${fte_ref_s[$version]}" "$tweets") µs (Twitter format: $(per_row "$ref_s" "$tweets") µs)"
    echo "peak memory, CSV import:              $((${fte_kb[$version]} / 1024)) MB (target < 300)"
done
