package dev.talon.spring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the runs of {@link WarmupHarness} in a directory ({@code <name>.json} with the compilation log of the same JVM
 * as {@code <name>.log}, from {@code -XX:+PrintCompilation}) and prints, per run, the JIT compiler's work in measures
 * that do not depend on how busy the machine is: the compilations before the client was ready (its startup) and
 * after, per tier, with the bytecode they compiled; the C2 (tier 4) compilations that were thrown away again (made not
 * entrant: a deoptimisation or a recompilation), the CPU time of the compiler threads after the client was ready, and
 * after how many calls the C2 compiler had done 50%, 90% and 99% of that work and its last compilation; then which
 * packages the C2 compilations after the client was ready were of.
 * <p>
 * {@code java -cp benchmarks.jar dev.talon.spring.benchmarks.WarmupReport <dir> [packages]}
 */
public final class WarmupReport {

	// "  12345  678 %s!bn 4       some.Class::method @ 12 (345 bytes)   made not entrant"
	private static final Pattern LINE = Pattern
		.compile("^\\s*(\\d+)\\s+(\\d+)\\s(.{5})\\s(\\d)?\\s+(\\S+)(?: @ \\d+)?\\s+\\((\\d+|native) bytes\\)?(.*)$");

	private WarmupReport() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		boolean packages = args.length > 1 && args[1].equals("packages");
		JsonMapper json = JsonMapper.builder().build();
		List<Path> runs;
		try (Stream<Path> files = Files.list(dir)) {
			runs = files.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
		System.out.println("| run | C1 compiles before ready / after | C2 compiles before ready / after (bytecode KB after) "
				+ "| C2 made not entrant after ready | C1 / C2 CPU after ready (ms) | calls until 50% / 90% / 99% of "
				+ "that C2 CPU | calls at last C2 compile |");
		System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
		StringBuilder packageTables = new StringBuilder();
		for (Path run : runs) {
			String name = run.getFileName().toString().replace(".json", "");
			Path log = dir.resolve(name + ".log");
			if (!Files.exists(log)) {
				continue;
			}
			JsonNode result = json.readTree(run.toFile());
			long ready = result.get("readyUptimeMillis").asLong();
			long end = result.get("end").get("uptimeMillis").asLong();
			List<long[]> samples = new ArrayList<>(); // uptime, calls, c2 cpu
			for (JsonNode sample : result.get("samples")) {
				samples.add(new long[] { sample.get("uptimeMillis").asLong(), sample.get("calls").asLong(),
						sample.get("c2CpuMillis").asLong(), sample.get("c1CpuMillis").asLong() });
			}
			JsonNode readySample = result.get("ready");
			JsonNode endSample = result.get("end");
			long c1After = endSample.get("c1CpuMillis").asLong() - readySample.get("c1CpuMillis").asLong();
			long c2After = endSample.get("c2CpuMillis").asLong() - readySample.get("c2CpuMillis").asLong();
			int[] c1 = new int[2];
			int[] c2 = new int[2];
			long c2BytesAfter = 0;
			int deoptsAfter = 0;
			long lastC2 = ready;
			Map<String, long[]> byPackage = new TreeMap<>();
			Map<String, Integer> c2Methods = new HashMap<>();
			for (String line : Files.readAllLines(log)) {
				Matcher m = LINE.matcher(line);
				if (!m.matches() || m.group(4) == null) {
					continue;
				}
				long at = Long.parseLong(m.group(1));
				int tier = Integer.parseInt(m.group(4));
				boolean after = at >= ready;
				boolean dropped = m.group(7).contains("made not entrant");
				if (at > end) {
					continue; // the JVM's exit
				}
				if (dropped) {
					if (tier == 4 && after) {
						deoptsAfter++;
					}
					continue;
				}
				if (tier == 0 || m.group(7).contains("made zombie")) {
					continue;
				}
				int bytes = m.group(6).equals("native") ? 0 : Integer.parseInt(m.group(6));
				if (tier == 4) {
					c2[after ? 1 : 0]++;
					if (after) {
						c2BytesAfter += bytes;
						lastC2 = at;
						c2Methods.merge(m.group(5), 1, Integer::sum);
						long[] p = byPackage.computeIfAbsent(packageOf(m.group(5)), (k) -> new long[2]);
						p[0]++;
						p[1] += bytes;
					}
				}
				else {
					c1[after ? 1 : 0]++;
				}
			}
			long recompiled = c2Methods.values().stream().filter((n) -> n > 1).count();
			System.out.printf(Locale.ROOT, "| %s | %d / %d | %d / %d (%.1f KB) | %d (%d methods compiled twice or more) "
					+ "| %d / %d | %s / %s / %s | %s |%n", name, c1[0], c1[1], c2[0], c2[1], c2BytesAfter / 1024.0,
					deoptsAfter, recompiled, c1After, c2After,
					callsWhenC2Reached(samples, readySample, c2After, 0.5),
					callsWhenC2Reached(samples, readySample, c2After, 0.9),
					callsWhenC2Reached(samples, readySample, c2After, 0.99), callsAt(samples, lastC2));
			if (packages) {
				packageTables.append("\n").append(name).append(": C2 compiles after ready by package (count, bytecode bytes)\n");
				byPackage.entrySet()
					.stream()
					.sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
					.forEach((e) -> packageTables.append(String.format(Locale.ROOT, "  %-40s %5d %8d%n", e.getKey(),
							e.getValue()[0], e.getValue()[1])));
			}
		}
		System.out.print(packageTables);
		System.out.println();
		System.out.println("The JVM's CPU time per call without the compiler threads' / the compiler threads' CPU time per call "
				+ "(µs), in windows of calls after the client was ready:");
		System.out.println();
		StringBuilder header = new StringBuilder("| run |");
		StringBuilder rule = new StringBuilder("| --- |");
		for (int i = 0; i + 1 < CALL_WINDOWS.length; i++) {
			header.append(String.format(Locale.ROOT, " %,d–%,d |", CALL_WINDOWS[i], CALL_WINDOWS[i + 1]));
			rule.append(" ---: |");
		}
		System.out.println(header);
		System.out.println(rule);
		for (Path run : runs) {
			JsonNode result = json.readTree(run.toFile());
			List<JsonNode> samples = new ArrayList<>();
			samples.add(result.get("ready"));
			result.get("samples").forEach(samples::add);
			samples.add(result.get("end"));
			StringBuilder row = new StringBuilder("| ").append(run.getFileName().toString().replace(".json", ""))
				.append(" |");
			for (int i = 0; i + 1 < CALL_WINDOWS.length; i++) {
				JsonNode from = firstWith(samples, CALL_WINDOWS[i]);
				JsonNode to = firstWith(samples, CALL_WINDOWS[i + 1]);
				long calls = (from != null && to != null) ? to.get("calls").asLong() - from.get("calls").asLong() : 0;
				if (calls <= 0) {
					row.append(" – |");
					continue;
				}
				long compilers = cpu(to, "c1CpuMillis") + cpu(to, "c2CpuMillis") - cpu(from, "c1CpuMillis")
						- cpu(from, "c2CpuMillis");
				long other = cpu(to, "processCpuMillis") - cpu(from, "processCpuMillis") - compilers;
				row.append(String.format(Locale.ROOT, " %.0f / %.0f |", other * 1000.0 / calls,
						compilers * 1000.0 / calls));
			}
			System.out.println(row);
		}
	}

	private static final long[] CALL_WINDOWS = { 0, 2_000, 5_000, 10_000, 20_000, 40_000, 60_000, 80_000, 100_000,
			150_000 };

	private static JsonNode firstWith(List<JsonNode> samples, long calls) {
		for (JsonNode sample : samples) {
			if (sample.get("calls").asLong() >= calls) {
				return sample;
			}
		}
		return null;
	}

	private static long cpu(JsonNode sample, String field) {
		return sample.get(field).asLong();
	}

	private static String callsWhenC2Reached(List<long[]> samples, JsonNode ready, long total, double share) {
		long base = ready.get("c2CpuMillis").asLong();
		for (long[] sample : samples) {
			if (sample[2] - base >= share * total) {
				return String.valueOf(sample[1]);
			}
		}
		return "-";
	}

	private static String callsAt(List<long[]> samples, long uptime) {
		for (long[] sample : samples) {
			if (sample[0] >= uptime) {
				return String.valueOf(sample[1]);
			}
		}
		return "end";
	}

	private static String packageOf(String method) {
		String type = method.substring(0, method.indexOf("::"));
		String[] parts = type.split("\\.");
		int depth = type.startsWith("dev.talon") ? 4 : type.startsWith("org.springframework") ? 4 : 3;
		StringBuilder group = new StringBuilder();
		for (int i = 0; i < Math.min(depth, parts.length - 1); i++) {
			group.append((i > 0) ? "." : "").append(parts[i]);
		}
		return group.toString();
	}

}
