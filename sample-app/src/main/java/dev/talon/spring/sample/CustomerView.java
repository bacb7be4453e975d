package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import dev.talon.spring.client.model.v1.CustomerProfile;

/**
 * A customer as Talon.One knows them.
 *
 * @param id the customer's id (the profile's integration id)
 * @param attributes the profile's attributes
 * @param closedSessions how many orders the customer placed
 * @param totalSales the sum of those orders
 * @param lastActivity when Talon.One last heard of the customer
 */
public record CustomerView(String id, Map<String, Object> attributes, Long closedSessions, BigDecimal totalSales,
		OffsetDateTime lastActivity) {

	static CustomerView of(CustomerProfile profile) {
		return new CustomerView(profile.integrationId(), profile.attributes(), profile.closedSessions(),
				profile.totalSales(), profile.lastActivity());
	}

}
