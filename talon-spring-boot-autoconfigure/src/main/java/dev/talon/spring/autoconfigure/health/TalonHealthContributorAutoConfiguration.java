package dev.talon.spring.autoconfigure.health;

import java.time.Duration;

import dev.talon.spring.autoconfigure.InvalidTalonPropertiesException;
import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.TalonProperties;
import dev.talon.spring.client.TalonCallStatistics;
import dev.talon.spring.client.TalonIntegrationClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code talon} health indicator ({@code management.health.talon.enabled}, on by default
 * when Spring Boot's health support is present). The {@link TalonCallStatistics} it reports from listen to the
 * auto-configured client; a client of your own must register them as a listener.
 */
@AutoConfiguration(after = TalonAutoConfiguration.class)
@ConditionalOnClass({ ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean({ TalonIntegrationClient.class, TalonProperties.class })
@ConditionalOnEnabledHealthIndicator("talon")
public final class TalonHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TalonCallStatistics talonCallStatistics(TalonProperties properties) {
		TalonProperties.Health health = properties.getHealth();
		if (health.getFailureThreshold() < 1) {
			throw new InvalidTalonPropertiesException("talon.health.failure-threshold",
					"talon.health.failure-threshold must be at least 1 but is " + health.getFailureThreshold(),
					"Set talon.health.failure-threshold to 1 or more.");
		}
		if (health.getWindowSize() < 1) {
			throw new InvalidTalonPropertiesException("talon.health.window-size",
					"talon.health.window-size must be at least 1 but is " + health.getWindowSize(),
					"Set talon.health.window-size to 1 or more.");
		}
		return new TalonCallStatistics(health.getFailureThreshold(), health.getWindowSize());
	}

	@Bean
	@ConditionalOnMissingBean(name = "talonHealthIndicator")
	TalonHealthIndicator talonHealthIndicator(TalonCallStatistics statistics, TalonIntegrationClient client,
			TalonProperties properties) {
		TalonProperties.Probe probe = properties.getHealth().getProbe();
		if (!probe.isEnabled()) {
			return new TalonHealthIndicator(statistics);
		}
		return new TalonHealthIndicator(statistics, client, positive(probe.getTimeout(), "talon.health.probe.timeout"),
				positive(probe.getCacheTtl(), "talon.health.probe.cache-ttl"));
	}

	private static Duration positive(Duration duration, String property) {
		if (duration == null || duration.isZero() || duration.isNegative()) {
			throw new InvalidTalonPropertiesException(property, property + " must be positive but is " + duration,
					"Set " + property + " to a positive duration such as 2s.");
		}
		return duration;
	}

}
