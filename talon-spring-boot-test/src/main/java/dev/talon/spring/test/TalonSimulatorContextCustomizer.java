package dev.talon.spring.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

/**
 * Registers, for each Talon.One Application of the context's environment (the single one of {@code talon.*}, or each
 * of {@code talon.applications.<name>}), a {@link TalonSimulator} bean started when the context creates it (on a free
 * port of 127.0.0.1, with an API key of its own) and closed with the context, the {@link TalonConnectionDetails} that
 * point the Application's client at it, and its {@link TalonRequests}; then the {@link TalonSimulatorBeans} that
 * resets and arranges them. All of a customizer's state is in the context it customizes, so every instance is equal to
 * every other: the annotation alone, not the test class, is part of the context cache key.
 * <p>
 * The simulators' connection details win over the connection properties ({@code talon.base-url},
 * {@code talon.applications.<name>.base-url}, the keys), as Spring Boot's connection details do; when a base URL is
 * set, a line at {@code INFO} says that it is not used. They also replace any other {@link TalonConnectionDetails}
 * bean of a simulated Application ({@link OtherConnectionDetailsRemover}).
 */
final class TalonSimulatorContextCustomizer implements ContextCustomizer {

	/** The name of the {@link TalonSimulatorBeans} bean. */
	static final String BEANS_NAME = "dev.talon.spring.test.talonSimulatorBeans";

	private static final String APPLICATIONS = "talon.applications";

	private static final String DEFAULT_APPLICATION = "talon.default-application";

	private static final String BASE_URL = "talon.base-url";

	private static final Log logger = LogFactory.getLog(TalonSimulatorContextCustomizer.class);

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
			throw new IllegalStateException("@AutoConfigureTalonSimulator needs an application context whose bean "
					+ "factory is a BeanDefinitionRegistry, but " + context.getClass().getName() + " has "
					+ beanFactory.getClass().getName());
		}
		List<String> named = applications(context.getEnvironment());
		List<String> applications = named.isEmpty()
				? List.of(WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME) : named;
		String defaultApplication = context.getEnvironment().getProperty(DEFAULT_APPLICATION);
		String primary = named.isEmpty() ? WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME
				: (named.size() == 1) ? named.get(0)
						: named.contains(defaultApplication) ? defaultApplication : null;
		Binder binder = Binder.get(context.getEnvironment());
		Map<String, String> simulators = new LinkedHashMap<>();
		Set<String> connectionDetails = new LinkedHashSet<>();
		for (String application : applications) {
			String prefix = named.isEmpty() ? "talon" : application + "Talon";
			String simulator = prefix + "Simulator";
			simulators.put(application, simulator);
			boolean isPrimary = application.equals(primary);
			String baseUrlProperty = baseUrlProperty(binder, named.isEmpty() ? null : application);
			register(registry, simulator, TalonSimulator.class, () -> start(application), application, isPrimary);
			String connection = prefix + "SimulatorConnectionDetails";
			connectionDetails.add(connection);
			register(registry, connection, TalonConnectionDetails.class,
					() -> connectionDetails(application, beanFactory.getBean(simulator, TalonSimulator.class),
							baseUrlProperty),
					application, isPrimary);
			register(registry, prefix + "Requests", TalonRequests.class,
					() -> new TalonRequests(beanFactory.getBean(simulator, TalonSimulator.class)), application,
					isPrimary);
		}
		register(registry, BEANS_NAME, TalonSimulatorBeans.class, () -> new TalonSimulatorBeans(simulators), null,
				false);
		context.addBeanFactoryPostProcessor(
				new OtherConnectionDetailsRemover(named.isEmpty() ? null : named, connectionDetails));
	}

	/**
	 * The property that sets the base URL of an Application, {@code null} when none does: for a named one its own
	 * {@code talon.applications.<name>.base-url}, else the inherited {@code talon.base-url}. Read without resolving
	 * placeholders, so that an unresolved {@code ${TALON_BASE_URL}} counts as set.
	 */
	private static String baseUrlProperty(Binder binder, String application) {
		if (application != null) {
			String own = APPLICATIONS + "." + application + ".base-url";
			if (StringUtils.hasText(binder.bind(own, String.class).orElse(null))) {
				return own;
			}
		}
		return StringUtils.hasText(binder.bind(BASE_URL, String.class).orElse(null)) ? BASE_URL : null;
	}

	/**
	 * The names of the Applications under {@code talon.applications}, in order, as the auto-configuration reads them.
	 */
	private static List<String> applications(Environment environment) {
		return Binder.get(environment)
			.bind(APPLICATIONS, Bindable.mapOf(String.class, Object.class))
			.map((applications) -> (List<String>) new ArrayList<>(applications.keySet()))
			.orElse(List.of());
	}

	private static TalonSimulator start(String application) {
		return TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey("test-" + application + "-" + UUID.randomUUID()));
	}

	private static TalonConnectionDetails connectionDetails(String application, TalonSimulator simulator,
			String baseUrlProperty) {
		if (baseUrlProperty != null) {
			logger.info("@AutoConfigureTalonSimulator: the Talon.One Application '" + application + "' talks to the "
					+ "simulator at " + simulator.baseUrl() + ", not to the base URL of " + baseUrlProperty
					+ ": the simulator's connection details win over the talon.* connection properties");
		}
		return TalonConnectionDetails.of(URI.create(simulator.baseUrl()),
				TalonCredentials.apiKey(simulator.config().apiKey()));
	}

	private static <T> void register(BeanDefinitionRegistry registry, String name, Class<T> type,
			Supplier<T> supplier, String qualifier, boolean primary) {
		RootBeanDefinition definition = new RootBeanDefinition(type, supplier);
		if (qualifier != null) {
			definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, qualifier));
		}
		definition.setPrimary(primary);
		definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		registry.registerBeanDefinition(name, definition);
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
