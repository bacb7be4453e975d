package dev.talon.spring.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.talon.spring.autoconfigure.TalonApplicationProperties;
import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.TalonClientBuilderCustomizer;
import dev.talon.spring.autoconfigure.TalonClientFactory;
import dev.talon.spring.autoconfigure.TalonProperties;
import dev.talon.spring.autoconfigure.TalonPropertyChecks;
import dev.talon.spring.client.TalonCallStatistics;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonIntegrationClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code talon} health contributor ({@code management.health.talon.enabled}, on by default
 * when Spring Boot's health support is present): one {@link TalonHealthIndicator} per Talon.One Application, for
 * every {@link TalonIntegrationClient} bean ({@link TalonClients}). With one client, {@code talon} is that indicator;
 * with several, {@code talon} is a composite with one component per Application ({@code talon/eu}, {@code talon/uk}),
 * each with its own statistics and settings ({@code talon.applications.<name>.health.*}), so that the failures of
 * one never make another {@code DOWN}.
 * <p>
 * The statistics of each client are kept by a {@link TalonClientBuilderCustomizer}, so they cover every client built
 * by {@link TalonClientFactory}; a client the application builds otherwise reports {@code UNKNOWN} (or its probe).
 */
@AutoConfiguration(after = TalonAutoConfiguration.class)
@ConditionalOnClass({ ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean({ TalonIntegrationClient.class, TalonProperties.class })
@ConditionalOnEnabledHealthIndicator("talon")
public final class TalonHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TalonCallStatisticsRecorder talonCallStatisticsRecorder(TalonProperties properties) {
		return new TalonCallStatisticsRecorder(properties);
	}

	@Bean
	@ConditionalOnMissingBean(name = { "talonHealthIndicator", "talonHealthContributor" })
	ReactiveHealthContributor talonHealthContributor(TalonClients clients, TalonCallStatisticsRecorder recorder,
			TalonProperties properties) {
		Map<String, TalonHealthIndicator> indicators = new LinkedHashMap<>();
		clients.all()
			.forEach((application, client) -> indicators.put(application,
					indicator(application, client, recorder.statistics(application), properties)));
		if (indicators.size() == 1) {
			return indicators.values().iterator().next();
		}
		return CompositeReactiveHealthContributor.fromMap(indicators);
	}

	private static TalonHealthIndicator indicator(String application, TalonIntegrationClient client,
			TalonCallStatistics statistics, TalonProperties properties) {
		TalonApplicationProperties.Probe probe = properties.application(application).getHealth().getProbe();
		TalonPropertyChecks checks = TalonPropertyChecks.forApplication(properties, application);
		if (!probe.isEnabled()) {
			return new TalonHealthIndicator(statistics, null, null, null, checks);
		}
		return new TalonHealthIndicator(statistics, client, checks.timeout("health.probe.timeout", probe.getTimeout()),
				checks.positive("health.probe.cache-ttl", probe.getCacheTtl()), checks);
	}

}
