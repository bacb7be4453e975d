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
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When no Talon.One is configured ({@code talon.base-url} not set, {@code talon.enabled} not {@code false}), starts the
 * embedded Talon.One simulator before any bean is created, adds {@code talon.base-url} and {@code talon.api-key} (a
 * random key of this run) in front of every other property source, registers the simulator as the
 * {@link TalonSimulator} bean, and stops it with the application context. Registered by
 * {@link EmbeddedTalonSimulatorConfiguration} in every application context; the decision is taken here, on the
 * environment of the run, so that it holds with ahead-of-time processing too. While the application is processed
 * ahead of time (at build time) it does nothing: that run creates no beans and must not leave a server behind.
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
		if (!isNeeded(this.environment)) {
			return;
		}
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

	/**
	 * Whether the application has no Talon.One to talk to, so that the simulator is needed.
	 * @param environment the environment of this run
	 * @return {@code true} when the simulator should start
	 */
	static boolean isNeeded(Environment environment) {
		return environment.getProperty("talon.enabled", Boolean.class, true)
				&& !StringUtils.hasText(environment.getProperty("talon.base-url"))
				&& !Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
	}

	@Override
	public void destroy() {
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

}
