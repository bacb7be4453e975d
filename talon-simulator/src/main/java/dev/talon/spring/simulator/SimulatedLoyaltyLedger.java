package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A snapshot of one profile's points in one loyalty program.
 *
 * @param profileId the profile's integration id
 * @param programId the loyalty program
 * @param currentBalance the active points
 * @param pendingBalance the points not active yet (see {@link LoyaltyRule#pendingFor()})
 * @param transactions the transactions, oldest first
 */
public record SimulatedLoyaltyLedger(String profileId, long programId, BigDecimal currentBalance,
		BigDecimal pendingBalance, List<SimulatedLoyaltyTransaction> transactions) {
}
