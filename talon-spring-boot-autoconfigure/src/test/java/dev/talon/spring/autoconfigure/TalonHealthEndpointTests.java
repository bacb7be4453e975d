package dev.talon.spring.autoconfigure;

import java.time.Duration;

import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The passive {@code talon} health component in a real application, read through {@code /actuator/health}.
 */
@TestPropertySource(properties = { "management.endpoint.health.show-details=always", "talon.retry.enabled=false",
		"talon.health.failure-threshold=5" })
class TalonHealthEndpointTests extends ActuatorTestSupport {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	TalonIntegrationClient client;

	private void answer(int status, int calls) {
		talon.stubFor(put(urlPathMatching("/v1/customer_sessions/.*")).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody((status == 200) ? TalonFixtures.INTEGRATION_STATE : "{\"message\": \"failed\"}")));
		for (int i = 0; i < calls; i++) {
			try {
				this.client.updateCustomerSession("cart-" + i, NewCustomerSession.builder().build()).block(TIMEOUT);
			}
			catch (TalonException ex) {
				// the outcome is what the indicator reads
			}
		}
	}

	private WebTestClient.BodyContentSpec health(int expectedHttpStatus) {
		return this.web.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(expectedHttpStatus)
			.expectBody();
	}

	@Test
	void upWithNoTrafficYet() {
		health(200).jsonPath("$.components.talon.status").isEqualTo("UP")
			.jsonPath("$.components.talon.details.note").isEqualTo("no calls to Talon.One yet");
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@Test
	void upWhileCallsSucceed() {
		answer(200, 3);

		health(200).jsonPath("$.components.talon.status").isEqualTo("UP")
			.jsonPath("$.components.talon.details.calls").isEqualTo(3)
			.jsonPath("$.components.talon.details.recentErrorRate").isEqualTo(0.0)
			.jsonPath("$.components.talon.details.lastSuccess").exists()
			.jsonPath("$.components.talon.details.lastFailure").doesNotExist();
	}

	@Test
	void downWhenTheKeyIsRejected() {
		answer(200, 2);
		answer(401, 1);

		health(503).jsonPath("$.components.talon.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.details.reason")
			.value((reason) -> assertThat((String) reason).startsWith("Talon.One did not accept the credentials (HTTP 401)"))
			.jsonPath("$.components.talon.details.lastStatus").isEqualTo(401)
			.jsonPath("$.components.talon.details.lastError").isEqualTo("TalonAuthenticationException");
	}

	@Test
	void downAfterARunOfServerErrorsAndUpAgainAfterASuccess() {
		answer(503, 4);
		health(200).jsonPath("$.components.talon.status").isEqualTo("UP")
			.jsonPath("$.components.talon.details.consecutiveFailures").isEqualTo(4);

		answer(503, 1);
		health(503).jsonPath("$.components.talon.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.details.reason")
			.isEqualTo("the last 5 calls failed with transport errors, timeouts or 5xx answers")
			.jsonPath("$.components.talon.details.recentErrorRate").isEqualTo(1.0);

		answer(200, 1);
		health(200).jsonPath("$.components.talon.status").isEqualTo("UP")
			.jsonPath("$.components.talon.details.recentErrorRate").isEqualTo(0.833);
	}

	@Test
	void clientErrorsNeverMakeItDown() {
		answer(400, 10);
		answer(409, 3);
		answer(404, 3);

		health(200).jsonPath("$.components.talon.status").isEqualTo("UP")
			.jsonPath("$.components.talon.details.recentErrorRate").isEqualTo(1.0)
			.jsonPath("$.components.talon.details.lastStatus").isEqualTo(404);
	}

	@Test
	void healthDetailsNeverShowASecretABodyOrAnId() {
		answer(200, 1);
		answer(401, 1);

		String body = new String(health(503).returnResult().getResponseBodyContent());
		assertThat(body).contains("\"talon\"")
			.doesNotContain(TalonFixtures.API_KEY, "cart-0", "failed", talon.baseUrl(), "customer-7");
		assertThat(talon.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl())))
			.hasSize(2);
	}

}
