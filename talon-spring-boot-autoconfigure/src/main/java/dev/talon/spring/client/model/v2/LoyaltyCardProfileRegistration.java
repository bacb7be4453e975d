package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A profile linked to a loyalty card ({@code LoyaltyCardProfileRegistration}).
 *
 * @param integrationId the profile's integration id
 * @param timestamp when the profile was linked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyCardProfileRegistration(String integrationId, OffsetDateTime timestamp) {
}
