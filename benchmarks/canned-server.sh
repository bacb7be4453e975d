# Sourced by run.sh and warmup.sh: start_canned_server <output file> starts one CannedServer JVM for all the client
# JVMs of the run (so that its own JIT warm-up is not theirs), exports TALON_BENCH_SERVER with its two listeners
# ("<immediate url>,<delayed url>") and kills it when the script exits. Needs $java and $jar.
start_canned_server() {
  local out="$1" line
  "$java" -Xms256m -Xmx256m -XX:+UseParallelGC -cp "$jar" dev.talon.spring.benchmarks.server.CannedServer \
    >"$out" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    grep -q '^CANNED-SERVER ' "$out" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.2
  done
  line="$(grep -m1 '^CANNED-SERVER ' "$out")"
  export TALON_BENCH_SERVER="$(sed -E 's/.*immediate=([^ ]+).*/\1/' <<<"$line"),$(sed -E 's/.*delayed=([^ ]+).*/\1/' <<<"$line")"
}
