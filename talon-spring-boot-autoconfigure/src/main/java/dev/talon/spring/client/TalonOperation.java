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
 * current. The others are today's Integration API (spec 26.13), all 39 of its operations, whatever the version in
 * their path.
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
			Idempotency.READ_ONLY),

	/**
	 * {@code GET /v1/customer_profiles/{integrationId}/inventory}: reads what refers to a profile (coupons, referrals,
	 * loyalty, giveaways, achievements). Reads only.
	 */
	GET_CUSTOMER_INVENTORY("getCustomerInventory", HttpMethod.GET, "/v1/customer_profiles/{integrationId}/inventory",
			Idempotency.READ_ONLY),

	/**
	 * {@code DELETE /v1/customer_data/{integrationId}}: deletes a customer's data in every Application of the
	 * environment. Idempotent: a repeat deletes nothing more; a 404 to a retry after a lost answer counts as done.
	 * Waits for the profile's earlier updates, which would otherwise write the data again.
	 */
	DELETE_CUSTOMER_DATA("deleteCustomerData", HttpMethod.DELETE, "/v1/customer_data/{integrationId}",
			Idempotency.IDEMPOTENT, Sequencing.PROFILE),

	/**
	 * {@code GET /v1/customer_profiles/{integrationId}/achievements}: a page of a customer's achievements. Reads
	 * only.
	 */
	GET_CUSTOMER_ACHIEVEMENTS("getCustomerAchievements", HttpMethod.GET,
			"/v1/customer_profiles/{integrationId}/achievements", Idempotency.READ_ONLY),

	/**
	 * {@code GET /v1/customer_profiles/{integrationId}/achievements/{achievementId}}: a page of a customer's runs of
	 * one achievement. Reads only.
	 */
	GET_CUSTOMER_ACHIEVEMENT_HISTORY("getCustomerAchievementHistory", HttpMethod.GET,
			"/v1/customer_profiles/{integrationId}/achievements/{achievementId}", Idempotency.READ_ONLY),

	/**
	 * {@code POST /v1/referrals_for_multiple_advocates}: creates a referral code for each of many advocates. Not
	 * idempotent: every call creates new codes.
	 */
	CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES("createReferralsForMultipleAdvocates", HttpMethod.POST,
			"/v1/referrals_for_multiple_advocates", Idempotency.NOT_IDEMPOTENT),

	/**
	 * {@code POST /v1/coupon_reservations/{couponValue}}: reserves a coupon for profiles. Idempotent: a reservation is
	 * a pair of coupon and profile, and reserving it again leaves it as it is.
	 */
	CREATE_COUPON_RESERVATION("createCouponReservation", HttpMethod.POST, "/v1/coupon_reservations/{couponValue}",
			Idempotency.IDEMPOTENT),

	/**
	 * {@code DELETE /v1/coupon_reservations/{couponValue}}: removes a coupon's reservations for profiles. Idempotent; a
	 * 404 to a retry after a lost answer counts as done.
	 */
	DELETE_COUPON_RESERVATION("deleteCouponReservation", HttpMethod.DELETE, "/v1/coupon_reservations/{couponValue}",
			Idempotency.IDEMPOTENT),

	/**
	 * {@code GET /v1/coupon_reservations/customerprofiles/{couponValue}}: who holds a coupon's reservations. Reads
	 * only.
	 */
	GET_RESERVED_CUSTOMERS("getReservedCustomers", HttpMethod.GET,
			"/v1/coupon_reservations/customerprofiles/{couponValue}", Idempotency.READ_ONLY),

	/** {@code GET .../profile/{integrationId}/balances}: a customer's balances in a loyalty program. Reads only. */
	GET_LOYALTY_BALANCES("getLoyaltyBalances", HttpMethod.GET,
			"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances", Idempotency.READ_ONLY),

	/** {@code GET .../profile/{integrationId}/transactions}: a page of a customer's loyalty transactions. */
	GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS("getLoyaltyProgramProfileTransactions", HttpMethod.GET,
			"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions", Idempotency.READ_ONLY),

	/** {@code GET .../profile/{integrationId}/points}: a page of a customer's unused points. Reads only. */
	GET_LOYALTY_PROGRAM_PROFILE_POINTS("getLoyaltyProgramProfilePoints", HttpMethod.GET,
			"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points", Idempotency.READ_ONLY),

	/**
	 * {@code POST .../profile/{integrationId}/join}: enrols a customer in a profile-based program. Idempotent in its
	 * effect; Talon.One refuses a second join, which after a lost answer the client checks by reading the inventory.
	 */
	JOIN_LOYALTY_PROGRAM("joinLoyaltyProgram", HttpMethod.POST,
			"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/join", Idempotency.IDEMPOTENT,
			Sequencing.PROFILE),

	/**
	 * {@code POST .../profile/{integrationId}/delete_transactions}: deletes a customer's transactions from ledgers.
	 * Idempotent: a repeat finds nothing more to delete.
	 */
	DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS("deleteLoyaltyTransactionsFromLedgers", HttpMethod.POST,
			"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/delete_transactions",
			Idempotency.IDEMPOTENT, Sequencing.PROFILE),

	/**
	 * {@code POST /v1/loyalty_programs/{loyaltyProgramId}/activate_points}: activates pending points that await an
	 * action. Idempotent in its effect (active points stay active); by session, it waits for the session's earlier
	 * updates, such as the close that added the points.
	 */
	ACTIVATE_LOYALTY_POINTS("activateLoyaltyPoints", HttpMethod.POST,
			"/v1/loyalty_programs/{loyaltyProgramId}/activate_points", Idempotency.IDEMPOTENT, Sequencing.SESSION),

	/** {@code POST /v1/loyalty_programs/{loyaltyProgramId}/cards}: creates a loyalty card. Not idempotent. */
	GENERATE_LOYALTY_CARD("generateLoyaltyCard", HttpMethod.POST, "/v1/loyalty_programs/{loyaltyProgramId}/cards",
			Idempotency.NOT_IDEMPOTENT, Sequencing.CARD),

	/** {@code GET .../cards/{loyaltyCardId}/balances}: a loyalty card's balances. Reads only. */
	GET_LOYALTY_CARD_BALANCES("getLoyaltyCardBalances", HttpMethod.GET,
			"/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances", Idempotency.READ_ONLY),

	/** {@code GET .../cards/{loyaltyCardId}/transactions}: a page of a loyalty card's transactions. Reads only. */
	GET_LOYALTY_CARD_TRANSACTIONS("getLoyaltyCardTransactions", HttpMethod.GET,
			"/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions", Idempotency.READ_ONLY),

	/** {@code GET .../cards/{loyaltyCardId}/points}: a page of a loyalty card's unused points. Reads only. */
	GET_LOYALTY_CARD_POINTS("getLoyaltyCardPoints", HttpMethod.GET,
			"/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points", Idempotency.READ_ONLY),

	/**
	 * {@code POST /v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile}: links a profile to a
	 * card. Idempotent in its effect: the profile stays linked.
	 */
	LINK_LOYALTY_CARD_TO_PROFILE("linkLoyaltyCardToProfile", HttpMethod.POST,
			"/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile", Idempotency.IDEMPOTENT,
			Sequencing.CARD),

	/**
	 * {@code POST /v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/unlink_profile}: unlinks a profile
	 * from a card. Idempotent in its effect: the profile stays unlinked.
	 */
	UNLINK_LOYALTY_CARD_FROM_PROFILE("unlinkLoyaltyCardFromProfile", HttpMethod.POST,
			"/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/unlink_profile", Idempotency.IDEMPOTENT,
			Sequencing.CARD),

	/**
	 * {@code POST /v2/audiences}: creates an audience. Not idempotent: without an {@code integrationId} each call
	 * creates another audience, with one Talon.One refuses a second (409), and no read gives the first one back.
	 */
	CREATE_AUDIENCE_V2("createAudienceV2", HttpMethod.POST, "/v2/audiences", Idempotency.NOT_IDEMPOTENT),

	/** {@code PUT /v2/audiences/{audienceId}}: renames an audience. Idempotent. */
	UPDATE_AUDIENCE_V2("updateAudienceV2", HttpMethod.PUT, "/v2/audiences/{audienceId}", Idempotency.IDEMPOTENT),

	/**
	 * {@code DELETE /v2/audiences/{audienceId}}: deletes an audience and its memberships. Idempotent; a 404 to a retry
	 * after a lost answer counts as done.
	 */
	DELETE_AUDIENCE_V2("deleteAudienceV2", HttpMethod.DELETE, "/v2/audiences/{audienceId}", Idempotency.IDEMPOTENT),

	/** {@code DELETE /v2/audiences/{audienceId}/memberships}: removes every member of an audience. Idempotent. */
	DELETE_AUDIENCE_MEMBERSHIPS_V2("deleteAudienceMembershipsV2", HttpMethod.DELETE,
			"/v2/audiences/{audienceId}/memberships", Idempotency.IDEMPOTENT),

	/**
	 * {@code POST /v2/customer_audiences}: adds profiles to audiences and removes them. Idempotent: a membership is
	 * there or not, however often it is added or removed.
	 */
	UPDATE_CUSTOMER_PROFILE_AUDIENCES("updateCustomerProfileAudiences", HttpMethod.POST, "/v2/customer_audiences",
			Idempotency.IDEMPOTENT),

	/**
	 * {@code PUT /v2/audience_customers/{audienceId}/attributes}: sets attributes of every member of an audience.
	 * Idempotent.
	 */
	UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES("updateAudienceCustomersAttributes", HttpMethod.PUT,
			"/v2/audience_customers/{audienceId}/attributes", Idempotency.IDEMPOTENT),

	/**
	 * {@code PUT /v1/catalogs/{catalogId}/sync}: adds, changes or removes catalog items. Not idempotent in general (a
	 * second plain add or remove is refused, a price adjustment is added again); a sync whose every action may be
	 * repeated is retried like an idempotent call ({@code CatalogSyncRequest.repeatable()}).
	 */
	SYNC_CATALOG("syncCatalog", HttpMethod.PUT, "/v1/catalogs/{catalogId}/sync", Idempotency.NOT_IDEMPOTENT),

	/**
	 * {@code POST /v1/best_prior_price}: the lowest prices of SKUs in a past period (experimental in the spec, which
	 * declares no authentication; the client authenticates it like every call). Reads only.
	 */
	BEST_PRIOR_PRICE("bestPriorPrice", HttpMethod.POST, "/v1/best_prior_price", Idempotency.READ_ONLY);

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
		 * Calls for one customer profile (profile updates, the profile's events, its loyalty enrolment and deletions,
		 * the deletion of its data) are sent one at a time.
		 */
		PROFILE,

		/**
		 * Calls that change one loyalty card (a card's creation with its identifier, links and unlinks) are sent one
		 * at a time.
		 */
		CARD

	}

}
