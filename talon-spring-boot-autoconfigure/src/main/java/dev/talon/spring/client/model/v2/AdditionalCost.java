package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The value of an additional cost, such as shipping, of a session or of one cart item ({@code AdditionalCost}).
 * Additional costs must be created in the Campaign Manager before a session uses them; they are keyed by their API
 * name. Checked when sent, as part of a {@link NewCustomerSessionV2}: the price is required and not negative.
 *
 * @param price the price, in the application's currency; {@code 0} is sent as {@code 0}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdditionalCost(BigDecimal price) {

	/**
	 * An additional cost of the given price.
	 * @param price the price, not negative
	 * @return the additional cost
	 */
	public static AdditionalCost of(BigDecimal price) {
		return new AdditionalCost(price);
	}

	void validate(String field) {
		Checks.notNull(this.price, field + ".price");
		RequestChecks.notNegative(this.price, field + ".price");
	}

	static void validate(Map<String, AdditionalCost> costs, String field) {
		if (costs != null) {
			costs.forEach((name, cost) -> {
				String entry = field + "." + name;
				Checks.notEmpty(name, field + " name");
				Checks.notNull(cost, entry).validate(entry);
			});
		}
	}

}
