package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * A referral code the simulator keeps; only its usage counter and the friends who used it change.
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

	private final ObjectNode attributes;

	/** The profiles of the closed sessions that used it, once per use. */
	private final List<String> referredCustomers = new ArrayList<>();

	private long usageCounter;

	StoredReferral(long id, Instant created, String code, long campaignId, String advocateProfileIntegrationId,
			String friendProfileIntegrationId, Instant startDate, Instant expiryDate, long usageLimit,
			ObjectNode attributes) {
		this.id = id;
		this.created = created;
		this.code = code;
		this.campaignId = campaignId;
		this.advocateProfileIntegrationId = advocateProfileIntegrationId;
		this.friendProfileIntegrationId = friendProfileIntegrationId;
		this.startDate = startDate;
		this.expiryDate = expiryDate;
		this.usageLimit = usageLimit;
		this.attributes = attributes;
	}

	/** Forgets the referral's attributes, as deleting its advocate's data does. */
	void clearAttributes() {
		if (this.attributes != null) {
			this.attributes.removeAll();
		}
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

	/** The attributes given at creation, or {@code null}. */
	ObjectNode attributes() {
		return this.attributes;
	}

	List<String> referredCustomers() {
		return List.copyOf(this.referredCustomers);
	}

	/**
	 * Counts a use by a closed session, or takes one back when that session is cancelled or reopened.
	 * @param delta 1 or -1
	 * @param profileId the friend's profile, empty when anonymous
	 */
	void countUse(int delta, String profileId) {
		this.usageCounter = Math.max(0, this.usageCounter + delta);
		if (delta > 0 && !profileId.isEmpty()) {
			this.referredCustomers.add(profileId);
		}
		else if (delta < 0) {
			this.referredCustomers.remove(profileId);
		}
	}

	SimulatedReferral snapshot() {
		return new SimulatedReferral(this.id, this.code, this.campaignId, this.advocateProfileIntegrationId,
				this.friendProfileIntegrationId, this.usageCounter, this.usageLimit);
	}

}
