package dev.talon.spring.benchmarks.clients;

import java.net.URI;

import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * A variant of (1) for finding where its time goes: the client built without Spring Boot on the same plain
 * {@code WebClient.builder()} as (2) (default connector, no observation registry), with its default call timeout,
 * retries and per-session sequencing. The difference to (2) is what the client itself adds per call; the difference
 * to (1) is what Boot's connector, observations and metrics add.
 */
final class BareTalonClient implements BenchClient {

	private final TalonIntegrationClient client;

	private final NewCustomerSession session = Fixtures.session();

	BareTalonClient(URI baseUrl, ClientHttpConnector connector) {
		this.client = new WebClientTalonIntegrationClient(BenchClient.webClientBuilder(connector), baseUrl,
				TalonCredentials.apiKey(Fixtures.API_KEY));
	}

	@Override
	public String name() {
		return "talon-bare";
	}

	@Override
	public Mono<?> call(String sessionId) {
		return this.client.updateCustomerSession(sessionId, this.session);
	}

}
