package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of an {@code addLoyaltyPoints} effect ({@code AddLoyaltyPointsEffectProps}): points added to the
 * customer's profile or to a loyalty card. Points added with a future start date are pending until then.
 *
 * @param name why the points were added
 * @param programId the loyalty program
 * @param subLedgerId the subledger; empty for the main ledger
 * @param value the points added
 * @param desiredValue with partial rewards, the points before budget limits
 * @param recipientIntegrationId the profile the points were added for
 * @param startDate when the points become active, if set
 * @param expiryDate when the points expire, if set
 * @param transactionUUID the point transaction
 * @param cartItemPosition with points per item, the index of the line in the session's {@code cartItems}
 * @param cartItemSubPosition with points per item, the index of the unit in its line
 * @param cardIdentifier with card-based programs, the card the points were added to
 * @param bundleIndex with bundles, the index of the bundle
 * @param bundleName with bundles, the bundle definition's name
 * @param awaitsActivation whether the points wait for an action to become active
 * @param validityDuration how long the points stay active after their start, such as {@code 30D}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddLoyaltyPointsEffectProps(String name, Long programId, String subLedgerId, BigDecimal value,
		BigDecimal desiredValue, String recipientIntegrationId, OffsetDateTime startDate, OffsetDateTime expiryDate,
		String transactionUUID, Integer cartItemPosition, Integer cartItemSubPosition, String cardIdentifier,
		Long bundleIndex, String bundleName, Boolean awaitsActivation, String validityDuration) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "addLoyaltyPoints";

}
