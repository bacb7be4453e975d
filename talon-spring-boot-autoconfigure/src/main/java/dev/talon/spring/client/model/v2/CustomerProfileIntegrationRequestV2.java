package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code updateCustomerProfileV2} ({@code PUT /v2/customer_profiles/{integrationId}},
 * {@code CustomerProfileIntegrationRequestV2}): creates or updates one profile. Rules run only with
 * {@code runRuleEngine=true}; the answer is a {@link CustomerProfileIntegrationResponseV2}. Fields left {@code null}
 * are not sent.
 *
 * @param attributes the profile's attributes, which must exist in the Campaign Manager (optional)
 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
 * @param audiencesChanges audiences to join and leave (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfileIntegrationRequestV2(Map<String, Object> attributes, List<Long> evaluableCampaignIds,
		List<ResponseContent> responseContent, ProfileAudiencesChanges audiencesChanges) {

	/**
	 * Checks the constraints of the request and copies the collections.
	 * @param attributes the profile's attributes, which must exist in the Campaign Manager (optional)
	 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
	 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
	 * @param audiencesChanges audiences to join and leave (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public CustomerProfileIntegrationRequestV2 {
		Checks.attributes(attributes, "attributes");
		RequestChecks.ids(evaluableCampaignIds, "evaluableCampaignIds");
		attributes = Checks.copy(attributes);
		evaluableCampaignIds = Checks.copy(evaluableCampaignIds);
		responseContent = ResponseContents.copy(responseContent, "responseContent");
	}

	/**
	 * Starts an empty profile update; an update that sends nothing is {@code {}}.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A part of {@link CustomerProfileIntegrationResponseV2} that a profile update can ask for
	 * ({@code CustomerProfileIntegrationRequestV2.responseContent}, eight values in spec 26.13).
	 */
	public enum ResponseContent {

		/** The customer profile. */
		CUSTOMER_PROFILE("customerProfile"),

		/** The campaigns whose rules were triggered. */
		TRIGGERED_CAMPAIGNS("triggeredCampaigns"),

		/** The customer's loyalty balances. */
		LOYALTY("loyalty"),

		/** The event Talon.One evaluated. */
		EVENT("event"),

		/** The giveaways awarded. */
		AWARDED_GIVEAWAYS("awardedGiveaways"),

		/** Why rules were not triggered. */
		RULE_FAILURE_REASONS("ruleFailureReasons"),

		/** The campaigns' eligibility: only with {@code dry=true}. */
		CAMPAIGN_ELIGIBILITY("campaignEligibility"),

		/** The customer's achievements. */
		ACHIEVEMENTS("achievements");

		private final String value;

		ResponseContent(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code customerProfile}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builds a {@link CustomerProfileIntegrationRequestV2}.
	 */
	public static final class Builder {

		private Map<String, Object> attributes;

		private List<Long> evaluableCampaignIds;

		private List<ResponseContent> responseContent;

		private ProfileAudiencesChanges audiencesChanges;

		private Builder() {
		}

		/**
		 * Replaces the profile's attributes to send.
		 * @param attributes the attributes by name
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = Builders.map(attributes);
			return this;
		}

		/**
		 * Sets one profile attribute.
		 * @param name the attribute's name, such as {@code Name}
		 * @param value its value
		 * @return this builder
		 */
		public Builder attribute(String name, Object value) {
			this.attributes = Builders.put(this.attributes, name, value);
			return this;
		}

		/**
		 * With {@code dry=true}: evaluates only these campaigns, even disabled ones.
		 * @param campaignIds the campaign ids, positive
		 * @return this builder
		 */
		public Builder evaluableCampaignIds(Collection<Long> campaignIds) {
			this.evaluableCampaignIds = Builders.list(campaignIds);
			return this;
		}

		/**
		 * Asks for parts of the answer.
		 * @param responseContent the parts
		 * @return this builder
		 */
		public Builder responseContent(ResponseContent... responseContent) {
			this.responseContent = Builders.list(responseContent);
			return this;
		}

		/**
		 * Adds and removes the customer to and from audiences.
		 * @param adds the audiences to join, or {@code null}
		 * @param deletes the audiences to leave, or {@code null}
		 * @return this builder
		 */
		public Builder audiencesChanges(Collection<Long> adds, Collection<Long> deletes) {
			this.audiencesChanges = ProfileAudiencesChanges.of(adds, deletes);
			return this;
		}

		/**
		 * Builds the profile update.
		 * @return the profile update
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public CustomerProfileIntegrationRequestV2 build() {
			return new CustomerProfileIntegrationRequestV2(this.attributes, this.evaluableCampaignIds,
					this.responseContent, this.audiencesChanges);
		}

	}

}
