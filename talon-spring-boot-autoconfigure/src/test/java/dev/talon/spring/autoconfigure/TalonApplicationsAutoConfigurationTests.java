package dev.talon.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.TalonCallResult;
import dev.talon.spring.client.TalonClientListener;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonServerErrorException;
import dev.talon.spring.client.TalonTimeoutException;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Several Talon.One Applications from {@code talon.applications.<name>.*} in a real application context with Boot's
 * own WebClient auto-configuration, each Application on a WireMock server of its own: the beans, their names and
 * qualifiers, the default client, the registry of clients by name, inheritance reaching the clients, user-defined
 * clients next to the configured ones, {@link TalonConnectionDetails} beans, and the startup failures that name the
 * full property.
 */
class TalonApplicationsAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String EU_KEY = "eu-api-key-5c1f0a";

	private static final String UK_KEY = "uk-api-key-93be27";

	private static final String US_KEY = "us-api-key-0d6e44";

	@RegisterExtension
	static WireMockExtension eu = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@RegisterExtension
	static WireMockExtension uk = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
				SslAutoConfiguration.class, HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, TalonAutoConfiguration.class));

	@BeforeEach
	void answerEverything() {
		for (WireMockExtension server : List.of(eu, uk)) {
			server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));
		}
	}

	private ApplicationContextRunner euAndUk() {
		return this.runner.withPropertyValues("talon.applications.eu.base-url=" + eu.baseUrl(),
				"talon.applications.eu.api-key=" + EU_KEY, "talon.applications.uk.base-url=" + uk.baseUrl(),
				"talon.applications.uk.api-key=" + UK_KEY);
	}

	private static void updateSession(TalonIntegrationClient client, String cartId) {
		client.updateCustomerSession(cartId, NewCustomerSession.builder().profileId("customer-7").build())
			.block(TIMEOUT);
	}

	private static void eachApplicationReachesItsOwnServerWithItsOwnKey(AssertableApplicationContext context) {
		TalonClients clients = context.getBean(TalonClients.class);
		updateSession(clients.get("eu"), "cart-eu");
		updateSession(clients.get("uk"), "cart-uk");
		eu.verify(1, putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-eu"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + EU_KEY)));
		uk.verify(1, putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-uk"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + UK_KEY)));
	}

	@Test
	void twoApplicationsFromPropertiesGetOneClientEachWithItsOwnUrlAndKey() {
		euAndUk().run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("talonIntegrationClient");
			assertThat(context.getBeanNamesForType(TalonIntegrationClient.class))
				.containsExactly("euTalonIntegrationClient", "ukTalonIntegrationClient");
			assertThat(context.getBean(TalonClients.class).names()).containsExactly("eu", "uk");
			eachApplicationReachesItsOwnServerWithItsOwnKey(context);
			assertThat(eu.getAllServeEvents()).hasSize(1);
			assertThat(uk.getAllServeEvents()).hasSize(1);
		});
	}

	@Test
	void eachClientIsInjectedByItsApplicationsName() {
		euAndUk().withUserConfiguration(QualifiedClientUser.class).run((context) -> {
			QualifiedClientUser user = context.getBean(QualifiedClientUser.class);
			assertThat(user.eu).isSameAs(context.getBean("euTalonIntegrationClient"));
			assertThat(user.uk).isSameAs(context.getBean("ukTalonIntegrationClient"));
			assertThat(user.clients.get("eu")).isSameAs(user.eu);
			assertThat(user.clients.all()).containsOnlyKeys("eu", "uk");
		});
	}

	@Test
	void threeApplicationsWithADefaultInjectTheDefaultWhereNoQualifierIsGiven() {
		euAndUk()
			.withPropertyValues("talon.applications.us.base-url=" + uk.baseUrl(),
					"talon.applications.us.api-key=" + US_KEY, "talon.default-application=uk")
			.withUserConfiguration(UnqualifiedClientUser.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TalonClients.class).names()).containsExactly("eu", "uk", "us");
				assertThat(context.getBean(UnqualifiedClientUser.class).client)
					.isSameAs(context.getBean("ukTalonIntegrationClient"))
					.isSameAs(context.getBean(TalonIntegrationClient.class));
				updateSession(context.getBean(TalonClients.class).get("us"), "cart-us");
				uk.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-us"))
					.withHeader("Authorization", equalTo("ApiKey-v1 " + US_KEY)));
			});
	}

	@Test
	void aSingleNamedApplicationIsTheDefault() {
		this.runner
			.withPropertyValues("talon.applications.eu.base-url=" + eu.baseUrl(),
					"talon.applications.eu.api-key=" + EU_KEY)
			.withUserConfiguration(UnqualifiedClientUser.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(UnqualifiedClientUser.class).client)
					.isSameAs(context.getBean("euTalonIntegrationClient"));
			});
	}

	@Test
	void anAmbiguousInjectionFailsWithAReportThatSaysWhatToSet() {
		euAndUk().withUserConfiguration(UnqualifiedClientUser.class).run((context) -> {
			assertThat(context).hasFailed();
			MockEnvironment environment = new MockEnvironment()
				.withProperty("talon.applications.eu.api-key", EU_KEY)
				.withProperty("talon.applications.uk.api-key", UK_KEY);
			FailureAnalysis analysis = new TalonAmbiguousClientFailureAnalyzer(environment)
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).isEqualTo("Parameter 0 of constructor in "
					+ UnqualifiedClientUser.class.getName() + " requires a single TalonIntegrationClient, but 2 "
					+ "Talon.One Applications are configured (eu, uk) and none is the default.");
			assertThat(analysis.getAction()).isEqualTo("Set talon.default-application to the Application whose "
					+ "client is injected where no qualifier is given (one of eu, uk), inject a particular one with "
					+ "@Qualifier(\"eu\"), or inject TalonClients and pick the client per request with get(name).");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(EU_KEY, UK_KEY);
		});
	}

	@Test
	void twoUserDefinedClientsWithoutADefaultGetAReportToo() {
		this.runner.withUserConfiguration(TwoUserClients.class, UnqualifiedClientUser.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new TalonAmbiguousClientFailureAnalyzer(new MockEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).endsWith("requires a single TalonIntegrationClient, but 2 "
					+ "TalonIntegrationClient beans were found (eu, uk).");
			assertThat(analysis.getAction()).startsWith("Mark the one to inject where no qualifier is given @Primary");
		});
	}

	@Test
	void twoUserDefinedClientsStartAndAreListedByName() {
		// the case: two clients built by hand; the health and metrics auto-configurations must not mind
		this.runner.withUserConfiguration(TwoUserClients.class).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("talonIntegrationClient");
			assertThat(context.getBean(TalonClients.class).names()).containsExactly("eu", "uk");
		});
	}

	@Test
	void theBaseUrlIsInheritedFromTheTopLevelSettings() {
		this.runner
			.withPropertyValues("talon.base-url=" + eu.baseUrl(), "talon.applications.eu.api-key=" + EU_KEY,
					"talon.applications.uk.api-key=" + UK_KEY, "talon.applications.uk.base-url=" + uk.baseUrl())
			.run((context) -> {
				eachApplicationReachesItsOwnServerWithItsOwnKey(context);
			});
	}

	@Test
	void retriesComeFromEachApplicationsSettings() {
		for (WireMockExtension server : List.of(eu, uk)) {
			server.stubFor(put("/v1/customer_sessions/flaky").willReturn(aResponse().withStatus(503)));
		}
		euAndUk()
			.withPropertyValues("talon.retry.max-attempts=1", "talon.applications.eu.retry.max-attempts=3",
					"talon.retry.initial-backoff=5ms", "talon.retry.max-backoff=10ms")
			.run((context) -> {
				TalonClients clients = context.getBean(TalonClients.class);
				for (String application : clients.names()) {
					assertThatExceptionOfType(TalonServerErrorException.class)
						.isThrownBy(() -> updateSession(clients.get(application), "flaky"));
				}
				eu.verify(3, putRequestedFor(urlEqualTo("/v1/customer_sessions/flaky")));
				uk.verify(1, putRequestedFor(urlEqualTo("/v1/customer_sessions/flaky")));
			});
	}

	@Test
	void timeoutsComeFromEachApplicationsSettings() {
		for (WireMockExtension server : List.of(eu, uk)) {
			server.stubFor(put("/v1/customer_sessions/slow").willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)
				.withFixedDelay(800)));
		}
		euAndUk()
			.withPropertyValues("talon.read-timeout=150ms", "talon.retry.enabled=false",
					"talon.applications.eu.read-timeout=5s", "talon.applications.eu.timeout=8s")
			.run((context) -> {
				TalonClients clients = context.getBean(TalonClients.class);
				updateSession(clients.get("eu"), "slow");
				assertThatExceptionOfType(TalonTimeoutException.class)
					.isThrownBy(() -> updateSession(clients.get("uk"), "slow"))
					.satisfies((ex) -> assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.READ));
			});
	}

	@Test
	void aUserDefinedClientJoinsTheConfiguredOnes() {
		euAndUk().withUserConfiguration(LegacyClient.class).run((context) -> {
			assertThat(context).hasNotFailed();
			TalonClients clients = context.getBean(TalonClients.class);
			assertThat(clients.names()).containsExactly("eu", "uk", "legacy");
			assertThat(clients.get("legacy")).isSameAs(context.getBean("legacyTalonClient"));
			assertThat(context.getBean(QualifiedLegacyUser.class).legacy).isSameAs(clients.get("legacy"));
			// the configured Application eu is still the only candidate for its qualifier
			assertThat(context.getBean(QualifiedLegacyUser.class).eu)
				.isSameAs(context.getBean("euTalonIntegrationClient"));
		});
	}

	@Test
	void theClientOfAnApplicationIsReplacedByABeanOfItsName() {
		euAndUk().withUserConfiguration(ReplacedEuClient.class).run((context) -> {
			assertThat(context).hasNotFailed();
			TalonClients clients = context.getBean(TalonClients.class);
			assertThat(clients.names()).containsExactly("eu", "uk");
			assertThat(clients.get("eu")).isSameAs(context.getBean("euTalonIntegrationClient"));
			updateSession(clients.get("eu"), "cart-eu");
			// built by TalonClientFactory#builder("eu"): the Application's connection, plus the user's listener
			eu.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-eu"))
				.withHeader("Authorization", equalTo("ApiKey-v1 " + EU_KEY)));
			assertThat(context.getBean(ReplacedEuClient.class).results).hasSize(1);
		});
	}

	@Test
	void twoClientsOfOneApplicationAreRefused() {
		euAndUk().withUserConfiguration(SecondEuClient.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("both belong to the Talon.One Application 'eu'")
				.hasMessageContaining("qualify each client with a name of its own");
		});
	}

	@Test
	void withoutNamedApplicationsTheSingleClientIsTheApplicationDefault() {
		this.runner.withPropertyValues("talon.base-url=" + eu.baseUrl(), "talon.api-key=" + TalonFixtures.API_KEY)
			.withUserConfiguration(DefaultQualifiedUser.class)
			.run((context) -> {
				assertThat(context.getBeanNamesForType(TalonIntegrationClient.class))
					.containsExactly("talonIntegrationClient");
				assertThat(context.getBean(TalonClients.class).names()).containsExactly("default");
				assertThat(context.getBean(DefaultQualifiedUser.class).client)
					.isSameAs(context.getBean("talonIntegrationClient"));
				assertThat(context.getBean(TalonClientFactory.class).applications()).containsExactly("default");
			});
	}

	@Test
	void withoutActuatorTheClientsWorkAndNothingIsSanitized() {
		euAndUk().withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate")).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("talonSanitizingFunction");
			eachApplicationReachesItsOwnServerWithItsOwnKey(context);
		});
		euAndUk().run((context) -> assertThat(context).hasBean("talonSanitizingFunction"));
	}

	@Test
	void aConnectionDetailsBeanReplacesTheSingleApplicationsProperties() {
		this.runner.withUserConfiguration(SingleConnectionDetails.class).run((context) -> {
			assertThat(context).hasNotFailed();
			updateSession(context.getBean(TalonIntegrationClient.class), "cart-1");
			eu.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-1"))
				.withHeader("Authorization", equalTo("ApiKey-v1 " + EU_KEY)));
			assertThat(context.getBean(TalonConnectionDetails.class).toString()).doesNotContain(EU_KEY);
		});
	}

	@Test
	void connectionDetailsBeansQualifiedByNameReplaceEachApplicationsProperties() {
		this.runner.withUserConfiguration(NamedConnectionDetails.class)
			.withPropertyValues("talon.applications.eu.timeout=3s", "talon.applications.uk.timeout=3s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				eachApplicationReachesItsOwnServerWithItsOwnKey(context);
			});
	}

	@Test
	void theFactoryBuildsClientsOfItsOwnWithAConfiguredApplicationsSettingsOrTheTopLevelOnes() {
		euAndUk().withPropertyValues("talon.timeout=4s", "talon.applications.eu.timeout=3s").run((context) -> {
			TalonClientFactory factory = context.getBean(TalonClientFactory.class);
			assertThat(factory.applications()).containsExactly("eu", "uk");
			TalonConnectionDetails tenant = TalonConnectionDetails.of(URI.create(uk.baseUrl()),
					TalonCredentials.apiKey("tenant-key"));
			assertThat(factory.builder("eu", tenant).build().toString()).contains("application=eu", "timeout=PT3S");
			WebClientTalonIntegrationClient own = factory.builder("tenant-7", tenant).build();
			assertThat(own.toString()).contains("application=tenant-7", "timeout=PT4S");
			updateSession(own, "cart-tenant");
			uk.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-tenant"))
				.withHeader("Authorization", equalTo("ApiKey-v1 tenant-key")));
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> factory.create("fr"))
				.withMessage("No Talon.One Application named 'fr' is configured: the Applications are [eu, uk]");
		});
	}

	/**
	 * Each misconfiguration: the properties, the property named, a part of the description and a part of the action.
	 */
	static Stream<Arguments> misconfigurations() {
		String euUrl = "talon.applications.eu.base-url=https://eu.talon.one";
		String euKey = "talon.applications.eu.api-key=" + EU_KEY;
		String ukUrl = "talon.applications.uk.base-url=https://uk.talon.one";
		String ukKey = "talon.applications.uk.api-key=" + UK_KEY;
		String proxy = "talon.applications.eu.proxy.host=proxy.example.com";
		return Stream.of(
				// credentials and base URL of one Application
				Arguments.of(List.of(euUrl, ukUrl, ukKey), "talon.applications.eu.api-key",
						"no Talon.One credentials are set", "Set talon.applications.eu.api-key to an Integration API key"),
				Arguments.of(List.of(euKey, ukUrl, ukKey), "talon.applications.eu.base-url",
						"talon.applications.eu.base-url is not set", "Set talon.applications.eu.base-url to the URL"),
				Arguments.of(List.of(euKey, ukKey, "talon.applications.eu.base-url=https://eu.talon.one/v1",
						"talon.base-url=https://talon.one"), "talon.applications.eu.base-url",
						"ends with the API version /v1", "Drop /v1 from talon.applications.eu.base-url"),
				// an inherited base URL is named where it is set
				Arguments.of(List.of(euKey, ukKey, "talon.base-url=https://talon.one/v1"), "talon.base-url",
						"talon.base-url 'https://talon.one/v1' ends with the API version /v1", "Drop /v1 from talon.base-url"),
				Arguments.of(List.of(euUrl, ukUrl, ukKey, "talon.applications.eu.application-key=${TALON_TEST_UNSET_EU_KEY}",
						"talon.applications.eu.application-id=42"), "talon.applications.eu.application-key",
						"talon.applications.eu.application-key refers to ${TALON_TEST_UNSET_EU_KEY}",
						"Set the environment variable TALON_TEST_UNSET_EU_KEY"),
				// timeouts and retries, set by the Application or inherited
				Arguments.of(List.of(euUrl, euKey, "talon.applications.eu.timeout=5"), "talon.applications.eu.timeout",
						"talon.applications.eu.timeout is 5ms", "Set talon.applications.eu.timeout to at least 10ms"),
				Arguments.of(List.of(euUrl, euKey, "talon.timeout=5"), "talon.timeout", "talon.timeout is 5ms",
						"Set talon.timeout to at least 10ms"),
				Arguments.of(List.of(euUrl, euKey, "talon.timeout=3s", "talon.applications.eu.read-timeout=4s"),
						"talon.timeout",
						"talon.timeout (3s) is shorter than talon.applications.eu.read-timeout (4s)",
						"Set talon.timeout above talon.applications.eu.read-timeout"),
				Arguments.of(List.of(euUrl, euKey, "talon.applications.eu.retry.max-attempts=0"),
						"talon.applications.eu.retry.max-attempts",
						"talon.applications.eu.retry.max-attempts must be at least 1 but is 0",
						"or talon.applications.eu.retry.enabled=false"),
				// the set of Applications
				Arguments.of(List.of(euUrl, euKey, ukUrl, ukKey, "talon.api-key=" + TalonFixtures.API_KEY),
						"talon.api-key", "talon.api-key is set, but with Applications under talon.applications (eu, uk) "
								+ "each has credentials of its own",
						"Move it to the Application it belongs to, such as talon.applications.eu.api-key"),
				Arguments.of(List.of(euUrl, euKey, ukUrl, ukKey, "talon.default-application=fr"),
						"talon.default-application", "talon.default-application is 'fr', but no Application of that "
								+ "name is configured (the Applications are eu, uk)",
						"Set talon.default-application to one of eu, uk"),
				Arguments.of(List.of("talon.base-url=https://talon.one", "talon.api-key=" + TalonFixtures.API_KEY,
						"talon.default-application=eu"), "talon.default-application",
						"talon.default-application is 'eu', but no Application is configured under talon.applications",
						"such as talon.applications.eu.api-key"),
				Arguments.of(List.of(euUrl, euKey, "talon.applications[e.u].api-key=" + UK_KEY), "talon.applications",
						"has an Application named 'e.u', but a name may only hold letters, digits, '-' and '_'",
						"Rename it"),
				// proxy and SSL bundle of one Application
				Arguments.of(List.of(euUrl, euKey, proxy), "talon.applications.eu.proxy.port",
						"talon.applications.eu.proxy.host is set but talon.applications.eu.proxy.port is not",
						"Set talon.applications.eu.proxy.port"),
				Arguments.of(List.of(euUrl, euKey, "talon.applications.eu.proxy.host=http://proxy.example.com:3128"),
						"talon.applications.eu.proxy.host",
						"'http://proxy.example.com:3128' is not a host name or IP address",
						"Set talon.applications.eu.proxy.host to the proxy's host alone"),
				Arguments.of(List.of(euUrl, euKey, proxy, "talon.applications.eu.proxy.port=70000"),
						"talon.applications.eu.proxy.port", "must be from 1 to 65535 but is 70000", "such as 3128"),
				Arguments.of(List.of(euUrl, euKey, proxy, "talon.applications.eu.proxy.port=3128",
						"talon.applications.eu.proxy.username=shop"), "talon.applications.eu.proxy.password",
						"talon.applications.eu.proxy.username is set but talon.applications.eu.proxy.password is not",
						"Set talon.applications.eu.proxy.password"),
				Arguments.of(List.of(euUrl, euKey, proxy, "talon.applications.eu.proxy.port=3128",
						"talon.applications.eu.proxy.password=pr0xy-s3cr3t"), "talon.applications.eu.proxy.username",
						"talon.applications.eu.proxy.password is set but talon.applications.eu.proxy.username is not",
						"Set talon.applications.eu.proxy.username"),
				Arguments.of(List.of(euUrl, euKey, "talon.proxy.host=proxy.example.com", "talon.proxy.port=3128",
						"talon.proxy.non-proxy-hosts=*"), "talon.proxy.non-proxy-hosts",
						"holds '*', which would match every host", "remove talon.proxy.host"),
				Arguments.of(List.of(euUrl, euKey, proxy, "talon.applications.eu.proxy.port=3128",
						"spring.http.clients.reactive.connector=jdk"), "talon.applications.eu.proxy.host",
						"talon.applications.eu.proxy.host is set, but the HTTP connector is JdkClientHttpConnectorBuilder",
						"Use Reactor Netty (spring.http.clients.reactive.connector=reactor"),
				Arguments.of(List.of(euUrl, euKey, "talon.applications.eu.ssl.bundle=talon-eu"),
						"talon.applications.eu.ssl.bundle",
						"talon.applications.eu.ssl.bundle names the SSL bundle 'talon-eu', which is not defined",
						"Define it under spring.ssl.bundle.jks.talon-eu or spring.ssl.bundle.pem.talon-eu"));
	}

	@ParameterizedTest
	@MethodSource("misconfigurations")
	void misconfigurationOfAnyApplicationFailsAtStartupNamingTheFullProperty(List<String> properties, String property,
			String problem, String action) {
		this.runner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new TalonPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).as("%s", context.getStartupFailure()).isNotNull();
			assertThat(((InvalidTalonPropertiesException) analysis.getCause()).getProperty()).isEqualTo(property);
			assertThat(analysis.getDescription()).startsWith("Invalid Talon.One configuration:").contains(problem);
			assertThat(analysis.getAction()).contains(action);
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(EU_KEY, UK_KEY,
					TalonFixtures.API_KEY, "pr0xy-s3cr3t");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedClientUser {

		final TalonIntegrationClient eu;

		final TalonIntegrationClient uk;

		final TalonClients clients;

		QualifiedClientUser(@Qualifier("eu") TalonIntegrationClient eu, @Qualifier("uk") TalonIntegrationClient uk,
				TalonClients clients) {
			this.eu = eu;
			this.uk = uk;
			this.clients = clients;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnqualifiedClientUser {

		final TalonIntegrationClient client;

		UnqualifiedClientUser(TalonIntegrationClient client) {
			this.client = client;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultQualifiedUser {

		final TalonIntegrationClient client;

		DefaultQualifiedUser(@Qualifier("default") TalonIntegrationClient client) {
			this.client = client;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoUserClients {

		@Bean
		TalonIntegrationClient eu() {
			return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create(eu.baseUrl()),
					TalonCredentials.apiKey(EU_KEY));
		}

		@Bean
		TalonIntegrationClient uk() {
			return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create(uk.baseUrl()),
					TalonCredentials.apiKey(UK_KEY));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LegacyClient {

		@Bean
		@Qualifier("legacy")
		TalonIntegrationClient legacyTalonClient() {
			return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create(uk.baseUrl()),
					TalonCredentials.apiKey("legacy-key"));
		}

		@Bean
		QualifiedLegacyUser qualifiedLegacyUser(@Qualifier("legacy") TalonIntegrationClient legacy,
				@Qualifier("eu") TalonIntegrationClient eu) {
			return new QualifiedLegacyUser(legacy, eu);
		}

	}

	record QualifiedLegacyUser(TalonIntegrationClient legacy, TalonIntegrationClient eu) {
	}

	@Configuration(proxyBeanMethods = false)
	static class ReplacedEuClient {

		final List<TalonCallResult> results = new ArrayList<>();

		@Bean
		TalonIntegrationClient euTalonIntegrationClient(TalonClientFactory factory) {
			TalonClientListener listener = new TalonClientListener() {

				@Override
				public void onCallComplete(TalonCallResult result) {
					ReplacedEuClient.this.results.add(result);
				}

			};
			return factory.builder("eu").listener(listener).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SecondEuClient {

		@Bean
		@Qualifier("eu")
		TalonIntegrationClient anotherEuClient() {
			return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create(eu.baseUrl()),
					TalonCredentials.apiKey(EU_KEY));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SingleConnectionDetails {

		@Bean
		TalonConnectionDetails talonConnectionDetails() {
			return TalonConnectionDetails.of(URI.create(eu.baseUrl()), TalonCredentials.apiKey(EU_KEY));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NamedConnectionDetails {

		@Bean
		@Qualifier("eu")
		TalonConnectionDetails euConnection() {
			return TalonConnectionDetails.of(URI.create(eu.baseUrl()), TalonCredentials.apiKey(EU_KEY));
		}

		@Bean
		TalonConnectionDetails uk() {
			return TalonConnectionDetails.of(URI.create(uk.baseUrl()), TalonCredentials.apiKey(UK_KEY));
		}

	}

}
