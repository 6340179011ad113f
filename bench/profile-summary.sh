#!/usr/bin/env bash
# bench/profile-summary.sh DIR — summarizes what bench/run.sh --profile recorded in DIR:
#   * per phase (ingest, run): the JFR CPU samples (jdk.ExecutionSample), as the share of samples
#     whose stack contains each kind of work, and the top leaf frames;
#   * the Spark event log: time per SQL execution (with its call site) and the longest stages.
# Needs the JDK's `jfr` tool and python3.
set -euo pipefail
DIR="$1"
for phase in ingest run; do
  [ -f "$DIR/$phase.jfr" ] || continue
  echo "## $phase: JFR CPU samples"
  jfr print --json --events jdk.ExecutionSample "$DIR/$phase.jfr" | python3 -c '
import json, sys, collections
events = json.load(sys.stdin)["recording"]["events"]
kinds = [("CSV parsing (commons-csv)", "org.apache.commons.csv."),
         ("text decoding", "sun.nio.cs."),
         ("name normalization (NFKC)", "java.text.Normalizer"),
         ("row parsing (kczg schemas)", "cn.kczg.schemas.read."),
         ("Parquet write/read", "org.apache.parquet."),
         ("compression", "org.xerial.snappy"),
         ("shuffle / sort", "org.apache.spark.shuffle."),
         ("unsafe sort / hash agg", "org.apache.spark.sql.execution.UnsafeExternalRowSorter"),
         ("Spark generated code", "GeneratedClass"),
         ("row conversion (Row -> InternalRow)", "CatalystTypeConverters"),
         ("Delta log / snapshot", "org.apache.spark.sql.delta."),
         ("query planning (catalyst)", "org.apache.spark.sql.catalyst.rules."),
         ("code generation (janino)", "org.codehaus.janino."),
         ("class loading", "java.lang.ClassLoader.loadClass"),
         ("Excel (POI)", "org.apache.poi."),
         ("charts (JFreeChart)", "org.jfree.")]
hits = collections.Counter(); leaves = collections.Counter(); threads = collections.Counter(); n = 0
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
    if not names: continue
    n += 1
    leaves[names[0]] += 1
    t = (e["values"].get("sampledThread") or {}).get("javaName") or "?"
    threads["executor tasks" if t.startswith("Executor task launch") else "main (driver)" if t == "main" else "other: " + t.rstrip("0123456789-")] += 1
    stack = " ".join(names)
    for label, marker in kinds:
        if marker in stack: hits[label] += 1
print(f"{n} samples (~20 ms each per running thread)")
for label, c in hits.most_common(): print(f"  {100*c/n:5.1f}%  {label}")
print("by thread:")
for label, c in threads.most_common(6): print(f"  {100*c/n:5.1f}%  {label}")
print("top leaf frames:")
for name, c in leaves.most_common(12): print(f"  {100*c/n:5.1f}%  {name}")
'
  echo
done
for phase in ingest run; do
  mapfile -t logs < <(find "$DIR/events-$phase" -type f ! -name 'appstatus*' ! -name '.*' 2>/dev/null | sort)
  [ "${#logs[@]}" -gt 0 ] || continue
  echo "## $phase: Spark event log"
  python3 - "${logs[@]}" <<'EOF'
import json, sys
sql, stages, start, end = {}, [], None, None
stage_exec, cpu = {}, {}
lines = (l for f in sys.argv[1:] for l in open(f))
for line in lines:
    e = json.loads(line); ev = e["Event"]
    if ev.endswith("SparkListenerSQLExecutionStart"):
        sql[e["executionId"]] = [e["time"], None, e.get("description", "")[:70]]
    elif ev.endswith("SparkListenerSQLExecutionEnd") and e["executionId"] in sql:
        sql[e["executionId"]][1] = e["time"]
    elif ev == "SparkListenerJobStart":
        eid = (e.get("Properties") or {}).get("spark.sql.execution.id")
        for sid in e.get("Stage IDs", []): stage_exec[sid] = int(eid) if eid is not None else None
    elif ev == "SparkListenerTaskEnd":
        m = e.get("Task Metrics") or {}
        eid = stage_exec.get(e["Stage ID"])
        cpu[eid] = cpu.get(eid, 0) + m.get("Executor CPU Time", 0) / 1e9
    elif ev == "SparkListenerStageCompleted":
        i = e["Stage Info"]
        if i.get("Completion Time") and i.get("Submission Time"):
            stages.append(((i["Completion Time"] - i["Submission Time"]) / 1000, i["Stage ID"], i["Number of Tasks"], i["Stage Name"][:60]))
    elif ev == "SparkListenerApplicationStart": start = e["Timestamp"]
    elif ev == "SparkListenerApplicationEnd": end = e["Timestamp"]
total = sum((b - a) / 1000 for a, b, _ in sql.values() if b)
print(f"application {((end or 0) - (start or 0)) / 1000:.1f} s; {len(sql)} SQL executions, {total:.1f} s in them; {len(stages)} stages")
print("SQL executions over 0.5 s:")
for k, (a, b, d) in sorted(sql.items()):
    if b and b - a >= 500: print(f"  {(b - a) / 1000:6.1f} s wall, {cpu.get(k, 0):6.1f} s executor CPU  #{k} {d}")
print(f"executor CPU in all tasks: {sum(cpu.values()):.1f} s")
print("longest stages:")
for s in sorted(stages, reverse=True)[:8]: print(f"  {s[0]:6.1f} s  stage {s[1]} ({s[2]} tasks) {s[3]}")
EOF
  echo
done
