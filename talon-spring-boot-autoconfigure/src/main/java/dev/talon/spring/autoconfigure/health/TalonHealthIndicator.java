package dev.talon.spring.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.talon.spring.autoconfigure.TalonPropertyChecks;
import dev.talon.spring.client.TalonAuthenticationException;
import dev.talon.spring.client.TalonCallStatistics;
import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonNotFoundException;
import dev.talon.spring.client.TalonRateLimitException;
import dev.talon.spring.client.TalonResponseException;
import dev.talon.spring.client.model.v2.IntegrationGetAllCampaignsOptions;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * The health of the connection to one Talon.One Application: component {@code talon} with a single Application,
 * {@code talon/<name>} with several.
 * <p>
 * Passive by default: it reports from the outcomes of the application's recent calls ({@link TalonCallStatistics}),
 * without calling Talon.One. It is {@code UP} with no traffic yet and while calls succeed, and {@code DOWN} when the
 * last answer was a 401 or 403 (the key is wrong, expired or revoked) or when the last calls all failed with transport
 * errors, timeouts or 5xx answers. Client errors (400, 404, 409) and rate limiting never make it {@code DOWN}.
 * <p>
 * With the optional probe it also reads the first running campaign of the Application
 * ({@code GET /v1/integration/campaigns?pageSize=1}, {@code integrationGetAllCampaigns} of today's Integration API): an
 * authenticated request that reads only and changes nothing in Talon.One. A 401/403 (the key), a 404 (no Integration
 * API at {@code talon.base-url}), a 5xx or no answer make the probe {@code DOWN}; any other answer proves Talon.One
 * reachable. The probe's result is cached, so that frequent health checks do not call Talon.One each time.
 * <p>
 * A client whose calls are not recorded (one the application built without {@code TalonClientFactory}) reports
 * {@code UNKNOWN} with a note, or the probe's result when the probe is on.
 * <p>
 * Details hold times, counts, an error rate, an exception type name and a status code: never a key, a body or an id.
 */
public class TalonHealthIndicator implements ReactiveHealthIndicator {

	/** The probe's read: one campaign at most. */
	static final IntegrationGetAllCampaignsOptions PROBE_READ = IntegrationGetAllCampaignsOptions.firstPage(1);

	private final TalonCallStatistics statistics;

	private final Mono<ProbeResult> probe;

	private final Clock clock;

	/** Names the Application's properties in the reasons (its credentials, its base URL). */
	private final TalonPropertyChecks properties;

	/**
	 * Creates a passive indicator.
	 * @param statistics the statistics of recent calls, or {@code null} when the client's calls are not recorded
	 */
	public TalonHealthIndicator(TalonCallStatistics statistics) {
		this(statistics, null, Duration.ZERO, Duration.ZERO, new TalonPropertyChecks("talon"));
	}

	/**
	 * Creates an indicator that also probes Talon.One.
	 * @param statistics the statistics of recent calls, or {@code null} when the client's calls are not recorded
	 * @param client the client to probe with
	 * @param probeTimeout the longest a probe may take
	 * @param cacheTtl how long a probe's result is reused
	 */
	public TalonHealthIndicator(TalonCallStatistics statistics, TalonIntegrationClient client, Duration probeTimeout,
			Duration cacheTtl) {
		this(statistics, client, probeTimeout, cacheTtl, new TalonPropertyChecks("talon"));
	}

	/**
	 * Creates an indicator of a named Application.
	 * @param statistics the statistics of recent calls, or {@code null} when the client's calls are not recorded
	 * @param client the client to probe with, or {@code null} for a passive indicator
	 * @param probeTimeout the longest a probe may take
	 * @param cacheTtl how long a probe's result is reused
	 * @param properties the checks of the Application's settings, which name its properties (such as
	 * {@code talon.applications.eu.api-key}) where Talon.One refuses its credentials or its base URL
	 */
	TalonHealthIndicator(TalonCallStatistics statistics, TalonIntegrationClient client, Duration probeTimeout,
			Duration cacheTtl, TalonPropertyChecks properties) {
		this(statistics, client, probeTimeout, cacheTtl, properties, Clock.systemUTC());
	}

	TalonHealthIndicator(TalonCallStatistics statistics, TalonIntegrationClient client, Duration probeTimeout,
			Duration cacheTtl, TalonPropertyChecks properties, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
		this.properties = properties;
		this.probe = (client != null) ? probe(client, probeTimeout).cache(cacheTtl) : null;
	}

	private Mono<ProbeResult> probe(TalonIntegrationClient client, Duration timeout) {
		return Mono.defer(() -> {
			Instant start = this.clock.instant();
			return client.integrationGetAllCampaigns(PROBE_READ)
				.timeout(timeout)
				.map((result) -> new ProbeResult(true, start, "HTTP 200"))
				.onErrorResume((ex) -> Mono.just(probeFailure(ex, start, timeout)));
		});
	}

	private ProbeResult probeFailure(Throwable failure, Instant start, Duration timeout) {
		if (failure instanceof TalonAuthenticationException auth) {
			return new ProbeResult(false, start, "HTTP " + auth.getStatusCode() + ": credentials not accepted");
		}
		if (failure instanceof TalonNotFoundException notFound) {
			return new ProbeResult(false, start,
					"HTTP " + notFound.getStatusCode() + ": no Talon.One Integration API at "
							+ this.properties.property("base-url"));
		}
		if (failure instanceof TalonRateLimitException || failure instanceof TalonClientErrorException) {
			// Talon.One answered: it is reachable and accepted the credentials.
			return new ProbeResult(true, start, "HTTP " + ((TalonResponseException) failure).getStatusCode());
		}
		if (failure instanceof TalonResponseException response) {
			return new ProbeResult(false, start, "HTTP " + response.getStatusCode());
		}
		if (failure instanceof java.util.concurrent.TimeoutException) {
			return new ProbeResult(false, start, "no answer within " + timeout.toMillis() + " ms");
		}
		return new ProbeResult(false, start, failure.getClass().getSimpleName());
	}

	@Override
	public Mono<Health> health() {
		Health.Builder passive = (this.statistics != null) ? passiveHealth()
				: Health.unknown().withDetail("note", "the calls of this client are not recorded: build it with "
						+ "TalonClientFactory to report them");
		if (this.probe == null) {
			return Mono.just(passive.build());
		}
		return this.probe.map((result) -> {
			Map<String, Object> probeDetails = new LinkedHashMap<>();
			probeDetails.put("status", result.up() ? "UP" : "DOWN");
			probeDetails.put("checkedAt", result.checkedAt());
			probeDetails.put("result", result.result());
			passive.withDetail("probe", probeDetails);
			if (!result.up()) {
				passive.down();
			}
			else if (this.statistics == null) {
				passive.up();
			}
			return passive.build();
		});
	}

	private Health.Builder passiveHealth() {
		TalonCallStatistics.Snapshot snapshot = this.statistics.snapshot();
		Health.Builder health = Health.up();
		if (snapshot.calls() == 0) {
			return health.withDetail("calls", 0).withDetail("note", "no calls to Talon.One yet");
		}
		if (snapshot.authenticationFailed()) {
			health.down()
				.withDetail("reason", "Talon.One did not accept the credentials (HTTP " + snapshot.lastStatus()
						+ "): check " + this.properties.property("api-key") + " or "
						+ this.properties.property("application-key"));
		}
		else if (snapshot.unavailable()) {
			health.down()
				.withDetail("reason", "the last " + snapshot.consecutiveUnavailable()
						+ " calls failed with transport errors, timeouts or 5xx answers");
		}
		health.withDetail("calls", snapshot.calls())
			.withDetail("recentCalls", snapshot.recentCalls())
			.withDetail("recentErrorRate", Math.round(snapshot.errorRate() * 1000) / 1000.0)
			.withDetail("consecutiveFailures", snapshot.consecutiveUnavailable());
		if (snapshot.lastSuccess() != null) {
			health.withDetail("lastSuccess", snapshot.lastSuccess());
		}
		if (snapshot.lastFailure() != null) {
			health.withDetail("lastFailure", snapshot.lastFailure()).withDetail("lastError", snapshot.lastError());
			if (snapshot.lastStatus() != null) {
				health.withDetail("lastStatus", snapshot.lastStatus());
			}
		}
		return health;
	}

	private record ProbeResult(boolean up, Instant checkedAt, String result) {
	}

}
