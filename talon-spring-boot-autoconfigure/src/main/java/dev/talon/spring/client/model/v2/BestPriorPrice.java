package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;
import tools.jackson.databind.JsonNode;

/**
 * The best (lowest) price of a SKU in the look-back period ({@code BestPriorPrice}), an element of the answer of
 * {@code bestPriorPrice}.
 *
 * @param id the observed price's id
 * @param sku the SKU
 * @param observedAt when the price was observed
 * @param contextIds the contexts of the price, such as the sales and campaigns that made it (empty when none)
 * @param contextId deprecated by Talon.One for {@code contextIds}; {@code ""} when none
 * @param price the price, in the Application's currency
 * @param metadata what made the price
 * @param target for whom the price was (the spec types it as any object), as JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BestPriorPrice(Long id, String sku, OffsetDateTime observedAt,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> contextIds, String contextId, BigDecimal price,
		BestPriorPriceMetadata metadata, JsonNode target) {

	/**
	 * Copies the contexts, turning missing ones into an empty list.
	 * @param id the observed price's id
	 * @param sku the SKU
	 * @param observedAt when the price was observed
	 * @param contextIds the contexts of the price
	 * @param contextId deprecated by Talon.One for {@code contextIds}
	 * @param price the price
	 * @param metadata what made the price
	 * @param target for whom the price was, as JSON
	 */
	public BestPriorPrice {
		contextIds = Checks.copyOrEmpty(contextIds);
	}

}
