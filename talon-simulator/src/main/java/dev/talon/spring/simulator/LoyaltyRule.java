package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A loyalty program that awards points when a session is closed: one point per {@code amountPerPoint} of the cart
 * items' total after the session's discounts, rounded down, as one v2 {@code addLoyaltyPoints} effect
 * ({@code subLedgerId} {@code ""}, a fresh {@code transactionUUID}). A return takes back what the returned items earned
 * ({@code rollbackAddedLoyaltyPoints}), and cancelling or reopening the session takes back the rest. v1 answers do not
 * show loyalty effects, but v1 sessions earn points all the same.
 * <p>
 * A profile-based program (the default) awards the points to the session's profile, which joins the program with its
 * first points (or with {@code joinLoyaltyProgram}); anonymous sessions earn nothing. A
 * {@link #onLoyaltyCards() card-based} program awards them to the loyalty card the session names in
 * {@code loyaltyCards}, which must have been generated ({@code generateLoyaltyCard}) and be active; sessions without
 * such a card earn nothing.
 *
 * @param campaignId the campaign id, positive
 * @param programId the loyalty program's id, positive
 * @param programName the program's name and title, such as {@code Coffee points}
 * @param amountPerPoint how much money earns one point, positive, such as {@code 1.00}
 * @param pendingFor how long new points stay pending before they become active, zero for active at once
 * ({@code activateLoyaltyPoints} activates pending points early)
 * @param validFor how long points stay valid once active before they expire, zero for points that never expire
 * @param cardBased whether the points go to loyalty cards rather than to profiles
 * @param label the reason of the addition ({@code addLoyaltyPoints.name}) and the rule's name
 */
public record LoyaltyRule(long campaignId, long programId, String programName, BigDecimal amountPerPoint,
		Duration pendingFor, Duration validFor, boolean cardBased, String label) implements PromotionRule {

	/**
	 * Checks the arguments.
	 * @param campaignId the campaign id, positive
	 * @param programId the loyalty program's id, positive
	 * @param programName the program's name and title, such as {@code Coffee points}
	 * @param amountPerPoint how much money earns one point, positive, such as {@code 1.00}
	 * @param pendingFor how long new points stay pending before they become active, zero for active at once
	 * @param validFor how long points stay valid once active, zero for points that never expire
	 * @param cardBased whether the points go to loyalty cards rather than to profiles
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
		if (validFor == null || validFor.isNegative()) {
			throw new IllegalArgumentException("validFor must be zero or positive but was " + validFor);
		}
		RuleChecks.notBlank(label, "label");
	}

	/**
	 * A profile-based program whose points never expire.
	 * @param campaignId the campaign id, positive
	 * @param programId the loyalty program's id, positive
	 * @param programName the program's name and title
	 * @param amountPerPoint how much money earns one point, positive
	 * @param pendingFor how long new points stay pending before they become active, zero for active at once
	 * @param label the reason of the addition and the rule's name
	 */
	public LoyaltyRule(long campaignId, long programId, String programName, BigDecimal amountPerPoint,
			Duration pendingFor, String label) {
		this(campaignId, programId, programName, amountPerPoint, pendingFor, Duration.ZERO, false, label);
	}

	/**
	 * A profile-based program whose points are active at once and never expire.
	 * @param campaignId the campaign id, positive
	 * @param programId the loyalty program's id, positive
	 * @param programName the program's name and title
	 * @param amountPerPoint how much money earns one point, positive
	 * @param label the reason of the addition and the rule's name
	 */
	public LoyaltyRule(long campaignId, long programId, String programName, BigDecimal amountPerPoint, String label) {
		this(campaignId, programId, programName, amountPerPoint, Duration.ZERO, label);
	}

	/**
	 * This program with points that expire a while after they become active.
	 * @param validFor how long points stay valid once active, positive (zero for never)
	 * @return the changed rule
	 * @throws IllegalArgumentException when {@code validFor} is {@code null} or negative
	 */
	public LoyaltyRule expiringAfter(Duration validFor) {
		return new LoyaltyRule(this.campaignId, this.programId, this.programName, this.amountPerPoint, this.pendingFor,
				validFor, this.cardBased, this.label);
	}

	/**
	 * This program as a card-based one: its points go to the loyalty card a session names in {@code loyaltyCards}.
	 * @return the changed rule
	 */
	public LoyaltyRule onLoyaltyCards() {
		return new LoyaltyRule(this.campaignId, this.programId, this.programName, this.amountPerPoint, this.pendingFor,
				this.validFor, true, this.label);
	}

	@Override
	public String describe() {
		return "campaign " + this.campaignId + ": " + (this.cardBased ? "card-based " : "") + "loyalty program "
				+ this.programId + " (" + this.programName + ") awards 1 point per "
				+ this.amountPerPoint.toPlainString() + " of a closed session's cart after discounts"
				+ (this.cardBased ? " to the session's loyalty card" : "") + ", labelled \"" + this.label + "\""
				+ (this.pendingFor.isZero() ? "" : ", pending for " + this.pendingFor)
				+ (this.validFor.isZero() ? "" : ", valid for " + this.validFor);
	}

}
