package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code createAudienceV2} ({@code POST /v2/audiences}, {@code NewAudience}): an audience made from
 * scratch (only a name), or one that mirrors an audience of another platform ({@code integrationId}, and
 * {@code integration} for a Talon.One technology partner such as {@code mparticle} or {@code segment}). Fields left
 * {@code null} are not sent.
 *
 * @param name the display name, not blank
 * @param description a description (optional)
 * @param sandbox whether the audience is for sandbox Applications (optional)
 * @param subscribedApplicationsIds the Applications to connect it to, positive and distinct (optional)
 * @param integration the technology partner the audience comes from, such as {@code segment}; leave it out for
 * other platforms (optional)
 * @param integrationId the audience's id in the other platform, 1 to 1000 characters (optional); Talon.One refuses a
 * second audience with the same id for one integration (409)
 * @param createdIn3rdParty whether the audience was made in another platform (optional)
 * @param lastUpdate when its memberships last changed (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewAudience(String name, String description, Boolean sandbox, List<Long> subscribedApplicationsIds,
		String integration, String integrationId, Boolean createdIn3rdParty, OffsetDateTime lastUpdate) {

	/**
	 * Checks the constraints of the request and copies the Application ids.
	 * @param name the display name, not blank
	 * @param description a description (optional)
	 * @param sandbox whether the audience is for sandbox Applications (optional)
	 * @param subscribedApplicationsIds the Applications to connect it to, positive and distinct (optional)
	 * @param integration the technology partner the audience comes from (optional)
	 * @param integrationId the audience's id in the other platform, 1 to 1000 characters (optional)
	 * @param createdIn3rdParty whether the audience was made in another platform (optional)
	 * @param lastUpdate when its memberships last changed (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewAudience {
		Checks.notEmpty(name, "name");
		RequestChecks.length(integrationId, 1, RequestChecks.MAX_INTEGRATION_ID_LENGTH, "integrationId");
		subscribedApplicationsIds = RequestChecks.distinctIds(subscribedApplicationsIds, "subscribedApplicationsIds");
	}

	/**
	 * Starts an audience with its required name.
	 * @param name the display name, not blank
	 * @return a builder
	 */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	/**
	 * Builds a {@link NewAudience}.
	 */
	public static final class Builder {

		private final String name;

		private String description;

		private Boolean sandbox;

		private List<Long> subscribedApplicationsIds;

		private String integration;

		private String integrationId;

		private Boolean createdIn3rdParty;

		private OffsetDateTime lastUpdate;

		private Builder(String name) {
			this.name = name;
		}

		/**
		 * Sets the description.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/**
		 * Sets whether the audience is for sandbox Applications.
		 * @param sandbox whether it is
		 * @return this builder
		 */
		public Builder sandbox(boolean sandbox) {
			this.sandbox = sandbox;
			return this;
		}

		/**
		 * Connects the audience to Applications.
		 * @param applicationIds the Application ids, positive and distinct
		 * @return this builder
		 */
		public Builder subscribedApplicationsIds(Collection<Long> applicationIds) {
			this.subscribedApplicationsIds = Builders.list(applicationIds);
			return this;
		}

		/**
		 * Mirrors an audience of a Talon.One technology partner.
		 * @param integration the partner, such as {@code mparticle} or {@code segment}
		 * @param integrationId the audience's id there
		 * @return this builder
		 */
		public Builder integration(String integration, String integrationId) {
			this.integration = integration;
			this.integrationId = integrationId;
			this.createdIn3rdParty = true;
			return this;
		}

		/**
		 * Mirrors an audience of another platform (not a Talon.One technology partner).
		 * @param integrationId the audience's id there, 1 to 1000 characters
		 * @return this builder
		 */
		public Builder integrationId(String integrationId) {
			this.integrationId = integrationId;
			return this;
		}

		/**
		 * Sets whether the audience was made in another platform.
		 * @param createdIn3rdParty whether it was
		 * @return this builder
		 */
		public Builder createdIn3rdParty(boolean createdIn3rdParty) {
			this.createdIn3rdParty = createdIn3rdParty;
			return this;
		}

		/**
		 * Sets when the audience's memberships last changed.
		 * @param lastUpdate the time
		 * @return this builder
		 */
		public Builder lastUpdate(OffsetDateTime lastUpdate) {
			this.lastUpdate = lastUpdate;
			return this;
		}

		/**
		 * Builds the audience.
		 * @return the audience
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public NewAudience build() {
			return new NewAudience(this.name, this.description, this.sandbox, this.subscribedApplicationsIds,
					this.integration, this.integrationId, this.createdIn3rdParty, this.lastUpdate);
		}

	}

}
