package dev.talon.spring.client;

import org.springframework.http.HttpMethod;

/**
 * The operations of the Talon.One Integration API that {@link TalonIntegrationClient} offers, named by Talon.One's
 * operationIds, as data: method, path, what repeating a request does ({@link Idempotency}) and which calls wait for
 * each other ({@link Sequencing}). One call pipeline runs them all. The {@link #operationName() name} is what appears
 * in exception messages and metric tags; the {@link #pathTemplate() path template} is what appears as the {@code uri}
 * of Boot's {@code http.client.requests} metric, never a concrete id.
 * <p>
 * The first five are the legacy v1 operations of Talon.One's 2018 {@code IntegrationApiApi} (Talon.One stopped
 * supporting the v1 session and profile updates in 2021 and v1 events in 2023); {@link #CREATE_REFERRAL} is still
 * current. The others are today's Integration API (spec 26.13).
 */
public enum TalonOperation {

	/**
	 * {@code POST /v1/referrals}: creates a referral code (current, with the fields of today's {@code NewReferral}).
	 * Not idempotent: every call creates a new code.
	 */
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
			Idempotency.IDEMPOTENT, Sequencing.SESSION),

	/**
	 * {@code PUT /v2/customer_sessions/{customerSessionId}}: creates or updates a session (each update builds on the
	 * previous ones), closes or cancels it. Idempotent: the same body leaves the same session; a close repeated after
	 * a lost answer is recognised (see {@link TalonIntegrationClient#updateCustomerSessionV2}). Dry runs read only.
	 */
	UPDATE_CUSTOMER_SESSION_V2("updateCustomerSessionV2", HttpMethod.PUT,
			"/v2/customer_sessions/{customerSessionId}", Idempotency.IDEMPOTENT, Sequencing.SESSION),

	/** {@code GET /v2/customer_sessions/{customerSessionId}}: reads a session and its valid effects. Reads only. */
	GET_CUSTOMER_SESSION("getCustomerSession", HttpMethod.GET, "/v2/customer_sessions/{customerSessionId}",
			Idempotency.READ_ONLY),

	/**
	 * {@code PUT /v2/customer_sessions/{customerSessionId}/reopen}: reopens a closed session and answers the effects it
	 * rolls back. Not idempotent in its answer: a second reopen fails, and the rolled-back effects are only in the
	 * first answer.
	 */
	REOPEN_CUSTOMER_SESSION("reopenCustomerSession", HttpMethod.PUT,
			"/v2/customer_sessions/{customerSessionId}/reopen", Idempotency.NOT_IDEMPOTENT, Sequencing.SESSION),

	/**
	 * {@code POST /v2/customer_sessions/{customerSessionId}/returns}: returns cart items of a closed session.
	 * Idempotent through its {@code Idempotency-Key}, which the client always sends, the same on every retry.
	 */
	RETURN_CART_ITEMS("returnCartItems", HttpMethod.POST, "/v2/customer_sessions/{customerSessionId}/returns",
			Idempotency.IDEMPOTENT, Sequencing.SESSION),

	/** {@code PUT /v2/customer_profiles/{integrationId}}: creates or updates a profile. Idempotent. */
	UPDATE_CUSTOMER_PROFILE_V2("updateCustomerProfileV2", HttpMethod.PUT, "/v2/customer_profiles/{integrationId}",
			Idempotency.IDEMPOTENT, Sequencing.PROFILE),

	/** {@code PUT /v2/customer_profiles}: creates or updates up to 1000 profiles. Idempotent. */
	UPDATE_CUSTOMER_PROFILES_V2("updateCustomerProfilesV2", HttpMethod.PUT, "/v2/customer_profiles",
			Idempotency.IDEMPOTENT),

	/** {@code POST /v2/events}: tracks a custom event of a profile. Not idempotent: each call records an event. */
	TRACK_EVENT_V2("trackEventV2", HttpMethod.POST, "/v2/events", Idempotency.NOT_IDEMPOTENT, Sequencing.PROFILE),

	/**
	 * {@code POST /v3/events}: tracks an advanced event, unique by its {@code integrationId}: idempotent, as Talon.One
	 * refuses a second event with the same id (409); the client recognises that refusal after a lost answer.
	 */
	TRACK_EVENT_V3("trackEventV3", HttpMethod.POST, "/v3/events", Idempotency.IDEMPOTENT, Sequencing.PROFILE),

	/** {@code GET /v3/events/{integrationId}}: reads an advanced event. Reads only. */
	GET_EVENT_V3("getEventV3", HttpMethod.GET, "/v3/events/{integrationId}", Idempotency.READ_ONLY),

	/** {@code GET /v1/integration/campaigns}: lists the Application's running campaigns, a page at a time. Reads only. */
	INTEGRATION_GET_ALL_CAMPAIGNS("integrationGetAllCampaigns", HttpMethod.GET, "/v1/integration/campaigns",
			Idempotency.READ_ONLY);

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
	 * Whether this is one of the legacy v1 operations that today's Integration API no longer has (the v1 session
	 * and profile updates, events and profile search); {@link #CREATE_REFERRAL} and the other {@code /v1/} paths of
	 * today's spec are current.
	 * @return whether the operation is legacy
	 */
	public boolean isLegacy() {
		return this == UPDATE_CUSTOMER_SESSION || this == UPDATE_CUSTOMER_PROFILE || this == TRACK_EVENT
				|| this == GET_CUSTOMER_PROFILES_BY_ATTRIBUTES;
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
		SESSION,

		/**
		 * Calls for one customer profile (profile updates and the profile's events) are sent one at a time.
		 */
		PROFILE

	}

}
