#!/usr/bin/env bash
# bench/short.sh — `draad code` on short inputs against `wc -w` on the same files, in one run.
#
# Usage: bench/short.sh [RUNS]      (default 21; DRAAD=path/to/draad to pick a build)
#
# On a short text a run is mostly start-up (loading, the codebook, the word lists), which the
# throughput of bench/code.sh does not show. Times, RUNS times each and in turn (draad, wc,
# draad, wc, ... so a drift of the machine's speed hits both):
#   draad code on one sentence, and on the four documents of ../shared/corpus/ (88 KB),
#   wc -w on the same files,
# and prints each median wall time in ms and the ratio of the medians. The caches are warm
# (one run first), as for anyone coding a second text.
set -euo pipefail

runs=${1:-21}
. "$(dirname "$0")/measure.sh"
corpus=$root/../shared/corpus
[ -d "$corpus" ] || { echo "bench/short.sh: no corpus at $corpus (../shared beside the project)" >&2; exit 2; }
echo "Ik help mijn buren graag met de boodschappen, maar ik vertrouw de gemeente niet." > "$work/zin.txt"

# Wall microseconds of one run of CMD, its output thrown away; a failing CMD stops the script.
# (bash's own clock: a `date` before and after would add two processes to each run.)
wall_us() {
  local start=${EPOCHREALTIME/./}
  "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  echo $(( ${EPOCHREALTIME/./} - start ))
}

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) / 1000 }'; }

printf '%-34s %10s %10s %8s\n' input "draad ms" "wc -w ms" ratio
for input in "$work/zin.txt" "$corpus"; do
  files=("$input")
  [ -d "$input" ] && files=("$input"/*.txt)
  "$draad" code "$input" > /dev/null 2>&1  # warm the caches
  : > "$work/draad"; : > "$work/wc"
  for _ in $(seq "$runs"); do
    wall_us "$draad" code "$input" >> "$work/draad"
    wall_us wc -w "${files[@]}" >> "$work/wc"
  done
  d=$(median < "$work/draad"); w=$(median < "$work/wc")
  name=$([ -d "$input" ] && echo "../shared/corpus/ (${#files[@]} documents)" || echo "one sentence")
  printf '%-34s %10s %10s %8s\n' "$name" "$d" "$w" "$(awk -v a="$d" -v b="$w" 'BEGIN { printf "%.1f", a / b }')"
done
