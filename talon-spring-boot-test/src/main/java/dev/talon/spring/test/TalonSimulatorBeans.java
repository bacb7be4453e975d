package dev.talon.spring.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.autoconfigure.TalonApplicationProperties;
import dev.talon.spring.autoconfigure.TalonProperties;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.simulator.TalonSimulator;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * The simulators {@link TalonSimulatorContextCustomizer} registered in a context, by the name of their Talon.One
 * Application, and what happens to them: the {@link TalonSimulatorScenario} beans arrange them once every singleton of
 * the context exists (before the application runs its runners or serves), and
 * {@link TalonSimulatorTestExecutionListener} resets and arranges them again before each test method, once the
 * context's clients are idle ({@link IdleClients}).
 */
final class TalonSimulatorBeans implements BeanFactoryAware, SmartInitializingSingleton {

	private final Map<String, String> simulators;

	private ConfigurableListableBeanFactory beanFactory;

	/**
	 * The simulators of a context.
	 * @param simulators the name of each simulator's bean by the name of its Application
	 */
	TalonSimulatorBeans(Map<String, String> simulators) {
		this.simulators = Map.copyOf(simulators);
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.simulators.forEach((application, bean) -> arrange(application, simulator(bean)));
	}

	/**
	 * Resets every simulator and arranges it with the scenarios, so that a test starts from them: once the clients of
	 * the context are idle (at most their longest {@code talon.timeout} and {@link IdleClients#MARGIN}), so that
	 * nothing an earlier test started reaches the simulators afterwards.
	 * @param forWhat before which test, for a warning when clients stay busy
	 */
	void resetAndArrange(String forWhat) {
		List<TalonSimulator> simulators = this.simulators.values().stream().map(this::simulator).toList();
		IdleClients.await(simulators, clients(), longestTimeout().plus(IdleClients.MARGIN), forWhat);
		this.simulators.forEach((application, bean) -> {
			TalonSimulator simulator = simulator(bean);
			simulator.reset();
			arrange(application, simulator);
		});
	}

	/**
	 * The clients of the context that exist, by bean name: the auto-configured ones and any of the application's own
	 * (not created for this, which a client that does not exist would not need).
	 */
	private Map<String, WebClientTalonIntegrationClient> clients() {
		Map<String, WebClientTalonIntegrationClient> clients = new LinkedHashMap<>();
		for (String name : this.beanFactory.getSingletonNames()) {
			if (this.beanFactory.getSingleton(name) instanceof WebClientTalonIntegrationClient client) {
				clients.put("bean '" + name + "'", client);
			}
		}
		return clients;
	}

	/** The longest {@code talon.timeout} of the context's Applications. */
	private Duration longestTimeout() {
		TalonProperties properties = this.beanFactory.getBeanProvider(TalonProperties.class).getIfAvailable();
		if (properties == null) {
			return WebClientTalonIntegrationClient.DEFAULT_TIMEOUT;
		}
		return properties.getApplications()
			.values()
			.stream()
			.map(TalonApplicationProperties::getTimeout)
			.reduce(properties.getTimeout(), (a, b) -> (a.compareTo(b) >= 0) ? a : b);
	}

	private TalonSimulator simulator(String bean) {
		return this.beanFactory.getBean(bean, TalonSimulator.class);
	}

	/**
	 * Arranges the simulator of an Application with the scenarios for it: those qualified with its name, and those
	 * qualified with the name of no Application.
	 */
	private void arrange(String application, TalonSimulator simulator) {
		Map<String, TalonSimulatorScenario> beans = this.beanFactory.getBeansOfType(TalonSimulatorScenario.class);
		List<Map.Entry<String, TalonSimulatorScenario>> scenarios = new ArrayList<>(beans.entrySet());
		scenarios.sort((a, b) -> AnnotationAwareOrderComparator.INSTANCE.compare(a.getValue(), b.getValue()));
		for (Map.Entry<String, TalonSimulatorScenario> scenario : scenarios) {
			if (isFor(scenario.getKey(), application) || this.simulators.keySet()
				.stream()
				.noneMatch((other) -> isFor(scenario.getKey(), other))) {
				scenario.getValue().arrange(simulator);
			}
		}
	}

	private boolean isFor(String scenarioBean, String application) {
		return BeanFactoryAnnotationUtils.isQualifierMatch(application::equals, scenarioBean, this.beanFactory);
	}

}
