package dev.talon.spring.client;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.model.v2.AchievementProgress;
import dev.talon.spring.client.model.v2.AchievementProgressWithDefinition;
import dev.talon.spring.client.model.v2.AchievementStatusEntry;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPointsResponse;
import dev.talon.spring.client.model.v2.Audience;
import dev.talon.spring.client.model.v2.BestPriorPrice;
import dev.talon.spring.client.model.v2.BestPriorPriceMetadata;
import dev.talon.spring.client.model.v2.Catalog;
import dev.talon.spring.client.model.v2.Coupon;
import dev.talon.spring.client.model.v2.CreateReferralsForMultipleAdvocatesOptions;
import dev.talon.spring.client.model.v2.CustomerInventory;
import dev.talon.spring.client.model.v2.CustomerProfile;
import dev.talon.spring.client.model.v2.GetCustomerAchievementHistoryOptions;
import dev.talon.spring.client.model.v2.GetCustomerAchievementsOptions;
import dev.talon.spring.client.model.v2.GetCustomerInventoryOptions;
import dev.talon.spring.client.model.v2.LedgerPointsEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LedgerTransactionLogEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LoyaltyBalance;
import dev.talon.spring.client.model.v2.LoyaltyBalancesWithTiers;
import dev.talon.spring.client.model.v2.LoyaltyCard;
import dev.talon.spring.client.model.v2.LoyaltyCardBalances;
import dev.talon.spring.client.model.v2.LoyaltyCardProfileRegistration;
import dev.talon.spring.client.model.v2.LoyaltyCardRegistration;
import dev.talon.spring.client.model.v2.LoyaltyLedgerEntry;
import dev.talon.spring.client.model.v2.LoyaltyPointsOptions;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import dev.talon.spring.client.model.v2.Page;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.EventV3;
import dev.talon.spring.client.model.v2.IntegrationCustomerSessionResponse;
import dev.talon.spring.client.model.v2.IntegrationEventV2Response;
import dev.talon.spring.client.model.v2.IntegrationEventV3Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.client.model.v2.ReopenSessionResponse;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerProfilesV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import dev.talon.spring.client.model.v2.effect.AddLoyaltyPointsEffectProps;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.GenericEffectProps;
import dev.talon.spring.client.model.v2.effect.RejectCouponEffectProps;
import dev.talon.spring.spec.TalonApiSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realistic answers of today's Integration API read fully through the client: each answer ({@link TalonV2Answers}) is
 * first validated against its response schema in the 2026 spec ({@link TalonApiSpec#responseViolations}), so that the
 * fixture itself is what Talon.One may answer, then served by WireMock on loopback to the real client, and what the
 * client returns is written back to JSON and compared with the answer, value by value: nothing the models declare is
 * lost (dates are compared as instants, numbers by value, empty lists and maps may be left out). The only values not
 * read are those of {@code Campaign} that its Javadoc leaves out (statistics, limits, revisions). Where real answers
 * lack what the spec requires, the fixture says so and the violations are exactly those.
 */
class ResponseContractV2Tests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final JsonMapper JSON = TalonJson.mapper();

	/** What {@code Campaign} does not read (its Javadoc: a lenient subset without statistics, limits, revisions). */
	private static final Set<String> NOT_READ_OF_A_CAMPAIGN = Set.of("reevaluateOnReturn", "limits",
			"couponRedemptionCount", "discountCount", "discountEffectCount", "storesImported", "updated");

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static TalonApiSpec spec;

	@BeforeAll
	static void loadSpec() {
		spec = TalonApiSpec.v2();
	}

	// ---------------------------------------------------------------------------------------------------------
	// updateCustomerSessionV2: an answer for every responseContent value, and one with all of them
	// ---------------------------------------------------------------------------------------------------------

	@ParameterizedTest
	@EnumSource(IntegrationRequest.ResponseContent.class)
	void eachPartOfASessionUpdatesAnswerIsReadFully(IntegrationRequest.ResponseContent part) {
		String answer = TalonV2Answers.sessionAnswer(part);
		// campaignEligibility is answered to dry runs only
		UpdateCustomerSessionV2Options options = (part == IntegrationRequest.ResponseContent.CAMPAIGN_ELIGIBILITY)
				? UpdateCustomerSessionV2Options.dryRun() : UpdateCustomerSessionV2Options.defaults();

		IntegrationStateV2 state = serve("IntegrationStateV2", answer, (client) -> client.updateCustomerSessionV2(
				"cart-1001", IntegrationRequest.of(TalonV2Requests.fullSession(CustomerSessionState.OPEN), part),
				options));

		assertReadFully(answer, state);
		assertCheckoutEffects(state);
		assertThat(JSON.valueToTree(state).has(part.value())).as("the part %s", part.value()).isTrue();
	}

	@Test
	void aSessionUpdatesAnswerWithEveryPartIsReadFully() {
		String answer = TalonV2Answers.sessionAnswer(IntegrationRequest.ResponseContent.values());

		IntegrationStateV2 state = serve("IntegrationStateV2", answer,
				(client) -> client.updateCustomerSessionV2("cart-1001", IntegrationRequest.of(
						TalonV2Requests.fullSession(CustomerSessionState.OPEN), IntegrationRequest.ResponseContent.values()),
						UpdateCustomerSessionV2Options.dryRun()));

		assertReadFully(answer, state);
		assertCheckoutEffects(state);
		assertThat(state.customerSession().cartItems()).satisfiesExactly(
				(espresso) -> assertThat(espresso.position()).isZero(),
				(jug) -> {
					assertThat(jug.price()).as("a free item keeps its zero price").isEqualByComparingTo("0");
					assertThat(jug.position()).isEqualTo(1);
				});
		assertThat(state.customerSession().total()).isEqualByComparingTo("45.93");
		assertThat(state.customerSession().cartItemAdditionalCostTotal()).isEqualByComparingTo("1.00");
		assertThat(state.loyalty().programs().get("5").ledger().tentativeCurrentBalance())
			.isEqualByComparingTo("145.93");
		assertThat(state.event().ledgerEntries()).singleElement()
			.satisfies((entry) -> assertThat(entry.amount()).isEqualByComparingTo("45"));
		assertThat(state.coupons()).singleElement()
			.satisfies((coupon) -> assertThat(coupon.discountRemainder()).isEqualByComparingTo("50"));
		assertThat(state.previousReturns()).singleElement()
			.satisfies((previous) -> assertThat(previous.returnedCartItems()).singleElement()
				.satisfies((item) -> assertThat(item.position()).isZero()));
		assertThat(state.campaignEligibility()).singleElement()
			.satisfies((eligibility) -> assertThat(eligibility.path("name").asString()).isEqualTo("Winter sale"));
	}

	// ---------------------------------------------------------------------------------------------------------
	// The other operations
	// ---------------------------------------------------------------------------------------------------------

	@Test
	void getCustomerSessionsAnswerIsReadFully() {
		String answer = TalonV2Answers.sessionReadAnswer();

		IntegrationCustomerSessionResponse read = serve("IntegrationCustomerSessionResponse", answer,
				(client) -> client.getCustomerSession("cart-1001"));

		assertReadFully(answer, read);
		assertThat(read.customerSession().state()).isEqualTo(CustomerSessionState.CLOSED);
		assertThat(read.discounts()).containsEntry("10% off", new BigDecimal("3.998"));
	}

	@Test
	void reopenCustomerSessionsAnswerIsReadFully() {
		String answer = TalonV2Answers.reopenAnswer();

		ReopenSessionResponse reopened = serve("ReopenSessionResponse", answer,
				(client) -> client.reopenCustomerSession("cart-1001"));

		assertReadFully(answer, reopened);
		assertThat(reopened.effects()).extracting(Effect::effectType)
			.containsExactly("rollbackCoupon", "rollbackDiscount", "rollbackAddedLoyaltyPoints");
		assertThat(reopened.effects()).allSatisfy(
				(effect) -> assertThat(effect.props()).as(effect.effectType()).isNotInstanceOf(GenericEffectProps.class));
	}

	@Test
	void returnCartItemsAnswerIsReadFully() {
		String answer = TalonV2Answers.returnAnswer();

		IntegrationStateV2 returned = serve("IntegrationStateV2", answer,
				(client) -> client.returnCartItems("cart-1001", TalonV2Requests.itemReturn()));

		assertReadFully(answer, returned);
		assertThat(returned.customerSession().state()).isEqualTo(CustomerSessionState.PARTIALLY_RETURNED);
		assertThat(returned.customerSession().cartItems().get(0).returnedQuantity()).isEqualTo(1);
		assertThat(returned.customerSession().cartItems().get(0).remainingQuantity()).isEqualTo(1);
		assertThat(returned.processedReturn().returnedCartItems()).singleElement()
			.satisfies((item) -> assertThat(item.sku()).isEqualTo("COF-1KG"));
		assertThat(returned.effects()).extracting(Effect::effectType).contains("rollbackAddedLoyaltyPoints");
	}

	@Test
	void updateCustomerProfileV2sAnswerIsReadFully() {
		String answer = TalonV2Answers.profileAnswer();

		CustomerProfileIntegrationResponseV2 profile = serve("CustomerProfileIntegrationResponseV2", answer,
				(client) -> client.updateCustomerProfileV2("customer-7", TalonV2Requests.fullProfile(),
						UpdateCustomerProfileV2Options.withRuleEngine()));

		assertReadFully(answer, profile);
		assertThat(profile.customerProfile().totalSales()).isEqualByComparingTo("149.85");
		assertThat(profile.event().type()).isEqualTo("talon_profile_updated");
		assertThat(profile.createdCoupons()).singleElement()
			.satisfies((coupon) -> assertThat(coupon.value()).isEqualTo("THANKS-7K2Q"));
	}

	@Test
	void updateCustomerProfilesV2sAnswerIsReadFully() {
		String answer = TalonV2Answers.profilesAnswer();

		MultipleCustomerProfileIntegrationResponseV2 profiles = serve("MultipleCustomerProfileIntegrationResponseV2",
				answer, (client) -> client.updateCustomerProfilesV2(TalonV2Requests.profiles(2)));

		assertReadFully(answer, profiles);
		assertThat(profiles.integrationStates()).extracting((state) -> state.customerProfile().integrationId())
			.containsExactly("customer-7", "customer-8");
	}

	@Test
	void trackEventV2sAnswerIsReadFully() {
		String answer = TalonV2Answers.eventV2Answer();

		IntegrationEventV2Response event = serve("IntegrationEventV2Response", answer,
				(client) -> client.trackEventV2(TalonV2Requests.fullEvent()));

		assertReadFully(answer, event);
		assertCheckoutEffects(event.effects());
		assertThat(event.event().type()).isEqualTo("newsletter_signup");
		assertThat(event.createdReferrals()).singleElement()
			.satisfies((referral) -> assertThat(referral.code()).isEqualTo("REF-NEW1"));
	}

	@Test
	void trackEventV3sAnswerIsReadFully() {
		String answer = TalonV2Answers.eventV3Answer();

		IntegrationEventV3Response event = serve("IntegrationEventV3Response", answer,
				(client) -> client.trackEventV3(TalonV2Requests.fullAdvancedEvent("review-8812")));

		assertReadFully(answer, event);
		assertThat(event.advancedEvent().integrationId()).isEqualTo("review-8812");
		assertThat(event.advancedEvent().connectedSessionId()).isEqualTo("cart-1001");
		assertThat(event.advancedEvent().props(AddLoyaltyPointsEffectProps.class)).singleElement()
			.satisfies((points) -> assertThat(points.value()).isEqualByComparingTo("10"));
	}

	@Test
	void getEventV3sAnswerIsReadFully() {
		String answer = TalonV2Answers.ADVANCED_EVENT;

		EventV3 event = serve("EventV3", answer, (client) -> client.getEventV3("review-8812"));

		assertReadFully(answer, event);
		assertThat(event.created()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:00:00.5Z"));
		assertThat(event.attributes()).containsEntry("stars", 5);
	}

	@Test
	void createReferralsAnswerIsReadFully() {
		String answer = TalonV2Answers.CREATED_REFERRAL;

		Referral referral = serve("Referral", answer, (client) -> client.createReferral(TalonV2Requests.fullReferral()));

		assertReadFully(answer, referral);
		assertThat(referral.expiryDate().toInstant()).isEqualTo("2026-12-31T23:00:00Z");
	}

	// ---------------------------------------------------------------------------------------------------------
	// The account's and the shop's data
	// ---------------------------------------------------------------------------------------------------------

	@Test
	void getLoyaltyBalancesAnswerIsReadFullyWithEveryKindOfPoints() {
		String answer = TalonV2AccountAnswers.LOYALTY_BALANCES;

		LoyaltyBalancesWithTiers balances = serve("LoyaltyBalancesWithTiers", answer,
				(client) -> client.getLoyaltyBalances(5, "customer-7", TalonV2AccountRequests.fullBalancesOptions()));

		assertReadFully(answer, balances);
		LoyaltyBalance balance = balances.balance();
		assertThat(balance.activePoints()).isEqualByComparingTo("145.93");
		assertThat(balance.pendingPoints()).isEqualByComparingTo("10");
		assertThat(balance.spentPoints()).isEqualByComparingTo("40.5");
		assertThat(balance.expiredPoints()).isEqualByComparingTo("3");
		assertThat(balance.negativePoints()).isZero();
		assertThat(balance.currentTier().name()).isEqualTo("Gold");
		assertThat(balance.projectedTier().projectedTierName()).isEqualTo("Silver");
		assertThat(balances.subledgerBalances().get("beans").activePoints()).isEqualByComparingTo("7.5");
	}

	@Test
	void getLoyaltyCardBalancesAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.CARD_BALANCES;

		LoyaltyCardBalances balances = serve("LoyaltyCardBalances", answer,
				(client) -> client.getLoyaltyCardBalances(125, "card-0042"));

		assertReadFully(answer, balances);
		assertThat(balances.balance().negativePoints()).isEqualByComparingTo("4.5");
		assertThat(balances.balance().activePoints()).as("negative points imply no active ones").isZero();
		assertThat(balances.profiles()).extracting(LoyaltyCardProfileRegistration::integrationId)
			.containsExactly("customer-7");
	}

	@Test
	void getLoyaltyProgramProfileTransactionsAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.PROFILE_TRANSACTIONS;

		Page<LedgerTransactionLogEntryIntegrationAPI> page = serve("getLoyaltyProgramProfileTransactions_200_response",
				answer, (client) -> client.getLoyaltyProgramProfileTransactions(5, "customer-7",
						LoyaltyTransactionsOptions.defaults()));

		assertReadFully(answer, page);
		assertThat(page.hasMore()).isTrue();
		assertThat(page.data()).satisfiesExactly((pending) -> {
			assertThat(pending.awaitsAction()).isTrue();
			assertThat(pending.startTime()).isEmpty();
			assertThat(pending.expiryTime()).hasValue(OffsetDateTime.parse("2027-12-01T00:00:00+01:00"));
			assertThat(pending.flags().createsNegativeBalance()).isFalse();
		}, (spent) -> {
			assertThat(spent.type()).isEqualTo("subtraction");
			assertThat(spent.amount()).isEqualByComparingTo("-40.5");
			assertThat(spent.expiryTime()).as("unlimited").isEmpty();
		}, (welcome) -> {
			assertThat(welcome.startTime()).hasValue(OffsetDateTime.parse("2026-10-02T00:00:00Z"));
			assertThat(welcome.subledgerId()).isEqualTo("beans");
		});
	}

	@Test
	void getLoyaltyCardTransactionsAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.CARD_TRANSACTIONS;

		Page<LedgerTransactionLogEntryIntegrationAPI> page = serve("getLoyaltyCardTransactions_200_response", answer,
				(client) -> client.getLoyaltyCardTransactions(125, "card-0042", LoyaltyTransactionsOptions.defaults()));

		assertReadFully(answer, page);
		assertThat(page.hasMore()).isFalse();
		assertThat(page.data()).singleElement()
			.satisfies((entry) -> assertThat(entry.cardIdentifier()).isEqualTo("card-0042"));
	}

	@Test
	void getLoyaltyProgramProfilePointsAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.PROFILE_POINTS;

		Page<LedgerPointsEntryIntegrationAPI> page = serve("getLoyaltyProgramProfilePoints_200_response", answer,
				(client) -> client.getLoyaltyProgramProfilePoints(5, "customer-7",
						LoyaltyPointsOptions.of(LoyaltyPointsOptions.Status.PENDING)));

		assertReadFully(answer, page);
		assertThat(page.data()).singleElement().satisfies((pending) -> {
			assertThat(pending.amount()).isEqualByComparingTo("10");
			assertThat(pending.startTime()).hasValue(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
		});
	}

	@Test
	void getLoyaltyCardPointsAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.CARD_POINTS;

		Page<LedgerPointsEntryIntegrationAPI> page = serve("getLoyaltyCardPoints_200_response", answer,
				(client) -> client.getLoyaltyCardPoints(125, "card-0042", LoyaltyPointsOptions.of(null)));

		assertReadFully(answer, page);
		assertThat(page.data()).singleElement().satisfies((active) -> {
			assertThat(active.customerProfileID()).isEqualTo("customer-7");
			assertThat(active.startTime()).as("immediate").isEmpty();
			assertThat(active.expiryTime()).as("unlimited").isEmpty();
		});
	}

	@Test
	void activateLoyaltyPointsAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.ACTIVATED_POINTS;

		ActivateLoyaltyPointsResponse activated = serve("ActivateLoyaltyPointsResponse", answer,
				(client) -> client.activateLoyaltyPoints(5, TalonV2AccountRequests.activationOfTransactions()));

		assertReadFully(answer, activated);
		assertThat(activated.ledgerEntries()).extracting(LoyaltyLedgerEntry::programID).containsExactly(5L, 125L);
		assertThat(activated.ledgerEntries().get(0).amount()).isEqualByComparingTo("45.93");
	}

	/** The spec's examples write an entry's flags and a price's adjustment details as "": read as empty. */
	@Test
	void flagsAndAdjustmentDetailsWrittenAsTheSpecsExamplesWriteThemAreRead() {
		String entry = "{\"created\": \"2021-07-20T22:00:00Z\", \"programID\": 5, \"type\": \"addition\", "
				+ "\"amount\": 100, \"name\": \"Add points on purchase\", \"subLedgerID\": \"\", \"flags\": \"\"}";
		assertThat(spec.responseViolations("LoyaltyLedgerEntry", entry)).as("the spec's own example form")
			.singleElement().asString().startsWith("/flags");
		assertThat(JSON.readValue(entry, LoyaltyLedgerEntry.class).flags().createsNegativeBalance()).isNull();
		BestPriorPriceMetadata metadata = JSON.readValue(
				"{\"influencingCampaignDetails\": [], \"adjustmentDetails\": \"\"}", BestPriorPriceMetadata.class);
		assertThat(metadata.adjustmentDetails().referenceId()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "generateLoyaltyCard", "linkLoyaltyCardToProfile", "unlinkLoyaltyCardFromProfile" })
	void loyaltyCardAnswersAreReadFully(String operation) {
		String answer = TalonV2AccountAnswers.CARD;
		LoyaltyCardRegistration customer = LoyaltyCardRegistration.of("customer-7");

		LoyaltyCard card = serve("LoyaltyCard", answer, (client) -> switch (operation) {
			case "generateLoyaltyCard" -> client.generateLoyaltyCard(125, TalonV2AccountRequests.fullCard());
			case "linkLoyaltyCardToProfile" -> client.linkLoyaltyCardToProfile(125, "card-0042", customer);
			default -> client.unlinkLoyaltyCardFromProfile(125, "card-0042", customer);
		});

		assertReadFully(answer, card);
		assertThat(card.ledger().negativeBalance()).isEqualByComparingTo("4.5");
		assertThat(card.profiles()).singleElement()
			.satisfies((profile) -> assertThat(profile.integrationId()).isEqualTo("customer-7"));
	}

	@Test
	void getCustomerInventoryAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.INVENTORY;

		CustomerInventory inventory = serve("CustomerInventory", answer,
				(client) -> client.getCustomerInventory("customer-7", GetCustomerInventoryOptions.all()));

		assertReadFully(answer, inventory);
		assertThat(inventory.profile().integrationId()).isEqualTo("customer-7");
		assertThat(inventory.coupons()).extracting(Coupon::value, Coupon::state).containsExactly(
				org.assertj.core.groups.Tuple.tuple("WALLET-10", "active"),
				org.assertj.core.groups.Tuple.tuple("AUTUMN5", "used"),
				org.assertj.core.groups.Tuple.tuple("SUMMER15", "expired"));
		assertThat(inventory.referrals()).singleElement()
			.satisfies((referral) -> assertThat(referral.referredCustomers()).containsExactly("friend-8", "friend-9"));
		assertThat(inventory.loyalty().program(5)).hasValueSatisfying(
				(program) -> assertThat(program.ledger().currentBalance()).isEqualByComparingTo("100"));
		assertThat(inventory.achievements()).extracting(AchievementProgressWithDefinition::status)
			.containsExactly("inprogress", "completed");
		assertThat(inventory.giveaways()).singleElement()
			.satisfies((giveaway) -> assertThat(giveaway.code()).isEqualTo("GIFT-123"));
	}

	@Test
	void createCouponReservationAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.RESERVED_COUPON;

		Coupon coupon = serve("Coupon", answer,
				(client) -> client.createCouponReservation("WALLET-10", TalonV2AccountRequests.reservations()));

		assertReadFully(answer, coupon);
		assertThat(coupon.reservationCounter()).isEqualByComparingTo("231");
		assertThat(coupon.isReservationMandatory()).isTrue();
	}

	@Test
	void getReservedCustomersAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.RESERVED_CUSTOMERS;

		Page<CustomerProfile> customers = serve("getReservedCustomers_200_response", answer,
				(client) -> client.getReservedCustomers("WALLET-10"));

		assertReadFully(answer, customers);
		assertThat(customers.totalResultSize()).isEqualTo(2);
		assertThat(customers.data()).extracting(CustomerProfile::integrationId).containsExactly("customer-7",
				"customer-8");
	}

	@Test
	void getCustomerAchievementsAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.ACHIEVEMENTS;

		Page<AchievementStatusEntry> achievements = serve("getCustomerAchievements_200_response", answer,
				(client) -> client.getCustomerAchievements("customer-7", GetCustomerAchievementsOptions.defaults()));

		assertReadFully(answer, achievements);
		assertThat(achievements.data()).satisfiesExactly((started) -> {
			assertThat(started.currentProgress().progress()).isEqualByComparingTo("3");
			assertThat(started.periodEndOverride().month()).isEqualTo(12);
		}, (scheduled) -> assertThat(scheduled.currentProgress()).isNull());
	}

	@Test
	void getCustomerAchievementHistoryAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.ACHIEVEMENT_HISTORY;

		Page<AchievementProgress> history = serve("getCustomerAchievementHistory_200_response", answer,
				(client) -> client.getCustomerAchievementHistory("customer-7", 3,
						GetCustomerAchievementHistoryOptions.defaults()));

		assertReadFully(answer, history);
		assertThat(history.data()).extracting(AchievementProgress::status).containsExactly("inprogress", "completed");
	}

	@Test
	void createReferralsForMultipleAdvocatesAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.ADVOCATES_REFERRALS;

		Page<Referral> referrals = serve("createReferralsForMultipleAdvocates_201_response", answer,
				(client) -> client
					.createReferralsForMultipleAdvocates(TalonV2AccountRequests.fullReferralsForAdvocates()));

		assertReadFully(answer, referrals);
		assertThat(referrals.data()).extracting(Referral::code).containsExactly("REF-AB1-XY2", "REF-CD3-ZW4");
	}

	@ParameterizedTest
	@ValueSource(strings = { "createAudienceV2", "updateAudienceV2" })
	void audienceAnswersAreReadFully(String operation) {
		String answer = TalonV2AccountAnswers.AUDIENCE;

		Audience audience = serve("Audience", answer,
				(client) -> operation.equals("createAudienceV2")
						? client.createAudienceV2(TalonV2AccountRequests.fullAudience())
						: client.updateAudienceV2(42, TalonV2AccountRequests.audienceUpdate()));

		assertReadFully(answer, audience);
		assertThat(audience.id()).isEqualTo(42);
		assertThat(audience.subscribedApplicationsIds()).containsExactly(322L, 323L);
	}

	@Test
	void syncCatalogAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.CATALOG;

		Catalog catalog = serve("Catalog", answer,
				(client) -> client.syncCatalog(6, TalonV2AccountRequests.catalogAdditions()));

		assertReadFully(answer, catalog);
		assertThat(catalog.version()).isEqualTo(43);
	}

	@Test
	void bestPriorPriceAnswerIsReadFully() {
		String answer = TalonV2AccountAnswers.BEST_PRIOR_PRICES;

		List<BestPriorPrice> prices = serve("BestPriorPriceResponse", answer,
				(client) -> client.bestPriorPrice(TalonV2AccountRequests.fullBestPriorPrice()));

		assertReadFully(answer, prices);
		assertThat(prices).extracting(BestPriorPrice::sku).containsExactly("COF-1KG", "MUG-1");
		assertThat(prices.get(0).price()).isEqualByComparingTo("17.99");
		assertThat(prices.get(0).metadata().influencingCampaignDetails()).singleElement()
			.satisfies((campaign) -> assertThat(campaign.discountValue()).isEqualByComparingTo("2.00"));
		assertThat(prices.get(0).target().path("audienceID").asInt()).isEqualTo(42);
	}

	/**
	 * The operations without answer complete empty on the spec's success (204, or {@code joinLoyaltyProgram}'s 200
	 * without content), and also when a 2xx carries a body nobody reads.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "deleteCustomerData", "deleteCouponReservation", "joinLoyaltyProgram",
			"deleteLoyaltyTransactionsFromLedgers", "deleteAudienceV2", "deleteAudienceMembershipsV2",
			"updateCustomerProfileAudiences", "updateAudienceCustomersAttributes" })
	void operationsWithoutAnswerCompleteEmpty(String operation) {
		Map.Entry<Integer,
				String> success = spec.operation(operation).orElseThrow().responseSchemas().entrySet().stream()
			.filter((response) -> response.getKey() / 100 == 2)
			.findFirst()
			.orElseThrow();
		assertThat(success.getValue()).as("the spec declares no answer").isNull();
		TalonOperation talonOperation = Arrays.stream(TalonOperation.values())
			.filter((candidate) -> candidate.operationName().equals(operation))
			.findFirst()
			.orElseThrow();
		TalonIntegrationClient client = client();

		for (var response : List.of(aResponse().withStatus(success.getKey()),
				aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("OK"))) {
			wireMock.resetAll();
			wireMock.stubFor(any(anyUrl()).willReturn(response));
			assertThat(TalonV2Requests.calls().get(talonOperation).apply(client).hasElement().block(TIMEOUT)).isFalse();
			assertThat(wireMock.getAllServeEvents()).hasSize(1);
		}
	}

	/** Talon.One answers a silent call with 204 and no body: the call completes empty. */
	@ParameterizedTest
	@ValueSource(strings = { "updateCustomerProfilesV2", "trackEventV2", "trackEventV3",
			"createReferralsForMultipleAdvocates" })
	void silentCallsCompleteEmptyOnTheirNoContentAnswer(String operation) {
		assertThat(spec.operation(operation).orElseThrow().responseSchemas()).as("the spec's 204")
			.containsKey((operation.equals("trackEventV3")) ? 200 : 204);
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		TalonIntegrationClient client = client();

		Mono<?> call = switch (operation) {
			case "updateCustomerProfilesV2" -> client.updateCustomerProfilesV2(TalonV2Requests.profiles(3),
					UpdateCustomerProfilesV2Options.withoutAnswer());
			case "trackEventV2" -> client.trackEventV2(TalonV2Requests.fullEvent(), TrackEventOptions.withoutAnswer());
			case "createReferralsForMultipleAdvocates" -> client.createReferralsForMultipleAdvocates(
					TalonV2AccountRequests.fullReferralsForAdvocates(),
							CreateReferralsForMultipleAdvocatesOptions.withoutAnswer());
			default -> client.trackEventV3(TalonV2Requests.fullAdvancedEvent("review-1"),
					TrackEventOptions.withoutAnswer());
		};

		assertThat(call.hasElement().block(TIMEOUT)).isFalse();
		assertThat(wireMock.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getUrl()).endsWith("silent=yes"));
	}

	/** An answer asked for (not silent) that comes without a body is an error, not an empty success. */
	@Test
	void aNoContentAnswerToACallThatAskedForTheAnswerIsInvalid() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

		Throwable failure = client().trackEventV2(TalonV2Requests.fullEvent()).materialize().block(TIMEOUT)
			.getThrowable();

		assertThat(failure).isInstanceOf(TalonInvalidResponseException.class)
			.hasMessageContaining("trackEventV2 answered HTTP 204");
	}

	// ---------------------------------------------------------------------------------------------------------
	// Answers as recorded in practice
	// ---------------------------------------------------------------------------------------------------------

	/**
	 * Sessions recorded from real integrations lack four fields the spec requires (V2-IN-PRACTICE section 7): the
	 * validator says so, and the client reads them all the same.
	 */
	@Test
	void aSessionAsRecordedInPracticeLacksWhatTheSpecRequiresAndIsReadAllTheSame() {
		List<String> violations = spec.responseViolations("CustomerSessionV2", TalonV2Answers.AS_RECORDED_SESSION);
		assertThat(violations).hasSize(TalonV2Answers.AS_RECORDED_SESSION_LACKS.size());
		for (String lacking : TalonV2Answers.AS_RECORDED_SESSION_LACKS) {
			assertThat(violations).anySatisfy((violation) -> assertThat(violation)
				.contains("required property '" + lacking + "' not found"));
		}
		String answer = "{\"customerSession\": " + TalonV2Answers.AS_RECORDED_SESSION + ", \"effects\": []}";
		wireMock.stubFor(any(anyUrl()).willReturn(json(answer)));

		IntegrationCustomerSessionResponse read = client().getCustomerSession("cart-1001").block(TIMEOUT);

		assertReadFully(answer, read);
		assertThat(read.customerSession().id()).isNull();
		assertThat(read.customerSession().updateCount()).isNull();
		assertThat(read.customerSession().state()).isEqualTo(CustomerSessionState.CLOSED);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Effects: typed, and their props valid against the spec's <Type>EffectProps
	// ---------------------------------------------------------------------------------------------------------

	@Test
	void everyEffectOfTheFixturesHasValidPropsAndIsReadTyped() {
		List<JsonNode> effects = new ArrayList<>();
		for (String list : List.of(TalonV2Answers.EFFECTS, TalonV2Answers.ROLLBACK_EFFECTS)) {
			JSON.readTree(list).forEach(effects::add);
		}
		JSON.readTree(TalonV2Answers.ADVANCED_EVENT).path("effects").forEach(effects::add);
		for (JsonNode effect : effects) {
			String type = effect.path("effectType").asString();
			// customEffect's props are CustomEffectProps
			String schema = Character.toUpperCase(type.charAt(0)) + type.substring(1)
					+ (type.endsWith("Effect") ? "Props" : "EffectProps");
			assertThat(spec.hasSchema(schema)).as(schema).isTrue();
			assertThat(spec.responseViolations(schema, effect.path("props").toString())).as("props of %s", type)
				.isEmpty();
			Effect read = JSON.readValue(effect.toString(), Effect.class);
			assertThat(read.props()).as("props of %s", type).isNotInstanceOf(GenericEffectProps.class);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Negative controls
	// ---------------------------------------------------------------------------------------------------------

	@Test
	void theValidatorFindsWhatTheSchemasRefuseInAnAnswer() {
		String answer = TalonV2Answers.sessionAnswer(IntegrationRequest.ResponseContent.values());
		assertThat(spec.responseViolations("IntegrationStateV2", answer)).isEmpty();

		assertThat(spec.responseViolations("IntegrationStateV2", answer.replace("\"createdCoupons\":", "\"coupons2\":")))
			.anySatisfy((violation) -> assertThat(violation).contains("createdCoupons"));
		assertThat(spec.responseViolations("IntegrationStateV2",
				answer.replace("\"state\": \"open\"", "\"state\": \"paid\"")))
			.anySatisfy((violation) -> assertThat(violation).startsWith("/customerSession/state"));
		assertThat(spec.responseViolations("IntegrationStateV2",
				answer.replace("\"frontendState\": \"running\"", "\"frontendState\": \"live\"")))
			.anySatisfy((violation) -> assertThat(violation).startsWith("/triggeredCampaigns/0/frontendState"));
		assertThat(spec.responseViolations("IntegrationStateV2",
				answer.replace("\"ruleName\": \"Banner\",", "")))
			.anySatisfy((violation) -> assertThat(violation).startsWith("/effects/7").contains("ruleName"));
		assertThat(spec.responseViolations("IntegrationStateV2",
				answer.replace("\"loyaltyProgramId\": 5}", "\"loyaltyProgramId\": \"5\"}")))
			.anySatisfy((violation) -> assertThat(violation)
				.startsWith("/customerProfile/loyaltyMemberships/0/loyaltyProgramId"));
		assertThat(spec.responseViolations("RejectCouponEffectProps", "{\"value\": \"WINTER5\"}"))
			.anySatisfy((violation) -> assertThat(violation).contains("rejectionReason"));
	}

	@Test
	void theReadFullyCheckFindsAValueTheClientDidNotRead() {
		String answer = TalonV2Answers.sessionAnswer(IntegrationRequest.ResponseContent.LOYALTY);
		IntegrationStateV2 read = JSON.readValue(answer, IntegrationStateV2.class);
		JsonNode back = JSON.valueToTree(read);

		assertThat(unread(JSON.readTree(answer.replace("\"nextTierName\"", "\"nextTierTitle\"")), back, ""))
			.containsExactly("/loyalty/programs/5/ledger/nextTierTitle");
		assertThat(unread(JSON.readTree(answer.replace("\"value\": 3.998", "\"value\": 3.9981")), back, ""))
			.containsExactly("/effects/1/props/value: 3.9981 read as 3.998");
		assertThat(unread(JSON.readTree(answer), back, "")).isEmpty();
		RejectCouponEffectProps rejected = read.props(RejectCouponEffectProps.class).get(0);
		assertThat(rejected.rejectionReason()).isEqualTo("CouponExpired");
	}

	// ---------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------

	private static TalonIntegrationClient client() {
		return new WebClientTalonIntegrationClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
				URI.create(wireMock.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY));
	}

	/** Validates the answer against its schema, serves it, and returns what the call read. */
	private static <T> T serve(String schema, String answer,
			java.util.function.Function<TalonIntegrationClient, Mono<T>> call) {
		assertThat(spec.responseViolations(schema, answer)).as("violations of %s by the fixture", schema).isEmpty();
		wireMock.stubFor(any(anyUrl()).willReturn(json(answer)));
		T value = call.apply(client()).block(TIMEOUT);
		assertThat(value).isNotNull();
		assertThat(wireMock.getAllServeEvents()).hasSize(1);
		return value;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** Every value of the answer is in what the client read, but what {@code Campaign} leaves out. */
	private static void assertReadFully(String answer, Object read) {
		List<String> unread = unread(JSON.readTree(answer), JSON.valueToTree(read), "");
		unread.removeIf((pointer) -> pointer.matches("/triggeredCampaigns/\\d+/[^/]+")
				&& NOT_READ_OF_A_CAMPAIGN.contains(pointer.substring(pointer.lastIndexOf('/') + 1)));
		assertThat(unread).as("values of the answer that %s does not carry", read.getClass().getSimpleName())
			.isEmpty();
	}

	/**
	 * The pointers of the answer's values that the read value does not carry, or carries changed: numbers are
	 * compared by value, date-times as instants; an empty list or map counts as absent, and so does {@code null}.
	 */
	static List<String> unread(JsonNode answer, JsonNode read, String pointer) {
		List<String> unread = new ArrayList<>();
		if (answer.isNull() || ((answer.isArray() || answer.isObject()) && answer.isEmpty())) {
			return unread;
		}
		if (read == null || read.isMissingNode() || read.isNull()) {
			unread.add(pointer);
		}
		else if (answer.isObject()) {
			for (Map.Entry<String, JsonNode> property : answer.properties()) {
				unread.addAll(unread(property.getValue(), read.get(property.getKey()), pointer + "/" + property.getKey()));
			}
		}
		else if (answer.isArray()) {
			if (answer.size() != read.size()) {
				unread.add(pointer + ": " + answer.size() + " elements read as " + read.size());
			}
			else {
				for (int i = 0; i < answer.size(); i++) {
					unread.addAll(unread(answer.get(i), read.get(i), pointer + "/" + i));
				}
			}
		}
		else if (!sameValue(answer, read)) {
			unread.add(pointer + ": " + answer + " read as " + read);
		}
		return unread;
	}

	private static boolean sameValue(JsonNode answer, JsonNode read) {
		if (answer.isNumber() && read.isNumber()) {
			return answer.decimalValue().compareTo(read.decimalValue()) == 0;
		}
		if (answer.isString() && read.isString() && !answer.equals(read)) {
			try {
				return OffsetDateTime.parse(answer.asString())
					.isEqual(OffsetDateTime.parse(read.asString()));
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}
		return answer.equals(read);
	}

	/** The effects of the checkout fixture, read typed, with the shop's sums. */
	private static void assertCheckoutEffects(IntegrationStateV2 state) {
		assertCheckoutEffects(state.effects());
		assertThat(state.discounts()).containsExactly(Map.entry("10% off", new BigDecimal("3.998")));
		assertThat(state.itemDiscounts()).containsExactly(Map.entry(0, new BigDecimal("4.00")));
		assertThat(state.additionalCostDiscounts()).containsExactly(Map.entry("shipping", new BigDecimal("2.475")));
	}

	private static void assertCheckoutEffects(List<Effect> effects) {
		assertThat(effects).extracting(Effect::effectType)
			.containsExactly("acceptCoupon", "setDiscount", "setDiscountPerItem", "setDiscountPerAdditionalCost",
					"rejectCoupon", "addFreeItem", "addLoyaltyPoints", "showNotification", "customEffect");
		assertThat(effects).allSatisfy(
				(effect) -> assertThat(effect.props()).as(effect.effectType()).isNotInstanceOf(GenericEffectProps.class));
	}

}
