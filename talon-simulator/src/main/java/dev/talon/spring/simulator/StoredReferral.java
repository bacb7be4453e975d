package dev.talon.spring.simulator;

import java.time.Instant;

/**
 * A referral code the simulator keeps; only its usage counter changes.
 */
final class StoredReferral {

	private final long id;

	private final Instant created;

	private final String code;

	private final long campaignId;

	private final String advocateProfileIntegrationId;

	private final String friendProfileIntegrationId;

	private final Instant startDate;

	private final Instant expiryDate;

	private final long usageLimit;

	private long usageCounter;

	StoredReferral(long id, Instant created, String code, long campaignId, String advocateProfileIntegrationId,
			String friendProfileIntegrationId, Instant startDate, Instant expiryDate, long usageLimit) {
		this.id = id;
		this.created = created;
		this.code = code;
		this.campaignId = campaignId;
		this.advocateProfileIntegrationId = advocateProfileIntegrationId;
		this.friendProfileIntegrationId = friendProfileIntegrationId;
		this.startDate = startDate;
		this.expiryDate = expiryDate;
		this.usageLimit = usageLimit;
	}

	long id() {
		return this.id;
	}

	Instant created() {
		return this.created;
	}

	String code() {
		return this.code;
	}

	long campaignId() {
		return this.campaignId;
	}

	String advocateProfileIntegrationId() {
		return this.advocateProfileIntegrationId;
	}

	String friendProfileIntegrationId() {
		return this.friendProfileIntegrationId;
	}

	Instant startDate() {
		return this.startDate;
	}

	Instant expiryDate() {
		return this.expiryDate;
	}

	long usageLimit() {
		return this.usageLimit;
	}

	long usageCounter() {
		return this.usageCounter;
	}

	void countUse(int delta) {
		this.usageCounter = Math.max(0, this.usageCounter + delta);
	}

	SimulatedReferral snapshot() {
		return new SimulatedReferral(this.id, this.code, this.campaignId, this.advocateProfileIntegrationId,
				this.friendProfileIntegrationId, this.usageCounter, this.usageLimit);
	}

}
