# bench/lib.sh — shared by the benchmark scripts (sourced, not run).

# serve_weeks DIR SOURCE FIRST [WAREHOUSE]: `kczg serve` with the first FIRST drops of SOURCE in
# DIR/inbox (into WAREHOUSE, default DIR/warehouse); after its first weekly report, the remaining
# drops of SOURCE arrive one at a time. Sets WARM_FIRST (the first report's seconds), WARM (the
# later reports' seconds) and INGESTS (the later drops' ingest seconds), read from serve's log.
serve_weeks() {
  local dir="$1" source="$2" first="$3" warehouse="${4:-$1/warehouse}"
  local inbox="$dir/inbox" log="$dir/serve.log"
  mkdir -p "$inbox"
  local drops=($(drop_folders "$source"))
  for d in "${drops[@]:0:$first}"; do ln -sfn "$(cd "$source/$d" && pwd)" "$inbox/$d"; done
  printf '%s\n' "inbox: inbox" "outbox: outbox" "inbox_watch:" "  every_seconds: 2" \
    "  settle_seconds: 1" "weekly_report:" '  cron: "0/5 * * * * ?"' >"$dir/serve.yaml"
  "$ROOT/kczg" serve --config "$dir/serve.yaml" --warehouse "$warehouse" \
    --out "$dir/out" >"$log" 2>&1 &
  local serve=$!
  trap "kill $serve 2>/dev/null || true" EXIT
  wait_for() { # wait_for PATTERN SECONDS
    local deadline=$(( $(date +%s) + $2 ))
    until grep -q "$1" "$log"; do
      kill -0 $serve 2>/dev/null || { tail -20 "$log" >&2; echo "bench: serve stopped" >&2; exit 1; }
      [ "$(date +%s)" -lt "$deadline" ] || { tail -20 "$log" >&2; echo "bench: timed out waiting for: $1" >&2; exit 1; }
      sleep 0.5
    done
  }
  seconds() { grep "week $1 computed and written" "$log" | sed 's/.* in \([0-9.]*\) s.*/\1/'; }
  wait_for "week ${drops[$((first - 1))]} computed and written" 3600
  WARM_FIRST=$(seconds "${drops[$((first - 1))]}")
  WARM=(); INGESTS=()
  for d in "${drops[@]:$first}"; do
    local before; before=$(grep -c "inbox: ingested in" "$log" || true)
    ln -sfn "$(cd "$source/$d" && pwd)" "$inbox/.$d" && mv -T "$inbox/.$d" "$inbox/$d"
    wait_for "week $d computed and written" 3600
    WARM+=("$(seconds "$d")")
    INGESTS+=("$(grep "inbox: ingested in" "$log" | tail -1 | sed 's/.* in \([0-9.]*\) s.*/\1/')")
  done
  kill -TERM $serve; wait $serve 2>/dev/null || true
  trap - EXIT
}

# drop_folders DIR: the drop folders of a generated inbox, in date order (not planted.csv beside them).
drop_folders() { find "$1" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort; }

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
load() { awk '{print $1}' /proc/loadavg; }
