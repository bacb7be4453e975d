package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code rollbackDeductedLoyaltyPoints} effect ({@code RollbackDeductedLoyaltyPointsEffectProps}):
 * points redeemed in the session were given back, as it was cancelled or items were returned.
 *
 * @param programId the loyalty program
 * @param subLedgerId the subledger; empty for the main ledger
 * @param value the points given back
 * @param recipientIntegrationId the profile the points are given back to
 * @param startDate when the returned points become active, if set
 * @param expiryDate when the returned points expire, if set
 * @param transactionUUID the point transaction
 * @param cardIdentifier with card-based programs, the card
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackDeductedLoyaltyPointsEffectProps(Long programId, String subLedgerId, BigDecimal value,
		String recipientIntegrationId, OffsetDateTime startDate, OffsetDateTime expiryDate, String transactionUUID,
		String cardIdentifier) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "rollbackDeductedLoyaltyPoints";

}
