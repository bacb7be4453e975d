package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * One change of an audience's members ({@code CustomerProfileAudienceRequestItem}, in a
 * {@link CustomerProfileAudienceRequest}).
 *
 * @param action whether the profile joins or leaves the audience
 * @param profileIntegrationId the profile's integration id, not blank, at most 1000 characters; a profile that does
 * not exist is created by {@link Action#ADD} (it shows in an Application once a session or profile update names it)
 * @param audienceId the audience's id, positive
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfileAudienceRequestItem(Action action, String profileIntegrationId, Long audienceId) {

	/**
	 * Checks the fields, all required.
	 * @param action whether the profile joins or leaves the audience
	 * @param profileIntegrationId the profile's integration id, not blank, at most 1000 characters
	 * @param audienceId the audience's id, positive
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public CustomerProfileAudienceRequestItem {
		Checks.notNull(action, "action");
		Checks.notEmpty(profileIntegrationId, "profileIntegrationId");
		RequestChecks.length(profileIntegrationId, 1, RequestChecks.MAX_INTEGRATION_ID_LENGTH, "profileIntegrationId");
		Checks.positive(audienceId, "audienceId");
	}

	/**
	 * The profile joins the audience.
	 * @param profileIntegrationId the profile's integration id
	 * @param audienceId the audience's id
	 * @return the change
	 */
	public static CustomerProfileAudienceRequestItem add(String profileIntegrationId, long audienceId) {
		return new CustomerProfileAudienceRequestItem(Action.ADD, profileIntegrationId, audienceId);
	}

	/**
	 * The profile leaves the audience.
	 * @param profileIntegrationId the profile's integration id
	 * @param audienceId the audience's id
	 * @return the change
	 */
	public static CustomerProfileAudienceRequestItem delete(String profileIntegrationId, long audienceId) {
		return new CustomerProfileAudienceRequestItem(Action.DELETE, profileIntegrationId, audienceId);
	}

	/**
	 * What happens to the profile's membership.
	 */
	public enum Action {

		/** The profile joins the audience (and is created if it does not exist). */
		ADD("add"),

		/** The profile leaves the audience. */
		DELETE("delete");

		private final String value;

		Action(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code add}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

		/**
		 * Reads a wire value.
		 * @param value the JSON value
		 * @return the action
		 * @throws IllegalArgumentException when the value is neither {@code add} nor {@code delete}
		 */
		@JsonCreator
		public static Action fromValue(String value) {
			for (Action action : values()) {
				if (action.value.equals(value)) {
					return action;
				}
			}
			throw new IllegalArgumentException("action must be add or delete but was " + value);
		}

	}

}
