#!/usr/bin/env bash
# bench/city.sh — issue 6's city-size targets on the bundled 衡阳 sample (300 organizations):
#
#   bench/city.sh [--rounds 3]
#
#   cold: `./kczg run` in a fresh JVM on a warehouse holding the four sample drops (after one
#         warm-up run that stores the per-date counts, as a weekly user's warehouse has them);
#         wall and CPU seconds of each round, and the median.
#   warm: `./kczg serve` with the first three drops in its inbox: it ingests them and makes the
#         week-3 report (Spark and the JIT warm up); then the fourth drop is copied in, and the
#         log's own timing of the week-4 report ("computed and written in X s": the program run
#         and every output file) and of its ingest is read.
# Prints one line per measurement and appends them to bench/work/results/city.tsv.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    -h|--help) sed -n 2,14p "$0"; exit 0 ;;
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

# --- warm weekly run inside serve ---------------------------------------------------------------
INBOX="$WORK/serve/inbox"; mkdir -p "$INBOX"
DROPS=($(ls "$SAMPLE"))
for d in "${DROPS[@]:0:${#DROPS[@]}-1}"; do cp -r "$SAMPLE/$d" "$INBOX/"; done
LAST="${DROPS[${#DROPS[@]}-1]}"
cat >"$WORK/serve/serve.yaml" <<EOF
inbox: inbox
outbox: outbox
inbox_watch:
  every_seconds: 2
  settle_seconds: 1
weekly_report:
  cron: "0/5 * * * * ?"
EOF
LOG="$WORK/serve/serve.log"
"$ROOT/kczg" serve --config "$WORK/serve/serve.yaml" --warehouse "$WORK/serve/warehouse" \
  --out "$WORK/serve/out" >"$LOG" 2>&1 &
SERVE=$!
trap 'kill $SERVE 2>/dev/null || true' EXIT
wait_for() { # wait_for PATTERN SECONDS
  local deadline=$(( $(date +%s) + $2 ))
  until grep -q "$1" "$LOG"; do
    kill -0 $SERVE 2>/dev/null || { tail -20 "$LOG" >&2; echo "bench/city.sh: serve stopped" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { tail -20 "$LOG" >&2; echo "bench/city.sh: timed out waiting for: $1" >&2; exit 1; }
    sleep 1
  done
}
WEEK3="${DROPS[${#DROPS[@]}-2]}"
wait_for "week $WEEK3 computed and written" 600
cp -r "$SAMPLE/$LAST" "$INBOX/.$LAST" && mv "$INBOX/.$LAST" "$INBOX/$LAST"
wait_for "week $LAST computed and written" 600
kill -TERM $SERVE; wait $SERVE 2>/dev/null || true
trap - EXIT
WARM3=$(grep "week $WEEK3 computed and written" "$LOG" | sed 's/.* in \([0-9.]*\) s.*/\1/')
WARM=$(grep "week $LAST computed and written" "$LOG" | sed 's/.* in \([0-9.]*\) s.*/\1/')
INGEST=$(grep "inbox: ingested in" "$LOG" | tail -1 | sed 's/.* in \([0-9.]*\) s.*/\1/')
LOAD_AFTER=$(load)

echo "cold kczg run: median ${COLD_MEDIAN} s of ${COLD[*]} (target < 20 s)"
echo "serve: week $WEEK3 report (first, JVM warming) ${WARM3} s; after the next drop: ingest ${INGEST} s, week $LAST report ${WARM} s (target < 3 s)"
echo "load (1 min) before / after: $LOAD_BEFORE / $LOAD_AFTER"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$COLD_MEDIAN" "${COLD[*]}" "$WARM" "$INGEST" \
  "$WARM3" "$LOAD_BEFORE/$LOAD_AFTER" >>"$ROOT/bench/work/results/city.tsv"
