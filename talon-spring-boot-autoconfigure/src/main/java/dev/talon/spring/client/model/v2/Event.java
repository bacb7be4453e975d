package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.v2.effect.Effect;
import tools.jackson.databind.JsonNode;

/**
 * An event Talon.One evaluated ({@code Event}, v2), asked for with the {@code event} response content: the built-in
 * event of a session update (such as {@code talon_session_updated}) or a custom event.
 *
 * @param id the event's internal id
 * @param created when it was created
 * @param applicationId the Talon.One application
 * @param profileId the customer's profile integration id
 * @param storeIntegrationId the store, if any
 * @param type the event type
 * @param attributes the event's attributes (empty when none)
 * @param integrationId the event's integration id, if any
 * @param sessionId the session the event belongs to, if any
 * @param effects the effects of the event (empty when none); the same as the answer's
 * {@link IntegrationStateV2#effects()}
 * @param ledgerEntries the loyalty point changes of the event (empty when none)
 * @param meta what Talon.One adds about the evaluation (campaign and coupon attributes, rejection reasons, warnings),
 * kept as JSON, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Event(Long id, OffsetDateTime created, Long applicationId, String profileId, String storeIntegrationId,
		String type, Map<String, Object> attributes, String integrationId, String sessionId, List<Effect> effects,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LedgerEntry> ledgerEntries, JsonNode meta) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the event's internal id
	 * @param created when it was created
	 * @param applicationId the Talon.One application
	 * @param profileId the customer's profile integration id
	 * @param storeIntegrationId the store, if any
	 * @param type the event type
	 * @param attributes the event's attributes (empty when none)
	 * @param integrationId the event's integration id, if any
	 * @param sessionId the session the event belongs to, if any
	 * @param effects the effects of the event (empty when none); the same as the answer's
	 * {@link IntegrationStateV2#effects()}
	 * @param ledgerEntries the loyalty point changes of the event (empty when none)
	 * @param meta what Talon.One adds about the evaluation (campaign and coupon attributes, rejection reasons, warnings),
	 * kept as JSON, or {@code null}
	 */
	public Event {
		attributes = Checks.copyOrEmpty(attributes);
		effects = Checks.copyOrEmpty(effects);
		ledgerEntries = Checks.copyOrEmpty(ledgerEntries);
	}

}
