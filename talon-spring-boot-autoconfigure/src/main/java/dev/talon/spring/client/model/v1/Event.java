package dev.talon.spring.client.model.v1;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.talon.spring.client.model.Checks;

/**
 * The event Talon.One evaluated for a request, with the effects its rules produced.
 *
 * @param id the event's id
 * @param created when it was created
 * @param applicationId the Talon.One application
 * @param profileId the customer's profile integration id
 * @param sessionId the session it happened in
 * @param type the event type ({@code talon_session_updated} for a session update)
 * @param attributes the event's attributes (empty when none)
 * @param effects the effects to apply, in order (empty when none)
 * @param ledgerEntries the loyalty points awarded or deducted (empty when none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Event(Long id, OffsetDateTime created, Long applicationId, String profileId, String sessionId,
		String type, Map<String, Object> attributes, List<Effect> effects, List<LedgerEntry> ledgerEntries) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the event's id
	 * @param created when it was created
	 * @param applicationId the Talon.One application
	 * @param profileId the customer's profile integration id
	 * @param sessionId the session it happened in
	 * @param type the event type ({@code talon_session_updated} for a session update)
	 * @param attributes the event's attributes (empty when none)
	 * @param effects the effects to apply, in order (empty when none)
	 * @param ledgerEntries the loyalty points awarded or deducted (empty when none)
	 * @throws IllegalArgumentException when an effect is {@code null}
	 */
	public Event {
		if (effects != null) {
			for (int i = 0; i < effects.size(); i++) {
				Checks.notNull(effects.get(i), "effects[" + i + "]");
			}
		}
		attributes = Checks.copyOrEmpty(attributes);
		effects = Checks.copyOrEmpty(effects);
		ledgerEntries = Checks.copyOrEmpty(ledgerEntries);
	}

}
