package dev.talon.spring.autoconfigure;

import dev.talon.spring.client.TalonFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The optional active probe: a read-only profile search, authenticated, cached for its TTL.
 */
@TestPropertySource(properties = { "management.endpoint.health.show-details=always", "talon.health.probe.enabled=true",
		"talon.health.probe.cache-ttl=1m", "talon.retry.enabled=false" })
class TalonHealthProbeTests extends ActuatorTestSupport {

	@Test
	void theProbeIsCachedWithinItsTtl() {
		talon.stubFor(post("/v1/customer_profiles_search").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"totalResultSize\": 0, \"data\": []}")));

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

		talon.verify(1, postRequestedFor(urlEqualTo("/v1/customer_profiles_search"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY))
			.withRequestBody(equalToJson("{\"attributes\": {\"talonSpringBootHealthProbe\": \"no-profile-has-this-value\"}}")));
	}

	@Test
	void aRejectedKeyMakesTheProbeDown() {
		talon.stubFor(post("/v1/customer_profiles_search").willReturn(aResponse().withStatus(401)
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

}
