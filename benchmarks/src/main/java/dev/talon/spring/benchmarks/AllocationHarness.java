package dev.talon.spring.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.benchmarks.clients.BenchClient;
import dev.talon.spring.benchmarks.clients.InMemoryConnector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bytes a client allocates per call of its own work, exactly and independently of how busy the machine is: the
 * WebClient-based clients on the {@link InMemoryConnector} complete each call on the calling thread, so the
 * thread's allocation counter ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}) over many
 * calls, after a warm-up long enough for the JIT compiler, is what one call allocates. JMH's
 * {@code gc.alloc.rate.norm} measures the same from the whole JVM's allocation rate and scatters by a few KB per call
 * when the machine is busy; this is the figure to judge a change of the client's allocations with. Even so, JVMs of
 * the same code differ by a few hundred bytes per call, because the JIT compiler's escape analysis removes more or
 * fewer allocations depending on what it inlined; run with {@code -XX:-DoEscapeAnalysis} to count what the code
 * itself allocates, which is the same to the byte in every JVM.
 * <p>
 * {@code java -cp benchmarks.jar dev.talon.spring.benchmarks.AllocationHarness [--clients talon,webclient]
 * [--warmup 30000] [--calls 20000] [--rounds 5]}
 */
public final class AllocationHarness {

	private AllocationHarness() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = LoadHarness.options(args);
		String[] clients = options.getOrDefault("clients", "talon,webclient,talon-v2,webclient-v2").split(",");
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "30000"));
		int calls = Integer.parseInt(options.getOrDefault("calls", "20000"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		String[] ids = Fixtures.sessionIds(64);
		Map<String, Object> result = new LinkedHashMap<>();
		for (String name : clients) {
			try (BenchClient client = BenchClient.create(name, URI.create("http://talon.invalid"),
					new InMemoryConnector())) {
				for (int i = 0; i < warmup; i++) {
					client.call(ids[i & 63]).block();
				}
				List<Double> perCall = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					long before = threads.getCurrentThreadAllocatedBytes();
					for (int i = 0; i < calls; i++) {
						client.call(ids[i & 63]).block();
					}
					perCall.add((threads.getCurrentThreadAllocatedBytes() - before) / (double) calls);
				}
				Fixtures.check(client.call(ids[0]).block());
				perCall.sort(null);
				result.put(name, Map.of("bytesPerCallMedian", perCall.get(perCall.size() / 2), "bytesPerCallRounds",
						perCall));
				System.err.printf("%s: %.0f B per call (rounds %s)%n", name, perCall.get(perCall.size() / 2),
						perCall);
			}
		}
		LoadHarness.printResult(options, JsonMapper.builder().build().writeValueAsString(result));
		System.exit(0);
	}

}
