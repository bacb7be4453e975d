package dev.talon.spring.client.model.v1;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A loyalty program a customer joined.
 *
 * @param joined when the customer joined
 * @param loyaltyProgramId the loyalty program
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyMembership(OffsetDateTime joined, Long loyaltyProgramId) {
}
