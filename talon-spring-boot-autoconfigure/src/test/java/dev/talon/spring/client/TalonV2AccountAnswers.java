package dev.talon.spring.client;

/**
 * Realistic answers of the Integration API operations around a customer's account and the shop's data (spec 26.13):
 * loyalty balances, transactions and points of customer-7 in the profile-based "Coffee club" (program 5) and of card
 * {@code card-0042} (program 125), a coupon wallet, reservations, achievements, audiences, referral codes, a catalog
 * sync and best prior prices. Each is valid against its response schema ({@code ResponseContractV2Tests} checks it
 * with {@code TalonApiSpec.responseViolations} before reading it through the client), and together they carry every
 * kind of points: active, pending, spent, expired and negative.
 */
public final class TalonV2AccountAnswers {

	/** A customer's balances in program 5 with tiers and a projected tier ({@code LoyaltyBalancesWithTiers}). */
	public static final String LOYALTY_BALANCES = """
			{"balance": {"activePoints": 145.93, "pendingPoints": 10, "spentPoints": 40.5, "expiredPoints": 3,
			             "negativePoints": 0,
			             "currentTier": {"id": 11, "name": "Gold", "startDate": "2026-01-01T00:00:00Z",
			                             "expiryDate": "2027-01-01T00:00:00+01:00", "downgradePolicy": "one_down"},
			             "projectedTier": {"projectedActivePoints": 120, "stayInTierPoints": 30,
			                               "projectedTierName": "Silver"},
			             "pointsToNextTier": 54.07, "nextTierName": "Platinum"},
			 "subledgerBalances": {"beans": {"activePoints": 7.5, "pendingPoints": 0, "spentPoints": 0,
			                                 "expiredPoints": 0, "negativePoints": 0,
			                                 "currentTier": {"id": 10, "name": "Bronze"},
			                                 "pointsToNextTier": 2.5, "nextTierName": "Silver"}}}
			""";

	/** A card's balances and its linked profile ({@code LoyaltyCardBalances}); the card went negative once. */
	public static final String CARD_BALANCES = """
			{"balance": {"activePoints": 0, "pendingPoints": 25, "spentPoints": 300, "expiredPoints": 12.25,
			             "negativePoints": 4.5},
			 "subledgerBalances": {"fuel": {"activePoints": 18, "pendingPoints": 0, "spentPoints": 2,
			                                "expiredPoints": 0, "negativePoints": 0}},
			 "profiles": [{"integrationId": "customer-7", "timestamp": "2026-06-10T09:06:00Z"}]}
			""";

	/**
	 * A customer's transactions, newest first: a pending addition that awaits an action, a deduction, an addition of
	 * points that never expire ({@code getLoyaltyProgramProfileTransactions_200_response}).
	 */
	public static final String PROFILE_TRANSACTIONS = """
			{"hasMore": true,
			 "data": [
			   {"transactionUUID": "1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11", "created": "2026-11-30T10:15:30.123Z",
			    "programId": 5, "customerSessionId": "cart-1001", "type": "addition", "name": "1 point per euro",
			    "startDate": "on_action", "expiryDate": "2027-12-01T00:00:00+01:00", "subledgerId": "", "amount": 45.93,
			    "id": 9001, "rulesetId": 84, "ruleName": "1 point per euro", "validityDuration": "30D",
			    "flags": {"createsNegativeBalance": false}},
			   {"transactionUUID": "5e0a3c1d-2b7f-4c9e-8a6d-0f1e2d3c4b5a", "created": "2026-11-20T08:00:00Z",
			    "programId": 5, "customerSessionId": "cart-0990", "type": "subtraction", "name": "Redeemed for a mug",
			    "startDate": "immediate", "expiryDate": "unlimited", "subledgerId": "", "amount": -40.5, "id": 8990,
			    "rulesetId": 85, "ruleName": "Redeem points", "flags": {"createsNegativeBalance": false}},
			   {"transactionUUID": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "created": "2026-10-01T12:00:00+02:00",
			    "programId": 5, "type": "addition", "name": "Welcome bonus", "startDate": "2026-10-02T00:00:00Z",
			    "expiryDate": "unlimited", "subledgerId": "beans", "amount": 7.5, "id": 8800}
			 ]}
			""";

	/** A card's transactions ({@code getLoyaltyCardTransactions_200_response}), the last page. */
	public static final String CARD_TRANSACTIONS = """
			{"hasMore": false,
			 "data": [
			   {"transactionUUID": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a", "created": "2026-11-29T18:30:00Z",
			    "programId": 125, "cardIdentifier": "card-0042", "customerSessionId": "fuel-77", "type": "addition",
			    "name": "Fuel points", "startDate": "2026-12-06T00:00:00Z", "expiryDate": "2027-11-29T18:30:00Z",
			    "subledgerId": "fuel", "amount": 25, "id": 701, "rulesetId": 91, "ruleName": "Points per litre"}
			 ]}
			""";

	/** A customer's pending points, one addition ({@code getLoyaltyProgramProfilePoints_200_response}). */
	public static final String PROFILE_POINTS = """
			{"hasMore": false,
			 "data": [
			   {"id": 9001, "transactionUUID": "1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11",
			    "created": "2026-11-30T10:15:30Z",
			    "programId": 5, "customerSessionId": "cart-1001", "name": "1 point per euro",
			    "startDate": "2026-12-01T00:00:00Z", "expiryDate": "2027-12-01T00:00:00+01:00", "subledgerId": "",
			    "amount": 10, "validityDuration": "30D"}
			 ]}
			""";

	/** A card's active points, the first of several pages ({@code getLoyaltyCardPoints_200_response}). */
	public static final String CARD_POINTS = """
			{"hasMore": true,
			 "data": [
			   {"id": 640, "transactionUUID": "6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c", "created": "2026-09-01T07:00:00Z",
			    "programId": 125, "customerProfileID": "customer-7", "customerSessionId": "fuel-12",
			    "name": "Fuel points", "startDate": "immediate", "expiryDate": "unlimited", "subledgerId": "fuel",
			    "amount": 18}
			 ]}
			""";

	/** The entries {@code activateLoyaltyPoints} activated ({@code ActivateLoyaltyPointsResponse}). */
	public static final String ACTIVATED_POINTS = """
			{"ledgerEntries": [
			   {"created": "2026-11-30T10:15:30Z", "programID": 5, "customerProfileID": "customer-7",
			    "customerSessionID": "cart-1001", "eventID": 8843, "type": "addition", "amount": 45.93,
			    "startDate": "2026-12-03T09:00:00Z", "expiryDate": "2027-01-02T09:00:00Z", "name": "1 point per euro",
			    "subLedgerID": "", "archived": false, "flags": {"createsNegativeBalance": false},
			    "validityDuration": "30D"},
			   {"created": "2026-11-30T10:15:30Z", "programID": 125, "cardID": 6, "customerSessionID": "cart-1001",
			    "type": "addition", "amount": 5, "name": "Card bonus", "subLedgerID": "fuel", "userID": 499,
			    "flags": {}}
			 ]}
			""";

	/** A loyalty card with its ledgers and linked profile ({@code LoyaltyCard}). */
	public static final String CARD = """
			{"id": 6, "created": "2026-06-10T09:05:27Z", "programID": 125, "programName": "fuel_card",
			 "programTitle": "Fuel card", "status": "active", "blockReason": "", "identifier": "card-0042",
			 "usersPerCardLimit": 2, "profiles": [{"integrationId": "customer-7", "timestamp": "2026-06-10T09:06:00Z"}],
			 "ledger": {"currentBalance": 18, "pendingBalance": 25, "negativeBalance": 4.5, "expiredBalance": 0,
			            "spentBalance": 0, "tentativeCurrentBalance": 18, "tentativePendingBalance": 25,
			            "tentativeNegativeBalance": 4.5},
			 "subledgers": {"fuel": {"currentBalance": 18, "pendingBalance": 0, "expiredBalance": 0,
			                         "spentBalance": 0, "tentativeCurrentBalance": 18}},
			 "modified": "2026-11-30T10:15:30Z", "oldCardIdentifier": "card-0041", "batchId": "cards-2026"}
			""";

	/** A customer's whole inventory: profile, loyalty, referral codes, a coupon wallet, giveaways, achievements. */
	public static final String INVENTORY = """
			{"profile": %s,
			 "loyalty": %s,
			 "referrals": [{"id": 99, "created": "2026-02-06T10:00:00Z", "campaignId": 12,
			                "advocateProfileIntegrationId": "customer-7", "code": "REF-7XK2", "usageCounter": 2,
			                "usageLimit": 0, "startDate": "2026-02-06T10:00:00Z", "attributes": {"source": "app"},
			                "batchId": "r-1", "referredCustomers": ["friend-8", "friend-9"]}],
			 "coupons": [
			   {"id": 6001, "created": "2026-11-01T00:00:00Z", "campaignId": 260, "value": "WALLET-10",
			    "usageLimit": 1, "discountLimit": 10, "reservationLimit": 500, "startDate": "2026-11-01T00:00:00Z",
			    "expiryDate": "2026-12-31T23:59:59+01:00", "usageCounter": 0, "discountCounter": 0,
			    "discountRemainder": 10, "reservationCounter": 230, "attributes": {"channel": "wallet"},
			    "reservation": true, "isReservationMandatory": true, "implicitlyReserved": false,
			    "profileRedemptionCount": 0, "state": "active"},
			   {"id": 5950, "created": "2026-09-01T00:00:00Z", "campaignId": 244, "value": "AUTUMN5", "usageLimit": 1,
			    "usageCounter": 1, "recipientIntegrationId": "customer-7", "profileRedemptionCount": 1,
			    "state": "used"},
			   {"id": 5800, "created": "2026-06-01T00:00:00Z", "campaignId": 230, "value": "SUMMER15",
			    "expiryDate": "2026-08-31T23:59:59Z", "usageCounter": 0, "implicitlyReserved": true,
			    "profileRedemptionCount": 0, "state": "expired"}
			 ],
			 "giveaways": [{"id": 5, "created": "2026-11-30T10:15:30Z", "code": "GIFT-123", "poolId": 2,
			                "startDate": "2026-11-30T00:00:00Z", "endDate": "2027-11-30T00:00:00Z",
			                "attributes": {"value": 25}, "used": false, "importId": 4,
			                "profileIntegrationId": "customer-7", "profileId": 6}],
			 "achievements": [
			   {"status": "inprogress", "progress": 3, "startDate": "2026-10-01T00:00:00Z",
			    "endDate": "2027-10-01T00:00:00Z", "achievementId": 3, "name": "TenCoffees", "title": "Ten coffees",
			    "description": "Buy ten coffees", "campaignId": 261, "target": 10,
			    "achievementRecurrencePolicy": "on_expiration", "achievementActivationPolicy": "fixed_schedule",
			    "achievementFixedStartDate": "2026-01-01T00:00:00Z", "achievementEndDate": "2027-12-31T23:59:59Z",
			    "achievementAllowRollbackAfterCompletion": true},
			   {"status": "completed", "progress": 100.5, "startDate": "2026-03-01T00:00:00Z",
			    "completionDate": "2026-05-20T17:30:00+02:00", "achievementId": 4, "name": "BigSpender",
			    "title": "Big spender", "description": "Spend 100", "campaignId": 261, "target": 100,
			    "achievementRecurrencePolicy": "no_recurrence", "achievementActivationPolicy": "user_action"}
			 ]}
			""".formatted(TalonV2Answers.PROFILE, TalonV2Answers.LOYALTY);

	/** A coupon reserved by {@code createCouponReservation} ({@code Coupon}). */
	public static final String RESERVED_COUPON = """
			{"id": 6001, "created": "2026-11-01T00:00:00Z", "campaignId": 260, "value": "WALLET-10", "usageLimit": 1,
			 "discountLimit": 10, "reservationLimit": 500, "startDate": "2026-11-01T00:00:00Z",
			 "expiryDate": "2026-12-31T23:59:59+01:00", "usageCounter": 0, "discountCounter": 0,
			 "discountRemainder": 10, "reservationCounter": 231, "attributes": {"channel": "wallet"},
			 "reservation": true, "batchId": "w-1", "isReservationMandatory": true, "implicitlyReserved": false}
			""";

	/** The customers who hold a coupon's reservation ({@code getReservedCustomers_200_response}). */
	public static final String RESERVED_CUSTOMERS = """
			{"totalResultSize": 2,
			 "data": [%s,
			          {"id": 7, "created": "2026-02-01T10:00:00Z", "integrationId": "customer-8", "attributes": {},
			           "accountId": 3886, "closedSessions": 0, "totalSales": 0, "lastActivity": "2026-02-01T10:00:00Z",
			           "sandbox": false}]}
			""".formatted(TalonV2Answers.PROFILE);

	/** A customer's achievements, the last page ({@code getCustomerAchievements_200_response}). */
	public static final String ACHIEVEMENTS = """
			{"totalResultSize": 2,
			 "data": [
			   {"id": 3, "created": "2025-12-15T09:00:00Z", "name": "TenCoffees", "title": "Ten coffees",
			    "description": "Buy ten coffees", "target": 10, "period": "1Y",
			    "periodEndOverride": {"month": 12, "dayOfMonth": 31, "hour": 23, "minute": 59, "second": 59},
			    "recurrencePolicy": "on_expiration", "activationPolicy": "fixed_schedule",
			    "fixedStartDate": "2026-01-01T00:00:00Z", "endDate": "2027-12-31T23:59:59Z",
			    "allowRollbackAfterCompletion": true, "campaignId": 261, "status": "active",
			    "currentProgress": {"status": "inprogress", "progress": 3, "startDate": "2026-10-01T00:00:00Z",
			                        "endDate": "2027-10-01T00:00:00Z"}},
			   {"id": 5, "created": "2026-11-01T09:00:00Z", "name": "WinterWalk", "title": "Winter walk",
			    "description": "Visit three stores in December", "target": 3, "period": "30D",
			    "recurrencePolicy": "no_recurrence", "activationPolicy": "user_action", "campaignId": 262,
			    "status": "scheduled"}
			 ]}
			""";

	/** A customer's runs of one achievement ({@code getCustomerAchievementHistory_200_response}). */
	public static final String ACHIEVEMENT_HISTORY = """
			{"totalResultSize": 2,
			 "data": [
			   {"status": "inprogress", "progress": 3, "startDate": "2026-10-01T00:00:00Z",
			    "endDate": "2027-10-01T00:00:00Z"},
			   {"status": "completed", "progress": 10, "startDate": "2025-10-01T00:00:00Z",
			    "completionDate": "2026-02-14T11:00:00+01:00", "endDate": "2026-10-01T00:00:00Z"}
			 ]}
			""";

	/** Codes made for two advocates ({@code createReferralsForMultipleAdvocates_201_response}). */
	public static final String ADVOCATES_REFERRALS = """
			{"totalResultSize": 2,
			 "data": [
			   {"id": 120, "created": "2026-11-30T10:15:30Z", "campaignId": 12,
			    "advocateProfileIntegrationId": "customer-7",
			    "code": "REF-AB1-XY2", "usageCounter": 0, "usageLimit": 3, "startDate": "2026-12-01T00:00:00Z",
			    "expiryDate": "2027-01-01T00:00:00+01:00", "attributes": {"channel": "newsletter"}, "batchId": "r-9"},
			   {"id": 121, "created": "2026-11-30T10:15:30Z", "campaignId": 12,
			    "advocateProfileIntegrationId": "customer-8",
			    "code": "REF-CD3-ZW4", "usageCounter": 0, "usageLimit": 3, "startDate": "2026-12-01T00:00:00Z",
			    "expiryDate": "2027-01-01T00:00:00+01:00", "attributes": {"channel": "newsletter"}, "batchId": "r-9"}
			 ]}
			""";

	/** An audience mirrored from Segment ({@code Audience}). */
	public static final String AUDIENCE = """
			{"accountId": 3886, "id": 42, "created": "2026-11-30T10:15:30Z", "name": "VIP Customers",
			 "sandbox": false, "description": "Customers with high lifetime value",
			 "subscribedApplicationsIds": [322, 323], "integration": "segment", "integrationId": "aud_382370BKDB946",
			 "createdIn3rdParty": true, "lastUpdate": "2026-11-30T10:15:30.5Z"}
			""";

	/** A catalog after a sync ({@code Catalog}). */
	public static final String CATALOG = """
			{"id": 6, "created": "2026-01-05T08:00:00Z", "accountId": 3886, "modified": "2026-11-30T10:15:31Z",
			 "name": "coffee-shop", "description": "Beans, machines and mugs", "subscribedApplicationsIds": [322],
			 "version": 43, "createdBy": 2}
			""";

	/** The best prior prices of two SKUs ({@code BestPriorPriceResponse}). */
	public static final String BEST_PRIOR_PRICES = """
			[
			  {"id": 1, "sku": "COF-1KG", "observedAt": "2026-11-10T23:00:00Z", "contextIds": ["SpringSale"],
			   "contextId": "", "price": 17.99,
			   "metadata": {"influencingCampaignDetails": [{"campaignId": 244, "discountValue": 2.00}],
			                "adjustmentDetails": {"referenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
			                                      "selectedPriceType": "member", "value": 19.99}},
			   "target": {"targetType": "AUDIENCE", "audienceID": 42}},
			  {"id": 2, "sku": "MUG-1", "observedAt": "2026-11-02T10:00:00+01:00", "contextIds": [],
			   "price": 9.5, "metadata": {"influencingCampaignDetails": []}, "target": {}}
			]
			""";

	private TalonV2AccountAnswers() {
	}

	/**
	 * The smallest valid answer of each response schema of these operations.
	 * @param schema the response schema
	 * @return its JSON
	 */
	public static String minimal(String schema) {
		return switch (schema) {
			case "Audience" -> AUDIENCE;
			case "LoyaltyCard" -> CARD;
			case "Coupon" -> RESERVED_COUPON;
			case "Catalog" -> CATALOG;
			case "CustomerInventory", "LoyaltyBalancesWithTiers", "LoyaltyCardBalances",
					"ActivateLoyaltyPointsResponse" ->
				"{}";
			case "BestPriorPriceResponse" -> "[]";
			case "getReservedCustomers_200_response", "getCustomerAchievements_200_response",
					"getCustomerAchievementHistory_200_response", "createReferralsForMultipleAdvocates_201_response" ->
				"{\"totalResultSize\": 0, \"data\": []}";
			case "getLoyaltyProgramProfileTransactions_200_response", "getLoyaltyCardTransactions_200_response",
					"getLoyaltyProgramProfilePoints_200_response", "getLoyaltyCardPoints_200_response",
					"integrationGetAllCampaigns_200_response" ->
				"{\"hasMore\": false, \"data\": []}";
			default -> throw new IllegalArgumentException("no answer of " + schema);
		};
	}

}
