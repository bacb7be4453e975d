package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A loyalty program a customer joined ({@code LoyaltyMembership}); deprecated by Talon.One, whose profiles now always
 * carry {@code loyaltyMemberships: null}. The customer's programs are in {@link Loyalty#programs()}.
 *
 * @param joined when the customer joined
 * @param loyaltyProgramId the loyalty program
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyMembership(OffsetDateTime joined, Long loyaltyProgramId) {
}
