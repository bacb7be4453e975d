package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import dev.talon.spring.client.TalonJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The v2 effects: every typed effect type is read into its props record, every other one and every malformed one is
 * kept as JSON, and an effect is written back as it was read.
 */
class EffectTests {

	private static final JsonMapper MAPPER = TalonJson.mapper();

	private static Effect read(String json) {
		return MAPPER.readValue(json, Effect.class);
	}

	private static Effect effect(String effectType, String props) {
		return read("{\"campaignId\": 244, \"rulesetId\": 73, \"ruleIndex\": 2, \"ruleName\": \"Rule\", \"effectType\": \""
				+ effectType + "\", \"props\": " + props + "}");
	}

	private static JsonNode json(String text) {
		return MAPPER.readTree(text);
	}

	private static OffsetDateTime time(String text) {
		return OffsetDateTime.parse(text);
	}

	static Stream<Arguments> typedEffects() {
		return Stream.of(
				Arguments.of("setDiscount",
						"{\"name\": \"10% off\", \"value\": 33.333333333333336, \"scope\": \"sessionTotal\", \"desiredValue\": 40}",
						new SetDiscountEffectProps("10% off", new BigDecimal("33.333333333333336"), "sessionTotal",
								new BigDecimal("40"))),
				Arguments.of("setDiscountPerItem", """
						{"name": "Bundle#1", "value": 2.5, "position": 1, "subPosition": 2, "desiredValue": 3,
						 "scope": "itemTotal", "totalDiscount": 7.5, "desiredTotalDiscount": 9, "bundleIndex": 0,
						 "bundleName": "Breakfast", "targetedItemPosition": 3, "targetedItemSubPosition": 0,
						 "excludedFromPriceHistory": true}""",
						new SetDiscountPerItemEffectProps("Bundle#1", new BigDecimal("2.5"), 1, 2, new BigDecimal("3"),
								"itemTotal", new BigDecimal("7.5"), new BigDecimal("9"), 0L, "Breakfast", 3, 0, true)),
				Arguments.of("setDiscountPerAdditionalCost",
						"{\"name\": \"Half shipping\", \"additionalCostId\": 2, \"additionalCost\": \"shipping\", \"value\": 2.475, \"desiredValue\": 2.475}",
						new SetDiscountPerAdditionalCostEffectProps("Half shipping", 2L, "shipping",
								new BigDecimal("2.475"), new BigDecimal("2.475"))),
				Arguments.of("setDiscountPerAdditionalCostPerItem",
						"{\"name\": \"Free handling#0\", \"additionalCostId\": 3, \"value\": 0.5, \"position\": 0, \"subPosition\": 1, \"additionalCost\": \"handling\"}",
						new SetDiscountPerAdditionalCostPerItemEffectProps("Free handling#0", 3L, new BigDecimal("0.5"), 0,
								1, "handling", null)),
				Arguments.of("acceptCoupon", "{\"value\": \"SPRING10\"}", new AcceptCouponEffectProps("SPRING10")),
				Arguments.of("rejectCoupon", """
						{"value": "WINTER5", "rejectionReason": "CouponPartOfNotTriggeredCampaign", "conditionIndex": 1,
						 "effectIndex": 0, "details": "lower discount", "campaignExclusionReason": "CampaignGaveLowerDiscount"}""",
						new RejectCouponEffectProps("WINTER5", "CouponPartOfNotTriggeredCampaign", 1L, 0L,
								"lower discount", "CampaignGaveLowerDiscount")),
				Arguments.of("acceptReferral", "{\"value\": \"REF-7XK2\"}", new AcceptReferralEffectProps("REF-7XK2")),
				Arguments.of("rejectReferral", "{\"value\": \"REF-0\", \"rejectionReason\": \"ReferralNotFound\"}",
						new RejectReferralEffectProps("REF-0", "ReferralNotFound", null, null, null, null)),
				Arguments.of("addFreeItem", "{\"sku\": \"MUG-1\", \"name\": \"Free mug\", \"desiredQuantity\": 2}",
						new AddFreeItemEffectProps("MUG-1", "Free mug", 2)),
				Arguments.of("addLoyaltyPoints", """
						{"name": "Per item", "programId": 5, "subLedgerId": "beans", "value": 1.5, "desiredValue": 2,
						 "recipientIntegrationId": "customer-7", "startDate": "2026-12-01T00:00:00Z",
						 "expiryDate": "2027-12-01T00:00:00Z", "transactionUUID": "t-1", "cartItemPosition": 0,
						 "cartItemSubPosition": 1, "cardIdentifier": "card-0042", "bundleIndex": 2,
						 "bundleName": "Breakfast", "awaitsActivation": false, "validityDuration": "30D"}""",
						new AddLoyaltyPointsEffectProps("Per item", 5L, "beans", new BigDecimal("1.5"), new BigDecimal("2"),
								"customer-7", time("2026-12-01T00:00:00Z"), time("2027-12-01T00:00:00Z"), "t-1", 0, 1,
								"card-0042", 2L, "Breakfast", false, "30D")),
				Arguments.of("deductLoyaltyPoints", """
						{"ruleTitle": "Pay with points", "programId": 5, "subLedgerId": "", "value": 100,
						 "transactionUUID": "t-2", "name": "Redeem", "cardIdentifier": "card-0042"}""",
						new DeductLoyaltyPointsEffectProps("Pay with points", 5L, "", new BigDecimal("100"), "t-2", "Redeem",
								"card-0042")),
				Arguments.of("rollbackCoupon", "{\"value\": \"SPRING10\"}", new RollbackCouponEffectProps("SPRING10")),
				Arguments.of("rollbackReferral", "{\"value\": \"REF-7XK2\"}", new RollbackReferralEffectProps("REF-7XK2")),
				Arguments.of("rollbackDiscount", """
						{"name": "Half shipping", "value": 2.475, "additionalCostId": 2, "additionalCost": "shipping",
						 "scope": "additionalCosts"}""",
						new RollbackDiscountEffectProps("Half shipping", new BigDecimal("2.475"), null, null, 2L, "shipping",
								"additionalCosts")),
				Arguments.of("rollbackAddedLoyaltyPoints", """
						{"programId": 5, "subLedgerId": "", "value": 52.48, "recipientIntegrationId": "customer-7",
						 "transactionUUID": "t-3", "cartItemPosition": 1, "cartItemSubPosition": 0, "cardIdentifier": "c-1"}""",
						new RollbackAddedLoyaltyPointsEffectProps(5L, "", new BigDecimal("52.48"), "customer-7", "t-3", 1, 0,
								"c-1")),
				Arguments.of("rollbackDeductedLoyaltyPoints", """
						{"programId": 5, "subLedgerId": "", "value": 100, "recipientIntegrationId": "customer-7",
						 "startDate": "2026-12-01T00:00:00Z", "expiryDate": "2027-12-01T00:00:00Z", "transactionUUID": "t-4"}""",
						new RollbackDeductedLoyaltyPointsEffectProps(5L, "", new BigDecimal("100"), "customer-7",
								time("2026-12-01T00:00:00Z"), time("2027-12-01T00:00:00Z"), "t-4", null)),
				Arguments.of("showNotification", "{\"notificationType\": \"Info\", \"title\": \"Hi\", \"body\": \"Welcome\"}",
						new ShowNotificationEffectProps("Info", "Hi", "Welcome")),
				Arguments.of("couponCreated", "{\"value\": \"WELCOME-7\", \"profileId\": \"customer-7\"}",
						new CouponCreatedEffectProps("WELCOME-7", "customer-7")),
				Arguments.of("referralCreated", "{\"value\": \"REF-NEW\"}", new ReferralCreatedEffectProps("REF-NEW")),
				Arguments.of("reserveCoupon",
						"{\"couponValue\": \"VIP-1\", \"profileIntegrationId\": \"customer-7\", \"isNewReservation\": true}",
						new ReserveCouponEffectProps("VIP-1", "customer-7", true)),
				Arguments.of("updateAttribute", "{\"path\": \"Session.ShippingCity\", \"value\": {\"city\": \"Berlin\"}}",
						new UpdateAttributeEffectProps("Session.ShippingCity", json("{\"city\": \"Berlin\"}"))),
				Arguments.of("awardGiveaway", """
						{"poolId": 2, "poolName": "Gift cards", "recipientIntegrationId": "customer-7", "giveawayId": 5,
						 "code": "GIFT-123"}""",
						new AwardGiveawayEffectProps(2L, "Gift cards", "customer-7", 5L, "GIFT-123")),
				Arguments.of("willAwardGiveaway",
						"{\"poolId\": 2, \"poolName\": \"Gift cards\", \"recipientIntegrationId\": \"customer-7\"}",
						new WillAwardGiveawayEffectProps(2L, "Gift cards", "customer-7")),
				Arguments.of("customEffect", """
						{"effectId": 1, "name": "free_gift_wrap", "cartItemPosition": 1, "cartItemSubPosition": 0,
						 "bundleIndex": 1, "bundleName": "my_bundle", "payload": {"paper": "gold", "cost": 2.5}}""",
						new CustomEffectProps(1L, "free_gift_wrap", 1, 0, 1L, "my_bundle",
								json("{\"paper\": \"gold\", \"cost\": 2.5}"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("typedEffects")
	void typedEffectsAreReadIntoTheirRecord(String effectType, String props, EffectProps expected) {
		Effect effect = effect(effectType, props);
		assertThat(effect.effectType()).isEqualTo(effectType);
		assertThat(effect.is(effectType)).isTrue();
		assertThat(effect.props()).isEqualTo(expected);
		assertThat(effect.props(EffectProps.class)).contains(expected);
		assertThat(effect.props(expected.getClass())).isPresent();
		assertThat(effect.props(GenericEffectProps.class)).isEmpty();
		assertThat(effect.hasMalformedProps()).isFalse();
		assertThat(effect.rawProps()).isEqualTo(json(props));
	}

	@Test
	void everyTypedEffectTypeIsCovered() {
		List<Class<?>> tested = typedEffects().<Class<?>>map((arguments) -> arguments.get()[2].getClass()).toList();
		List<Class<?>> typed = Stream.of(EffectProps.class.getPermittedSubclasses())
			.filter((type) -> type != GenericEffectProps.class)
			.toList();
		assertThat(tested).hasSize(24).containsExactlyInAnyOrderElementsOf(typed);
	}

	@Test
	void commonFieldsAreRead() {
		Effect effect = read("""
				{"experimentId": 12, "campaignId": 3000000000, "rulesetId": 73, "ruleIndex": 2,
				 "ruleName": "Give 20% discount", "effectType": "rejectCoupon", "triggeredByCoupon": 4928,
				 "triggeredForCatalogItem": 786, "conditionIndex": 786, "evaluationGroupID": 3,
				 "evaluationGroupMode": "stackable", "campaignRevisionId": 1, "campaignRevisionVersionId": 5,
				 "selectedPriceType": "member", "selectedPrice": 100,
				 "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
				 "props": {"value": "X", "rejectionReason": "CouponNotFound"}, "futureField": [1]}
				""");
		assertThat(effect).isEqualTo(new Effect(12L, 3_000_000_000L, 73L, 2L, "Give 20% discount", "rejectCoupon", 4928L,
				786L, 786L, 3L, "stackable", 1L, 5L, "member", new BigDecimal("100"),
				"68851723-e6fa-488f-ace9-112581e6c19b",
				new RejectCouponEffectProps("X", "CouponNotFound", null, null, null, null), null));
	}

	@Test
	void unknownEffectTypesAreKeptAsJson() {
		Effect effect = effect("someEffectOf2030", "{\"anything\": [1, {\"goes\": \"here\"}]}");
		assertThat(effect.props()).isEqualTo(new GenericEffectProps(json("{\"anything\": [1, {\"goes\": \"here\"}]}")));
		assertThat(effect.hasMalformedProps()).isFalse();
		Effect webhook = effect("triggerWebhook", "{\"webhookId\": 7, \"webhookName\": \"crm\"}");
		assertThat(webhook.props(GenericEffectProps.class).orElseThrow().text("webhookName")).isEqualTo("crm");
		assertThat(webhook.props(GenericEffectProps.class).orElseThrow().text("missing")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1, 2]", "\"text\"", "42" })
	void knownEffectsWhosePropsAreNoObjectAreKeptAsJson(String props) {
		Effect effect = effect("setDiscount", props);
		assertThat(effect.props()).isEqualTo(new GenericEffectProps(json(props)));
		assertThat(effect.hasMalformedProps()).isTrue();
		assertThat(effect.unreadableProps()).isEmpty();
		assertThat(effect.props(SetDiscountEffectProps.class)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"name\": \"Broken\", \"value\": \"not a number\"}|value",
			"{\"name\": {\"nested\": true}, \"value\": 1}|name", "{\"name\": \"x\", \"value\": 1, \"scope\": [1]}|scope",
			"{\"name\": [], \"value\": {}, \"scope\": \"cart\"}|name,value" })
	void aFieldThatCannotBeReadIsLeftNullAndTheOthersAreRead(String props, String unreadable) {
		Effect effect = effect("setDiscount", props);
		List<String> fields = List.of(unreadable.split(","));
		assertThat(effect.hasMalformedProps()).isTrue();
		assertThat(effect.unreadableProps()).containsExactlyElementsOf(fields);
		SetDiscountEffectProps discount = effect.props(SetDiscountEffectProps.class).orElseThrow();
		assertThat(effect.rawProps()).as("kept as sent").isEqualTo(json(props));
		if (fields.contains("value")) {
			assertThat(discount.value()).isNull();
		}
		else {
			assertThat(discount.value()).isEqualByComparingTo("1");
		}
		if (fields.contains("name")) {
			assertThat(discount.name()).isNull();
		}
	}

	@Test
	void anUnreadableOptionalDateDoesNotCostThePoints() {
		// Talon.One writes "unlimited" in ledger dates; one field the record cannot read must not drop the effect
		Effect effect = effect("addLoyaltyPoints",
				"{\"programId\": 5, \"value\": 10.5, \"recipientIntegrationId\": \"alice\", \"expiryDate\": \"unlimited\"}");
		assertThat(effect.hasMalformedProps()).isTrue();
		assertThat(effect.unreadableProps()).containsExactly("expiryDate");
		AddLoyaltyPointsEffectProps points = effect.props(AddLoyaltyPointsEffectProps.class).orElseThrow();
		assertThat(points.value()).isEqualByComparingTo("10.5");
		assertThat(points.expiryDate()).isNull();
		assertThat(new IntegrationEffects() {

			@Override
			public List<Effect> effects() {
				return List.of(effect);
			}

		}.addedLoyaltyPoints()).containsEntry(5L, new BigDecimal("10.5"));
		assertThat(effect("addLoyaltyPoints", "{\"programId\": 5, \"value\": 1}").hasMalformedProps()).isFalse();
	}

	@Test
	void missingPropsAreNullJson() {
		Effect missing = read("{\"campaignId\": 1, \"effectType\": \"acceptCoupon\"}");
		assertThat(missing.rawProps()).isEqualTo(NullNode.getInstance());
		assertThat(missing.props()).isEqualTo(new GenericEffectProps(null));
		assertThat(missing.hasMalformedProps()).isTrue();
		Effect nullProps = read("{\"campaignId\": 1, \"effectType\": \"someEffect\", \"props\": null}");
		assertThat(nullProps.props()).isEqualTo(new GenericEffectProps(NullNode.getInstance()));
		assertThat(read("{}").effectType()).isNull();
	}

	@Test
	void propsFieldsRealAnswersLackAreNull() {
		Effect effect = effect("setDiscountPerItem", "{\"name\": \"x\"}");
		SetDiscountPerItemEffectProps props = effect.props(SetDiscountPerItemEffectProps.class).orElseThrow();
		assertThat(props.value()).isNull();
		assertThat(props.position()).isNull();
	}

	@Test
	void positionsWrittenAsGoFloatsAreWholeNumbers() {
		Effect effect = effect("setDiscountPerItem", "{\"name\": \"x\", \"value\": 1, \"position\": 2.0, \"subPosition\": 0.0}");
		assertThat(effect.props(SetDiscountPerItemEffectProps.class).orElseThrow().position()).isEqualTo(2);
		assertThat(effect.props(SetDiscountPerItemEffectProps.class).orElseThrow().subPosition()).isZero();
	}

	@Test
	void anEffectIsWrittenAsItWasReadWithItsUnknownPropsFields() {
		String json = """
				{"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon", "effectType": "setDiscount",
				 "selectedPrice": 19.99, "props": {"name": "10% off", "value": 33.333333333333336, "futureProp": [1, 2]}}
				""";
		Effect effect = read(json);
		String written = MAPPER.writeValueAsString(effect);
		assertThat(json(written)).isEqualTo(json(json));
		assertThat(written).contains("\"value\":33.333333333333336");
		assertThat(read(written)).isEqualTo(effect);
	}

	@Test
	void effectsMadeFromTypedPropsDeriveTheirTypeAndRawProps() {
		Effect effect = Effect.of(244, 73, 0, "Coupon", new SetDiscountEffectProps("10% off", new BigDecimal("5.00"),
				null, null));
		assertThat(effect.effectType()).isEqualTo("setDiscount");
		assertThat(effect.rawProps()).isEqualTo(json("{\"name\": \"10% off\", \"value\": 5.00}"));
		assertThat(MAPPER.writeValueAsString(effect)).isEqualTo("{\"campaignId\":244,\"rulesetId\":73,\"ruleIndex\":0,"
				+ "\"ruleName\":\"Coupon\",\"effectType\":\"setDiscount\",\"props\":{\"name\":\"10% off\",\"value\":5.00}}");
		Effect generic = new Effect(null, 1L, 2L, 0L, "Hook", "triggerWebhook", null, null, null, null, null, null, null,
				null, null, null, new GenericEffectProps(json("{\"webhookId\": 7}")), null);
		assertThat(generic.rawProps()).isEqualTo(json("{\"webhookId\": 7}"));
		Effect fromRaw = new Effect(null, 1L, 2L, 0L, "Coupon", "acceptCoupon", null, null, null, null, null, null, null,
				null, null, null, null, json("{\"value\": \"A1\"}"));
		assertThat(fromRaw.props()).isEqualTo(new AcceptCouponEffectProps("A1"));
	}

	@Test
	void typedPropsMustBelongToTheEffectType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Effect(null, 1L, 2L, 0L, "Rule", "acceptCoupon", null, null, null, null, null, null,
					null, null, null, null, new SetDiscountEffectProps("x", BigDecimal.ONE, null, null), null))
			.withMessage("props of type SetDiscountEffectProps do not belong to effectType acceptCoupon");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Effect.of(1, 2, 0, "Rule", new GenericEffectProps(null)))
			.withMessageStartingWith("props must be typed props");
	}

	@Test
	void everyTypedRecordNamesItsEffectType() throws ReflectiveOperationException {
		for (Class<?> type : EffectProps.class.getPermittedSubclasses()) {
			if (type != GenericEffectProps.class) {
				String effectType = (String) type.getField("EFFECT_TYPE").get(null);
				// Named as the spec's schemas: SetDiscountEffectProps for setDiscount, CustomEffectProps for customEffect.
				assertThat(type.getSimpleName().toLowerCase()).as(type.getName())
					.isIn(effectType.toLowerCase() + "effectprops", effectType.toLowerCase() + "props");
			}
		}
	}

	@Test
	void effectListsInEventsAreReadAlike() {
		List<Effect> effects = MAPPER.readValue("[{\"effectType\": \"acceptCoupon\", \"props\": {\"value\": \"A\"}},"
				+ " {\"effectType\": \"x\", \"props\": {}}]",
				MAPPER.getTypeFactory().constructCollectionType(List.class, Effect.class));
		assertThat(effects).extracting(Effect::props)
			.containsExactly(new AcceptCouponEffectProps("A"), new GenericEffectProps(json("{}")));
	}

}
