package dev.talon.spring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonServerErrorException;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code talon.client.*} metrics in a real application with Actuator, read back through
 * {@code /actuator/metrics}.
 */
@TestPropertySource(properties = { "management.endpoints.web.exposure.include=health,metrics",
		"talon.retry.initial-backoff=5ms", "talon.retry.max-backoff=10ms" })
class TalonMetricsEndpointTests extends ActuatorTestSupport {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	TalonIntegrationClient client;

	@Autowired
	MeterRegistry meters;

	@Test
	void callsAreTimedCountedAndTaggedWithBoundedValuesOnly() {
		talon.stubFor(put(urlPathMatching("/v1/customer_sessions/ok-.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		talon.stubFor(put(urlPathMatching("/v1/customer_sessions/bad-.*")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Invalid request\"}")));
		talon.stubFor(post("/v1/events").willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

		for (int i = 0; i < 50; i++) {
			this.client.updateCustomerSession("ok-" + i, NewCustomerSession.builder().coupon("SPRING10").build())
				.block(TIMEOUT);
		}
		assertThatExceptionOfType(TalonClientErrorException.class).isThrownBy(
				() -> this.client.updateCustomerSession("bad-1", NewCustomerSession.builder().build()).block(TIMEOUT));
		assertThatExceptionOfType(TalonServerErrorException.class).isThrownBy(() -> this.client
			.trackEvent(NewEvent.builder("ok-1", "checkout_started").build())
			.block(TIMEOUT));

		this.web.get()
			.uri("/actuator/metrics/talon.client.requests")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isEqualTo(52.0)
			.jsonPath("$.availableTags[?(@.tag == 'outcome')].values[*]")
			.value((values) -> assertThat(asStrings(values)).containsExactlyInAnyOrder("SUCCESS", "CLIENT_ERROR",
					"SERVER_ERROR"))
			.jsonPath("$.availableTags[?(@.tag == 'talon.operation')].values[*]")
			.value((values) -> assertThat(asStrings(values)).containsExactlyInAnyOrder("updateCustomerSession",
					"trackEvent"))
			.jsonPath("$.availableTags[?(@.tag == 'status')].values[*]")
			.value((values) -> assertThat(asStrings(values)).containsExactlyInAnyOrder("200", "400", "502"));
		this.web.get()
			.uri("/actuator/metrics/talon.client.requests?tag=outcome:SUCCESS&tag=talon.operation:updateCustomerSession")
			.exchange()
			.expectBody()
			.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isEqualTo(50.0);
		// Boot's per-attempt metric: the template, never an id.
		this.web.get()
			.uri("/actuator/metrics/http.client.requests")
			.exchange()
			.expectBody()
			.jsonPath("$.availableTags[?(@.tag == 'uri')].values[*]")
			.value((values) -> assertThat(asStrings(values)).containsExactlyInAnyOrder(
					"/v1/customer_sessions/{customerSessionId}", "/v1/events"));
		// the 502 of a non-idempotent POST is not retried; nothing else was retried
		assertThat(this.meters.find("talon.client.retries").counters()).isEmpty();
		this.web.get()
			.uri("/actuator/metrics/talon.client.effects?tag=effect:setDiscount")
			.exchange()
			.expectBody()
			.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isEqualTo(100.0);
		this.web.get()
			.uri("/actuator/metrics/talon.client.effects")
			.exchange()
			.expectBody()
			.jsonPath("$.availableTags[?(@.tag == 'effect')].values[*]")
			.value((values) -> assertThat(asStrings(values)).containsExactlyInAnyOrder("acceptCoupon",
					"setDiscount", "other"));

		String everyTag = this.meters.getMeters()
			.stream()
			.map(Meter::getId)
			.map((id) -> id.getName() + id.getTags())
			.collect(Collectors.joining("\n"));
		assertThat(everyTag).contains("talon.client.requests")
			.doesNotContain(TalonFixtures.API_KEY, "ok-1", "bad-1", "SPRING10", talon.baseUrl(), "127.0.0.1");
	}

	@Test
	void retriesAreCountedByReason() {
		talon.stubFor(put("/v1/customer_sessions/flaky").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(TalonServerErrorException.class).isThrownBy(
				() -> this.client.updateCustomerSession("flaky", NewCustomerSession.builder().build()).block(TIMEOUT));

		assertThat(this.meters.get("talon.client.retries")
			.tag("talon.operation", "updateCustomerSession")
			.tag("reason", "status_5xx")
			.counter()
			.count()).isEqualTo(2.0);
	}

	@SuppressWarnings("unchecked")
	private static List<String> asStrings(Object values) {
		return ((List<Object>) values).stream().map(String::valueOf).toList();
	}

}
