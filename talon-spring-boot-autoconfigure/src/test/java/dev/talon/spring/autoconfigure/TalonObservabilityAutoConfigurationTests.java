package dev.talon.spring.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.autoconfigure.health.TalonCallStatisticsRecorder;
import dev.talon.spring.autoconfigure.health.TalonHealthContributorAutoConfiguration;
import dev.talon.spring.autoconfigure.health.TalonHealthIndicator;
import dev.talon.spring.autoconfigure.metrics.TalonMetricsAutoConfiguration;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics and health auto-configurations back off cleanly: without Micrometer or Actuator on the class path the
 * starter still works, and each can be switched off.
 */
class TalonObservabilityAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				WebClientObservationAutoConfiguration.class, ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				TalonAutoConfiguration.class, TalonMetricsAutoConfiguration.class,
				TalonHealthContributorAutoConfiguration.class))
		.withPropertyValues("talon.base-url=" + talon.baseUrl(), "talon.api-key=" + TalonFixtures.API_KEY);

	@Test
	void withMicrometerAndHealthEverythingIsWired() {
		this.runner.run((context) -> {
			assertThat(context).hasBean("talonMetricsClientCustomizer")
				.hasSingleBean(TalonCallStatisticsRecorder.class)
				.hasSingleBean(TalonHealthIndicator.class)
				.hasBean("talonHealthContributor");
			talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));
			context.getBean(TalonIntegrationClient.class)
				.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
				.block(Duration.ofSeconds(10));
			assertThat(context.getBean(TalonCallStatisticsRecorder.class).statistics("default").snapshot().calls())
				.isEqualTo(1);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("talon.client.requests").timer().count()).isEqualTo(1);
			assertThat(meters.get("talon.client.effects").tag("effect", "setDiscount").counter().count())
				.isEqualTo(2.0);
		});
	}

	@Test
	void withoutMicrometerTheClientStillWorks() {
		this.runner.withClassLoader(new FilteredClassLoader("io.micrometer.core")).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(TalonIntegrationClient.class)
				.doesNotHaveBean("talonMetricsClientCustomizer");
			talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));
			assertThat(context.getBean(TalonIntegrationClient.class)
				.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
				.block(Duration.ofSeconds(10))
				.effects()).hasSize(4);
		});
	}

	@Test
	void withoutActuatorHealthThereIsNoIndicator() {
		this.runner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class)).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(TalonIntegrationClient.class)
				.doesNotHaveBean(TalonHealthIndicator.class)
				.doesNotHaveBean(TalonCallStatisticsRecorder.class);
		});
	}

	@Test
	void theHealthIndicatorCanBeSwitchedOff() {
		this.runner.withPropertyValues("management.health.talon.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TalonHealthIndicator.class));
	}

	@Test
	void aUserHealthIndicatorReplacesOurs() {
		this.runner.withUserConfiguration(UserHealthConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ReactiveHealthIndicator.class);
			assertThat(context.getBean("talonHealthIndicator")).isNotInstanceOf(TalonHealthIndicator.class);
		});
	}

	@Test
	void metricsCanBeSwitchedOff() {
		this.runner.withPropertyValues("management.metrics.talon.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean("talonMetricsClientCustomizer").hasBean("talonMetricsDisabledFilter");
			talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));
			context.getBean(TalonIntegrationClient.class)
				.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
				.block(Duration.ofSeconds(10));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.find("talon.client.requests").meters()).isEmpty();
			assertThat(meters.find("http.client.requests").meters()).isNotEmpty();
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			talon.health.failure-threshold=0   | talon.health.failure-threshold must be at least 1 but is 0
			talon.health.window-size=-1        | talon.health.window-size must be at least 1 but is -1
			talon.health.probe.timeout=2       | talon.health.probe.timeout is 2ms, but no call to Talon.One completes in less than 10ms
			talon.health.probe.cache-ttl=0s    | talon.health.probe.cache-ttl must be positive but is 0ms
			""")
	void invalidHealthSettingsFailAtStartup(String property, String message) {
		this.runner.withPropertyValues(property, "talon.health.probe.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidTalonPropertiesException.class)
				.hasMessageContaining(message);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserHealthConfiguration {

		@Bean
		ReactiveHealthIndicator talonHealthIndicator() {
			return () -> reactor.core.publisher.Mono
				.just(org.springframework.boot.health.contributor.Health.up().build());
		}

	}

}
