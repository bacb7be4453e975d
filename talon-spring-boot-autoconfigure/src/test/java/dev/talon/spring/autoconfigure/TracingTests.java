package dev.talon.spring.autoconfigure;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace per shop request, the Talon.One call inside it: a WebFlux application traced by a real bridge
 * (Micrometer Tracing on OpenTelemetry, spans kept in memory) whose controller updates a session that Talon.One
 * answers with a 503 and then a 200. The shop request's server span is the parent of {@code talon.client.requests},
 * which is the parent of both attempts' {@code http.client.requests} spans, all in one trace.
 */
@SpringBootTest(classes = TracingTests.TracedShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "management.tracing.sampling.probability=1.0",
				"talon.retry.initial-backoff=10ms", "talon.retry.max-backoff=20ms" })
@AutoConfigureWebTestClient(timeout = "PT30S")
class TracingTests {

	static final InMemorySpanExporter spans = InMemorySpanExporter.create();

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

	@BeforeEach
	void forgetSpans() {
		spans.reset();
	}

	@Test
	void aShopRequestIsOneTraceWithTheTalonOneCallAndItsAttemptsInside() {
		String path = "/v2/customer_sessions/cart-flux";
		talon.stubFor(put(path).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		talon.stubFor(put(path).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"effects\": [], \"createdCoupons\": [], \"createdReferrals\": []}")));

		this.web.put().uri("/carts/cart-flux").exchange().expectStatus().isOk();

		await().untilAsserted(() -> assertThat(spans.getFinishedSpanItems()).hasSizeGreaterThanOrEqualTo(4));
		List<SpanData> finished = spans.getFinishedSpanItems();
		SpanData server = only(finished, "http put /carts/{cartId}");
		SpanData call = only(finished, "talon updateCustomerSessionV2");
		List<SpanData> attempts = finished.stream().filter((span) -> span.getName().equals("http put")).toList();

		assertThat(finished).extracting(SpanData::getTraceId).containsOnly(server.getTraceId());
		assertThat(server.getParentSpanContext().isValid()).as("the shop request is the root").isFalse();
		assertThat(call.getParentSpanId()).isEqualTo(server.getSpanId());
		assertThat(attempts).hasSize(2).allSatisfy((attempt) -> assertThat(attempt.getParentSpanId())
			.isEqualTo(call.getSpanId()));
		assertThat(call.getAttributes().asMap().toString()).contains("talon.operation=updateCustomerSessionV2")
			.contains("outcome=SUCCESS")
			.doesNotContain(TalonFixtures.API_KEY);
		// the trace reached Talon.One: each attempt carried the W3C trace context of its own span
		talon.getAllServeEvents()
			.forEach((event) -> assertThat(event.getRequest().getHeader("traceparent")).contains(server.getTraceId()));
	}

	private static SpanData only(List<SpanData> spans, String name) {
		List<SpanData> named = spans.stream().filter((span) -> span.getName().equals(name)).toList();
		assertThat(named).as("spans named %s among %s", name, spans.stream().map(SpanData::getName).toList())
			.hasSize(1);
		return named.get(0);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(CartController.class)
	static class TracedShop {

		@Bean
		SpanProcessor inMemorySpans() {
			return SimpleSpanProcessor.create(spans);
		}

	}

	@RestController
	static class CartController {

		private final TalonIntegrationClient talon;

		CartController(TalonIntegrationClient talon) {
			this.talon = talon;
		}

		@PutMapping("/carts/{cartId}")
		Mono<Integer> updateCart(@PathVariable String cartId) {
			NewCustomerSessionV2 session = NewCustomerSessionV2.builder()
				.addCartItem(CartItem.builder("MUG", 1).price(new java.math.BigDecimal("9.50")).build())
				.build();
			return this.talon.updateCustomerSessionV2(cartId, IntegrationRequest.of(session))
				.map(IntegrationStateV2::effects)
				.map(List::size);
		}

	}

}
