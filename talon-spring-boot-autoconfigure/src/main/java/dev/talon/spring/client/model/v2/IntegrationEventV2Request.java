package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code trackEventV2} ({@code POST /v2/events}, {@code IntegrationEventV2Request}): a custom event of a
 * customer, on which Talon.One evaluates its rules. Unlike v1 events, v2 events belong to no session. The answer is an
 * {@link IntegrationEventV2Response}.
 * <p>
 * {@code profileId} is required here although the schema does not list it: the operation's description says
 * "{@code profileId} is required even though the schema does not specify it". An unknown profile is created.
 *
 * @param profileId the customer's profile integration id, not blank (required in practice)
 * @param storeIntegrationId the store's integration id, 1 to 1000 characters (optional)
 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
 * @param type the event type, a custom event created in the Campaign Manager (not a built-in one); not blank
 * @param attributes the event's attributes, which must exist in the Campaign Manager (optional)
 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
 * @param loyaltyCards the loyalty card used during the event, at most one identifier (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationEventV2Request(String profileId, String storeIntegrationId, List<Long> evaluableCampaignIds,
		String type, Map<String, Object> attributes, List<ResponseContent> responseContent,
		List<String> loyaltyCards) {

	/**
	 * Checks the constraints of the request and copies the collections.
	 * @param profileId the customer's profile integration id, not blank (required in practice)
	 * @param storeIntegrationId the store's integration id, 1 to 1000 characters (optional)
	 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
	 * @param type the event type, a custom event created in the Campaign Manager (not a built-in one); not blank
	 * @param attributes the event's attributes, which must exist in the Campaign Manager (optional)
	 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
	 * @param loyaltyCards the loyalty card used during the event, at most one identifier (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public IntegrationEventV2Request {
		Checks.notEmpty(profileId, "profileId");
		RequestChecks.length(storeIntegrationId, 1, RequestChecks.MAX_INTEGRATION_ID_LENGTH, "storeIntegrationId");
		RequestChecks.ids(evaluableCampaignIds, "evaluableCampaignIds");
		Checks.notEmpty(type, "type");
		Checks.attributes(attributes, "attributes");
		RequestChecks.maxSize(loyaltyCards, 1, "loyaltyCards");
		RequestChecks.strings(loyaltyCards, Integer.MAX_VALUE, "loyaltyCards");
		evaluableCampaignIds = Checks.copy(evaluableCampaignIds);
		attributes = Checks.copy(attributes);
		responseContent = ResponseContents.copy(responseContent, "responseContent");
		loyaltyCards = Checks.copy(loyaltyCards);
	}

	/**
	 * Starts an event with its required fields.
	 * @param profileId the customer's profile integration id, not blank
	 * @param type the custom event type, not blank
	 * @return a builder
	 */
	public static Builder builder(String profileId, String type) {
		return new Builder(profileId, type);
	}

	/**
	 * A part of {@link IntegrationEventV2Response} that an event can ask for
	 * ({@code IntegrationEventV2Request.responseContent}, eight values in spec 26.13).
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
		 * The JSON value, such as {@code triggeredCampaigns}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builds an {@link IntegrationEventV2Request}.
	 */
	public static final class Builder {

		private final String profileId;

		private final String type;

		private String storeIntegrationId;

		private List<Long> evaluableCampaignIds;

		private Map<String, Object> attributes;

		private List<ResponseContent> responseContent;

		private List<String> loyaltyCards;

		private Builder(String profileId, String type) {
			this.profileId = profileId;
			this.type = type;
		}

		/**
		 * Sets the store.
		 * @param storeIntegrationId the store's integration id, 1 to 1000 characters
		 * @return this builder
		 */
		public Builder storeIntegrationId(String storeIntegrationId) {
			this.storeIntegrationId = storeIntegrationId;
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
		 * Replaces the event's attributes.
		 * @param attributes the attributes by name
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = Builders.map(attributes);
			return this;
		}

		/**
		 * Sets one event attribute.
		 * @param name the attribute's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder attribute(String name, Object value) {
			this.attributes = Builders.put(this.attributes, name, value);
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
		 * Sets the loyalty card used during the event (at most one).
		 * @param cardIdentifier the card's identifier, not blank
		 * @return this builder
		 */
		public Builder loyaltyCard(String cardIdentifier) {
			this.loyaltyCards = Builders.list(cardIdentifier);
			return this;
		}

		/**
		 * Builds the event.
		 * @return the event
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public IntegrationEventV2Request build() {
			return new IntegrationEventV2Request(this.profileId, this.storeIntegrationId, this.evaluableCampaignIds,
					this.type, this.attributes, this.responseContent, this.loyaltyCards);
		}

	}

}
