package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A limit of a coupon or campaign ({@code LimitConfig}).
 *
 * @param action what is limited, such as {@code redeemCoupon} or {@code setDiscount}
 * @param limit how often (or how much) the action may happen
 * @param period the period the limit applies to: {@code daily}, {@code weekly}, {@code monthly}, {@code yearly}, or
 * {@code null} for no period
 * @param entities what the limit is counted for, such as {@code Coupon} or {@code Profile} (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LimitConfig(String action, BigDecimal limit, String period, List<String> entities) {

	/**
	 * Copies the entities, turning missing ones into an empty list.
	 * @param action what is limited, such as {@code redeemCoupon} or {@code setDiscount}
	 * @param limit how often (or how much) the action may happen
	 * @param period the period the limit applies to: {@code daily}, {@code weekly}, {@code monthly}, {@code yearly}, or
	 * {@code null} for no period
	 * @param entities what the limit is counted for, such as {@code Coupon} or {@code Profile} (empty when none)
	 */
	public LimitConfig {
		entities = Checks.copyOrEmpty(entities);
	}

}
