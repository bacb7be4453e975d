package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How the shop reads the effects of a Talon.One answer that the simulator's rules never produce: discounts on single
 * lines ({@code setDiscountPerItem}, named by the position of the line in the cart sent) and loyalty points of another
 * program. The answer is read by the client's own JSON mapper, as it would be from Talon.One.
 */
class CartPromotionsTests {

	private final ProductCatalog catalog = new ProductCatalog();

	@Test
	void perItemDiscountsAreShownOnTheirLinesAndCountInTheTotal() {
		IntegrationStateV2 answer = TalonJson.mapper().readValue("""
				{"effects":[
				 {"campaignId":7,"rulesetId":7,"ruleIndex":0,"ruleName":"Mugs","effectType":"setDiscountPerItem",
				  "props":{"name":"Mugs 1.00 off","value":1.00,"position":1,"subPosition":0}},
				 {"campaignId":7,"rulesetId":7,"ruleIndex":0,"ruleName":"Mugs","effectType":"setDiscountPerItem",
				  "props":{"name":"Mugs 1.00 off","value":1.00,"position":1,"subPosition":1}},
				 {"campaignId":1,"rulesetId":1,"ruleIndex":0,"ruleName":"Threshold","effectType":"setDiscount",
				  "props":{"name":"10% off","value":3.39}},
				 {"campaignId":9,"rulesetId":9,"ruleIndex":0,"ruleName":"Miles","effectType":"addLoyaltyPoints",
				  "props":{"name":"Miles","programId":2,"subLedgerId":"","value":12,"recipientIntegrationId":"vic",
				   "transactionUUID":"t-1"}}
				],"createdCoupons":[],"createdReferrals":[]}""", IntegrationStateV2.class);
		Map<String, Integer> lines = new LinkedHashMap<>();
		lines.put("COFFEE-1KG", 1);
		lines.put("MUG", 2);
		Market eu = new Market("eu", ProductCatalog.EUR, "eu", 5, 1);
		CartSnapshot cart = new CartSnapshot("cart-1", eu, "vic", lines, List.of("TAKE5"), null, CartStatus.OPEN, 3,
				CartPromotions.NONE, null, List.of());

		CartPromotions promotions = CartPromotions.from(answer, cart, this.catalog, 1);

		assertThat(promotions.itemDiscounts()).containsExactly(Map.entry("MUG", new BigDecimal("2.00")));
		assertThat(promotions.totalDiscount()).isEqualByComparingTo("5.39");
		assertThat(promotions.loyaltyPoints()).as("program 2 is not the shop's").isNull();
		assertThat(promotions.coupons()).containsEntry("TAKE5",
				new CartPromotions.CodeVerdict(CartPromotions.CodeStatus.UNVERIFIED, null));
		CartView view = CartView.of(withPromotions(cart, promotions), this.catalog);
		assertThat(view.lines()).extracting(CartView.Line::sku, CartView.Line::discount)
			.containsExactly(tuple("COFFEE-1KG", null),
					tuple("MUG", new BigDecimal("2.00")));
		assertThat(view.total()).isEqualByComparingTo("38.51");
		assertThat(CartPromotions.from(answer, cart, this.catalog, 2).loyaltyPoints()).isEqualByComparingTo("12");
	}

	private static CartSnapshot withPromotions(CartSnapshot cart, CartPromotions promotions) {
		return new CartSnapshot(cart.id(), cart.market(), cart.customerId(), cart.quantities(), cart.couponCodes(),
				cart.referralCode(), cart.status(), cart.version(), promotions, null, List.of());
	}

}
