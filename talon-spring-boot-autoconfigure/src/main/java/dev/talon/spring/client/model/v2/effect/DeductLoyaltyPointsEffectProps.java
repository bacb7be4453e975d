package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code deductLoyaltyPoints} effect ({@code DeductLoyaltyPointsEffectProps}): points redeemed from
 * the active balance; the deduction persists when the session closes.
 *
 * @param ruleTitle the rule that deducted the points
 * @param programId the loyalty program
 * @param subLedgerId the subledger; empty for the main ledger
 * @param value the points deducted
 * @param transactionUUID the point transaction
 * @param name why the points were deducted
 * @param cardIdentifier with card-based programs, the card the points were deducted from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeductLoyaltyPointsEffectProps(String ruleTitle, Long programId, String subLedgerId, BigDecimal value,
		String transactionUUID, String name, String cardIdentifier) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "deductLoyaltyPoints";

}
