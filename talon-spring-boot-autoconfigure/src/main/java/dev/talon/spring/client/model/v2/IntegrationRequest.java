package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code updateCustomerSessionV2} ({@code PUT /v2/customer_sessions/{customerSessionId}},
 * {@code IntegrationRequest}): the session update and the parts of the answer ({@link IntegrationStateV2}) to add to
 * its effects.
 *
 * @param customerSession the session update, required
 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty, in which case the answer
 * carries the effects and the created coupons and referrals only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationRequest(NewCustomerSessionV2 customerSession, List<ResponseContent> responseContent) {

	/**
	 * Checks that the session is present and copies the response content without duplicates.
	 * @param customerSession the session update, required
	 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty, in which case the answer
	 * carries the effects and the created coupons and referrals only
	 * @throws IllegalArgumentException when the session or an element of the response content is {@code null}
	 */
	public IntegrationRequest {
		Checks.notNull(customerSession, "customerSession");
		responseContent = ResponseContents.copy(responseContent, "responseContent");
	}

	/**
	 * A session update that asks for the given parts of the answer.
	 * @param customerSession the session update
	 * @param responseContent the parts to add to the answer, if any
	 * @return the request
	 */
	public static IntegrationRequest of(NewCustomerSessionV2 customerSession, ResponseContent... responseContent) {
		return new IntegrationRequest(customerSession, Builders.list(responseContent));
	}

	/**
	 * A session update that asks for the given parts of the answer.
	 * @param customerSession the session update
	 * @param responseContent the parts to add to the answer, if any
	 * @return the request
	 */
	public static IntegrationRequest of(NewCustomerSessionV2 customerSession,
			Collection<ResponseContent> responseContent) {
		return new IntegrationRequest(customerSession, Builders.list(responseContent));
	}

	/**
	 * A part of {@link IntegrationStateV2} that a session update can ask for ({@code IntegrationRequest.responseContent},
	 * twelve values in spec 26.13).
	 */
	public enum ResponseContent {

		/** {@link IntegrationStateV2#customerSession()}. */
		CUSTOMER_SESSION("customerSession"),

		/** {@link IntegrationStateV2#customerProfile()}. */
		CUSTOMER_PROFILE("customerProfile"),

		/** {@link IntegrationStateV2#coupons()}. */
		COUPONS("coupons"),

		/** {@link IntegrationStateV2#triggeredCampaigns()}. */
		TRIGGERED_CAMPAIGNS("triggeredCampaigns"),

		/** {@link IntegrationStateV2#referral()}. */
		REFERRAL("referral"),

		/** {@link IntegrationStateV2#loyalty()}; loyalty cards only when the session names a card. */
		LOYALTY("loyalty"),

		/** {@link IntegrationStateV2#event()}. */
		EVENT("event"),

		/** {@link IntegrationStateV2#awardedGiveaways()}. */
		AWARDED_GIVEAWAYS("awardedGiveaways"),

		/** {@link IntegrationStateV2#ruleFailureReasons()}. */
		RULE_FAILURE_REASONS("ruleFailureReasons"),

		/** {@link IntegrationStateV2#previousReturns()}. */
		PREVIOUS_RETURNS("previousReturns"),

		/**
		 * {@link IntegrationStateV2#campaignEligibility()}: only with {@code dry=true}, and not together with
		 * {@link #TRIGGERED_CAMPAIGNS} or {@link #RULE_FAILURE_REASONS}.
		 */
		CAMPAIGN_ELIGIBILITY("campaignEligibility"),

		/** {@link IntegrationStateV2#achievements()}. */
		ACHIEVEMENTS("achievements");

		private final String value;

		ResponseContent(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code customerSession}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
