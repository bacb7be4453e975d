package dev.talon.spring.simulator;

import java.util.List;

/**
 * A snapshot of a loyalty card of a card-based program ({@link LoyaltyRule#onLoyaltyCards()}).
 *
 * @param identifier the card's identifier
 * @param programId its loyalty program
 * @param active whether it is active (an inactive card earns no points)
 * @param profileIds the integration ids of the profiles linked to it, in the order they were linked
 * @param ledger its points (the ledger's {@code profileId} is {@code null})
 */
public record SimulatedLoyaltyCard(String identifier, long programId, boolean active, List<String> profileIds,
		SimulatedLoyaltyLedger ledger) {
}
