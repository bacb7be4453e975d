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
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
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
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;
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

	/**
	 * Each misconfiguration: the properties, the property named, a part of the description, a part of the action, and
	 * whether a setting is missing (then the action also says how to start without Talon.One).
	 */
	static List<Arguments> misconfigurations() {
		String url = "talon.base-url=https://mycompany.talon.one";
		String key = "talon.api-key=" + TalonFixtures.API_KEY;
		String id = "talon.application-id=42";
		String appKey = "talon.application-key=" + TalonFixtures.APPLICATION_KEY;
		return List.of(
				// base URL
				Arguments.of(List.of(key), "talon.base-url", "talon.base-url is not set",
						"Set talon.base-url to the URL of your Talon.One deployment", true),
				Arguments.of(List.of(key, "talon.base-url= "), "talon.base-url", "talon.base-url is not set",
						"Set talon.base-url", true),
				Arguments.of(List.of(key, "talon.base-url=mycompany.talon.one"), "talon.base-url",
						"talon.base-url 'mycompany.talon.one' is not an absolute http or https URL", "Set talon.base-url",
						false),
				Arguments.of(List.of(key, "talon.base-url=ftp://mycompany.talon.one"), "talon.base-url",
						"'ftp://mycompany.talon.one' is not an absolute http or https URL", "Set talon.base-url", false),
				Arguments.of(List.of(key, "talon.base-url=https://my company.talon.one"), "talon.base-url",
						"is not an absolute http or https URL", "Set talon.base-url", false),
				Arguments.of(List.of(key, "talon.base-url=https://user:pa55word@mycompany.talon.one"),
						"talon.base-url", "'(a URL with user info)'", "Set talon.base-url", false),
				// base URL with the API version, which every path already starts with
				Arguments.of(List.of(key, "talon.base-url=https://mycompany.talon.one/v1"), "talon.base-url",
						"talon.base-url 'https://mycompany.talon.one/v1' ends with the API version /v1, but the client "
								+ "adds the version to each operation's path itself (/v1/customer_sessions/...), so every "
								+ "call would go to /v1/v1/... and fail with a 404",
						"Drop /v1 from talon.base-url: set it to https://mycompany.talon.one.", false),
				Arguments.of(List.of(key, "talon.base-url=https://mycompany.talon.one/v1/"), "talon.base-url",
						"ends with the API version /v1,", "set it to https://mycompany.talon.one.", false),
				Arguments.of(List.of(key, "talon.base-url=https://mycompany.talon.one/v1//"), "talon.base-url",
						"ends with the API version /v1,", "set it to https://mycompany.talon.one.", false),
				Arguments.of(List.of(key, "talon.base-url=https://mycompany.talon.one/v2/"), "talon.base-url",
						"ends with the API version /v2,", "Drop /v2 from talon.base-url: set it to "
								+ "https://mycompany.talon.one.", false),
				Arguments.of(List.of(key, "talon.base-url=http://localhost:8090/V3"), "talon.base-url",
						"ends with the API version /V3,", "set it to http://localhost:8090.", false),
				Arguments.of(List.of(key, "talon.base-url=https://gateway.example.com/talon/v1"), "talon.base-url",
						"would go to /v1/v1/...", "set it to https://gateway.example.com/talon.", false),
				// unresolved placeholders in every text property: named with the variable, never with the value
				Arguments.of(List.of(url, "talon.api-key=${TALON_TEST_UNSET_API_KEY}"), "talon.api-key",
						"talon.api-key refers to ${TALON_TEST_UNSET_API_KEY}, but TALON_TEST_UNSET_API_KEY is not set",
						"Set the environment variable TALON_TEST_UNSET_API_KEY (or a system or application property of "
								+ "that name), or set talon.api-key directly.",
						true),
				Arguments.of(List.of(url, "talon.api-key=s3cr3t${TALON_TEST_UNSET_SUFFIX}"), "talon.api-key",
						"talon.api-key refers to ${TALON_TEST_UNSET_SUFFIX}, but TALON_TEST_UNSET_SUFFIX is not set",
						"Set the environment variable TALON_TEST_UNSET_SUFFIX", true),
				Arguments.of(List.of(key, "talon.base-url=https://${TALON_TEST_UNSET_HOST}.talon.one"),
						"talon.base-url", "talon.base-url refers to ${TALON_TEST_UNSET_HOST}, but "
								+ "TALON_TEST_UNSET_HOST is not set",
						"Set the environment variable TALON_TEST_UNSET_HOST", true),
				Arguments.of(List.of(url, "talon.application-id=${TALON_TEST_UNSET_ID}", appKey),
						"talon.application-id", "talon.application-id refers to ${TALON_TEST_UNSET_ID}",
						"or set talon.application-id directly", true),
				Arguments.of(List.of(url, id, "talon.application-key=${TALON_TEST_UNSET_KEY1}${TALON_TEST_UNSET_KEY2}"),
						"talon.application-key", "talon.application-key refers to ${TALON_TEST_UNSET_KEY1} and "
								+ "${TALON_TEST_UNSET_KEY2}, but TALON_TEST_UNSET_KEY1 and TALON_TEST_UNSET_KEY2 are not set",
						"Set the environment variables TALON_TEST_UNSET_KEY1 and TALON_TEST_UNSET_KEY2 (or a system or "
								+ "application property of those names)",
						true),
				// a default that is itself an unresolved placeholder: Boot leaves the default's placeholder
				Arguments.of(List.of(url, id, "talon.application-key=${TALON_TEST_UNSET_KEY:${TALON_TEST_UNSET_OLD_KEY}}"),
						"talon.application-key", "refers to ${TALON_TEST_UNSET_OLD_KEY}, but TALON_TEST_UNSET_OLD_KEY is",
						"Set the environment variable TALON_TEST_UNSET_OLD_KEY", true),
				// credentials
				Arguments.of(List.of(url), "talon.api-key", "no Talon.One credentials are set",
						"Set talon.api-key to an Integration API key", true),
				Arguments.of(List.of(url, key, id), "talon.api-key",
						"both talon.api-key and talon.application-id/talon.application-key are set",
						"Configure one scheme only", false),
				Arguments.of(List.of(url, id), "talon.application-key",
						"talon.application-id is set but talon.application-key is not", "Set talon.application-key",
						true),
				Arguments.of(List.of(url, appKey), "talon.application-id",
						"talon.application-key is set but talon.application-id is not", "Set talon.application-id",
						true),
				Arguments.of(List.of(url, id, "talon.application-key=not-hex-s3cr3t"), "talon.application-key",
						"talon.application-key is not valid (applicationKey must be hexadecimal",
						"Set talon.application-key", false),
				Arguments.of(List.of(url, id, "talon.application-key=abc"), "talon.application-key",
						"even number of digits", "Set talon.application-key", false),
				Arguments.of(List.of(url, "talon.api-key=my key s3cr3t"), "talon.api-key",
						"talon.api-key is not a valid API key", "Set talon.api-key", false),
				// application ids are positive integers
				Arguments.of(List.of(url, "talon.application-id=-5", appKey), "talon.application-id",
						"talon.application-id is not valid (applicationId must be a positive integer, the id of a "
								+ "Talon.One Application such as 42, but was '-5')",
						"Set talon.application-id to the id of the Talon.One Application the key belongs to", false),
				Arguments.of(List.of(url, "talon.application-id=0", appKey), "talon.application-id",
						"but was '0'", "Set talon.application-id", false),
				Arguments.of(List.of(url, "talon.application-id=shop-eu", appKey), "talon.application-id",
						"but was 'shop-eu'", "Set talon.application-id", false),
				Arguments.of(List.of(url, "talon.application-id=4.2", appKey), "talon.application-id",
						"but was '4.2'", "Set talon.application-id", false),
				Arguments.of(List.of(url, "talon.application-id=99999999999999999999", appKey), "talon.application-id",
						"must be a positive integer", "Set talon.application-id", false),
				// timeouts so short that no call can succeed: a bare number is milliseconds
				Arguments.of(List.of(url, key, "talon.timeout=5"), "talon.timeout",
						"talon.timeout is 5ms, but no call to Talon.One completes in less than 10ms (a number without a "
								+ "unit is read as milliseconds: talon.timeout=5 means 5ms)",
						"Set talon.timeout to at least 10ms and write the unit, such as 5s or 500ms.", false),
				Arguments.of(List.of(url, key, "talon.read-timeout=2"), "talon.read-timeout",
						"talon.read-timeout is 2ms, but no call", "Set talon.read-timeout to at least 10ms", false),
				Arguments.of(List.of(url, key, "talon.connect-timeout=9ms"), "talon.connect-timeout",
						"talon.connect-timeout is 9ms", "Set talon.connect-timeout to at least 10ms", false),
				Arguments.of(List.of(url, key, "talon.read-timeout=0s"), "talon.read-timeout",
						"talon.read-timeout is 0ms, but a timeout must be at least 10ms", "Set talon.read-timeout", false),
				Arguments.of(List.of(url, key, "talon.connect-timeout=-1s"), "talon.connect-timeout",
						"talon.connect-timeout is -1s, but a timeout must be at least 10ms", "Set talon.connect-timeout",
						false),
				// a call bound shorter than one attempt's
				Arguments.of(List.of(url, key, "talon.timeout=1s"), "talon.timeout",
						"talon.timeout (1s) is shorter than talon.read-timeout (2s): it bounds the whole call, so it "
								+ "would end every slow attempt first, and no retry could follow",
						"Set talon.timeout above talon.read-timeout (the defaults are 5s and 2s), or lower "
								+ "talon.read-timeout.",
						false),
				Arguments.of(List.of(url, key, "talon.timeout=1500ms", "talon.read-timeout=1s", "talon.connect-timeout=2s"),
						"talon.timeout", "talon.timeout (1500ms) is shorter than talon.connect-timeout (2s)",
						"Set talon.timeout above talon.connect-timeout", false),
				// retries
				Arguments.of(List.of(url, key, "talon.retry.max-attempts=0"), "talon.retry.max-attempts",
						"talon.retry.max-attempts must be at least 1 but is 0", "or talon.retry.enabled=false", false),
				Arguments.of(List.of(url, key, "talon.retry.initial-backoff=-1ms"), "talon.retry.initial-backoff",
						"talon.retry.initial-backoff must not be negative but is -1ms", "Set talon.retry.initial-backoff",
						false),
				Arguments.of(List.of(url, key, "talon.retry.initial-backoff=2s"), "talon.retry.max-backoff",
						"talon.retry.max-backoff (1s) is shorter than talon.retry.initial-backoff (2s)",
						"Set talon.retry.max-backoff to at least talon.retry.initial-backoff.", false),
				// a bare number is milliseconds, and Retry-After comes in whole seconds
				Arguments.of(List.of(url, key, "talon.retry.max-retry-after=2"), "talon.retry.max-retry-after",
						"talon.retry.max-retry-after is 2ms, but Talon.One gives Retry-After in whole seconds",
						"Set talon.retry.max-retry-after to a duration with a unit, such as 2s, or to 0", false));
	}

	@ParameterizedTest
	@MethodSource("misconfigurations")
	void misconfigurationFailsAtStartupNamingTheProperty(List<String> properties, String property, String problem,
			String action, boolean missing) {
		this.runner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			FailureAnalysis analysis = new TalonPropertiesFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(((InvalidTalonPropertiesException) analysis.getCause()).getProperty()).isEqualTo(property);
			assertThat(analysis.getDescription()).startsWith("Invalid Talon.One configuration:").contains(problem);
			assertThat(analysis.getAction()).contains(action);
			if (missing) {
				assertThat(analysis.getAction()).endsWith(TalonPropertiesFailureAnalyzer.WITHOUT_TALON);
			}
			else {
				assertThat(analysis.getAction()).doesNotContain("talon.enabled");
			}
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr3t", "pa55word",
					TalonFixtures.API_KEY, TalonFixtures.APPLICATION_KEY);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "/talon", "/talon/", "/v1-gateway", "/api/version1" })
	void aBaseUrlWithAPathPrefixOtherThanAVersionKeepsIt(String prefix) {
		this.runner
			.withPropertyValues("talon.base-url=" + talon.baseUrl() + prefix, "talon.api-key=" + TalonFixtures.API_KEY)
			.run((context) -> {
				updateSession(context);
				String path = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
				talon.verify(putRequestedFor(urlEqualTo(path + "/v1/customer_sessions/cart-1")));
			});
	}

	@Test
	void timeoutsAtTheirLimitsAreAccepted() {
		withApiKey()
			.withPropertyValues("talon.connect-timeout=10ms", "talon.read-timeout=10ms", "talon.timeout=10ms")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TalonIntegrationClient.class));
		withApiKey().withPropertyValues("talon.read-timeout=3s", "talon.timeout=3s")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TalonIntegrationClient.class));
	}

	@Test
	void anUnresolvedPlaceholderInADurationIsReportedWithTheVariable() {
		withApiKey().withPropertyValues("talon.timeout=${TALON_TEST_UNSET_TIMEOUT}").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new TalonPlaceholderFailureAnalyzer(new StandardEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getCause()).isInstanceOf(BindException.class);
			assertThat(analysis.getDescription()).isEqualTo("Invalid Talon.One configuration: talon.timeout refers to "
					+ "${TALON_TEST_UNSET_TIMEOUT}, but TALON_TEST_UNSET_TIMEOUT is not set.");
			assertThat(analysis.getAction()).startsWith("Set the environment variable TALON_TEST_UNSET_TIMEOUT")
				.endsWith(TalonPropertiesFailureAnalyzer.WITHOUT_TALON);
		});
	}

	@Test
	void aValueThatFailsToBindForAnotherReasonIsLeftToBoot() {
		withApiKey().withPropertyValues("talon.timeout=five seconds").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(new TalonPlaceholderFailureAnalyzer(new StandardEnvironment())
				.analyze(context.getStartupFailure())).isNull();
		});
	}

	@Test
	void anApplicationThatNeedsTheClientIsToldHowToDoWithoutIt() {
		this.runner.withPropertyValues("talon.enabled=false")
			.withUserConfiguration(ClientUser.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				MockEnvironment environment = new MockEnvironment().withProperty("talon.enabled", "false");
				FailureAnalysis analysis = new TalonDisabledFailureAnalyzer(environment)
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).isEqualTo("Parameter 0 of constructor in "
						+ ClientUser.class.getName() + " requires a TalonIntegrationClient, but talon.enabled=false "
						+ "turned the Talon.One client off.");
				assertThat(analysis.getAction()).startsWith("Where the application can do without Talon.One, inject "
						+ "ObjectProvider<TalonIntegrationClient> (and call getIfAvailable()) or "
						+ "Optional<TalonIntegrationClient> instead.");
				// the client missing for another reason is left to Boot's own report
				assertThat(new TalonDisabledFailureAnalyzer(new MockEnvironment())
					.analyze(context.getStartupFailure())).isNull();
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
	static class ClientUser {

		ClientUser(TalonIntegrationClient client) {
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
