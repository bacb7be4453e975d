package dev.talon.spring.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.micrometer.observation.Observation;

/**
 * The context of the {@code talon.client.requests} observation: one logical call, all attempts included.
 */
public class TalonObservationContext extends Observation.Context {

	private final TalonOperation operation;

	private final String pathId;

	private final String applicationName;

	private final List<String> retryReasons = new ArrayList<>();

	private TalonOutcome outcome;

	private Integer statusCode;

	private int attempts;

	private boolean recovered;

	/**
	 * Creates a context.
	 * @param operation the operation
	 * @param pathId the id in the path that says what the call is about (see {@link #getPathId()}), or {@code null}
	 */
	public TalonObservationContext(TalonOperation operation, String pathId) {
		this(operation, pathId, WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME);
	}

	/**
	 * Creates a context of a call to a named Talon.One Application.
	 * @param operation the operation
	 * @param pathId the id in the path that says what the call is about (see {@link #getPathId()}), or {@code null}
	 * @param applicationName the name of the Talon.One Application called, such as {@code eu}
	 */
	public TalonObservationContext(TalonOperation operation, String pathId, String applicationName) {
		this.operation = operation;
		this.pathId = pathId;
		this.applicationName = applicationName;
	}

	/**
	 * The operation.
	 * @return the operation
	 */
	public TalonOperation getOperation() {
		return this.operation;
	}

	/**
	 * The name of the Talon.One Application called ({@link WebClientTalonIntegrationClient.Builder#applicationName}):
	 * one of the configured names, so of low cardinality.
	 * @return the name, {@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME} for a client not given
	 * one
	 */
	public String getApplicationName() {
		return this.applicationName;
	}

	/**
	 * The id in the call's path that says what it is about: the customer session's or the profile's integration id,
	 * a loyalty card's identifier, a coupon code, or (on a path with only a numeric id) the audience's, the catalog's
	 * or the loyalty program's id. On a path with a loyalty program's id and a profile's or card's, the profile's or
	 * card's. High cardinality, never to be a metric tag.
	 * @return the id, or {@code null} for the operations without path id
	 */
	public String getPathId() {
		return this.pathId;
	}

	/**
	 * How the call ended.
	 * @return the outcome, {@code null} while the call runs
	 */
	public TalonOutcome getOutcome() {
		return this.outcome;
	}

	void setOutcome(TalonOutcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * The HTTP status of the last answer.
	 * @return the status, or {@code null} when no answer was received
	 */
	public Integer getStatusCode() {
		return this.statusCode;
	}

	void setStatusCode(Integer statusCode) {
		this.statusCode = statusCode;
	}

	/**
	 * How many attempts were made.
	 * @return the number of attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

	void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	/**
	 * Whether the call's answer was read back after an earlier attempt's answer was lost (a close, or an advanced
	 * event, that Talon.One had applied).
	 * @return whether the answer was read back
	 */
	public boolean isRecovered() {
		return this.recovered;
	}

	void setRecovered(boolean recovered) {
		this.recovered = recovered;
	}

	/**
	 * The reasons of the retries made, in order.
	 * @return the retry reasons, such as {@code status_409}
	 */
	public List<String> getRetryReasons() {
		return Collections.unmodifiableList(this.retryReasons);
	}

	void addRetryReason(String reason) {
		this.retryReasons.add(reason);
	}

}
