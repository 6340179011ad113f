#!/usr/bin/env bash
# bench/integrity-precision.sh — do the integrity checks flag what they should, and only that?
#
#   bench/integrity-precision.sh [--items 1000000] [--orgs N] [--drops 6] [--keep]
#
# Generates a benchmark inbox (SampleGenerator scale; --orgs defaults to items / 100, at least
# 1000), whose generator plants the checks' cases and benign look-alikes on organizations of their
# own and lists them in <inbox>/planted.csv (case, check, org_id, org_name, expected flag|clean).
# Ingests it and runs hengyang-2022 as of the newest drop, then reads integrity.csv and reports:
#   recall     planted cases whose organization the case's check flagged / planted cases;
#   precision  among the planted and look-alike organizations, flags (organization, check) that
#              are a planted case / all flags there;
#   all flags  flags that are a planted case / every flag of the run (the generator's random
#              organizations are not planted, so each flag on one counts as false here, even a
#              withdrawal the generator really made);
#   share      organizations with any flag / organizations in the registry (issue 19: at most 5 %).
# Prints the figures and the flags per check, and appends a row to
# bench/work/results/integrity-precision.tsv. --keep leaves inbox, warehouse and outputs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ITEMS=1000000; ORGS=""; DROPS=6; KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --items) ITEMS="$2"; shift 2 ;;
    --orgs) ORGS="$2"; shift 2 ;;
    --drops) DROPS="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--items M] [--orgs N] [--drops D] [--keep]" >&2; exit 2 ;;
  esac
done
[ -n "$ORGS" ] || ORGS=$(( ITEMS / 100 > 1000 ? ITEMS / 100 : 1000 ))
command -v python3 >/dev/null || { echo "bench/integrity-precision.sh: needs python3" >&2; exit 2; }
WORK="$ROOT/bench/work/precision-$ITEMS"
rm -rf "$WORK"; mkdir -p "$WORK" "$ROOT/bench/work/results"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
"$ROOT/kczg" --help >/dev/null   # builds when needed
java -cp "$ROOT/data-samples/target/classes" cn.kczg.samples.SampleGenerator scale \
  --orgs "$ORGS" --items "$ITEMS" --drops "$DROPS" --out "$WORK/inbox" >/dev/null
START=$(date +%s)
"$ROOT/kczg" ingest "$WORK/inbox" --warehouse "$WORK/warehouse" >"$WORK/ingest.log" 2>&1
"$ROOT/kczg" run --warehouse "$WORK/warehouse" --out "$WORK/out" >"$WORK/run.log" 2>&1
SECONDS_TAKEN=$(( $(date +%s) - START ))
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
RUN_DIR=$(ls -d "$WORK"/out/hengyang-2022/*/ | sort | tail -1)
python3 - "$WORK/inbox/planted.csv" "$RUN_DIR" "$ITEMS" "$ORGS" "$DROPS" "$SECONDS_TAKEN" \
  "$LOAD_BEFORE" "$LOAD_AFTER" "$ROOT/bench/work/results/integrity-precision.tsv" <<'PY'
import csv, os, sys, datetime
planted_csv, run_dir, items, orgs, drops, secs, load0, load1, tsv = sys.argv[1:]
planted = list(csv.DictReader(open(planted_csv, encoding="utf-8")))
flags = [r for r in csv.DictReader(open(os.path.join(run_dir, "integrity.csv"), encoding="utf-8"))
         if r["check"] != "rulebook-note"] if os.path.exists(os.path.join(run_dir, "integrity.csv")) else []
registry = sum(1 for _ in csv.DictReader(open(os.path.join(run_dir, "progress.csv"), encoding="utf-8")))
flagged = {(f["subject"], f["check"]) for f in flags}
cases = [(p["org_id"], p["check"]) for p in planted if p["expected"] == "flag"]
watched = {p["org_id"] for p in planted}
found = [c for c in cases if c in flagged]
missed = [p for p in planted if p["expected"] == "flag" and (p["org_id"], p["check"]) not in flagged]
false_lookalikes = sorted({(p["case"], p["org_id"]) for p in planted
                           if p["expected"] == "clean" and any(s == p["org_id"] for s, _ in flagged)})
on_watched = {fc for fc in flagged if fc[0] in watched}
tp = len(on_watched & set(cases))
precision = tp / len(on_watched) if on_watched else 1.0
strict = tp / len(flagged) if flagged else 1.0
recall = len(found) / len(cases) if cases else 1.0
flagged_orgs = {s for s, _ in flagged}
share = len(flagged_orgs) / registry
print(f"items {items}, {registry} organizations, {drops} drops: ingest + run {secs} s, load {load0} -> {load1}")
print(f"recall {len(found)}/{len(cases)} = {recall:.3f}; precision (planted and look-alike organizations) "
      f"{tp}/{len(on_watched)} = {precision:.3f}; flags that are planted cases {tp}/{len(flagged)} = {strict:.3f}")
print(f"organizations flagged {len(flagged_orgs)}/{registry} = {100 * share:.2f} %")
by_check = {}
for s, c in flagged:
    by_check.setdefault(c, set()).add(s)
print("organizations flagged per check: " + ", ".join(f"{c} {len(v)}" for c, v in sorted(by_check.items())))
for p in missed:
    print(f"MISSED {p['case']} {p['org_id']} ({p['check']})")
for case, org in false_lookalikes:
    print(f"LOOK-ALIKE FLAGGED {case} {org}")
new = not os.path.exists(tsv)
with open(tsv, "a", encoding="utf-8") as out:
    if new:
        out.write("when\titems\torgs\tdrops\tseconds\tload_before\tload_after\trecall\tprecision\t"
                  "planted_share_of_flags\torgs_flagged\tshare_pct\tper_check\n")
    out.write("\t".join([datetime.datetime.now().isoformat(timespec="minutes"), items, str(registry), drops,
                         secs, load0, load1, f"{recall:.3f}", f"{precision:.3f}", f"{strict:.3f}",
                         str(len(flagged_orgs)), f"{100 * share:.2f}",
                         "; ".join(f"{c} {len(v)}" for c, v in sorted(by_check.items()))]) + "\n")
PY
[ "$KEEP" = 1 ] || rm -rf "$WORK"
