package dev.talon.spring.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.benchmarks.WarmupHarness;
import dev.talon.spring.benchmarks.clients.BenchClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An optional warm-up once per JVM, before the first benchmark's iterations: the system property
 * {@value #PROPERTY} (seconds) makes the first benchmark in a JVM call its client with 16 calls in flight for that
 * long, and {@value #UNTIL_COMPILED_PROPERTY} (seconds) makes it go on after that until the JIT compiler threads have
 * been quiet for 3 s, at most until that many seconds in all. The Reactor Netty and Spring stacks need 15 to 60 s on
 * 2 cores before the JIT compiler has caught up, and the starter's client longer than a hand-written one; a fixed
 * JMH warm-up either wastes time or measures a client still being compiled. {@code run.sh} runs each client's
 * benchmarks in JVMs of their own ({@code -f 0}) with this warm-up, so that the warm-up is paid once per JVM.
 */
public final class Prewarm {

	/** The system property naming the warm-up in seconds (default 0: none). */
	public static final String PROPERTY = "talon.bench.prewarm";

	/**
	 * The system property naming the longest warm-up in seconds, when it is to go on until the JIT compiler is quiet
	 * (default 0: a warm-up of {@value #PROPERTY} seconds only).
	 */
	public static final String UNTIL_COMPILED_PROPERTY = "talon.bench.prewarm.until-compiled";

	private static boolean done;

	private static volatile boolean stop;

	private Prewarm() {
	}

	/**
	 * Warms the JVM up with this client, if {@value #PROPERTY} asks for it and it has not been done in this JVM.
	 * Prints how long the warm-up took.
	 * @param client the client to call
	 */
	public static synchronized void once(BenchClient client) {
		long seconds = Long.getLong(PROPERTY, 0);
		if (done || seconds <= 0) {
			return;
		}
		done = true;
		long untilCompiled = Long.getLong(UNTIL_COMPILED_PROPERTY, 0);
		long start = System.nanoTime();
		String[] ids = Fixtures.sessionIds(16);
		List<Thread> threads = new ArrayList<>();
		if (client.blocking()) {
			for (String id : ids) {
				Thread thread = new Thread(() -> {
					while (!stop) {
						client.callBlocking(id);
					}
				}, "prewarm-" + id);
				thread.start();
				threads.add(thread);
			}
		}
		else {
			Thread thread = new Thread(() -> Flux.range(0, ids.length)
				.flatMap((i) -> Mono.defer(() -> client.call(ids[i])).repeat(() -> !stop), ids.length)
				.blockLast(), "prewarm");
			thread.start();
			threads.add(thread);
		}
		sleep(seconds);
		double took = (untilCompiled > seconds) ? WarmupHarness.warmUntilCompiled(start, untilCompiled)
				: (System.nanoTime() - start) / 1e9;
		stop = true;
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		System.out.printf(Locale.ROOT, "%nprewarm of %s: %.0f s%s%n", client.name(), took,
				(untilCompiled > seconds && took >= untilCompiled) ? " (the JIT compiler was still busy)" : "");
	}

	private static void sleep(long seconds) {
		try {
			Thread.sleep(seconds * 1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
