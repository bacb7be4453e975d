package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.Effect;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.SimulatorSessionTests.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each default rule, the v1 effects it produces and the session's {@code discounts}; and a custom rule set.
 */
class SimulatorRulesTests {

	private static final Duration WAIT = TalonClients.WAIT;

	private static final String THRESHOLD = "10% off orders of 50.00 or more";

	private static final String WELCOME10 = "Coupon WELCOME10: 10% off";

	private static final String TAKE5 = "Coupon TAKE5: 5.00 off orders of 30.00 or more";

	private static TalonSimulator simulator;

	private static WebClientTalonIntegrationClient talon;

	private static int carts;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		talon = TalonClients.apiKey(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void theThresholdDiscountAppliesFromFifty() {
		IntegrationState below = cart(null, item("A", "49.99", 1));
		IntegrationState at = cart(null, item("A", "25.00", 2));
		IntegrationState above = cart(null, item("A", "24.90", 1), item("B", "9.50", 3));

		assertThat(below.effects()).isEmpty();
		assertThat(below.session().discounts()).isEmpty();
		assertThat(at.discounts()).containsExactly(Map.entry(THRESHOLD, new BigDecimal("5.00")));
		assertThat(above.discounts()).containsExactly(Map.entry(THRESHOLD, new BigDecimal("5.34")));
		assertThat(above.session().discounts()).isEqualTo(above.discounts());
	}

	@Test
	void aPercentCouponIsAcceptedOnAnyCart() {
		IntegrationState state = cart("welcome10", item("A", "19.99", 1));

		assertThat(state.isCouponAccepted("welcome10")).isTrue();
		assertThat(state.effects()).extracting(Effect::name).containsExactly("acceptCoupon", "setDiscount");
		assertThat(state.discounts()).containsExactly(Map.entry(WELCOME10, new BigDecimal("2.00")));
	}

	@Test
	void aFixedCouponNeedsItsMinimumCartTotal() {
		IntegrationState below = cart("TAKE5", item("A", "29.99", 1));
		IntegrationState at = cart("TAKE5", item("A", "10.00", 3));

		assertThat(below.isCouponRejected("TAKE5")).isTrue();
		assertThat(below.effects("rejectCoupon").get(0).arguments()).containsExactly("TAKE5", "CouponRejectedByCondition");
		assertThat(below.discounts()).isEmpty();
		assertThat(at.isCouponAccepted("TAKE5")).isTrue();
		assertThat(at.discounts()).containsExactly(Map.entry(TAKE5, new BigDecimal("5.00")));
	}

	@Test
	void anUnknownCouponIsRejectedAsNotFound() {
		IntegrationState state = cart("BOGUS", item("A", "60.00", 1));

		assertThat(state.isCouponRejected("BOGUS")).isTrue();
		Effect rejection = state.effects("rejectCoupon").get(0);
		assertThat(rejection.campaignId()).isZero();
		assertThat(rejection.arguments()).containsExactly("BOGUS", "CouponNotFound");
		assertThat(state.discounts()).as("other rules still apply").containsOnlyKeys(THRESHOLD);
	}

	@Test
	void discountsAddUpInRuleOrder() {
		IntegrationState state = cart("TAKE5", item("A", "24.90", 1), item("B", "9.50", 3));

		assertThat(state.discounts()).containsExactly(Map.entry(THRESHOLD, new BigDecimal("5.34")),
				Map.entry(TAKE5, new BigDecimal("5.00")));
		assertThat(state.totalDiscount()).isEqualByComparingTo("10.34");
	}

	@Test
	void theFreeItemComesWithItsTriggerSku() {
		IntegrationState without = cart(null, item("MUG", "9.50", 1));
		IntegrationState with = cart(null, item("GRINDER-HAND", "59.00", 1));

		assertThat(without.effects(Effect.ADD_FREE_ITEM)).isEmpty();
		Effect freeItem = with.effects(Effect.ADD_FREE_ITEM).get(0);
		assertThat(freeItem.arguments()).containsExactly("Paper filters (100)", "FILTER-100",
				"Free paper filters with every hand grinder");
		assertThat(freeItem.campaignId()).isEqualTo(4);
	}

	@Test
	void effectsArePositionalV1Arrays() {
		RawHttp.Answer answer = new RawHttp(simulator).send("PUT", "/v1/customer_sessions/raw-cart",
				"{\"coupon\":\"TAKE5\",\"cartItems\":[{\"sku\":\"A\",\"name\":\"a\",\"quantity\":2,\"price\":20}]}");

		JsonNode effects = answer.json().path("event").path("effects");
		assertThat(effects.toString()).isEqualTo("[[3,3,0,[\"acceptCoupon\",\"TAKE5\"]],"
				+ "[3,3,0,[\"setDiscount\",\"Coupon TAKE5: 5.00 off orders of 30.00 or more\",5.00]]]");
		assertThat(answer.json().path("session").path("discounts").toString())
			.isEqualTo("{\"Coupon TAKE5: 5.00 off orders of 30.00 or more\":5.00}");
	}

	@Test
	void customRulesReplaceTheDefaults() {
		PromotionRules rules = PromotionRules.of(
				new CouponRule(10, "HALF", Discount.percent("50"), BigDecimal.ZERO, "Half price"),
				new CouponRule(11, "BIG", Discount.amount("100.00"), BigDecimal.ZERO, "Big money"))
			.and(new CartThresholdRule(12, new BigDecimal("1.00"), Discount.amount("1.00"), "A euro off"));
		try (TalonSimulator custom = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(rules))) {
			WebClientTalonIntegrationClient client = TalonClients.apiKey(custom);
			IntegrationState half = client.updateCustomerSession("c1", NewCustomerSession.builder()
				.coupon("HALF")
				.cartItems(List.of(item("A", "10.01", 1)))
				.build()).block(WAIT);
			IntegrationState capped = client.updateCustomerSession("c2", NewCustomerSession.builder()
				.coupon("BIG")
				.cartItems(List.of(item("GRINDER-HAND", "30.00", 1)))
				.build()).block(WAIT);

			assertThat(half.discounts()).containsExactly(Map.entry("Half price", new BigDecimal("5.01")),
					Map.entry("A euro off", new BigDecimal("1.00")));
			assertThat(capped.discounts()).as("a discount never exceeds what is left of the cart")
				.containsExactly(Map.entry("Big money", new BigDecimal("30.00")));
			assertThat(capped.effects(Effect.ADD_FREE_ITEM)).as("not a default rule any more").isEmpty();
		}
	}

	@Test
	void rulesAreChecked() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PromotionRules.of(new CouponRule(1, "A", Discount.percent("5"), BigDecimal.ZERO, "a"),
					new CouponRule(2, "a", Discount.percent("5"), BigDecimal.ZERO, "b")))
			.withMessageContaining("coupon code a is used by two rules");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PromotionRules.defaults().and(new FreeItemRule(1, "A", "B", "b", "free b")))
			.withMessageContaining("campaign id 1 is used by two rules");
		assertThatIllegalArgumentException().isThrownBy(() -> Discount.percent("120"));
		assertThatIllegalArgumentException().isThrownBy(() -> Discount.amount("0"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CartThresholdRule(0, BigDecimal.ONE, Discount.amount("1"), "x"))
			.withMessageContaining("campaignId");
	}

	private static IntegrationState cart(String coupon, CartItem... items) {
		return talon.updateCustomerSession("rules-cart-" + (++carts),
				NewCustomerSession.builder().coupon(coupon).cartItems(List.of(items)).build())
			.block(WAIT);
	}

}
