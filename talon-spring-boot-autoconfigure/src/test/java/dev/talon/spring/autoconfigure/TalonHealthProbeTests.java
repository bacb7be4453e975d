package dev.talon.spring.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.TalonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The optional active probe: a read-only profile search, authenticated, cached for its TTL.
 */
@SpringBootTest(classes = ActuatorTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoint.health.show-details=always", "talon.health.probe.enabled=true",
				"talon.health.probe.cache-ttl=1m", "talon.retry.enabled=false" })
@AutoConfigureWebTestClient
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class TalonHealthProbeTests {

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void talonProperties(DynamicPropertyRegistry registry) {
		registry.add("talon.base-url", talon::baseUrl);
		registry.add("talon.api-key", () -> TalonFixtures.API_KEY);
	}

	@Autowired
	WebTestClient web;

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
