package dev.talon.spring.client;

import org.springframework.http.HttpMethod;

/**
 * The operations of the Talon.One Integration API (v1) that {@link TalonIntegrationClient} offers, with the names of
 * Talon.One's own {@code IntegrationApiApi}. The {@link #operationName() name} is what appears in exception messages
 * and metric tags; the {@link #pathTemplate() path template} is what appears as the {@code uri} of Boot's
 * {@code http.client.requests} metric, never a concrete id.
 */
public enum TalonOperation {

	/** {@code POST /v1/referrals}: creates a referral code. Not idempotent: every call creates a new code. */
	CREATE_REFERRAL("createReferral", HttpMethod.POST, "/v1/referrals", Idempotency.NOT_IDEMPOTENT),

	/** {@code POST /v1/customer_profiles_search}: finds profiles by attributes. Reads only. */
	GET_CUSTOMER_PROFILES_BY_ATTRIBUTES("getCustomerProfilesByAttributes", HttpMethod.POST,
			"/v1/customer_profiles_search", Idempotency.READ_ONLY),

	/** {@code POST /v1/events}: tracks a custom event. Not idempotent: every call records another event. */
	TRACK_EVENT("trackEvent", HttpMethod.POST, "/v1/events", Idempotency.NOT_IDEMPOTENT),

	/** {@code PUT /v1/customer_profiles/{integrationId}}: creates or updates a profile. Idempotent. */
	UPDATE_CUSTOMER_PROFILE("updateCustomerProfile", HttpMethod.PUT, "/v1/customer_profiles/{integrationId}",
			Idempotency.IDEMPOTENT),

	/** {@code PUT /v1/customer_sessions/{customerSessionId}}: creates or updates a session. Idempotent. */
	UPDATE_CUSTOMER_SESSION("updateCustomerSession", HttpMethod.PUT, "/v1/customer_sessions/{customerSessionId}",
			Idempotency.IDEMPOTENT, Sequencing.SESSION);

	private final String operationName;

	private final HttpMethod method;

	private final String pathTemplate;

	private final Idempotency idempotency;

	private final Sequencing sequencing;

	TalonOperation(String operationName, HttpMethod method, String pathTemplate, Idempotency idempotency) {
		this(operationName, method, pathTemplate, idempotency, Sequencing.NONE);
	}

	TalonOperation(String operationName, HttpMethod method, String pathTemplate, Idempotency idempotency,
			Sequencing sequencing) {
		this.operationName = operationName;
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.idempotency = idempotency;
		this.sequencing = sequencing;
	}

	/**
	 * The operation's name in Talon.One's API, such as {@code updateCustomerSession}.
	 * @return the operation name
	 */
	public String operationName() {
		return this.operationName;
	}

	/**
	 * The HTTP method.
	 * @return the method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * The path as a URI template, such as {@code /v1/customer_sessions/{customerSessionId}}.
	 * @return the path template
	 */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * Whether sending the request twice can do harm.
	 * @return the operation's idempotency
	 */
	public Idempotency idempotency() {
		return this.idempotency;
	}

	/**
	 * Which calls of this operation are sent one at a time.
	 * @return the sequencing
	 */
	public Sequencing sequencing() {
		return this.sequencing;
	}

	@Override
	public String toString() {
		return this.operationName;
	}

	/**
	 * What happens when the same request reaches Talon.One twice.
	 */
	public enum Idempotency {

		/** Nothing changes: the request only reads. */
		READ_ONLY,

		/** The second request leaves the same state as the first (a PUT of the whole entity). */
		IDEMPOTENT,

		/** The second request acts again (another event, another referral code). */
		NOT_IDEMPOTENT

	}

	/**
	 * Which calls wait for each other: Talon.One answers 409 to parallel requests that change the same entity.
	 */
	public enum Sequencing {

		/** Calls run in parallel. */
		NONE,

		/** Calls for one customer session (whatever the API generation) are sent one at a time. */
		SESSION

	}

}
