package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * An audience ({@code Audience}): the answer of {@code createAudienceV2} and {@code updateAudienceV2}. Read as
 * Talon.One sent it: fields the spec calls required may be missing ({@code null}).
 *
 * @param id the audience's id, to use in {@code updateAudienceV2}, {@code deleteAudienceV2} and audience changes of
 * profiles
 * @param created when it was created
 * @param accountId the Talon.One account
 * @param name the audience's display name
 * @param sandbox whether it belongs to sandbox Applications
 * @param description its description, if any
 * @param subscribedApplicationsIds the Applications connected to it (empty when none)
 * @param integration the third-party platform it comes from (such as {@code mparticle}), if any
 * @param integrationId its id in the third-party platform, if any
 * @param createdIn3rdParty whether it was created in a third-party platform
 * @param lastUpdate when its memberships last changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Audience(Long id, OffsetDateTime created, Long accountId, String name, Boolean sandbox,
		String description, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> subscribedApplicationsIds,
		String integration, String integrationId, Boolean createdIn3rdParty, OffsetDateTime lastUpdate) {

	/**
	 * Copies the Application ids, turning missing ones into an empty list.
	 * @param id the audience's id
	 * @param created when it was created
	 * @param accountId the Talon.One account
	 * @param name the audience's display name
	 * @param sandbox whether it belongs to sandbox Applications
	 * @param description its description, if any
	 * @param subscribedApplicationsIds the Applications connected to it (empty when none)
	 * @param integration the third-party platform it comes from, if any
	 * @param integrationId its id in the third-party platform, if any
	 * @param createdIn3rdParty whether it was created in a third-party platform
	 * @param lastUpdate when its memberships last changed
	 */
	public Audience {
		subscribedApplicationsIds = Checks.copyOrEmpty(subscribedApplicationsIds);
	}

}
