package dev.talon.spring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.talon.spring.benchmarks.clients.BenchClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the results of one {@code run.sh} (JMH's JSON, the load, curve and startup harnesses' JSON files, the class
 * loading logs) into the Markdown tables of BENCHMARKS.md. Every figure that was measured more than once is the
 * median of its forks (JMH: the mean of each fork's iterations; load and startup: one JVM each) with the range of
 * the forks in brackets, and every ratio is a ratio of medians to the hand-written WebClient (2) of the same run (for
 * the v2 session update, to the hand-written v2 call). Then the time to steady state, startup and where the starter's
 * part of it goes, a verdict per goal of issue 15, and the raw numbers.
 * <p>
 * {@code java -cp benchmarks.jar dev.talon.spring.benchmarks.Report <results dir> [<markdown file>]}
 */
public final class Report {

	private static final Map<String, String> TITLES = Map.of("talon", "(1) talon starter", "webclient",
			"(2) WebClient by hand", "floor", "(3) Reactor Netty floor", "okhttp", "(4) okhttp-gson generated",
			"talon-v2", "(1) talon starter, v2", "webclient-v2", "(2) WebClient by hand, v2", "webclient-boot",
			"(2b) WebClient by hand in a Boot app", "webclient-boot-v2", "(2b) WebClient by hand in a Boot app, v2");

	private static final List<String> STARTUP_VARIANTS = List.of("bare", "talon", "webclient", "webclient-talon");

	private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d+)\\.json");

	private static final Pattern CLASS_LOAD = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

	private final JsonMapper json = JsonMapper.builder().build();

	private final Path dir;

	private final StringBuilder out = new StringBuilder();

	/** benchmark method (c1, c16, c64) -> client -> JMH result (all forks) */
	private final Map<String, Map<String, JsonNode>> jmh = new LinkedHashMap<>();

	/** client -> one result per JVM */
	private final Map<String, List<JsonNode>> load = new LinkedHashMap<>();

	/** client -> one time-to-steady-state run per JVM */
	private final Map<String, List<JsonNode>> curves = new LinkedHashMap<>();

	/** startup variant -> one result per JVM */
	private final Map<String, List<JsonNode>> startups = new LinkedHashMap<>();

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

	/** A figure measured in several forks: their median and range. */
	record Stat(double median, double min, double max, int n) {

		static Stat of(double[] values) {
			double[] sorted = Arrays.stream(values).filter((v) -> !Double.isNaN(v)).sorted().toArray();
			int n = sorted.length;
			if (n == 0) {
				return null;
			}
			double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
			return new Stat(median, sorted[0], sorted[n - 1], n);
		}

		Stat scaled(double factor) {
			return new Stat(this.median * factor, this.min * factor, this.max * factor, this.n);
		}

		String format(String format) {
			String median = String.format(Locale.ROOT, format, this.median);
			if (this.n < 2) {
				return median;
			}
			return median + " [" + String.format(Locale.ROOT, format, this.min) + "–"
					+ String.format(Locale.ROOT, format, this.max) + "]";
		}

	}

	private String render() throws IOException {
		readJmh();
		readNumbered("load-", this.load);
		readNumbered("curve-", this.curves);
		readNumbered("startup-", this.startups);
		Path meta = this.dir.resolve("run.txt");
		if (Files.exists(meta)) {
			this.out.append(Files.readString(meta).strip()).append("\n\n");
		}
		List<String> v1 = measured(BenchClient.NAMES, "webclient-boot");
		List<String> v2 = measured(BenchClient.V2_NAMES, "webclient-boot-v2");
		cpuTable(v1, "webclient", "### CPU cost: the server answers at once\n\n");
		cpuTable(v2, "webclient-v2",
				"### CPU cost of the v2 session update (`updateCustomerSessionV2`, the same cart)\n\n");
		loadTable(v1, "webclient", "");
		loadTable(v2, "webclient-v2", ", v2 session update");
		curve();
		serverCost();
		startup();
		goals();
		raw();
		return this.out.toString();
	}

	/**
	 * The clients of a table, with the hand-written call inside a Boot application (2b) as a last column when this
	 * run measured it ({@code run.sh --steady} does; the short run does not).
	 */
	private List<String> measured(List<String> clients, String inBoot) {
		boolean any = this.load.containsKey(inBoot)
				|| this.jmh.values().stream().anyMatch((byClient) -> byClient.containsKey(inBoot));
		if (!any) {
			return clients;
		}
		List<String> all = new ArrayList<>(clients);
		all.add(inBoot);
		return all;
	}

	private List<Path> files(String regex) throws IOException {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(this.dir)) {
			return list.filter((f) -> f.getFileName().toString().matches(regex)).sorted().toList();
		}
	}

	private void readJmh() throws IOException {
		for (Path file : files("jmh.*\\.json")) {
			for (JsonNode result : this.json.readTree(file.toFile())) {
				String benchmark = result.get("benchmark").asString();
				String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
				String client = benchmark.contains("OkHttp") ? "okhttp"
						: result.path("params").path("client").asString();
				this.jmh.computeIfAbsent(method, (k) -> new LinkedHashMap<>()).merge(client, result, Report::forks);
			}
		}
	}

	/**
	 * The results of one benchmark and client measured in two JVM runs ({@code run.sh} with {@code JMH_JVMS} and
	 * {@code -f 0}) as one result whose forks are those of both.
	 */
	private static JsonNode forks(JsonNode first, JsonNode second) {
		ObjectNode merged = (ObjectNode) first.deepCopy();
		appendForks(merged.path("primaryMetric"), second.path("primaryMetric"));
		appendForks(merged.path("secondaryMetrics").path("gc.alloc.rate.norm"),
				second.path("secondaryMetrics").path("gc.alloc.rate.norm"));
		return merged;
	}

	private static void appendForks(JsonNode into, JsonNode from) {
		if (into.path("rawData") instanceof ArrayNode forks) {
			from.path("rawData").forEach(forks::add);
		}
	}

	/** Reads {@code <prefix><name>-<n>.json} files into name -> results. */
	private void readNumbered(String prefix, Map<String, List<JsonNode>> into) throws IOException {
		for (Path file : files(Pattern.quote(prefix) + ".*-\\d+\\.json")) {
			Matcher name = NUMBERED.matcher(file.getFileName().toString().substring(prefix.length()));
			if (name.matches()) {
				into.computeIfAbsent(name.group(1), (k) -> new ArrayList<>()).add(this.json.readTree(file.toFile()));
			}
		}
	}

	/** The mean of each fork's measurement iterations of a JMH metric. */
	private static double[] forkMeans(JsonNode metric) {
		List<Double> means = new ArrayList<>();
		for (JsonNode fork : metric.path("rawData")) {
			double sum = 0;
			int n = 0;
			for (JsonNode iteration : fork) {
				sum += num(iteration);
				n++;
			}
			if (n > 0) {
				means.add(sum / n);
			}
		}
		return means.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private Stat score(String method, String client) {
		JsonNode result = this.jmh.getOrDefault(method, Map.of()).get(client);
		return (result != null) ? Stat.of(forkMeans(result.get("primaryMetric"))) : null;
	}

	private Stat allocation(String method, String client) {
		JsonNode result = this.jmh.getOrDefault(method, Map.of()).get(client);
		if (result == null) {
			return null;
		}
		JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
		return norm.isMissingNode() ? null : Stat.of(forkMeans(norm));
	}

	private Stat load(String client, String field) {
		List<JsonNode> results = this.load.get(client);
		return (results != null) ? stat(results, field) : null;
	}

	private static Stat stat(List<JsonNode> results, String field) {
		return Stat.of(results.stream().filter((r) -> r.has(field)).mapToDouble((r) -> num(r.get(field))).toArray());
	}

	private boolean anyJmh(List<String> clients) {
		return this.jmh.values().stream().anyMatch((byClient) -> clients.stream().anyMatch(byClient::containsKey));
	}

	private void cpuTable(List<String> clients, String reference, String title) {
		if (!anyJmh(clients)) {
			return;
		}
		this.out.append(title);
		header(clients);
		row(clients, reference, "latency, 1 call at a time (µs per call; lower is better)", "%.0f",
				(client) -> score("c1", client));
		row(clients, reference, "throughput, 16 calls in flight (calls/s)", "%.0f", (client) -> score("c16", client));
		row(clients, reference, "throughput, 64 calls in flight (calls/s)", "%.0f", (client) -> score("c64", client));
		row(clients, reference, "allocation per call, 1 at a time (KB)", "%.1f",
				(client) -> scaled(allocation("c1", client), 1 / 1024.0));
		row(clients, reference, "allocation per call, 64 in flight (KB)", "%.1f",
				(client) -> scaled(allocation("c64", client), 1 / 1024.0));
		this.out.append("\nMedian of the forks (each fork's mean over its measurement iterations), the slowest and ")
			.append("fastest fork in brackets; ratios are of medians, to ")
			.append(TITLES.get(reference))
			.append(" in the same run. Reactive clients keep 16/64 calls in flight from one thread (fire N, wait ")
			.append("for all); the blocking okhttp-gson client uses 16/64 threads. Allocation is everything the ")
			.append("client JVM allocated (all threads) per call, from JMH's `-prof gc`. The iterations of each fork ")
			.append("are in the raw numbers: scores still rising there mean the JIT had not finished.\n\n");
	}

	private void loadTable(List<String> clients, String reference, String what) {
		JsonNode any = clients.stream()
			.filter(this.load::containsKey)
			.map((client) -> this.load.get(client).get(0))
			.findFirst()
			.orElse(null);
		if (any == null) {
			return;
		}
		this.out.append("### Realistic latency")
			.append(what)
			.append(": the server answers after 20 ms, ")
			.append(any.get("callers").asInt())
			.append(" concurrent callers, ")
			.append(String.format(Locale.ROOT, "%.0f", num(any.get("seconds"))))
			.append(" s measured\n\n");
		header(clients);
		row(clients, reference, "throughput (calls/s)", "%.0f", (client) -> load(client, "callsPerSecond"));
		row(clients, reference, "client JVM CPU per call (µs)", "%.0f",
				(client) -> load(client, "clientCpuMicrosPerCall"));
		row(clients, reference, "p50 latency (ms)", "%.1f", (client) -> load(client, "p50Millis"));
		row(clients, reference, "p99 latency (ms)", "%.1f", (client) -> load(client, "p99Millis"));
		row(clients, null, "failed calls (all JVMs)", "%.0f", this::errorCount);
		row(clients, reference, "live threads under load", "%.0f", (client) -> load(client, "threadsUnderLoad"));
		row(clients, reference, "connections open at the server", "%.0f",
				(client) -> load(client, "connectionsUnderLoad"));
		row(clients, reference, "heap live under load (MB, after full GC)", "%.1f",
				(client) -> scaled(load(client, "heapUnderLoadBytes"), 1 / 1048576.0));
		row(clients, reference, "heap live under load minus idle client (MB)", "%.1f",
				(client) -> this.load.containsKey(client) ? Stat.of(this.load.get(client)
					.stream()
					.mapToDouble((r) -> (num(r.get("heapUnderLoadBytes")) - num(r.get("heapIdleBytes"))) / 1048576)
					.toArray()) : null);
		row(clients, reference, "resident memory under load (MB)", "%.0f",
				(client) -> scaled(load(client, "rssUnderLoadBytes"), 1 / 1048576.0));
		row(clients, null, "JIT compilation while measuring (ms)", "%.0f",
				(client) -> load(client, "jitMillisWhileMeasuring"));
		this.out.append("\nMedian of the JVMs of each client, the lowest and highest in brackets; ratios are of ")
			.append("medians, to ")
			.append(TITLES.get(reference))
			.append(". Each client runs in a JVM of its own (`-Xms1g -Xmx1g`); the server in another. Threads ")
			.append("and heap are the whole client JVM's (a JVM with nothing running has about ")
			.append(any.get("threadsBeforeClient").asInt())
			.append(" threads); (1) includes its Spring context. Failed calls are not in the latencies; a failed ")
			.append("caller waits 20 ms and goes on. JIT time while measuring well above 0 means the warm-up was too ")
			.append("short for this machine.\n\n");
	}

	private Stat errorCount(String client) {
		List<JsonNode> results = this.load.get(client);
		if (results == null) {
			return null;
		}
		double sum = 0;
		for (JsonNode result : results) {
			for (JsonNode count : result.get("errors")) {
				sum += num(count);
			}
		}
		return new Stat(sum, sum, sum, 1);
	}

	/** Calls per second of each window since the callers started, median over the JVMs, for each client. */
	private Map<String, List<Stat>> curveWindows() {
		return curveWindows("callsPerSecond");
	}

	/**
	 * A figure of each window since the callers started, median over the JVMs, for each client; {@code null} for a
	 * window without it (a run of a harness that did not record it).
	 */
	private Map<String, List<Stat>> curveWindows(String field) {
		Map<String, List<Stat>> byClient = new LinkedHashMap<>();
		this.curves.forEach((client, runs) -> {
			int windows = runs.stream().mapToInt((run) -> run.path("windows").size()).max().orElse(0);
			List<Stat> stats = new ArrayList<>();
			for (int i = 0; i < windows; i++) {
				int index = i;
				double[] values = runs.stream()
					.filter((run) -> run.path("windows").size() > index && run.get("windows").get(index).has(field))
					.mapToDouble((run) -> num(run.get("windows").get(index).get(field)))
					.toArray();
				stats.add((values.length > 0) ? Stat.of(values) : null);
			}
			byClient.put(client, stats);
		});
		return byClient;
	}

	private void curve() {
		if (this.curves.isEmpty()) {
			return;
		}
		JsonNode any = this.curves.values().iterator().next().get(0);
		double window = num(any.get("windowSeconds"));
		Map<String, List<Stat>> windows = curveWindows();
		List<String> clients = new ArrayList<>(windows.keySet());
		this.out.append("### Time to steady state: calls per second in each ")
			.append(String.format(Locale.ROOT, "%.0f", window))
			.append("-second window after the client's first call, ")
			.append(any.get("callers").asInt())
			.append(" calls in flight, the server answering at once\n\n| seconds |");
		clients.forEach((client) -> this.out.append(' ').append(TITLES.getOrDefault(client, client)).append(" |"));
		boolean ratio = windows.containsKey("talon") && windows.containsKey("webclient");
		this.out.append(ratio ? " (1) / (2) |\n" : "\n").append("| ---: |");
		clients.forEach((client) -> this.out.append(" ---: |"));
		this.out.append(ratio ? " ---: |\n" : "\n");
		int rows = windows.values().stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < rows; i++) {
			this.out.append("| ")
				.append(String.format(Locale.ROOT, "%.0f–%.0f", i * window, (i + 1) * window))
				.append(" |");
			for (String client : clients) {
				List<Stat> stats = windows.get(client);
				Stat stat = (i < stats.size()) ? stats.get(i) : null;
				this.out.append(' ').append((stat != null) ? stat.format("%.0f") : "–").append(" |");
			}
			if (ratio) {
				Stat t = (i < windows.get("talon").size()) ? windows.get("talon").get(i) : null;
				Stat w = (i < windows.get("webclient").size()) ? windows.get("webclient").get(i) : null;
				this.out.append(' ')
					.append((t != null && w != null && w.median() > 0)
							? String.format(Locale.ROOT, "%.2f×", t.median() / w.median()) : "–")
					.append(" |");
			}
			this.out.append('\n');
		}
		this.out.append("\nMedian of ")
			.append(this.curves.values().iterator().next().size())
			.append(" JVMs per client, lowest and highest in brackets. Each JVM starts the client (for (1) its Spring ")
			.append("Boot context), makes one call, then keeps the calls in flight from that moment on; the JIT ")
			.append("compiler's time per window is in the raw files (`curve-*.json`).\n\n");
		curveInCpu(window, clients);
	}

	/**
	 * The same windows in figures that do not depend on how busy the machine is: the calls made since the start,
	 * the JVM's CPU time per call without the compiler threads', and the C2 compiler thread's CPU time.
	 */
	private void curveInCpu(double window, List<String> clients) {
		Map<String, List<Stat>> calls = curveWindows("callsEndingWindow");
		Map<String, List<Stat>> perCall = curveWindows("otherCpuMicrosPerCall");
		Map<String, List<Stat>> c2 = curveWindows("c2CpuMillis");
		if (calls.values().stream().flatMap(List::stream).allMatch((stat) -> stat == null)) {
			return;
		}
		this.out.append("The same windows in CPU time: calls made since the first (thousands), the JVM's CPU time per ")
			.append("call without the compiler threads' (µs), and the C2 compiler thread's CPU time in the window ")
			.append("(ms); medians of the JVMs.\n\n| seconds |");
		clients.forEach((client) -> this.out.append(' ')
			.append(TITLES.getOrDefault(client, client))
			.append(": calls (k) | µs/call | C2 ms |"));
		this.out.append("\n| ---: |");
		clients.forEach((client) -> this.out.append(" ---: | ---: | ---: |"));
		this.out.append('\n');
		int rows = calls.values().stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < rows; i++) {
			this.out.append("| ")
				.append(String.format(Locale.ROOT, "%.0f–%.0f", i * window, (i + 1) * window))
				.append(" |");
			for (String client : clients) {
				this.out.append(' ')
					.append(cell(calls.get(client), i, 0.001, "%.1f"))
					.append(" | ")
					.append(cell(perCall.get(client), i, 1, "%.0f"))
					.append(" | ")
					.append(cell(c2.get(client), i, 1, "%.0f"))
					.append(" |");
			}
			this.out.append('\n');
		}
		this.out.append('\n');
	}

	private static String cell(List<Stat> stats, int i, double factor, String format) {
		Stat stat = (stats != null && i < stats.size()) ? stats.get(i) : null;
		return (stat != null) ? String.format(Locale.ROOT, format, stat.median() * factor) : "–";
	}

	/** The first window from which a client stays at 90% or more of its last window's median, in seconds. */
	private Double steadyAfter(List<Stat> windows, double window) {
		if (windows.isEmpty() || windows.get(windows.size() - 1) == null) {
			return null;
		}
		double target = 0.9 * windows.get(windows.size() - 1).median();
		int first = windows.size() - 1;
		for (int i = windows.size() - 1; i >= 0; i--) {
			if (windows.get(i) == null || windows.get(i).median() < target) {
				break;
			}
			first = i;
		}
		return first * window;
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
		Stat webclient = score("c1", "webclient");
		Stat floor = score("c1", "floor");
		if (webclient != null && floor != null) {
			this.out.append(String.format(Locale.ROOT,
					"In JMH, (2) takes %.2f× the floor's latency at concurrency 1 (%.0f vs %.0f µs)",
					webclient.median() / floor.median(), webclient.median(), floor.median()));
			Stat w64 = score("c64", "webclient");
			Stat f64 = score("c64", "floor");
			if (w64 != null && f64 != null) {
				this.out.append(String.format(Locale.ROOT, " and reaches %.0f%% of its throughput at 64 in flight",
						100 * w64.median() / f64.median()));
			}
			this.out.append('.');
		}
		this.out.append("\n\n");
	}

	private Stat startupStat(String variant, String field, double scale) {
		List<JsonNode> results = this.startups.get(variant);
		Stat stat = (results != null) ? stat(results, field) : null;
		return (stat != null) ? stat.scaled(scale) : null;
	}

	private void startup() throws IOException {
		if (this.startups.isEmpty()) {
			return;
		}
		int n = this.startups.values().iterator().next().size();
		this.out.append("### Startup: what the starter adds to a minimal Boot application\n\n")
			.append("`bare`: nothing but auto-configuration; `webclient`: the same plus a bean built from Boot's ")
			.append("`WebClient.Builder`, as a WebFlux shop has anyway; `+ talon`: the same application with the ")
			.append("starter's auto-configuration. Median of ")
			.append(n)
			.append(" fresh JVMs each, lowest and highest in brackets.\n\n")
			.append("| | bare | bare + talon | added | webclient | webclient + talon | added |\n")
			.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		startupRow("SpringApplication.run, cold (ms)", "%.0f", "coldMillis", 1);
		startupRow("of which creating the starter's beans, cold (ms)", "%.0f", "coldStarterBeansMillis", 1);
		startupRow("classes loaded while creating them", "%.0f", "coldStarterBeansClasses", 1);
		startupRow("SpringApplication.run, warm, same JVM (ms)", "%.1f", "warmMedianMillis", 1);
		startupRow("context close, warm (ms)", "%.1f", "warmCloseMedianMillis", 1);
		startupRow("heap live with the context open (MB)", "%.2f", "heapLiveBytes", 1 / 1048576.0);
		startupRow("Metaspace (MB)", "%.2f", "metaspaceBytes", 1 / 1048576.0);
		startupRow("classes loaded", "%.0f", "loadedClasses", 1);
		startupRow("bean definitions", "%.0f", "beanDefinitions", 1);
		this.out.append("\nCold JVMs of one variant differ by a lot more than the starter costs; the time Boot's ")
			.append("`BufferingApplicationStartup` gives for creating the starter's beans (those of `dev.talon`, ")
			.append("with what they cause to be created and the classes loaded meanwhile) does not have that ")
			.append("scatter.\n\n");
		starterSteps("webclient-talon");
		starterSteps("talon");
		classDifference("webclient", "webclient-talon");
		classDifference("bare", "talon");
	}

	private void startupRow(String label, String format, String field, double scale) {
		this.out.append("| ").append(label).append(" |");
		for (String base : List.of("bare", "webclient")) {
			Stat without = startupStat(base, field, scale);
			Stat with = startupStat(base.equals("bare") ? "talon" : "webclient-talon", field, scale);
			this.out.append(' ').append((without != null) ? without.format(format) : "–").append(" | ");
			this.out.append((with != null) ? with.format(format) : "–").append(" | ");
			this.out.append((with != null && without != null)
					? String.format(Locale.ROOT, format.replace("%", "%+"), with.median() - without.median()) : "–")
				.append(" |");
		}
		this.out.append('\n');
	}

	/** Where the starter's part of a cold refresh goes: the bean creations under its beans, median per bean. */
	private void starterSteps(String variant) {
		List<JsonNode> runs = this.startups.get(variant);
		if (runs == null || !runs.get(0).has("starterSteps")) {
			return;
		}
		Map<String, List<JsonNode>> byBean = new LinkedHashMap<>();
		for (JsonNode run : runs) {
			for (JsonNode step : run.get("starterSteps")) {
				byBean.computeIfAbsent(step.get("bean").asString(), (k) -> new ArrayList<>()).add(step);
			}
		}
		List<Map.Entry<String, List<JsonNode>>> top = byBean.entrySet()
			.stream()
			.sorted((a, b) -> Double.compare(stat(b.getValue(), "millis").median(),
					stat(a.getValue(), "millis").median()))
			.limit(20)
			.toList();
		this.out.append("#### Where the starter's beans spend a cold refresh (`")
			.append(variant)
			.append("`)\n\nBoot's `spring.beans.instantiate` steps of the starter's beans and of the beans created ")
			.append("while creating them (depth 0: a bean of the starter no other of its beans asked for; a step ")
			.append("includes the steps nested in it), the 20 longest, median of the JVMs:\n\n")
			.append("| bean | of the starter | depth | ms | classes loaded |\n| --- | --- | ---: | ---: | ---: |\n");
		for (Map.Entry<String, List<JsonNode>> bean : top) {
			JsonNode first = bean.getValue().get(0);
			this.out.append("| `")
				.append(bean.getKey())
				.append("` | ")
				.append(first.get("starter").asBoolean() ? "yes" : "no")
				.append(" | ")
				.append(first.get("depth").asInt())
				.append(" | ")
				.append(stat(bean.getValue(), "millis").format("%.1f"))
				.append(" | ")
				.append(stat(bean.getValue(), "classesLoaded").format("%.0f"))
				.append(" |\n");
		}
		this.out.append('\n');
	}

	/** The classes one variant loads that the other does not, by package, from the {@code -Xlog:class+load} logs. */
	private void classDifference(String base, String with) throws IOException {
		Path baseLog = this.dir.resolve("classes-" + base + ".log");
		Path withLog = this.dir.resolve("classes-" + with + ".log");
		if (!Files.exists(baseLog) || !Files.exists(withLog)) {
			return;
		}
		Set<String> baseClasses = loadedClasses(baseLog);
		Map<String, Integer> byPackage = new TreeMap<>();
		int total = 0;
		for (String name : loadedClasses(withLog)) {
			if (baseClasses.contains(name)) {
				continue;
			}
			total++;
			byPackage.merge(packageGroup(name), 1, Integer::sum);
		}
		this.out.append("#### Classes `")
			.append(with)
			.append("` loads that `")
			.append(base)
			.append("` does not: ")
			.append(total)
			.append("\n\nOne JVM of each (`-Xlog:class+load`), by package (the first three parts of its name), ")
			.append("the 15 largest groups:\n\n| package | classes |\n| --- | ---: |\n");
		byPackage.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
			.limit(15)
			.forEach((entry) -> this.out.append("| `")
				.append(entry.getKey())
				.append("` | ")
				.append(entry.getValue())
				.append(" |\n"));
		this.out.append('\n');
	}

	private static Set<String> loadedClasses(Path log) throws IOException {
		Set<String> names = new HashSet<>();
		try (Stream<String> lines = Files.lines(log)) {
			lines.forEach((line) -> {
				Matcher matcher = CLASS_LOAD.matcher(line);
				if (matcher.find()) {
					// hidden classes (lambdas, proxies) get a new address in every JVM
					names.add(matcher.group(1).replaceAll("/0x[0-9a-f]+$", "").replaceAll("\\$\\$Lambda.*", "\\$\\$Lambda"));
				}
			});
		}
		return names;
	}

	private static String packageGroup(String className) {
		int end = className.lastIndexOf('.');
		String pkg = (end > 0) ? className.substring(0, end) : "(default)";
		String[] parts = pkg.split("\\.");
		return String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length)));
	}

	private void goals() {
		this.out.append("### Goals of issue 15, as measured in this run\n\n");
		ratioGoal("CPU: (1)'s client CPU per call under the realistic load within 1.10× of (2)",
				load("talon", "clientCpuMicrosPerCall"), load("webclient", "clientCpuMicrosPerCall"), "%.0f µs",
				(ratio) -> ratio <= 1.10);
		bootShare(load("talon", "clientCpuMicrosPerCall"), load("webclient-boot", "clientCpuMicrosPerCall"),
				load("webclient", "clientCpuMicrosPerCall"), "%.0f µs");
		ratioGoal("CPU: (1)'s throughput at 64 in flight at least 0.90× of (2)", score("c64", "talon"),
				score("c64", "webclient"), "%.0f calls/s", (ratio) -> ratio >= 0.90);
		bootShare(score("c64", "talon"), score("c64", "webclient-boot"), score("c64", "webclient"), "%.0f calls/s");
		observationsCost(score("c64", "talon"), score("c64", "talon-noobs"), score("c64", "webclient"));
		ratioGoal("one call at a time: (1) no slower than (4)", score("c1", "talon"), score("c1", "okhttp"), "%.0f µs",
				(ratio) -> ratio <= 1.0);
		oneAtATimeCost(score("c1", "talon"), score("c1", "webclient"), score("c1", "floor"));
		bootShare(score("c1", "talon"), score("c1", "webclient-boot"), score("c1", "webclient"), "%.0f µs");
		ratioGoal("v2 session update: (1)'s client CPU per call under the realistic load within 1.10× of (2)",
				load("talon-v2", "clientCpuMicrosPerCall"), load("webclient-v2", "clientCpuMicrosPerCall"), "%.0f µs",
				(ratio) -> ratio <= 1.10);
		bootShare(load("talon-v2", "clientCpuMicrosPerCall"), load("webclient-boot-v2", "clientCpuMicrosPerCall"),
				load("webclient-v2", "clientCpuMicrosPerCall"), "%.0f µs");
		ratioGoal("v2 session update: (1)'s throughput at 64 in flight at least 0.90× of (2)",
				score("c64", "talon-v2"), score("c64", "webclient-v2"), "%.0f calls/s", (ratio) -> ratio >= 0.90);
		bootShare(score("c64", "talon-v2"), score("c64", "webclient-boot-v2"), score("c64", "webclient-v2"),
				"%.0f calls/s");
		for (String base : List.of("bare", "webclient")) {
			String with = base.equals("bare") ? "talon" : "webclient-talon";
			Stat a = startupStat(with, "coldMillis", 1);
			Stat b = startupStat(base, "coldMillis", 1);
			Stat beans = startupStat(with, "coldStarterBeansMillis", 1);
			Stat warmA = startupStat(with, "warmMedianMillis", 1);
			Stat warmB = startupStat(base, "warmMedianMillis", 1);
			if (a == null || b == null || beans == null) {
				continue;
			}
			double added = a.median() - b.median();
			this.out.append(String.format(Locale.ROOT,
					"- startup: the starter adds under 50 ms to a cold start of `%s`: **%s** (%+.0f ms between the "
							+ "medians, cold JVMs of one variant up to %.0f ms apart; creating the starter's beans "
							+ "%s ms; warm %+.1f ms)\n",
					base, (beans.median() < 50 && added < 50) ? "MET" : "MISSED", added,
					Math.max(a.max() - a.min(), b.max() - b.min()), beans.format("%.0f"),
					(warmA != null && warmB != null) ? warmA.median() - warmB.median() : Double.NaN));
		}
		Map<String, List<Stat>> windows = curveWindows();
		if (windows.containsKey("talon") && windows.containsKey("webclient")) {
			double window = num(this.curves.get("talon").get(0).get("windowSeconds"));
			Double t = steadyAfter(windows.get("talon"), window);
			Double w = steadyAfter(windows.get("webclient"), window);
			this.out.append(String.format(Locale.ROOT,
					"- time to steady state: (1)'s curve as (2)'s: **%s** (at 90%% of its last window from %.0f s on, "
							+ "(2) from %.0f s on)\n",
					(t != null && w != null && t <= w) ? "MET" : "MISSED", t, w));
			if (windows.containsKey("webclient-boot")) {
				this.out.append(String.format(Locale.ROOT,
						"  - the same hand-written call inside a Spring Boot application (2b): from %.0f s on\n",
						steadyAfter(windows.get("webclient-boot"), window)));
			}
		}
		this.out.append("\n");
	}

	/**
	 * Where (1)'s throughput at 64 in flight goes, when {@code talon-noobs} (the starter with its two observations and
	 * its metrics off) was measured beside it.
	 */
	private void observationsCost(Stat talon, Stat noObservations, Stat webClient) {
		if (talon == null || noObservations == null || webClient == null) {
			return;
		}
		double added = (1e6 / talon.median()) - (1e6 / noObservations.median());
		this.out.append(String.format(Locale.ROOT,
				"  - where it goes: without its two observations and metrics (`talon-noobs`, %s calls/s) the starter "
						+ "makes %.2f× of (2)'s calls per second at 64 in flight; with them %.2f× of that (%s)\n",
				noObservations.format("%.0f"), noObservations.median() / webClient.median(),
				talon.median() / noObservations.median(),
				(added > 0) ? String.format(Locale.ROOT, "they add %.1f µs per call: 1/(1) − 1/`talon-noobs` of the "
						+ "calls per second", added)
						: "no cost of theirs shows against the scatter of the JVMs"));
	}

	/**
	 * What the Spring Boot application adds to the same hand-written call, when (2b) was measured beside (1) and (2):
	 * (1) against (2b) is what the starter adds inside the same application.
	 */
	private void bootShare(Stat talon, Stat inBoot, Stat plain, String format) {
		if (talon == null || inBoot == null || plain == null) {
			return;
		}
		this.out.append(String.format(Locale.ROOT,
				"  - in the same Spring Boot application: the hand-written call on Boot's `WebClient.Builder` (2b) %s, "
						+ "%.2f× of (2); (1) is %.2f× of (2b)\n",
				inBoot.format(format), inBoot.median() / plain.median(), talon.median() / inBoot.median()));
	}

	/** Where (1)'s time one call at a time goes: Reactor Netty alone (3), Spring's WebClient (2), the starter. */
	private void oneAtATimeCost(Stat talon, Stat webClient, Stat floor) {
		if (talon == null || webClient == null || floor == null) {
			return;
		}
		this.out.append(String.format(Locale.ROOT,
				"  - where it goes: Reactor Netty alone (3) %.0f µs, a hand-written `WebClient` (2) %+.0f µs on top "
						+ "(Spring's exchange and codecs, writing the request and reading the answer into the models, which (3) "
						+ "skips), the starter %+.0f µs "
						+ "on top of (2)\n",
				floor.median(), webClient.median() - floor.median(), talon.median() - webClient.median()));
	}

	private void ratioGoal(String goal, Stat a, Stat b, String format, Function<Double, Boolean> met) {
		this.out.append("- ").append(goal).append(": ");
		if (a == null || b == null) {
			this.out.append("**not measured**\n");
			return;
		}
		double ratio = a.median() / b.median();
		this.out.append("**")
			.append(met.apply(ratio) ? "MET" : "MISSED")
			.append("** (")
			.append(a.format(format))
			.append(" vs ")
			.append(b.format(format))
			.append(String.format(Locale.ROOT, ": %.2f× of the medians; forks of %d and %d)\n", ratio, a.n(), b.n()));
	}

	private void raw() {
		this.out.append("### Raw numbers\n\n");
		if (!this.jmh.isEmpty()) {
			this.out.append("| JMH benchmark | client | median of forks | unit | alloc B/call | iterations, per fork |\n")
				.append("| --- | --- | ---: | --- | ---: | --- |\n");
			this.jmh.forEach((method, byClient) -> byClient.forEach((client, result) -> {
				JsonNode primary = result.get("primaryMetric");
				Stat alloc = allocation(method, client);
				this.out.append("| ")
					.append(method)
					.append(" | ")
					.append(client)
					.append(" | ")
					.append(score(method, client).format("%.2f"))
					.append(" | ")
					.append(primary.get("scoreUnit").asString())
					.append(" | ")
					.append((alloc != null) ? alloc.format("%.0f") : "")
					.append(" | ")
					.append(iterations(primary))
					.append(" |\n");
			}));
			this.out.append("\n");
		}
		this.load.forEach((client, results) -> results.forEach((result) -> this.out.append("- load ")
			.append(client)
			.append(": ")
			.append(String.format(Locale.ROOT,
					"%.0f calls in %.1f s after %.0f s of warm-up, p50 %.1f / p90 %.1f / p99 %.1f / p99.9 %.1f / max %.1f ms, errors %s, "
							+ "threads %.0f before client / %.0f idle / %.0f under load, heap %.1f / %.1f / %.1f MB, "
							+ "RSS %.0f MB, client CPU %.0f µs/call (%.0f%% kernel), JIT %.0f ms and GC %.0f ms while "
							+ "measuring, server CPU %.0f µs/request",
					num(result.get("calls")), num(result.get("seconds")), num(result.path("warmupSeconds")),
					num(result.get("p50Millis")),
					num(result.get("p90Millis")), num(result.get("p99Millis")), num(result.get("p999Millis")),
					num(result.get("maxMillis")), result.get("errors"), num(result.get("threadsBeforeClient")),
					num(result.get("threadsIdle")), num(result.get("threadsUnderLoad")),
					num(result.get("heapBeforeClientBytes")) / 1048576, num(result.get("heapIdleBytes")) / 1048576,
					num(result.get("heapUnderLoadBytes")) / 1048576, num(result.get("rssUnderLoadBytes")) / 1048576,
					num(result.get("clientCpuMicrosPerCall")), 100 * num(result.get("clientKernelCpuShare")),
					num(result.get("jitMillisWhileMeasuring")), num(result.get("gcMillisWhileMeasuring")),
					num(result.get("serverCpuMicrosPerRequest"))))
			.append("\n")));
		this.out.append("\n");
	}

	private void header(List<String> clients) {
		this.out.append("| |");
		for (String client : clients) {
			this.out.append(' ').append(TITLES.get(client)).append(" |");
		}
		this.out.append("\n| --- |");
		clients.forEach((client) -> this.out.append(" ---: |"));
		this.out.append('\n');
	}

	/**
	 * A row: each client's median with its range and, when {@code reference} is given, the ratio of its median to
	 * the reference client's.
	 */
	private void row(List<String> clients, String reference, String label, String format,
			Function<String, Stat> value) {
		Stat ref = (reference != null) ? value.apply(reference) : null;
		this.out.append("| ").append(label).append(" |");
		for (String client : clients) {
			Stat v = value.apply(client);
			this.out.append(' ');
			if (v == null || Double.isNaN(v.median())) {
				this.out.append("–");
			}
			else {
				this.out.append(v.format(format));
				if (ref != null && ref.median() != 0 && !Double.isNaN(ref.median())) {
					this.out.append(String.format(Locale.ROOT, " (%.2f×)", v.median() / ref.median()));
				}
			}
			this.out.append(" |");
		}
		this.out.append('\n');
	}

	private static String iterations(JsonNode primary) {
		List<String> forks = new ArrayList<>();
		for (JsonNode fork : primary.path("rawData")) {
			List<String> scores = new ArrayList<>();
			for (JsonNode score : fork) {
				scores.add(String.format(Locale.ROOT, "%.0f", num(score)));
			}
			forks.add(String.join(", ", scores));
		}
		return String.join(" / ", forks);
	}

	/** A number of the results, which Jackson writes as a string when it is NaN or infinite. */
	private static double num(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return Double.NaN;
		}
		return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
	}

	private static Stat scaled(Stat stat, double factor) {
		return (stat != null) ? stat.scaled(factor) : null;
	}

}
