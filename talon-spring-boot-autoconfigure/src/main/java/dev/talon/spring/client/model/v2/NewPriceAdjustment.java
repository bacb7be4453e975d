package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A price of a price type for one SKU ({@code NewPriceAdjustment}, in an {@link AddPriceAdjustmentCatalogAction}),
 * such as the members' price. Its {@code price} is always sent: {@code null} removes the price type from the SKU.
 *
 * @param priceType the price type, such as {@code member}, not blank
 * @param price the price, not negative; {@code null} (sent as {@code null}) to remove the price type from the SKU
 * @param referenceId a unique reference, such as a UUID, not blank
 * @param calculatedAt when the price was calculated: of overlapping adjustments the newest wins (optional; Talon.One's
 * default: when it receives it)
 * @param effectiveFrom from when the price applies (optional)
 * @param effectiveUntil until when the price applies, after {@code effectiveFrom} (optional)
 * @param contextId the context, such as a sale, of the price (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewPriceAdjustment(String priceType, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal price,
		String referenceId, OffsetDateTime calculatedAt, OffsetDateTime effectiveFrom, OffsetDateTime effectiveUntil,
		String contextId) {

	/**
	 * Checks the constraints.
	 * @param priceType the price type, not blank
	 * @param price the price, not negative, or {@code null} to remove the price type
	 * @param referenceId a unique reference, not blank
	 * @param calculatedAt when the price was calculated (optional)
	 * @param effectiveFrom from when the price applies (optional)
	 * @param effectiveUntil until when the price applies (optional)
	 * @param contextId the context of the price (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewPriceAdjustment {
		Checks.notEmpty(priceType, "priceType");
		RequestChecks.notNegative(price, "price");
		Checks.notEmpty(referenceId, "referenceId");
		if (effectiveFrom != null && effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
			throw new IllegalArgumentException("effectiveUntil must be after effectiveFrom");
		}
	}

	/**
	 * A price of a price type.
	 * @param priceType the price type, such as {@code member}
	 * @param price the price
	 * @param referenceId a unique reference, such as a UUID
	 * @return the adjustment
	 */
	public static NewPriceAdjustment of(String priceType, BigDecimal price, String referenceId) {
		Checks.notNull(price, "price");
		return new NewPriceAdjustment(priceType, price, referenceId, null, null, null, null);
	}

	/**
	 * Removes a price type from the SKU.
	 * @param priceType the price type
	 * @param referenceId a unique reference, such as a UUID
	 * @return the adjustment
	 */
	public static NewPriceAdjustment removal(String priceType, String referenceId) {
		return new NewPriceAdjustment(priceType, null, referenceId, null, null, null, null);
	}

	/**
	 * This adjustment, applying in the given period.
	 * @param effectiveFrom from when, or {@code null}
	 * @param effectiveUntil until when, or {@code null}
	 * @return the adjustment
	 */
	public NewPriceAdjustment effective(OffsetDateTime effectiveFrom, OffsetDateTime effectiveUntil) {
		return new NewPriceAdjustment(this.priceType, this.price, this.referenceId, this.calculatedAt, effectiveFrom,
				effectiveUntil, this.contextId);
	}

	/**
	 * This adjustment, calculated at the given time in the given context.
	 * @param calculatedAt when it was calculated, or {@code null}
	 * @param contextId its context, such as a sale, or {@code null}
	 * @return the adjustment
	 */
	public NewPriceAdjustment calculated(OffsetDateTime calculatedAt, String contextId) {
		return new NewPriceAdjustment(this.priceType, this.price, this.referenceId, calculatedAt, this.effectiveFrom,
				this.effectiveUntil, contextId);
	}

}
