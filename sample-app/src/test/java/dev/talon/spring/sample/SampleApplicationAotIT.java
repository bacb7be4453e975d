package dev.talon.spring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged shop, processed ahead of time by the build ({@code spring-boot:process-aot}), run as a user runs it:
 * {@code java -Dspring.aot.enabled=true -jar sample-app.jar}, in a JVM of its own. AOT freezes the outcome of
 * conditions at build time, and with them the set of Talon.One Applications (eu and uk, one client bean each); whether
 * each talks to an embedded simulator or to Talon.One must still be decided by the environment of the run
 * ({@code TALON_BASE_URL}, {@code TALON_EU_API_KEY}, {@code TALON_UK_API_KEY}). Each case reads Talon.One answers
 * through the clients (the effects of session updates), so the AOT-processed clients' JSON binding is exercised too.
 * Every wait is bounded and the application is stopped (killed at worst) whatever happens.
 */
class SampleApplicationAotIT {

	private static final String EMBEDDED_SIMULATOR_LINE = " has no base URL: started an embedded Talon.One simulator "
			+ "for it at ";

	private static final String THRESHOLD_DISCOUNT = "10% off orders of 50.00 or more";

	private static final String UK_THRESHOLD_DISCOUNT = "10% off orders of £40.00 or more";

	private static final Duration STARTUP = Duration.ofSeconds(120);

	@Test
	void withoutTalonBaseUrlTheAotProcessedShopStartsAnEmbeddedSimulatorForEachApplication() throws Exception {
		try (RunningShop shop = RunningShop.start(Map.of())) {
			assertThat(shop.output()).contains("Application eu" + EMBEDDED_SIMULATOR_LINE + "http://127.0.0.1:")
				.contains("Application uk" + EMBEDDED_SIMULATOR_LINE + "http://127.0.0.1:");
			// six mugs: 57.00 EUR in the EU market, 51.00 GBP in the UK market, each over its threshold
			assertThat(thresholdDiscountOf(shop, "eu", THRESHOLD_DISCOUNT)).isEqualByComparingTo("5.70");
			assertThat(thresholdDiscountOf(shop, "uk", UK_THRESHOLD_DISCOUNT)).isEqualByComparingTo("5.10");
		}
	}

	@Test
	void withTalonBaseUrlTheAotProcessedShopTalksToThatTalonOneWithEachApplicationsKey() throws Exception {
		// one deployment (the simulator) for both Applications; it knows the EU key, and refuses the UK key as
		// Talon.One refuses a key of another Application: each client uses its own key
		try (TalonSimulator talon = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey("aot-it-eu-key"));
				RunningShop shop = RunningShop.start(Map.of("TALON_BASE_URL", talon.baseUrl(), "TALON_EU_API_KEY",
						"aot-it-eu-key", "TALON_UK_API_KEY", "aot-it-uk-key"))) {
			assertThat(shop.output()).doesNotContain(EMBEDDED_SIMULATOR_LINE);
			CartView cart = shop.client().createCart(null, "eu");
			assertThat(shop.client().setQuantity(cart.id(), "MUG", 6).discounts())
				.as("the promotions of the Talon.One at TALON_BASE_URL, authenticated with TALON_EU_API_KEY")
				.anySatisfy((discount) -> assertThat(discount.label()).isEqualTo(THRESHOLD_DISCOUNT));
			assertThat(talon.session(cart.id())).as("the session reached the Talon.One at TALON_BASE_URL").isPresent();

			long requests = talon.requestCount();
			CartView ukCart = shop.client().createCart(null, "uk");
			assertThat(shop.client().setQuantity(ukCart.id(), "MUG", 6).promotionsAvailable())
				.as("refused with TALON_UK_API_KEY").isFalse();
			assertThat(talon.requestCount()).as("the UK client asked the Talon.One at TALON_BASE_URL")
				.isGreaterThan(requests);
			assertThat(talon.session(ukCart.id())).isEmpty();
			shop.client()
				.get("/actuator/health/talon/uk")
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.details.lastStatus")
				.isEqualTo(401);
			shop.client().get("/actuator/health/talon/eu").expectStatus().isOk();
		}
	}

	@Test
	void theAotProcessingRegisteredTheNativeImageHintsOfTheTalonModels() throws IOException {
		Path resources = Path.of(System.getProperty("sample.aot-resources"));
		List<Path> metadata;
		try (Stream<Path> files = Files.walk(resources)) {
			metadata = files.filter((file) -> file.toString().contains("native-image") && file.toString()
				.endsWith(".json")).toList();
		}
		StringBuilder all = new StringBuilder();
		for (Path file : metadata) {
			all.append(Files.readString(file));
		}
		assertThat(all).as("the hints that spring-boot:process-aot wrote for the shop (%s)", metadata)
			.contains("\"dev.talon.spring.client.model.v2.IntegrationStateV2\"",
					"\"dev.talon.spring.client.model.v2.effect.Effect\"",
					"\"dev.talon.spring.client.model.v2.effect.AddLoyaltyPointsEffectProps\"",
					"\"dev.talon.spring.client.model.v2.CustomerSessionState\"",
					"\"dev.talon.spring.client.model.v2.ReturnIntegrationRequest\"",
					"\"dev.talon.spring.client.model.ErrorResponse\"",
					"\"dev.talon.spring.client.model.v2.Referral\"");
	}

	private static java.math.BigDecimal thresholdDiscountOf(RunningShop shop, String market, String label) {
		CartView cart = shop.client().createCart(null, market);
		CartView updated = shop.client().setQuantity(cart.id(), "MUG", 6);
		assertThat(updated.promotionsAvailable()).as(updated.promotionsMessage()).isTrue();
		return updated.discounts()
			.stream()
			.filter((discount) -> discount.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no threshold discount in " + updated))
			.amount();
	}

	/**
	 * The shop's jar in a JVM of its own, with AOT on, on a random port, and the {@code TALON_*} variables of the test
	 * only.
	 */
	private static final class RunningShop implements AutoCloseable {

		private static final Pattern PORT = Pattern.compile("Netty started on port (\\d+)");

		private final Process process;

		private final StringBuffer output = new StringBuffer();

		private int port;

		private RunningShop(Process process) {
			this.process = process;
			Thread reader = new Thread(this::readOutput, "sample-app-output");
			reader.setDaemon(true);
			reader.start();
		}

		static RunningShop start(Map<String, String> talonVariables) throws IOException, InterruptedException {
			String jar = System.getProperty("sample.jar");
			assertThat(Path.of(jar)).as("the packaged shop (run by failsafe after package)").isRegularFile();
			List<String> command = new ArrayList<>(List.of(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dspring.aot.enabled=true",
					"-XX:TieredStopAtLevel=1", "-jar", jar, "--server.port=0",
					// as in the tests: nothing in flight is worth waiting for at shutdown
					"--spring.reactor.netty.shutdown-quiet-period=0s", "--talon.read-timeout=10s", "--talon.timeout=20s"));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().keySet().removeIf((name) -> name.startsWith("TALON_"));
			builder.environment().putAll(talonVariables);
			RunningShop shop = new RunningShop(builder.start());
			try {
				shop.awaitStarted();
			}
			catch (Throwable ex) {
				shop.close();
				throw ex;
			}
			return shop;
		}

		private void readOutput() {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					this.output.append(line).append('\n');
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
		}

		private void awaitStarted() throws InterruptedException {
			Instant deadline = Instant.now().plus(STARTUP);
			while (Instant.now().isBefore(deadline)) {
				Matcher port = PORT.matcher(this.output);
				if (port.find() && this.output.indexOf("Started SampleApplication") >= 0) {
					this.port = Integer.parseInt(port.group(1));
					return;
				}
				if (!this.process.isAlive()) {
					fail("The AOT-processed shop exited with " + this.process.exitValue() + ":\n" + this.output);
				}
				Thread.sleep(100);
			}
			fail("The AOT-processed shop did not start within " + STARTUP + ":\n" + this.output);
		}

		String output() {
			return this.output.toString();
		}

		ShopClient client() {
			return new ShopClient(WebTestClient.bindToServer()
				.baseUrl("http://127.0.0.1:" + this.port)
				.responseTimeout(Duration.ofSeconds(30))
				.filter(ReadBodies.filter())
				.build());
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}

	}

}
