package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The point balances of one ledger of a customer or a card ({@code LoyaltyBalance}, and {@code LoyaltyBalanceWithTier}
 * which adds the tier fields). Points are exact decimals, in the program's points, each kind counted once:
 * <ul>
 * <li><em>active</em> points were added, have started and have neither expired nor been spent: what the customer can
 * redeem now;</li>
 * <li><em>pending</em> points were added with a start date in the future (or await an action, see
 * {@code activateLoyaltyPoints}): not yet redeemable;</li>
 * <li><em>spent</em> points were redeemed;</li>
 * <li><em>expired</em> points reached their expiry date without being spent: they cannot be used any more;</li>
 * <li><em>negative</em> points are deductions beyond the balance: while they are positive, the active points are
 * 0.</li>
 * </ul>
 *
 * @param activePoints the active points: redeemable now
 * @param pendingPoints the pending points: added, not yet started
 * @param spentPoints the spent points: redeemed
 * @param expiredPoints the expired points: never redeemed, no longer usable
 * @param negativePoints the negative points: deducted beyond the balance
 * @param currentTier the customer's current tier ({@code includeTiers}; {@code LoyaltyBalanceWithTier} only)
 * @param projectedTier the tier projected for when the current one expires ({@code includeProjectedTier};
 * {@code LoyaltyBalanceWithTier} only)
 * @param pointsToNextTier the points still needed for the next tier ({@code includeTiers};
 * {@code LoyaltyBalanceWithTier} only)
 * @param nextTierName the next higher tier; {@code null} at the highest one ({@code LoyaltyBalanceWithTier} only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyBalance(BigDecimal activePoints, BigDecimal pendingPoints, BigDecimal spentPoints,
		BigDecimal expiredPoints, BigDecimal negativePoints, Tier currentTier, ProjectedTier projectedTier,
		BigDecimal pointsToNextTier, String nextTierName) {
}
