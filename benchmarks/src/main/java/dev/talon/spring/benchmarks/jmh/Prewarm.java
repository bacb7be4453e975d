package dev.talon.spring.benchmarks.jmh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.benchmarks.clients.BenchClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An optional warm-up once per JVM, before the first benchmark's iterations: the system property
 * {@value #PROPERTY} (seconds) makes the first benchmark in a JVM call its client with 16 calls in flight for that
 * long. The Reactor Netty and Spring stacks need more than 10 s on 2 cores before the JIT compiler has caught up;
 * {@code run.sh} runs a client's three benchmarks in one JVM ({@code -f 0}) with this warm-up, so that the short run
 * measures compiled code without paying the warm-up three times.
 */
public final class Prewarm {

	/** The system property naming the warm-up in seconds (default 0: none). */
	public static final String PROPERTY = "talon.bench.prewarm";

	private static boolean done;

	private Prewarm() {
	}

	/**
	 * Warms the JVM up with this client, if {@value #PROPERTY} asks for it and it has not been done in this JVM.
	 * @param client the client to call
	 */
	public static synchronized void once(BenchClient client) {
		long seconds = Long.getLong(PROPERTY, 0);
		if (done || seconds <= 0) {
			return;
		}
		done = true;
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		String[] ids = Fixtures.sessionIds(16);
		if (client.blocking()) {
			List<Thread> threads = new ArrayList<>();
			for (String id : ids) {
				Thread thread = new Thread(() -> {
					while (System.nanoTime() < deadline) {
						client.callBlocking(id);
					}
				}, "prewarm-" + id);
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				try {
					thread.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			return;
		}
		Flux.range(0, ids.length)
			.flatMap((i) -> Mono.defer(() -> client.call(ids[i])).repeat(() -> System.nanoTime() < deadline),
					ids.length)
			.blockLast();
	}

}
