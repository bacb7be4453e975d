package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of a customer profile the simulator keeps.
 *
 * @param integrationId the profile's id in the shop
 * @param attributes the merged attributes (JSON values as maps, lists, strings, {@link BigDecimal}s, ...)
 * @param closedSessions how many of its sessions were closed and not cancelled since
 * @param totalSales the sum of those sessions' totals
 * @param created when it was created
 * @param lastActivity when a request last concerned it
 */
public record SimulatedProfile(String integrationId, Map<String, Object> attributes, long closedSessions,
		BigDecimal totalSales, Instant created, Instant lastActivity) {
}
