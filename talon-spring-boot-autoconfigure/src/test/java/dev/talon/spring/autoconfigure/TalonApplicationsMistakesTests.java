package dev.talon.spring.autoconfigure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.PropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users got wrong with several Talon.One Applications, found by trying it as a new user would: secrets in
 * environment variables of any name shown by {@code /actuator/env}, a tenant client of one's own that silently removed
 * the configured one, an ambiguity report that blamed a missing default for another cause, Application names that an
 * environment variable cannot address, and Applications declared without settings.
 */
class TalonApplicationsMistakesTests {

	private static final String KEY = "top-secret-key-7f3a";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, TalonAutoConfiguration.class));

	@Test
	void everyTalonSecretShownByTheEnvEndpointIsMaskedWhateverItsForm() {
		this.runner
			.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=${VAULT_TALON_KEY}",
					"VAULT_TALON_KEY=" + KEY)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SanitizingFunction function = context.getBean("talonSanitizingFunction", SanitizingFunction.class);
				PropertySource<?> environmentVariables = new MapPropertySource("systemEnvironment", java.util.Map.of());
				for (String key : new String[] { "TALON_API_KEY", "TALON_EU_API_KEY", "TALON_UK_API_KEY",
						"TALON_APPLICATIONS_EU_API_KEY", "TALON_APPLICATIONS_EU_APIKEY",
						"TALON_APPLICATIONS_UK_APPLICATION_KEY", "TALON_PROXY_PASSWORD",
						"TALON_APPLICATIONS_EU_PROXY_PASSWORD", "talon.applications.eu.api-key",
						"talon.applications[eu].application-key", "talon.proxy.password", "VAULT_TALON_KEY" }) {
					assertThat(function.applyUnlessFiltered(new SanitizableData(environmentVariables, key, KEY)).getValue())
						.as(key)
						.isEqualTo(SanitizableData.SANITIZED_VALUE);
				}
				for (String key : new String[] { "TALON_BASE_URL", "talon.timeout", "TALON_APPLICATIONS_EU_BASEURL",
						"SOME_OTHER_API_KEY", "talon.proxy.user" }) {
					assertThat(function.applyUnlessFiltered(new SanitizableData(environmentVariables, key, "value")).getValue())
						.as(key)
						.isEqualTo("value");
				}
			});
	}

	@Test
	void whatASecretRefersToIsMaskedAsSpringResolvesItAndThroughChains() {
		this.runner
			.withPropertyValues("talon.base-url=https://mycompany.talon.one",
					"talon.api-key=${vault.eu.key}${vault.uk-key}${vault.list[0]}", "vault.eu.key=${EU_REF}",
					"EU_REF=${EU_REAL}", "EU_REAL=" + KEY, "vault.uk-key=", "vault.list[0]=")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SanitizingFunction function = context.getBean("talonSanitizingFunction", SanitizingFunction.class);
				PropertySource<?> environmentVariables = new MapPropertySource("systemEnvironment", java.util.Map.of());
				for (String key : new String[] { "vault.eu.key", "VAULT_EU_KEY", "EU_REF", "EU_REAL", "VAULT_UKKEY",
						"VAULT_UK_KEY", "VAULT_LIST_0" }) {
					assertThat(function.applyUnlessFiltered(new SanitizableData(environmentVariables, key, KEY))
						.getValue()).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
				}
			});
	}

	@Test
	void jsonThatSetsTalonSecretsInOneVariableIsMasked() {
		this.runner.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=" + KEY)
			.run((context) -> {
				SanitizingFunction function = context.getBean("talonSanitizingFunction", SanitizingFunction.class);
				PropertySource<?> environmentVariables = new MapPropertySource("systemEnvironment", java.util.Map.of());
				String json = "{\"talon\":{\"applications\":{\"fr\":{\"api-key\":\"" + KEY + "\"}}}}";
				assertThat(function
					.applyUnlessFiltered(new SanitizableData(environmentVariables, "SPRING_APPLICATION_JSON", json))
					.getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
				String other = "{\"server\":{\"port\":8081}}";
				assertThat(function
					.applyUnlessFiltered(new SanitizableData(environmentVariables, "SPRING_APPLICATION_JSON", other))
					.getValue()).isEqualTo(other);
			});
	}

	@Test
	void theEnvironmentIsReadOnceForManyKeysNotOncePerKey() {
		CountingPropertySource variables = new CountingPropertySource();
		this.runner.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=" + KEY)
			.withInitializer((context) -> context.getEnvironment().getPropertySources().addLast(variables))
			.run((context) -> {
				SanitizingFunction function = context.getBean("talonSanitizingFunction", SanitizingFunction.class);
				int before = variables.namesRead.get();
				for (int i = 0; i < 3000; i++) {
					function.applyUnlessFiltered(new SanitizableData(variables, "VARIABLE_" + i, "value"));
				}
				assertThat(variables.namesRead.get() - before).as("reads of the environment for 3000 keys")
					.isLessThanOrEqualTo(2);
			});
	}

	@Test
	void aClientWithAQualifierAnnotationOfItsOwnStandsBesideTheConfiguredOne() {
		this.runner.withUserConfiguration(AnnotatedTenantClient.class, UnqualifiedClientUser.class)
			.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=" + KEY)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean("talonIntegrationClient").hasBean("tenant8");
				assertThat(context.getBean(UnqualifiedClientUser.class).client)
					.isSameAs(context.getBean("talonIntegrationClient"));
				assertThat(context.getBean(TalonClients.class).names()).as("by the name its builder was given")
					.containsExactly("default", "tenant-8");
			});
	}

	@Test
	void aPrimaryClientOfOnesOwnIsTheDefaultAndTheConfiguredOneStaysBesideIt() {
		this.runner.withUserConfiguration(PrimaryTenantClient.class, UnqualifiedClientUser.class)
			.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=" + KEY)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean("talonIntegrationClient").hasBean("tenant9");
				assertThat(context.getBean(UnqualifiedClientUser.class).client).isSameAs(context.getBean("tenant9"));
			});
	}

	@Test
	void severalApplicationsWithoutADefaultAreReportedAsSuchBesideAClientOfOnesOwn() {
		euAndUk().withUserConfiguration(TenantClient.class, UnqualifiedClientUser.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new TalonAmbiguousClientFailureAnalyzer(euAndUkEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis).as("the report of %s", context.getStartupFailure()).isNotNull();
			assertThat(analysis.getDescription()).contains("none is the default");
			assertThat(analysis.getAction()).startsWith("Set talon.default-application");
		});
	}

	@Test
	void anApplicationWithOnlySettingsThisStarterDoesNotKnowIsReported() {
		// the environment variable TALON_APPLICATIONS_EU_WEST_BASEURL meant for eu-west, and a misspelt key
		this.runner
			.withPropertyValues("talon.base-url=https://mycompany.talon.one",
					"talon.applications.eu-west.api-key=" + KEY, "talon.applications.eu.west.baseurl=https://x")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidTalonPropertiesException.class)
				.hasMessageContaining("talon.applications.eu has no setting this starter knows "
						+ "(only talon.applications.eu.west.baseurl)")
				.hasMessageContaining("cannot address an Application named with '-' or '_'"));
		this.runner.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.applications.eu.api-kye=k")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidTalonPropertiesException.class)
				.hasMessageContaining("talon.applications.eu has no setting this starter knows "
						+ "(only talon.applications.eu.api-kye)"));
	}

	@Test
	void aTenantClientOfOnesOwnStandsBesideTheConfiguredOneWhichStaysPrimary() {
		this.runner.withUserConfiguration(TenantClient.class, UnqualifiedClientUser.class)
			.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=" + KEY)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean("talonIntegrationClient").hasBean("tenant7");
				assertThat(context.getBean(UnqualifiedClientUser.class).client)
					.isSameAs(context.getBean("talonIntegrationClient"));
				assertThat(context.getBean(TalonClients.class).names()).containsExactly("default", "tenant-7");
			});
	}

	@Test
	void withOnlyTenantClientsAndNothingConfiguredTheConfiguredClientBacksOff() {
		this.runner.withUserConfiguration(TenantClient.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("talonIntegrationClient")
				.hasSingleBean(TalonIntegrationClient.class));
	}

	@Test
	void anUnqualifiedClientOfOnesOwnReplacesTheConfiguredOne() {
		this.runner.withUserConfiguration(UnqualifiedClient.class)
			.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=" + KEY)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("talonIntegrationClient")
				.hasSingleBean(TalonIntegrationClient.class));
	}

	@Test
	void twoClientsWithTheSameQualifierAreReportedAsSuchNotAsAMissingDefault() {
		euAndUk().withUserConfiguration(SecondEuClient.class, EuClientUser.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new TalonAmbiguousClientFailureAnalyzer(euAndUkEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis).as("the report of %s", context.getStartupFailure()).isNotNull();
			assertThat(analysis.getDescription()).doesNotContain("none is the default")
				.contains("2 TalonIntegrationClient beans were found (")
				.contains("myEu")
				.contains("euTalonIntegrationClient");
			assertThat(analysis.getAction()).contains("two clients with the same qualifier are ambiguous")
				.contains("euTalonIntegrationClient, replaces that client instead");
		});
	}

	@Test
	void twoPrimaryClientsAreReportedAsSuch() {
		euAndUk().withUserConfiguration(PrimaryEuClient.class, UnqualifiedClientUser.class)
			.withPropertyValues("talon.default-application=uk")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new TalonAmbiguousClientFailureAnalyzer(
						euAndUkEnvironment().withProperty("talon.default-application", "uk"))
					.analyze(context.getStartupFailure());
				assertThat(analysis).as("the report of %s", context.getStartupFailure()).isNotNull();
				assertThat(analysis.getDescription()).doesNotContain("none is the default")
					.contains("more than one TalonIntegrationClient bean is primary");
				assertThat(analysis.getAction()).contains("remove @Primary")
					.contains("talon.default-application (uk) already makes that Application's client primary");
			});
	}

	@Test
	void namesThatOnlyDifferInCaseDashOrUnderscoreStopTheApplication() {
		for (String[] names : new String[][] { { "eu-west", "euwest" }, { "eu", "EU" }, { "eu_west", "EU-WEST" } }) {
			this.runner
				.withPropertyValues("talon.base-url=https://mycompany.talon.one",
						"talon.applications." + names[0] + ".api-key=" + KEY,
						"talon.applications." + names[1] + ".api-key=" + KEY)
				.run((context) -> {
					assertThat(context).hasFailed();
					assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
						.isInstanceOf(InvalidTalonPropertiesException.class)
						.hasMessageContaining("differ only in case, '-' or '_'")
						.hasMessageContaining("name it in lower-case letters and digits only")
						.hasMessageNotContaining(KEY);
				});
		}
	}

	@Test
	void anApplicationDeclaredWithoutSettingsStopsTheApplicationWithAReport() {
		this.runner.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.applications.eu=",
				"talon.applications.uk.api-key=" + KEY)
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidTalonPropertiesException.class)
				.hasMessageContaining("talon.applications.eu is declared without any setting under it")
				.hasMessageContaining("such as talon.applications.eu.api-key"));
		this.runner.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.applications=")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidTalonPropertiesException.class)
				.hasMessageContaining("talon.applications is set to a value"));
	}

	private static MockEnvironment euAndUkEnvironment() {
		return new MockEnvironment().withProperty("talon.applications.eu.api-key", KEY)
			.withProperty("talon.applications.uk.api-key", KEY);
	}

	private ApplicationContextRunner euAndUk() {
		return this.runner.withPropertyValues("talon.base-url=https://mycompany.talon.one",
				"talon.applications.eu.api-key=" + KEY, "talon.applications.uk.api-key=" + KEY);
	}

	private static WebClientTalonIntegrationClient client() {
		return new WebClientTalonIntegrationClient(WebClient.builder(), URI.create("https://tenant.talon.one"),
				TalonCredentials.apiKey(KEY));
	}

	@Configuration(proxyBeanMethods = false)
	static class TenantClient {

		@Bean
		@Qualifier("tenant-7")
		TalonIntegrationClient tenant7(TalonClientFactory talon) {
			return talon.builder("tenant-7", TalonConnectionDetails.of(URI.create("https://tenant.talon.one"),
					TalonCredentials.apiKey(KEY)))
				.build();
		}

	}

	@Target({ ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER, ElementType.FIELD })
	@Retention(RetentionPolicy.RUNTIME)
	@Qualifier
	@interface Tenant8 {

	}

	@Configuration(proxyBeanMethods = false)
	static class AnnotatedTenantClient {

		@Bean
		@Tenant8
		TalonIntegrationClient tenant8(TalonClientFactory talon) {
			return talon.builder("tenant-8", TalonConnectionDetails.of(URI.create("https://tenant.talon.one"),
					TalonCredentials.apiKey(KEY)))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PrimaryTenantClient {

		@Bean
		@Primary
		@Qualifier("tenant-9")
		TalonIntegrationClient tenant9() {
			return client();
		}

	}

	/** Environment variables that count how often their names are read. */
	static final class CountingPropertySource extends EnumerablePropertySource<Object> {

		final AtomicInteger namesRead = new AtomicInteger();

		CountingPropertySource() {
			super("counting", new Object());
		}

		@Override
		public String[] getPropertyNames() {
			this.namesRead.incrementAndGet();
			String[] names = new String[3000];
			for (int i = 0; i < names.length; i++) {
				names[i] = "VARIABLE_" + i;
			}
			return names;
		}

		@Override
		public Object getProperty(String name) {
			return name.startsWith("VARIABLE_") ? "value" : null;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnqualifiedClient {

		@Bean
		TalonIntegrationClient myClient() {
			return client();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SecondEuClient {

		@Bean
		@Qualifier("eu")
		TalonIntegrationClient myEu() {
			return client();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PrimaryEuClient {

		@Bean
		@Primary
		TalonIntegrationClient euTalonIntegrationClient() {
			return client();
		}

	}

	static class UnqualifiedClientUser {

		final TalonIntegrationClient client;

		UnqualifiedClientUser(TalonIntegrationClient client) {
			this.client = client;
		}

	}

	static class EuClientUser {

		EuClientUser(@Qualifier("eu") TalonIntegrationClient client) {
		}

	}

}
