package dev.talon.spring.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.benchmarks.clients.BenchClient;
import dev.talon.spring.benchmarks.server.ServerProcess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import reactor.core.publisher.Flux;

/**
 * CPU cost of the non-blocking clients, against the server's listener that answers at once: {@code c1} is the
 * average latency of one call at a time; {@code c16}/{@code c64} fire that many calls (on different sessions) and wait
 * for all, so that many are in flight, and report calls per second. {@code -prof gc} adds the bytes allocated per
 * call. Each client runs in its own fork (JVM); the server runs in another process. {@code talon-v2} and
 * {@code webclient-v2} make the v2 session update ({@code updateCustomerSessionV2}) of the same cart.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsPrepend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class ReactiveClientBenchmark {

	@Param({ "talon", "webclient", "floor", "talon-v2", "webclient-v2" })
	public String client;

	private BenchClient bench;

	private final String[] ids = Fixtures.sessionIds(64);

	@Setup(Level.Trial)
	public void setUp() {
		this.bench = BenchClient.create(this.client, ServerProcess.endpoints().immediate());
		for (int i = 0; i < 100; i++) {
			Fixtures.check(this.bench.call(this.ids[i % 64]).block());
		}
		Prewarm.once(this.bench);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.bench.close();
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Object c1() {
		return this.bench.call(this.ids[1]).block();
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@OperationsPerInvocation(16)
	public Object c16() {
		return inFlight(16);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@OperationsPerInvocation(64)
	public Object c64() {
		return inFlight(64);
	}

	private Object inFlight(int n) {
		return Flux.range(0, n).flatMap((i) -> this.bench.call(this.ids[i]), n).last().block();
	}

}
