package dev.talon.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Talon.One Applications in a real WebFlux application with Actuator, each on a WireMock server of its own, plus
 * two clients the application defines itself (one built with {@link TalonClientFactory}, one by hand): one health
 * component per client under {@code talon}, each with its own statistics and settings, {@code talon.client.*} meters
 * tagged with the Application, and no secret in health, metrics, {@code configprops}, {@code env} or the DEBUG log.
 */
@SpringBootTest(classes = { ActuatorTestApplication.class, TalonApplicationsEndpointTests.OwnClients.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "management.endpoint.health.show-details=always",
				"management.endpoints.web.exposure.include=health,metrics,configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"talon.retry.enabled=false", "talon.health.failure-threshold=3",
				"talon.applications.uk.health.failure-threshold=2", "talon.applications.eu.retry.enabled=true",
				"talon.applications.eu.retry.max-attempts=2", "talon.retry.initial-backoff=5ms",
				"talon.retry.max-backoff=10ms",
				// a proxy that the loopback WireMock bypasses: its password must never show
				"talon.applications.eu.proxy.host=proxy.invalid", "talon.applications.eu.proxy.port=3128",
				"talon.applications.eu.proxy.username=shop",
				"talon.applications.eu.proxy.password=" + TalonApplicationsEndpointTests.PROXY_PASSWORD,
				"talon.applications.eu.proxy.non-proxy-hosts=127.0.0.1,localhost",
				"logging.level.dev.talon=DEBUG", "logging.level.reactor.netty=DEBUG",
				"logging.level.org.springframework.web.reactive.function.client=DEBUG" })
@AutoConfigureWebTestClient(timeout = "PT30S")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class TalonApplicationsEndpointTests {

	static final String EU_KEY = "eu-api-key-5c1f0a";

	static final String PROXY_PASSWORD = "pr0xy-pa55-7e1d";

	private static final String TENANT_KEY = "tenant-api-key-c0ffee";

	private static final String LEGACY_KEY = "legacy-api-key-beef00";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension eu = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@RegisterExtension
	static WireMockExtension uk = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void talonProperties(DynamicPropertyRegistry registry) {
		registry.add("talon.applications.eu.base-url", eu::baseUrl);
		registry.add("talon.applications.eu.api-key", () -> EU_KEY);
		registry.add("talon.applications.uk.base-url", uk::baseUrl);
		registry.add("talon.applications.uk.application-id", () -> TalonFixtures.APPLICATION_ID);
		registry.add("talon.applications.uk.application-key", () -> TalonFixtures.APPLICATION_KEY);
		registry.add("talon.default-application", () -> "eu");
	}

	@Autowired
	WebTestClient web;

	@Autowired
	TalonClients clients;

	@Autowired
	MeterRegistry meters;

	private void answer(WireMockExtension server, int status, String application, int calls) {
		server.stubFor(put(urlPathMatching("/v1/customer_sessions/.*")).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody((status == 200) ? TalonFixtures.INTEGRATION_STATE : "{\"message\": \"failed\"}")));
		for (int i = 0; i < calls; i++) {
			try {
				this.clients.get(application)
					.updateCustomerSession("cart-" + application + "-" + i,
							NewCustomerSession.builder().profileId("customer-7").build())
					.block(TIMEOUT);
			}
			catch (TalonException ex) {
				// the outcome is what health and metrics read
			}
		}
	}

	private WebTestClient.BodyContentSpec health(int expectedHttpStatus) {
		return this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(expectedHttpStatus)
			.expectBody();
	}

	@Test
	void everyClientIsAHealthComponentUnderTalon() {
		assertThat(this.clients.names()).containsExactly("eu", "uk", "tenant", "legacy");
		health(200).jsonPath("$.components.talon.status").isEqualTo("UP")
			.jsonPath("$.components.talon.components.eu.status").isEqualTo("UP")
			.jsonPath("$.components.talon.components.eu.details.note").isEqualTo("no calls to Talon.One yet")
			.jsonPath("$.components.talon.components.uk.status").isEqualTo("UP")
			.jsonPath("$.components.talon.components.tenant.status").isEqualTo("UP")
			// built by hand, without TalonClientFactory: its calls are not recorded
			.jsonPath("$.components.talon.components.legacy.status").isEqualTo("UNKNOWN")
			.jsonPath("$.components.talon.components.legacy.details.note")
			.value((note) -> assertThat((String) note).startsWith("the calls of this client are not recorded"));
	}

	@Test
	void failuresOfOneApplicationNeverMakeAnotherDown() {
		answer(eu, 200, "eu", 2);
		answer(uk, 503, "uk", 2);

		// uk's own threshold (2) is reached; eu keeps its own statistics
		health(503).jsonPath("$.components.talon.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.components.uk.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.components.uk.details.consecutiveFailures").isEqualTo(2)
			.jsonPath("$.components.talon.components.eu.status").isEqualTo("UP")
			.jsonPath("$.components.talon.components.eu.details.calls").isEqualTo(2)
			.jsonPath("$.components.talon.components.eu.details.recentErrorRate").isEqualTo(0.0)
			.jsonPath("$.components.talon.components.tenant.details.calls").isEqualTo(0);

		answer(uk, 200, "uk", 1);
		answer(eu, 503, "eu", 2);
		// eu inherits the top-level threshold (3): two failed calls do not make it DOWN
		health(200).jsonPath("$.components.talon.components.eu.status").isEqualTo("UP")
			.jsonPath("$.components.talon.components.eu.details.consecutiveFailures").isEqualTo(2)
			.jsonPath("$.components.talon.components.uk.status").isEqualTo("UP");
	}

	@Test
	void aRejectedKeyMakesOnlyItsApplicationDownAndNamesItsProperties() {
		answer(uk, 401, "uk", 1);
		answer(eu, 200, "eu", 1);

		health(503).jsonPath("$.components.talon.components.uk.status").isEqualTo("DOWN")
			.jsonPath("$.components.talon.components.uk.details.reason")
			.isEqualTo("Talon.One did not accept the credentials (HTTP 401): check talon.applications.uk.api-key "
					+ "or talon.applications.uk.application-key")
			.jsonPath("$.components.talon.components.eu.status").isEqualTo("UP");
	}

	@Test
	void aClientBuiltWithTheFactoryIsRecordedUnderItsName() {
		uk.stubFor(put(urlPathMatching("/v1/customer_sessions/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		this.clients.get("tenant").updateCustomerSession("cart-t", NewCustomerSession.builder().build()).block(TIMEOUT);

		health(200).jsonPath("$.components.talon.components.tenant.details.calls").isEqualTo(1);
		assertThat(this.meters.get("talon.client.requests").tag("talon.application", "tenant").timer().count())
			.isEqualTo(1);
	}

	@Test
	void metersAreTaggedWithTheApplication() {
		answer(eu, 200, "eu", 3);
		answer(uk, 200, "uk", 2);
		answer(eu, 503, "eu", 1);

		this.web.get()
			.uri("/actuator/metrics/talon.client.requests")
			.exchange()
			.expectBody()
			.jsonPath("$.availableTags[?(@.tag == 'talon.application')].values[*]")
			.value((values) -> assertThat(asStrings(values)).containsExactlyInAnyOrder("eu", "uk"));
		this.web.get()
			.uri("/actuator/metrics/talon.client.requests?tag=talon.application:eu&tag=outcome:SUCCESS")
			.exchange()
			.expectBody()
			.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
			.isEqualTo(3.0);
		this.web.get()
			.uri("/actuator/metrics/talon.client.requests?tag=talon.application:uk")
			.exchange()
			.expectBody()
			.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
			.isEqualTo(2.0);
		// eu retries (its own setting), uk does not (the top-level one)
		assertThat(this.meters.get("talon.client.retries")
			.tag("talon.application", "eu")
			.tag("reason", "status_5xx")
			.counter()
			.count()).isEqualTo(1.0);
		assertThat(this.meters.find("talon.client.retries").tag("talon.application", "uk").counters()).isEmpty();
		assertThat(this.meters.get("talon.client.effects")
			.tag("talon.application", "uk")
			.tag("effect", "setDiscount")
			.counter()
			.count()).isEqualTo(4.0);
	}

	@Test
	void noSecretOfAnyApplicationShowsInHealthMetricsConfigpropsEnvOrTheLog(CapturedOutput output) {
		answer(eu, 200, "eu", 1);
		answer(uk, 401, "uk", 1);
		answer(eu, 503, "eu", 1);
		this.clients.get("tenant").updateCustomerSession("cart-t", NewCustomerSession.builder().build()).onErrorComplete()
			.block(TIMEOUT);

		String health = body("/actuator/health");
		String configprops = body("/actuator/configprops");
		String env = body("/actuator/env");
		String meters = this.meters.getMeters()
			.stream()
			.map(Meter::getId)
			.map((id) -> id.getName() + id.getTags())
			.collect(Collectors.joining("\n"));
		// the values are shown (show-values=always), the secrets masked
		assertThat(configprops).contains("\"applications\"", "proxy.invalid", "\"apiKey\":\"******\"",
				"\"applicationKey\":\"******\"", "\"password\":\"******\"");
		assertThat(env).contains("\"talon.applications.eu.proxy.password\":{\"value\":\"******\"",
				"\"talon.applications.eu.api-key\":{\"value\":\"******\"");
		for (String text : List.of(health, configprops, env, meters, output.getAll())) {
			assertThat(text).doesNotContain(EU_KEY, TalonFixtures.APPLICATION_KEY, PROXY_PASSWORD, TENANT_KEY,
					LEGACY_KEY);
		}
		assertThat(output.getAll()).contains("reactor.netty");
	}

	private String body(String uri) {
		return new String(this.web.get().uri(uri).exchange().expectBody().returnResult().getResponseBodyContent());
	}

	@SuppressWarnings("unchecked")
	private static List<String> asStrings(Object values) {
		return ((List<Object>) values).stream().map(String::valueOf).toList();
	}

	/**
	 * Two clients the application defines itself: one built with the starter's factory (settings, observations,
	 * metrics and health statistics under its name), one by hand.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OwnClients {

		@Bean
		@Qualifier("tenant")
		TalonIntegrationClient tenantTalonClient(TalonClientFactory factory) {
			return factory
				.builder("tenant", TalonConnectionDetails.of(URI.create(uk.baseUrl()), TalonCredentials.apiKey(TENANT_KEY)))
				.build();
		}

		@Bean
		@Qualifier("legacy")
		TalonIntegrationClient legacyTalonClient() {
			return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create(uk.baseUrl()),
					TalonCredentials.apiKey(LEGACY_KEY));
		}

	}

}
