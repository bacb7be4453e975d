package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code updateAudienceV2} ({@code PUT /v2/audiences/{audienceId}}, {@code UpdateAudience}): the new name
 * of an audience made by a third-party integration, and optionally its Applications. Its members change through
 * profile updates ({@code audiencesChanges}) or {@code updateCustomerProfileAudiences}.
 *
 * @param name the new display name, not blank
 * @param subscribedApplicationsIds the Applications connected to it, positive and distinct ({@code null}: not sent)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateAudience(String name, List<Long> subscribedApplicationsIds) {

	/**
	 * Checks the name and the Application ids.
	 * @param name the new display name, not blank
	 * @param subscribedApplicationsIds the Applications connected to it, positive and distinct (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public UpdateAudience {
		Checks.notEmpty(name, "name");
		subscribedApplicationsIds = RequestChecks.distinctIds(subscribedApplicationsIds, "subscribedApplicationsIds");
	}

	/**
	 * A new name.
	 * @param name the new display name, not blank
	 * @return the update
	 */
	public static UpdateAudience name(String name) {
		return new UpdateAudience(name, null);
	}

	/**
	 * This update, connecting the audience to the given Applications.
	 * @param applicationIds the Application ids, positive and distinct
	 * @return the update
	 */
	public UpdateAudience withSubscribedApplicationsIds(Collection<Long> applicationIds) {
		return new UpdateAudience(this.name, Builders.list(applicationIds));
	}

}
