package dev.talon.spring.client.model.v1;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code trackEvent}: a custom event in a session, on which Talon.One evaluates its rules. A missing
 * profile or session is created; an existing session must belong to the same profile.
 *
 * @param profileId the customer's profile integration id; empty or {@code null} for an anonymous customer
 * @param sessionId the session the event happened in, not empty
 * @param type the event type, such as {@code product_viewed}; not empty and not a reserved event name
 * @param attributes the event's attributes; sent as {@code {}} when {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewEvent(String profileId, String sessionId, String type, Map<String, Object> attributes) {

	/**
	 * Checks the constraints of the request and copies the attributes.
	 * @param profileId the customer's profile integration id; empty or {@code null} for an anonymous customer
	 * @param sessionId the session the event happened in, not empty
	 * @param type the event type, such as {@code product_viewed}; not empty and not a reserved event name
	 * @param attributes the event's attributes; sent as {@code {}} when {@code null}
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewEvent {
		Checks.notEmpty(sessionId, "sessionId");
		Checks.notEmpty(type, "type");
		attributes = Checks.copyOrEmpty(attributes);
	}

	/**
	 * Starts an event with its required fields.
	 * @param sessionId the session the event happened in
	 * @param type the event type
	 * @return a builder
	 */
	public static Builder builder(String sessionId, String type) {
		return new Builder(sessionId, type);
	}

	/**
	 * Builds a {@link NewEvent}.
	 */
	public static final class Builder {

		private final String sessionId;

		private final String type;

		private String profileId;

		private Map<String, Object> attributes;

		private Builder(String sessionId, String type) {
			this.sessionId = sessionId;
			this.type = type;
		}

		/**
		 * Sets the customer's profile.
		 * @param profileId the profile's integration id
		 * @return this builder
		 */
		public Builder profileId(String profileId) {
			this.profileId = profileId;
			return this;
		}

		/**
		 * Sets the event's attributes.
		 * @param attributes the attributes
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = attributes;
			return this;
		}

		/**
		 * Builds the event.
		 * @return the event
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public NewEvent build() {
			return new NewEvent(this.profileId, this.sessionId, this.type, this.attributes);
		}

	}

}
