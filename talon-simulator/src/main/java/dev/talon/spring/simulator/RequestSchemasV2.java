package dev.talon.spring.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.talon.spring.simulator.RequestSchema.AnySchema;
import dev.talon.spring.simulator.RequestSchema.ArraySchema;
import dev.talon.spring.simulator.RequestSchema.BooleanSchema;
import dev.talon.spring.simulator.RequestSchema.ConstrainedSchema;
import dev.talon.spring.simulator.RequestSchema.FreeFormObjectSchema;
import dev.talon.spring.simulator.RequestSchema.IntegerSchema;
import dev.talon.spring.simulator.RequestSchema.MapSchema;
import dev.talon.spring.simulator.RequestSchema.NullableSchema;
import dev.talon.spring.simulator.RequestSchema.NumberSchema;
import dev.talon.spring.simulator.RequestSchema.ObjectSchema;
import dev.talon.spring.simulator.RequestSchema.ReadOnlySchema;
import dev.talon.spring.simulator.RequestSchema.StringSchema;
import tools.jackson.databind.JsonNode;

/**
 * The request bodies of the v2 (and v3 events) operations, as Talon.One's 2026 Integration API spec
 * ({@code talon-one-api-v2-openapi-26.13.0.yaml}) defines them, written by hand: the simulator ships without the spec.
 * Like the spec, no definition refuses unknown fields. Beyond the spec's keywords, the simulator enforces what the spec
 * states in prose only (the conformance test lists these additions):
 * <ul>
 * <li>at most {@value #MAX_CART_ITEMS} cart items whose quantities sum to at most {@value #MAX_CART_QUANTITY}
 * ({@code NewCustomerSessionV2.cartItems});</li>
 * <li>a cart item's {@code price} unless a catalog synced with {@code syncCatalog} has the item's SKU with a price
 * ("required if this item is not part of a catalog", checked with the catalogs in {@link V2Operations});</li>
 * <li>a returned item's {@code position} (the simulator returns items by position) and a {@code quantity} of at least
 * 1;</li>
 * <li>an event's {@code profileId} ("required even though the schema does not specify it");</li>
 * <li>at most {@value #MAX_PROFILES} profiles in a bulk update ("up to 1000"), each with a non-empty
 * {@code integrationId};</li>
 * <li>at most {@value #MAX_AUDIENCE_ACTIONS} audience actions of {@code updateCustomerProfileAudiences} ("supports 1000
 * audience actions"), each naming a profile;</li>
 * <li>non-empty profile integration ids where a request names profiles (coupon reservations, advocates, card
 * registrations);</li>
 * <li>the payload of each catalog action as the spec's {@code AddItemCatalogAction}, {@code PatchItemCatalogAction},
 * ... for its {@code type}, one type of action per request and no SKU twice ("You can perform only one type of action
 * in a single sync request", "Syncing items with duplicate SKU values ... returns ... 400");</li>
 * <li>a {@code timeframe} of best prior prices that is a number of days (a string in the spec).</li>
 * </ul>
 * What depends on the state or on two fields together (such as {@code sessionId} or {@code transactionUUIDs} of an
 * activation, {@code subledgerIds} with {@code SelectedSubledgers}) is checked by the operations.
 */
final class RequestSchemasV2 {

	/** The most cart items of one session update. */
	static final int MAX_CART_ITEMS = 1000;

	/** The greatest sum of the cart items' quantities of one session update. */
	static final long MAX_CART_QUANTITY = 10_000;

	/** The most profiles of one bulk profile update. */
	static final int MAX_PROFILES = 1000;

	/** The most actions of one {@code updateCustomerProfileAudiences} request. */
	static final int MAX_AUDIENCE_ACTIONS = 1000;

	/** {@code LoyaltyCardIdentifier}'s pattern. */
	static final String CARD_IDENTIFIER_PATTERN = "^[A-Za-z0-9._%+@-]+$";

	/** {@code IntegrationRequest.responseContent}. */
	static final List<String> SESSION_RESPONSE_CONTENT = List.of("customerSession", "customerProfile", "coupons",
			"triggeredCampaigns", "referral", "loyalty", "event", "awardedGiveaways", "ruleFailureReasons",
			"previousReturns", "campaignEligibility", "achievements");

	/** {@code ReturnIntegrationRequest.responseContent}. */
	static final List<String> RETURN_RESPONSE_CONTENT = List.of("customerSession", "customerProfile", "coupons",
			"triggeredCampaigns", "referral", "loyalty", "event", "previousReturns");

	/** {@code ResponseContentObject.responseContent}: profile updates and v2 events. */
	static final List<String> PROFILE_RESPONSE_CONTENT = List.of("customerProfile", "triggeredCampaigns", "loyalty",
			"event", "awardedGiveaways", "ruleFailureReasons", "campaignEligibility", "achievements");

	/** {@code IntegrationEventV3Request.responseContent}. */
	static final List<String> EVENT_V3_RESPONSE_CONTENT = List.of("customerProfile", "triggeredCampaigns", "loyalty",
			"advancedEvent", "awardedGiveaways", "ruleFailureReasons");

	/** {@code AdditionalCost}. */
	static final ObjectSchema ADDITIONAL_COST = ObjectSchema.builder("AdditionalCost", true)
		.required("price", NumberSchema.ANY)
		.build();

	/** {@code Product}. */
	static final ObjectSchema PRODUCT = ObjectSchema.builder("Product", true)
		.required("name", StringSchema.ANY)
		.build();

	/**
	 * {@code CartItem} (v2); {@code price} is required unless a catalog has the SKU with a price (checked by
	 * {@link V2Operations}).
	 */
	static final ObjectSchema CART_ITEM = ObjectSchema.builder("CartItem", true)
		.optional("name", StringSchema.ANY)
		.required("sku", StringSchema.NOT_EMPTY)
		.required("quantity", new IntegerSchema(1L))
		.optional("returnedQuantity", ReadOnlySchema.INSTANCE)
		.optional("remainingQuantity", ReadOnlySchema.INSTANCE)
		.optional("price", NumberSchema.ANY)
		.optional("category", StringSchema.ANY)
		.optional("product", PRODUCT)
		.optional("weight", NumberSchema.ANY)
		.optional("height", NumberSchema.ANY)
		.optional("width", NumberSchema.ANY)
		.optional("length", NumberSchema.ANY)
		.optional("position", ReadOnlySchema.INSTANCE)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.optional("additionalCosts", new MapSchema(ADDITIONAL_COST))
		.optional("catalogItemID", ReadOnlySchema.INSTANCE)
		.optional("selectedPriceType", ReadOnlySchema.INSTANCE)
		.optional("adjustmentReferenceId", ReadOnlySchema.INSTANCE)
		.optional("adjustmentEffectiveFrom", ReadOnlySchema.INSTANCE)
		.optional("adjustmentEffectiveUntil", ReadOnlySchema.INSTANCE)
		.optional("prices", ReadOnlySchema.INSTANCE)
		.build();

	/** {@code ExperimentVariantAllocation}. */
	static final ObjectSchema EXPERIMENT_VARIANT_ALLOCATION = ObjectSchema.builder("ExperimentVariantAllocation", true)
		.required("experimentID", IntegerSchema.ANY)
		.required("variantID", IntegerSchema.ANY)
		.build();

	private static final StringSchema STORE_INTEGRATION_ID = StringSchema.length(1, 1000);

	private static final ArraySchema CAMPAIGN_IDS = new ArraySchema(IntegerSchema.ANY);

	private static final ArraySchema LOYALTY_CARDS = new ArraySchema(StringSchema.ANY, 1);

	/** {@code NewCustomerSessionV2}. */
	static final ObjectSchema NEW_CUSTOMER_SESSION_V2 = ObjectSchema.builder("NewCustomerSessionV2", true)
		.optional("profileId", StringSchema.ANY)
		.optional("storeIntegrationId", STORE_INTEGRATION_ID)
		.optional("evaluableCampaignIds", CAMPAIGN_IDS)
		.optional("couponCodes", new ArraySchema(StringSchema.maxLength(100)))
		.optional("referralCode", StringSchema.maxLength(100))
		.optional("loyaltyCards", LOYALTY_CARDS)
		.optional("state", StringSchema.oneOf("open", "closed", "partially_returned", "cancelled"))
		.optional("cartItems",
				new ConstrainedSchema(new ArraySchema(CART_ITEM, MAX_CART_ITEMS), RequestSchemasV2::checkQuantitySum))
		.optional("experimentVariantAllocations", new ArraySchema(EXPERIMENT_VARIANT_ALLOCATION))
		.optional("additionalCosts", new MapSchema(ADDITIONAL_COST))
		.optional("identifiers", new ArraySchema(StringSchema.ANY, 5))
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.build();

	/** {@code IntegrationRequest}, the body of {@code updateCustomerSessionV2}. */
	static final ObjectSchema INTEGRATION_REQUEST = ObjectSchema.builder("IntegrationRequest", true)
		.required("customerSession", NEW_CUSTOMER_SESSION_V2)
		.optional("responseContent", responseContent(SESSION_RESPONSE_CONTENT))
		.build();

	/**
	 * {@code ReturnedCartItem}; {@code quantity} at least 1 in the simulator, and an item needs its {@code position}
	 * or its {@code sku} (checked with the session's cart).
	 */
	static final ObjectSchema RETURNED_CART_ITEM = ObjectSchema.builder("ReturnedCartItem", true)
		.optional("position", IntegerSchema.ANY)
		.optional("quantity", new IntegerSchema(1L))
		.optional("sku", StringSchema.NOT_EMPTY)
		.build();

	/** {@code NewReturn}. */
	static final ObjectSchema NEW_RETURN = ObjectSchema.builder("NewReturn", true)
		.required("returnedCartItems", new ArraySchema(RETURNED_CART_ITEM))
		.build();

	/** {@code ReturnIntegrationRequest}, the body of {@code returnCartItems}. */
	static final ObjectSchema RETURN_INTEGRATION_REQUEST = ObjectSchema.builder("ReturnIntegrationRequest", true)
		.required("return", NEW_RETURN)
		.optional("responseContent", responseContent(RETURN_RESPONSE_CONTENT))
		.build();

	/** {@code ProfileAudiencesChanges}. */
	static final ObjectSchema PROFILE_AUDIENCES_CHANGES = ObjectSchema.builder("ProfileAudiencesChanges", true)
		.required("adds", CAMPAIGN_IDS)
		.required("deletes", CAMPAIGN_IDS)
		.build();

	/** {@code CustomerProfileIntegrationRequestV2}, the body of {@code updateCustomerProfileV2}. */
	static final ObjectSchema CUSTOMER_PROFILE_INTEGRATION_REQUEST_V2 = ObjectSchema
		.builder("CustomerProfileIntegrationRequestV2", true)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.optional("evaluableCampaignIds", CAMPAIGN_IDS)
		.optional("responseContent", responseContent(PROFILE_RESPONSE_CONTENT))
		.optional("audiencesChanges", PROFILE_AUDIENCES_CHANGES)
		.build();

	/** {@code MultipleCustomerProfileIntegrationRequestItem}; the simulator refuses an empty integration id. */
	static final ObjectSchema MULTIPLE_CUSTOMER_PROFILE_INTEGRATION_REQUEST_ITEM = ObjectSchema
		.builder("MultipleCustomerProfileIntegrationRequestItem", true)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.required("integrationId", StringSchema.length(1, 1000))
		.build();

	/** {@code MultipleCustomerProfileIntegrationRequest}, the body of {@code updateCustomerProfilesV2}. */
	static final ObjectSchema MULTIPLE_CUSTOMER_PROFILE_INTEGRATION_REQUEST = ObjectSchema
		.builder("MultipleCustomerProfileIntegrationRequest", true)
		.optional("customerProfiles", new ArraySchema(MULTIPLE_CUSTOMER_PROFILE_INTEGRATION_REQUEST_ITEM, MAX_PROFILES))
		.build();

	/** {@code IntegrationEventV2Request}, the body of {@code trackEventV2}; {@code profileId} is required. */
	static final ObjectSchema INTEGRATION_EVENT_V2_REQUEST = ObjectSchema.builder("IntegrationEventV2Request", true)
		.required("profileId", StringSchema.ANY)
		.optional("storeIntegrationId", STORE_INTEGRATION_ID)
		.optional("evaluableCampaignIds", CAMPAIGN_IDS)
		.required("type", StringSchema.NOT_EMPTY)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.optional("responseContent", responseContent(PROFILE_RESPONSE_CONTENT))
		.optional("loyaltyCards", LOYALTY_CARDS)
		.build();

	/** {@code IntegrationEventV3Request}, the body of {@code trackEventV3}. */
	static final ObjectSchema INTEGRATION_EVENT_V3_REQUEST = ObjectSchema.builder("IntegrationEventV3Request", true)
		.required("profileId", StringSchema.ANY)
		.optional("storeIntegrationId", STORE_INTEGRATION_ID)
		.optional("evaluableCampaignIds", CAMPAIGN_IDS)
		.required("type", StringSchema.NOT_EMPTY)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.required("integrationId", StringSchema.NOT_EMPTY)
		.optional("connectedSessionId", StringSchema.NOT_EMPTY)
		.optional("loyaltyCards", LOYALTY_CARDS)
		.optional("responseContent", responseContent(EVENT_V3_RESPONSE_CONTENT))
		.build();

	// -------------------------------------------------------------------------------------------------------------
	// Customer data: coupon reservations, referral codes

	/** A profile's integration id where a request names profiles: not empty in the simulator, at most 1000. */
	private static final StringSchema PROFILE_ID = StringSchema.length(1, 1000);

	/** {@code CouponReservations}, the body of {@code createCouponReservation} and {@code deleteCouponReservation}. */
	static final ObjectSchema COUPON_RESERVATIONS = ObjectSchema.builder("CouponReservations", true)
		.required("integrationIDs", new ArraySchema(PROFILE_ID, 1000))
		.build();

	/**
	 * {@code NewReferralsForMultipleAdvocates}, the body of {@code createReferralsForMultipleAdvocates}; the
	 * advocates' ids must not be empty, nor the valid characters.
	 */
	static final ObjectSchema NEW_REFERRALS_FOR_MULTIPLE_ADVOCATES = ObjectSchema
		.builder("NewReferralsForMultipleAdvocates", true)
		.optional("startDate", StringSchema.DATE_TIME)
		.optional("expiryDate", StringSchema.DATE_TIME)
		.optional("usageLimit", new IntegerSchema(0L, 999_999L))
		.required("campaignId", IntegerSchema.ANY)
		.required("advocateProfileIntegrationIds", new ArraySchema(PROFILE_ID, 1, 1000, false))
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.optional("validCharacters", new ArraySchema(StringSchema.length(1, 1)))
		.optional("referralPattern", StringSchema.length(3, 100))
		.build();

	// -------------------------------------------------------------------------------------------------------------
	// Loyalty

	/** {@code LoyaltyCardRegistration}, the body of linking and unlinking a card; the profile id must not be empty. */
	static final ObjectSchema LOYALTY_CARD_REGISTRATION = ObjectSchema.builder("LoyaltyCardRegistration", true)
		.required("integrationId", PROFILE_ID)
		.build();

	/** {@code GenerateLoyaltyCard}, the body of {@code generateLoyaltyCard}. */
	static final ObjectSchema GENERATE_LOYALTY_CARD = ObjectSchema.builder("GenerateLoyaltyCard", true)
		.optional("status", StringSchema.oneOf("active", "inactive"))
		.optional("customerProfileIds", new ArraySchema(PROFILE_ID))
		.optional("cardIdentifier", StringSchema.matching(4, 108, CARD_IDENTIFIER_PATTERN))
		.build();

	/** {@code ActivateLoyaltyPoints}, the body of {@code activateLoyaltyPoints}. */
	static final ObjectSchema ACTIVATE_LOYALTY_POINTS = ObjectSchema.builder("ActivateLoyaltyPoints", true)
		.optional("transactionUUIDs", new ArraySchema(StringSchema.UUID, 1, 50, true))
		.optional("sessionId", StringSchema.NOT_EMPTY)
		.build();

	/** {@code DeleteLoyaltyTransactionsRequest}, the body of {@code deleteLoyaltyTransactionsFromLedgers}. */
	static final ObjectSchema DELETE_LOYALTY_TRANSACTIONS_REQUEST = ObjectSchema
		.builder("DeleteLoyaltyTransactionsRequest", true)
		.required("scope", StringSchema.oneOf("AllSubledgers", "SelectedSubledgers"))
		.optional("subledgerIds", new NullableSchema(new ArraySchema(StringSchema.ANY)))
		.build();

	// -------------------------------------------------------------------------------------------------------------
	// Audiences

	private static final ArraySchema APPLICATION_IDS = new ArraySchema(IntegerSchema.ANY, 0, Integer.MAX_VALUE, true);

	/** {@code NewAudience}, the body of {@code createAudienceV2}. */
	static final ObjectSchema NEW_AUDIENCE = ObjectSchema.builder("NewAudience", true)
		.required("name", StringSchema.NOT_EMPTY)
		.optional("sandbox", BooleanSchema.INSTANCE)
		.optional("description", StringSchema.ANY)
		.optional("subscribedApplicationsIds", APPLICATION_IDS)
		.optional("integration", StringSchema.ANY)
		.optional("integrationId", StringSchema.length(1, 1000))
		.optional("createdIn3rdParty", BooleanSchema.INSTANCE)
		.optional("lastUpdate", StringSchema.DATE_TIME)
		.build();

	/** {@code UpdateAudience}, the body of {@code updateAudienceV2}. */
	static final ObjectSchema UPDATE_AUDIENCE = ObjectSchema.builder("UpdateAudience", true)
		.required("name", StringSchema.NOT_EMPTY)
		.optional("subscribedApplicationsIds", APPLICATION_IDS)
		.build();

	/** {@code CustomerProfileAudienceRequestItem}; the profile id must not be empty. */
	static final ObjectSchema CUSTOMER_PROFILE_AUDIENCE_REQUEST_ITEM = ObjectSchema
		.builder("CustomerProfileAudienceRequestItem", true)
		.required("action", StringSchema.oneOf("add", "delete"))
		.required("profileIntegrationId", PROFILE_ID)
		.required("audienceId", IntegerSchema.ANY)
		.build();

	/** {@code CustomerProfileAudienceRequest}, the body of {@code updateCustomerProfileAudiences}. */
	static final ObjectSchema CUSTOMER_PROFILE_AUDIENCE_REQUEST = ObjectSchema
		.builder("CustomerProfileAudienceRequest", true)
		.optional("data", new ArraySchema(CUSTOMER_PROFILE_AUDIENCE_REQUEST_ITEM, MAX_AUDIENCE_ACTIONS))
		.build();

	/** {@code AttributeQuery}, the body of {@code updateAudienceCustomersAttributes}: the attributes to set. */
	static final FreeFormObjectSchema ATTRIBUTE_QUERY = FreeFormObjectSchema.INSTANCE;

	// -------------------------------------------------------------------------------------------------------------
	// Catalogs and prices

	/** {@code CatalogActionFilter}. */
	static final ObjectSchema CATALOG_ACTION_FILTER = ObjectSchema.builder("CatalogActionFilter", true)
		.required("attr", StringSchema.ANY)
		.required("op", StringSchema.oneOf("EQ", "LT", "LE", "GT", "GE", "IN"))
		.required("value", AnySchema.INSTANCE)
		.build();

	/** {@code NewPriceAdjustment}. */
	static final ObjectSchema NEW_PRICE_ADJUSTMENT = ObjectSchema.builder("NewPriceAdjustment", true)
		.required("priceType", StringSchema.ANY)
		.optional("price", new NullableSchema(NumberSchema.ANY))
		.required("referenceId", StringSchema.NOT_EMPTY)
		.optional("calculatedAt", StringSchema.DATE_TIME)
		.optional("effectiveFrom", StringSchema.DATE_TIME)
		.optional("effectiveUntil", StringSchema.DATE_TIME)
		.optional("contextId", StringSchema.ANY)
		.build();

	/** The payload of each type of catalog action ({@code AddItemCatalogAction}, ...), checked by the simulator. */
	static final Map<String, ObjectSchema> CATALOG_ACTION_PAYLOADS = Map.of(
			"ADD", ObjectSchema.builder("AddItemCatalogAction", true)
				.required("sku", StringSchema.NOT_EMPTY)
				.optional("price", NumberSchema.ANY)
				.optional("attributes", FreeFormObjectSchema.INSTANCE)
				.optional("product", PRODUCT)
				.optional("replaceIfExists", BooleanSchema.INSTANCE)
				.build(),
			"PATCH", ObjectSchema.builder("PatchItemCatalogAction", true)
				.required("sku", StringSchema.NOT_EMPTY)
				.optional("price", NumberSchema.ANY)
				.optional("attributes", FreeFormObjectSchema.INSTANCE)
				.optional("product", PRODUCT)
				.optional("createIfNotExists", BooleanSchema.INSTANCE)
				.build(),
			"PATCH_MANY", ObjectSchema.builder("PatchManyItemsCatalogAction", true)
				.optional("price", NumberSchema.ANY)
				.optional("filters", new ArraySchema(CATALOG_ACTION_FILTER))
				.optional("attributes", FreeFormObjectSchema.INSTANCE)
				.build(),
			"REMOVE", ObjectSchema.builder("RemoveItemCatalogAction", true)
				.required("sku", StringSchema.NOT_EMPTY)
				.build(),
			"REMOVE_MANY", ObjectSchema.builder("RemoveManyItemsCatalogAction", true)
				.optional("filters", new ArraySchema(CATALOG_ACTION_FILTER))
				.build(),
			"ADD_PRICE_ADJUSTMENT", ObjectSchema.builder("AddPriceAdjustmentCatalogAction", true)
				.required("sku", StringSchema.NOT_EMPTY)
				.required("adjustments", new ArraySchema(NEW_PRICE_ADJUSTMENT))
				.build());

	/** {@code CatalogAction}: its payload is checked against its type's schema once the action itself is valid. */
	static final RequestSchema CATALOG_ACTION = new ConstrainedSchema(ObjectSchema.builder("CatalogAction", true)
		.required("type", StringSchema.oneOf("ADD", "PATCH", "PATCH_MANY", "REMOVE", "REMOVE_MANY",
				"ADD_PRICE_ADJUSTMENT"))
		.required("payload", FreeFormObjectSchema.INSTANCE)
		.build(), RequestSchemasV2::checkCatalogPayload);

	/** {@code CatalogSyncRequest}, the body of {@code syncCatalog}. */
	static final ObjectSchema CATALOG_SYNC_REQUEST = ObjectSchema.builder("CatalogSyncRequest", true)
		.required("actions", new ConstrainedSchema(new ArraySchema(CATALOG_ACTION, 1, 1000, false),
				RequestSchemasV2::checkOneTypeAndUniqueSkus))
		.optional("version", new IntegerSchema(1L))
		.build();

	/** {@code BestPriorTarget}. */
	static final ObjectSchema BEST_PRIOR_TARGET = ObjectSchema.builder("BestPriorTarget", true)
		.required("targetType", StringSchema.oneOf("NONE", "AUDIENCE"))
		.optional("audienceID", IntegerSchema.ANY)
		.build();

	/** {@code BestPriorPriceRequest}, the body of {@code bestPriorPrice}; {@code timeframe} is a number of days. */
	static final ObjectSchema BEST_PRIOR_PRICE_REQUEST = ObjectSchema.builder("BestPriorPriceRequest", true)
		.required("skus", new ArraySchema(StringSchema.ANY, 1, Integer.MAX_VALUE, false))
		.required("timeframeEndDate", StringSchema.DATE_TIME)
		.required("timeframe", StringSchema.matching(1, 5, "^[1-9][0-9]*$"))
		.required("timeframeEndDateType", StringSchema.oneOf("strict", "price", "sale"))
		.optional("target", BEST_PRIOR_TARGET)
		.build();

	private RequestSchemasV2() {
	}

	private static void checkCatalogPayload(JsonNode action, String pointer, String name,
			List<Violation> violations) {
		ObjectSchema payload = CATALOG_ACTION_PAYLOADS.get(action.get("type").stringValue());
		payload.check(action.get("payload"), pointer + "/payload", "payload", violations);
	}

	private static void checkOneTypeAndUniqueSkus(JsonNode actions, String pointer, String name,
			List<Violation> violations) {
		String type = actions.get(0).get("type").stringValue();
		Set<String> skus = new HashSet<>();
		for (int i = 0; i < actions.size(); i++) {
			JsonNode action = actions.get(i);
			if (!action.get("type").stringValue().equals(type)) {
				violations.add(new Violation(pointer + "/" + i + "/type", "must be " + type + " like the first action",
						"one sync request performs one type of action"));
				return;
			}
			JsonNode sku = action.get("payload").get("sku");
			if (sku != null && !skus.add(sku.stringValue())) {
				violations.add(new Violation(pointer + "/" + i + "/payload/sku", "is already in the request",
						"each SKU may appear once in a sync request, " + sku.stringValue() + " is twice"));
				return;
			}
		}
	}

	private static ArraySchema responseContent(List<String> values) {
		return new ArraySchema(new StringSchema(0, values, false));
	}

	private static void checkQuantitySum(JsonNode items, String pointer, String name, List<Violation> violations) {
		long sum = 0;
		for (JsonNode item : items) {
			long quantity = item.get("quantity").asLong();
			sum += Math.min(quantity, MAX_CART_QUANTITY + 1);
			if (sum > MAX_CART_QUANTITY) {
				violations.add(new Violation(pointer,
						"quantities must sum to at most " + MAX_CART_QUANTITY,
						"the quantities of " + name + " sum to more than " + MAX_CART_QUANTITY));
				return;
			}
		}
	}

}
