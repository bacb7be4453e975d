package dev.talon.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.autoconfigure.health.TalonHealthContributorAutoConfiguration;
import dev.talon.spring.autoconfigure.health.TalonHealthIndicator;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code talon} health contributor for any number of clients: one component per Application with that
 * Application's health settings (the probe on for one Application only), clients defined by the application without
 * recorded calls, and health settings of an Application that stop the application naming the full property.
 */
class TalonHealthContributorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension eu = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@RegisterExtension
	static WireMockExtension uk = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				TalonAutoConfiguration.class, TalonHealthContributorAutoConfiguration.class));

	@BeforeEach
	void answerProbes() {
		for (WireMockExtension server : List.of(eu, uk)) {
			server.stubFor(get(urlPathEqualTo("/v1/integration/campaigns")).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"hasMore\": false, \"data\": []}")));
		}
	}

	private static Health health(ReactiveHealthContributor contributor, String component) {
		ReactiveHealthContributor child = ((CompositeReactiveHealthContributor) contributor).getContributor(component);
		return ((ReactiveHealthIndicator) child).health().block(TIMEOUT);
	}

	@Test
	void theProbeFollowsEachApplicationsSettings() {
		this.runner
			.withPropertyValues("talon.applications.eu.base-url=" + eu.baseUrl(), "talon.applications.eu.api-key=eu-key",
					"talon.applications.uk.base-url=" + uk.baseUrl(), "talon.applications.uk.api-key=uk-key",
					"talon.applications.uk.health.probe.enabled=true", "talon.health.probe.timeout=10s")
			.run((context) -> {
				ReactiveHealthContributor talon = context.getBean("talonHealthContributor",
						ReactiveHealthContributor.class);
				assertThat(talon).isInstanceOf(CompositeReactiveHealthContributor.class);
				assertThat(health(talon, "uk").getDetails()).containsKey("probe");
				assertThat(health(talon, "eu").getDetails()).doesNotContainKey("probe");
				uk.verify(1, getRequestedFor(urlPathEqualTo("/v1/integration/campaigns")));
				eu.verify(0, getRequestedFor(urlPathEqualTo("/v1/integration/campaigns")));
			});
	}

	@Test
	void clientsWithoutRecordedCallsAreUnknownOrWhatTheirProbeSays() {
		this.runner.withUserConfiguration(HandBuiltClients.class).run((context) -> {
			ReactiveHealthContributor talon = context.getBean("talonHealthContributor", ReactiveHealthContributor.class);
			assertThat(health(talon, "eu").getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health(talon, "uk").getStatus()).isEqualTo(Status.UNKNOWN);
		});
		this.runner.withUserConfiguration(HandBuiltClients.class)
			.withPropertyValues("talon.health.probe.enabled=true", "talon.health.probe.timeout=10s")
			.run((context) -> {
				ReactiveHealthContributor talon = context.getBean("talonHealthContributor",
						ReactiveHealthContributor.class);
				Health euHealth = health(talon, "eu");
				assertThat(euHealth.getStatus()).as("%s", euHealth.getDetails()).isEqualTo(Status.UP);
				assertThat(euHealth.getDetails()).containsKeys("note", "probe");
			});
	}

	@Test
	void aSingleClientKeepsTheFlatShape() {
		this.runner.withPropertyValues("talon.applications.eu.base-url=" + eu.baseUrl(),
				"talon.applications.eu.api-key=eu-key")
			.run((context) -> assertThat(context.getBean("talonHealthContributor"))
				.isInstanceOf(TalonHealthIndicator.class));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			talon.applications.uk.health.failure-threshold=0 | talon.applications.uk.health.failure-threshold must be at least 1 but is 0
			talon.health.window-size=0                       | talon.health.window-size must be at least 1 but is 0
			talon.applications.uk.health.probe.timeout=2     | talon.applications.uk.health.probe.timeout is 2ms
			talon.applications.eu.health.probe.cache-ttl=0s  | talon.applications.eu.health.probe.cache-ttl must be positive but is 0ms
			""")
	void invalidHealthSettingsOfAnApplicationFailAtStartupNamingTheProperty(String property, String message) {
		this.runner
			.withPropertyValues("talon.applications.eu.base-url=" + eu.baseUrl(), "talon.applications.eu.api-key=eu-key",
					"talon.applications.uk.base-url=" + uk.baseUrl(), "talon.applications.uk.api-key=uk-key",
					"talon.health.probe.enabled=true", property)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTalonPropertiesException.class)
					.hasMessageContaining(message);
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class HandBuiltClients {

		@Bean
		TalonIntegrationClient eu() {
			return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create(eu.baseUrl()),
					TalonCredentials.apiKey("eu-key"));
		}

		@Bean
		TalonIntegrationClient uk() {
			return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create(uk.baseUrl()),
					TalonCredentials.apiKey("uk-key"));
		}

	}

}
