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
load() { uptime | sed 's/.*load average: //; s/,//g' | awk '{print $1}'; }
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
# serve_weeks DIR SOURCE FIRST: serve with the first FIRST drops of SOURCE in DIR/inbox; after its
# first report, the remaining drops arrive one at a time. Sets WARM_FIRST (the first report's
# seconds), WARM (the later reports' seconds) and INGEST (the last drop's ingest seconds).
serve_weeks() {
  local dir="$1" source="$2" first="$3"
  local inbox="$dir/inbox" log="$dir/serve.log"
  mkdir -p "$inbox"
  local drops=($(ls "$source"))
  for d in "${drops[@]:0:$first}"; do cp -r "$source/$d" "$inbox/"; done
  printf '%s\n' "inbox: inbox" "outbox: outbox" "inbox_watch:" "  every_seconds: 2" \
    "  settle_seconds: 1" "weekly_report:" '  cron: "0/5 * * * * ?"' >"$dir/serve.yaml"
  "$ROOT/kczg" serve --config "$dir/serve.yaml" --warehouse "$dir/warehouse" \
    --out "$dir/out" >"$log" 2>&1 &
  local serve=$!
  trap "kill $serve 2>/dev/null || true" EXIT
  wait_for() { # wait_for PATTERN SECONDS
    local deadline=$(( $(date +%s) + $2 ))
    until grep -q "$1" "$log"; do
      kill -0 $serve 2>/dev/null || { tail -20 "$log" >&2; echo "bench/city.sh: serve stopped" >&2; exit 1; }
      [ "$(date +%s)" -lt "$deadline" ] || { tail -20 "$log" >&2; echo "bench/city.sh: timed out waiting for: $1" >&2; exit 1; }
      sleep 0.5
    done
  }
  seconds() { grep "week $1 computed and written" "$log" | sed 's/.* in \([0-9.]*\) s.*/\1/'; }
  wait_for "week ${drops[$((first - 1))]} computed and written" 900
  WARM_FIRST=$(seconds "${drops[$((first - 1))]}")
  WARM=()
  for d in "${drops[@]:$first}"; do
    cp -r "$source/$d" "$inbox/.$d" && mv "$inbox/.$d" "$inbox/$d"
    wait_for "week $d computed and written" 600
    WARM+=("$(seconds "$d")")
  done
  kill -TERM $serve; wait $serve 2>/dev/null || true
  trap - EXIT
  INGEST=$(grep "inbox: ingested in" "$log" | tail -1 | sed 's/.* in \([0-9.]*\) s.*/\1/')
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

# the bundled sample: three drops, then the fourth
serve_weeks "$WORK/serve" "$SAMPLE" 3
SAMPLE_FIRST=$WARM_FIRST; SAMPLE_WARM=${WARM[0]}; SAMPLE_INGEST=$INGEST
# six drops of a generated city, then WEEKS more, a week at a time
java -cp "$ROOT/data-samples/target/classes" cn.kczg.samples.SampleGenerator scale \
  --orgs 300 --items 15000 --drops $(( 6 + WEEKS )) --out "$WORK/city-inbox" >/dev/null
serve_weeks "$WORK/weekly" "$WORK/city-inbox" 6
WEEKLY_MEDIAN=$(median "${WARM[@]}")
LOAD_AFTER=$(load)

echo "cold kczg run: median ${COLD_MEDIAN} s of ${COLD[*]} (target < 20 s)"
echo "serve, bundled sample: week-3 report (first, JVM warming) ${SAMPLE_FIRST} s; after the next drop: ingest ${SAMPLE_INGEST} s, week-4 report ${SAMPLE_WARM} s (target < 3 s)"
echo "serve, six drops (300 organizations): first report ${WARM_FIRST} s; the next ${WEEKS} weeks' reports ${WARM[*]} s, median ${WEEKLY_MEDIAN} s (target < 3 s); last ingest ${INGEST} s"
echo "load (1 min) before / after: $LOAD_BEFORE / $LOAD_AFTER"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$COLD_MEDIAN" "${COLD[*]}" \
  "$SAMPLE_WARM" "$SAMPLE_INGEST" "$SAMPLE_FIRST" "$LOAD_BEFORE/$LOAD_AFTER" "$WEEKLY_MEDIAN" \
  "${WARM[*]}" >>"$ROOT/bench/work/results/city.tsv"
