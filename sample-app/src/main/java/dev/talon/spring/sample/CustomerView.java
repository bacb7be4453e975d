package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer as Talon.One knows them. Each Talon.One Application has its own profile of the customer, with the
 * orders placed and the points earned in its markets: {@code GET /customers/{id}} shows the one of the market asked
 * for; {@code PUT /customers/{id}} changes the attributes in every Application and shows the profile as the first
 * Application (in the order of {@code talon.applications}) that took the change answered it, with the outcome in
 * each.
 *
 * @param id the customer's id (the profile's integration id)
 * @param market the market whose Application's profile this is; absent in the answer to a profile change
 * @param attributes the profile's attributes
 * @param closedSessions how many orders the customer placed in that Application (cancelled and reopened ones not
 * counted)
 * @param totalSales the value of those orders before discounts, less returned items
 * @param loyaltyPoints the customer's current balance in the market's loyalty program; absent where the answer does
 * not tell it (the answer to a profile change)
 * @param lastActivity when Talon.One last evaluated rules for the customer
 * @param applications the outcome of a profile change in each Talon.One Application, by name; absent otherwise
 */
public record CustomerView(String id, String market, Map<String, Object> attributes, Long closedSessions,
		BigDecimal totalSales, BigDecimal loyaltyPoints, OffsetDateTime lastActivity,
		Map<String, ProfileUpdate> applications) {

	/**
	 * This view with the outcome of a profile change in each Application.
	 * @param applications the outcomes by Application, in the order to show them
	 * @return the view
	 */
	CustomerView withApplications(Map<String, ProfileUpdate> applications) {
		return new CustomerView(this.id, this.market, this.attributes, this.closedSessions, this.totalSales,
				this.loyaltyPoints, this.lastActivity, Collections.unmodifiableMap(new LinkedHashMap<>(applications)));
	}

	/**
	 * What became of a profile change in one Talon.One Application.
	 */
	public enum ProfileUpdate {

		/** The Application has the change. */
		UPDATED,

		/**
		 * The Application could not be asked or failed itself (Talon.One down, slow, or asking to slow down): it does
		 * not have the change, and sending it again later can succeed (the shop logged why).
		 */
		FAILED,

		/**
		 * The Application refused the change (a 4xx such as 400 or 401): it does not have it, and sending the same
		 * change again will be refused again (the shop logged why).
		 */
		REFUSED

	}

}
