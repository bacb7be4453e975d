package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The tier a customer is projected to have when the current tier expires ({@code ProjectedTier}), asked for with
 * {@code includeProjectedTier}.
 *
 * @param projectedActivePoints the active points the customer will have when the current tier expires
 * @param stayInTierPoints the points still needed to stay in the current tier (only when a downgrade is projected)
 * @param projectedTierName the tier the customer will enter then
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectedTier(BigDecimal projectedActivePoints, BigDecimal stayInTierPoints, String projectedTierName) {
}
