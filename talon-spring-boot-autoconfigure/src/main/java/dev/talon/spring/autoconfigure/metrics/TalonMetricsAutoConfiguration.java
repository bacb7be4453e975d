package dev.talon.spring.autoconfigure.metrics;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
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
 * The {@code talon.client.requests} timer comes from the client's observation (Spring Boot turns observations into
 * timers); this adds the retry and effect counters. {@code management.metrics.talon.enabled=false} removes all
 * {@code talon.client.*} meters, the timer included.
 */
@AutoConfiguration(after = TalonAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, TalonIntegrationClient.class })
public final class TalonMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "management.metrics.talon.enabled", matchIfMissing = true)
	MicrometerTalonClientListener talonMetricsListener(MeterRegistry registry) {
		return new MicrometerTalonClientListener(registry);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "management.metrics.talon.enabled", havingValue = false)
	MeterFilter talonMetricsDisabledFilter() {
		return MeterFilter.denyNameStartsWith(DefaultTalonObservationConvention.NAME.substring(0,
				DefaultTalonObservationConvention.NAME.lastIndexOf('.') + 1));
	}

}
