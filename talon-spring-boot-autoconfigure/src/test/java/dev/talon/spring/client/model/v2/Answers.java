package dev.talon.spring.client.model.v2;

/**
 * Realistic v2 answers, written from the schemas and examples of spec 26.13 and from the traps of real answers
 * (V2-IN-PRACTICE section 7): fields the spec requires but real answers lack, {@code loyaltyMemberships: null},
 * {@code budgets: null}, an empty {@code customerProfile}, Go-style floats, and unknown fields everywhere.
 */
final class Answers {

	private Answers() {
	}

	/** An effect list with every kind a checkout acts on, one unknown effect type and one malformed known effect. */
	static final String EFFECTS = """
			[
			  {"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			   "effectType": "acceptCoupon", "triggeredByCoupon": 4928, "evaluationGroupID": 3,
			   "evaluationGroupMode": "stackable", "campaignRevisionId": 1, "campaignRevisionVersionId": 5,
			   "props": {"value": "SPRING10"}, "futureEffectField": true},
			  {"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			   "effectType": "setDiscount", "triggeredByCoupon": 4928,
			   "props": {"name": "10% off", "value": 33.333333333333336, "scope": "sessionTotal", "futureProp": 1}},
			  {"campaignId": 245, "rulesetId": 80, "ruleIndex": 1, "ruleName": "Espresso 20%",
			   "effectType": "setDiscountPerItem", "selectedPriceType": "member", "selectedPrice": 19.99,
			   "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b", "triggeredForCatalogItem": 786,
			   "props": {"name": "Espresso 20%#0", "value": 4.00, "position": 0, "subPosition": 0, "scope": "price"}},
			  {"campaignId": 245, "rulesetId": 80, "ruleIndex": 1, "ruleName": "Espresso 20%",
			   "effectType": "setDiscountPerItem",
			   "props": {"name": "Espresso 20%#0", "value": 4.00, "position": 0, "subPosition": 1, "scope": "price"}},
			  {"campaignId": 246, "rulesetId": 81, "ruleIndex": 0, "ruleName": "Half shipping",
			   "effectType": "setDiscountPerAdditionalCost",
			   "props": {"name": "Half shipping", "additionalCostId": 2, "additionalCost": "shipping", "value": 2.475}},
			  {"campaignId": 247, "rulesetId": 82, "ruleIndex": 0, "ruleName": "Bad coupon",
			   "effectType": "rejectCoupon",
			   "props": {"value": "WINTER5", "rejectionReason": "CouponExpired", "conditionIndex": 0,
			             "details": "expired on 2026-02-28"}},
			  {"campaignId": 248, "rulesetId": 83, "ruleIndex": 0, "ruleName": "Free mug",
			   "effectType": "addFreeItem", "props": {"sku": "MUG-1", "name": "Free mug", "desiredQuantity": 1}},
			  {"campaignId": 249, "rulesetId": 84, "ruleIndex": 0, "ruleName": "Points",
			   "effectType": "addLoyaltyPoints",
			   "props": {"name": "1 point per euro", "programId": 5, "subLedgerId": "", "value": 52.48,
			             "recipientIntegrationId": "customer-7", "transactionUUID": "1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11",
			             "startDate": "2026-12-01T00:00:00Z", "expiryDate": "2027-12-01T00:00:00+01:00"}},
			  {"campaignId": 249, "rulesetId": 84, "ruleIndex": 1, "ruleName": "Pay with points",
			   "effectType": "deductLoyaltyPoints",
			   "props": {"ruleTitle": "Pay with points", "programId": 5, "subLedgerId": "", "value": 100,
			             "transactionUUID": "9a8b7c6d-0f4d-4a43-9d3b-7d1c0c3a9e12", "name": "Redeem 100 points"}},
			  {"campaignId": 250, "rulesetId": 85, "ruleIndex": 0, "ruleName": "Banner",
			   "effectType": "showNotification",
			   "props": {"notificationType": "Offer", "title": "Almost there", "body": "Spend 10 more for free shipping"}},
			  {"campaignId": 251, "rulesetId": 86, "ruleIndex": 0, "ruleName": "Gift wrap",
			   "effectType": "customEffect",
			   "props": {"effectId": 1, "name": "free_gift_wrap", "cartItemPosition": 1,
			             "payload": {"paper": "gold", "ribbon": true, "cost": 2.5}}},
			  {"campaignId": 252, "rulesetId": 87, "ruleIndex": 0, "ruleName": "Webhook",
			   "effectType": "triggerWebhook", "props": {"webhookId": 7, "webhookName": "crm"}},
			  {"campaignId": 253, "rulesetId": 88, "ruleIndex": 0, "ruleName": "Future",
			   "effectType": "someEffectOf2030", "props": {"anything": [1, {"goes": "here"}]}},
			  {"campaignId": 254, "rulesetId": 89, "ruleIndex": 0, "ruleName": "Broken",
			   "effectType": "setDiscount", "props": {"name": "Broken", "value": "not a number"}}
			]
			""";

	/** The session of an answer, without the id, updateCount, updated and cartItemAdditionalCostTotal fields. */
	static final String SESSION = """
			{
			  "created": "2026-11-30T10:15:30.123456Z",
			  "integrationId": "cart-1001",
			  "applicationId": 322,
			  "profileId": "customer-7",
			  "storeIntegrationId": "STORE-001",
			  "couponCodes": ["SPRING10", "WINTER5"],
			  "referralCode": "REF-7XK2",
			  "loyaltyCards": ["card-0042"],
			  "state": "open",
			  "cartItems": [
			    {"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "returnedQuantity": 0,
			     "remainingQuantity": 2, "price": 19.99, "category": "coffee", "product": {"name": "Espresso"},
			     "weight": 1000, "height": 250, "width": 120, "length": 80, "position": 0,
			     "attributes": {"roast": "dark"}, "additionalCosts": {"handling": {"price": 0}},
			     "catalogItemID": 786, "selectedPriceType": "member",
			     "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
			     "adjustmentEffectiveFrom": "2026-11-01T00:00:00Z", "adjustmentEffectiveUntil": "2026-12-31T23:59:59Z",
			     "prices": {"member": {"price": 19.99, "adjustmentContextId": "ctx-1",
			                           "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b"},
			                "base": {"price": 24.99}},
			     "futureItemField": "x"},
			    {"name": "Milk jug", "sku": "JUG-350", "quantity": 1, "price": 0, "position": 1}
			  ],
			  "experimentVariantAllocations": [{"experimentID": 12, "variantID": 3}],
			  "additionalCosts": {"shipping": {"price": 4.95}},
			  "identifiers": ["91.64.1.1"],
			  "attributes": {"ShippingCity": "Berlin", "Score": 0.1},
			  "firstSession": false,
			  "total": 44.93,
			  "cartItemTotal": 39.98,
			  "additionalCostTotal": 4.95,
			  "futureSessionField": {"nested": [1, 2]}
			}
			""";

	/** A profile with the deprecated {@code loyaltyMemberships: null}. */
	static final String PROFILE = """
			{
			  "id": 6,
			  "created": "2026-01-10T09:05:27.993483Z",
			  "integrationId": "customer-7",
			  "attributes": {"Name": "Ada", "VIP": true},
			  "accountId": 3886,
			  "closedSessions": 3,
			  "totalSales": 149.85,
			  "loyaltyMemberships": null,
			  "audienceMemberships": [{"id": 2, "name": "Newsletter"}],
			  "lastActivity": "2026-11-30T10:15:30Z",
			  "sandbox": false,
			  "futureProfileField": 1
			}
			""";

	/** Loyalty balances: a profile program with a subledger and both forms of tier, and a card. */
	static final String LOYALTY = """
			{
			  "programs": {
			    "5": {"id": 5, "title": "Coffee club", "name": "coffee_club", "joinDate": "2026-04-30T15:04:05+02:00",
			          "ledger": {"currentBalance": 100, "pendingBalance": 10, "negativeBalance": 0, "expiredBalance": 0,
			                     "spentBalance": 0, "tentativeCurrentBalance": 52.48, "tentativePendingBalance": 20,
			                     "tentativeNegativeBalance": 0,
			                     "currentTier": {"id": 11, "name": "Gold", "startDate": "2026-01-01T00:00:00Z",
			                                     "downgradePolicy": "balance_based", "futureTierField": 1},
			                     "pointsToNextTier": 20, "nextTierName": "Platinum"},
			          "subLedgers": {"beans": {"currentBalance": 7.5, "pendingBalance": 0, "expiredBalance": 0,
			                                   "spentBalance": 0, "tentativeCurrentBalance": 7.5,
			                                   "currentTier": "bronze"}}}
			  },
			  "cards": [
			    {"id": 6, "created": "2026-06-10T09:05:27Z", "programID": 125, "programName": "Cards",
			     "programTitle": "Card program", "status": "active", "identifier": "card-0042",
			     "usersPerCardLimit": 0, "profiles": [{"integrationId": "customer-7", "timestamp": "2026-06-10T09:06:00Z"}],
			     "ledger": {"currentBalance": 250.5, "pendingBalance": 0, "expiredBalance": 0, "spentBalance": 0,
			                "tentativeCurrentBalance": 250.5},
			     "subledgers": {}, "batchId": "wdefpov"}
			  ]
			}
			""";

	/** A coupon as processed in a session ({@code IntegrationCoupon}). */
	static final String COUPONS = """
			[
			  {"id": 4928, "created": "2026-03-01T00:00:00Z", "campaignId": 244, "value": "SPRING10",
			   "usageLimit": 1, "discountLimit": 50, "reservationLimit": 0, "startDate": "2026-03-01T00:00:00Z",
			   "expiryDate": "2026-12-31T23:59:59Z",
			   "limits": [{"action": "redeemCoupon", "limit": 1, "period": "daily", "entities": ["Coupon"]}],
			   "usageCounter": 0, "discountCounter": 0, "discountRemainder": 50, "reservationCounter": 0,
			   "attributes": {"channel": "email"}, "recipientIntegrationId": "customer-7", "reservation": true,
			   "batchId": "b-1", "isReservationMandatory": false, "implicitlyReserved": false,
			   "profileRedemptionCount": 0, "futureCouponField": null}
			]
			""";

	/** A campaign with statistics and {@code budgets: null}. */
	static final String CAMPAIGNS = """
			[
			  {"id": 244, "created": "2026-02-01T00:00:00Z", "applicationId": 322, "userId": 1, "name": "Spring sale",
			   "description": "10% off", "startTime": "2026-03-01T00:00:00Z", "endTime": "2026-12-31T23:59:59Z",
			   "attributes": {"team": "growth"}, "state": "enabled", "activeRulesetId": 73, "tags": ["spring"],
			   "reevaluateOnReturn": true, "features": ["coupons"], "limits": [], "type": "advanced",
			   "campaignGroups": [1], "budgets": null, "couponRedemptionCount": 163, "discountCount": 288.0,
			   "frontendState": "running", "storesImported": false, "experimentId": null}
			]
			""";

	/** A referral processed in a session ({@code InventoryReferral}). */
	static final String REFERRAL = """
			{"id": 99, "created": "2026-02-06T10:00:00Z", "campaignId": 12, "advocateProfileIntegrationId": "customer-1",
			 "code": "REF-7XK2", "usageCounter": 1, "usageLimit": 0, "attributes": {"source": "app"},
			 "referredCustomers": ["customer-7"], "batchId": "r-1"}
			""";

	/** An evaluated event with effects, a ledger entry and meta. */
	static final String EVENT = """
			{"id": 8843, "created": "2026-11-30T10:15:30.456Z", "applicationId": 322, "profileId": "customer-7",
			 "storeIntegrationId": "STORE-001", "type": "talon_session_updated",
			 "attributes": {"basketValue": 123456789.123456789}, "sessionId": "cart-1001",
			 "effects": [{"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
			              "effectType": "acceptCoupon", "props": {"value": "SPRING10"}}],
			 "ledgerEntries": [{"id": 501, "created": "2026-11-30T10:15:30Z", "profileId": "customer-7",
			                    "accountId": 3886, "loyaltyProgramId": 5, "eventId": 8843, "amount": -100,
			                    "reason": "Redeem 100 points", "expiryDate": "2027-11-30T10:15:30Z", "referenceId": 498}],
			 "meta": {"campaigns": {}, "couponRejectionReason": {"campaignId": 247, "couponId": 5001,
			          "reason": "CouponExpired"}, "warnings": {}}}
			""";

	/** An awarded giveaway. */
	static final String GIVEAWAYS = """
			[{"id": 5, "created": "2026-11-30T10:15:30Z", "code": "GIFT-123", "poolId": 2,
			  "startDate": "2026-11-30T00:00:00Z", "endDate": "2027-11-30T00:00:00Z", "attributes": {},
			  "used": false, "profileIntegrationId": "customer-7", "profileId": 6}]
			""";

	/** Why a rule was not triggered. */
	static final String RULE_FAILURE_REASONS = """
			[{"campaignID": 247, "campaignName": "Winter", "rulesetID": 82, "couponID": 5001, "couponValue": "WINTER5",
			  "ruleIndex": 0, "ruleName": "Winter 5", "conditionIndex": 1, "effectIndex": 0,
			  "details": "coupon expired", "evaluationGroupID": 3, "evaluationGroupMode": "stackable"}]
			""";

	/** Earlier returns of the session. */
	static final String RETURNS = """
			[{"id": 31, "created": "2026-12-02T08:00:00Z", "applicationId": 322, "accountId": 3886,
			  "returnedCartItems": [{"position": 0, "quantity": 1, "sku": "COF-1KG"}], "eventId": 9001,
			  "sessionId": 77, "sessionIntegrationId": "cart-1001", "profileId": 6,
			  "profileIntegrationId": "customer-7", "createdBy": 1}]
			""";

	/** The campaign eligibility of a dry run, kept as JSON. */
	static final String CAMPAIGN_ELIGIBILITY = """
			[{"applicationId": 322, "id": 244, "name": "Spring sale", "state": "enabled", "tags": [],
			  "features": ["coupons"], "eligibility": [{"status": "eligible"}], "rules": []}]
			""";

	/** The customer's achievements, kept as JSON. */
	static final String ACHIEVEMENTS = """
			[{"id": 3, "name": "TenCoffees", "title": "Ten coffees", "description": "Buy ten coffees", "target": 10,
			  "recurrencePolicy": "no_recurrence", "activationPolicy": "user_action",
			  "allowRollbackAfterCompletion": false, "currentProgress": {"status": "inprogress", "progress": 3}}]
			""";

	/**
	 * An answer to a session update with every part of the response content (campaignEligibility being asked for
	 * with {@code dry=true} only, it would not come together with triggeredCampaigns in reality).
	 * @return the JSON of the answer
	 */
	static String fullSessionAnswer() {
		return """
				{
				  "customerSession": %s,
				  "customerProfile": %s,
				  "loyalty": %s,
				  "triggeredCampaigns": %s,
				  "campaignEligibility": %s,
				  "effects": %s,
				  "ruleFailureReasons": %s,
				  "createdCoupons": [],
				  "createdReferrals": [],
				  "awardedGiveaways": %s,
				  "achievements": %s,
				  "referral": %s,
				  "coupons": %s,
				  "event": %s,
				  "previousReturns": %s,
				  "futureTopLevelField": {"x": 1}
				}
				""".formatted(SESSION, PROFILE, LOYALTY, CAMPAIGNS, CAMPAIGN_ELIGIBILITY, EFFECTS, RULE_FAILURE_REASONS,
				GIVEAWAYS, ACHIEVEMENTS, REFERRAL, COUPONS, EVENT, RETURNS);
	}

}
