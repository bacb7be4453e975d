package dev.talon.spring.benchmarks.jmh;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.benchmarks.clients.BenchClient;
import dev.talon.spring.benchmarks.clients.InMemoryConnector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The WebClient-based clients' own CPU cost per call, without a network: each runs on the {@link InMemoryConnector},
 * which answers at once on the caller's thread with the canned {@code IntegrationState}. What remains is the work of
 * the client: building the request, encoding the body, the codecs, decoding the answer, and for the starter its
 * observations, retry operator, call timeout and session sequencing. The difference between {@code talon} and
 * {@code webclient} is what the starter adds to a hand-written call; the variants ({@code talon-bare},
 * {@code talon-noobs}, {@code talon-noretry}) show which part costs what; {@code talon-v2} and {@code webclient-v2} do
 * the same for the v2 session update. Unlike the benchmarks over loopback, it
 * is steady within a few percent on a shared 2-core machine, so it is the one to compare changes of the client with.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsPrepend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OverheadBenchmark {

	@Param({ "talon", "webclient", "talon-v2", "webclient-v2" })
	public String client;

	private BenchClient bench;

	private final String[] ids = Fixtures.sessionIds(64);

	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		this.bench = BenchClient.create(this.client, URI.create("http://talon.invalid"), new InMemoryConnector());
		Fixtures.check(this.bench.call(this.ids[0]).block());
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		this.bench.close();
	}

	/**
	 * One call, completed on the calling thread (the sessions rotate over 64 ids).
	 * @return the answer
	 */
	@Benchmark
	public Object call() {
		this.next = (this.next + 1) & 63;
		return this.bench.call(this.ids[this.next]).block();
	}

}
