#!/usr/bin/env bash
# Throughput and peak memory of `draad tokens` against ucto and `wc -w` on the
# same text: the documents of samples/ (through `draad segment`), repeated to
# at least 50 MB. ucto is slow, so it gets the first MB only and its rate is
# scaled; everything runs single-threaded, one after another.
#
# Usage: bench/tokens.sh [DRAAD] [MB]     (default: $DRAAD, else build/draad; 50)
set -euo pipefail
if [ $# -gt 0 ]; then DRAAD=$1; fi
mb=${2:-50}
. "$(dirname "$0")/measure.sh"
command -v ucto >/dev/null || { echo "bench/tokens.sh: ucto is not installed (apt-get install ucto)" >&2; exit 2; }

# One segment stream of the samples, repeated; and its text, one segment per line.
"$draad" segment "$root/samples" > "$work/one.tsv"
text_per_copy=$(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "text") t = i; next } { n += length($t) + 1 }
                    END { print n }' "$work/one.tsv")
copies=$(( mb * 1000000 / text_per_copy + 1 ))
repeat_stream "$work/one.tsv" "$copies" "$work/big.tsv"
python3 - "$work/big.tsv" "$work/big.txt" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
    cols = f.readline().rstrip("\n").split("\t")
    t = cols.index("text")
    for line in f:
        field = line.rstrip("\n").split("\t")[t]
        out, i = [], 0
        while i < len(field):
            c = field[i]
            if c == "\\" and i + 1 < len(field):
                out.append({"t": "\t", "n": " ", "r": " ", "\\": "\\"}[field[i + 1]]); i += 2
            else:
                out.append(c); i += 1
        o.write("".join(out) + "\n")
PY
head -c 1000000 "$work/big.txt" | sed '$d' > "$work/slice.txt"
text_bytes=$(wc -c < "$work/big.txt")
slice_bytes=$(wc -c < "$work/slice.txt")

# Every tool here runs on one core: compare CPU seconds.
read -r _ d_s d_mb < <(measure "$draad" tokens "$work/big.tsv")
read -r _ w_s w_mb < <(measure wc -w "$work/big.txt")
read -r _ u_s u_mb < <(measure ucto -L nld "$work/slice.txt")
head -c $(( text_bytes / 10 )) "$work/big.tsv" | sed '$d' > "$work/tenth.tsv"
read -r _ t_s t_mb < <(measure "$draad" tokens "$work/tenth.tsv")

d_rate=$(rate "$text_bytes" "$d_s"); w_rate=$(rate "$text_bytes" "$w_s"); u_rate=$(rate "$slice_bytes" "$u_s")
printf 'input: %d MB of text from samples/ (%d copies), ucto on the first %d kB\n\n' \
  $(( text_bytes / 1000000 )) "$copies" $(( slice_bytes / 1000 ))
printf '%-14s %10s %10s %12s\n' tool "cpu s" "MB/s" "peak MB"
printf '%-14s %10s %10s %12s\n' "draad tokens" "$d_s" "$d_rate" "$d_mb"
printf '%-14s %10s %10s %12s\n' "wc -w" "$w_s" "$w_rate" "$w_mb"
printf '%-14s %10s %10s %12s\n' "ucto -L nld" "$u_s" "$u_rate" "$u_mb"
echo
awk -v d="$d_rate" -v u="$u_rate" -v w="$w_rate" 'BEGIN {
  printf "draad tokens / ucto: %.0fx faster\n", d / u
  printf "draad tokens / wc -w: %.2fx the speed\n", d / w }'
printf 'memory: %s MB peak on the whole input, %s MB on a tenth of it\n' "$d_mb" "$t_mb"
