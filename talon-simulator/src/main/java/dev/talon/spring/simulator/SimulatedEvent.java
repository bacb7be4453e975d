package dev.talon.spring.simulator;

import java.util.List;

/**
 * A snapshot of an event the simulator recorded: {@code talon_session_updated} for each session update,
 * {@code talon_profile_updated} for each profile update, and the custom events of {@code trackEvent}.
 *
 * @param id the event's id
 * @param type the event type
 * @param sessionId the session, or {@code null} for a profile update
 * @param profileId the profile, empty when anonymous
 * @param effects the names of the effects it produced, in order
 */
public record SimulatedEvent(long id, String type, String sessionId, String profileId, List<String> effects) {
}
