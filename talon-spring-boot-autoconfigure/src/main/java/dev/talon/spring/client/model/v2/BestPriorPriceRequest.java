package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code bestPriorPrice} ({@code POST /v1/best_prior_price}, {@code BestPriorPriceRequest}): the SKUs
 * whose lowest price in a look-back period to find, such as the "lowest price of the last 30 days" that the EU's
 * Omnibus directive asks shops to show next to a reduced price.
 *
 * @param skus the SKUs, at least one, none blank
 * @param timeframeEndDate when the look-back period ends (see {@code timeframeEndDateType})
 * @param timeframe the length of the look-back period in days, as the spec writes it: a positive whole number as text,
 * such as {@code "30"}
 * @param timeframeEndDateType where the period ends
 * @param target for whom (optional; Talon.One's default: everyone)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BestPriorPriceRequest(List<String> skus, OffsetDateTime timeframeEndDate, String timeframe,
		TimeframeEndDateType timeframeEndDateType, BestPriorTarget target) {

	/**
	 * Checks the constraints and copies the SKUs.
	 * @param skus the SKUs, at least one
	 * @param timeframeEndDate when the look-back period ends
	 * @param timeframe the length of the period in days, a positive whole number as text
	 * @param timeframeEndDateType where the period ends
	 * @param target for whom (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public BestPriorPriceRequest {
		RequestChecks.size(skus, 1, Integer.MAX_VALUE, "skus");
		skus = RequestChecks.elements(skus, "skus");
		Checks.notNull(timeframeEndDate, "timeframeEndDate");
		Checks.notEmpty(timeframe, "timeframe");
		if (!timeframe.matches("[1-9][0-9]{0,8}")) {
			throw new IllegalArgumentException(
					"timeframe must be a positive number of days but was '" + timeframe + "'");
		}
		Checks.notNull(timeframeEndDateType, "timeframeEndDateType");
	}

	/**
	 * The lowest prices of the given SKUs in the days before a time.
	 * @param skus the SKUs, at least one
	 * @param days the length of the look-back period in days, positive
	 * @param timeframeEndDate when the period ends
	 * @param timeframeEndDateType where the period ends: at that time, or at the start of the current price or sale
	 * @return the request, for every customer
	 */
	public static BestPriorPriceRequest of(Collection<String> skus, int days, OffsetDateTime timeframeEndDate,
			TimeframeEndDateType timeframeEndDateType) {
		return new BestPriorPriceRequest(Builders.list(skus), timeframeEndDate, Integer.toString(days),
				timeframeEndDateType, null);
	}

	/**
	 * This request, for the given customers.
	 * @param target for whom
	 * @return the request
	 */
	public BestPriorPriceRequest forTarget(BestPriorTarget target) {
		return new BestPriorPriceRequest(this.skus, this.timeframeEndDate, this.timeframe, this.timeframeEndDateType,
				target);
	}

	/**
	 * Where the look-back period ends.
	 */
	public enum TimeframeEndDateType {

		/** At {@code timeframeEndDate}. */
		STRICT("strict"),

		/** At the start of the SKU's current price: the prices before it count. */
		PRICE("price"),

		/** At the start of the SKU's current context (sale): the prices before it count. */
		SALE("sale");

		private final String value;

		TimeframeEndDateType(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code sale}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
