package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code returnCartItems} ({@code POST /v2/customer_sessions/{customerSessionId}/returns},
 * {@code ReturnIntegrationRequest}): returns items of a closed session, which becomes partially returned; the effects
 * of the returned items are rolled back. The answer is an {@link IntegrationStateV2}.
 *
 * @param newReturn the returned items, sent as {@code return}; required
 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReturnIntegrationRequest(@JsonProperty("return") NewReturn newReturn,
		List<ResponseContent> responseContent) {

	/**
	 * Checks that the return is present and copies the response content without duplicates.
	 * @param newReturn the returned items, sent as {@code return}; required
	 * @param responseContent the parts to add to the answer; omitted when {@code null} or empty
	 * @throws IllegalArgumentException when the return or an element of the response content is {@code null}
	 */
	public ReturnIntegrationRequest {
		Checks.notNull(newReturn, "return");
		responseContent = ResponseContents.copy(responseContent, "responseContent");
	}

	/**
	 * A return that asks for the given parts of the answer.
	 * @param newReturn the returned items
	 * @param responseContent the parts to add to the answer, if any
	 * @return the request
	 */
	public static ReturnIntegrationRequest of(NewReturn newReturn, ResponseContent... responseContent) {
		return new ReturnIntegrationRequest(newReturn,
				Builders.list(responseContent));
	}

	/**
	 * A part of {@link IntegrationStateV2} that a return can ask for ({@code ReturnIntegrationRequest.responseContent},
	 * eight values in spec 26.13).
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

		/** {@link IntegrationStateV2#loyalty()}. */
		LOYALTY("loyalty"),

		/** {@link IntegrationStateV2#event()}. */
		EVENT("event"),

		/** {@link IntegrationStateV2#previousReturns()}. */
		PREVIOUS_RETURNS("previousReturns");

		private final String value;

		ResponseContent(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code previousReturns}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
