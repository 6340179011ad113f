#!/usr/bin/env bash
# bench/city.sh — issue 6's city-size targets on the bundled 衡阳 sample (300 organizations):
#
#   bench/city.sh [--rounds 3] [--weeks 5]
#
#   cold: `./kczg run` in a fresh JVM on a warehouse holding the four sample drops (after one
#         warm-up run that stores the per-date counts, as a weekly user's warehouse has them);
#         wall and CPU seconds of each round, and the median.
#   warm: `./kczg serve` with the first three drops in its inbox: it ingests them and makes the
#         week-3 report (Spark and the JIT warm up); then the fourth drop is copied in, and the
#         log's own timing of the week-4 report ("computed and written in X s": the program run
#         and every output file) and of its ingest is read.
#   weekly: the issue's city size, six drops: a generated inbox (300 organizations, ~15,000
#         items, SampleGenerator scale, 6 + WEEKS drops); `./kczg serve` ingests the first six and
#         reports; then each further drop arrives a week at a time and its report is timed as
#         above; the median of those WEEKS reports (a serve process that has reported before).
# Prints one line per measurement and appends them to bench/work/results/city.tsv.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS=3; WEEKS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --weeks) WEEKS="$2"; shift 2 ;;
    -h|--help) sed -n 2,18p "$0"; exit 0 ;;
    *) echo "bench/city.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench/city.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
SAMPLE="$ROOT/data-samples/hengyang-2022/inbox"
WORK="$ROOT/bench/work/city"
rm -rf "$WORK"; mkdir -p "$WORK" "$ROOT/bench/work/results"
"$ROOT/kczg" --help >/dev/null   # builds when needed
. "$ROOT/bench/lib.sh"
LOAD_BEFORE=$(load)

# --- cold runs --------------------------------------------------------------------------------
WH="$WORK/warehouse"
"$ROOT/kczg" ingest "$SAMPLE" --warehouse "$WH" --quiet >/dev/null
"$ROOT/kczg" run --warehouse "$WH" --out "$WORK/out" --quiet >/dev/null   # warm-up (and CDS archive)
COLD=()
for i in $(seq 1 "$ROUNDS"); do
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$WORK/cold.time" \
    "$ROOT/kczg" run --warehouse "$WH" --out "$WORK/out" --quiet >/dev/null
  end=$(date +%s.%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b-a}')
  cpu=$(awk '{printf "%.1f", $1+$2}' "$WORK/cold.time")
  rss=$(awk '{printf "%.0f", $3/1024}' "$WORK/cold.time")
  echo "cold kczg run $i: ${wall} s wall, ${cpu} s CPU, ${rss} MB peak RSS" >&2
  COLD+=("$wall")
done
COLD_MEDIAN=$(printf '%s\n' "${COLD[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')

# --- warm weekly runs inside serve --------------------------------------------------------------

# the bundled sample: three drops, then the fourth
serve_weeks "$WORK/serve" "$SAMPLE" 3
SAMPLE_FIRST=$WARM_FIRST; SAMPLE_WARM=${WARM[0]}; SAMPLE_INGEST=${INGESTS[0]}
# six drops of a generated city, then WEEKS more, a week at a time
java -cp "$ROOT/data-samples/target/classes" cn.kczg.samples.SampleGenerator scale \
  --orgs 300 --items 15000 --drops $(( 6 + WEEKS )) --out "$WORK/city-inbox" >/dev/null
serve_weeks "$WORK/weekly" "$WORK/city-inbox" 6
WEEKLY_MEDIAN=$(median "${WARM[@]}"); INGEST=${INGESTS[-1]}
LOAD_AFTER=$(load)

echo "cold kczg run: median ${COLD_MEDIAN} s of ${COLD[*]} (target < 20 s)"
echo "serve, bundled sample: week-3 report (first, JVM warming) ${SAMPLE_FIRST} s; after the next drop: ingest ${SAMPLE_INGEST} s, week-4 report ${SAMPLE_WARM} s (target < 3 s)"
echo "serve, six drops (300 organizations): first report ${WARM_FIRST} s; the next ${WEEKS} weeks' reports ${WARM[*]} s, median ${WEEKLY_MEDIAN} s (target < 3 s); last ingest ${INGEST} s"
echo "load (1 min) before / after: $LOAD_BEFORE / $LOAD_AFTER"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$COLD_MEDIAN" "${COLD[*]}" \
  "$SAMPLE_WARM" "$SAMPLE_INGEST" "$SAMPLE_FIRST" "$LOAD_BEFORE/$LOAD_AFTER" "$WEEKLY_MEDIAN" \
  "${WARM[*]}" >>"$ROOT/bench/work/results/city.tsv"
