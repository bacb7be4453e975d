package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.node.ObjectNode;

/**
 * A customer profile the simulator keeps, shared by the v1 and v2 operations.
 */
final class StoredProfile {

	final long id;

	final String integrationId;

	final Instant created;

	final ObjectNode attributes;

	/** The audiences it belongs to, by id ({@code audiencesChanges} of v2 profile updates). */
	final Set<Long> audiences = new TreeSet<>();

	long closedSessions;

	BigDecimal totalSales = BigDecimal.ZERO;

	Instant lastActivity;

	StoredProfile(long id, String integrationId, Instant created, ObjectNode attributes) {
		this.id = id;
		this.integrationId = integrationId;
		this.created = created;
		this.attributes = attributes;
		this.lastActivity = created;
	}

	/**
	 * A copy that a dry request may change without changing this one.
	 * @return the copy
	 */
	StoredProfile copy() {
		StoredProfile copy = new StoredProfile(this.id, this.integrationId, this.created, this.attributes.deepCopy());
		copy.audiences.addAll(this.audiences);
		copy.closedSessions = this.closedSessions;
		copy.totalSales = this.totalSales;
		copy.lastActivity = this.lastActivity;
		return copy;
	}

}
