package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loyalty card of a card-based program ({@code generateLoyaltyCard}): its identifier, status, the profiles linked to
 * it and its own ledger of points.
 */
final class StoredCard {

	final long id;

	final String identifier;

	final LoyaltyRule program;

	final Instant created;

	/** Whether the card is active: an inactive card earns no points. */
	final boolean active;

	/** The linked profiles and when they were linked, in that order. */
	final Map<String, Instant> profiles = new LinkedHashMap<>();

	final LoyaltyLedger ledger;

	Instant modified;

	StoredCard(long id, String identifier, LoyaltyRule program, Instant created, boolean active, LoyaltyLedger ledger) {
		this.id = id;
		this.identifier = identifier;
		this.program = program;
		this.created = created;
		this.active = active;
		this.ledger = ledger;
		this.modified = created;
	}

}
