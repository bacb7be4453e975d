package dev.talon.spring.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the {@link CannedServer} runs. {@code run.sh} starts one server process for the whole run and hands its URLs
 * to every benchmark JVM in the environment variable (or system property) {@value #PROPERTY}, as
 * {@code <immediate url>,<delayed url>}; without it, the first use in a JVM starts a server process of its own (same
 * class path), which dies with this JVM. Either way the server never shares the benchmarked JVM's threads, heap or
 * allocation counters.
 */
public final class ServerProcess {

	/** Environment variable and system property naming a running server. */
	public static final String PROPERTY = "TALON_BENCH_SERVER";

	private static final Pattern LINE = Pattern.compile("CANNED-SERVER immediate=(\\S+) delayed=(\\S+)");

	private static final Pattern STATS = Pattern
		.compile("requests=(\\d+) cpuNanos=(-?\\d+) connections=(\\d+) opened=(\\d+)");

	private static Endpoints endpoints;

	private ServerProcess() {
	}

	/**
	 * The server's listeners.
	 * @param immediate the base URL of the listener that answers at once
	 * @param delayed the base URL of the listener that answers after 20 ms
	 */
	public record Endpoints(URI immediate, URI delayed) {

		/**
		 * The same server's {@code /stats} URL.
		 * @return the URL
		 */
		public URI stats() {
			return this.immediate.resolve("/stats");
		}

		@Override
		public String toString() {
			return this.immediate + "," + this.delayed;
		}

	}

	/**
	 * The server's CPU time and request count at one moment.
	 * @param requests the session updates it has received
	 * @param cpuNanos its process CPU time
	 * @param connections the connections open at that moment (the stats request's own included)
	 * @param opened the connections opened since the server started
	 */
	public record Stats(long requests, long cpuNanos, long connections, long opened) {

		/**
		 * The server's CPU time per request between two snapshots.
		 * @param earlier the earlier snapshot
		 * @return microseconds per request, or NaN when there was none
		 */
		public double cpuMicrosPerRequestSince(Stats earlier) {
			long n = this.requests - earlier.requests;
			return (n > 0) ? (this.cpuNanos - earlier.cpuNanos) / 1000.0 / n : Double.NaN;
		}

	}

	/**
	 * The running server: the one named by {@value #PROPERTY}, or one started now.
	 * @return its listeners
	 */
	public static synchronized Endpoints endpoints() {
		if (endpoints == null) {
			String named = System.getProperty(PROPERTY, System.getenv(PROPERTY));
			endpoints = (named != null && !named.isBlank()) ? parse(named) : spawn();
		}
		return endpoints;
	}

	static Endpoints parse(String named) {
		String[] urls = named.split(",");
		if (urls.length != 2) {
			throw new IllegalArgumentException(PROPERTY + " must be '<immediate url>,<delayed url>' but was " + named);
		}
		return new Endpoints(URI.create(urls[0].strip()), URI.create(urls[1].strip()));
	}

	private static Endpoints spawn() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx256m", "-XX:+UseParallelGC", "-cp",
				System.getProperty("java.class.path"), CannedServer.class.getName(), "--exit-on-stdin-eof"));
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
			BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = out.readLine()) != null) {
				Matcher matcher = LINE.matcher(line);
				if (matcher.find()) {
					return new Endpoints(URI.create(matcher.group(1)), URI.create(matcher.group(2)));
				}
			}
			throw new IllegalStateException("the canned server process ended without announcing its ports");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the canned server process", ex);
		}
	}

	/**
	 * Reads the server's {@code /stats}.
	 * @param endpoints the server
	 * @return its request count and CPU time
	 */
	public static Stats stats(Endpoints endpoints) {
		try {
			HttpURLConnection connection = (HttpURLConnection) endpoints.stats().toURL().openConnection();
			try {
				String text = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				Matcher matcher = STATS.matcher(text);
				if (!matcher.find()) {
					throw new IllegalStateException("unexpected /stats answer: " + text);
				}
				return new Stats(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
						Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)));
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + endpoints.stats(), ex);
		}
	}

}
