package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.model.v2.effect.AddFreeItemEffectProps;
import dev.talon.spring.client.model.v2.effect.CodeStatus;
import dev.talon.spring.client.model.v2.effect.CustomEffectProps;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import dev.talon.spring.client.model.v2.effect.RollbackAddedLoyaltyPointsEffectProps;
import dev.talon.spring.client.model.v2.effect.RollbackDeductedLoyaltyPointsEffectProps;
import dev.talon.spring.client.model.v2.effect.SetDiscountPerItemEffectProps;
import dev.talon.spring.client.model.v2.effect.ShowNotificationEffectProps;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The helpers of {@link IntegrationEffects} on realistic answers: a checkout, a partial return, a cancellation.
 */
class IntegrationEffectsTests {

	private final JsonMapper mapper = TalonJson.mapper();

	private IntegrationStateV2 answer(String effects) {
		return this.mapper.readValue("{\"effects\": " + effects + ", \"createdCoupons\": [], \"createdReferrals\": []}",
				IntegrationStateV2.class);
	}

	/** An effect of campaign 1 in JSON. */
	private static String effect(String effectType, String props) {
		return "{\"campaignId\": 1, \"rulesetId\": 2, \"ruleIndex\": 0, \"ruleName\": \"Rule\", \"effectType\": \""
				+ effectType + "\", \"props\": " + props + "}";
	}

	private static String effects(String... effects) {
		return "[" + String.join(", ", effects) + "]";
	}

	private static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}

	@Test
	void checkoutDiscountsAreSummedByNamePositionAndAdditionalCost() {
		IntegrationStateV2 state = answer(Answers.EFFECTS);
		assertThat(state.discounts()).containsExactly(entry("10% off", amount("33.333333333333336")));
		assertThat(state.itemDiscounts()).containsExactly(entry(0, amount("8.00")));
		assertThat(state.additionalCostDiscounts()).containsExactly(entry("shipping", amount("2.475")));
		assertThat(state.itemAdditionalCostDiscounts()).isEmpty();
		assertThat(state.netDiscounts()).isEqualTo(state.discounts());
		assertThat(state.netItemDiscounts()).isEqualTo(state.itemDiscounts());
		assertThat(state.netAdditionalCostDiscounts()).isEqualTo(state.additionalCostDiscounts());
		assertThat(state.totalNetDiscount()).isEqualTo(amount("43.808333333333336"));
	}

	@Test
	void checkoutFreeItemsNotificationsAndCustomEffects() {
		IntegrationStateV2 state = answer(Answers.EFFECTS);
		assertThat(state.freeItems()).containsExactly(new AddFreeItemEffectProps("MUG-1", "Free mug", 1));
		assertThat(state.notifications())
			.containsExactly(new ShowNotificationEffectProps("Offer", "Almost there", "Spend 10 more for free shipping"));
		assertThat(state.customEffects("free_gift_wrap")).singleElement().satisfies((custom) -> {
			assertThat(custom.cartItemPosition()).isEqualTo(1);
			assertThat(custom.payload().get("paper").asString()).isEqualTo("gold");
			assertThat(custom.payload().get("cost").decimalValue()).isEqualTo(amount("2.5"));
		});
		assertThat(state.customEffects("something_else")).isEmpty();
		assertThat(state.effects("triggerWebhook")).hasSize(1);
		assertThat(state.props(CustomEffectProps.class)).hasSize(1);
	}

	@Test
	void checkoutCouponsAreAcceptedOrRejectedWithTheirReason() {
		IntegrationStateV2 state = answer(Answers.EFFECTS);
		assertThat(state.couponStatus("SPRING10")).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(state.couponStatus("spring10")).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(state.couponStatus("WINTER5")).isEqualTo(CodeStatus.REJECTED);
		assertThat(state.couponStatus("UNKNOWN")).isEqualTo(CodeStatus.NOT_EVALUATED);
		assertThat(state.couponStatus(null)).isEqualTo(CodeStatus.NOT_EVALUATED);
		assertThat(state.couponRejectionReason("winter5")).contains("CouponExpired");
		assertThat(state.couponRejectionReason("SPRING10")).isEmpty();
		assertThat(state.acceptedCoupons()).containsExactly("SPRING10");
		assertThat(state.rejectedCoupons()).containsExactly(entry("WINTER5", "CouponExpired"));
	}

	@Test
	void checkoutLoyaltyPointsAreSummedPerProgram() {
		IntegrationStateV2 state = answer(effects(Answers.EFFECTS.strip().substring(1, Answers.EFFECTS.strip().length() - 1),
				effect("addLoyaltyPoints", """
						{"name": "Per item", "programId": 5, "subLedgerId": "beans", "value": 1.5, "cartItemPosition": 0,
						 "recipientIntegrationId": "customer-7", "transactionUUID": "t-9"}"""),
				effect("addLoyaltyPoints", """
						{"name": "Card bonus", "programId": 6, "subLedgerId": "", "value": 10, "cardIdentifier": "card-1",
						 "recipientIntegrationId": "customer-7", "transactionUUID": "t-10"}""")));
		assertThat(state.addedLoyaltyPoints()).containsExactly(entry(5L, amount("53.98")), entry(6L, amount("10")));
		assertThat(state.deductedLoyaltyPoints()).containsExactly(entry(5L, amount("100")));
	}

	@Test
	void anAcceptedCodeClearsTheRejectionsOfOtherCampaigns() {
		IntegrationStateV2 state = answer(effects(
				effect("rejectCoupon", "{\"value\": \"SPRING10\", \"rejectionReason\": \"CouponPartOfNotTriggeredCampaign\"}"),
				effect("acceptCoupon", "{\"value\": \"SPRING10\"}")));
		assertThat(state.couponStatus("SPRING10")).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(state.couponRejectionReason("SPRING10")).isEmpty();
		assertThat(state.rejectedCoupons()).isEmpty();
		assertThat(state.acceptedCoupons()).containsExactly("SPRING10");
	}

	@Test
	void aLaterSessionDiscountOfTheSameNameWins() {
		IntegrationStateV2 state = answer(effects(effect("setDiscount", "{\"name\": \"Loyal\", \"value\": 5}"),
				effect("setDiscount", "{\"name\": \"Summer\", \"value\": 2}"),
				effect("setDiscount", "{\"name\": \"Loyal\", \"value\": 7.50}")));
		assertThat(state.discounts()).containsExactly(entry("Loyal", amount("7.50")), entry("Summer", amount("2")));
		assertThat(state.totalNetDiscount()).isEqualTo(amount("9.50"));
	}

	@Test
	void discountsPerItemAdditionalCostAreSummedByPositionAndCost() {
		IntegrationStateV2 state = answer(effects(
				effect("setDiscountPerAdditionalCostPerItem",
						"{\"name\": \"h#0\", \"additionalCostId\": 3, \"value\": 0.5, \"position\": 0, \"subPosition\": 0, \"additionalCost\": \"handling\"}"),
				effect("setDiscountPerAdditionalCostPerItem",
						"{\"name\": \"h#0\", \"additionalCostId\": 3, \"value\": 0.5, \"position\": 0, \"subPosition\": 1, \"additionalCost\": \"handling\"}"),
				effect("setDiscountPerAdditionalCostPerItem",
						"{\"name\": \"g#1\", \"additionalCostId\": 4, \"value\": 1, \"position\": 1, \"additionalCost\": \"giftWrap\"}")));
		assertThat(state.itemAdditionalCostDiscounts()).containsExactly(entry(0, Map.of("handling", amount("1.0"))),
				entry(1, Map.of("giftWrap", amount("1"))));
		assertThat(state.totalNetDiscount()).isEqualTo(amount("2.0"));
	}

	@Test
	void aPartialReturnNetsTheDiscountsItRollsBack() {
		IntegrationStateV2 state = answer(effects(
				effect("setDiscount", "{\"name\": \"10% off\", \"value\": 5.00}"),
				effect("setDiscountPerItem", "{\"name\": \"Espresso#0\", \"value\": 4.00, \"position\": 0, \"subPosition\": 0}"),
				effect("setDiscountPerItem", "{\"name\": \"Espresso#0\", \"value\": 4.00, \"position\": 0, \"subPosition\": 1}"),
				effect("setDiscountPerItem", "{\"name\": \"Jug#1\", \"value\": 3.00, \"position\": 1, \"subPosition\": 0}"),
				effect("setDiscountPerAdditionalCost",
						"{\"name\": \"Half shipping\", \"additionalCostId\": 2, \"additionalCost\": \"shipping\", \"value\": 2.475}"),
				effect("setDiscountPerAdditionalCostPerItem",
						"{\"name\": \"h#1\", \"additionalCostId\": 3, \"value\": 0.50, \"position\": 1, \"additionalCost\": \"handling\"}"),
				effect("rollbackDiscount", "{\"name\": \"10% off\", \"value\": 2.00, \"scope\": \"sessionTotal\"}"),
				effect("rollbackDiscount",
						"{\"name\": \"Espresso#0\", \"value\": 4.00, \"cartItemPosition\": 0, \"cartItemSubPosition\": 1, \"scope\": \"price\"}"),
				effect("rollbackDiscount",
						"{\"name\": \"Half shipping\", \"value\": 2.475, \"additionalCostId\": 2, \"additionalCost\": \"shipping\"}"),
				effect("rollbackDiscount",
						"{\"name\": \"h#1\", \"value\": 0.50, \"cartItemPosition\": 1, \"additionalCostId\": 3, \"additionalCost\": \"handling\"}"),
				effect("rollbackDiscount", "{\"name\": \"Given in an earlier answer\", \"value\": 9.99}"),
				effect("rollbackDiscount", "{\"name\": \"Mug#5\", \"value\": 1.00, \"cartItemPosition\": 5}")));
		assertThat(state.discounts()).containsExactly(entry("10% off", amount("5.00")));
		assertThat(state.itemDiscounts()).containsExactly(entry(0, amount("8.00")), entry(1, amount("3.00")));
		assertThat(state.netDiscounts()).containsExactly(entry("10% off", amount("3.00")));
		assertThat(state.netItemDiscounts()).containsExactly(entry(0, amount("4.00")), entry(1, amount("3.00")));
		assertThat(state.netAdditionalCostDiscounts()).isEmpty();
		assertThat(state.totalNetDiscount()).isEqualTo(amount("10.00"));
	}

	@Test
	void aCancellationCarriesOnlyRollbacks() {
		IntegrationStateV2 state = answer(effects(
				effect("rollbackDiscount", "{\"name\": \"10% off\", \"value\": 5.00}"),
				effect("rollbackCoupon", "{\"value\": \"SPRING10\"}"),
				effect("rollbackReferral", "{\"value\": \"REF-7XK2\"}"),
				effect("rollbackAddedLoyaltyPoints", """
						{"programId": 5, "subLedgerId": "", "value": 52.48, "recipientIntegrationId": "customer-7",
						 "transactionUUID": "t-1"}"""),
				effect("rollbackDeductedLoyaltyPoints", """
						{"programId": 5, "subLedgerId": "", "value": 100, "recipientIntegrationId": "customer-7",
						 "transactionUUID": "t-2"}""")));
		assertThat(state.discounts()).isEmpty();
		assertThat(state.netDiscounts()).isEmpty();
		assertThat(state.totalNetDiscount()).isZero();
		assertThat(state.couponStatus("SPRING10")).isEqualTo(CodeStatus.ROLLED_BACK);
		assertThat(state.referralStatus("ref-7xk2")).isEqualTo(CodeStatus.ROLLED_BACK);
		assertThat(state.acceptedCoupons()).isEmpty();
		assertThat(state.addedLoyaltyPoints()).isEmpty();
		assertThat(state.deductedLoyaltyPoints()).isEmpty();
		assertThat(state.props(RollbackAddedLoyaltyPointsEffectProps.class)).extracting((p) -> p.value())
			.containsExactly(amount("52.48"));
		assertThat(state.props(RollbackDeductedLoyaltyPointsEffectProps.class)).extracting((p) -> p.value())
			.containsExactly(amount("100"));
	}

	@Test
	void aRollbackWinsOverAnAcceptanceInTheSameAnswer() {
		IntegrationStateV2 state = answer(effects(effect("acceptCoupon", "{\"value\": \"SPRING10\"}"),
				effect("rollbackCoupon", "{\"value\": \"SPRING10\"}")));
		assertThat(state.couponStatus("SPRING10")).isEqualTo(CodeStatus.ROLLED_BACK);
		assertThat(state.acceptedCoupons()).isEmpty();
	}

	@Test
	void referralCodesAreAcceptedRejectedOrRedeemedTheDeprecatedWay() {
		IntegrationStateV2 accepted = answer(effects(effect("acceptReferral", "{\"value\": \"REF-7XK2\"}")));
		assertThat(accepted.referralStatus("REF-7XK2")).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(accepted.referralRejectionReason("REF-7XK2")).isEmpty();
		IntegrationStateV2 rejected = answer(effects(effect("rejectReferral",
				"{\"value\": \"REF-OLD\", \"rejectionReason\": \"ReferralExpired\", \"details\": \"2026-01-01\"}")));
		assertThat(rejected.referralStatus("ref-old")).isEqualTo(CodeStatus.REJECTED);
		assertThat(rejected.referralRejectionReason("REF-OLD")).contains("ReferralExpired");
		assertThat(rejected.referralStatus("OTHER")).isEqualTo(CodeStatus.NOT_EVALUATED);
		IntegrationStateV2 redeemed = answer(effects(effect("redeemReferral", "{\"id\": 99, \"value\": \"REF-1\"}")));
		assertThat(redeemed.referralStatus("REF-1")).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(redeemed.referralStatus(null)).isEqualTo(CodeStatus.NOT_EVALUATED);
	}

	@Test
	void effectsLackingWhatAHelperNeedsAreLeftOut() {
		IntegrationStateV2 state = answer(effects(effect("setDiscount", "{\"name\": \"No value\"}"),
				effect("setDiscount", "{\"value\": 3}"),
				effect("setDiscountPerItem", "{\"name\": \"No position\", \"value\": 1}"),
				effect("setDiscountPerAdditionalCost", "{\"name\": \"No cost\", \"value\": 1}"),
				effect("addLoyaltyPoints", "{\"name\": \"No program\", \"value\": 10}"),
				effect("deductLoyaltyPoints", "{\"programId\": 5}"),
				effect("setDiscount", "{\"name\": \"Malformed\", \"value\": [1]}"),
				effect("rejectCoupon", "{\"value\": \"NO-REASON\"}"),
				effect("customEffect", "{\"effectId\": 1, \"payload\": {}}")));
		assertThat(state.discounts()).isEmpty();
		assertThat(state.itemDiscounts()).isEmpty();
		assertThat(state.additionalCostDiscounts()).isEmpty();
		assertThat(state.addedLoyaltyPoints()).isEmpty();
		assertThat(state.deductedLoyaltyPoints()).isEmpty();
		assertThat(state.totalNetDiscount()).isZero();
		assertThat(state.couponStatus("NO-REASON")).isEqualTo(CodeStatus.REJECTED);
		assertThat(state.couponRejectionReason("NO-REASON")).isEmpty();
		assertThat(state.rejectedCoupons()).containsExactly(entry("NO-REASON", null));
		assertThat(state.customEffects(null)).isEmpty();
		assertThat(state.effects()).filteredOn(Effect::hasMalformedProps).hasSize(1);
	}

	@Test
	void helpersReturnNewCollections() {
		IntegrationStateV2 state = answer(Answers.EFFECTS);
		state.discounts().clear();
		state.freeItems().clear();
		state.props(SetDiscountPerItemEffectProps.class).clear();
		assertThat(state.discounts()).hasSize(1);
		assertThat(state.freeItems()).hasSize(1);
		assertThat(state.props(SetDiscountPerItemEffectProps.class)).hasSize(2);
	}

	@Test
	void everyAnswerWithEffectsHasTheHelpers() {
		List<IntegrationEffects> answers = List.of(
				this.mapper.readValue("{\"effects\": " + Answers.EFFECTS + "}", IntegrationCustomerSessionResponse.class),
				this.mapper.readValue("{\"effects\": " + Answers.EFFECTS + "}", ReopenSessionResponse.class),
				this.mapper.readValue("{\"effects\": " + Answers.EFFECTS + "}", CustomerProfileIntegrationResponseV2.class),
				this.mapper.readValue("{\"effects\": " + Answers.EFFECTS + "}", IntegrationEventV2Response.class),
				this.mapper.readValue("{\"effects\": " + Answers.EFFECTS + "}", IntegrationEventV3Response.class),
				this.mapper.readValue("{\"effects\": " + Answers.EFFECTS + "}", EventV3.class));
		for (IntegrationEffects answer : answers) {
			assertThat(answer.totalNetDiscount()).as(answer.getClass().getSimpleName())
				.isEqualTo(amount("43.808333333333336"));
			assertThat(answer.couponStatus("SPRING10")).isEqualTo(CodeStatus.ACCEPTED);
		}
	}

}
