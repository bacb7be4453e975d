package dev.talon.spring.test;

import java.net.URI;
import java.time.Duration;

import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.simulator.TalonSimulator;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * A client built by hand, as a test without Spring would, with patient timeouts: on a loaded build machine the first
 * calls of a fresh JVM can take seconds.
 */
public final class TalonClientsForTests {

	/** How long a test waits for a call. */
	public static final Duration WAIT = Duration.ofSeconds(30);

	private TalonClientsForTests() {
	}

	/**
	 * A patient client of a simulator.
	 * @param simulator the simulator
	 * @return the client
	 */
	public static WebClientTalonIntegrationClient clientOf(TalonSimulator simulator) {
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder(), URI.create(simulator.baseUrl()),
					TalonCredentials.apiKey(simulator.config().apiKey()))
			.readTimeout(Duration.ofSeconds(10))
			.timeout(Duration.ofSeconds(20))
			.build();
	}

}
