package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code createReferral} ({@code POST /v1/referrals}, {@code NewReferral}): asks Talon.One for a referral
 * code that an advocate can share with friends. Fields left {@code null} are not sent.
 *
 * @param campaignId the referral campaign, positive
 * @param advocateProfileIntegrationId the integration id of the advocate's profile, not blank, at most 1000
 * characters
 * @param friendProfileIntegrationId the integration id of the one friend who may use the code (optional)
 * @param startDate when the code becomes valid (optional)
 * @param expiryDate when the code expires, after the start date (optional; never when omitted)
 * @param usageLimit how often the code may be used, 0 to 999,999; {@code 0} means no limit of the code's own, while
 * the campaign's limits still apply (optional)
 * @param attributes the referral's custom attributes, which must exist in the Campaign Manager (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewReferral(Long campaignId, String advocateProfileIntegrationId, String friendProfileIntegrationId,
		OffsetDateTime startDate, OffsetDateTime expiryDate, Long usageLimit, Map<String, Object> attributes) {

	/** The greatest usage limit of a referral code. */
	public static final long MAX_USAGE_LIMIT = 999_999;

	/**
	 * Checks the constraints of the request and copies the attributes.
	 * @param campaignId the referral campaign, positive
	 * @param advocateProfileIntegrationId the integration id of the advocate's profile, not empty
	 * @param friendProfileIntegrationId the integration id of the one friend who may use the code (optional)
	 * @param startDate when the code becomes valid (optional)
	 * @param expiryDate when the code expires (optional; never when omitted)
	 * @param usageLimit how many times the code may be redeemed, 0 (unlimited) to 999,999 (optional)
	 * @param attributes custom referral attributes (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewReferral {
		Checks.positive(campaignId, "campaignId");
		Checks.notEmpty(advocateProfileIntegrationId, "advocateProfileIntegrationId");
		RequestChecks.length(advocateProfileIntegrationId, 1, RequestChecks.MAX_INTEGRATION_ID_LENGTH,
				"advocateProfileIntegrationId");
		attributes = RequestChecks.referralConstraints(startDate, expiryDate, usageLimit, attributes);
	}

	/**
	 * A referral request without usage limit and attributes, as before these fields were supported.
	 * @param campaignId the referral campaign, positive
	 * @param advocateProfileIntegrationId the advocate's profile integration id, not blank
	 * @param friendProfileIntegrationId the one friend who may use the code, or {@code null}
	 * @param startDate when the code becomes valid, or {@code null}
	 * @param expiryDate when the code expires, or {@code null}
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewReferral(Long campaignId, String advocateProfileIntegrationId, String friendProfileIntegrationId,
			OffsetDateTime startDate, OffsetDateTime expiryDate) {
		this(campaignId, advocateProfileIntegrationId, friendProfileIntegrationId, startDate, expiryDate, null, null);
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

		private Long usageLimit;

		private Map<String, Object> attributes;

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
		 * Limits how often the code may be used.
		 * @param usageLimit 0 (no limit of the code's own) to 999,999
		 * @return this builder
		 */
		public Builder usageLimit(long usageLimit) {
			this.usageLimit = usageLimit;
			return this;
		}

		/**
		 * Replaces the referral's custom attributes.
		 * @param attributes the attributes by name
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = Builders.map(attributes);
			return this;
		}

		/**
		 * Sets one custom attribute of the referral.
		 * @param name the attribute's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder attribute(String name, Object value) {
			this.attributes = Builders.put(this.attributes, name, value);
			return this;
		}

		/**
		 * Builds the referral request.
		 * @return the referral request
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public NewReferral build() {
			return new NewReferral(this.campaignId, this.advocateProfileIntegrationId,
					this.friendProfileIntegrationId, this.startDate, this.expiryDate, this.usageLimit,
					this.attributes);
		}

	}

}
