#!/usr/bin/env bash
# bench/run.sh — the engine side by side with a plain DuckDB program on the same generated inbox.
#
#   bench/run.sh [--sizes "100k 1M"] [--shape cumulative|windowed] [--items M] [--orgs N]
#                [--drops D] [--profile] [--keep]
#
# Per size: generates DROPS+1 weekly drops (SampleGenerator scale; --shape: every item in every
# drop, the default, or the last three weeks' items and every expert); then
#   full:   the first DROPS drops: `kczg ingest` and `kczg run` (cold JVMs, timed apart) from an
#           empty warehouse, and the DuckDB program as of the same date; figures compared;
#   weekly: one more drop on top: `kczg ingest` of that drop and `kczg run` (cold JVMs), and the
#           DuckDB program's full recompute; compared;
#   serve:  the same step inside `kczg serve` (warm): serve starts on a copy of the full run's
#           warehouse with the first drops in its inbox, reports once, then the last drop arrives;
#           the step is its ingest plus its weekly report, as serve's log times them.
# Wall time and peak RSS from /usr/bin/time -v. --profile adds a JFR recording and a Spark event
# log to the full run and summarizes both (bench/work/<size>/profile.txt).
# Rows land in bench/work/results/<size>.tsv; BENCHMARKS.md's generated table is rebuilt from them.
# Generated data is deleted after each size unless --keep.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${BENCH_WORK:-$ROOT/bench/work}"
SIZES="100k 1M"; ITEMS=""; ORGS=""; DROPS=6; PROFILE=0; KEEP=0; SHAPE=cumulative
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --items) ITEMS="$2"; shift 2 ;;
    --orgs) ORGS="$2"; shift 2 ;;
    --drops) DROPS="$2"; shift 2 ;;
    --shape) SHAPE="$2"; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n 2,15p "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -n "$ITEMS" ] && SIZES="$ITEMS"
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs GNU time (apt-get install time)" >&2; exit 2; }

echo "== building the engine and the DuckDB program (mvn -Pbench package)" >&2
(cd "$ROOT" && mvn -B -q -Pbench -DskipTests package) >&2
mkdir -p "$WORK/results"

count() { # 100k -> 100000, 1M -> 1000000, 250000 -> 250000
  local s="${1,,}"
  case "$s" in *k) echo $(( ${s%k} * 1000 )) ;; *m) echo $(( ${s%m} * 1000000 )) ;; *) echo "$s" ;; esac
}
# timed NAME CMD…: runs CMD under /usr/bin/time -v; sets SECS and RSS_MB; log in $DIR/NAME.log
timed() {
  local name="$1"; shift
  local t0 t1; t0=$(date +%s.%N)
  /usr/bin/time -v -o "$DIR/$name.time" "$@" >"$DIR/$name.log" 2>&1 || { tail -30 "$DIR/$name.log" >&2; return 1; }
  t1=$(date +%s.%N)
  SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')
  RSS_MB=$(awk '/Maximum resident set size/{printf "%.0f", $NF/1024}' "$DIR/$name.time")
  CPU=$(awk '/User time|System time/{s += $NF} END{printf "%.1f", s}' "$DIR/$name.time")
  echo "   $name: ${SECS} s, CPU ${CPU} s, peak RSS ${RSS_MB} MB" >&2
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "-" }'; }
. "$ROOT/bench/lib.sh"

for SIZE in $SIZES; do
  N=$(count "$SIZE"); O="${ORGS:-$(( N / 100 > 1000 ? N / 100 : 1000 ))}"
  DIR="$WORK/$SIZE-$SHAPE"; rm -rf "$DIR"; mkdir -p "$DIR"
  echo "== $SIZE ($SHAPE): $N items, $O organizations, $DROPS+1 drops; load: $(uptime | sed 's/.*load/load/')" >&2
  [ "$(df -Pm "$WORK" | awk 'NR==2{print $4}')" -gt $(( N / 2500 * 2 + 2000 )) ] \
    || { echo "bench/run.sh: not enough free disk in $WORK for $SIZE" >&2; exit 1; }
  LOAD_BEFORE=$(awk '{print $1}' /proc/loadavg)
  timed generate java -cp "$ROOT/data-samples/target/classes" cn.kczg.samples.SampleGenerator scale \
    --orgs "$O" --items "$N" --drops $(( DROPS + 1 )) --shape "$SHAPE" --out "$DIR/all"
  mapfile -t ALL < <(drop_folders "$DIR/all")
  mkdir -p "$DIR/inbox"
  for d in "${ALL[@]:0:$DROPS}"; do ln -s "$DIR/all/$d" "$DIR/inbox/$d"; done
  LAST="${ALL[$DROPS]}"; ASOF="${ALL[$((DROPS - 1))]}"
  ROWS=$(cat "$DIR"/inbox/*/*.csv | wc -l); ROWS=$(( ROWS - $(ls "$DIR"/inbox/*/*.csv | wc -l) ))
  MB=$(du -smL "$DIR/inbox" | cut -f1)
  G=(--warehouse "$DIR/warehouse" --out "$DIR/out")
  prof() { # JVM options of a profiled phase: a JFR recording and a Spark event log of its own
    [ "$PROFILE" = 1 ] || { echo "${KCZG_JAVA_OPTS:-}"; return; }
    mkdir -p "$DIR/events-$1"
    echo "${KCZG_JAVA_OPTS:-} -XX:StartFlightRecording=filename=$DIR/$1.jfr,settings=profile -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false -Dspark.eventLog.rolling.enabled=false -Dspark.eventLog.dir=file://$DIR/events-$1"
  }
  echo " full ($DROPS drops, as of $ASOF)" >&2
  timed ingest env KCZG_JAVA_OPTS="$(prof ingest)" "$ROOT/kczg" ingest "$DIR/inbox" "${G[@]}"; INGEST=$SECS; INGEST_RSS=$RSS_MB; INGEST_CPU=$CPU
  timed run env KCZG_JAVA_OPTS="$(prof run)" "$ROOT/kczg" run --as-of "$ASOF" "${G[@]}"; RUN=$SECS; RUN_RSS=$RSS_MB; RUN_CPU=$CPU
  timed duckdb java -jar "$ROOT/bench/target/kczg-bench.jar" --inbox "$DIR/inbox" --out "$DIR/duckdb" --as-of "$ASOF"
  DUCK=$SECS; DUCK_RSS=$RSS_MB; DUCK_CPU=$CPU
  SAME=$(java -cp "$ROOT/bench/target/kczg-bench.jar" cn.kczg.bench.ProgressCompare "$DIR/out/hengyang-2022/$ASOF" "$DIR/duckdb" || true)
  echo "   $SAME" >&2
  rm -rf "$DIR/warehouse-serve"; cp -r "$DIR/warehouse" "$DIR/warehouse-serve"
  echo " weekly (drop $LAST on top)" >&2
  NEW=$(( $(cat "$DIR/all/$LAST"/*.csv | wc -l) - $(ls "$DIR/all/$LAST"/*.csv | wc -l) ))
  timed ingest-weekly "$ROOT/kczg" ingest "$DIR/all/$LAST" "${G[@]}"; WINGEST=$SECS; WINGEST_CPU=$CPU
  timed run-weekly "$ROOT/kczg" run --as-of "$LAST" "${G[@]}"; WRUN=$SECS; WRUN_RSS=$RSS_MB; WRUN_CPU=$CPU
  timed duckdb-weekly java -jar "$ROOT/bench/target/kczg-bench.jar" --inbox "$DIR/all" --out "$DIR/duckdb-weekly" --as-of "$LAST"
  WDUCK=$SECS; WDUCK_CPU=$CPU
  WSAME=$(java -cp "$ROOT/bench/target/kczg-bench.jar" cn.kczg.bench.ProgressCompare "$DIR/out/hengyang-2022/$LAST" "$DIR/duckdb-weekly" || true)
  echo "   $WSAME" >&2
  echo " weekly inside serve (warm)" >&2
  serve_weeks "$DIR/serve" "$DIR/all" "$DROPS" "$DIR/warehouse-serve"
  SERVE=$(awk -v a="${INGESTS[0]}" -v b="${WARM[0]}" 'BEGIN{printf "%.1f", a+b}')
  echo "   serve: ingest ${INGESTS[0]} s + report ${WARM[0]} s = $SERVE s" >&2
  rm -rf "$DIR/warehouse-serve"
  ENGINE=$(awk -v a="$INGEST" -v b="$RUN" 'BEGIN{printf "%.1f", a+b}')
  PEAK=$(( INGEST_RSS > RUN_RSS ? INGEST_RSS : RUN_RSS ))
  WENGINE=$(awk -v a="$WINGEST" -v b="$WRUN" 'BEGIN{printf "%.1f", a+b}')
  LOAD_AFTER=$(awk '{print $1}' /proc/loadavg)
  ECPU=$(awk -v a="$INGEST_CPU" -v b="$RUN_CPU" 'BEGIN{printf "%.1f", a+b}')
  WECPU=$(awk -v a="$WINGEST_CPU" -v b="$WRUN_CPU" 'BEGIN{printf "%.1f", a+b}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |\n' \
    "$N" "$SHAPE" "$ROWS" "$MB" "$INGEST" "$RUN" "$ECPU" "$PEAK" "$DUCK" "$DUCK_CPU" "$DUCK_RSS" \
    "$(ratio "$ENGINE" "$DUCK")" "$(ratio "$ECPU" "$DUCK_CPU")" "$(ratio "$PEAK" "$DUCK_RSS")" \
    "$WENGINE ($WECPU CPU)" "$WDUCK ($WDUCK_CPU CPU)" "$(ratio "$WENGINE" "$WDUCK")" "$SERVE" "$(ratio "$SERVE" "$WDUCK")" "$NEW" "$LOAD_BEFORE" "$LOAD_AFTER" "${SAME%%:*}" "${WSAME%%:*}" > "$WORK/results/$SIZE-$SHAPE.tsv"
  if [ "$PROFILE" = 1 ]; then "$ROOT/bench/profile-summary.sh" "$DIR" > "$DIR/profile.txt" 2>&1 || true; rm -rf "$DIR"/events-* "$DIR"/*.jfr; fi
  [ "$KEEP" = 1 ] || rm -rf "$DIR/all" "$DIR/inbox" "$DIR/warehouse" "$DIR/duckdb"* "$DIR/out" "$DIR/serve"
done

# Rebuild BENCHMARKS.md's generated table from every size measured so far.
TABLE="$WORK/results/table.md"
{
  echo "| items | shape | CSV rows | MB | engine ingest s | engine run s | engine CPU s | engine peak RSS MB | DuckDB s | DuckDB CPU s | DuckDB peak RSS MB | wall ratio engine/DuckDB | CPU ratio | memory ratio | weekly drop: engine ingest+run s | weekly: DuckDB full recompute s | weekly ratio | weekly in serve s | serve ratio | weekly drop rows | load 1-min before / after | full figures | weekly figures |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|"
  for f in "$WORK"/results/[0-9]*-*.tsv; do cat "$f"; done | sort -t'|' -k2,2n -k3,3
} > "$TABLE"
if [ -f "$ROOT/BENCHMARKS.md" ] && grep -q '<!-- bench:begin -->' "$ROOT/BENCHMARKS.md"; then
  awk -v t="$TABLE" '/<!-- bench:begin -->/{print; while ((getline l < t) > 0) print l; skip=1; next}
    /<!-- bench:end -->/{skip=0} !skip' "$ROOT/BENCHMARKS.md" > "$ROOT/BENCHMARKS.md.tmp" && mv "$ROOT/BENCHMARKS.md.tmp" "$ROOT/BENCHMARKS.md"
else
  { echo "# Benchmarks"; echo; echo "<!-- bench:begin -->"; cat "$TABLE"; echo "<!-- bench:end -->"; } > "$ROOT/BENCHMARKS.md"
fi
cat "$TABLE"
