#!/usr/bin/env bash
# bench/memory.sh — peak memory of `draad segment` and `draad code` on one large document or table.
#
# Usage: bench/memory.sh [DOC_MB [TABLE_MB]]    (default 100 and 500; DRAAD=path/to/draad to pick a build)
#
# Builds, in a scratch directory, from the texts of samples/:
#   transcript.txt  the transcripts' bodies (front matter left out) repeated to DOC_MB:
#                   long labelled turns, one per line;
#   extract.txt     the body of the PDF-extracted report (samples/verslag-eindhoven.txt)
#                   repeated to DOC_MB: lines of about 80 characters, page headers, broken
#                   words; draad finds it is an extract and reflows it;
#   answers.md      the Mentimeter export's front matter once, then its body (headings and
#                   one short answer per paragraph) repeated to DOC_MB;
#   answers.csv     a Forms-style table (the columns of tests/data/tables/formulier.csv) of TABLE_MB,
#                   one respondent per row, read with --text on its two open questions;
# and prints, for draad segment and draad code (the default codebook, -j 1) on each, the
# peak resident memory (GNU time's maximum RSS) and its ratio to the input's size.
# transcript.txt runs three times: as it is, from a pipe (`cat | draad segment -`), and
# with --reflow on (reflow reads every document as a PDF extract). The aim is a peak under 200 MB for a 100 MB document or a 500 MB table.
set -euo pipefail

doc_mb=${1:-100}
table_mb=${2:-500}
. "$(dirname "$0")/measure.sh"

# The text after a file's front matter.
body() { awk 'NR == 1 && $0 == "---" { fm = 1; next } fm && $0 == "---" { fm = 0; next } !fm' "$1"; }

# Appends copies of file $1 to file $2 until $2 holds $3 MB.
fill() {
  local one copies
  one=$(stat -c %s "$1")
  copies=$(( ($3 * 1000000 - $(stat -c %s "$2") + one - 1) / one ))
  for _ in $(seq "$copies"); do cat "$1"; done >> "$2"
}

for f in "$root"/samples/sessie-*.txt "$root"/samples/duo-interview-*.txt; do body "$f"; echo; done > "$work/turns"
: > "$work/transcript.txt"
fill "$work/turns" "$work/transcript.txt" "$doc_mb"

# A form feed between copies, as pdftotext writes between pages.
{ body "$root/samples/verslag-eindhoven.txt"; printf '\f'; } > "$work/report"
: > "$work/extract.txt"
fill "$work/report" "$work/extract.txt" "$doc_mb"

awk 'NR == 1, /^---$/ && NR > 1' "$root/samples/mentimeter-amersfoort.md" > "$work/answers.md"
body "$root/samples/mentimeter-amersfoort.md" > "$work/menti"
fill "$work/menti" "$work/answers.md" "$doc_mb"

# Respondents R1, R2, ...: answers of a few sentences, attributes as Forms writes them.
awk -v bytes="$(( table_mb * 1000000 ))" 'BEGIN {
  print "Respondent;Ingevuld op;Wijk;Leeftijd;Rapportcijfer;Wat waardeert u in uw buurt?;Wat mist u in uw buurt?"
  split("Kattenbroek Vathorst Schothorst Nieuwland Liendert", wijk, " ")
  split("18-34 35-49 50-64 65+", leeftijd, " ")
  good[1] = "De speeltuin bij de school, daar kom je vanzelf andere ouders tegen."
  good[2] = "\"Mijn buren. Als ik boodschappen nodig heb, staan ze klaar.\nDat had ik niet verwacht.\""
  good[3] = "Het groen en de rust, en de buurtapp werkt goed."
  miss[1] = "Een plek om binnen af te spreken als het regent."
  miss[2] = "Een bankje bij de bushalte"
  miss[3] = ""
  miss[4] = "\"Meer \"\"gewone\"\" activiteiten; niet alleen voor gezinnen\""
  for (n = 1; total < bytes; ++n) {
    line = sprintf("R%d;12-03-2026 19:%02d;%s;%s;%d,5;%s;%s", n, n % 60, wijk[n % 5 + 1], leeftijd[n % 4 + 1],
                   n % 5 + 5, good[n % 3 + 1], miss[n % 4 + 1])
    print line
    total += length(line) + 1
  }
}' > "$work/answers.csv"

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.0f", b / 1e6 }'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-40s %8s %8s %8s %7s\n" "case" "input MB" "CPU s" "peak MB" "ratio"
row() {
  local name=$1 file=$2
  shift 2
  local w c m
  for command in segment code; do
    read -r w c m < <(measure "$draad" "$command" "$@")
    rm -f "$work/out"
    printf "%-40s %8s %8s %8s %7s\n" "$command $name" "$(mb "$file")" "$c" "$m" \
      "$(ratio "$m" "$(mb "$file")")"
  done
}
row "transcript.txt" "$work/transcript.txt" "$work/transcript.txt"
# Standard input from a pipe, whose size is not known before its end (draad
# code reads a segment stream there, not a document).
read -r w c m < <(measure sh -c 'cat "$1" | exec "$2" segment -' pipe "$work/transcript.txt" "$draad")
printf "%-40s %8s %8s %8s %7s\n" "segment - (transcript.txt from a pipe)" "$(mb "$work/transcript.txt")" "$c" "$m" \
  "$(ratio "$m" "$(mb "$work/transcript.txt")")"
row "transcript.txt --reflow on" "$work/transcript.txt" "$work/transcript.txt" --reflow on
row "extract.txt (reflowed)" "$work/extract.txt" "$work/extract.txt"
row "answers.md" "$work/answers.md" "$work/answers.md"
row "answers.csv --text (2 columns)" "$work/answers.csv" "$work/answers.csv" --id Respondent \
  --text "Wat waardeert u in uw buurt?" --text "Wat mist u in uw buurt?"
