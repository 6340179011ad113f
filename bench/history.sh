#!/usr/bin/env bash
# bench/history.sh — does the weekly step grow with history? Issue 17's series.
#
#   bench/history.sh [--items 1M] [--orgs N] [--drops "6 26"] [--shape cumulative|windowed]
#
# For each number of drops D: generates ITEMS items over D+1 weekly drops (SampleGenerator scale);
# ingests the first D drops and runs as of the D-th (not timed: the warehouse a weekly user has);
# then times the weekly step on a copy of that warehouse: `kczg ingest` of drop D+1 and `kczg run`
# as of it in cold JVMs, and the same step inside a warm `kczg serve` (its ingest and its weekly
# report, from serve's log); and the DuckDB program's recompute of all D+1 drops.
# Writes bench/work/results/history-<shape>.tsv, the table between <!-- history:begin/end -->
# in BENCHMARKS.md, and the chart bench/history.png.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${BENCH_WORK:-$ROOT/bench/work}"
ITEMS=1M; ORGS=""; SERIES="6 26"; SHAPE=cumulative
while [ $# -gt 0 ]; do
  case "$1" in
    --items) ITEMS="$2"; shift 2 ;;
    --orgs) ORGS="$2"; shift 2 ;;
    --drops) SERIES="$2"; shift 2 ;;
    --shape) SHAPE="$2"; shift 2 ;;
    -h|--help) sed -n 2,14p "$0"; exit 0 ;;
    *) echo "bench/history.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench/history.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
. "$ROOT/bench/lib.sh"
echo "== building the engine and the DuckDB program (mvn -Pbench package)" >&2
(cd "$ROOT" && mvn -B -q -Pbench -DskipTests package) >&2
count() { local s="${1,,}"; case "$s" in *k) echo $(( ${s%k} * 1000 )) ;; *m) echo $(( ${s%m} * 1000000 )) ;; *) echo "$s" ;; esac; }
N=$(count "$ITEMS"); O="${ORGS:-$(( N / 100 > 1000 ? N / 100 : 1000 ))}"
OUT="$WORK/results/history-$SHAPE.tsv"; mkdir -p "$WORK/results"; : >"$OUT"
wall() { # wall CMD…: runs CMD quietly; prints its wall seconds
  local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}'
}
for D in $SERIES; do
  DIR="$WORK/history-$SHAPE-$D"; rm -rf "$DIR"; mkdir -p "$DIR/inbox"
  echo "== $D drops behind ($N items, $O organizations, $SHAPE); load $(load)" >&2
  java -cp "$ROOT/data-samples/target/classes" cn.kczg.samples.SampleGenerator scale \
    --orgs "$O" --items "$N" --drops $(( D + 1 )) --shape "$SHAPE" --out "$DIR/all" >/dev/null
  mapfile -t ALL < <(drop_folders "$DIR/all")
  for d in "${ALL[@]:0:$D}"; do ln -s "$DIR/all/$d" "$DIR/inbox/$d"; done
  LAST="${ALL[$D]}"
  G=(--warehouse "$DIR/warehouse" --out "$DIR/out")
  "$ROOT/kczg" ingest "$DIR/inbox" "${G[@]}" --quiet >/dev/null
  "$ROOT/kczg" run "${G[@]}" --quiet >/dev/null
  cp -r "$DIR/warehouse" "$DIR/warehouse-serve"
  LOAD_BEFORE=$(load)
  INGEST=$(wall "$ROOT/kczg" ingest "$DIR/all/$LAST" "${G[@]}")
  RUN=$(wall "$ROOT/kczg" run --as-of "$LAST" "${G[@]}")
  COLD=$(awk -v a="$INGEST" -v b="$RUN" 'BEGIN{printf "%.1f", a+b}')
  serve_weeks "$DIR/serve" "$DIR/all" "$D" "$DIR/warehouse-serve"
  SERVE=$(awk -v a="${INGESTS[0]}" -v b="${WARM[0]}" 'BEGIN{printf "%.1f", a+b}')
  DUCK=$(wall java -jar "$ROOT/bench/target/kczg-bench.jar" --inbox "$DIR/all" --out "$DIR/duckdb" --as-of "$LAST")
  SAME=$(java -cp "$ROOT/bench/target/kczg-bench.jar" cn.kczg.bench.ProgressCompare \
    "$DIR/out/hengyang-2022/$LAST" "$DIR/duckdb" || true)
  ROWS=$(( $(cat "$DIR/all"/*/*.csv | wc -l) - $(ls "$DIR/all"/*/*.csv | wc -l) ))
  echo "   cold ingest $INGEST s + run $RUN s = $COLD s; serve ${INGESTS[0]} + ${WARM[0]} = $SERVE s; DuckDB $DUCK s; ${SAME%%:*}" >&2
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$D" "$ROWS" "$INGEST" "$RUN" "$COLD" "$SERVE" \
    "$DUCK" "$LOAD_BEFORE/$(load)" "${SAME%%:*}" >>"$OUT"
  rm -rf "$DIR"
done
TABLE="$WORK/results/history-$SHAPE.md"
{
  echo "| drops behind | CSV rows of all drops | weekly ingest s | weekly run s | weekly step, cold s | weekly step in serve s | DuckDB recompute s | load before / after | figures |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}' "$OUT"
} >"$TABLE"
if grep -q "<!-- history:begin $SHAPE -->" "$ROOT/BENCHMARKS.md"; then
  awk -v t="$TABLE" -v b="<!-- history:begin $SHAPE -->" -v e="<!-- history:end $SHAPE -->" \
    '$0==b{print; while ((getline l < t) > 0) print l; skip=1; next} $0==e{skip=0} !skip' \
    "$ROOT/BENCHMARKS.md" >"$ROOT/BENCHMARKS.md.tmp" && mv "$ROOT/BENCHMARKS.md.tmp" "$ROOT/BENCHMARKS.md"
fi
java -cp "$ROOT/bench/target/kczg-bench.jar" cn.kczg.bench.HistoryChart "$OUT" "$ROOT/bench/history.png" "$N items, $SHAPE exports"
cat "$TABLE"
