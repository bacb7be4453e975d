package dev.talon.spring.test;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;

import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link TalonSimulatorContextCustomizer} registers in a context, and how the context cache and JUnit's resource
 * locks see it.
 */
class TalonSimulatorContextCustomizerTests {

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

	private ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.properties(properties)
			.initializers((context) -> new TalonSimulatorContextCustomizer().customizeContext(context, null))
			.run();
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
