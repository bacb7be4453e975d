package dev.talon.spring.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

import dev.talon.spring.benchmarks.clients.BenchClient;
import dev.talon.spring.benchmarks.server.ServerProcess;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realistic-latency scenario (and the server-cost measurement), one client per JVM: {@code callers} concurrent
 * callers, each updating a session of its own one call after another for a fixed time, against the server listener
 * that answers after 20 ms. Non-blocking clients get {@code callers} independent call loops on their event loops;
 * the blocking generated client gets {@code callers} platform threads. Reports calls per second, latency percentiles
 * (HdrHistogram), errors, live threads, the connections open at the server, the heap live under load (after a full
 * GC, load still running), resident memory, the client JVM's CPU time per call and the server's CPU time per
 * request.
 * <p>
 * With {@code --window <seconds>}, it also records the time to steady state: the calls per second of every window of
 * that length from the moment the callers start (right after the client's context started and made one call),
 * warm-up included, with the JIT compiler's time in each window ({@code windows} in the result), the CPU time of the
 * C1 and C2 compiler threads in it and the rest of the JVM's CPU time per call made in it: unlike the calls per second,
 * those do not depend on how busy the machine is.
 * <p>
 * With {@code --until-compiled <seconds>}, the warm-up goes on after {@code --warmup} until the JIT compiler threads have
 * been quiet for 3 seconds (less than 30 ms of CPU time in each), at most until that many seconds: the measurement is
 * then of the compiled client ({@code warmupSeconds} in the result says how long it took).
 * <p>
 * {@code java -cp benchmarks.jar dev.talon.spring.benchmarks.LoadHarness --client talon [--callers 512]
 * [--warmup 3] [--until-compiled 90] [--seconds 7] [--immediate] [--window 5] [--out file.json]}
 */
public final class LoadHarness {

	private final BenchClient client;

	private final int callers;

	private final Recorder latencies = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);

	private final LongAdder calls = new LongAdder();

	/** Successful calls since the callers started, never reset (for the windows). */
	private final LongAdder everCalls = new LongAdder();

	private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

	private volatile boolean running = true;

	private LoadHarness(BenchClient client, int callers) {
		this.client = client;
		this.callers = callers;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String name = options.getOrDefault("client", "talon");
		int callers = Integer.parseInt(options.getOrDefault("callers", "512"));
		double warmup = Double.parseDouble(options.getOrDefault("warmup", "3"));
		double seconds = Double.parseDouble(options.getOrDefault("seconds", "7"));
		boolean immediate = options.containsKey("immediate");
		double window = Double.parseDouble(options.getOrDefault("window", "0"));
		double untilCompiled = Double.parseDouble(options.getOrDefault("until-compiled", "0"));
		if (name.equals("okhttp") && !BenchClient.generatedClientBuilt()) {
			System.out.println("Skipping client (4): it was not built (../shared/talon-api/ was missing)");
			return;
		}
		ServerProcess.Endpoints server = ServerProcess.endpoints();
		URI url = immediate ? server.immediate() : server.delayed();

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		int threadsBefore = threads.getThreadCount();
		long heapBefore = liveHeap(memory);

		Map<String, Object> result = new LinkedHashMap<>();
		try (BenchClient client = BenchClient.create(name, url)) {
			client.check(client.blocking() ? client.callBlocking("S-check") : client.call("S-check").block());
			long heapIdle = liveHeap(memory);
			int threadsIdle = threads.getThreadCount();
			LoadHarness harness = new LoadHarness(client, callers);
			List<Thread> blockingCallers = new ArrayList<>();
			CompletableFuture<Void> reactiveCallers = harness.start(blockingCallers);
			List<Map<String, Object>> windows = new ArrayList<>();
			Thread sampler = (window > 0) ? harness.sampleWindows(window, windows) : null;

			sleep(warmup);
			double warmedUp = warmup;
			if (untilCompiled > warmup) {
				warmedUp = WarmupHarness.warmUntilCompiled(System.nanoTime() - (long) (warmup * 1e9), untilCompiled);
			}
			harness.reset();
			ServerProcess.Stats serverBefore = ServerProcess.stats(server);
			long cpuBefore = processCpuNanos();
			long[] ticksBefore = userSystemTicks();
			long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			long gcBefore = gcMillis();
			long start = System.nanoTime();
			sleep(seconds / 2);
			int threadsUnderLoad = threads.getThreadCount();
			long connectionsUnderLoad = ServerProcess.stats(server).connections() - 1; // not /stats' own
			sleep(seconds / 2);
			long elapsed = System.nanoTime() - start;
			long cpu = processCpuNanos() - cpuBefore;
			long[] ticksAfter = userSystemTicks();
			long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
			long gc = gcMillis() - gcBefore;
			ServerProcess.Stats serverAfter = ServerProcess.stats(server);
			Histogram histogram = harness.latencies.getIntervalHistogram();
			long ok = harness.calls.sumThenReset();
			Map<String, Long> errors = harness.errorCounts();

			// still under load: what the client keeps alive while `callers` calls are in flight
			long heapUnderLoad = liveHeap(memory);
			long rssUnderLoad = residentBytes();

			harness.running = false;
			if (sampler != null) {
				sampler.interrupt();
				sampler.join(10_000);
			}
			for (Thread thread : blockingCallers) {
				thread.join(10_000);
			}
			if (reactiveCallers != null) {
				try {
					reactiveCallers.get(30, TimeUnit.SECONDS);
				}
				catch (TimeoutException ex) {
					System.err.println("Some callers were still waiting for an answer after 30 s");
				}
			}

			double secondsMeasured = elapsed / 1e9;
			result.put("client", name);
			result.put("callers", callers);
			result.put("serverDelayMillis", immediate ? 0 : 20);
			result.put("warmupSeconds", warmedUp);
			result.put("seconds", secondsMeasured);
			result.put("calls", ok);
			result.put("callsPerSecond", ok / secondsMeasured);
			result.put("errors", errors);
			result.put("p50Millis", histogram.getValueAtPercentile(50) / 1e6);
			result.put("p90Millis", histogram.getValueAtPercentile(90) / 1e6);
			result.put("p99Millis", histogram.getValueAtPercentile(99) / 1e6);
			result.put("p999Millis", histogram.getValueAtPercentile(99.9) / 1e6);
			result.put("maxMillis", histogram.getMaxValue() / 1e6);
			result.put("meanMillis", histogram.getMean() / 1e6);
			result.put("threadsBeforeClient", threadsBefore);
			result.put("threadsIdle", threadsIdle);
			result.put("threadsUnderLoad", threadsUnderLoad);
			result.put("connectionsUnderLoad", connectionsUnderLoad);
			// the two /stats requests after the first opened a connection each
			result.put("connectionsOpenedPerSecond",
					(serverAfter.opened() - serverBefore.opened() - 2) / secondsMeasured);
			result.put("heapBeforeClientBytes", heapBefore);
			result.put("heapIdleBytes", heapIdle);
			result.put("heapUnderLoadBytes", heapUnderLoad);
			result.put("rssUnderLoadBytes", rssUnderLoad);
			result.put("clientCpuMicrosPerCall", (ok > 0) ? cpu / 1000.0 / ok : Double.NaN);
			long userTicks = ticksAfter[0] - ticksBefore[0];
			long systemTicks = ticksAfter[1] - ticksBefore[1];
			result.put("clientKernelCpuShare",
					(userTicks + systemTicks > 0) ? (double) systemTicks / (userTicks + systemTicks) : Double.NaN);
			// JIT compilation still going on while measuring means the warm-up was too short
			result.put("jitMillisWhileMeasuring", jit);
			result.put("gcMillisWhileMeasuring", gc);
			result.put("serverCpuMicrosPerRequest", serverAfter.cpuMicrosPerRequestSince(serverBefore));
			result.put("availableProcessors", Runtime.getRuntime().availableProcessors());
			if (sampler != null) {
				result.put("windowSeconds", window);
				synchronized (windows) {
					result.put("windows", new ArrayList<>(windows));
				}
			}
		}
		String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result);
		printResult(options, json);
		System.exit(0);
	}

	/**
	 * Prints a harness's result, and writes it to the file that {@code --out} names, if any.
	 * @param options the command line options
	 * @param json the result
	 * @throws IOException when the file cannot be written
	 */
	static void printResult(Map<String, String> options, String json) throws IOException {
		System.out.println(json);
		if (options.containsKey("out")) {
			Path out = Path.of(options.get("out"));
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			Files.writeString(out, json);
		}
	}

	private CompletableFuture<Void> start(List<Thread> blockingCallers) {
		String[] ids = Fixtures.sessionIds(this.callers);
		if (this.client.blocking()) {
			for (String id : ids) {
				Thread thread = new Thread(() -> {
					while (this.running) {
						long start = System.nanoTime();
						try {
							this.client.callBlocking(id);
							succeeded(start);
						}
						catch (RuntimeException ex) {
							failed(ex);
							sleep(0.02);
						}
					}
				}, "caller-" + id);
				thread.setDaemon(true);
				thread.start();
				blockingCallers.add(thread);
			}
			return null;
		}
		return Flux.range(0, this.callers)
			.flatMap((i) -> Mono.defer(() -> {
				long start = System.nanoTime();
				return this.client.call(ids[i])
					.doOnNext((answer) -> succeeded(start))
					.then()
					// a failed call does not end its caller: it waits like the server would have, then goes on
					.onErrorResume((ex) -> {
						failed(ex);
						return Mono.delay(Duration.ofMillis(20)).then();
					});
			}).repeat(() -> this.running), this.callers)
			.then()
			.toFuture();
	}

	private void succeeded(long start) {
		this.latencies.recordValue(System.nanoTime() - start);
		this.calls.increment();
		this.everCalls.increment();
	}

	/**
	 * Starts a thread that, every {@code window} seconds from now, adds the calls per second of the window that ended
	 * (and the JIT compiler's milliseconds in it) to {@code windows}, until interrupted.
	 */
	private Thread sampleWindows(double window, List<Map<String, Object>> windows) {
		long windowNanos = (long) (window * 1e9);
		Thread sampler = new Thread(() -> {
			long origin = System.nanoTime();
			long calls = 0;
			long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			long[] compilers = WarmupHarness.compilerCpuMillis();
			long cpu = processCpuNanos();
			for (int i = 1;; i++) {
				long wait = origin + i * windowNanos - System.nanoTime();
				if (wait > 0) {
					try {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				long nowCalls = this.everCalls.sum();
				long nowJit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
				long[] nowCompilers = WarmupHarness.compilerCpuMillis();
				long nowCpu = processCpuNanos();
				long compilerMillis = (nowCompilers[0] - compilers[0]) + (nowCompilers[1] - compilers[1]);
				Map<String, Object> sample = new LinkedHashMap<>();
				sample.put("endSeconds", i * window);
				sample.put("callsPerSecond", (nowCalls - calls) / window);
				sample.put("jitMillis", nowJit - jit);
				// CPU time, which does not depend on how busy the machine is: the C1 and C2 compiler threads', and
				// the rest of the JVM's per call made in the window (the client's work while it runs as compiled so far)
				sample.put("c1CpuMillis", nowCompilers[0] - compilers[0]);
				sample.put("c2CpuMillis", nowCompilers[1] - compilers[1]);
				sample.put("callsEndingWindow", nowCalls);
				sample.put("otherCpuMicrosPerCall", (nowCalls > calls)
						? ((nowCpu - cpu) / 1000.0 - compilerMillis * 1000.0) / (nowCalls - calls) : Double.NaN);
				synchronized (windows) {
					windows.add(sample);
				}
				calls = nowCalls;
				jit = nowJit;
				compilers = nowCompilers;
				cpu = nowCpu;
			}
		}, "window-sampler");
		sampler.setDaemon(true);
		sampler.start();
		return sampler;
	}

	private void failed(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String key = ex.getClass().getSimpleName() + ((root != ex) ? " <- " + root.getClass().getSimpleName() : "");
		this.errors.computeIfAbsent(key, (k) -> new LongAdder()).increment();
	}

	private void reset() {
		this.latencies.reset();
		this.calls.reset();
		this.errors.clear();
	}

	private Map<String, Long> errorCounts() {
		Map<String, Long> counts = new TreeMap<>();
		this.errors.forEach((key, count) -> counts.put(key, count.sum()));
		return counts;
	}

	/** Heap used after a full GC: what is reachable. */
	static long liveHeap(MemoryMXBean memory) {
		System.gc();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	static long gcMillis() {
		long sum = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			sum += Math.max(0, gc.getCollectionTime());
		}
		return sum;
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** User and kernel CPU time of this process in clock ticks (Linux {@code /proc/self/stat}), or zeros. */
	static long[] userSystemTicks() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return new long[] { Long.parseLong(fields[11]), Long.parseLong(fields[12]) };
		}
		catch (IOException | RuntimeException ex) {
			return new long[2];
		}
	}

	/** Resident set size on Linux ({@code VmRSS}), or -1 elsewhere. */
	static long residentBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return -1;
	}

	static void sleep(double seconds) {
		try {
			Thread.sleep((long) (seconds * 1000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + args[i]);
			}
			String key = args[i].substring(2);
			boolean flag = (i + 1 == args.length) || args[i + 1].startsWith("--");
			options.put(key, flag ? "true" : args[++i]);
		}
		return options;
	}

}
