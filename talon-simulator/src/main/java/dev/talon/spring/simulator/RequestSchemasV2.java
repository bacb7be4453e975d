package dev.talon.spring.simulator;

import java.util.List;

import dev.talon.spring.simulator.RequestSchema.ArraySchema;
import dev.talon.spring.simulator.RequestSchema.ConstrainedSchema;
import dev.talon.spring.simulator.RequestSchema.FreeFormObjectSchema;
import dev.talon.spring.simulator.RequestSchema.IntegerSchema;
import dev.talon.spring.simulator.RequestSchema.MapSchema;
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
 * <li>a cart item's {@code price} ("required if this item is not part of a catalog": the simulator has no
 * catalog);</li>
 * <li>a returned item's {@code position} (the simulator returns items by position) and a {@code quantity} of at least
 * 1;</li>
 * <li>an event's {@code profileId} ("required even though the schema does not specify it");</li>
 * <li>at most {@value #MAX_PROFILES} profiles in a bulk update ("up to 1000"), each with a non-empty
 * {@code integrationId}.</li>
 * </ul>
 */
final class RequestSchemasV2 {

	/** The most cart items of one session update. */
	static final int MAX_CART_ITEMS = 1000;

	/** The greatest sum of the cart items' quantities of one session update. */
	static final long MAX_CART_QUANTITY = 10_000;

	/** The most profiles of one bulk profile update. */
	static final int MAX_PROFILES = 1000;

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

	/** {@code CartItem} (v2); {@code price} is required by the simulator, which has no catalog. */
	static final ObjectSchema CART_ITEM = ObjectSchema.builder("CartItem", true)
		.optional("name", StringSchema.ANY)
		.required("sku", StringSchema.NOT_EMPTY)
		.required("quantity", new IntegerSchema(1L))
		.optional("returnedQuantity", ReadOnlySchema.INSTANCE)
		.optional("remainingQuantity", ReadOnlySchema.INSTANCE)
		.required("price", NumberSchema.ANY)
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

	private RequestSchemasV2() {
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
