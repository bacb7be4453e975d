package dev.talon.spring.autoconfigure.metrics;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.TalonClientBuilderCustomizer;
import dev.talon.spring.autoconfigure.TalonClientFactory;
import dev.talon.spring.client.DefaultTalonObservationConvention;
import dev.talon.spring.client.TalonIntegrationClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code talon.client.*} metrics, when Micrometer and a {@link MeterRegistry} are present.
 * The {@code talon.client.requests} timer comes from each client's observation (Spring Boot turns observations into
 * timers); this adds the retry and effect counters, through a {@link TalonClientBuilderCustomizer} that gives every
 * client {@link TalonClientFactory} builds a {@link MicrometerTalonClientListener} of its own, tagged with its
 * Application. {@code management.metrics.talon.enabled=false} removes all {@code talon.client.*} meters, the timer
 * included.
 */
@AutoConfiguration(after = TalonAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, TalonIntegrationClient.class })
public final class TalonMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "talonMetricsClientCustomizer")
	@ConditionalOnBooleanProperty(name = "management.metrics.talon.enabled", matchIfMissing = true)
	TalonClientBuilderCustomizer talonMetricsClientCustomizer(MeterRegistry registry) {
		return (application, builder) -> builder.listener(new MicrometerTalonClientListener(registry, application));
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "management.metrics.talon.enabled", havingValue = false)
	MeterFilter talonMetricsDisabledFilter() {
		return MeterFilter.denyNameStartsWith(DefaultTalonObservationConvention.NAME.substring(0,
				DefaultTalonObservationConvention.NAME.lastIndexOf('.') + 1));
	}

}
