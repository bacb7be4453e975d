package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A return of cart items of a closed session.
 *
 * @param id the return's id
 * @param created when it was made
 * @param eventId the id of its {@code talon_session_partially_returned} event
 * @param session the session
 * @param profile the session's profile, or {@code null} for an anonymous session
 * @param items the returned items, each with its resolved quantity and SKU
 * @param effects the rollback effects it produced
 */
record StoredReturn(long id, Instant created, long eventId, StoredSession session, StoredProfile profile,
		List<SimulatedReturn.Item> items, List<RuleEffect> effects) {

	SimulatedReturn snapshot() {
		return new SimulatedReturn(this.id, this.session.integrationId,
				(this.profile != null) ? this.profile.integrationId : "", this.items, this.created,
				this.effects.stream().map(RuleEffect::effectType).toList());
	}

}
