package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonJson;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The constraints of the request models and options of the account, audience, catalog and pricing operations, at
 * their boundaries: every violation is an {@link IllegalArgumentException} whose message starts with the offending
 * field, thrown when the request or the options are built, before any I/O. Also what the options send.
 */
class AccountRequestValidationTests {

	private static final JsonMapper JSON = TalonJson.mapper();

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T10:15:30+01:00");

	private static List<String> ids(String prefix, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(prefix + i);
		}
		return ids;
	}

	@Nested
	class Audiences {

		@Test
		void anAudienceNeedsANameAndItsIdsInAnotherPlatformHaveOneToThousandCharacters() {
			assertThatIllegalArgumentException().isThrownBy(() -> NewAudience.builder(" ").build())
				.withMessage("name must not be null or blank");
			assertThatIllegalArgumentException().isThrownBy(() -> NewAudience.builder("VIP").integrationId("").build())
				.withMessage("integrationId must have 1 to 1000 characters but had 0");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewAudience.builder("VIP").integrationId("x".repeat(1001)).build())
				.withMessage("integrationId must have 1 to 1000 characters but had 1001");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewAudience.builder("VIP").subscribedApplicationsIds(List.of(1L, 1L)).build())
				.withMessageStartingWith("subscribedApplicationsIds must not contain an id twice");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> UpdateAudience.name("VIP").withSubscribedApplicationsIds(List.of(0L)))
				.withMessage("subscribedApplicationsIds[0] must be positive but was 0");
			assertThat(NewAudience.builder("VIP").integration("segment", "aud-1").build().createdIn3rdParty()).isTrue();
		}

		@Test
		void audienceChangesAreOneToThousandCompleteActions() {
			List<CustomerProfileAudienceRequestItem> changes = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				changes.add(CustomerProfileAudienceRequestItem.add("customer-" + i, 42));
			}
			assertThat(CustomerProfileAudienceRequest.of(changes).data()).hasSize(1000);
			changes.add(CustomerProfileAudienceRequestItem.delete("customer-1000", 42));
			assertThatIllegalArgumentException().isThrownBy(() -> CustomerProfileAudienceRequest.of(changes))
				.withMessage("data must have at most 1000 elements but had 1001");
			assertThatIllegalArgumentException().isThrownBy(() -> CustomerProfileAudienceRequest.of(List.of()))
				.withMessage("data must have at least 1 element but had 0");
			assertThatIllegalArgumentException().isThrownBy(() -> CustomerProfileAudienceRequestItem.add("c", 0))
				.withMessage("audienceId must be positive but was 0");
			assertThatIllegalArgumentException().isThrownBy(() -> CustomerProfileAudienceRequestItem.add("", 1))
				.withMessage("profileIntegrationId must not be null or blank");
			assertThat(JSON.writeValueAsString(CustomerProfileAudienceRequestItem.delete("c", 1)))
				.isEqualTo("{\"action\":\"delete\",\"profileIntegrationId\":\"c\",\"audienceId\":1}");
		}

	}

	@Nested
	class Loyalty {

		@Test
		void activationIsBySessionOrByOneToFiftyDistinctTransactionUuidsNeverBoth() {
			assertThatIllegalArgumentException().isThrownBy(() -> new ActivateLoyaltyPoints(null, null))
				.withMessage("exactly one of transactionUUIDs and sessionId must be given");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ActivateLoyaltyPoints(List.of("1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11"), "cart-1"))
				.withMessage("exactly one of transactionUUIDs and sessionId must be given");
			assertThatIllegalArgumentException().isThrownBy(() -> ActivateLoyaltyPoints.ofSession(""))
				.withMessage("sessionId must not be null or blank");
			assertThatIllegalArgumentException().isThrownBy(() -> ActivateLoyaltyPoints.ofTransactions(List.of()))
				.withMessage("transactionUUIDs must have at least 1 element but had 0");
			List<String> fiftyOne = new ArrayList<>();
			for (int i = 0; i < 51; i++) {
				fiftyOne.add(String.format("00000000-0000-4000-8000-%012d", i));
			}
			assertThat(ActivateLoyaltyPoints.ofTransactions(fiftyOne.subList(0, 50)).transactionUUIDs()).hasSize(50);
			assertThatIllegalArgumentException().isThrownBy(() -> ActivateLoyaltyPoints.ofTransactions(fiftyOne))
				.withMessage("transactionUUIDs must have at most 50 elements but had 51");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ActivateLoyaltyPoints.ofTransactions(List.of("1-1-1-1-1")))
				.withMessage("transactionUUIDs[0] must be a UUID but was '1-1-1-1-1'");
			String uuid = "1c2b5c6e-0f4d-4a43-9d3b-7d1c0c3a9e11";
			assertThatIllegalArgumentException().isThrownBy(() -> ActivateLoyaltyPoints.ofTransactions(List.of(uuid,
					uuid)))
				.withMessage("transactionUUIDs must not contain a UUID twice");
		}

		@Test
		void aDeletionNamesItsLedgersExactlyWhenItsScopeNeedsThemAndTheMainLedgerIsEmpty() {
			assertThat(JSON.writeValueAsString(DeleteLoyaltyTransactionsRequest.allSubledgers()))
				.isEqualTo("{\"scope\":\"AllSubledgers\"}");
			assertThat(JSON.writeValueAsString(DeleteLoyaltyTransactionsRequest.selectedSubledgers(List.of(""))))
				.isEqualTo("{\"scope\":\"SelectedSubledgers\",\"subledgerIds\":[\"\"]}");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> DeleteLoyaltyTransactionsRequest.selectedSubledgers(List.of()))
				.withMessage("subledgerIds must have at least 1 element but had 0");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new DeleteLoyaltyTransactionsRequest(
						DeleteLoyaltyTransactionsRequest.Scope.ALL_SUBLEDGERS, List.of("beans")))
				.withMessage("subledgerIds must not be given with scope AllSubledgers");
		}

		@Test
		void aCardIdentifierHasFourToHundredAndEightCharactersOfItsAlphabet() {
			assertThat(GenerateLoyaltyCard.withIdentifier("A.b_9%+@-x").cardIdentifier()).isEqualTo("A.b_9%+@-x");
			assertThat(GenerateLoyaltyCard.withIdentifier("x".repeat(108)).cardIdentifier()).hasSize(108);
			assertThatIllegalArgumentException().isThrownBy(() -> GenerateLoyaltyCard.withIdentifier("abc"))
				.withMessage("cardIdentifier must have 4 to 108 characters but had 3");
			assertThatIllegalArgumentException().isThrownBy(() -> GenerateLoyaltyCard.withIdentifier("x".repeat(109)))
				.withMessage("cardIdentifier must have 4 to 108 characters but had 109");
			assertThatIllegalArgumentException().isThrownBy(() -> GenerateLoyaltyCard.withIdentifier("card 42"))
				.withMessageStartingWith("cardIdentifier must consist of A-Z, a-z, 0-9 and . _ % + @ -");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> GenerateLoyaltyCard.generated().linkedTo(Collections.singletonList(null)))
				.withMessage("customerProfileIds[0] must not be null or blank");
			assertThat(JSON.writeValueAsString(GenerateLoyaltyCard.generated())).isEqualTo("{}");
		}

		@Test
		void couponReservationsAreForOneToThousandCustomers() {
			assertThat(CouponReservations.of(ids("c-", 1000)).integrationIDs()).hasSize(1000);
			assertThatIllegalArgumentException().isThrownBy(() -> CouponReservations.of(ids("c-", 1001)))
				.withMessage("integrationIDs must have at most 1000 elements but had 1001");
			assertThatIllegalArgumentException().isThrownBy(() -> CouponReservations.of(List.of()))
				.withMessage("integrationIDs must have at least 1 element but had 0");
			assertThatIllegalArgumentException().isThrownBy(() -> CouponReservations.of("a", " "))
				.withMessage("integrationIDs[1] must not be null or blank");
			assertThat(JSON.writeValueAsString(CouponReservations.of("a"))).isEqualTo("{\"integrationIDs\":[\"a\"]}");
		}

		@Test
		void referralsForAdvocatesAreForOneToThousandAdvocatesWithThePatternsLimits() {
			assertThat(NewReferralsForMultipleAdvocates.builder(12, ids("a-", 1000)).build()
				.advocateProfileIntegrationIds()).hasSize(1000);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferralsForMultipleAdvocates.builder(12, ids("a-", 1001)).build())
				.withMessage("advocateProfileIntegrationIds must have at most 1000 elements but had 1001");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferralsForMultipleAdvocates.builder(12, List.of()).build())
				.withMessage("advocateProfileIntegrationIds must have at least 1 element but had 0");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferralsForMultipleAdvocates.builder(0, List.of("a")).build())
				.withMessage("campaignId must be positive but was 0");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferralsForMultipleAdvocates.builder(12,
						List.of("a")).referralPattern("##").build())
				.withMessage("referralPattern must have 3 to 100 characters but had 2");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferralsForMultipleAdvocates.builder(12,
						List.of("a")).usageLimit(1_000_000).build())
				.withMessage("usageLimit must be between 0 and 999999 but was 1000000");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferralsForMultipleAdvocates.builder(12, List.of("a"))
					.startDate(NOW)
					.expiryDate(NOW)
					.build())
				.withMessage("expiryDate must be after startDate");
		}

	}

	@Nested
	class Catalogs {

		@Test
		void aSyncIsOneToThousandActionsOfOneTypeEachSkuOnce() {
			CatalogAction add = CatalogAction.of(AddItemCatalogAction.of("A", BigDecimal.ONE));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CatalogSyncRequest.of(add, CatalogAction.remove("B")))
				.withMessage("actions[1].type must be ADD like the first action's (one type of action per request) "
						+ "but was REMOVE");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CatalogSyncRequest.of(add, CatalogAction.of(AddItemCatalogAction.of("A",
						BigDecimal.TEN))))
				.withMessage("actions[1].payload.sku A is synced twice");
			assertThatIllegalArgumentException().isThrownBy(() -> CatalogSyncRequest.of(List.of()))
				.withMessage("actions must have at least 1 element but had 0");
			List<CatalogAction> thousandAndOne = new ArrayList<>();
			for (int i = 0; i <= 1000; i++) {
				thousandAndOne.add(CatalogAction.remove("SKU-" + i));
			}
			assertThat(CatalogSyncRequest.of(thousandAndOne.subList(0, 1000)).actions()).hasSize(1000);
			assertThatIllegalArgumentException().isThrownBy(() -> CatalogSyncRequest.of(thousandAndOne))
				.withMessage("actions must have at most 1000 elements but had 1001");
			assertThatIllegalArgumentException().isThrownBy(() -> CatalogSyncRequest.of(add).onVersion(0))
				.withMessageStartingWith("version must be between 1 and");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new CatalogAction(CatalogAction.Type.PATCH, new RemoveItemCatalogAction("A")))
				.withMessage("type must be REMOVE for a RemoveItemCatalogAction but was PATCH");
		}

		@Test
		void onlySyncsWithoutVersionWhoseEveryActionChangesNothingTheSecondTimeAreRepeatable() {
			CatalogAction replacing = CatalogAction.of(AddItemCatalogAction.of("A", BigDecimal.ONE));
			assertThat(CatalogSyncRequest.of(replacing).repeatable()).isTrue();
			assertThat(CatalogSyncRequest.of(replacing).onVersion(3).repeatable()).isFalse();
			assertThat(CatalogSyncRequest.of(CatalogAction.of(AddItemCatalogAction.of("A", BigDecimal.ONE)
				.withReplaceIfExists(false))).repeatable()).isFalse();
			assertThat(CatalogSyncRequest.of(CatalogAction.of(PatchItemCatalogAction.of("A", Map.of("c", "red"))))
				.repeatable()).isTrue();
			assertThat(CatalogSyncRequest.of(CatalogAction.remove("A")).repeatable()).isFalse();
			assertThat(CatalogSyncRequest.of(CatalogAction.of(RemoveManyItemsCatalogAction.everyItem())).repeatable())
				.isTrue();
			assertThat(CatalogSyncRequest.of(CatalogAction.of(AddPriceAdjustmentCatalogAction.of("A",
					NewPriceAdjustment.of("member", BigDecimal.ONE, "r-1")))).repeatable()).isFalse();
		}

		@Test
		void actionsOnManyItemsNeedAFilterUnlessTheyAreMeantForEveryItem() {
			assertThatIllegalArgumentException().isThrownBy(() -> RemoveManyItemsCatalogAction.matching())
				.withMessage("filters must not be empty: without filters every item is removed");
			assertThatIllegalArgumentException().isThrownBy(() -> PatchManyItemsCatalogAction.matching(Map.of("c",
					"red")))
				.withMessage("filters must not be empty: without filters every item is changed");
			assertThat(JSON.writeValueAsString(RemoveManyItemsCatalogAction.everyItem())).isEqualTo("{\"filters\":[]}");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CatalogActionFilter.of("size", CatalogActionFilter.Op.GT, null))
				.withMessage("value must not be null");
		}

		@Test
		void aPriceAdjustmentAlwaysSendsItsPriceSoThatNullRemovesThePriceType() {
			assertThat(JSON.writeValueAsString(NewPriceAdjustment.removal("staff", "r-1")))
				.isEqualTo("{\"priceType\":\"staff\",\"price\":null,\"referenceId\":\"r-1\"}");
			assertThat(JSON.writeValueAsString(NewPriceAdjustment.of("member", new BigDecimal("0"), "r-2")))
				.isEqualTo("{\"priceType\":\"member\",\"price\":0,\"referenceId\":\"r-2\"}");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewPriceAdjustment.of("member", new BigDecimal("-1"), "r-1"))
				.withMessage("price must not be negative but was -1");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewPriceAdjustment.of("member", BigDecimal.ONE, "r-1").effective(NOW, NOW))
				.withMessage("effectiveUntil must be after effectiveFrom");
		}

		@Test
		void aBestPriorPriceRequestHasSkusAndAPositiveNumberOfDays() {
			assertThat(BestPriorPriceRequest.of(List.of("A"), 30, NOW, BestPriorPriceRequest.TimeframeEndDateType.PRICE)
				.timeframe()).isEqualTo("30");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> BestPriorPriceRequest.of(List.of("A"), 0, NOW,
						BestPriorPriceRequest.TimeframeEndDateType.PRICE))
				.withMessage("timeframe must be a positive number of days but was '0'");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> BestPriorPriceRequest.of(List.of(), 30, NOW,
						BestPriorPriceRequest.TimeframeEndDateType.PRICE))
				.withMessage("skus must have at least 1 element but had 0");
			assertThatIllegalArgumentException().isThrownBy(() -> new BestPriorTarget("AUDIENCE", null))
				.withMessage("audienceID must not be null");
			assertThatIllegalArgumentException().isThrownBy(() -> new BestPriorTarget("NONE", 4L))
				.withMessage("audienceID must only be given with targetType AUDIENCE");
		}

	}

	@Nested
	class Options {

		@Test
		void pagesHaveOneToThousandItemsAndSkipNothingNegative() {
			assertThatIllegalArgumentException().isThrownBy(() -> LoyaltyTransactionsOptions.firstPage(0))
				.withMessage("pageSize must be between 1 and 1000 but was 0");
			assertThatIllegalArgumentException().isThrownBy(() -> LoyaltyPointsOptions.of(null).withPageSize(1001))
				.withMessage("pageSize must be between 1 and 1000 but was 1001");
			assertThatIllegalArgumentException().isThrownBy(() -> GetCustomerAchievementsOptions.defaults().skip(-1))
				.withMessage("skip must not be negative but was -1");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> GetCustomerAchievementHistoryOptions.defaults().between(NOW, NOW.minusDays(1)))
				.withMessage("endDate must not be before startDate");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> GetCustomerAchievementsOptions.defaults().forIds(List.of(0L), List.of()))
				.withMessage("campaignIds[0] must be positive but was 0");
		}

		@Test
		void arraysGoOncePerValueOrCommaSeparatedAsTheSpecSaysAndFlagsOnlyWhenSet() {
			assertThat(new IntegrationGetAllCampaignsOptions(null, null, List.of(1L, 2L), null, null, null, null, null,
					null)
				.queryParameters()).containsExactly(Map.entry("campaignIds", List.of("1,2")));
			assertThat(LoyaltyPointsOptions.of(LoyaltyPointsOptions.Status.EXPIRED).forSubledgers(List.of("a", "b"))
				.sortedBy(LoyaltyPointsOptions.Sort.START_DATE_DESCENDING)
				.queryParameters()).containsExactly(Map.entry("status", List.of("expired")),
						Map.entry("subledgerId", List.of("a", "b")), Map.entry("sort", List.of("-startDate")));
			assertThat(LoyaltyTransactionsOptions.defaults().queryParameters()).isEmpty();
			assertThat(GetCustomerInventoryOptions.none().queryParameters()).isEmpty();
			assertThat(GetCustomerInventoryOptions.none().withCoupons().withLoyalty().queryParameters())
				.containsExactly(Map.entry("coupons", List.of("true")), Map.entry("loyalty", List.of("true")));
			assertThat(GetLoyaltyBalancesOptions.defaults().at(NOW).queryParameters())
				.containsExactly(Map.entry("endDate", List.of("2026-11-30T10:15:30+01:00")));
			assertThat(GetCustomerAchievementsOptions.defaults()
				.withStatus(List.of(GetCustomerAchievementsOptions.AchievementStatus.ACTIVE,
						GetCustomerAchievementsOptions.AchievementStatus.SCHEDULED), List.of())
				.queryParameters()).containsExactly(Map.entry("achievementStatus", List.of("active,scheduled")));
		}

		@Test
		void theNextPageKeepsTheFilters() {
			LoyaltyTransactionsOptions first = LoyaltyTransactionsOptions.builder()
				.loyaltyTransactionType(LoyaltyTransactionType.SESSION)
				.pageSize(10)
				.build();
			assertThat(first.skip(20)).isEqualTo(LoyaltyTransactionsOptions.builder()
				.loyaltyTransactionType(LoyaltyTransactionType.SESSION)
				.pageSize(10)
				.skip(20)
				.build());
		}

	}

}
