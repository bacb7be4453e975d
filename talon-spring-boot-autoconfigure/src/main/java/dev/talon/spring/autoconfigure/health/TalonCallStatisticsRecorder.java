package dev.talon.spring.autoconfigure.health;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.talon.spring.autoconfigure.TalonApplicationProperties;
import dev.talon.spring.autoconfigure.TalonClientBuilderCustomizer;
import dev.talon.spring.autoconfigure.TalonProperties;
import dev.talon.spring.autoconfigure.TalonPropertyChecks;
import dev.talon.spring.client.TalonCallStatistics;
import dev.talon.spring.client.WebClientTalonIntegrationClient;

/**
 * Gives each client built by the starter the {@link TalonCallStatistics} of its Talon.One Application, with the
 * Application's {@code health.failure-threshold} and {@code health.window-size}, and keeps them for the health
 * indicators: one window of recent calls per Application, so that the failures of one never count against another.
 */
public final class TalonCallStatisticsRecorder implements TalonClientBuilderCustomizer {

	private final TalonProperties properties;

	private final Map<String, TalonCallStatistics> statistics = new ConcurrentHashMap<>();

	/**
	 * Creates a recorder.
	 * @param properties the bound {@code talon.*} properties, for each Application's health settings
	 */
	public TalonCallStatisticsRecorder(TalonProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(String application, WebClientTalonIntegrationClient.Builder builder) {
		builder.listener(this.statistics.computeIfAbsent(application, this::create));
	}

	/**
	 * The statistics of an Application's calls.
	 * @param application the name of the Application
	 * @return its statistics, or {@code null} when no client of that name was built by the starter
	 */
	public TalonCallStatistics statistics(String application) {
		return this.statistics.get(application);
	}

	private TalonCallStatistics create(String application) {
		TalonApplicationProperties.Health health = this.properties.application(application).getHealth();
		TalonPropertyChecks checks = TalonPropertyChecks.forApplication(this.properties, application);
		return new TalonCallStatistics(checks.atLeastOne("health.failure-threshold", health.getFailureThreshold()),
				checks.atLeastOne("health.window-size", health.getWindowSize()));
	}

}
