package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;

/**
 * An advanced event ({@code EventV3}): the answer of {@code getEventV3} and the
 * {@link IntegrationEventV3Response#advancedEvent() advancedEvent} of a {@code trackEventV3} answer. Its effects are
 * those of its evaluation, with the helpers of {@link IntegrationEffects}.
 *
 * @param connectedSessionId the closed session the event refers to, if any
 * @param id the event's internal id
 * @param created when it was created
 * @param applicationId the Talon.One application
 * @param profileId the customer's profile integration id
 * @param storeIntegrationId the store, if any
 * @param type the event type
 * @param attributes the event's attributes (empty when none)
 * @param integrationId the event's unique id
 * @param effects the effects of the event (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventV3(String connectedSessionId, Long id, OffsetDateTime created, Long applicationId,
		String profileId, String storeIntegrationId, String type, Map<String, Object> attributes,
		String integrationId, List<Effect> effects) implements IntegrationEffects {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param connectedSessionId the closed session the event refers to, if any
	 * @param id the event's internal id
	 * @param created when it was created
	 * @param applicationId the Talon.One application
	 * @param profileId the customer's profile integration id
	 * @param storeIntegrationId the store, if any
	 * @param type the event type
	 * @param attributes the event's attributes (empty when none)
	 * @param integrationId the event's unique id
	 * @param effects the effects of the event (empty when none)
	 */
	public EventV3 {
		attributes = Checks.copyOrEmpty(attributes);
		effects = Checks.copyOrEmpty(effects);
	}

}
