package dev.talon.spring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.talon.spring.benchmarks.clients.BenchClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the results of one {@code run.sh} (JMH's JSON, the load and startup harnesses' JSON files) into the Markdown
 * tables of BENCHMARKS.md: every figure of a client as a ratio to the hand-written WebClient (2) of the same run, then
 * the raw numbers, the server's own cost and a verdict per goal of issue 6.
 * <p>
 * {@code java -cp benchmarks.jar dev.talon.spring.benchmarks.Report <results dir> [<markdown file>]}
 */
public final class Report {

	private static final String[] TITLES = { "(1) talon starter", "(2) WebClient by hand", "(3) Reactor Netty floor",
			"(4) okhttp-gson generated" };

	private final JsonMapper json = JsonMapper.builder().build();

	private final Path dir;

	private final StringBuilder out = new StringBuilder();

	/** benchmark method (c1, c16, c64) -> client -> JMH result */
	private final Map<String, Map<String, JsonNode>> jmh = new LinkedHashMap<>();

	private final Map<String, JsonNode> load = new LinkedHashMap<>();

	private Report(Path dir) {
		this.dir = dir;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			throw new IllegalArgumentException("usage: Report <results dir> [<markdown file>]");
		}
		Report report = new Report(Path.of(args[0]));
		String markdown = report.render();
		System.out.print(markdown);
		if (args.length > 1) {
			Files.writeString(Path.of(args[1]), markdown);
		}
	}

	private String render() throws IOException {
		readJmh();
		for (String client : BenchClient.NAMES) {
			Path file = this.dir.resolve("load-" + client + ".json");
			if (Files.exists(file)) {
				this.load.put(client, this.json.readTree(file.toFile()));
			}
		}
		Path meta = this.dir.resolve("run.txt");
		if (Files.exists(meta)) {
			this.out.append(Files.readString(meta).strip()).append("\n\n");
		}
		cpuTable();
		loadTable();
		serverCost();
		startup();
		goals();
		raw();
		return this.out.toString();
	}

	private void readJmh() throws IOException {
		if (!Files.isDirectory(this.dir)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(this.dir)) {
			files = list.filter((f) -> f.getFileName().toString().matches("jmh.*\\.json")).sorted().toList();
		}
		for (Path file : files) {
			readJmh(file);
		}
	}

	private void readJmh(Path file) throws IOException {
		for (JsonNode result : this.json.readTree(file.toFile())) {
			String benchmark = result.get("benchmark").asString();
			String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
			String client = benchmark.contains("OkHttp") ? "okhttp" : result.path("params").path("client").asString();
			this.jmh.computeIfAbsent(method, (k) -> new LinkedHashMap<>()).put(client, result);
		}
	}

	private Double score(String method, String client) {
		JsonNode result = this.jmh.getOrDefault(method, Map.of()).get(client);
		return (result != null) ? num(result.get("primaryMetric").get("score")) : null;
	}

	private Double allocation(String method, String client) {
		JsonNode result = this.jmh.getOrDefault(method, Map.of()).get(client);
		if (result == null) {
			return null;
		}
		JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
		return norm.isMissingNode() ? null : num(norm.get("score"));
	}

	private Double load(String client, String field) {
		JsonNode result = this.load.get(client);
		return (result != null && result.has(field)) ? num(result.get(field)) : null;
	}

	private void cpuTable() {
		this.out.append("### CPU cost: the server answers at once\n\n");
		header();
		row("latency, 1 call at a time (µs per call; lower is better)", "%.0f",
				(client) -> score("c1", client), 1);
		row("throughput, 16 calls in flight (calls/s)", "%.0f", (client) -> score("c16", client), 1);
		row("throughput, 64 calls in flight (calls/s)", "%.0f", (client) -> score("c64", client), 1);
		row("allocation per call, 1 at a time (KB)", "%.1f", (client) -> kb(allocation("c1", client)), 1);
		row("allocation per call, 64 in flight (KB)", "%.1f", (client) -> kb(allocation("c64", client)), 1);
		this.out.append("\nRatios are to (2) in the same run. Reactive clients keep 16/64 calls in flight from one ")
			.append("thread (fire N, wait for all); the blocking okhttp-gson client uses 16/64 threads. Allocation is ")
			.append("everything the client JVM allocated (all threads) per call, from JMH's `-prof gc`. The last ")
			.append("iterations are in the raw numbers: scores still rising there mean the JIT had not finished.\n\n");
	}

	private void loadTable() {
		if (this.load.isEmpty()) {
			return;
		}
		JsonNode any = this.load.values().iterator().next();
		this.out.append("### Realistic latency: the server answers after 20 ms, ")
			.append(any.get("callers").asInt())
			.append(" concurrent callers, ")
			.append(String.format(Locale.ROOT, "%.0f", num(any.get("seconds"))))
			.append(" s measured\n\n");
		header();
		row("throughput (calls/s)", "%.0f", (client) -> load(client, "callsPerSecond"), 1);
		row("p50 latency (ms)", "%.1f", (client) -> load(client, "p50Millis"), 1);
		row("p99 latency (ms)", "%.1f", (client) -> load(client, "p99Millis"), 1);
		row("failed calls", "%.0f", this::errorCount, 0);
		row("live threads under load", "%.0f", (client) -> load(client, "threadsUnderLoad"), 1);
		row("connections open at the server", "%.0f", (client) -> load(client, "connectionsUnderLoad"), 1);
		row("heap live under load (MB, after full GC)", "%.1f", (client) -> mb(load(client, "heapUnderLoadBytes")),
				1);
		row("heap live under load minus idle client (MB)", "%.1f",
				(client) -> diffMb(load(client, "heapUnderLoadBytes"), load(client, "heapIdleBytes")), 1);
		row("resident memory under load (MB)", "%.0f", (client) -> mb(load(client, "rssUnderLoadBytes")), 1);
		row("client JVM CPU per call (µs)", "%.0f", (client) -> load(client, "clientCpuMicrosPerCall"), 1);
		this.out.append("\nEach client runs in a JVM of its own (`-Xms1g -Xmx1g`); the server in another. Threads ")
			.append("and heap are the whole client JVM's (a JVM with nothing running has about ")
			.append(any.get("threadsBeforeClient").asInt())
			.append(" threads); (1) includes its Spring context. Failed calls are not in the latencies; a failed ")
			.append("caller waits 20 ms and goes on.\n\n");
	}

	private Double errorCount(String client) {
		JsonNode result = this.load.get(client);
		if (result == null) {
			return null;
		}
		double sum = 0;
		for (JsonNode count : result.get("errors")) {
			sum += num(count);
		}
		return sum;
	}

	private void serverCost() throws IOException {
		Path file = this.dir.resolve("server-cost.json");
		this.out.append("### What the server itself costs\n\n");
		if (Files.exists(file)) {
			JsonNode cost = this.json.readTree(file.toFile());
			double roundTrip = num(cost.get("meanMillis")) * 1000;
			double server = num(cost.get("serverCpuMicrosPerRequest"));
			double client = num(cost.get("clientCpuMicrosPerCall"));
			this.out.append(String.format(Locale.ROOT,
					"The floor client (3), one call at a time for %.0f s against the immediate listener: %.0f µs per "
							+ "round trip (mean), of which the server process used %.0f µs of CPU per request "
							+ "(%.0f%%) and the floor client's JVM %.0f µs. ",
					num(cost.get("seconds")), roundTrip, server, 100 * server / roundTrip, client));
		}
		Double webclient = score("c1", "webclient");
		Double floor = score("c1", "floor");
		if (webclient != null && floor != null) {
			this.out.append(String.format(Locale.ROOT,
					"In JMH, (2) takes %.2f× the floor's latency at concurrency 1 (%.0f vs %.0f µs)", webclient / floor,
					webclient, floor));
			Double w64 = score("c64", "webclient");
			Double f64 = score("c64", "floor");
			if (w64 != null && f64 != null) {
				this.out.append(String.format(Locale.ROOT, " and reaches %.0f%% of its throughput at 64 in flight",
						100 * w64 / f64));
			}
			this.out.append('.');
		}
		this.out.append("\n\n");
	}

	private void startup() throws IOException {
		List<JsonNode> with = new ArrayList<>();
		List<JsonNode> without = new ArrayList<>();
		if (Files.isDirectory(this.dir)) {
			try (Stream<Path> files = Files.list(this.dir)) {
				for (Path file : files.sorted().toList()) {
					String name = file.getFileName().toString();
					if (name.startsWith("startup-with-") && name.endsWith(".json")) {
						with.add(this.json.readTree(file.toFile()));
					}
					else if (name.startsWith("startup-without-") && name.endsWith(".json")) {
						without.add(this.json.readTree(file.toFile()));
					}
				}
			}
		}
		if (with.isEmpty() || without.isEmpty()) {
			return;
		}
		this.out.append("### Startup: a minimal Boot application with and without the starter's auto-configuration\n\n")
			.append("| median of ").append(with.size()).append(" fresh JVMs each | without | with | difference |\n")
			.append("| --- | ---: | ---: | ---: |\n");
		startupRow("SpringApplication.run, cold (ms)", "%.0f", with, without, "coldMillis", 1);
		this.out.append(String.format(Locale.ROOT, "| cold, fastest–slowest JVM (ms) | %.0f–%.0f | %.0f–%.0f | |\n",
				min(without, "coldMillis"), max(without, "coldMillis"), min(with, "coldMillis"),
				max(with, "coldMillis")));
		startupRow("of which creating the starter's beans, cold (ms)", "%.0f", with, without, "coldStarterBeansMillis",
				1);
		startupRow("SpringApplication.run, warm, same JVM (ms)", "%.1f", with, without, "warmMedianMillis", 1);
		startupRow("context close, warm (ms)", "%.1f", with, without, "warmCloseMedianMillis", 1);
		startupRow("heap live with the context open (MB)", "%.2f", with, without, "heapLiveBytes", 1 / 1048576.0);
		startupRow("Metaspace (MB)", "%.2f", with, without, "metaspaceBytes", 1 / 1048576.0);
		startupRow("classes loaded", "%.0f", with, without, "loadedClasses", 1);
		startupRow("bean definitions", "%.0f", with, without, "beanDefinitions", 1);
		this.out.append("\n");
	}

	private void startupRow(String label, String format, List<JsonNode> with, List<JsonNode> without, String field,
			double scale) {
		double a = median(without, field) * scale;
		double b = median(with, field) * scale;
		this.out.append("| ").append(label).append(" | ").append(String.format(Locale.ROOT, format, a)).append(" | ")
			.append(String.format(Locale.ROOT, format, b)).append(" | ")
			.append(String.format(Locale.ROOT, format.replace("%", "%+"), b - a)).append(" |\n");
	}

	private static double min(List<JsonNode> results, String field) {
		return results.stream().mapToDouble((r) -> num(r.get(field))).min().orElse(Double.NaN);
	}

	private static double max(List<JsonNode> results, String field) {
		return results.stream().mapToDouble((r) -> num(r.get(field))).max().orElse(Double.NaN);
	}

	private static double median(List<JsonNode> results, String field) {
		double[] values = results.stream().mapToDouble((r) -> num(r.get(field))).sorted().toArray();
		int n = values.length;
		return (n % 2 == 1) ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
	}

	private void goals() throws IOException {
		this.out.append("### Goals of issue 6, as measured in this run\n\n");
		Double t64 = score("c64", "talon");
		Double w64 = score("c64", "webclient");
		Double o64 = score("c64", "okhttp");
		verdict("(1) within 10% of (2) in throughput at 64 in flight", t64, w64,
				(t64 != null && w64 != null) ? String.format(Locale.ROOT, "%.0f vs %.0f calls/s: %.2f×", t64, w64,
						t64 / w64) : null,
				t64 != null && w64 != null && t64 >= 0.9 * w64);
		Double ta = allocation("c1", "talon");
		Double wa = allocation("c1", "webclient");
		verdict("(1) within 15% of (2) in allocation per call", ta, wa,
				(ta != null && wa != null) ? String.format(Locale.ROOT, "%.1f vs %.1f KB: %.2f×", ta / 1024,
						wa / 1024, ta / wa) : null,
				ta != null && wa != null && ta <= 1.15 * wa);
		Double t1 = score("c1", "talon");
		Double o1 = score("c1", "okhttp");
		verdict("(1) no slower than (4) per call (latency at 1, throughput at 64)", t1, o1,
				(t1 != null && o1 != null && t64 != null && o64 != null)
						? String.format(Locale.ROOT, "%.0f vs %.0f µs; %.0f vs %.0f calls/s", t1, o1, t64, o64) : null,
				t1 != null && o1 != null && t64 != null && o64 != null && t1 <= o1 && t64 >= o64);
		Double lt = load("talon", "callsPerSecond");
		Double lo = load("okhttp", "callsPerSecond");
		verdict("realistic: (1) sustains at least (4)'s throughput", lt, lo,
				(lt != null && lo != null) ? String.format(Locale.ROOT, "%.0f vs %.0f calls/s", lt, lo) : null,
				lt != null && lo != null && lt >= lo && errorCount("talon") == 0);
		Double p99 = load("talon", "p99Millis");
		verdict("realistic: (1) p99 under 100 ms beyond the server's 20 ms", p99, p99,
				(p99 != null) ? String.format(Locale.ROOT, "p99 %.1f ms", p99) : null, p99 != null && p99 < 120);
		Double th = load("talon", "threadsUnderLoad");
		Double oh = load("okhttp", "threadsUnderLoad");
		verdict("realistic: (1) at most a tenth of (4)'s threads", th, oh,
				(th != null && oh != null) ? String.format(Locale.ROOT, "%.0f vs %.0f threads", th, oh) : null,
				th != null && oh != null && th <= oh / 10);
		Double hh = load("talon", "heapUnderLoadBytes");
		Double oheap = load("okhttp", "heapUnderLoadBytes");
		verdict("realistic: (1) less heap than (4)", hh, oheap,
				(hh != null && oheap != null) ? String.format(Locale.ROOT,
						"%.1f vs %.1f MB live under load, Spring context included in (1); what the calls in flight keep "
								+ "alive: %.1f vs %.1f MB",
						mb(hh), mb(oheap), mb(hh - load("talon", "heapIdleBytes")),
						mb(oheap - load("okhttp", "heapIdleBytes"))) : null,
				hh != null && oheap != null && hh < oheap);
		List<JsonNode> with = new ArrayList<>();
		List<JsonNode> without = new ArrayList<>();
		try (Stream<Path> files = Files.isDirectory(this.dir) ? Files.list(this.dir) : Stream.empty()) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith("startup-with-") && name.endsWith(".json")) {
					with.add(this.json.readTree(file.toFile()));
				}
				else if (name.startsWith("startup-without-") && name.endsWith(".json")) {
					without.add(this.json.readTree(file.toFile()));
				}
			}
		}
		if (!with.isEmpty() && !without.isEmpty()) {
			double cold = median(with, "coldMillis") - median(without, "coldMillis");
			double warm = median(with, "warmMedianMillis") - median(without, "warmMedianMillis");
			double spread = Math.max(max(with, "coldMillis") - min(with, "coldMillis"),
					max(without, "coldMillis") - min(without, "coldMillis"));
			verdict("the starter costs under 50 ms of startup", cold, warm, String.format(Locale.ROOT,
					"cold %+.0f ms between the medians, with cold runs of one variant %.0f ms apart, of which %.0f ms "
							+ "creating the starter's beans; warm %+.1f ms",
					cold, spread, median(with, "coldStarterBeansMillis"), warm), cold < 50);
		}
		this.out.append("\n");
	}

	private void verdict(String goal, Double a, Double b, String detail, boolean met) {
		String status = (a == null || b == null || detail == null) ? "not measured" : (met ? "MET" : "MISSED");
		this.out.append("- ").append(goal).append(": **").append(status).append("**");
		if (detail != null && a != null && b != null) {
			this.out.append(" (").append(detail).append(")");
		}
		this.out.append("\n");
	}

	private void raw() {
		this.out.append("### Raw numbers\n\n");
		if (!this.jmh.isEmpty()) {
			this.out.append("| JMH benchmark | client | score | error (99.9%) | unit | alloc B/call | iterations |\n")
				.append("| --- | --- | ---: | ---: | --- | ---: | --- |\n");
			this.jmh.forEach((method, byClient) -> byClient.forEach((client, result) -> {
				JsonNode primary = result.get("primaryMetric");
				Double alloc = allocation(method, client);
				this.out.append("| ").append(method).append(" | ").append(client).append(" | ")
					.append(String.format(Locale.ROOT, "%.2f", num(primary.get("score")))).append(" | ")
					.append(String.format(Locale.ROOT, "%.2f", num(primary.get("scoreError")))).append(" | ")
					.append(primary.get("scoreUnit").asString()).append(" | ")
					.append((alloc != null) ? String.format(Locale.ROOT, "%.0f", alloc) : "").append(" | ")
					.append(iterations(primary)).append(" |\n");
			}));
			this.out.append("\n");
		}
		this.load.forEach((client, result) -> this.out.append("- load ").append(client).append(": ")
			.append(String.format(Locale.ROOT,
					"%.0f calls in %.1f s, p50 %.1f / p90 %.1f / p99 %.1f / p99.9 %.1f / max %.1f ms, errors %s, "
							+ "threads %.0f before client / %.0f idle / %.0f under load, heap %.1f / %.1f / %.1f MB, "
							+ "RSS %.0f MB, client CPU %.0f µs/call (%.0f%% kernel), JIT %.0f ms and GC %.0f ms while "
							+ "measuring, server CPU %.0f µs/request",
					num(result.get("calls")), num(result.get("seconds")), num(result.get("p50Millis")),
					num(result.get("p90Millis")), num(result.get("p99Millis")), num(result.get("p999Millis")),
					num(result.get("maxMillis")), result.get("errors"), num(result.get("threadsBeforeClient")),
					num(result.get("threadsIdle")), num(result.get("threadsUnderLoad")),
					num(result.get("heapBeforeClientBytes")) / 1048576, num(result.get("heapIdleBytes")) / 1048576,
					num(result.get("heapUnderLoadBytes")) / 1048576, num(result.get("rssUnderLoadBytes")) / 1048576,
					num(result.get("clientCpuMicrosPerCall")), 100 * num(result.get("clientKernelCpuShare")),
					num(result.get("jitMillisWhileMeasuring")), num(result.get("gcMillisWhileMeasuring")),
					num(result.get("serverCpuMicrosPerRequest"))))
			.append("\n"));
		this.out.append("\n");
	}

	private void header() {
		this.out.append("| |");
		for (String title : TITLES) {
			this.out.append(' ').append(title).append(" |");
		}
		this.out.append("\n| --- | ---: | ---: | ---: | ---: |\n");
	}

	/**
	 * A row: each client's value and, when {@code ratios} is non-zero, its ratio to the WebClient (2).
	 */
	private void row(String label, String format, java.util.function.Function<String, Double> value, int ratios) {
		Double reference = value.apply("webclient");
		this.out.append("| ").append(label).append(" |");
		for (String client : BenchClient.NAMES) {
			Double v = value.apply(client);
			this.out.append(' ');
			if (v == null || v.isNaN()) {
				this.out.append("–");
			}
			else {
				this.out.append(String.format(Locale.ROOT, format, v));
				if (ratios != 0 && reference != null && reference != 0 && !reference.isNaN()) {
					this.out.append(String.format(Locale.ROOT, " (%.2f×)", v / reference));
				}
			}
			this.out.append(" |");
		}
		this.out.append('\n');
	}

	private static String iterations(JsonNode primary) {
		List<String> scores = new ArrayList<>();
		for (JsonNode fork : primary.path("rawData")) {
			for (JsonNode score : fork) {
				scores.add(String.format(Locale.ROOT, "%.0f", num(score)));
			}
		}
		return String.join(", ", scores);
	}

	/** A number of the results, which Jackson writes as a string when it is NaN or infinite. */
	private static double num(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return Double.NaN;
		}
		return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
	}

	private static Double kb(Double bytes) {
		return (bytes != null) ? bytes / 1024 : null;
	}

	private static Double mb(Double bytes) {
		return (bytes != null && bytes >= 0) ? bytes / 1048576 : null;
	}

	private static Double diffMb(Double a, Double b) {
		return (a != null && b != null) ? (a - b) / 1048576 : null;
	}

}
