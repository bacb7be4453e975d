package dev.talon.spring.sample;

import dev.talon.spring.simulator.TalonSimulator;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Talon.One simulator when {@code talon.base-url} is not set (and {@code talon.enabled} is not
 * {@code false}), and points the auto-configured client at it with a random API key of this run. With
 * {@code TALON_BASE_URL} and {@code TALON_API_KEY} set, nothing happens here and the shop talks to that Talon.One.
 * <p>
 * The decision is taken when the application context is refreshed, after every property source is in place
 * (including a test's {@code @DynamicPropertySource}), and the simulator starts from a
 * {@link BeanFactoryPostProcessor}, before any bean (the Talon.One client's properties included) is created. The
 * simulator is a bean, {@link TalonSimulator}, so that tests can inject faults; it stops with the context.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedTalonSimulatorConfiguration.NoTalonBaseUrl.class)
class EmbeddedTalonSimulatorConfiguration {

	@Bean
	static EmbeddedTalonSimulator embeddedTalonSimulator() {
		return new EmbeddedTalonSimulator();
	}

	/**
	 * Matches when the application has no Talon.One to talk to.
	 */
	static class NoTalonBaseUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return environment.getProperty("talon.enabled", Boolean.class, true)
					&& !StringUtils.hasText(environment.getProperty("talon.base-url"));
		}

	}

}
