#!/usr/bin/env bash
# Runs a short version of every benchmark of issue 6 (about 4-5 minutes on an idle 2-core machine) and prints the
# results as Markdown tables, also written to benchmarks/target/results.md (raw files in benchmarks/target/results/):
#   1. CPU cost (JMH, -prof gc): the four clients against a server that answers at once;
#   2. realistic latency (LoadHarness): 512 concurrent callers, the server answers after 20 ms;
#   3. the server's own cost (LoadHarness: the floor client, one call at a time);
#   4. startup (StartupHarness): a minimal Boot app with and without the starter's auto-configuration.
# Builds benchmarks/target/benchmarks.jar first when it is missing or older than the sources.
#
# Knobs (environment variables), defaults in brackets:
#   JMH_OPTS       JMH run options               [-f 0 -wi 1 -w 2s -i 2 -r 2s]
#   JMH_PREWARM    seconds of warm-up once per JMH JVM, before its first benchmark [15]
#   LOAD_CALLERS   concurrent callers            [512]
#   LOAD_WARMUP    seconds before measuring      [15]
#   LOAD_SECONDS   seconds measured              [5]
#   STARTUP_PAIRS  fresh JVMs per variant        [3]
# The JIT needs 15-25 s on 2 cores to compile the Reactor Netty and Spring stacks (scores still rise until then), and
# 12 forks that each warm up that long do not fit in 5 minutes. So by default each client's three JMH benchmarks (c1,
# c16, c64) run in one JVM of their own (-f 0, -Xms1g -Xmx1g) after JMH_PREWARM seconds of calls, and the JIT warm-up
# is paid once per client; the short measurements that fit after it make the figures indicative only.
# The steadier run that BENCHMARKS.md reports (about 14 minutes), one fork per benchmark:
#   JMH_OPTS='-f 1 -wi 8 -w 3s -i 5 -r 3s' JMH_PREWARM=0 LOAD_WARMUP=30 LOAD_SECONDS=20 STARTUP_PAIRS=10
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/target/results"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

JMH_OPTS="${JMH_OPTS:--f 0 -wi 1 -w 2s -i 2 -r 2s}"
JMH_PREWARM="${JMH_PREWARM:-15}"
LOAD_CALLERS="${LOAD_CALLERS:-512}"
LOAD_WARMUP="${LOAD_WARMUP:-15}"
LOAD_SECONDS="${LOAD_SECONDS:-5}"
STARTUP_PAIRS="${STARTUP_PAIRS:-3}"

started=$SECONDS
step() { printf '\n[%3ds] %s\n' "$((SECONDS - started))" "$*" >&2; }

stale=""
if [[ -f "$jar" ]]; then
  stale="$(find "$root/pom.xml" "$here/pom.xml" "$here/src/main" "$root/talon-spring-boot-autoconfigure/pom.xml" \
    "$root/talon-spring-boot-autoconfigure/src/main" "$root/talon-spring-boot-starter/pom.xml" \
    -newer "$jar" -type f -print -quit)"
fi
if [[ ! -f "$jar" || -n "$stale" ]]; then
  step "building benchmarks.jar (./mvnw -q -B -DskipTests -pl benchmarks -am package)"
  (cd "$root" && ./mvnw -q -B -DskipTests -pl benchmarks -am package)
fi

rm -rf "$results"
mkdir -p "$results"

step "starting the canned server"
"$java" -Xms256m -Xmx256m -XX:+UseParallelGC -cp "$jar" dev.talon.spring.benchmarks.server.CannedServer \
  >"$results/server.out" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q '^CANNED-SERVER ' "$results/server.out" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$results/server.out" >&2; exit 1; }
  sleep 0.2
done
line="$(grep -m1 '^CANNED-SERVER ' "$results/server.out")"
immediate="$(sed -E 's/.*immediate=([^ ]+).*/\1/' <<<"$line")"
delayed="$(sed -E 's/.*delayed=([^ ]+).*/\1/' <<<"$line")"
export TALON_BENCH_SERVER="$immediate,$delayed"

{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -sm), $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo '? GB') memory, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); $("$java" -version 2>&1 | sed -n 2p)."
  echo "Commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'); command: \`JMH_OPTS='$JMH_OPTS' JMH_PREWARM=$JMH_PREWARM LOAD_CALLERS=$LOAD_CALLERS LOAD_WARMUP=$LOAD_WARMUP LOAD_SECONDS=$LOAD_SECONDS STARTUP_PAIRS=$STARTUP_PAIRS benchmarks/run.sh\`."
} >"$results/run.txt"

step "1/4 CPU cost: JMH $JMH_OPTS -prof gc, ${JMH_PREWARM}s warm-up, one JVM per client"
benchmarks=(talon webclient floor)
if "$java" -jar "$jar" -l | grep -q OkHttpClientBenchmark; then benchmarks+=(okhttp); fi
for client in "${benchmarks[@]}"; do
  if [[ "$client" == okhttp ]]; then
    selection=('dev\.talon\.spring\.benchmarks\.jmh\.OkHttpClientBenchmark\.')
  else
    selection=('dev\.talon\.spring\.benchmarks\.jmh\.ReactiveClientBenchmark\.' -p "client=$client")
  fi
  # shellcheck disable=SC2086
  "$java" -Xms1g -Xmx1g -Dtalon.bench.prewarm="$JMH_PREWARM" -jar "$jar" "${selection[@]}" $JMH_OPTS -prof gc \
    -rf json -rff "$results/jmh-$client.json" >"$results/jmh-$client.txt" 2>&1 \
    || { tail -50 "$results/jmh-$client.txt" >&2; exit 1; }
  sed -n '/^Benchmark /,$p' "$results/jmh-$client.txt" | grep -v ':gc\.\(count\|time\)' >&2 || true
done

step "2/4 realistic latency: $LOAD_CALLERS callers, server delay 20 ms, ${LOAD_WARMUP}s warm-up + ${LOAD_SECONDS}s per client"
for client in talon webclient floor okhttp; do
  "$java" -Xms1g -Xmx1g -cp "$jar" dev.talon.spring.benchmarks.LoadHarness --client "$client" \
    --callers "$LOAD_CALLERS" --warmup "$LOAD_WARMUP" --seconds "$LOAD_SECONDS" --out "$results/load-$client.json" \
    >"$results/load-$client.txt" 2>&1 || { tail -50 "$results/load-$client.txt" >&2; exit 1; }
  if [[ -f "$results/load-$client.json" ]]; then
    echo "  $client: $(grep -E '"(callsPerSecond|p99Millis|threadsUnderLoad)"' "$results/load-$client.json" | tr -d ' \n')" >&2
  else
    echo "  $client: $(tail -1 "$results/load-$client.txt")" >&2
  fi
done

step "3/4 server cost: the floor client, one call at a time"
"$java" -Xms1g -Xmx1g -cp "$jar" dev.talon.spring.benchmarks.LoadHarness --client floor --callers 1 --immediate \
  --warmup 3 --seconds 4 --out "$results/server-cost.json" >"$results/server-cost.txt" 2>&1 \
  || { tail -50 "$results/server-cost.txt" >&2; exit 1; }

step "4/4 startup: $STARTUP_PAIRS fresh JVMs without and with the starter's auto-configuration, alternating"
for i in $(seq 1 "$STARTUP_PAIRS"); do
  for variant in without with; do
    "$java" -Xms256m -Xmx512m -cp "$jar" dev.talon.spring.benchmarks.StartupHarness --variant "$variant" --warm 3 \
      --out "$results/startup-$variant-$i.json" >"$results/startup-$variant-$i.txt" 2>&1 \
      || { tail -50 "$results/startup-$variant-$i.txt" >&2; exit 1; }
  done
done

step "done in $((SECONDS - started)) s; the tables (also in benchmarks/target/results.md):"
echo "Took $((SECONDS - started)) s." >>"$results/run.txt"
"$java" -cp "$jar" dev.talon.spring.benchmarks.Report "$results" "$here/target/results.md"
