package dev.talon.spring.sample;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An embedded simulator starts exactly for each Talon.One Application that has no base URL, points the Application's
 * client at it and stops with the application: for each of several named Applications (with the rules of its market's
 * currency, logged once without its key), and for the single Application of {@code talon.*}; none for an
 * Application whose connection a {@link TalonConnectionDetails} bean supplies.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedTalonSimulatorConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TalonAutoConfiguration.class))
		.withUserConfiguration(EmbeddedTalonSimulatorConfiguration.class)
		// patient: this may be the first Talon.One call of the test JVM, on a loaded build machine
		.withPropertyValues("talon.read-timeout=10s", "talon.timeout=20s");

	@Test
	void withoutABaseUrlTheClientTalksToTheEmbeddedSimulatorUntilTheApplicationStops() {
		String[] baseUrl = new String[1];
		this.contexts.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(TalonSimulator.class).hasSingleBean(TalonIntegrationClient.class);
			TalonSimulator simulator = context.getBean(TalonSimulator.class);
			baseUrl[0] = simulator.baseUrl();
			assertThat(context.getEnvironment().getProperty("talon.base-url")).isEqualTo(simulator.baseUrl());
			assertThat(context.getEnvironment().getProperty("talon.api-key")).isEqualTo(simulator.config().apiKey())
				.as("a key of this run, not the simulator's well-known default")
				.isNotEqualTo(TalonSimulatorConfig.DEFAULT_API_KEY);
			assertThat(context.getBean(TalonIntegrationClient.class)
				.updateCustomerSession("c-1", NewCustomerSession.builder().build())
				.block(Duration.ofSeconds(30))).isNotNull();
			assertThat(simulator.session("c-1")).isPresent();
		});
		assertThatThrownBy(() -> HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl[0] + "/v1/events")).build(),
					HttpResponse.BodyHandlers.discarding()))
			.as("the simulator stopped with the application")
			.isInstanceOf(ConnectException.class);
	}

	@Test
	void eachNamedApplicationWithoutABaseUrlGetsASimulatorOfItsOwnWithItsMarketsRules() {
		String[] baseUrls = new String[2];
		this.contexts
			.withPropertyValues("talon.default-application=eu", "talon.applications.eu.api-key=${TALON_EU_API_KEY}",
					"talon.applications.uk.api-key=${TALON_UK_API_KEY}", "shop.markets.gb.currency=GBP",
					"shop.markets.gb.application=uk")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeansOfType(TalonSimulator.class)).containsOnlyKeys("euTalonSimulator",
						"ukTalonSimulator");
				TalonSimulator eu = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
						TalonSimulator.class, "eu");
				TalonSimulator uk = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
						TalonSimulator.class, "uk");
				assertThat(context.getBean(TalonSimulator.class)).as("the default Application's").isSameAs(eu);
				baseUrls[0] = eu.baseUrl();
				baseUrls[1] = uk.baseUrl();
				assertThat(eu.config().rules()).isEqualTo(SimulatorRules.forCurrency(ProductCatalog.EUR));
				assertThat(uk.config().rules()).isEqualTo(SimulatorRules.forCurrency(ProductCatalog.GBP))
					.isNotEqualTo(eu.config().rules());
				assertThat(context.getEnvironment().getProperty("talon.applications.uk.base-url"))
					.isEqualTo(uk.baseUrl());
				assertThat(context.getEnvironment().getProperty("talon.applications.uk.api-key"))
					.as("in place of the placeholder")
					.isEqualTo(uk.config().apiKey())
					.isNotEqualTo(eu.config().apiKey());
				context.getBean(TalonClients.class)
					.get("uk")
					.updateCustomerSession("c-uk", NewCustomerSession.builder().build())
					.block(Duration.ofSeconds(30));
				assertThat(uk.session("c-uk")).isPresent();
				assertThat(eu.session("c-uk")).isEmpty();
			});
		for (String baseUrl : baseUrls) {
			assertThatThrownBy(() -> HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/events")).build(),
						HttpResponse.BodyHandlers.discarding()))
				.as("the simulator stopped with the application")
				.isInstanceOf(ConnectException.class);
		}
	}

	@Test
	void eachSimulatorIsLoggedOnceWithItsMarketAndWithoutItsKey(CapturedOutput output) {
		this.contexts
			.withPropertyValues("talon.default-application=eu", "talon.applications.eu.api-key=${TALON_EU_API_KEY}",
					"talon.applications.uk.api-key=${TALON_UK_API_KEY}", "shop.markets.eu.currency=EUR",
					"shop.markets.eu.application=eu", "shop.markets.uk.currency=GBP", "shop.markets.uk.application=uk")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				for (String[] market : new String[][] { { "eu", "EUR" }, { "uk", "GBP" } }) {
					TalonSimulator simulator = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
							TalonSimulator.class, market[0]);
					String line = "Talon.One Application " + market[0] + " has no base URL: started an embedded "
							+ "Talon.One simulator for it at " + simulator.baseUrl() + ", with the rules of its "
							+ market[1] + " market";
					assertThat(output.getAll().split(Pattern.quote(line), -1)).as("occurrences + 1").hasSize(2);
					assertThat(output.getAll()).doesNotContain(simulator.config().apiKey());
				}
			});
	}

	@Test
	void anApplicationWhoseConnectionABeanSuppliesGetsNoSimulator() {
		// as in the shop's tests, whose @AutoConfigureTalonSimulator supplies them
		try (TalonSimulator own = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey("own-key"))) {
			TalonConnectionDetails connection = TalonConnectionDetails.of(URI.create(own.baseUrl()),
					TalonCredentials.apiKey("own-key"));
			this.contexts.withBean(TalonConnectionDetails.class, () -> connection).run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(TalonSimulator.class);
				assertThat(context.getEnvironment().getProperty("talon.base-url")).isNull();
				context.getBean(TalonIntegrationClient.class)
					.updateCustomerSession("c-own", NewCustomerSession.builder().build())
					.block(Duration.ofSeconds(30));
				assertThat(own.session("c-own")).isPresent();
			});
			this.contexts
				.withPropertyValues("talon.default-application=eu",
						"talon.applications.eu.api-key=${TALON_EU_API_KEY}",
						"talon.applications.uk.api-key=${TALON_UK_API_KEY}")
				.withBean("uk", TalonConnectionDetails.class, () -> connection)
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBeansOfType(TalonSimulator.class)).containsOnlyKeys("euTalonSimulator");
					assertThat(context.getEnvironment().getProperty("talon.applications.uk.base-url")).isNull();
					context.getBean(TalonClients.class)
						.get("uk")
						.updateCustomerSession("c-uk", NewCustomerSession.builder().build())
						.block(Duration.ofSeconds(30));
					assertThat(own.session("c-uk")).isPresent();
				});
		}
	}

	@Test
	void aNamedApplicationWithABaseUrlOfItsOwnGetsNoSimulator() {
		this.contexts
			.withPropertyValues("talon.default-application=eu", "talon.applications.eu.base-url=https://eu.talon.one",
					"talon.applications.eu.api-key=real-key", "talon.applications.uk.api-key=${TALON_UK_API_KEY}")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeansOfType(TalonSimulator.class)).containsOnlyKeys("ukTalonSimulator");
				assertThat(context.getEnvironment().getProperty("talon.applications.eu.base-url"))
					.isEqualTo("https://eu.talon.one");
			});
	}

	@Test
	void aKeyWithoutABaseUrlStopsTheShopInsteadOfSilentlyUsingASimulator() {
		// TALON_EU_API_KEY set, TALON_BASE_URL forgotten: the user meant the real Talon.One
		this.contexts
			.withPropertyValues("talon.default-application=eu", "talon.applications.eu.api-key=real-eu-key",
					"talon.applications.uk.api-key=${TALON_UK_API_KEY}")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("talon.applications.eu.api-key is set but talon.applications.eu.base-url "
							+ "is not")
					.hasMessageContaining("Set TALON_BASE_URL")
					.hasMessageNotContaining("real-eu-key");
				assertThat(((InvalidConfigurationPropertyValueException) NestedExceptionUtils
					.getMostSpecificCause(context.getStartupFailure())).getName())
					.isEqualTo("talon.applications.eu.base-url");
			});
		this.contexts.withPropertyValues("talon.api-key=real-key")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining("talon.api-key is set but talon.base-url is not")
				.hasMessageNotContaining("real-key"));
		this.contexts.withPropertyValues("talon.application-key=real-app-key")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining("talon.application-key is set but talon.base-url is not")
				.hasMessageNotContaining("real-app-key"));
	}

	@Test
	void withASharedBaseUrlNoNamedApplicationGetsASimulator() {
		this.contexts
			.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.default-application=eu",
					"talon.applications.eu.api-key=eu-key", "talon.applications.uk.api-key=uk-key")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TalonSimulator.class));
	}

	@Test
	void withABaseUrlNoSimulatorIsStarted() {
		this.contexts.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.api-key=real-key")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TalonSimulator.class));
	}

	@Test
	void whileTheApplicationIsProcessedAheadOfTimeNoSimulatorIsStarted() {
		// spring-boot:process-aot refreshes the context at build time without creating beans: a simulator started
		// then would serve nobody, and its URL must not be what the run sees
		new ApplicationContextRunner().withUserConfiguration(EmbeddedTalonSimulatorConfiguration.class)
			.withSystemProperties(AbstractAotProcessor.AOT_PROCESSING + "=true")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(TalonSimulator.class);
				assertThat(context.getEnvironment().getProperty("talon.base-url")).isNull();
			});
	}

	@Test
	void withTalonDisabledNoSimulatorIsStarted() {
		this.contexts.withPropertyValues("talon.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(TalonSimulator.class)
				.doesNotHaveBean(TalonIntegrationClient.class));
	}

}
