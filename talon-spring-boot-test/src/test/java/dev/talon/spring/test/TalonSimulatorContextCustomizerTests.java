package dev.talon.spring.test;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link TalonSimulatorContextCustomizer} registers in a context, and how the context cache and JUnit's resource
 * locks see it; that the simulators' connection details win over the connection properties (saying so) and replace
 * the application's own connection details beans of the simulated Applications.
 */
@ExtendWith(OutputCaptureExtension.class)
class TalonSimulatorContextCustomizerTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final IntegrationRequest CART = IntegrationRequest.of(NewCustomerSessionV2.builder()
		.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("10.00")).build())
		.build());

	private final TalonSimulatorContextCustomizerFactory factory = new TalonSimulatorContextCustomizerFactory();

	@Test
	void onlyAnnotatedTestClassesGetACustomizerAndAllCustomizersAreEqual() {
		assertThat(this.factory.createContextCustomizer(NotAnnotated.class, List.of())).isNull();
		assertThat(this.factory.createContextCustomizer(Annotated.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(AnnotatedToo.class, List.of()))
			.hasSameHashCodeAs(new TalonSimulatorContextCustomizer());
		assertThat(this.factory.createContextCustomizer(Annotated.InANestedClass.class, List.of())).isNotNull();
	}

	@Test
	void theSimulatorStartsWithTheContextAndStopsWithIt() {
		TalonSimulator simulator;
		try (ConfigurableApplicationContext context = start()) {
			simulator = context.getBean(TalonSimulator.class);
			assertThat(context.getBean("talonSimulator")).isSameAs(simulator);
			assertThat(context.getBean(TalonConnectionDetails.class).getBaseUrl())
				.isEqualTo(URI.create(simulator.baseUrl()));
			assertThat(context.getBean(TalonRequests.class)).hasToString("TalonRequests[" + simulator.baseUrl() + "]");
			assertThat(simulator.config().apiKey()).startsWith("test-default-");
		}
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", simulator.port()), 2000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	@Test
	void namedApplicationsWithoutDefaultHaveQualifiedSimulatorsAndNoneIsPrimary() {
		try (ConfigurableApplicationContext context = start("talon.applications.eu.timeout=3s",
				"talon.applications.uk.timeout=3s")) {
			assertThat(context.getBeansOfType(TalonSimulator.class)).containsOnlyKeys("euTalonSimulator",
					"ukTalonSimulator");
			assertThat(context.getBeanProvider(TalonSimulator.class).getIfUnique()).isNull();
			TalonSimulator uk = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
					TalonSimulator.class, "uk");
			TalonConnectionDetails ukConnection = BeanFactoryAnnotationUtils
				.qualifiedBeanOfType(context.getBeanFactory(), TalonConnectionDetails.class, "uk");
			assertThat(ukConnection.getBaseUrl()).isEqualTo(URI.create(uk.baseUrl()));
			assertThat(context.getBeansOfType(TalonRequests.class)).containsOnlyKeys("euTalonRequests",
					"ukTalonRequests");
		}
	}

	@Test
	void classesOfOneContextConfigurationShareALockAndOthersDoNot() {
		assertThat(TalonSimulatorResourceLocks.lockOf(Annotated.class))
			.isEqualTo(TalonSimulatorResourceLocks.lockOf(AnnotatedToo.class))
			.isNotEqualTo(TalonSimulatorResourceLocks.lockOf(AnnotatedOtherwise.class))
			.singleElement()
			.satisfies((lock) -> assertThat(lock.getKey()).startsWith(TalonSimulatorResourceLocks.KEY_PREFIX));
	}

	@Test
	void aBaseUrlOfThePropertiesIsNotUsedAndALineSaysSo(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(List.of(WithClient.class),
				"talon.base-url=https://mycompany.europe-west1.talon.one", "talon.api-key=real-key")) {
			TalonSimulator simulator = context.getBean(TalonSimulator.class);

			context.getBean(TalonIntegrationClient.class).updateCustomerSessionV2("c-1", CART).block(WAIT);

			assertThat(simulator.session("c-1")).isPresent();
			assertThat(output).contains("@AutoConfigureTalonSimulator: the Talon.One Application 'default' talks to "
					+ "the simulator at " + simulator.baseUrl() + ", not to the base URL of talon.base-url: the "
					+ "simulator's connection details win over the talon.* connection properties")
				.doesNotContain("real-key");
		}
	}

	@Test
	void theBaseUrlOfANamedApplicationOwnOrInheritedIsNotUsedEither(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(List.of(WithClient.class),
				"talon.base-url=${TALON_BASE_URL}", "talon.applications.eu.base-url=https://eu.talon.one",
				"talon.applications.eu.api-key=${TALON_EU_API_KEY}", "talon.applications.uk.api-key=uk-key",
				"talon.applications.nl.api-key=nl-key", "talon.default-application=eu")) {
			TalonSimulator uk = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
					TalonSimulator.class, "uk");

			context.getBean(TalonClients.class).get("uk").updateCustomerSessionV2("c-uk", CART).block(WAIT);

			assertThat(uk.session("c-uk")).isPresent();
			assertThat(output).contains("Application 'eu' talks to the simulator at ")
				.contains(", not to the base URL of talon.applications.eu.base-url: ")
				.contains("Application 'uk' talks to the simulator at " + uk.baseUrl()
						+ ", not to the base URL of talon.base-url: ")
				.doesNotContain("uk-key");
		}
		int before = output.getAll().length();
		try (ConfigurableApplicationContext context = start(List.of(WithClient.class),
				"talon.applications.eu.api-key=eu-key")) {
			context.getBean(TalonIntegrationClient.class).updateCustomerSessionV2("c-2", CART).block(WAIT);
			assertThat(output.getAll().substring(before)).as("no base URL set, nothing to say")
				.doesNotContain("talks to the simulator");
		}
	}

	@Test
	void theApplicationsConnectionDetailsBeansOfTheSimulatedApplicationsAreReplacedAndOthersKept(
			CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(List.of(WithClient.class, VaultConnection.class),
				"talon.read-timeout=10s")) {
			assertThat(context.getBeansOfType(TalonConnectionDetails.class))
				.containsOnlyKeys("talonSimulatorConnectionDetails");
			context.getBean(TalonIntegrationClient.class).updateCustomerSessionV2("c-3", CART).block(WAIT);
			assertThat(context.getBean(TalonSimulator.class).session("c-3")).isPresent();
			assertThat(output).contains("@AutoConfigureTalonSimulator replaced the TalonConnectionDetails beans "
					+ "[vaultConnection] with the connection details of its simulators");
		}
		try (ConfigurableApplicationContext context = start(List.of(WithClient.class, NamedConnections.class),
				"talon.applications.eu.api-key=eu-key", "talon.applications.uk.api-key=uk-key",
				"talon.default-application=eu")) {
			assertThat(context.getBeansOfType(TalonConnectionDetails.class)).containsOnlyKeys(
					"euTalonSimulatorConnectionDetails", "ukTalonSimulatorConnectionDetails", "partnerConnection");
			context.getBean(TalonClients.class).get("eu").updateCustomerSessionV2("c-eu", CART).block(WAIT);
			assertThat(BeanFactoryAnnotationUtils
				.qualifiedBeanOfType(context.getBeanFactory(), TalonSimulator.class, "eu")
				.session("c-eu")).isPresent();
			assertThat(output).contains("replaced the TalonConnectionDetails beans [euVault, uk]");
		}
	}

	private ConfigurableApplicationContext start(String... properties) {
		return start(List.of(Empty.class), properties);
	}

	private ConfigurableApplicationContext start(List<Class<?>> sources, String... properties) {
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.NONE)
			// patient: on a loaded build machine the first calls of a fresh JVM can take seconds
			.properties("talon.read-timeout=10s", "talon.timeout=20s")
			.properties(properties)
			.initializers((context) -> new TalonSimulatorContextCustomizer().customizeContext(context, null))
			.run();
	}

	/** What the annotation imports into a slice: the client and what it needs. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ CodecsAutoConfiguration.class, HttpClientAutoConfiguration.class,
			ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class, TalonAutoConfiguration.class })
	static class WithClient {

	}

	/** An application's own connection details, such as from a vault. */
	@Configuration(proxyBeanMethods = false)
	static class VaultConnection {

		@Bean
		TalonConnectionDetails vaultConnection() {
			return TalonConnectionDetails.of(URI.create("https://mycompany.europe-west1.talon.one"),
					TalonCredentials.apiKey("vault-key"));
		}

	}

	/**
	 * The connection details of two Applications (one qualified, one named after it), and of a client the application
	 * builds itself.
	 */
	@Configuration(proxyBeanMethods = false)
	static class NamedConnections {

		@Bean
		@Qualifier("eu")
		TalonConnectionDetails euVault() {
			return TalonConnectionDetails.of(URI.create("https://eu.talon.one"), TalonCredentials.apiKey("eu-vault"));
		}

		@Bean
		TalonConnectionDetails uk() {
			return TalonConnectionDetails.of(URI.create("https://uk.talon.one"), TalonCredentials.apiKey("uk-vault"));
		}

		@Bean
		@Qualifier("partner")
		TalonConnectionDetails partnerConnection() {
			return TalonConnectionDetails.of(URI.create("https://partner.talon.one"),
					TalonCredentials.apiKey("partner-key"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

	static class NotAnnotated {

	}

	@SpringBootTest(classes = Empty.class)
	@AutoConfigureTalonSimulator
	static class Annotated {

		@Nested
		class InANestedClass {

		}

	}

	@SpringBootTest(classes = Empty.class)
	@AutoConfigureTalonSimulator
	static class AnnotatedToo {

	}

	@SpringBootTest(classes = Empty.class)
	@AutoConfigureTalonSimulator
	@TestPropertySource(properties = "talon.timeout=3s")
	static class AnnotatedOtherwise {

	}

}
