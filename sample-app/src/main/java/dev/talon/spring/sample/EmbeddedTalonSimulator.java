package dev.talon.spring.sample;

import java.util.Map;
import java.util.UUID;

import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded Talon.One simulator before any bean is created, adds {@code talon.base-url} and
 * {@code talon.api-key} (a random key of this run) in front of every other property source, registers the simulator as
 * the {@link TalonSimulator} bean, and stops it with the application context. Registered by
 * {@link EmbeddedTalonSimulatorConfiguration} only when no Talon.One is configured.
 */
class EmbeddedTalonSimulator implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean, Ordered {

	private static final Log logger = LogFactory.getLog(EmbeddedTalonSimulator.class);

	private ConfigurableEnvironment environment;

	private TalonSimulator simulator;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String apiKey = "sim-" + UUID.randomUUID();
		this.simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey(apiKey));
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedTalonSimulator",
					Map.of("talon.base-url", this.simulator.baseUrl(), "talon.api-key", apiKey)));
		beanFactory.registerSingleton("talonSimulator", this.simulator);
		logger.info("talon.base-url is not set: started the embedded Talon.One simulator at "
				+ this.simulator.baseUrl() + " and pointed the client at it (set TALON_BASE_URL and "
				+ "TALON_API_KEY to use a real Talon.One)");
	}

	@Override
	public void destroy() {
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

}
