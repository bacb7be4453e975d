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

	/** A client with the simulator's API key, fast retries and a 2 s read timeout. */
	static WebClientTalonIntegrationClient apiKey(TalonSimulator simulator) {
		return builder(simulator, TalonCredentials.apiKey(simulator.config().apiKey()), Duration.ofSeconds(2)).build();
	}

	/** A client with the given credentials and read timeout, and fast retries. */
	static WebClientTalonIntegrationClient.Builder builder(TalonSimulator simulator, TalonCredentials credentials,
			Duration readTimeout) {
		WebClient.Builder webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(readTimeout)));
		return WebClientTalonIntegrationClient.builder(webClient, URI.create(simulator.baseUrl()), credentials)
			.retry(FAST_RETRIES)
			.timeout(Duration.ofSeconds(5));
	}

}
