package dev.talon.spring.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.v2.IntegrationRequest;

/**
 * Realistic answers of today's Integration API (spec 26.13), valid against the spec's response schemas (see
 * {@code ResponseContractV2Tests}, which checks each one with {@code TalonApiSpec.responseViolations} before reading
 * it through the client): one checkout of customer-7 with a two-item cart, two coupons (one rejected), loyalty points,
 * a notification, a custom effect and a free item. {@link #AS_RECORDED_SESSION} is the exception: a session as real
 * integrations recorded it, without fields the spec requires.
 */
public final class TalonV2Answers {

	/** A session of two items, the second one free, with every field of {@code CustomerSessionV2}. */
	public static final String SESSION = """
			{
			  "id": 4711,
			  "created": "2026-11-30T10:15:30.123456Z",
			  "integrationId": "cart-1001",
			  "applicationId": 322,
			  "profileId": "customer-7",
			  "storeIntegrationId": "STORE-001",
			  "evaluableCampaignIds": [244, 245],
			  "couponCodes": ["SPRING10", "WINTER5"],
			  "referralCode": "REF-7XK2",
			  "loyaltyCards": ["card-0042"],
			  "state": "open",
			  "cartItems": [
			    {"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "returnedQuantity": 0,
			     "remainingQuantity": 2, "price": 19.99, "category": "coffee", "product": {"name": "Espresso"},
			     "weight": 1000, "height": 250, "width": 120, "length": 80, "position": 0,
			     "attributes": {"roast": "dark"}, "additionalCosts": {"handling": {"price": 0.50}},
			     "catalogItemID": 786, "selectedPriceType": "member",
			     "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
			     "adjustmentEffectiveFrom": "2026-11-01T00:00:00Z", "adjustmentEffectiveUntil": "2026-12-31T23:59:59Z",
			     "prices": {"member": {"price": 19.99, "adjustmentContextId": "ctx-1",
			                           "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
			                           "adjustmentEffectiveFrom": "2026-11-01T00:00:00Z",
			                           "adjustmentEffectiveUntil": "2026-12-31T23:59:59Z"},
			                "base": {"price": 24.99}}},
			    {"name": "Milk jug", "sku": "JUG-350", "quantity": 1, "returnedQuantity": 0, "remainingQuantity": 1,
			     "price": 0, "position": 1}
			  ],
			  "experimentVariantAllocations": [{"experimentID": 12, "variantID": 3}],
			  "additionalCosts": {"shipping": {"price": 4.95}},
			  "identifiers": ["91.64.1.1"],
			  "attributes": {"ShippingCity": "Berlin", "GiftWrap": true},
			  "firstSession": false,
			  "updateCount": 3,
			  "total": 45.93,
			  "cartItemTotal": 39.98,
			  "additionalCostTotal": 4.95,
			  "cartItemAdditionalCostTotal": 1.00,
			  "updated": "2026-11-30T10:15:30.456Z"
			}
			""";

	/**
	 * The session as integrations recorded it in practice (V2-IN-PRACTICE section 7): without {@code id},
	 * {@code updateCount}, {@code updated} and {@code cartItemAdditionalCostTotal}, which the spec requires.
	 */
	public static final String AS_RECORDED_SESSION = """
			{
			  "created": "2026-11-30T10:15:30.123456Z",
			  "integrationId": "cart-1001",
			  "applicationId": 322,
			  "profileId": "customer-7",
			  "couponCodes": ["SPRING10"],
			  "state": "closed",
			  "cartItems": [{"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "price": 19.99,
			                 "position": 0}],
			  "attributes": {},
			  "firstSession": false,
			  "total": 35.98,
			  "cartItemTotal": 39.98,
			  "additionalCostTotal": 0
			}
			""";

	/** What the spec requires that {@link #AS_RECORDED_SESSION} lacks, as the validator reports it. */
	public static final List<String> AS_RECORDED_SESSION_LACKS = List.of("cartItemAdditionalCostTotal", "id",
			"updateCount", "updated");

	/** The customer's profile. */
	public static final String PROFILE = """
			{
			  "id": 6,
			  "created": "2026-01-10T09:05:27.993483Z",
			  "integrationId": "customer-7",
			  "attributes": {"Name": "Ada", "VIP": true},
			  "accountId": 3886,
			  "closedSessions": 3,
			  "totalSales": 149.85,
			  "loyaltyMemberships": [{"joined": "2026-04-30T15:04:05+02:00", "loyaltyProgramId": 5}],
			  "audienceMemberships": [{"id": 2, "name": "Newsletter"}],
			  "lastActivity": "2026-11-30T10:15:30Z",
			  "sandbox": false
			}
			""";

	/** Loyalty balances: one profile program with a tier and a subledger, and one card. */
	public static final String LOYALTY = """
			{
			  "programs": {
			    "5": {"id": 5, "title": "Coffee club", "name": "coffee_club", "joinDate": "2026-04-30T15:04:05+02:00",
			          "ledger": {"currentBalance": 100, "pendingBalance": 10, "negativeBalance": 0, "expiredBalance": 0,
			                     "spentBalance": 0, "tentativeCurrentBalance": 145.93, "tentativePendingBalance": 10,
			                     "tentativeNegativeBalance": 0,
			                     "currentTier": {"id": 11, "name": "Gold", "startDate": "2026-01-01T00:00:00Z",
			                                     "downgradePolicy": "balance_based"},
			                     "pointsToNextTier": 20, "nextTierName": "Platinum"},
			          "subLedgers": {"beans": {"currentBalance": 7.5, "pendingBalance": 0, "expiredBalance": 0,
			                                   "spentBalance": 0, "tentativeCurrentBalance": 7.5}}}
			  },
			  "cards": [
			    {"id": 6, "created": "2026-06-10T09:05:27Z", "programID": 125, "programName": "cards",
			     "programTitle": "Card program", "status": "active", "identifier": "card-0042",
			     "usersPerCardLimit": 1, "profiles": [{"integrationId": "customer-7", "timestamp": "2026-06-10T09:06:00Z"}],
			     "ledger": {"currentBalance": 250.5, "pendingBalance": 0, "expiredBalance": 0, "spentBalance": 0,
			                "tentativeCurrentBalance": 250.5},
			     "subledgers": {}, "batchId": "wdefpov"}
			  ]
			}
			""";

	/** The campaigns that triggered. */
	public static final String TRIGGERED_CAMPAIGNS = """
			[
			  {"id": 244, "created": "2026-02-01T00:00:00Z", "applicationId": 322, "userId": 1, "name": "Spring sale",
			   "description": "10% off with SPRING10", "startTime": "2026-03-01T00:00:00Z",
			   "endTime": "2026-12-31T23:59:59Z", "attributes": {"team": "growth"}, "state": "enabled",
			   "activeRulesetId": 73, "tags": ["spring"], "reevaluateOnReturn": true, "features": ["coupons"],
			   "limits": [{"action": "redeemCoupon", "limit": 1000, "entities": ["Coupon"]}], "campaignGroups": [1],
			   "type": "advanced", "couponRedemptionCount": 163, "discountCount": 288.5, "discountEffectCount": 288,
			   "frontendState": "running", "storesImported": false, "updated": "2026-11-01T00:00:00Z"}
			]
			""";

	/** The eligibility of a campaign that did not trigger (answered to dry runs only). */
	public static final String CAMPAIGN_ELIGIBILITY = """
			[
			  {"applicationId": 322, "id": 247, "name": "Winter sale", "state": "enabled", "tags": [],
			   "features": ["coupons"],
			   "eligibility": [{"passed": false, "couponCode": "WINTER5", "details": {"failureCode": "ALL_RULES_FAILED"}}],
			   "rules": [{"title": "5 off in winter", "eligibility": [{"passed": false, "couponCode": "WINTER5"}]}]}
			]
			""";

	/** The effects of the session: each with props valid against its {@code <Type>EffectProps} schema. */
	public static final String EFFECTS = """
			[
			  {"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			   "effectType": "acceptCoupon", "triggeredByCoupon": 4928, "evaluationGroupID": 3,
			   "evaluationGroupMode": "stackable", "campaignRevisionId": 1, "campaignRevisionVersionId": 5,
			   "props": {"value": "SPRING10"}},
			  {"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			   "effectType": "setDiscount", "triggeredByCoupon": 4928,
			   "props": {"name": "10% off", "value": 3.998, "scope": "sessionTotal"}},
			  {"campaignId": 245, "rulesetId": 80, "ruleIndex": 1, "ruleName": "Espresso 20%",
			   "effectType": "setDiscountPerItem", "selectedPriceType": "member", "selectedPrice": 19.99,
			   "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b", "triggeredForCatalogItem": 786,
			   "props": {"name": "Espresso 20%#0", "value": 4.00, "position": 0, "subPosition": 0, "scope": "price"}},
			  {"campaignId": 246, "rulesetId": 81, "ruleIndex": 0, "ruleName": "Half shipping",
			   "effectType": "setDiscountPerAdditionalCost",
			   "props": {"name": "Half shipping", "additionalCostId": 2, "additionalCost": "shipping", "value": 2.475}},
			  {"campaignId": 247, "rulesetId": 82, "ruleIndex": 0, "ruleName": "Coupon WINTER5",
			   "effectType": "rejectCoupon",
			   "props": {"value": "WINTER5", "rejectionReason": "CouponExpired", "conditionIndex": 0,
			             "details": "expired on 2026-02-28"}},
			  {"campaignId": 248, "rulesetId": 83, "ruleIndex": 0, "ruleName": "Free mug",
			   "effectType": "addFreeItem", "props": {"sku": "MUG-1", "name": "Free mug", "desiredQuantity": 1}},
			  {"campaignId": 249, "rulesetId": 84, "ruleIndex": 0, "ruleName": "1 point per euro",
			   "effectType": "addLoyaltyPoints",
			   "props": {"name": "1 point per euro", "programId": 5, "subLedgerId": "", "value": 45.93,
			             "recipientIntegrationId": "customer-7", "transactionUUID": "1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11",
			             "startDate": "2026-12-01T00:00:00Z", "expiryDate": "2027-12-01T00:00:00+01:00"}},
			  {"campaignId": 250, "rulesetId": 85, "ruleIndex": 0, "ruleName": "Banner",
			   "effectType": "showNotification",
			   "props": {"notificationType": "Offer", "title": "Almost there", "body": "Spend 4.07 more for free shipping"}},
			  {"campaignId": 251, "rulesetId": 86, "ruleIndex": 0, "ruleName": "Gift wrap",
			   "effectType": "customEffect",
			   "props": {"effectId": 1, "name": "free_gift_wrap", "cartItemPosition": 1,
			             "payload": {"paper": "gold", "ribbon": true}}}
			]
			""";

	/** Why the winter coupon's rule failed. */
	public static final String RULE_FAILURE_REASONS = """
			[{"campaignID": 247, "campaignName": "Winter sale", "rulesetID": 82, "couponID": 5001, "couponValue": "WINTER5",
			  "ruleIndex": 0, "ruleName": "Coupon WINTER5", "conditionIndex": 1, "effectIndex": 0,
			  "details": "coupon expired", "evaluationGroupID": 3, "evaluationGroupMode": "stackable"}]
			""";

	/** A coupon the rules created for the customer ({@code Coupon}). */
	public static final String CREATED_COUPONS = """
			[{"id": 5101, "created": "2026-11-30T10:15:30Z", "campaignId": 252, "value": "THANKS-7K2Q", "usageLimit": 1,
			  "discountLimit": 0, "startDate": "2026-11-30T10:15:30Z", "expiryDate": "2027-01-31T23:59:59Z",
			  "usageCounter": 0, "recipientIntegrationId": "customer-7", "batchId": "c-1"}]
			""";

	/** A referral code the rules created for the customer ({@code Referral}). */
	public static final String CREATED_REFERRALS = """
			[{"id": 100, "created": "2026-11-30T10:15:30Z", "campaignId": 12, "advocateProfileIntegrationId": "customer-7",
			  "code": "REF-NEW1", "usageCounter": 0, "usageLimit": 5, "startDate": "2026-11-30T10:15:30Z",
			  "expiryDate": "2027-11-30T10:15:30Z", "attributes": {}}]
			""";

	/** An awarded giveaway. */
	public static final String AWARDED_GIVEAWAYS = """
			[{"id": 5, "created": "2026-11-30T10:15:30Z", "code": "GIFT-123", "poolId": 2,
			  "startDate": "2026-11-30T00:00:00Z", "endDate": "2027-11-30T00:00:00Z", "attributes": {},
			  "used": false, "profileIntegrationId": "customer-7", "profileId": 6}]
			""";

	/** The customer's progress in an achievement. */
	public static final String ACHIEVEMENTS = """
			[{"id": 3, "name": "TenCoffees", "title": "Ten coffees", "description": "Buy ten coffees", "target": 10,
			  "recurrencePolicy": "no_recurrence", "activationPolicy": "user_action",
			  "allowRollbackAfterCompletion": false,
			  "currentProgress": {"status": "inprogress", "progress": 3, "startDate": "2026-10-01T00:00:00Z"}}]
			""";

	/** The referral code of the session ({@code InventoryReferral}). */
	public static final String REFERRAL = """
			{"id": 99, "created": "2026-02-06T10:00:00Z", "campaignId": 12, "advocateProfileIntegrationId": "customer-1",
			 "friendProfileIntegrationId": "customer-7", "code": "REF-7XK2", "usageCounter": 1, "usageLimit": 0,
			 "attributes": {"source": "app"}, "referredCustomers": ["customer-7"], "batchId": "r-1"}
			""";

	/** The coupons of the session ({@code IntegrationCoupon}). */
	public static final String COUPONS = """
			[
			  {"id": 4928, "created": "2026-03-01T00:00:00Z", "campaignId": 244, "value": "SPRING10",
			   "usageLimit": 1, "discountLimit": 50, "reservationLimit": 0, "startDate": "2026-03-01T00:00:00Z",
			   "expiryDate": "2026-12-31T23:59:59Z",
			   "limits": [{"action": "redeemCoupon", "limit": 1, "period": "daily", "entities": ["Coupon"]}],
			   "usageCounter": 0, "discountCounter": 0, "discountRemainder": 50, "reservationCounter": 0,
			   "attributes": {"channel": "email"}, "recipientIntegrationId": "customer-7", "reservation": true,
			   "batchId": "b-1", "isReservationMandatory": false, "implicitlyReserved": false,
			   "profileRedemptionCount": 0}
			]
			""";

	/** The event the session update made, with a ledger entry and the rejection of WINTER5. */
	public static final String EVENT = """
			{"id": 8843, "created": "2026-11-30T10:15:30.456Z", "applicationId": 322, "profileId": "customer-7",
			 "storeIntegrationId": "STORE-001", "type": "talon_session_updated", "attributes": {"channel": "web"},
			 "sessionId": "cart-1001",
			 "effects": [{"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			              "effectType": "acceptCoupon", "props": {"value": "SPRING10"}}],
			 "ledgerEntries": [{"id": 501, "created": "2026-11-30T10:15:30Z", "profileId": "customer-7",
			                    "accountId": 3886, "loyaltyProgramId": 5, "eventId": 8843, "amount": 45,
			                    "reason": "1 point per euro", "expiryDate": "2027-11-30T10:15:30Z", "referenceId": 498}],
			 "meta": {"campaigns": {}, "coupons": {},
			          "couponRejectionReason": {"campaignId": 247, "couponId": 5001, "reason": "CouponExpired"},
			          "warnings": {}}}
			""";

	/** An advanced event ({@code EventV3}) that refers to the closed session. */
	public static final String ADVANCED_EVENT = """
			{"connectedSessionId": "cart-1001", "id": 9102, "created": "2026-12-01T09:00:00.5Z", "applicationId": 322,
			 "profileId": "customer-7", "storeIntegrationId": "STORE-001", "type": "review_written",
			 "attributes": {"stars": 5}, "integrationId": "review-8812",
			 "effects": [{"campaignId": 260, "rulesetId": 90, "ruleIndex": 0, "ruleName": "Points for reviews",
			              "effectType": "addLoyaltyPoints",
			              "props": {"name": "Points for reviews", "programId": 5, "subLedgerId": "", "value": 10,
			                        "recipientIntegrationId": "customer-7",
			                        "transactionUUID": "7e1c2b5c-0f4d-4a43-9d3b-7d1c0c3a9e13"}}]}
			""";

	/** The return of one of the two espresso packs. */
	public static final String RETURN = """
			{"id": 31, "created": "2026-12-02T08:00:00Z", "applicationId": 322, "accountId": 3886,
			 "returnedCartItems": [{"position": 0, "quantity": 1, "sku": "COF-1KG"}], "eventId": 9001,
			 "sessionId": 4711, "sessionIntegrationId": "cart-1001", "profileId": 6,
			 "profileIntegrationId": "customer-7", "createdBy": 1}
			""";

	/** The effects a return or a reopening rolls back. */
	public static final String ROLLBACK_EFFECTS = """
			[
			  {"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			   "effectType": "rollbackCoupon", "props": {"value": "SPRING10"}},
			  {"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			   "effectType": "rollbackDiscount", "props": {"name": "10% off", "value": 1.999, "scope": "sessionTotal"}},
			  {"campaignId": 249, "rulesetId": 84, "ruleIndex": 0, "ruleName": "1 point per euro",
			   "effectType": "rollbackAddedLoyaltyPoints",
			   "props": {"programId": 5, "subLedgerId": "", "value": 19.99, "recipientIntegrationId": "customer-7",
			             "transactionUUID": "1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11", "cartItemPosition": 0}}
			]
			""";

	/** A referral code made by {@code createReferral}. */
	public static final String CREATED_REFERRAL = """
			{"id": 101, "created": "2026-11-30T10:15:30Z", "campaignId": 12, "advocateProfileIntegrationId": "customer-7",
			 "friendProfileIntegrationId": "friend-8", "startDate": "2026-12-01T00:00:00Z",
			 "expiryDate": "2027-01-01T00:00:00+01:00", "code": "REF-Q7XK", "usageCounter": 0, "usageLimit": 1,
			 "attributes": {"channel": "app"}, "batchId": "r-2"}
			""";

	private TalonV2Answers() {
	}

	/**
	 * The fixture of a part of an {@code IntegrationStateV2} that {@code responseContent} asks for.
	 * @param content the part
	 * @return its JSON
	 */
	public static String part(IntegrationRequest.ResponseContent content) {
		return switch (content) {
			case CUSTOMER_SESSION -> SESSION;
			case CUSTOMER_PROFILE -> PROFILE;
			case COUPONS -> COUPONS;
			case TRIGGERED_CAMPAIGNS -> TRIGGERED_CAMPAIGNS;
			case REFERRAL -> REFERRAL;
			case LOYALTY -> LOYALTY;
			case EVENT -> EVENT;
			case AWARDED_GIVEAWAYS -> AWARDED_GIVEAWAYS;
			case RULE_FAILURE_REASONS -> RULE_FAILURE_REASONS;
			case PREVIOUS_RETURNS -> "[" + RETURN + "]";
			case CAMPAIGN_ELIGIBILITY -> CAMPAIGN_ELIGIBILITY;
			case ACHIEVEMENTS -> ACHIEVEMENTS;
		};
	}

	/**
	 * An answer to {@code updateCustomerSessionV2} with the effects, the created coupons and referrals (always
	 * there) and the given parts.
	 * @param parts the parts that {@code responseContent} asked for
	 * @return the answer's JSON
	 */
	public static String sessionAnswer(IntegrationRequest.ResponseContent... parts) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("effects", EFFECTS);
		fields.put("createdCoupons", CREATED_COUPONS);
		fields.put("createdReferrals", CREATED_REFERRALS);
		for (IntegrationRequest.ResponseContent part : parts) {
			fields.put(part.value(), part(part));
		}
		return object(fields);
	}

	/**
	 * The answer to {@code returnCartItems} asked for the session, the profile, loyalty and the earlier returns.
	 * @return the answer's JSON
	 */
	public static String returnAnswer() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("customerSession", SESSION.replace("\"state\": \"open\"", "\"state\": \"partially_returned\"")
			.replaceFirst("\"returnedQuantity\": 0", "\"returnedQuantity\": 1")
			.replace("\"remainingQuantity\": 2", "\"remainingQuantity\": 1"));
		fields.put("customerProfile", PROFILE);
		fields.put("loyalty", LOYALTY);
		fields.put("effects", ROLLBACK_EFFECTS);
		fields.put("createdCoupons", "[]");
		fields.put("createdReferrals", "[]");
		fields.put("return", RETURN);
		fields.put("previousReturns", "[]");
		return object(fields);
	}

	/**
	 * The answer to {@code getCustomerSession}: the closed session and its valid effects.
	 * @return the answer's JSON
	 */
	public static String sessionReadAnswer() {
		return object(Map.of("customerSession", SESSION.replace("\"state\": \"open\"", "\"state\": \"closed\""),
				"effects", EFFECTS));
	}

	/**
	 * The answer to {@code reopenCustomerSession}: the rolled-back effects.
	 * @return the answer's JSON
	 */
	public static String reopenAnswer() {
		return object(Map.of("effects", ROLLBACK_EFFECTS));
	}

	/**
	 * The answer to {@code updateCustomerProfileV2} with the rules run and every part asked for.
	 * @return the answer's JSON
	 */
	public static String profileAnswer() {
		Map<String, String> fields = evaluation();
		fields.put("event", EVENT.replace("talon_session_updated", "talon_profile_updated"));
		fields.put("campaignEligibility", CAMPAIGN_ELIGIBILITY);
		return object(fields);
	}

	/**
	 * The answer to {@code updateCustomerProfilesV2} of two profiles.
	 * @return the answer's JSON
	 */
	public static String profilesAnswer() {
		return "{\"integrationStates\": [{\"customerProfile\": " + PROFILE + "}, {\"customerProfile\": "
				+ PROFILE.replace("customer-7", "customer-8").replace("\"id\": 6", "\"id\": 7") + "}]}";
	}

	/**
	 * The answer to {@code trackEventV2} with every part an event can ask for.
	 * @return the answer's JSON
	 */
	public static String eventV2Answer() {
		Map<String, String> fields = evaluation();
		fields.put("campaignEligibility", CAMPAIGN_ELIGIBILITY);
		fields.put("achievements", ACHIEVEMENTS);
		fields.put("event", EVENT.replace("talon_session_updated", "newsletter_signup"));
		return object(fields);
	}

	/**
	 * The answer to {@code trackEventV3} with every part an advanced event can ask for (it created nothing).
	 * @return the answer's JSON
	 */
	public static String eventV3Answer() {
		Map<String, String> fields = evaluation();
		fields.put("createdCoupons", "[]");
		fields.put("createdReferrals", "[]");
		fields.put("advancedEvent", ADVANCED_EVENT);
		return object(fields);
	}

	/** What an evaluation of the rules answers about the customer: the parts common to profile and event answers. */
	private static Map<String, String> evaluation() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("customerProfile", PROFILE);
		fields.put("loyalty", LOYALTY);
		fields.put("triggeredCampaigns", TRIGGERED_CAMPAIGNS);
		fields.put("effects", EFFECTS);
		fields.put("ruleFailureReasons", RULE_FAILURE_REASONS);
		fields.put("createdCoupons", CREATED_COUPONS);
		fields.put("createdReferrals", CREATED_REFERRALS);
		fields.put("awardedGiveaways", AWARDED_GIVEAWAYS);
		return fields;
	}

	/**
	 * The smallest valid answer of each response schema, for tests that need an answer but not its content.
	 * @param schema the response schema, such as {@code IntegrationStateV2}
	 * @return its JSON
	 */
	public static String minimal(String schema) {
		return switch (schema) {
			case "IntegrationStateV2", "IntegrationEventV2Response", "IntegrationEventV3Response",
					"CustomerProfileIntegrationResponseV2" ->
				"{\"effects\": [], \"createdCoupons\": [], \"createdReferrals\": []}";
			case "IntegrationCustomerSessionResponse", "MultipleCustomerProfileIntegrationResponseV2" -> "{}";
			case "ReopenSessionResponse" -> "{\"effects\": []}";
			case "EventV3" -> ADVANCED_EVENT;
			case "Referral" -> CREATED_REFERRAL;
			default -> TalonV2AccountAnswers.minimal(schema);
		};
	}

	private static String object(Map<String, String> fields) {
		List<String> members = new ArrayList<>();
		fields.forEach((name, json) -> members.add("\"" + name + "\": " + json.strip()));
		return "{" + String.join(",\n", members) + "}";
	}

}
