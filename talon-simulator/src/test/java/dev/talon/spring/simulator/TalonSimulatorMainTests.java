package dev.talon.spring.simulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The simulator on its own: its command line and the banner with its URL and credentials.
 */
class TalonSimulatorMainTests {

	@Test
	void theDefaultsListenOnTheDefaultPortWithTheDefaultCredentials() {
		TalonSimulatorConfig config = TalonSimulator.parseArguments(new String[0]);

		assertThat(config.port()).isEqualTo(TalonSimulator.DEFAULT_MAIN_PORT);
		assertThat(config.apiKey()).isEqualTo(TalonSimulatorConfig.DEFAULT_API_KEY);
		assertThat(config.applicationId()).isEqualTo(TalonSimulatorConfig.DEFAULT_APPLICATION_ID);
		assertThat(config.applicationKey()).isEqualTo(TalonSimulatorConfig.DEFAULT_APPLICATION_KEY);
	}

	@Test
	void optionsChangeThePortCredentialsAndLatency() {
		TalonSimulatorConfig config = TalonSimulator.parseArguments(new String[] { "--port=0", "--api-key=k-1",
				"--application-id=9", "--application-key=abcd", "--latency=120" });

		assertThat(config.port()).isZero();
		assertThat(config.apiKey()).isEqualTo("k-1");
		assertThat(config.applicationId()).isEqualTo(9);
		assertThat(config.applicationKey()).isEqualTo("abcd");
		assertThat(config.latency()).isEqualTo(Duration.ofMillis(120));
	}

	@Test
	void badOptionsAreExplained() {
		assertThatIllegalArgumentException().isThrownBy(() -> TalonSimulator.parseArguments(new String[] { "--colour=red" }))
			.withMessage("Unknown option: --colour");
		assertThatIllegalArgumentException().isThrownBy(() -> TalonSimulator.parseArguments(new String[] { "--port=x" }))
			.withMessage("--port needs a number but was 'x'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TalonSimulator.parseArguments(new String[] { "--application-key=xyz" }))
			.withMessageContaining("hexadecimal");
	}

	@Test
	void theBannerShowsTheUrlCredentialsAndRules() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TalonSimulator simulator = TalonSimulator.start()) {
			TalonSimulator.printBanner(simulator, new PrintStream(out, true, StandardCharsets.UTF_8));

			String banner = out.toString(StandardCharsets.UTF_8);
			assertThat(banner).contains("listening on " + simulator.baseUrl())
				.contains("Authorization: ApiKey-v1 " + TalonSimulatorConfig.DEFAULT_API_KEY)
				.contains("Content-Signature: signer=1; signature=")
				.contains(TalonSimulatorConfig.DEFAULT_APPLICATION_KEY)
				.contains("coupon WELCOME10 takes 10% off any cart")
				.contains("TALON_BASE_URL=" + simulator.baseUrl());
		}
	}

	@Test
	void aSimulatorListensOnLoopbackAndCloseIsIdempotent() {
		TalonSimulator simulator = TalonSimulator.start();
		assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());
		simulator.close();
		simulator.close();
	}

}
