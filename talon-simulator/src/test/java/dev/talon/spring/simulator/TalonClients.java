package dev.talon.spring.simulator;

import java.net.URI;
import java.time.Duration;

import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonRetrySettings;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The project's real client, pointed at a simulator, as a shop would use it.
 */
final class TalonClients {

	/** Retries quick enough for tests. */
	static final TalonRetrySettings FAST_RETRIES = new TalonRetrySettings(true, 3, Duration.ofMillis(20),
			Duration.ofMillis(50), Duration.ofSeconds(2), false);

	private TalonClients() {
	}

	/**
	 * Generous bounds for the tests that are not about timeouts: on a loaded build machine the first calls of a fresh
	 * JVM (class loading, JIT) can take seconds.
	 */
	static final Duration PATIENT_READ_TIMEOUT = Duration.ofSeconds(10);

	/** How long a test waits for a call of a patient client: longer than its call timeout. */
	static final Duration WAIT = Duration.ofSeconds(30);

	/** A client with the simulator's API key, fast retries and patient timeouts. */
	static WebClientTalonIntegrationClient apiKey(TalonSimulator simulator) {
		return builder(simulator, TalonCredentials.apiKey(simulator.config().apiKey()), PATIENT_READ_TIMEOUT).build();
	}

	/** A client with the given credentials and read timeout, and fast retries. */
	static WebClientTalonIntegrationClient.Builder builder(TalonSimulator simulator, TalonCredentials credentials,
			Duration readTimeout) {
		WebClient.Builder webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(readTimeout)));
		return WebClientTalonIntegrationClient.builder(webClient, URI.create(simulator.baseUrl()), credentials)
			.retry(FAST_RETRIES)
			.timeout(Duration.ofSeconds(20));
	}

}
