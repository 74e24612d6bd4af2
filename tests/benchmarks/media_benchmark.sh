#!/usr/bin/env bash
# Media indexing benchmark: a generated tweet archive and media archives of small images for its tweets;
# `unzip -l` listing every media zip (the reference: it reads the same central directories and prints them)
# against `trove media index` of the same zips into a cache holding the tweets (listing, classifying,
# linking each file to its tweet and account, writing the index). The two alternate, three runs each unless
# --runs says; the best and the median are printed, with the ratio (target: Trove no slower than unzip -l).
#
#   tests/benchmarks/media_benchmark.sh [--files N] [--zips N] [--tweets N] [--accounts N] [--runs N]
#       [--keep] [--trove BINARY] [WORKDIR]
#
# Defaults: 100,000 images in 20 zips, for an archive of 100,000 tweets and 1,000 accounts; build/bin/trove.
set -euo pipefail
cd "$(dirname "$0")/../.."
files=100000
zips=20
tweets=100000
accounts=1000
runs=3
keep=0
workdir=""
trove="$PWD/build/bin/trove"
while [ $# -gt 0 ]; do
    case "$1" in
        --files) files="$2"; shift 2 ;;
        --zips) zips="$2"; shift 2 ;;
        --tweets) tweets="$2"; shift 2 ;;
        --accounts) accounts="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        --trove) trove="$(realpath "$2")"; shift 2 ;;
        *) workdir="$1"; shift ;;
    esac
done
[ -x "$trove" ] || { echo "build first: scripts/setup.sh" >&2; exit 1; }
command -v unzip >/dev/null || { echo "needs unzip (scripts/setup.sh installs it)" >&2; exit 1; }
[ -n "$workdir" ] || workdir=$(mktemp -d /tmp/trove-media-bench.XXXXXX)
mkdir -p "$workdir"
[ "$keep" = 1 ] || trap 'rm -rf "$workdir"' EXIT

# Wall-clock seconds of a command (output discarded), to the millisecond.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$workdir/stderr.txt" || { cat "$workdir/stderr.txt" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
best() { printf '%s\n' "$@" | sort -n | sed -n 1p; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Generating $tweets tweets ($accounts accounts) and $files media files in $zips zips in $workdir ..."
"$trove" generate --tweets "$tweets" --accounts "$accounts" --seed 2018 --media "$files" --media-zips "$zips" \
    "$workdir/archive" >"$workdir/generate.txt"
grep -E '^(media files|tweets):' "$workdir/generate.txt"
mapfile -t media_zips < <(find "$workdir/archive/media" -name '*_tweet_media_hashed_*.zip' | sort -V)
[ "${#media_zips[@]}" = "$zips" ] || { echo "expected $zips media zips, found ${#media_zips[@]}" >&2; exit 1; }
echo "media zips: ${#media_zips[@]}, $(du -csh "${media_zips[@]}" | tail -1 | cut -f1)"
mapfile -t csvs < <(find "$workdir/archive" -maxdepth 1 -name '*.csv' | sort)
"$trove" import --cache "$workdir/tweets.trove" "${csvs[@]}" >/dev/null 2>&1

list_all() { for zip in "${media_zips[@]}"; do unzip -l "$zip"; done; }
index_all() {
    rm -f "$workdir/run.trove" "$workdir/run.trove-wal" "$workdir/run.trove-shm"
    cp "$workdir/tweets.trove" "$workdir/run.trove"
    # The copy is not timed: only the indexing below is. Its dirty pages are written back first, or the
    # indexer's final fsync of the cache would pay for writing the whole copied file to disk.
    sync "$workdir/run.trove"
    local start end
    start=$(date +%s.%N)
    "$trove" media index --no-report --cache "$workdir/run.trove" "${media_zips[@]}" >"$workdir/index.txt" 2>"$workdir/stderr.txt" \
        || { cat "$workdir/stderr.txt" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

# Warm the page cache for both (the zips were just written, but the reference should not pay for a cold read).
list_all >/dev/null
unzip_runs=()
trove_runs=()
for ((run = 1; run <= runs; run++)); do
    unzip_runs+=("$(seconds list_all)")
    trove_runs+=("$(index_all)")
done
entries=$(list_all | tail -n1 | awk '{print $2}')
echo
echo "unzip -l, all $zips zips ($runs runs):        ${unzip_runs[*]} s"
echo "trove media index, same zips ($runs runs):  ${trove_runs[*]} s"
grep -E '^(entries|media files|linked to tweets|matching no tweet or account|not media, skipped|seconds):' "$workdir/index.txt" | sed 's/^/  last run: /'
echo "unzip -l entries listed per run (last zip only, as a check): $entries"
echo "best:   unzip -l $(best "${unzip_runs[@]}") s, trove $(best "${trove_runs[@]}") s, ratio trove/unzip $(ratio "$(best "${trove_runs[@]}")" "$(best "${unzip_runs[@]}")")"
echo "median: unzip -l $(median "${unzip_runs[@]}") s, trove $(median "${trove_runs[@]}") s, ratio trove/unzip $(ratio "$(median "${trove_runs[@]}")" "$(median "${unzip_runs[@]}")")"
