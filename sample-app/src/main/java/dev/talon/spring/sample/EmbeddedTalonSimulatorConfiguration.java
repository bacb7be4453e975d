package dev.talon.spring.sample;

import dev.talon.spring.simulator.TalonSimulator;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded Talon.One simulator for each Talon.One Application without a base URL (and none when
 * {@code talon.enabled} is {@code false}), and points the Application's auto-configured client at it with a random API
 * key of this run. With {@code TALON_BASE_URL} and the Applications' keys set ({@code TALON_EU_API_KEY},
 * {@code TALON_UK_API_KEY}), nothing happens here and the shop talks to that Talon.One.
 * <p>
 * The decision is taken each time the application starts, by the {@link BeanFactoryPostProcessor}
 * {@link EmbeddedTalonSimulator}, after every property source is in place (including a test's
 * {@code @DynamicPropertySource}) and before any bean (the Talon.One clients' properties included) is created. It is
 * deliberately not a {@link Conditional @Conditional}: with ahead-of-time processing
 * ({@code -Dspring.aot.enabled=true}, or a native image) conditions are evaluated once, at build time, so the build's
 * environment would decide for every run and {@code TALON_BASE_URL} set at run time would be ignored. The
 * post-processor is always registered and looks at the environment of the run. (The set of Applications itself is
 * fixed at build time, as the auto-configuration registers one client bean per Application then.) Each simulator is
 * a {@link TalonSimulator} bean, so that tests can inject faults; they stop with the context.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedTalonSimulatorConfiguration {

	@Bean
	static EmbeddedTalonSimulator embeddedTalonSimulator() {
		return new EmbeddedTalonSimulator();
	}

}
