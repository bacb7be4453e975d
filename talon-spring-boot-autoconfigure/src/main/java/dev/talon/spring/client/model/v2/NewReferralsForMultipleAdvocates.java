package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code createReferralsForMultipleAdvocates} ({@code POST /v1/referrals_for_multiple_advocates},
 * {@code NewReferralsForMultipleAdvocates}): one referral code for each of up to 1000 advocates, in one referral
 * campaign. Talon.One ignores the campaign's referral limits here. Fields left {@code null} are not sent.
 *
 * @param startDate when the codes become valid (optional)
 * @param expiryDate when the codes expire, after the start date (optional; never when omitted)
 * @param usageLimit how often each code may be used, 0 (no limit of the code's own) to 999,999 (optional)
 * @param campaignId the referral campaign, positive
 * @param advocateProfileIntegrationIds the advocates' profile integration ids, 1 to 1000, none blank
 * @param attributes the codes' custom attributes (optional)
 * @param validCharacters the characters of the random parts of the codes, each not blank (optional; Talon.One's
 * default is {@code [A-Z, 0-9]})
 * @param referralPattern the pattern of the codes, 3 to 100 characters, whose {@code #} are random characters, such
 * as {@code REF-###-###} (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewReferralsForMultipleAdvocates(OffsetDateTime startDate, OffsetDateTime expiryDate, Long usageLimit,
		Long campaignId, List<String> advocateProfileIntegrationIds, Map<String, Object> attributes,
		List<String> validCharacters, String referralPattern) {

	/** The greatest number of advocates in one request. */
	public static final int MAX_ADVOCATES = 1000;

	/**
	 * Checks the constraints of the request and copies the collections.
	 * @param startDate when the codes become valid (optional)
	 * @param expiryDate when the codes expire (optional)
	 * @param usageLimit how often each code may be used, 0 to 999,999 (optional)
	 * @param campaignId the referral campaign, positive
	 * @param advocateProfileIntegrationIds the advocates' profile integration ids, 1 to 1000
	 * @param attributes the codes' custom attributes (optional)
	 * @param validCharacters the characters of the random parts of the codes (optional)
	 * @param referralPattern the pattern of the codes, 3 to 100 characters (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewReferralsForMultipleAdvocates {
		Checks.positive(campaignId, "campaignId");
		RequestChecks.size(advocateProfileIntegrationIds, 1, MAX_ADVOCATES, "advocateProfileIntegrationIds");
		RequestChecks.strings(advocateProfileIntegrationIds, RequestChecks.MAX_INTEGRATION_ID_LENGTH,
				"advocateProfileIntegrationIds");
		advocateProfileIntegrationIds = Checks.copy(advocateProfileIntegrationIds);
		attributes = RequestChecks.referralConstraints(startDate, expiryDate, usageLimit, attributes);
		if (validCharacters != null) {
			validCharacters = RequestChecks.elements(validCharacters, "validCharacters");
		}
		RequestChecks.length(referralPattern, 3, 100, "referralPattern");
	}

	/**
	 * Starts a request with its required fields.
	 * @param campaignId the referral campaign
	 * @param advocateProfileIntegrationIds the advocates' profile integration ids, 1 to 1000
	 * @return a builder
	 */
	public static Builder builder(long campaignId, Collection<String> advocateProfileIntegrationIds) {
		return new Builder(campaignId, Builders.list(advocateProfileIntegrationIds));
	}

	/**
	 * Builds a {@link NewReferralsForMultipleAdvocates}.
	 */
	public static final class Builder {

		private final long campaignId;

		private final List<String> advocateProfileIntegrationIds;

		private OffsetDateTime startDate;

		private OffsetDateTime expiryDate;

		private Long usageLimit;

		private Map<String, Object> attributes;

		private List<String> validCharacters;

		private String referralPattern;

		private Builder(long campaignId, List<String> advocateProfileIntegrationIds) {
			this.campaignId = campaignId;
			this.advocateProfileIntegrationIds = advocateProfileIntegrationIds;
		}

		/**
		 * Sets when the codes become valid.
		 * @param startDate the start date
		 * @return this builder
		 */
		public Builder startDate(OffsetDateTime startDate) {
			this.startDate = startDate;
			return this;
		}

		/**
		 * Sets when the codes expire.
		 * @param expiryDate the expiry date
		 * @return this builder
		 */
		public Builder expiryDate(OffsetDateTime expiryDate) {
			this.expiryDate = expiryDate;
			return this;
		}

		/**
		 * Limits how often each code may be used.
		 * @param usageLimit 0 (no limit of the code's own) to 999,999
		 * @return this builder
		 */
		public Builder usageLimit(long usageLimit) {
			this.usageLimit = usageLimit;
			return this;
		}

		/**
		 * Sets one custom attribute of the codes.
		 * @param name the attribute's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder attribute(String name, Object value) {
			this.attributes = Builders.put(this.attributes, name, value);
			return this;
		}

		/**
		 * Sets the characters of the random parts of the codes.
		 * @param validCharacters the characters, such as {@code A} to {@code Z}
		 * @return this builder
		 */
		public Builder validCharacters(Collection<String> validCharacters) {
			this.validCharacters = Builders.list(validCharacters);
			return this;
		}

		/**
		 * Sets the pattern of the codes.
		 * @param referralPattern 3 to 100 characters whose {@code #} are random characters, such as
		 * {@code REF-###-###}
		 * @return this builder
		 */
		public Builder referralPattern(String referralPattern) {
			this.referralPattern = referralPattern;
			return this;
		}

		/**
		 * Builds the request.
		 * @return the request
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public NewReferralsForMultipleAdvocates build() {
			return new NewReferralsForMultipleAdvocates(this.startDate, this.expiryDate, this.usageLimit,
					this.campaignId, this.advocateProfileIntegrationIds, this.attributes, this.validCharacters,
					this.referralPattern);
		}

	}

}
