package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.talon.spring.client.model.Checks;

/**
 * A customer profile as Talon.One keeps it.
 *
 * @param integrationId the profile's id in the shop
 * @param created when it was created
 * @param attributes the profile's attributes (empty when none)
 * @param accountId the Talon.One account
 * @param closedSessions how many sessions were closed, that is how many purchases were made
 * @param totalSales the sum of all purchases
 * @param loyaltyMemberships the loyalty programs joined (empty when none)
 * @param lastActivity when the last event of this customer was received
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfile(String integrationId, OffsetDateTime created, Map<String, Object> attributes,
		Long accountId, Long closedSessions, BigDecimal totalSales, List<LoyaltyMembership> loyaltyMemberships,
		OffsetDateTime lastActivity) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param integrationId the profile's id in the shop
	 * @param created when it was created
	 * @param attributes the profile's attributes (empty when none)
	 * @param accountId the Talon.One account
	 * @param closedSessions how many sessions were closed, that is how many purchases were made
	 * @param totalSales the sum of all purchases
	 * @param loyaltyMemberships the loyalty programs joined (empty when none)
	 * @param lastActivity when the last event of this customer was received
	 */
	public CustomerProfile {
		attributes = Checks.copyOrEmpty(attributes);
		loyaltyMemberships = Checks.copyOrEmpty(loyaltyMemberships);
	}

}
