package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A profile-based loyalty program that awards points when a session with a customer profile is closed: one point per
 * {@code amountPerPoint} of the cart items' total after the session's discounts, rounded down, as one v2
 * {@code addLoyaltyPoints} effect ({@code subLedgerId} {@code ""}, a fresh {@code transactionUUID}). The points go to
 * the profile's ledger of the program; a return takes back what the returned items earned
 * ({@code rollbackAddedLoyaltyPoints}), and cancelling or reopening the session takes back the rest. v1 answers do not
 * show loyalty effects, but v1 sessions earn points all the same.
 *
 * @param campaignId the campaign id, positive
 * @param programId the loyalty program's id, positive
 * @param programName the program's name and title, such as {@code Coffee points}
 * @param amountPerPoint how much money earns one point, positive, such as {@code 1.00}
 * @param pendingFor how long new points stay pending before they become active, zero for active at once
 * @param label the reason of the addition ({@code addLoyaltyPoints.name}) and the rule's name
 */
public record LoyaltyRule(long campaignId, long programId, String programName, BigDecimal amountPerPoint,
		Duration pendingFor, String label) implements PromotionRule {

	/**
	 * Checks the arguments.
	 * @param campaignId the campaign id, positive
	 * @param programId the loyalty program's id, positive
	 * @param programName the program's name and title, such as {@code Coffee points}
	 * @param amountPerPoint how much money earns one point, positive, such as {@code 1.00}
	 * @param pendingFor how long new points stay pending before they become active, zero for active at once
	 * @param label the reason of the addition ({@code addLoyaltyPoints.name}) and the rule's name
	 * @throws IllegalArgumentException when one is missing or out of range
	 */
	public LoyaltyRule {
		RuleChecks.campaignId(campaignId);
		if (programId <= 0) {
			throw new IllegalArgumentException("programId must be positive but was " + programId);
		}
		RuleChecks.notBlank(programName, "programName");
		RuleChecks.notNull(amountPerPoint, "amountPerPoint");
		if (amountPerPoint.signum() <= 0) {
			throw new IllegalArgumentException("amountPerPoint must be positive but was " + amountPerPoint);
		}
		if (pendingFor == null || pendingFor.isNegative()) {
			throw new IllegalArgumentException("pendingFor must be zero or positive but was " + pendingFor);
		}
		RuleChecks.notBlank(label, "label");
	}

	/**
	 * A program whose points are active at once.
	 * @param campaignId the campaign id, positive
	 * @param programId the loyalty program's id, positive
	 * @param programName the program's name and title
	 * @param amountPerPoint how much money earns one point, positive
	 * @param label the reason of the addition and the rule's name
	 */
	public LoyaltyRule(long campaignId, long programId, String programName, BigDecimal amountPerPoint, String label) {
		this(campaignId, programId, programName, amountPerPoint, Duration.ZERO, label);
	}

	@Override
	public String describe() {
		return "campaign " + this.campaignId + ": loyalty program " + this.programId + " (" + this.programName
				+ ") awards 1 point per " + this.amountPerPoint.toPlainString()
				+ " of a closed session's cart after discounts, labelled \"" + this.label + "\""
				+ (this.pendingFor.isZero() ? "" : ", pending for " + this.pendingFor);
	}

}
