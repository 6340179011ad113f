#!/usr/bin/env bash
# bench/integrity-overhead.sh — what the integrity checks add to a run (issue: at most 20%).
#
#   bench/integrity-overhead.sh [--items 1000000] [--orgs 5000] [--drops 6] [--rounds 3]
#                               [--mode both|first|warm] [--keep]
#
# Generates an inbox and ingests it once, then alternates `kczg run` with the checks on (the
# built-in rulebook) and off (a copy of hengyang-2022 in <warehouse>/programs/ with every check
# `enabled: false`), each in a cold JVM, in two situations:
#   first  the first run after the ingest, as in bench/run.sh: every date is counted (the
#          warehouse is restored from a copy taken after the ingest before each run);
#   warm   a run again on the same data: the earlier dates' counts are stored, only the as-of
#          date is counted, so the checks are the largest share of it.
# Prints the medians (wall and CPU seconds) and the overhead of each, and appends a row per mode to
# bench/work/results/integrity.tsv. --keep leaves the inbox and warehouse for profiling. The ingest
# derives the checks' candidate groups (CheckGroups) at its end; the time that took is printed too.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ITEMS=1000000; ORGS=5000; DROPS=6; ROUNDS=3; KEEP=0; MODE=both
while [ $# -gt 0 ]; do
  case "$1" in
    --items) ITEMS="$2"; shift 2 ;;
    --orgs) ORGS="$2"; shift 2 ;;
    --drops) DROPS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --mode) MODE="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--items M] [--orgs N] [--drops D] [--rounds R] [--mode both|first|warm] [--keep]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench/integrity-overhead.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
command -v bc >/dev/null || { echo "bench/integrity-overhead.sh: needs bc (apt-get install bc)" >&2; exit 2; }
WORK="$ROOT/bench/work/integrity-$ITEMS"
rm -rf "$WORK"; mkdir -p "$WORK" "$ROOT/bench/work/results"
"$ROOT/kczg" --help >/dev/null   # builds when needed
java -cp "$ROOT/data-samples/target/classes" cn.kczg.samples.SampleGenerator scale \
  --orgs "$ORGS" --items "$ITEMS" --drops "$DROPS" --out "$WORK/inbox" >/dev/null
WH="$WORK/warehouse"
INGEST_START=$(date +%s.%N)
"$ROOT/kczg" ingest "$WORK/inbox" --warehouse "$WH" >"$WORK/ingest.log" 2>&1
INGEST_S=$(echo "$(date +%s.%N) - $INGEST_START" | bc)
# The check groups are derived at the end of the ingest; their share of it:
DERIVED=$(grep -o 'check groups: derived from the current states in [0-9.]* s' "$WORK/ingest.log" | grep -o '[0-9.]* s$' || echo "n/a")
echo "items $ITEMS: ingest ${INGEST_S} s, of which deriving the check groups ${DERIVED}"
cp -r "$WH" "$WORK/after-ingest"

OFF="$WH/programs/hengyang-2022.yaml"
off() {
  mkdir -p "$WH/programs"
  sed 's/^  - check: \(.*\)$/  - enabled: false\n    check: \1/' "$ROOT/schemas/src/main/resources/programs/hengyang-2022.yaml" > "$OFF"
}
timed() {  # prints wall seconds of one cold `kczg run`; appends its CPU seconds (user+sys) to $CPU_LOG
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -a -o "$CPU_LOG" -f '%U+%S' "$ROOT/kczg" run --warehouse "$WH" --out "$WORK/out" --quiet >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
cpu_last() { tail -1 "$CPU_LOG" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
CPU_LOG="$WORK/cpu.log"
measure() {  # $1 = first | warm
  local mode="$1" r
  ON_T=(); OFF_T=(); ON_C=(); OFF_C=()
  for r in $(seq "$ROUNDS"); do
    [ "$mode" = first ] && { rm -rf "$WH"; cp -r "$WORK/after-ingest" "$WH"; }
    rm -f "$OFF"; ON_T+=("$(timed)"); ON_C+=("$(cpu_last)")
    CHECKS_MS=$(grep -ho '"integrity_checks_ms" : [0-9]*' "$WORK"/out/hengyang-2022/*/manifest.json | tail -1 | grep -o '[0-9]*$')
    [ "$mode" = first ] && { rm -rf "$WH"; cp -r "$WORK/after-ingest" "$WH"; }
    off; OFF_T+=("$(timed)"); OFF_C+=("$(cpu_last)")
  done
  rm -f "$OFF"
  ON_M=$(printf '%s\n' "${ON_T[@]}" | median)
  OFF_M=$(printf '%s\n' "${OFF_T[@]}" | median)
  PCT=$(echo "scale=1; ($ON_M - $OFF_M) * 100 / $OFF_M" | bc)
  ON_CM=$(printf '%s\n' "${ON_C[@]}" | median)
  OFF_CM=$(printf '%s\n' "${OFF_C[@]}" | median)
  CPU_PCT=$(echo "scale=1; ($ON_CM - $OFF_CM) * 100 / $OFF_CM" | bc)
  LOAD=$(cut -d' ' -f1 /proc/loadavg)
  echo "items $ITEMS, $mode run: with checks ${ON_T[*]} s (median $ON_M), without ${OFF_T[*]} s (median $OFF_M): +$PCT %; checks ${CHECKS_MS} ms; load $LOAD"
  echo "  CPU seconds (user+sys): with checks ${ON_C[*]} (median $ON_CM), without ${OFF_C[*]} (median $OFF_CM): +$CPU_PCT %"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$ITEMS" "$mode" "${ON_T[*]}" "$ON_M" "${OFF_T[*]}" "$OFF_M" "$PCT" "$LOAD" >> "$ROOT/bench/work/results/integrity.tsv"
}
case "$MODE" in
  first) measure first ;;
  warm) "$ROOT/kczg" run --warehouse "$WH" --out "$WORK/out" --quiet >/dev/null; measure warm ;;
  both) measure first; measure warm ;;   # the last first-mode run leaves counts stored
  *) echo "--mode: both, first or warm" >&2; exit 2 ;;
esac
[ "$KEEP" = 1 ] || rm -rf "$WORK"
