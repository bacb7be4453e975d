package dev.talon.spring.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.v2.ActivateLoyaltyPoints;
import dev.talon.spring.client.model.v2.AddItemCatalogAction;
import dev.talon.spring.client.model.v2.AddPriceAdjustmentCatalogAction;
import dev.talon.spring.client.model.v2.BestPriorPriceRequest;
import dev.talon.spring.client.model.v2.BestPriorTarget;
import dev.talon.spring.client.model.v2.CatalogAction;
import dev.talon.spring.client.model.v2.CatalogActionFilter;
import dev.talon.spring.client.model.v2.CatalogSyncRequest;
import dev.talon.spring.client.model.v2.CouponReservations;
import dev.talon.spring.client.model.v2.CustomerProfileAudienceRequest;
import dev.talon.spring.client.model.v2.CustomerProfileAudienceRequestItem;
import dev.talon.spring.client.model.v2.DeleteLoyaltyTransactionsRequest;
import dev.talon.spring.client.model.v2.GenerateLoyaltyCard;
import dev.talon.spring.client.model.v2.GetCustomerAchievementHistoryOptions;
import dev.talon.spring.client.model.v2.GetCustomerAchievementsOptions;
import dev.talon.spring.client.model.v2.GetLoyaltyBalancesOptions;
import dev.talon.spring.client.model.v2.GetLoyaltyCardBalancesOptions;
import dev.talon.spring.client.model.v2.IntegrationGetAllCampaignsOptions;
import dev.talon.spring.client.model.v2.LoyaltyPointsOptions;
import dev.talon.spring.client.model.v2.LoyaltyTransactionType;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import dev.talon.spring.client.model.v2.NewAudience;
import dev.talon.spring.client.model.v2.NewPriceAdjustment;
import dev.talon.spring.client.model.v2.NewReferralsForMultipleAdvocates;
import dev.talon.spring.client.model.v2.PatchItemCatalogAction;
import dev.talon.spring.client.model.v2.PatchManyItemsCatalogAction;
import dev.talon.spring.client.model.v2.Product;
import dev.talon.spring.client.model.v2.RemoveManyItemsCatalogAction;
import dev.talon.spring.client.model.v2.UpdateAudience;

/**
 * Realistic requests of the Integration API operations around a customer's account and the shop's data, shared by
 * the tests: customer-7 in the profile-based loyalty program 5 and with card {@code card-0042} of the card-based
 * program 125, the coupon {@code WALLET-10}, audience 42, catalog 6. The {@code full...} ones carry every field
 * and query parameter the spec allows.
 */
public final class TalonV2AccountRequests {

	/** The profile-based loyalty program. */
	public static final long PROGRAM = 5;

	/** The card-based loyalty program. */
	public static final long CARD_PROGRAM = 125;

	/** The customer's loyalty card. */
	public static final String CARD = "card-0042";

	/** A wallet coupon. */
	public static final String COUPON = "WALLET-10";

	/** The audience. */
	public static final long AUDIENCE = 42;

	/** The catalog. */
	public static final long CATALOG = 6;

	/** The achievement. */
	public static final long ACHIEVEMENT = 3;

	private static final OffsetDateTime NOVEMBER = OffsetDateTime.parse("2026-11-01T00:00:00+01:00");

	private static final OffsetDateTime DECEMBER = OffsetDateTime.parse("2026-12-01T00:00:00.5+01:00");

	private TalonV2AccountRequests() {
	}

	/**
	 * An audience mirrored from Segment, with every field.
	 * @return the audience
	 */
	public static NewAudience fullAudience() {
		return NewAudience.builder("VIP Customers")
			.description("Customers with high lifetime value")
			.sandbox(false)
			.subscribedApplicationsIds(List.of(322L, 323L))
			.integration("segment", "aud_382370BKDB946")
			.lastUpdate(NOVEMBER)
			.build();
	}

	/**
	 * A new name and Applications of the audience.
	 * @return the update
	 */
	public static UpdateAudience audienceUpdate() {
		return UpdateAudience.name("VIP Customers 2027").withSubscribedApplicationsIds(List.of(322L));
	}

	/**
	 * Two customers join the audience, one leaves it.
	 * @return the changes
	 */
	public static CustomerProfileAudienceRequest audienceChanges() {
		return CustomerProfileAudienceRequest.of(CustomerProfileAudienceRequestItem.add("customer-7", AUDIENCE),
				CustomerProfileAudienceRequestItem.add("customer-8", AUDIENCE),
				CustomerProfileAudienceRequestItem.delete("customer-9", AUDIENCE));
	}

	/**
	 * Attributes for every member of the audience.
	 * @return the attributes
	 */
	public static Map<String, Object> audienceAttributes() {
		return Map.of("Segment", "vip", "Discount", new BigDecimal("0.15"));
	}

	/**
	 * Codes for two advocates, with every field.
	 * @return the request
	 */
	public static NewReferralsForMultipleAdvocates fullReferralsForAdvocates() {
		return NewReferralsForMultipleAdvocates.builder(12, List.of("customer-7", "customer-8"))
			.startDate(DECEMBER)
			.expiryDate(DECEMBER.plusMonths(1))
			.usageLimit(3)
			.attribute("channel", "newsletter")
			.validCharacters(List.of("A", "B", "C", "X", "Y", "Z", "1", "2"))
			.referralPattern("REF-###-###")
			.build();
	}

	/**
	 * The customer and a friend hold the wallet coupon.
	 * @return the reservations
	 */
	public static CouponReservations reservations() {
		return CouponReservations.of("customer-7", "customer-8");
	}

	/**
	 * A card with its identifier, inactive, linked to the customer.
	 * @return the card to generate
	 */
	public static GenerateLoyaltyCard fullCard() {
		return GenerateLoyaltyCard.withIdentifier("card-0043")
			.linkedTo(List.of("customer-7"))
			.withStatus(GenerateLoyaltyCard.Status.INACTIVE);
	}

	/**
	 * Activation of the points of two transactions.
	 * @return the activation
	 */
	public static ActivateLoyaltyPoints activationOfTransactions() {
		return ActivateLoyaltyPoints.ofTransactions(
				List.of("1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));
	}

	/**
	 * Deletion from the main ledger and one subledger.
	 * @return the deletion
	 */
	public static DeleteLoyaltyTransactionsRequest deletionFromSubledgers() {
		return DeleteLoyaltyTransactionsRequest.selectedSubledgers(List.of("", "beans"));
	}

	/**
	 * Two items added (replacing items of their SKU), with every field of an added item.
	 * @return the sync, repeatable
	 */
	public static CatalogSyncRequest catalogAdditions() {
		return CatalogSyncRequest.of(
				CatalogAction.of(AddItemCatalogAction.of("COF-1KG", new BigDecimal("19.99"))
					.withAttributes(Map.of("roast", "dark", "weight", 1000))
					.withProduct(Product.of("Espresso"))),
				CatalogAction.of(AddItemCatalogAction.of("MUG-1", new BigDecimal("9.50"))));
	}

	/**
	 * Catalog syncs of every action type, each with every field of its payload, the first on a catalog version.
	 * @return the syncs
	 */
	public static List<CatalogSyncRequest> fullCatalogSyncs() {
		CatalogActionFilter blue = CatalogActionFilter.of("color", CatalogActionFilter.Op.EQ, "blue");
		CatalogActionFilter large = CatalogActionFilter.of("size", CatalogActionFilter.Op.GT, 45);
		return List.of(catalogAdditions().onVersion(42),
				CatalogSyncRequest.of(CatalogAction.of(new PatchItemCatalogAction("COF-1KG", new BigDecimal("18.99"),
						Map.of("roast", "medium"), Product.of("Espresso"), true))),
				CatalogSyncRequest.of(CatalogAction.of(new PatchManyItemsCatalogAction(new BigDecimal("0"),
						List.of(blue, large), Map.of("color", "red")))),
				CatalogSyncRequest.of(CatalogAction.remove("JUG-350")),
				CatalogSyncRequest.of(CatalogAction.of(RemoveManyItemsCatalogAction.matching(large,
						CatalogActionFilter.of("origin", CatalogActionFilter.Op.IN, "de,at")))),
				CatalogSyncRequest.of(CatalogAction.of(AddPriceAdjustmentCatalogAction.of("COF-1KG",
						NewPriceAdjustment.of("member", new BigDecimal("17.49"), "68851723-e6fa-488f-ace9-112581e6c19b")
							.effective(NOVEMBER, DECEMBER)
							.calculated(NOVEMBER.minusDays(1), "Winter2026"),
						NewPriceAdjustment.removal("staff", "7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b")))));
	}

	/**
	 * The best prior price of two SKUs in the 30 days before the current sale, for the audience.
	 * @return the request
	 */
	public static BestPriorPriceRequest fullBestPriorPrice() {
		return BestPriorPriceRequest.of(List.of("COF-1KG", "MUG-1"), 30, DECEMBER,
				BestPriorPriceRequest.TimeframeEndDateType.SALE).forTarget(BestPriorTarget.audience(AUDIENCE));
	}

	/**
	 * Balances at a time, of one subledger, with tiers and the projected tier.
	 * @return the options
	 */
	public static GetLoyaltyBalancesOptions fullBalancesOptions() {
		return GetLoyaltyBalancesOptions.defaults().at(DECEMBER).forSubledger("beans").withTiers().withProjectedTier();
	}

	/**
	 * Card balances at a time, of two subledgers.
	 * @return the options
	 */
	public static GetLoyaltyCardBalancesOptions fullCardBalancesOptions() {
		return GetLoyaltyCardBalancesOptions.defaults().at(DECEMBER).forSubledgers(List.of("beans", "fuel"));
	}

	/**
	 * Transactions with every filter: of the given subledgers, made in sessions, awaiting activation, in a period.
	 * @param subledgerIds the subledgers (one for a profile's transactions)
	 * @return the options
	 */
	public static LoyaltyTransactionsOptions fullTransactionsOptions(List<String> subledgerIds) {
		return LoyaltyTransactionsOptions.builder()
			.subledgerIds(subledgerIds)
			.loyaltyTransactionType(LoyaltyTransactionType.SESSION)
			.between(NOVEMBER, DECEMBER)
			.customerSessionIds(List.of("cart-1001", "cart 1002/b"))
			.transactionUuids(List.of("1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11"))
			.pageSize(100)
			.skip(200)
			.awaitingActivation()
			.build();
	}

	/**
	 * Pending points with every filter, the latest to expire first.
	 * @return the options
	 */
	public static LoyaltyPointsOptions fullPointsOptions() {
		return LoyaltyPointsOptions.of(LoyaltyPointsOptions.Status.PENDING)
			.forSubledgers(List.of("beans", "fuel"))
			.addedBy(List.of("cart-1001"), List.of("1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11"))
			.withPageSize(25)
			.sortedBy(LoyaltyPointsOptions.Sort.EXPIRY_DATE_DESCENDING)
			.skip(50);
	}

	/**
	 * Achievements with every filter.
	 * @return the options
	 */
	public static GetCustomerAchievementsOptions fullAchievementsOptions() {
		return GetCustomerAchievementsOptions.defaults()
			.forIds(List.of(261L, 262L), List.of(3L, 5L))
			.withStatus(List.of(GetCustomerAchievementsOptions.AchievementStatus.ACTIVE,
					GetCustomerAchievementsOptions.AchievementStatus.SCHEDULED),
					List.of(GetCustomerAchievementsOptions.ProgressStatus.IN_PROGRESS,
							GetCustomerAchievementsOptions.ProgressStatus.NOT_STARTED))
			.withPageSize(10)
			.skip(10);
	}

	/**
	 * An achievement's history with every filter.
	 * @return the options
	 */
	public static GetCustomerAchievementHistoryOptions fullAchievementHistoryOptions() {
		return GetCustomerAchievementHistoryOptions.defaults()
			.withStatus(List.of(GetCustomerAchievementHistoryOptions.ProgressStatus.COMPLETED,
					GetCustomerAchievementHistoryOptions.ProgressStatus.EXPIRED))
			.between(NOVEMBER.minusYears(1), DECEMBER)
			.withPageSize(5)
			.skip(5);
	}

	/**
	 * Campaigns with every filter.
	 * @return the options
	 */
	public static IntegrationGetAllCampaignsOptions fullCampaignsOptions() {
		return new IntegrationGetAllCampaignsOptions(20, 40L, List.of(244L, 245L), NOVEMBER.minusMonths(1), DECEMBER,
				NOVEMBER, DECEMBER.plusYears(1), 7L, AUDIENCE);
	}

}
