#!/usr/bin/env bash
# The JIT compiler's work to bring each client to its compiled speed, in measures that do not depend on how busy the
# machine is (issue 15): for every client and fork, a fresh JVM with -XX:+PrintCompilation runs WarmupHarness (the
# client ready, then WARMUP_CALLS calls), then WarmupReport prints per JVM the compilations before and after the
# client was ready, the C2 compilations thrown away again, the compiler threads' CPU time, after how many calls the
# C2 compiler had done 50/90/99% of its work, and the JVM's CPU time per call in windows of calls.
# Takes about 1-2 minutes per JVM on an idle 2-core machine; the results are in benchmarks/target/warmup/.
#
#   WARMUP_CLIENTS  clients                      [talon webclient talon-noobs talon-bare]
#   WARMUP_FORKS    JVMs per client              [3]
#   WARMUP_CALLS    calls after the first        [150000]
#   WARMUP_MODE     loopback (16 in flight, server answering at once), delayed (server after 20 ms; set
#                   WARMUP_CALLERS=512 for the realistic load) or in-memory (one call after another, no network)
#                                                [loopback]
#   WARMUP_CALLERS  calls in flight (loopback, delayed) [16]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WARMUP_CLIENTS="${WARMUP_CLIENTS:-talon webclient talon-noobs talon-bare}"
WARMUP_FORKS="${WARMUP_FORKS:-3}"
WARMUP_CALLS="${WARMUP_CALLS:-150000}"
WARMUP_MODE="${WARMUP_MODE:-loopback}"
WARMUP_CALLERS="${WARMUP_CALLERS:-16}"
out="$here/target/warmup/$WARMUP_MODE"

if [[ ! -f "$jar" ]] || [[ -n "$(find "$here/src" "$here/../talon-spring-boot-autoconfigure/src/main" -newer "$jar" -type f -print -quit)" ]]; then
  (cd "$here/.." && ./mvnw -q -B -DskipTests -pl benchmarks -am package)
fi
case "$WARMUP_MODE" in
  loopback) mode=() ;;
  delayed) mode=(--delayed) ;;
  in-memory) mode=(--in-memory) ;;
  *) echo "WARMUP_MODE must be loopback, delayed or in-memory" >&2; exit 2 ;;
esac
mkdir -p "$out"
if [[ "$WARMUP_MODE" != in-memory && -z "${TALON_BENCH_SERVER:-}" ]]; then
  # one server JVM for all runs, as in run.sh, so that its own warm-up is not the clients'
  # shellcheck source=canned-server.sh
  source "$here/canned-server.sh"
  start_canned_server "$out/server.out"
fi
for fork in $(seq "$WARMUP_FORKS"); do
  for client in $WARMUP_CLIENTS; do
    echo "[$(date -u +%T)] $client, JVM $fork of $WARMUP_FORKS ($WARMUP_MODE)" >&2
    "$java" -Xms1g -Xmx1g -XX:+PrintCompilation -cp "$jar" dev.talon.spring.benchmarks.WarmupHarness \
      --client "$client" --calls "$WARMUP_CALLS" --callers "$WARMUP_CALLERS" "${mode[@]}" \
      --out "$out/$client-$fork.json" >"$out/$client-$fork.log" 2>"$out/$client-$fork.err"
  done
done
"$java" -cp "$jar" dev.talon.spring.benchmarks.WarmupReport "$out" | tee "$out/report.md"
