package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * An advanced event ({@code POST /v3/events}), unique by its integration id.
 *
 * @param id the internal id, shared with the other events
 * @param integrationId the shop's unique id of the event
 * @param created when it was recorded
 * @param profileId the customer profile
 * @param type the event type
 * @param attributes the attributes as sent (an empty object when none)
 * @param connectedSessionId the closed session it refers to, or {@code null}
 * @param storeIntegrationId the store, or {@code null}
 * @param effects the effects it produced
 */
record StoredAdvancedEvent(long id, String integrationId, Instant created, String profileId, String type,
		ObjectNode attributes, String connectedSessionId, String storeIntegrationId, List<RuleEffect> effects) {
}
