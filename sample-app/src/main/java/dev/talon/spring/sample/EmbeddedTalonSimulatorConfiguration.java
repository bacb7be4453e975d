package dev.talon.spring.sample;

import dev.talon.spring.simulator.TalonSimulator;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Talon.One simulator when {@code talon.base-url} is not set (and {@code talon.enabled} is not
 * {@code false}), and points the auto-configured client at it with a random API key of this run. With
 * {@code TALON_BASE_URL} and {@code TALON_API_KEY} set, nothing happens here and the shop talks to that Talon.One.
 * <p>
 * The decision is taken each time the application starts, by the {@link BeanFactoryPostProcessor}
 * {@link EmbeddedTalonSimulator}, after every property source is in place (including a test's
 * {@code @DynamicPropertySource}) and before any bean (the Talon.One client's properties included) is created. It is
 * deliberately not a {@link Conditional @Conditional}: with ahead-of-time processing
 * ({@code -Dspring.aot.enabled=true}, or a native image) conditions are evaluated once, at build time, so the build's
 * environment would decide for every run and {@code TALON_BASE_URL} set at run time would be ignored. The
 * post-processor is always registered and looks at the environment of the run. The simulator is a bean,
 * {@link TalonSimulator}, so that tests can inject faults; it stops with the context.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedTalonSimulatorConfiguration {

	@Bean
	static EmbeddedTalonSimulator embeddedTalonSimulator() {
		return new EmbeddedTalonSimulator();
	}

}
