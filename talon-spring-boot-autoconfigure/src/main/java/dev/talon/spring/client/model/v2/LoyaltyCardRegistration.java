package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code linkLoyaltyCardToProfile} and {@code unlinkLoyaltyCardFromProfile}
 * ({@code LoyaltyCardRegistration}): the profile to link to a loyalty card, or to unlink from it.
 *
 * @param integrationId the profile's integration id, not blank
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyCardRegistration(String integrationId) {

	/**
	 * Checks the profile's id.
	 * @param integrationId the profile's integration id, not blank
	 * @throws IllegalArgumentException when it is {@code null} or blank
	 */
	public LoyaltyCardRegistration {
		Checks.notEmpty(integrationId, "integrationId");
	}

	/**
	 * The given profile.
	 * @param integrationId the profile's integration id, not blank
	 * @return the registration
	 */
	public static LoyaltyCardRegistration of(String integrationId) {
		return new LoyaltyCardRegistration(integrationId);
	}

}
