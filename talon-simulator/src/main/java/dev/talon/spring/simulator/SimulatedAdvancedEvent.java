package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of an advanced event recorded with {@code POST /v3/events}.
 *
 * @param id the event's internal id (also in {@link TalonSimulator#events()})
 * @param integrationId the shop's unique id of the event
 * @param type the event type
 * @param profileId the customer profile
 * @param connectedSessionId the closed session it refers to, or {@code null}
 * @param attributes its attributes (JSON values as maps, lists, strings, {@link java.math.BigDecimal}s, ...)
 * @param created when it was recorded
 * @param effects the types of the effects it produced, in order
 */
public record SimulatedAdvancedEvent(long id, String integrationId, String type, String profileId,
		String connectedSessionId, Map<String, Object> attributes, Instant created, List<String> effects) {
}
