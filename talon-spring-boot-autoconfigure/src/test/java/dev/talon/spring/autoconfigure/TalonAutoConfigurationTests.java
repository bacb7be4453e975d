package dev.talon.spring.autoconfigure;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonTimeoutException;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link TalonAutoConfiguration} in a real application context with Boot's own WebClient auto-configuration.
 */
class TalonAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, TalonAutoConfiguration.class));

	@BeforeEach
	void answerEverything() {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
	}

	private ApplicationContextRunner withApiKey() {
		return this.runner.withPropertyValues("talon.base-url=" + talon.baseUrl(),
				"talon.api-key=" + TalonFixtures.API_KEY);
	}

	private static void updateSession(AssertableApplicationContext context) {
		context.getBean(TalonIntegrationClient.class)
			.updateCustomerSession("cart-1", NewCustomerSession.builder().profileId("customer-7").build())
			.block(TIMEOUT);
	}

	@Test
	void createsAWorkingClientWithAnApiKey() {
		withApiKey().run((context) -> {
			assertThat(context).hasSingleBean(TalonIntegrationClient.class)
				.hasSingleBean(WebClientTalonIntegrationClient.class)
				.hasSingleBean(TalonProperties.class);
			updateSession(context);
			talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-1"))
				.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY))
				.withHeader("Content-Signature", absent()));
		});
	}

	@Test
	void createsAWorkingClientWithAContentSignature() {
		this.runner
			.withPropertyValues("talon.base-url=" + talon.baseUrl() + "/", "talon.application-id=42",
					"talon.application-key=" + TalonFixtures.APPLICATION_KEY)
			.run((context) -> {
				updateSession(context);
				talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-1"))
					.withHeader("Content-Signature", matching("signer=42; signature=[0-9a-f]{32}"))
					.withHeader("Authorization", absent()));
			});
	}

	@Test
	void backsOffWhenTheUserDefinesAClient() {
		withApiKey().withUserConfiguration(UserClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(TalonIntegrationClient.class);
			assertThat(context.getBeanNamesForType(TalonIntegrationClient.class)).containsExactly("userTalonClient");
		});
	}

	@Test
	void aUserClientNeedsNoTalonProperties() {
		this.runner.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed().hasBean("userTalonClient"));
	}

	@Test
	void createsNothingWhenDisabled() {
		this.runner.withPropertyValues("talon.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(TalonIntegrationClient.class)
				.doesNotHaveBean(TalonProperties.class);
		});
	}

	static List<Arguments> misconfigurations() {
		String url = "talon.base-url=https://mycompany.talon.one";
		String key = "talon.api-key=" + TalonFixtures.API_KEY;
		return List.of(
				Arguments.of(List.of(key), "talon.base-url", "talon.base-url is not set",
						"Set talon.base-url to the URL of your Talon.One deployment"),
				Arguments.of(List.of(key, "talon.base-url= "), "talon.base-url", "talon.base-url is not set",
						"Set talon.base-url"),
				Arguments.of(List.of(key, "talon.base-url=mycompany.talon.one"), "talon.base-url",
						"talon.base-url 'mycompany.talon.one' is not an absolute http or https URL", "Set talon.base-url"),
				Arguments.of(List.of(key, "talon.base-url=ftp://mycompany.talon.one"), "talon.base-url",
						"'ftp://mycompany.talon.one' is not an absolute http or https URL", "Set talon.base-url"),
				Arguments.of(List.of(key, "talon.base-url=https://my company.talon.one"), "talon.base-url",
						"is not an absolute http or https URL", "Set talon.base-url"),
				Arguments.of(List.of(key, "talon.base-url=https://user:pa55word@mycompany.talon.one"),
						"talon.base-url", "'(a URL with user info)'", "Set talon.base-url"),
				Arguments.of(List.of(url), "talon.api-key", "no Talon.One credentials are set",
						"Set talon.api-key to an Integration API key"),
				Arguments.of(List.of(url, key, "talon.application-id=42"), "talon.api-key",
						"both talon.api-key and talon.application-id/talon.application-key are set",
						"Configure one scheme only"),
				Arguments.of(List.of(url, "talon.application-id=42"), "talon.application-key",
						"talon.application-id is set but talon.application-key is not", "Set talon.application-key"),
				Arguments.of(List.of(url, "talon.application-key=" + TalonFixtures.APPLICATION_KEY),
						"talon.application-id", "talon.application-key is set but talon.application-id is not",
						"Set talon.application-id"),
				Arguments.of(List.of(url, "talon.application-id=42", "talon.application-key=not-hex-s3cr3t"),
						"talon.application-key", "talon.application-key is not valid (applicationKey must be hexadecimal",
						"Set talon.application-key"),
				Arguments.of(List.of(url, "talon.application-id=42", "talon.application-key=abc"),
						"talon.application-key", "even number of digits", "Set talon.application-key"),
				Arguments.of(List.of(url, "talon.api-key=my key s3cr3t"), "talon.api-key",
						"talon.api-key is not a valid API key", "Set talon.api-key"),
				Arguments.of(List.of(url, key, "talon.read-timeout=0s"), "talon.read-timeout",
						"talon.read-timeout must be positive but is PT0S", "Set talon.read-timeout"),
				Arguments.of(List.of(url, key, "talon.connect-timeout=-1s"), "talon.connect-timeout",
						"talon.connect-timeout must be positive", "Set talon.connect-timeout"));
	}

	@ParameterizedTest
	@MethodSource("misconfigurations")
	void misconfigurationFailsAtStartupNamingTheProperty(List<String> properties, String property, String problem,
			String action) {
		this.runner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			FailureAnalysis analysis = new TalonPropertiesFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(((InvalidTalonPropertiesException) analysis.getCause()).getProperty()).isEqualTo(property);
			assertThat(analysis.getDescription()).startsWith("Invalid Talon.One configuration:").contains(problem);
			assertThat(analysis.getAction()).contains(action).endsWith("To run without Talon.One, set talon.enabled=false.");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr3t", "pa55word",
					TalonFixtures.API_KEY, TalonFixtures.APPLICATION_KEY);
		});
	}

	@Test
	void appliesTalonCustomizersInOrderAfterBootsCustomizers() {
		withApiKey().withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			updateSession(context);
			var request = talon.findAll(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-1"))).get(0);
			assertThat(request.getHeader("X-Everywhere")).isEqualTo("boot");
			assertThat(request.header("X-Talon-Only").values()).containsExactly("first", "second");
			// Talon customizers do not leak into the application's other WebClients.
			WebClient other = context.getBean(WebClient.Builder.class).baseUrl(talon.baseUrl()).build();
			other.get().uri("/other").retrieve().toBodilessEntity().block(TIMEOUT);
			assertThat(talon.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/other")))
				.get(0)
				.containsHeader("X-Talon-Only")).isFalse();
		});
	}

	@Test
	void timeoutsApplyToTheTalonClientOnly() {
		talon.stubFor(any(urlEqualTo("/v1/customer_sessions/slow")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)
			.withFixedDelay(800)));
		withApiKey().withPropertyValues("talon.read-timeout=150ms").run((context) -> {
			Mono<?> call = context.getBean(TalonIntegrationClient.class)
				.updateCustomerSession("slow", NewCustomerSession.builder().build());
			assertThatExceptionOfType(TalonTimeoutException.class).isThrownBy(() -> call.block(TIMEOUT))
				.satisfies((ex) -> assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.READ));
			WebClient other = context.getBean(WebClient.Builder.class).baseUrl(talon.baseUrl()).build();
			assertThat(other.put().uri("/v1/customer_sessions/slow").retrieve().toBodilessEntity().block(TIMEOUT)
				.getStatusCode()
				.value()).isEqualTo(200);
		});
	}

	@Test
	void theApplicationsJsonSettingsDoNotChangeTheWireFormat() {
		withApiKey().withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE").run((context) -> {
			context.getBean(TalonIntegrationClient.class)
				.updateCustomerSession("cart-1", TalonFixtures.fullSession())
				.block(TIMEOUT);
			talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-1"))
				.withRequestBody(equalToJson("{\"profileId\": \"customer-7\", \"cartItems\": [{\"sku\": \"COF-1KG\"}, {}]}",
						false, true)));
		});
	}

	@Test
	void propertiesAndClientNeverShowSecrets() {
		this.runner
			.withPropertyValues("talon.base-url=" + talon.baseUrl(), "talon.application-id=42",
					"talon.application-key=" + TalonFixtures.APPLICATION_KEY)
			.run((context) -> {
				assertThat(context.getBean(TalonProperties.class).toString()).contains("applicationKey=******")
					.doesNotContain(TalonFixtures.APPLICATION_KEY);
				assertThat(context.getBean(TalonIntegrationClient.class).toString())
					.doesNotContain(TalonFixtures.APPLICATION_KEY);
			});
		withApiKey().run((context) -> {
			assertThat(context.getBean(TalonProperties.class).toString()).contains("apiKey=******")
				.doesNotContain(TalonFixtures.API_KEY);
			assertThat(context.getBean(TalonIntegrationClient.class).toString()).doesNotContain(TalonFixtures.API_KEY);
		});
	}

	@Test
	void bindsTimeouts() {
		withApiKey().withPropertyValues("talon.connect-timeout=250ms", "talon.read-timeout=2s").run((context) -> {
			TalonProperties properties = context.getBean(TalonProperties.class);
			assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofMillis(250));
			assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(2));
		});
		withApiKey().run((context) -> {
			TalonProperties properties = context.getBean(TalonProperties.class);
			assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(properties.getTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(3);
			assertThat(properties.getSessionUpdates().isCoalesce()).isFalse();
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		TalonIntegrationClient userTalonClient() {
			return new WebClientTalonIntegrationClient(WebClient.builder(),
					java.net.URI.create("https://mycompany.talon.one"), TalonCredentials.apiKey("test-user-key"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		WebClientCustomizer everywhere() {
			return (builder) -> builder.defaultHeader("X-Everywhere", "boot");
		}

		@Bean
		@Order(2)
		TalonWebClientCustomizer second() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.add("X-Talon-Only", "second"));
		}

		@Bean
		@Order(1)
		TalonWebClientCustomizer first() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.add("X-Talon-Only", "first"));
		}

	}

}
