package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One price type of a catalog item in an answer ({@code PriceDetail}, in {@link CartItem#prices()}); read only.
 *
 * @param price the price of this price type, in the application's currency
 * @param adjustmentContextId the context of the price adjustment, if any
 * @param adjustmentReferenceId the reference (a UUID) of the price adjustment, if any
 * @param adjustmentEffectiveFrom from when the adjustment applies, if set
 * @param adjustmentEffectiveUntil until when the adjustment applies, if set
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PriceDetail(BigDecimal price, String adjustmentContextId, String adjustmentReferenceId,
		OffsetDateTime adjustmentEffectiveFrom, OffsetDateTime adjustmentEffectiveUntil) {
}
