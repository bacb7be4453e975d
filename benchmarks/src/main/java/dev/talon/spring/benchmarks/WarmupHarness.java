package dev.talon.spring.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.talon.spring.benchmarks.clients.BenchClient;
import dev.talon.spring.benchmarks.clients.InMemoryConnector;
import dev.talon.spring.benchmarks.server.ServerProcess;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JIT compiler's work to bring a client to its compiled speed, counted in calls and in the compiler threads' own
 * CPU time rather than in seconds, so that it does not depend on how busy the machine is: a fresh JVM starts the
 * client (for (1) its Spring Boot context), makes one call (the moment the client is "ready"), then makes a fixed
 * number of calls with {@code callers} in flight against the listener that answers at once. Every 100 ms it records
 * the calls made so far, the JVM's uptime and the CPU time of the C1 and C2 compiler threads (Linux
 * {@code /proc/self/task/<tid>/stat}), so that a compilation log of the same JVM (run it with
 * {@code -XX:+PrintCompilation}, whose lines start with the uptime in milliseconds) can be read in calls: which
 * methods were compiled after how many calls, and when the last one was. {@link WarmupReport} does that, and
 * {@code benchmarks/warmup.sh} runs both.
 * <p>
 * With {@code --in-memory}, the client runs on the {@link InMemoryConnector} instead (no server, no network: one call
 * after another on the calling thread), so that only the client's own code is compiled; with {@code --delayed}, the
 * calls go to the listener that answers after 20 ms (as in the realistic load, with {@code --callers 512}).
 * <p>
 * {@code java -XX:+PrintCompilation -cp benchmarks.jar dev.talon.spring.benchmarks.WarmupHarness --client talon
 * [--callers 16] [--calls 200000] [--in-memory | --delayed] [--out file.json] > compilation.log}
 */
public final class WarmupHarness {

	private WarmupHarness() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = LoadHarness.options(args);
		String name = options.getOrDefault("client", "talon");
		int callers = Integer.parseInt(options.getOrDefault("callers", "16"));
		long total = Long.parseLong(options.getOrDefault("calls", "200000"));
		boolean inMemory = options.containsKey("in-memory");
		boolean delayed = options.containsKey("delayed");
		URI url = inMemory ? URI.create("http://talon.invalid")
				: delayed ? ServerProcess.endpoints().delayed() : ServerProcess.endpoints().immediate();
		Map<String, Object> result = new LinkedHashMap<>();
		List<Map<String, Object>> samples = new ArrayList<>();
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long created;
		try (BenchClient client = BenchClient.create(name, url,
				inMemory ? new InMemoryConnector() : null)) {
			created = uptime();
			client.check(client.call("S-check").block());
			result.put("client", name);
			result.put("callers", inMemory ? 1 : callers);
			result.put("inMemory", inMemory);
			result.put("serverDelayMillis", delayed ? 20 : 0);
			result.put("calls", total);
			result.put("readyUptimeMillis", uptime());
			result.put("clientCreatedUptimeMillis", created);
			result.put("ready", sample(0));
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					Map<String, Object> sample = sample(done.get());
					synchronized (samples) {
						samples.add(sample);
					}
					try {
						TimeUnit.MILLISECONDS.sleep(100);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "warmup-sampler");
			sampler.setDaemon(true);
			sampler.start();
			String[] ids = Fixtures.sessionIds(callers);
			AtomicLong started = new AtomicLong();
			if (inMemory) {
				// the in-memory connector answers on the calling thread: one call after another
				for (long i = 0; i < total; i++) {
					client.call(ids[(int) (i % callers)]).block();
					done.incrementAndGet();
				}
			}
			else {
				Flux.range(0, callers)
					.flatMap((i) -> Mono.defer(() -> client.call(ids[i]))
						.doOnNext((answer) -> done.incrementAndGet())
						.then()
						// a failed call (a timeout while the JVM is still slow) does not end its caller: it waits like
						// the server would have, then goes on, as in LoadHarness
						.onErrorResume((ex) -> {
							failed.incrementAndGet();
							return Mono.delay(Duration.ofMillis(20)).then();
						})
						.repeat(() -> started.incrementAndGet() < total - callers + 1), callers)
					.then()
					.block();
			}
			sampler.interrupt();
			sampler.join(10_000);
			result.put("end", sample(done.get()));
			result.put("failedCalls", failed.get());
		}
		synchronized (samples) {
			result.put("samples", samples);
		}
		LoadHarness.printResult(options, JsonMapper.builder().build().writeValueAsString(result));
		System.exit(0);
	}

	private static long uptime() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	private static Map<String, Object> sample(long calls) {
		Map<String, Object> sample = new LinkedHashMap<>();
		sample.put("uptimeMillis", uptime());
		sample.put("calls", calls);
		long[] compilers = compilerCpuMillis();
		sample.put("c1CpuMillis", compilers[0]);
		sample.put("c2CpuMillis", compilers[1]);
		sample.put("jitMillis", ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
		sample.put("processCpuMillis", LoadHarness.processCpuNanos() / 1_000_000);
		return sample;
	}

	/**
	 * Waits, while calls run on other threads, until the JIT compiler threads have been quiet (less than
	 * {@value #QUIET_COMPILER_MILLIS} ms of CPU time in each of the last {@value #QUIET_SECONDS} seconds), at most until
	 * {@code maxSeconds} after {@code startNanos}: so that what is measured next is the compiled client, however long
	 * the machine takes to compile it.
	 * @param startNanos when the warm-up began ({@link System#nanoTime()})
	 * @param maxSeconds the longest warm-up in all
	 * @return the seconds of warm-up in all
	 */
	public static double warmUntilCompiled(long startNanos, double maxSeconds) {
		long[] before = compilerCpuMillis();
		int quiet = 0;
		while ((System.nanoTime() - startNanos) / 1e9 < maxSeconds && quiet < QUIET_SECONDS) {
			LoadHarness.sleep(1);
			long[] now = compilerCpuMillis();
			quiet = ((now[0] - before[0]) + (now[1] - before[1]) < QUIET_COMPILER_MILLIS) ? quiet + 1 : 0;
			before = now;
		}
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static final int QUIET_SECONDS = 3;

	private static final long QUIET_COMPILER_MILLIS = 30;

	/** CPU time (user + kernel) of this JVM's C1 and C2 compiler threads, in ms, from Linux's /proc; zeros elsewhere. */
	static long[] compilerCpuMillis() {
		long[] millis = new long[2];
		long tick = 10; // USER_HZ is 100 on Linux
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path task : tasks) {
				String threadName;
				String stat;
				try {
					threadName = Files.readString(task.resolve("comm")).trim();
					stat = Files.readString(task.resolve("stat"));
				}
				catch (IOException ex) {
					continue; // the thread ended
				}
				int which = threadName.startsWith("C1 Compiler") ? 0 : threadName.startsWith("C2 Compiler") ? 1 : -1;
				if (which >= 0) {
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					millis[which] += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return millis;
	}

}
