#!/usr/bin/env bash
# bench/code.sh — throughput and peak memory of `draad code` with the default codebook.
#
# Usage: bench/code.sh [SIZE_MB]      (default 100; DRAAD=path/to/draad to pick a build)
#
# Builds a segment stream of at least SIZE_MB by repeating the segments of samples/
# (each copy's documents renamed r<N>/<doc>), and a directory of at least SIZE_MB of
# documents (copies of samples/ in r<N>/), then times, in one run:
#   draad code -j 1 and -j 2 over the whole stream (MB/s of stream, peak RSS),
#   draad code -j 1 and -j 2 over the documents, end to end: reading, normalising,
#     segmenting and coding (MB/s of documents, peak RSS),
#   ucto -L nld over a 2 MB slice of the same texts (scaled to MB/s),
#   wc -w over the same texts,
# and prints the ratios on the same texts. Output is byte-compared between -j 1 and -j 2.
# On a shared machine compare the CPU-second columns; wall time depends on the load.
set -euo pipefail

size_mb=${1:-100}
. "$(dirname "$0")/measure.sh"

# hunspell-nl's answers are kept between runs (README): as after any earlier
# run, one run over samples/ has them. DRAAD_CACHE=off measures without.
"$draad" code -j 1 "$root/samples" > /dev/null 2>&1

"$draad" segment "$root/samples" > "$work/one.tsv"
one_bytes=$(stat -c %s "$work/one.tsv")
copies=$(( (size_mb * 1000000 + one_bytes - 1) / one_bytes ))
repeat_stream "$work/one.tsv" "$copies" "$work/big.tsv"
bytes=$(stat -c %s "$work/big.tsv")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
# The texts alone (one segment per line), for ucto and wc.
text_col=$(head -n 1 "$work/big.tsv" | tr '\t' '\n' | grep -nx text | cut -d: -f1)
cut -f "$text_col" "$work/big.tsv" | tail -n +2 > "$work/texts.txt"
text_bytes=$(stat -c %s "$work/texts.txt")

echo "input: $mb MB segment stream ($copies copies of samples/, $(( $(wc -l < "$work/big.tsv") - 1 )) segments; texts $(rate "$text_bytes" 1) MB)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); dictionary answers kept between runs: ${DRAAD_CACHE:-on}"

echo "                     wall s    CPU s   MB/s wall  MB/s per CPU s  peak MB"
row() { printf "%-18s %8s %8s %10s %15s %8s %s\n" "$1" "$2" "$3" "$(rate "$5" "$2")" "$(rate "$5" "$3")" "$4" "${6:-}"; }

read -r w1 c1 m1 < <(measure "$draad" code -j 1 "$work/big.tsv")
mv "$work/out" "$work/out1"
row "draad code -j 1" "$w1" "$c1" "$m1" "$bytes"
read -r w2 c2 m2 < <(measure "$draad" code -j 2 "$work/big.tsv")
cmp -s "$work/out1" "$work/out" && same="byte-identical to -j 1" || same="DIFFERENT from -j 1"
row "draad code -j 2" "$w2" "$c2" "$m2" "$bytes" "(output $same)"
rm -f "$work/out" "$work/out1"

# End to end: the documents themselves, which draad code segments first.
doc_bytes=$(cat "$root"/samples/*.txt "$root"/samples/*.md "$root"/samples/*.vtt | wc -c)
doc_copies=$(( (size_mb * 1000000 + doc_bytes - 1) / doc_bytes ))
for c in $(seq "$doc_copies"); do
  mkdir -p "$work/docs/r$c"
  ln "$root"/samples/*.txt "$root"/samples/*.md "$root"/samples/*.vtt "$work/docs/r$c/" 2>/dev/null ||
    cp "$root"/samples/*.txt "$root"/samples/*.md "$root"/samples/*.vtt "$work/docs/r$c/"
done
docs_total=$(( doc_bytes * doc_copies ))
read -r w3 c3 m3 < <(measure "$draad" code -j 1 "$work/docs")
row "documents -j 1" "$w3" "$c3" "$m3" "$docs_total" "($(rate "$docs_total" 1) MB of documents, segmented first)"
read -r w4 c4 m4 < <(measure "$draad" code -j 2 "$work/docs")
row "documents -j 2" "$w4" "$c4" "$m4" "$docs_total"
rm -rf "$work/docs" "$work/out"

read -r ww cw mw < <(measure wc -w "$work/texts.txt")
row "wc -w (texts)" "$ww" "$cw" "$mw" "$text_bytes"

# Ratios on the same texts: draad's CPU time over the stream against the texts' bytes.
r1=$(rate "$text_bytes" "$c1")
line="texts per CPU second: draad code -j 1 $r1 MB/s = $(ratio "$r1" "$(rate "$text_bytes" "$cw")") x wc -w"
if command -v ucto > /dev/null; then
  # ucto is slow (and stalls on long lines): time a slice and scale.
  head -c 300000 "$work/texts.txt" > "$work/slice.txt"
  slice_bytes=$(stat -c %s "$work/slice.txt")
  read -r wu cu mu < <(measure ucto -L nld "$work/slice.txt" "$work/ucto.out")
  row "ucto (300 KB)" "$wu" "$cu" "$mu" "$slice_bytes" \
    "(~$(awk -v s="$cu" -v a="$text_bytes" -v b="$slice_bytes" 'BEGIN { printf "%.0f", s * a / b }') CPU s for the texts)"
  line="$line, $(ratio "$r1" "$(rate "$slice_bytes" "$cu")") x ucto"
fi
echo "$line"
