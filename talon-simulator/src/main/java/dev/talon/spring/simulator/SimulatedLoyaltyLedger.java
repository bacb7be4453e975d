package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A snapshot of one profile's (or one loyalty card's) points in one loyalty program.
 *
 * @param profileId the profile's integration id, {@code null} for a card's ledger
 * @param programId the loyalty program
 * @param currentBalance the active points
 * @param pendingBalance the points not active yet (see {@link LoyaltyRule#pendingFor()})
 * @param transactions the transactions, oldest first
 * @param expiredBalance the points that expired unused (see {@link LoyaltyRule#validFor()})
 */
public record SimulatedLoyaltyLedger(String profileId, long programId, BigDecimal currentBalance,
		BigDecimal pendingBalance, List<SimulatedLoyaltyTransaction> transactions, BigDecimal expiredBalance) {
}
