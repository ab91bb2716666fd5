# Helpers sourced by the bench scripts; they need $work, a scratch directory.
#
# measure CMD...   runs CMD under GNU time with its standard output in
#                  $work/out; prints "wall_s cpu_s peak_MB". CPU seconds are
#                  user + system: on a shared machine the fair measure. A
#                  failing CMD stops the script with its messages.
# rate BYTES S     BYTES per S seconds in MB/s (0 for no time).
# ratio A B        A / B.

measure() {
  /usr/bin/time -v "$@" > "$work/out" 2> "$work/time" || { cat "$work/time" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; ++i) w = w * 60 + p[i] }
    /User time/ { c += $2 } /System time/ { c += $2 } /Maximum resident set size/ { m = $2 / 1024 }
    END { printf "%s %.2f %.0f\n", w, c, m }' "$work/time"
}

rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.2f", (s > 0 ? b / 1e6 / s : 0) }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
