#!/usr/bin/env bash
# bench/integrity-precision.sh — do the integrity checks flag what they should, and only that?
#
#   bench/integrity-precision.sh [--items 1000000] [--orgs N] [--drops 6] [--keep]
#
# Generates a benchmark inbox (SampleGenerator scale --refused-file yes; --orgs defaults to
# items / 100, at least 1000), whose generator plants the checks' cases and benign look-alikes on
# organizations of their own and lists them in <inbox>/planted.csv (case, check, org_id, org_name,
# expected flag|clean).
# Ingests it and runs hengyang-2022 as of the newest drop, then reads integrity.csv and reports
# (a flag is one organization and check):
#   recall       planted cases whose organization the case's check flagged / planted cases;
#   look-alikes  look-alike organizations with any flag (issue 19: none);
#   precision    earned flags / all flags: a flag is earned when it is a planted case, or a
#                withdrawn-after-count flag on a generated organization (the generator withdraws
#                some items after a drop counted them, so that flag reports what it did); a burst,
#                duplicate-expert or padded-titles flag on a generated organization, or any other
#                flag on a planted or look-alike one, is not;
#   share        organizations with any flag / organizations in the registry (issue 19: <= 5 %).
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
  --orgs "$ORGS" --items "$ITEMS" --drops "$DROPS" --out "$WORK/inbox" --refused-file yes >/dev/null
START=$(date +%s)
# Exit 1: the planted refused file (case burst-refused-drop) was refused, as it should be.
STATUS=0
"$ROOT/kczg" ingest "$WORK/inbox" --warehouse "$WORK/warehouse" >"$WORK/ingest.log" 2>&1 || STATUS=$?
[ "$STATUS" -le 1 ] || { tail -20 "$WORK/ingest.log" >&2; exit 1; }
grep -q "refused .*成果-补报.csv" "$WORK/ingest.log" || { echo "the planted file was not refused" >&2; exit 1; }
"$ROOT/kczg" run --warehouse "$WORK/warehouse" --out "$WORK/out" >"$WORK/run.log" 2>&1
SECONDS_TAKEN=$(( $(date +%s) - START ))
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
RUN_DIR=$(ls -d "$WORK"/out/hengyang-2022/*/ | sort | tail -1)
python3 - "$WORK/inbox/planted.csv" "$RUN_DIR" "$ITEMS" "$DROPS" "$SECONDS_TAKEN" \
  "$LOAD_BEFORE" "$LOAD_AFTER" "$ROOT/bench/work/results/integrity-precision.tsv" <<'PY'
import csv, os, sys, datetime
planted_csv, run_dir, items, drops, secs, load0, load1, tsv = sys.argv[1:]
def rows(path):
    return list(csv.DictReader(open(path, encoding="utf-8-sig"))) if os.path.exists(path) else []
planted = rows(planted_csv)
flags = {(f["subject"], f["check"]) for f in rows(os.path.join(run_dir, "integrity.csv"))
         if f["check"] != "rulebook-note"}
registry = len(rows(os.path.join(run_dir, "progress.csv")))
cases = {(p["org_id"], p["check"]) for p in planted if p["expected"] == "flag"}
controlled = {p["org_id"] for p in planted}
def earned(org, check):
    if (org, check) in cases:
        return True
    # On a generated organization a withdrawal-after-count flag reports what the generator did
    # (it withdraws some items after a drop counted them); any other flag there is unearned.
    return org not in controlled and check == "withdrawn-after-count"
good = [f for f in flags if earned(*f)]
precision = len(good) / len(flags) if flags else 1.0
found = cases & flags
recall = len(found) / len(cases) if cases else 1.0
lookalikes = sorted({(p["case"], p["org_id"]) for p in planted if p["expected"] == "clean"
                     and any(o == p["org_id"] for o, _ in flags)})
flagged_orgs = {o for o, _ in flags}
share = 100 * len(flagged_orgs) / registry
def per_check(pairs):
    out = {}
    for o, c in pairs:
        out.setdefault(c, set()).add(o)
    return ", ".join(f"{c} {len(v)}" for c, v in sorted(out.items())) or "none"
generated = [f for f in flags if f[0] not in controlled]
print(f"items {items}, {registry} organizations, {drops} drops: ingest + run {secs} s, load {load0} -> {load1}")
print(f"recall {len(found)}/{len(cases)} = {recall:.3f}; look-alikes flagged {len(lookalikes)}; "
      f"precision {len(good)}/{len(flags)} = {precision:.3f}")
print(f"organizations flagged {len(flagged_orgs)}/{registry} = {share:.2f} %")
print("organizations flagged per check: " + per_check(flags))
print("  of them generated (not planted) organizations: " + per_check(generated))
for p in planted:
    if p["expected"] == "flag" and (p["org_id"], p["check"]) not in flags:
        print(f"MISSED {p['case']} {p['org_id']} ({p['check']})")
for case, org in lookalikes:
    print(f"LOOK-ALIKE FLAGGED {case} {org}")
for o, c in sorted(set(flags) - set(good)):
    print(f"UNEARNED {c} {o}")
new = not os.path.exists(tsv)
with open(tsv, "a", encoding="utf-8") as out:
    if new:
        out.write("when\titems\torgs\tdrops\tseconds\tload_before\tload_after\trecall\t"
                  "lookalikes_flagged\tprecision\torgs_flagged\tshare_pct\tper_check\n")
    out.write("\t".join([datetime.datetime.now().isoformat(timespec="minutes"), items, str(registry),
                         drops, secs, load0, load1, f"{recall:.3f}", str(len(lookalikes)),
                         f"{precision:.3f}", str(len(flagged_orgs)), f"{share:.2f}",
                         per_check(flags)]) + "\n")
PY
[ "$KEEP" = 1 ] || rm -rf "$WORK"
