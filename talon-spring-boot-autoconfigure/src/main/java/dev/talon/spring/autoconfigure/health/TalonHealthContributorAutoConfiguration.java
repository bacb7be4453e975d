package dev.talon.spring.autoconfigure.health;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.TalonProperties;
import dev.talon.spring.autoconfigure.TalonPropertyChecks;
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
		TalonPropertyChecks checks = new TalonPropertyChecks("talon");
		return new TalonCallStatistics(checks.atLeastOne("health.failure-threshold", health.getFailureThreshold()),
				checks.atLeastOne("health.window-size", health.getWindowSize()));
	}

	@Bean
	@ConditionalOnMissingBean(name = "talonHealthIndicator")
	TalonHealthIndicator talonHealthIndicator(TalonCallStatistics statistics, TalonIntegrationClient client,
			TalonProperties properties) {
		TalonProperties.Probe probe = properties.getHealth().getProbe();
		if (!probe.isEnabled()) {
			return new TalonHealthIndicator(statistics);
		}
		TalonPropertyChecks checks = new TalonPropertyChecks("talon");
		return new TalonHealthIndicator(statistics, client, checks.timeout("health.probe.timeout", probe.getTimeout()),
				checks.positive("health.probe.cache-ttl", probe.getCacheTtl()));
	}

}
