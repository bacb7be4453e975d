package dev.talon.spring.client.model.v2;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.TalonV2AccountRequests;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.EffectProps;
import dev.talon.spring.client.model.v2.effect.GenericEffectProps;
import dev.talon.spring.spec.TalonApiSpec;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The v2 models against Talon.One's 2026 spec ({@code talon-one-api-v2-openapi-26.13.0.yaml} in
 * {@code ../shared/talon-api/}, through {@link TalonApiSpec}): every request model's JSON, minimal and maximal, is
 * valid against its schema; the validator does refuse what the schemas refuse (negative controls), and the models
 * refuse the same before sending; every model's JSON names are the schema's properties. Skipped when the spec is
 * missing, failed then when {@code CI} is set.
 */
class SpecContractTests {

	private static final JsonMapper MAPPER = TalonJson.mapper();

	private static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	private static Arguments request(String name, String schema, Object body) {
		return Arguments.of(Named.of(name, schema), body);
	}

	static Stream<Arguments> requests() {
		List<MultipleCustomerProfileIntegrationRequestItem> thousand = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			thousand.add(MultipleCustomerProfileIntegrationRequestItem.of("customer-" + i, Map.of("Language", "en")));
		}
		CartItem answered = MAPPER.readValue("""
				{"sku": "COF-1KG", "quantity": 2, "price": 19.99, "position": 0, "returnedQuantity": 0,
				 "remainingQuantity": 2, "catalogItemID": 786, "prices": {"member": {"price": 19.99}}}
				""", CartItem.class);
		return Stream.of(
				request("minimal session update", "IntegrationRequest",
						IntegrationRequest.of(NewCustomerSessionV2.builder().build())),
				request("maximal session update", "IntegrationRequest",
						IntegrationRequest.of(WireFormatTests.fullSession(), IntegrationRequest.ResponseContent.values())),
				request("session update discarding codes", "IntegrationRequest", IntegrationRequest.of(
						NewCustomerSessionV2.builder().clearCouponCodes().clearReferralCode().cartItems(List.of()).build())),
				request("session update with an item read from an answer", "IntegrationRequest",
						IntegrationRequest.of(NewCustomerSessionV2.builder()
							.addCartItem(answered)
							.state(CustomerSessionState.CLOSED)
							.build())),
				request("minimal return", "ReturnIntegrationRequest",
						ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.atPosition(0, 1)))),
				request("maximal return", "ReturnIntegrationRequest",
						ReturnIntegrationRequest.of(
								NewReturn.of(ReturnedCartItem.atPosition(0, 1), ReturnedCartItem.ofSku("JUG-350", 2),
										new ReturnedCartItem(3, 1, "MUG-1")),
								ReturnIntegrationRequest.ResponseContent.values())),
				request("minimal profile update", "CustomerProfileIntegrationRequestV2",
						CustomerProfileIntegrationRequestV2.builder().build()),
				request("maximal profile update", "CustomerProfileIntegrationRequestV2",
						CustomerProfileIntegrationRequestV2.builder()
							.attribute("Name", "Ada")
							.attribute("Score", new BigDecimal("0.10"))
							.evaluableCampaignIds(List.of(10L, 12L))
							.responseContent(CustomerProfileIntegrationRequestV2.ResponseContent.values())
							.audiencesChanges(List.of(2L, 4L), List.of(7L))
							.build()),
				request("minimal bulk profile update", "MultipleCustomerProfileIntegrationRequest",
						MultipleCustomerProfileIntegrationRequest
							.of(List.of(MultipleCustomerProfileIntegrationRequestItem.of("R195412", null)))),
				request("maximal bulk profile update", "MultipleCustomerProfileIntegrationRequest",
						MultipleCustomerProfileIntegrationRequest.of(thousand)),
				request("minimal event", "IntegrationEventV2Request",
						IntegrationEventV2Request.builder("customer-123", "newsletter_signup").build()),
				request("maximal event", "IntegrationEventV2Request",
						IntegrationEventV2Request.builder("customer-123", "newsletter_signup")
							.storeIntegrationId("STORE-001")
							.evaluableCampaignIds(List.of(10L))
							.attribute("SubscriptionType", "weekly")
							.responseContent(IntegrationEventV2Request.ResponseContent.values())
							.loyaltyCard("loyalty-card-1")
							.build()),
				request("minimal advanced event", "IntegrationEventV3Request",
						IntegrationEventV3Request.builder("175KJPS947296", "URNGV8294NV", "pageViewed").build()),
				request("maximal advanced event", "IntegrationEventV3Request",
						IntegrationEventV3Request.builder("175KJPS947296", "URNGV8294NV", "pageViewed")
							.storeIntegrationId("STORE-001")
							.evaluableCampaignIds(List.of(10L))
							.attribute("myAttribute", "myValue")
							.connectedSessionId("cart-1001")
							.loyaltyCard("loyalty-card-1")
							.responseContent(IntegrationEventV3Request.ResponseContent.values())
							.build()),
				request("minimal referral", "NewReferral", NewReferral.builder(12, "customer-7").build()),
				request("maximal referral", "NewReferral",
						NewReferral.builder(12, "customer-7")
							.friendProfileIntegrationId("friend-8")
							.startDate(OffsetDateTime.parse("2026-02-07T00:00:00Z"))
							.expiryDate(OffsetDateTime.parse("2026-03-07T10:00:00.123+01:00"))
							.usageLimit(999_999)
							.attribute("channel", "app")
							.build()),
				request("minimal audience", "NewAudience", NewAudience.builder("VIP").build()),
				request("maximal audience", "NewAudience", TalonV2AccountRequests.fullAudience()),
				request("minimal audience update", "UpdateAudience", UpdateAudience.name("VIP")),
				request("maximal audience update", "UpdateAudience", TalonV2AccountRequests.audienceUpdate()),
				request("audience memberships", "CustomerProfileAudienceRequest",
						TalonV2AccountRequests.audienceChanges()),
				request("card registration", "LoyaltyCardRegistration", LoyaltyCardRegistration.of("customer-7")),
				request("minimal referrals for advocates", "NewReferralsForMultipleAdvocates",
						NewReferralsForMultipleAdvocates.builder(12, List.of("customer-7")).build()),
				request("maximal referrals for advocates", "NewReferralsForMultipleAdvocates",
						TalonV2AccountRequests.fullReferralsForAdvocates()),
				request("coupon reservations", "CouponReservations", TalonV2AccountRequests.reservations()),
				request("minimal card", "GenerateLoyaltyCard", GenerateLoyaltyCard.generated()),
				request("maximal card", "GenerateLoyaltyCard", TalonV2AccountRequests.fullCard()),
				request("activation by session", "ActivateLoyaltyPoints", ActivateLoyaltyPoints.ofSession("cart-1001")),
				request("activation by transactions", "ActivateLoyaltyPoints",
						TalonV2AccountRequests.activationOfTransactions()),
				request("deletion from every ledger", "DeleteLoyaltyTransactionsRequest",
						DeleteLoyaltyTransactionsRequest.allSubledgers()),
				request("deletion from some ledgers", "DeleteLoyaltyTransactionsRequest",
						TalonV2AccountRequests.deletionFromSubledgers()),
				request("minimal catalog sync", "CatalogSyncRequest", CatalogSyncRequest.of(CatalogAction.remove("A"))),
				request("catalog sync ADD", "CatalogSyncRequest", TalonV2AccountRequests.fullCatalogSyncs().get(0)),
				request("catalog sync PATCH", "CatalogSyncRequest", TalonV2AccountRequests.fullCatalogSyncs().get(1)),
				request("catalog sync PATCH_MANY", "CatalogSyncRequest",
						TalonV2AccountRequests.fullCatalogSyncs().get(2)),
				request("catalog sync REMOVE", "CatalogSyncRequest", TalonV2AccountRequests.fullCatalogSyncs().get(3)),
				request("catalog sync REMOVE_MANY", "CatalogSyncRequest",
						TalonV2AccountRequests.fullCatalogSyncs().get(4)),
				request("catalog sync ADD_PRICE_ADJUSTMENT", "CatalogSyncRequest",
						TalonV2AccountRequests.fullCatalogSyncs().get(5)),
				request("minimal best prior price", "BestPriorPriceRequest", BestPriorPriceRequest.of(List.of("A"), 30,
						OffsetDateTime.parse("2026-12-01T00:00:00Z"),
								BestPriorPriceRequest.TimeframeEndDateType.STRICT)),
				request("maximal best prior price", "BestPriorPriceRequest",
						TalonV2AccountRequests.fullBestPriorPrice()));
	}

	/**
	 * The payloads of catalog actions against the spec's schema of each action type (the action types it as object).
	 */
	static Stream<Arguments> catalogPayloads() {
		return TalonV2AccountRequests.fullCatalogSyncs().stream()
			.flatMap((sync) -> sync.actions().stream())
			.map((action) -> Arguments.of(action.payload().getClass().getSimpleName(), action.payload()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("catalogPayloads")
	void catalogPayloadsAreValidAgainstTheirActionTypesSchema(String schema, Object payload) {
		assertThat(TalonApiSpec.v2().requestViolations(schema, write(payload))).isEmpty();
		assertThat(modelNames(payload.getClass())).containsExactlyInAnyOrderElementsOf(specNames(schema));
	}

	@ParameterizedTest(name = "{0}: {index}")
	@MethodSource("requests")
	void requestsAreValidAgainstTheirSchema(String schema, Object body) {
		assertThat(TalonApiSpec.v2().requestViolations(schema, write(body))).isEmpty();
	}

	/**
	 * A valid body, a change that the schema refuses, and where (the JSON pointer of the violation, or the missing
	 * property); {@link #theModelsRefuseTheSameBeforeSending()} shows that the models cannot be built so.
	 */
	static Stream<Arguments> refusedChanges() {
		String session = write(IntegrationRequest.of(WireFormatTests.fullSession(), IntegrationRequest.ResponseContent.LOYALTY));
		String referral = write(NewReferral.builder(12, "customer-7").usageLimit(5).build());
		String event = write(IntegrationEventV2Request.builder("customer-123", "viewed").build());
		String returned = write(ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.atPosition(0, 1))));
		return Stream.of(
				Arguments.of("quantity 0", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("\"quantity\":2", "\"quantity\":0"),
						"/customerSession/cartItems/0/quantity"),
				Arguments.of("blank SKU", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("\"sku\":\"COF-1KG\"", "\"sku\":\"\""),
						"/customerSession/cartItems/0/sku"),
				Arguments.of("six identifiers", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("\"identifiers\":[\"91.64.1.1\"]",
								"\"identifiers\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"]"),
						"/customerSession/identifiers"),
				Arguments.of("two loyalty cards", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("\"loyaltyCards\":[\"card-0042\"]",
								"\"loyaltyCards\":[\"a\",\"b\"]"),
						"/customerSession/loyaltyCards"),
				Arguments.of("a read-only position", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("\"quantity\":2", "\"quantity\":2,\"position\":0"),
						"/customerSession/cartItems/0/position"),
				Arguments.of("an unknown state", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("\"open\"", "\"paid\""), "/customerSession/state"),
				Arguments.of("a referral code of 101 characters", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("REF-7XK2", "R".repeat(101)),
						"/customerSession/referralCode"),
				Arguments.of("an empty store", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("\"STORE-001\"", "\"\""),
						"/customerSession/storeIntegrationId"),
				Arguments.of("an unknown response content", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> json.replace("[\"loyalty\"]", "[\"everything\"]"),
						"/responseContent/0"),
				Arguments.of("no session", "IntegrationRequest", session,
						(UnaryOperator<String>) (json) -> "{\"responseContent\":[\"loyalty\"]}", "customerSession"),
				Arguments.of("no return", "ReturnIntegrationRequest", returned,
						(UnaryOperator<String>) (json) -> "{}", "return"),
				Arguments.of("a return with a blank SKU", "ReturnIntegrationRequest", returned,
						(UnaryOperator<String>) (json) -> json.replace("\"quantity\":1", "\"quantity\":1,\"sku\":\"\""),
						"/return/returnedCartItems/0/sku"),
				Arguments.of("a usage limit of a million", "NewReferral", referral,
						(UnaryOperator<String>) (json) -> json.replace("\"usageLimit\":5", "\"usageLimit\":1000000"),
						"/usageLimit"),
				Arguments.of("a negative usage limit", "NewReferral", referral,
						(UnaryOperator<String>) (json) -> json.replace("\"usageLimit\":5", "\"usageLimit\":-1"),
						"/usageLimit"),
				Arguments.of("an event without type", "IntegrationEventV2Request", event,
						(UnaryOperator<String>) (json) -> json.replace(",\"type\":\"viewed\"", ""), "type"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedChanges")
	void theValidatorRefusesWhatTheSchemasRefuse(String change, String schema, String valid,
			UnaryOperator<String> breaking, String where) {
		TalonApiSpec spec = TalonApiSpec.v2();
		assertThat(spec.requestViolations(schema, valid)).isEmpty();
		List<String> violations = spec.requestViolations(schema, breaking.apply(valid));
		if (where.startsWith("/")) {
			assertThat(violations).isNotEmpty().allSatisfy((violation) -> assertThat(violation).startsWith(where + ":"));
		}
		else {
			assertThat(violations).singleElement().asString().contains(where);
		}
	}

	@Test
	void theModelsRefuseTheSameBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> CartItem.builder("A", 0).build());
		assertThatIllegalArgumentException().isThrownBy(() -> CartItem.builder("", 1).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NewCustomerSessionV2.builder().identifiers(List.of("1", "2", "3", "4", "5", "6")).build());
		assertThatIllegalArgumentException().isThrownBy(() -> new NewCustomerSessionV2(null, null, null, null, null,
				List.of("a", "b"), null, null, null, null, null, null));
		assertThat(NewCustomerSessionV2.builder().addCartItem(new CartItem(null, "A", 1, null, null, null, null, null,
				null, null, null, null, 0, null, null, null, null, null, null, null, null)).build().cartItems().get(0).position())
			.isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NewCustomerSessionV2.builder().state(CustomerSessionState.UNKNOWN).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NewCustomerSessionV2.builder().referralCode("R".repeat(101)).build());
		assertThatIllegalArgumentException().isThrownBy(() -> NewCustomerSessionV2.builder().storeIntegrationId("").build());
		assertThatIllegalArgumentException().isThrownBy(() -> IntegrationRequest.of(null));
		assertThatIllegalArgumentException().isThrownBy(() -> ReturnIntegrationRequest.of(null));
		assertThatIllegalArgumentException().isThrownBy(() -> NewReturn.of(ReturnedCartItem.ofSku("", 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> NewReferral.builder(12, "a").usageLimit(1_000_000).build());
		assertThatIllegalArgumentException().isThrownBy(() -> NewReferral.builder(12, "a").usageLimit(-1).build());
		assertThatIllegalArgumentException().isThrownBy(() -> IntegrationEventV2Request.builder("p", null).build());
	}

	/** The JSON names of a model: its record components, renamed where {@link JsonProperty} says so. */
	private static Set<String> modelNames(Class<?> model) {
		Set<String> names = new LinkedHashSet<>();
		for (RecordComponent component : model.getRecordComponents()) {
			JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
			names.add((property != null && !property.value().isEmpty()) ? property.value() : component.getName());
		}
		if (model == Effect.class) {
			names.remove("rawProps");
		}
		return names;
	}

	/** The properties of a schema, through {@code allOf} and {@code $ref}. */
	private static Set<String> specNames(String schema) {
		Set<String> names = new LinkedHashSet<>();
		collect(MAPPER.readTree(TalonApiSpec.v2().schema(schema)), names);
		return names;
	}

	private static void collect(JsonNode schema, Set<String> names) {
		if (schema.has("$ref")) {
			String ref = schema.get("$ref").asString();
			collect(MAPPER.readTree(TalonApiSpec.v2().schema(ref.substring(ref.lastIndexOf('/') + 1))), names);
		}
		schema.path("properties").propertyNames().forEach(names::add);
		for (JsonNode part : schema.path("allOf")) {
			collect(part, names);
		}
	}

	static Stream<Arguments> completeModels() {
		Stream<Arguments> models = Stream.of(IntegrationRequest.class, NewCustomerSessionV2.class, CartItem.class,
				AdditionalCost.class, Product.class, ExperimentVariantAllocation.class, PriceDetail.class,
				ReturnIntegrationRequest.class, NewReturn.class, ReturnedCartItem.class,
				CustomerProfileIntegrationRequestV2.class, ProfileAudiencesChanges.class,
				MultipleCustomerProfileIntegrationRequest.class, MultipleCustomerProfileIntegrationRequestItem.class,
				IntegrationEventV2Request.class, IntegrationEventV3Request.class, NewReferral.class,
				IntegrationStateV2.class, IntegrationCustomerSessionResponse.class, ReopenSessionResponse.class,
				MultipleCustomerProfileIntegrationResponseV2.class, CustomerProfileUpdateV2Response.class,
				IntegrationEventV2Response.class, IntegrationEventV3Response.class, CustomerSessionV2.class,
				CustomerProfile.class, AudienceMembership.class, LoyaltyMembership.class, Event.class, EventV3.class,
				LedgerEntry.class, LimitConfig.class, Return.class, Loyalty.class, LoyaltyProgramLedgers.class,
				LedgerInfo.class, Tier.class, LoyaltyCard.class, LoyaltyCardProfileRegistration.class,
				RuleFailureReason.class, Giveaway.class, Effect.class, Audience.class, NewAudience.class,
				UpdateAudience.class, CustomerProfileAudienceRequest.class, CustomerProfileAudienceRequestItem.class,
				LoyaltyCardRegistration.class, NewReferralsForMultipleAdvocates.class, CouponReservations.class,
				GenerateLoyaltyCard.class, ActivateLoyaltyPoints.class, ActivateLoyaltyPointsResponse.class,
				LoyaltyLedgerEntry.class, LoyaltyLedgerEntryFlags.class, DeleteLoyaltyTransactionsRequest.class,
				ProjectedTier.class, LoyaltyBalancesWithTiers.class, LoyaltyCardBalances.class,
						AchievementProgress.class,
				AchievementStatusEntry.class, AchievementProgressWithDefinition.class, TimePoint.class,
				CustomerInventory.class, Catalog.class, CatalogSyncRequest.class, CatalogAction.class,
				CatalogActionFilter.class, NewPriceAdjustment.class, BestPriorPriceRequest.class, BestPriorTarget.class,
				BestPriorPrice.class, BestPriorPriceMetadata.class, InfluencingCampaignDetails.class,
				AdjustmentDetails.class)
			.map((model) -> Arguments.of(model, model.getSimpleName()));
		Stream<Arguments> renamed = Stream.of(Arguments.of(Coupon.class, "InventoryCoupon"),
				Arguments.of(Referral.class, "InventoryReferral"), Arguments.of(LoyaltyBalance.class,
						"LoyaltyBalanceWithTier"));
		Stream<Arguments> props = Stream.of(EffectProps.class.getPermittedSubclasses())
			.filter((type) -> type != GenericEffectProps.class)
			.map((type) -> Arguments.of(type, type.getSimpleName()));
		return Stream.of(models, renamed, props).flatMap((stream) -> stream);
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("completeModels")
	void completeModelsHaveExactlyTheSchemasProperties(Class<?> model, String schema) {
		assertThat(modelNames(model)).containsExactlyInAnyOrderElementsOf(specNames(schema));
	}

	@Test
	void partialModelsAreSubsetsOrSupersetsAsDocumented() {
		// Campaign: the fields a shop shows or logs, not the statistics, budgets and revisions
		assertThat(specNames("Campaign")).containsAll(modelNames(Campaign.class)).hasSizeGreaterThan(50);
		// Coupon and Referral also serve as IntegrationCoupon, InventoryCoupon and InventoryReferral
		assertThat(modelNames(Coupon.class)).containsAll(specNames("Coupon"))
			.containsAll(specNames("IntegrationCoupon"))
			.containsExactlyInAnyOrderElementsOf(specNames("InventoryCoupon"));
		// LoyaltyBalance also serves as LoyaltyBalanceWithTier, the loyalty entries as the cards' entries
		assertThat(modelNames(LoyaltyBalance.class)).containsAll(specNames("LoyaltyBalance"));
		Set<String> transactions = new LinkedHashSet<>(specNames("LedgerTransactionLogEntryIntegrationAPI"));
		transactions.addAll(specNames("CardLedgerTransactionLogEntryIntegrationAPI"));
		assertThat(modelNames(LedgerTransactionLogEntryIntegrationAPI.class))
			.containsExactlyInAnyOrderElementsOf(transactions);
		Set<String> points = new LinkedHashSet<>(specNames("LedgerPointsEntryIntegrationAPI"));
		points.addAll(specNames("CardLedgerPointsEntryIntegrationAPI"));
		assertThat(modelNames(LedgerPointsEntryIntegrationAPI.class)).containsExactlyInAnyOrderElementsOf(points);
		assertThat(modelNames(Referral.class)).containsAll(specNames("Referral"));
		// the profile update may ask for achievements, which the response schema omits
		Set<String> profileAnswer = new LinkedHashSet<>(specNames("CustomerProfileIntegrationResponseV2"));
		profileAnswer.add("achievements");
		assertThat(modelNames(CustomerProfileIntegrationResponseV2.class)).containsExactlyInAnyOrderElementsOf(profileAnswer);
	}

}
