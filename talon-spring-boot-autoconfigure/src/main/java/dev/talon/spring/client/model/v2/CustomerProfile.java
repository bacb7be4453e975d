package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A customer profile as Talon.One keeps it ({@code CustomerProfile}, v2). Read as Talon.One sent it: real answers
 * carry profiles without {@code id} and even an empty {@code customerProfile: {}}, whose fields are then {@code null};
 * missing lists and maps are empty.
 *
 * @param id the profile's internal id
 * @param created when it was created
 * @param integrationId the profile's id in the shop
 * @param attributes the profile's attributes (empty when none)
 * @param accountId the Talon.One account
 * @param closedSessions how many sessions were closed, not counting cancelled or reopened ones
 * @param totalSales the money spent before discounts, without cancelled or reopened sessions and returned items, in
 * the application's currency
 * @param loyaltyMemberships deprecated by Talon.One, always {@code null} on the wire (empty)
 * @param audienceMemberships the audiences the customer belongs to (empty when none)
 * @param lastActivity when the last rule-evaluating, non-dry event of this customer was received
 * @param sandbox whether the profile belongs to a sandbox application
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfile(Long id, OffsetDateTime created, String integrationId, Map<String, Object> attributes,
		Long accountId, Long closedSessions, BigDecimal totalSales,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LoyaltyMembership> loyaltyMemberships,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<AudienceMembership> audienceMemberships,
		OffsetDateTime lastActivity, Boolean sandbox) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the profile's internal id
	 * @param created when it was created
	 * @param integrationId the profile's id in the shop
	 * @param attributes the profile's attributes (empty when none)
	 * @param accountId the Talon.One account
	 * @param closedSessions how many sessions were closed, not counting cancelled or reopened ones
	 * @param totalSales the money spent before discounts, without cancelled or reopened sessions and returned items, in
	 * the application's currency
	 * @param loyaltyMemberships deprecated by Talon.One, always {@code null} on the wire (empty)
	 * @param audienceMemberships the audiences the customer belongs to (empty when none)
	 * @param lastActivity when the last rule-evaluating, non-dry event of this customer was received
	 * @param sandbox whether the profile belongs to a sandbox application
	 */
	public CustomerProfile {
		attributes = Checks.copyOrEmpty(attributes);
		loyaltyMemberships = Checks.copyOrEmpty(loyaltyMemberships);
		audienceMemberships = Checks.copyOrEmpty(audienceMemberships);
	}

}
