package dev.talon.spring.autoconfigure;

import dev.talon.spring.client.TalonFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The optional active probe: a documented read of today's Integration API (the first running campaign),
 * authenticated, cached for its TTL; a rejected key or no Integration API at the base URL make it DOWN.
 */
@TestPropertySource(properties = { "management.endpoint.health.show-details=always", "talon.health.probe.enabled=true",
		"talon.health.probe.cache-ttl=1m", "talon.retry.enabled=false" })
class TalonHealthProbeTests extends ActuatorTestSupport {

	@Test
	void theProbeIsCachedWithinItsTtl() {
		talon.stubFor(get(urlPathEqualTo("/v1/integration/campaigns")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"hasMore\": true, \"data\": [{\"id\": 4, \"name\": \"Summer promotions\", \"state\": \"enabled\"}]}")));

		for (int i = 0; i < 5; i++) {
			this.web.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.components.talon.status").isEqualTo("UP")
				.jsonPath("$.components.talon.details.probe.status").isEqualTo("UP")
				.jsonPath("$.components.talon.details.probe.result").isEqualTo("HTTP 200");
		}

		talon.verify(1, getRequestedFor(urlEqualTo("/v1/integration/campaigns?pageSize=1"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY)));
	}

	@Test
	void aRejectedKeyMakesTheProbeDown() {
		talon.stubFor(get(urlPathEqualTo("/v1/integration/campaigns")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Unauthorized - Invalid API key\"}")));

		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.components.talon.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.details.probe.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.details.probe.result").isEqualTo("HTTP 401: credentials not accepted");
	}

	@Test
	void noIntegrationApiAtTheBaseUrlMakesTheProbeDown() {
		// a base URL that reaches something else (a proxy's 404 page, a wrong host path) is not a Talon.One
		talon.stubFor(get(urlPathEqualTo("/v1/integration/campaigns")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/html")
			.withBody("<html>Not Found</html>")));

		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.components.talon.details.probe.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.details.probe.result")
			.isEqualTo("HTTP 404: no Talon.One Integration API at talon.base-url");
	}

}
