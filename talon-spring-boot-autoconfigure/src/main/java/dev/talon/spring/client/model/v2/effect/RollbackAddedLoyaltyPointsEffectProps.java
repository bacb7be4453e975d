package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code rollbackAddedLoyaltyPoints} effect ({@code RollbackAddedLoyaltyPointsEffectProps}): points
 * added by the session were taken back, as it was cancelled or items were returned.
 *
 * @param programId the loyalty program
 * @param subLedgerId the subledger; empty for the main ledger
 * @param value the points taken back
 * @param recipientIntegrationId the profile the points are taken from
 * @param transactionUUID the point transaction
 * @param cartItemPosition with points per item, the index of the line
 * @param cartItemSubPosition with points per item, the index of the unit
 * @param cardIdentifier with card-based programs, the card
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackAddedLoyaltyPointsEffectProps(Long programId, String subLedgerId, BigDecimal value,
		String recipientIntegrationId, String transactionUUID, Integer cartItemPosition, Integer cartItemSubPosition,
		String cardIdentifier) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "rollbackAddedLoyaltyPoints";

}
