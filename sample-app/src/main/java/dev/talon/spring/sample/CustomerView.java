package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A customer as Talon.One knows them.
 *
 * @param id the customer's id (the profile's integration id)
 * @param attributes the profile's attributes
 * @param closedSessions how many orders the customer placed (cancelled and reopened ones not counted)
 * @param totalSales the value of those orders before discounts, less returned items
 * @param loyaltyPoints the customer's current balance in the shop's loyalty program; absent where the answer does not
 * tell it (the answer to a profile change)
 * @param lastActivity when Talon.One last evaluated rules for the customer
 */
public record CustomerView(String id, Map<String, Object> attributes, Long closedSessions, BigDecimal totalSales,
		BigDecimal loyaltyPoints, OffsetDateTime lastActivity) {
}
