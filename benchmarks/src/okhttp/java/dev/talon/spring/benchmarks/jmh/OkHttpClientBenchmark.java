package dev.talon.spring.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.talon.spring.benchmarks.clients.BenchClient;
import dev.talon.spring.benchmarks.server.ServerProcess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * CPU cost of the generated okhttp-gson client, which blocks: the same figures as {@link ReactiveClientBenchmark},
 * with 1, 16 and 64 threads each making one call after another on a session of its own (16 or 64 calls in flight).
 * Compiled only when the spec the client is generated from is there (see the {@code talon-spec} profile).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsPrepend = { "-Xms1g", "-Xmx1g" })
public class OkHttpClientBenchmark {

	private BenchClient bench;

	@Setup(Level.Trial)
	public void setUp() {
		this.bench = BenchClient.create("okhttp", ServerProcess.endpoints().immediate());
		for (int i = 0; i < 100; i++) {
			this.bench.check(this.bench.callBlocking("S-" + (i % 64)));
		}
		Prewarm.once(this.bench);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.bench.close();
	}

	/** Each benchmark thread's own session. */
	@State(Scope.Thread)
	public static class Caller {

		private static final AtomicInteger NEXT = new AtomicInteger();

		final String sessionId = "S-" + NEXT.getAndIncrement();

	}

	@Benchmark
	@Threads(1)
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Object c1(Caller caller) {
		return this.bench.callBlocking(caller.sessionId);
	}

	@Benchmark
	@Threads(16)
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Object c16(Caller caller) {
		return this.bench.callBlocking(caller.sessionId);
	}

	@Benchmark
	@Threads(64)
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Object c64(Caller caller) {
		return this.bench.callBlocking(caller.sessionId);
	}

}
