#!/usr/bin/env bash
# Runs every benchmark of issues 6 and 15 and prints the results as Markdown tables, also written to
# benchmarks/target/results.md (raw files in benchmarks/target/results/):
#   1. CPU cost (JMH, -prof gc): the clients against a server that answers at once, v1 and v2 session updates;
#   2. realistic latency (LoadHarness): 512 concurrent callers, the server answers after 20 ms;
#   3. time to steady state (LoadHarness --window 5): calls per 5-second window from the client's first call;
#   4. the server's own cost (LoadHarness: the floor client, one call at a time);
#   5. startup (StartupHarness): minimal Boot apps, bare and with a WebClient of their own, with and without the
#      starter, where the starter's part goes (BufferingApplicationStartup steps, classes loaded).
# Builds benchmarks/target/benchmarks.jar first when it is missing or older than the sources.
#
#   benchmarks/run.sh            the short run (about 9 minutes on an idle 2-core machine): indicative only
#   benchmarks/run.sh --steady   the run BENCHMARKS.md reports (about 50 minutes on an idle 2-core machine):
#                                medians of 3 JVMs per client, each measured once its JIT compiler is quiet; the
#                                same as setting
#     JMH_OPTS='-f 0 -wi 1 -w 3s -i 3 -r 3s' JMH_JVMS=3 JMH_PREWARM=20 JMH_UNTIL_COMPILED=90 JMH_BENCH='c1 c64'
#     JMH_CLIENTS='talon webclient webclient-boot talon-noobs talon-v2 webclient-v2 webclient-boot-v2 okhttp floor:1'
#     LOAD_WARMUP=25 LOAD_UNTIL_COMPILED=60 LOAD_SECONDS=10 LOAD_FORKS=3 LOAD_CLIENTS='talon webclient
#     webclient-boot talon-v2 webclient-v2 webclient-boot-v2 okhttp:1 floor:1' CURVE_SECONDS=60 CURVE_FORKS=3
#     CURVE_CLIENTS='talon webclient webclient-boot' STARTUP_RUNS=8
# (webclient-boot: the hand-written call (2) inside a Spring Boot application like (1)'s, on Boot's WebClient.Builder,
# to tell what the starter adds from what the Boot application adds.)
# Any of these environment variables set explicitly wins over --steady.
#
# Knobs (environment variables), defaults of the short run in brackets:
#   JMH_OPTS       JMH run options               [-f 0 -wi 1 -w 2s -i 2 -r 2s]
#   JMH_PREWARM    seconds of warm-up once per JMH JVM, before its first benchmark [15]
#   JMH_UNTIL_COMPILED  0, or go on with that warm-up until the JIT compiler has been quiet for 3 s, at most until
#                  this many seconds [0]
#   JMH_JVMS       JVMs per JMH client, each running all of JMH_BENCH with -f 0 (one warm-up per JVM) [1]
#   JMH_BENCH      JMH benchmarks                [c1 c16 c64]
#   JMH_CLIENTS    JMH clients, name[:JVMs]      [talon webclient floor okhttp talon-v2 webclient-v2]
#   LOAD_CALLERS   concurrent callers            [512]
#   LOAD_WARMUP    seconds before measuring      [15]
#   LOAD_UNTIL_COMPILED  0, or go on warming up after LOAD_WARMUP until the JIT compiler has been quiet for 3 s, at
#                  most until this many seconds, so that the load measures the compiled clients [0]
#   LOAD_SECONDS   seconds measured              [5]
#   LOAD_FORKS     JVMs per load client          [1]
#   LOAD_CLIENTS   load clients, name[:JVMs]     [talon webclient floor okhttp talon-v2 webclient-v2]
#   CURVE_SECONDS  seconds of the time-to-steady-state runs, 0 for none [30]
#   CURVE_FORKS    JVMs per client for them      [1]
#   CURVE_CALLERS  calls in flight for them      [16]
#   CURVE_CLIENTS  clients for them              [talon webclient]
#   STARTUP_RUNS   fresh JVMs per startup variant [3]
# The JIT needs 15-60 s on 2 cores to compile the Reactor Netty and Spring stacks (scores still rise until then), the
# starter's client longer than a hand-written one. Each client's JMH benchmarks run in JVMs of their own (-f 0,
# -Xms1g -Xmx1g) after JMH_PREWARM seconds of calls, so the JIT warm-up is paid once per JVM; the short run's figures
# (one JVM, a fixed warm-up) are indicative only. The steady run gives every client 3 JVMs, each warmed up until its
# JIT compiler has been quiet for 3 s (JMH_UNTIL_COMPILED, LOAD_UNTIL_COMPILED), and reports their median and range.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/target/results"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The JVMs of a client entry "name[:JVMs]": its own count, else the default.
jvms_of() { if [[ "$1" == *:* ]]; then echo "${1#*:}"; else echo "$2"; fi; }
# One line "i JVMs name" per JVM to run, JVM i of every client before JVM i+1 of any: a client measured first would
# meet a server whose own JIT compiler is still at work, and the machine drifts over a run.
interleaved() {
  local default="$1" most=0 n entry i
  shift
  for entry in "$@"; do n=$(jvms_of "$entry" "$default"); (( n > most )) && most=$n; done
  for i in $(seq 1 "$most"); do
    for entry in "$@"; do
      n=$(jvms_of "$entry" "$default")
      if (( i <= n )); then echo "$i $n ${entry%%:*}"; fi
    done
  done
}

if [[ "${1:-}" == --steady ]]; then
  JMH_OPTS="${JMH_OPTS:--f 0 -wi 1 -w 3s -i 3 -r 3s}"
  JMH_JVMS="${JMH_JVMS:-3}"
  JMH_PREWARM="${JMH_PREWARM:-20}"
  JMH_UNTIL_COMPILED="${JMH_UNTIL_COMPILED:-90}"
  JMH_BENCH="${JMH_BENCH:-c1 c64}"
  JMH_CLIENTS="${JMH_CLIENTS:-talon webclient webclient-boot talon-noobs talon-v2 webclient-v2 webclient-boot-v2 okhttp floor:1}"
  LOAD_WARMUP="${LOAD_WARMUP:-25}"
  LOAD_UNTIL_COMPILED="${LOAD_UNTIL_COMPILED:-60}"
  LOAD_SECONDS="${LOAD_SECONDS:-10}"
  LOAD_FORKS="${LOAD_FORKS:-3}"
  LOAD_CLIENTS="${LOAD_CLIENTS:-talon webclient webclient-boot talon-v2 webclient-v2 webclient-boot-v2 okhttp:1 floor:1}"
  CURVE_CLIENTS="${CURVE_CLIENTS:-talon webclient webclient-boot}"
  CURVE_SECONDS="${CURVE_SECONDS:-60}"
  CURVE_FORKS="${CURVE_FORKS:-3}"
  STARTUP_RUNS="${STARTUP_RUNS:-8}"
elif [[ -n "${1:-}" ]]; then
  echo "usage: $0 [--steady]" >&2
  exit 2
fi
JMH_OPTS="${JMH_OPTS:--f 0 -wi 1 -w 2s -i 2 -r 2s}"
JMH_PREWARM="${JMH_PREWARM:-15}"
JMH_UNTIL_COMPILED="${JMH_UNTIL_COMPILED:-0}"
JMH_JVMS="${JMH_JVMS:-1}"
JMH_BENCH="${JMH_BENCH:-c1 c16 c64}"
JMH_CLIENTS="${JMH_CLIENTS:-talon webclient floor okhttp talon-v2 webclient-v2}"
LOAD_CALLERS="${LOAD_CALLERS:-512}"
LOAD_WARMUP="${LOAD_WARMUP:-15}"
LOAD_UNTIL_COMPILED="${LOAD_UNTIL_COMPILED:-0}"
LOAD_SECONDS="${LOAD_SECONDS:-5}"
LOAD_FORKS="${LOAD_FORKS:-1}"
LOAD_CLIENTS="${LOAD_CLIENTS:-talon webclient floor okhttp talon-v2 webclient-v2}"
CURVE_SECONDS="${CURVE_SECONDS:-30}"
CURVE_FORKS="${CURVE_FORKS:-1}"
CURVE_CALLERS="${CURVE_CALLERS:-16}"
CURVE_CLIENTS="${CURVE_CLIENTS:-talon webclient}"
STARTUP_RUNS="${STARTUP_RUNS:-3}"

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
# shellcheck source=canned-server.sh
source "$here/canned-server.sh"
start_canned_server "$results/server.out"

{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -sm), $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo '? GB') memory, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); $("$java" -version 2>&1 | sed -n 2p)."
  echo "Commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'); command: \`JMH_OPTS='$JMH_OPTS' JMH_JVMS=$JMH_JVMS JMH_PREWARM=$JMH_PREWARM JMH_UNTIL_COMPILED=$JMH_UNTIL_COMPILED JMH_BENCH='$JMH_BENCH' JMH_CLIENTS='$JMH_CLIENTS' LOAD_CALLERS=$LOAD_CALLERS LOAD_WARMUP=$LOAD_WARMUP LOAD_UNTIL_COMPILED=$LOAD_UNTIL_COMPILED LOAD_SECONDS=$LOAD_SECONDS LOAD_FORKS=$LOAD_FORKS LOAD_CLIENTS='$LOAD_CLIENTS' CURVE_SECONDS=$CURVE_SECONDS CURVE_FORKS=$CURVE_FORKS CURVE_CALLERS=$CURVE_CALLERS CURVE_CLIENTS='$CURVE_CLIENTS' STARTUP_RUNS=$STARTUP_RUNS benchmarks/run.sh\`."
} >"$results/run.txt"

methods="$(tr ' ' '|' <<<"$JMH_BENCH")"
step "1/5 CPU cost: JMH $JMH_OPTS -prof gc ($JMH_BENCH), ${JMH_PREWARM}s warm-up per JVM"
has_okhttp=""
if "$java" -jar "$jar" -l | grep -q OkHttpClientBenchmark; then has_okhttp=yes; fi
# the server warmed up first, then the clients' JVMs interleaved
"$java" -Xms1g -Xmx1g -cp "$jar" dev.talon.spring.benchmarks.LoadHarness --client floor --callers 64 --immediate \
  --warmup 20 --seconds 5 --out "$results/server-warmup.json" >"$results/server-warmup.txt" 2>&1 \
  || { tail -50 "$results/server-warmup.txt" >&2; exit 1; }
mapfile -t runs < <(interleaved "$JMH_JVMS" $JMH_CLIENTS)
for run in "${runs[@]}"; do
  read -r i jvms client <<<"$run"
  if [[ "$client" == okhttp ]]; then
    [[ -n "$has_okhttp" ]] || { echo "  okhttp: not built (../shared/talon-api/ was missing)" >&2; continue; }
    selection=("dev\\.talon\\.spring\\.benchmarks\\.jmh\\.OkHttpClientBenchmark\\.($methods)\$")
  else
    selection=("dev\\.talon\\.spring\\.benchmarks\\.jmh\\.ReactiveClientBenchmark\\.($methods)\$" -p "client=$client")
  fi
  out="$results/jmh-$client"
  [[ "$jvms" -gt 1 ]] && out="$out-jvm$i"
  # shellcheck disable=SC2086
  "$java" -Xms1g -Xmx1g -Dtalon.bench.prewarm="$JMH_PREWARM" -Dtalon.bench.prewarm.until-compiled="$JMH_UNTIL_COMPILED" \
    -jar "$jar" "${selection[@]}" $JMH_OPTS -prof gc -rf json -rff "$out.json" >"$out.txt" 2>&1 \
    || { tail -50 "$out.txt" >&2; exit 1; }
  grep '^prewarm of' "$out.txt" >&2 || true
  sed -n '/^Benchmark /,$p' "$out.txt" | grep -v ':gc\.\(count\|time\)' >&2 || true
done

step "2/5 realistic latency: $LOAD_CALLERS callers, server delay 20 ms, ${LOAD_WARMUP}s warm-up + ${LOAD_SECONDS}s, $LOAD_CLIENTS"
mapfile -t runs < <(interleaved "$LOAD_FORKS" $LOAD_CLIENTS)
for run in "${runs[@]}"; do
  read -r i _ client <<<"$run"
  out="$results/load-$client-$i"
  "$java" -Xms1g -Xmx1g -cp "$jar" dev.talon.spring.benchmarks.LoadHarness --client "$client" \
    --callers "$LOAD_CALLERS" --warmup "$LOAD_WARMUP" --until-compiled "$LOAD_UNTIL_COMPILED" --seconds "$LOAD_SECONDS" \
    --out "$out.json" \
    >"$out.txt" 2>&1 || { tail -50 "$out.txt" >&2; exit 1; }
  if [[ -f "$out.json" ]]; then
    echo "  $client #$i: $(grep -E '"(callsPerSecond|clientCpuMicrosPerCall|p99Millis)"' "$out.json" | tr -d ' \n')" >&2
  else
    echo "  $client: $(tail -1 "$out.txt")" >&2
  fi
done

if [[ "$CURVE_SECONDS" != 0 ]]; then
  step "3/5 time to steady state: $CURVE_CALLERS in flight, server at once, calls per 5 s for ${CURVE_SECONDS}s, $CURVE_FORKS JVM(s) each"
  for i in $(seq 1 "$CURVE_FORKS"); do
    for client in $CURVE_CLIENTS; do
      out="$results/curve-$client-$i"
      "$java" -Xms1g -Xmx1g -cp "$jar" dev.talon.spring.benchmarks.LoadHarness --client "$client" \
        --callers "$CURVE_CALLERS" --immediate --warmup 0 --seconds "$CURVE_SECONDS.5" --window 5 --out "$out.json" \
        >"$out.txt" 2>&1 || { tail -50 "$out.txt" >&2; exit 1; }
    done
  done
fi

step "4/5 server cost: the floor client, one call at a time"
"$java" -Xms1g -Xmx1g -cp "$jar" dev.talon.spring.benchmarks.LoadHarness --client floor --callers 1 --immediate \
  --warmup 3 --seconds 4 --out "$results/server-cost.json" >"$results/server-cost.txt" 2>&1 \
  || { tail -50 "$results/server-cost.txt" >&2; exit 1; }

variants=(bare talon webclient webclient-talon)
step "5/5 startup: $STARTUP_RUNS fresh JVMs per variant (${variants[*]}), alternating, and one more each logging its classes"
for i in $(seq 1 "$STARTUP_RUNS"); do
  for variant in "${variants[@]}"; do
    "$java" -Xms256m -Xmx512m -cp "$jar" dev.talon.spring.benchmarks.StartupHarness --variant "$variant" --warm 3 \
      --out "$results/startup-$variant-$i.json" >"$results/startup-$variant-$i.txt" 2>&1 \
      || { tail -50 "$results/startup-$variant-$i.txt" >&2; exit 1; }
  done
done
for variant in "${variants[@]}"; do
  # not among the timed runs: logging every class load slows the start down
  "$java" -Xms256m -Xmx512m "-Xlog:class+load=info:file=$results/classes-$variant.log" -cp "$jar" \
    dev.talon.spring.benchmarks.StartupHarness --variant "$variant" --warm 0 >"$results/classes-$variant.txt" 2>&1 \
    || { tail -50 "$results/classes-$variant.txt" >&2; exit 1; }
done

step "done in $((SECONDS - started)) s; the tables (also in benchmarks/target/results.md):"
echo "Took $((SECONDS - started)) s." >>"$results/run.txt"
"$java" -cp "$jar" dev.talon.spring.benchmarks.Report "$results" "$here/target/results.md"
