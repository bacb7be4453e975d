package dev.talon.spring.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The built jars run the simulator on their own, as the README shows: {@code java -jar
 * talon-simulator-<version>-standalone.jar --port=...}, stopped with Ctrl-C (SIGTERM here). Every wait is bounded and
 * the process is killed at worst.
 */
class TalonSimulatorJarIT {

	private static final Duration STARTUP = Duration.ofSeconds(60);

	private static final Pattern BASE_URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)");

	@Test
	void theStandaloneJarServesTalonOneOnLoopbackUntilItIsStopped() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar("simulator.standalone-jar"), "--port=0", "--api-key=jar-it-key")
			.redirectErrorStream(true)
			.start();
		StringBuffer output = new StringBuffer();
		Thread reader = new Thread(() -> copy(process, output), "talon-simulator-output");
		reader.setDaemon(true);
		reader.start();
		try {
			String baseUrl = awaitBaseUrl(process, output);
			HttpResponse<String> unauthenticated = send(baseUrl, null);
			assertThat(unauthenticated.statusCode()).as("Talon.One's answer without credentials").isEqualTo(401);
			HttpResponse<String> update = send(baseUrl, "ApiKey-v1 jar-it-key");
			assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
			assertThat(JsonMapper.shared().readTree(update.body()).at("/session/integrationId").asString())
				.isEqualTo("jar-it-1");

			process.destroy();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM:\n" + output).isTrue();
			assertThatThrownBy(() -> send(baseUrl, null)).as("the port is closed").isInstanceOf(ConnectException.class);
		}
		finally {
			if (process.isAlive()) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void aPortInUseEndsTheProcessWithAMessageNotAStackTrace() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-jar", jar("simulator.standalone-jar"), "--port=" + taken.getLocalPort())
				.redirectErrorStream(true)
				.start();
			try {
				assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits on its own").isTrue();
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertThat(process.exitValue()).as(output).isEqualTo(1);
				assertThat(output).contains("The simulator cannot listen on 127.0.0.1:" + taken.getLocalPort())
					.contains("--port=0 picks a free one")
					.doesNotContain("\tat ")
					.doesNotContain("Exception");
			}
			finally {
				if (process.isAlive()) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
		}
	}

	@Test
	void bothJarsNameTheSimulatorAsTheirMainClass() throws IOException {
		try (JarFile plain = new JarFile(jar("simulator.jar"))) {
			assertThat(plain.getManifest().getMainAttributes().getValue("Main-Class"))
				.isEqualTo(TalonSimulator.class.getName());
		}
		try (JarFile standalone = new JarFile(jar("simulator.standalone-jar"))) {
			assertThat(standalone.getManifest().getMainAttributes().getValue("Start-Class"))
				.isEqualTo(TalonSimulator.class.getName());
			assertThat(standalone.stream()
				.map((entry) -> entry.getName())
				.filter((name) -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")))
				.as("Jackson, and nothing else, nested in the standalone jar")
				.anyMatch((name) -> name.startsWith("BOOT-INF/lib/jackson-databind-"))
				.allMatch((name) -> name.startsWith("BOOT-INF/lib/jackson-"));
		}
	}

	private static String jar(String property) {
		String jar = System.getProperty(property);
		assertThat(jar).as("system property %s (set by failsafe)", property).isNotNull();
		assertThat(Path.of(jar)).as("the jar built by package").isRegularFile();
		return jar;
	}

	private static String awaitBaseUrl(Process process, StringBuffer output) throws InterruptedException {
		Instant deadline = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(deadline)) {
			Matcher url = BASE_URL.matcher(output);
			if (url.find()) {
				return url.group();
			}
			if (!process.isAlive()) {
				fail("The simulator exited with " + process.exitValue() + ":\n" + output);
			}
			Thread.sleep(100);
		}
		return fail("The simulator printed no http://127.0.0.1:<port> within " + STARTUP + ":\n" + output);
	}

	private static HttpResponse<String> send(String baseUrl, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/customer_sessions/jar-it-1"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{}"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.build()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void copy(Process process, StringBuffer output) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				output.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

}
