# Sourced by the bench scripts, after `set -euo pipefail`. Sets
#   root   the project's directory,
#   draad  $DRAAD, else the project's build/draad (the script stops when it is
#          no executable),
#   work   a scratch directory, removed when the script exits,
# and defines:
#
# measure CMD...   runs CMD under GNU time with its standard output in
#                  $work/out; prints "wall_s cpu_s peak_MB". CPU seconds are
#                  user + system: on a shared machine the fair measure. A
#                  failing CMD stops the script with its messages.
# rate BYTES S     BYTES per S seconds in MB/s (0 for no time).
# ratio A B        A / B.
# repeat_stream ONE COPIES OUT
#                  writes to OUT the segment stream ONE COPIES times, each
#                  copy's documents renamed r<N>/<doc>: a stream's segments of
#                  one document must be adjacent.

measure() {
  /usr/bin/time -v "$@" > "$work/out" 2> "$work/time" || { cat "$work/time" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; ++i) w = w * 60 + p[i] }
    /User time/ { c += $2 } /System time/ { c += $2 } /Maximum resident set size/ { m = $2 / 1024 }
    END { printf "%s %.2f %.0f\n", w, c, m }' "$work/time"
}

rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.2f", (s > 0 ? b / 1e6 / s : 0) }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }

repeat_stream() {
  head -n 1 "$1" > "$3"
  awk -F'\t' -v OFS='\t' -v copies="$2" 'NR > 1 { rows[++n] = $0 }
    END { for (c = 1; c <= copies; ++c) for (i = 1; i <= n; ++i) { $0 = rows[i]; $1 = "r" c "/" $1; print } }' \
    "$1" >> "$3"
}

root=$(cd "$(dirname "$0")/.." && pwd)
draad=${DRAAD:-$root/build/draad}
[ -x "$draad" ] || { echo "bench/${0##*/}: no draad at $draad (build first, or set DRAAD)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
