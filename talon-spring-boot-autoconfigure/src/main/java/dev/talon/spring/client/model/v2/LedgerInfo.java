package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The point balances of a customer or a card in one ledger of a loyalty program ({@code LedgerInfo}). Points are
 * exact decimals, in the program's points.
 *
 * @param currentBalance the active points: added, already valid and not expired or spent; what can be redeemed now
 * @param pendingBalance the pending points: added with a start date in the future, not yet redeemable
 * @param negativeBalance the negative points (deductions beyond the balance); when positive the current balance is 0
 * @param expiredBalance the expired points; deprecated by Talon.One and always 0
 * @param spentBalance the spent (redeemed) points; deprecated by Talon.One and always 0
 * @param tentativeCurrentBalance the active points after the additions and deductions of the current open session;
 * the current balance takes this value when the session closes
 * @param tentativePendingBalance the pending points after the additions of the current open session that start in
 * the future
 * @param tentativeNegativeBalance the negative points after the current open session
 * @param currentTier the tier the ledger is eligible for, if the program has tiers
 * @param pointsToNextTier the points still needed for the next tier
 * @param nextTierName the next higher tier; {@code null} at the highest tier
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerInfo(BigDecimal currentBalance, BigDecimal pendingBalance, BigDecimal negativeBalance,
		BigDecimal expiredBalance, BigDecimal spentBalance, BigDecimal tentativeCurrentBalance,
		BigDecimal tentativePendingBalance, BigDecimal tentativeNegativeBalance, Tier currentTier,
		BigDecimal pointsToNextTier, String nextTierName) {
}
