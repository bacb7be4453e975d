package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code createReferral}: asks Talon.One for a referral code that an advocate can share with friends.
 *
 * @param campaignId the referral campaign, positive
 * @param advocateProfileIntegrationId the integration id of the advocate's profile, not empty
 * @param friendProfileIntegrationId the integration id of the one friend who may use the code (optional)
 * @param startDate when the code becomes valid (optional)
 * @param expiryDate when the code expires (optional; never when omitted)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewReferral(Long campaignId, String advocateProfileIntegrationId, String friendProfileIntegrationId,
		OffsetDateTime startDate, OffsetDateTime expiryDate) {

	/**
	 * Checks the constraints of the request.
	 * @param campaignId the referral campaign, positive
	 * @param advocateProfileIntegrationId the integration id of the advocate's profile, not empty
	 * @param friendProfileIntegrationId the integration id of the one friend who may use the code (optional)
	 * @param startDate when the code becomes valid (optional)
	 * @param expiryDate when the code expires (optional; never when omitted)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewReferral {
		Checks.positive(campaignId, "campaignId");
		Checks.notEmpty(advocateProfileIntegrationId, "advocateProfileIntegrationId");
		if (startDate != null && expiryDate != null && !expiryDate.isAfter(startDate)) {
			throw new IllegalArgumentException("expiryDate must be after startDate");
		}
	}

	/**
	 * Starts a referral with its required fields.
	 * @param campaignId the referral campaign
	 * @param advocateProfileIntegrationId the advocate's profile integration id
	 * @return a builder
	 */
	public static Builder builder(long campaignId, String advocateProfileIntegrationId) {
		return new Builder(campaignId, advocateProfileIntegrationId);
	}

	/**
	 * Builds a {@link NewReferral}.
	 */
	public static final class Builder {

		private final long campaignId;

		private final String advocateProfileIntegrationId;

		private String friendProfileIntegrationId;

		private OffsetDateTime startDate;

		private OffsetDateTime expiryDate;

		private Builder(long campaignId, String advocateProfileIntegrationId) {
			this.campaignId = campaignId;
			this.advocateProfileIntegrationId = advocateProfileIntegrationId;
		}

		/**
		 * Restricts the code to one friend.
		 * @param friendProfileIntegrationId the friend's profile integration id
		 * @return this builder
		 */
		public Builder friendProfileIntegrationId(String friendProfileIntegrationId) {
			this.friendProfileIntegrationId = friendProfileIntegrationId;
			return this;
		}

		/**
		 * Sets when the code becomes valid.
		 * @param startDate the start date
		 * @return this builder
		 */
		public Builder startDate(OffsetDateTime startDate) {
			this.startDate = startDate;
			return this;
		}

		/**
		 * Sets when the code expires.
		 * @param expiryDate the expiry date
		 * @return this builder
		 */
		public Builder expiryDate(OffsetDateTime expiryDate) {
			this.expiryDate = expiryDate;
			return this;
		}

		/**
		 * Builds the referral request.
		 * @return the referral request
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public NewReferral build() {
			return new NewReferral(this.campaignId, this.advocateProfileIntegrationId,
					this.friendProfileIntegrationId, this.startDate, this.expiryDate);
		}

	}

}
