package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code trackEventV3} ({@code POST /v3/events}, {@code IntegrationEventV3Request}): an "advanced" event,
 * identified by its {@code integrationId}. Talon.One registers only one event per integration id, which makes the
 * operation idempotent: sending the same event again cannot count it twice (Talon.One answers 409). It may reference a
 * closed session for more context. The answer is an {@link IntegrationEventV3Response}.
 *
 * @param profileId the customer's profile integration id, not blank; an unknown profile is created
 * @param storeIntegrationId the store's integration id, 1 to 1000 characters (optional)
 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
 * @param type the event type, a custom event created in the Campaign Manager; not blank
 * @param attributes the event's attributes, which must exist in the Campaign Manager (optional)
 * @param integrationId the event's unique id, not blank
 * @param connectedSessionId the integration id of a closed session the event refers to, not empty (optional)
 * @param loyaltyCards the loyalty card used during the event, at most one identifier (optional)
 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationEventV3Request(String profileId, String storeIntegrationId, List<Long> evaluableCampaignIds,
		String type, Map<String, Object> attributes, String integrationId, String connectedSessionId,
		List<String> loyaltyCards, List<ResponseContent> responseContent) {

	/**
	 * Checks the constraints of the request and copies the collections.
	 * @param profileId the customer's profile integration id, not blank; an unknown profile is created
	 * @param storeIntegrationId the store's integration id, 1 to 1000 characters (optional)
	 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
	 * @param type the event type, a custom event created in the Campaign Manager; not blank
	 * @param attributes the event's attributes, which must exist in the Campaign Manager (optional)
	 * @param integrationId the event's unique id, not blank
	 * @param connectedSessionId the integration id of a closed session the event refers to, not empty (optional)
	 * @param loyaltyCards the loyalty card used during the event, at most one identifier (optional)
	 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public IntegrationEventV3Request {
		Checks.notEmpty(profileId, "profileId");
		RequestChecks.length(storeIntegrationId, 1, RequestChecks.MAX_INTEGRATION_ID_LENGTH, "storeIntegrationId");
		RequestChecks.ids(evaluableCampaignIds, "evaluableCampaignIds");
		Checks.notEmpty(type, "type");
		Checks.attributes(attributes, "attributes");
		Checks.notEmpty(integrationId, "integrationId");
		if (connectedSessionId != null) {
			Checks.notEmpty(connectedSessionId, "connectedSessionId");
		}
		RequestChecks.maxSize(loyaltyCards, 1, "loyaltyCards");
		RequestChecks.strings(loyaltyCards, Integer.MAX_VALUE, "loyaltyCards");
		evaluableCampaignIds = Checks.copy(evaluableCampaignIds);
		attributes = Checks.copy(attributes);
		loyaltyCards = Checks.copy(loyaltyCards);
		responseContent = ResponseContents.copy(responseContent, "responseContent");
	}

	/**
	 * Starts an advanced event with its required fields.
	 * @param integrationId the event's unique id, not blank
	 * @param profileId the customer's profile integration id, not blank
	 * @param type the custom event type, not blank
	 * @return a builder
	 */
	public static Builder builder(String integrationId, String profileId, String type) {
		return new Builder(integrationId, profileId, type);
	}

	/**
	 * A part of {@link IntegrationEventV3Response} that an advanced event can ask for
	 * ({@code IntegrationEventV3Request.responseContent}, six values in spec 26.13).
	 */
	public enum ResponseContent {

		/** The customer profile. */
		CUSTOMER_PROFILE("customerProfile"),

		/** The campaigns whose rules were triggered. */
		TRIGGERED_CAMPAIGNS("triggeredCampaigns"),

		/** The customer's loyalty balances. */
		LOYALTY("loyalty"),

		/** The advanced event Talon.One evaluated. */
		ADVANCED_EVENT("advancedEvent"),

		/** The giveaways awarded. */
		AWARDED_GIVEAWAYS("awardedGiveaways"),

		/** Why rules were not triggered. */
		RULE_FAILURE_REASONS("ruleFailureReasons");

		private final String value;

		ResponseContent(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code advancedEvent}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builds an {@link IntegrationEventV3Request}.
	 */
	public static final class Builder {

		private final String integrationId;

		private final String profileId;

		private final String type;

		private String storeIntegrationId;

		private List<Long> evaluableCampaignIds;

		private Map<String, Object> attributes;

		private String connectedSessionId;

		private List<String> loyaltyCards;

		private List<ResponseContent> responseContent;

		private Builder(String integrationId, String profileId, String type) {
			this.integrationId = integrationId;
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
		 * Refers to a closed session; the call fails when the session is not closed.
		 * @param sessionIntegrationId the session's integration id, not empty
		 * @return this builder
		 */
		public Builder connectedSessionId(String sessionIntegrationId) {
			this.connectedSessionId = sessionIntegrationId;
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
		 * Asks for parts of the answer.
		 * @param responseContent the parts
		 * @return this builder
		 */
		public Builder responseContent(ResponseContent... responseContent) {
			this.responseContent = Builders.list(responseContent);
			return this;
		}

		/**
		 * Builds the advanced event.
		 * @return the event
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public IntegrationEventV3Request build() {
			return new IntegrationEventV3Request(this.profileId, this.storeIntegrationId, this.evaluableCampaignIds,
					this.type, this.attributes, this.integrationId, this.connectedSessionId, this.loyaltyCards,
					this.responseContent);
		}

	}

}
