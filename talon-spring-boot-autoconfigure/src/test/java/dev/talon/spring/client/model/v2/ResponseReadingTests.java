package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.model.v2.IntegrationRequest.ResponseContent;
import dev.talon.spring.client.model.v2.effect.AcceptCouponEffectProps;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.GenericEffectProps;
import dev.talon.spring.client.model.v2.effect.RollbackDiscountEffectProps;
import dev.talon.spring.client.model.v2.effect.SetDiscountEffectProps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Reading Talon.One's v2 answers with {@link TalonJson#mapper()}: every part of every response content, exact
 * decimals, and leniency towards unknown fields and towards fields the spec requires but real answers lack.
 */
class ResponseReadingTests {

	private final JsonMapper mapper = TalonJson.mapper();

	private static OffsetDateTime time(String text) {
		return OffsetDateTime.parse(text);
	}

	private IntegrationStateV2 state(String json) {
		return this.mapper.readValue(json, IntegrationStateV2.class);
	}

	private IntegrationStateV2 full() {
		return state(Answers.fullSessionAnswer());
	}

	@Test
	void sessionIsReadFullyThoughItLacksFieldsTheSpecRequires() {
		CustomerSessionV2 session = full().customerSession();
		assertThat(session.id()).isNull();
		assertThat(session.updateCount()).isNull();
		assertThat(session.updated()).isNull();
		assertThat(session.cartItemAdditionalCostTotal()).isNull();
		assertThat(session.created()).isEqualTo(time("2026-11-30T10:15:30.123456Z"));
		assertThat(session.integrationId()).isEqualTo("cart-1001");
		assertThat(session.applicationId()).isEqualTo(322L);
		assertThat(session.profileId()).isEqualTo("customer-7");
		assertThat(session.storeIntegrationId()).isEqualTo("STORE-001");
		assertThat(session.evaluableCampaignIds()).isEmpty();
		assertThat(session.couponCodes()).containsExactly("SPRING10", "WINTER5");
		assertThat(session.referralCode()).isEqualTo("REF-7XK2");
		assertThat(session.loyaltyCards()).containsExactly("card-0042");
		assertThat(session.state()).isEqualTo(CustomerSessionState.OPEN);
		assertThat(session.cartItems()).hasSize(2);
		assertThat(session.experimentVariantAllocations()).containsExactly(new ExperimentVariantAllocation(12L, 3L));
		assertThat(session.additionalCosts()).containsExactly(entry("shipping", new AdditionalCost(new BigDecimal("4.95"))));
		assertThat(session.identifiers()).containsExactly("91.64.1.1");
		assertThat(session.attributes()).containsExactly(entry("ShippingCity", "Berlin"),
				entry("Score", new BigDecimal("0.1")));
		assertThat(session.firstSession()).isFalse();
		assertThat(session.total()).isEqualTo(new BigDecimal("44.93"));
		assertThat(session.cartItemTotal()).isEqualTo(new BigDecimal("39.98"));
		assertThat(session.additionalCostTotal()).isEqualTo(new BigDecimal("4.95"));
	}

	@Test
	void cartItemsAreReadWithTheirReadOnlyFields() {
		List<CartItem> items = full().customerSession().cartItems();
		CartItem coffee = items.get(0);
		assertThat(coffee).isEqualTo(new CartItem("Espresso beans 1kg", "COF-1KG", 2, 0, 2, new BigDecimal("19.99"),
				"coffee", new Product("Espresso"), new BigDecimal("1000"), new BigDecimal("250"), new BigDecimal("120"),
				new BigDecimal("80"), 0, Map.of("roast", "dark"), Map.of("handling", new AdditionalCost(BigDecimal.ZERO)),
				786L, "member", "68851723-e6fa-488f-ace9-112581e6c19b", time("2026-11-01T00:00:00Z"),
				time("2026-12-31T23:59:59Z"),
				Map.of("member",
						new PriceDetail(new BigDecimal("19.99"), "ctx-1", "68851723-e6fa-488f-ace9-112581e6c19b", null,
								null),
						"base", new PriceDetail(new BigDecimal("24.99"), null, null, null, null))));
		CartItem jug = items.get(1);
		assertThat(jug.price()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(jug.position()).isEqualTo(1);
		assertThat(jug.attributes()).isNull();
		assertThat(jug.additionalCosts()).isNull();
		assertThat(jug.prices()).isNull();
	}

	@Test
	void profileIsReadWithDeprecatedNullLoyaltyMemberships() {
		CustomerProfile profile = full().customerProfile();
		assertThat(profile).isEqualTo(new CustomerProfile(6L, time("2026-01-10T09:05:27.993483Z"), "customer-7",
				Map.of("Name", "Ada", "VIP", true), 3886L, 3L, new BigDecimal("149.85"), List.of(),
				List.of(new AudienceMembership(2L, "Newsletter")), time("2026-11-30T10:15:30Z"), false));
		assertThat(profile.loyaltyMemberships()).isNotNull().isEmpty();
	}

	@Test
	void anEmptyProfileIsReadAsAProfileWithoutValues() {
		CustomerProfile profile = state("{\"customerProfile\": {}, \"effects\": []}").customerProfile();
		assertThat(profile).isNotNull();
		assertThat(profile.id()).isNull();
		assertThat(profile.integrationId()).isNull();
		assertThat(profile.totalSales()).isNull();
		assertThat(profile.attributes()).isEmpty();
		assertThat(profile.audienceMemberships()).isEmpty();
	}

	@Test
	void loyaltyIsReadWithBalancesTiersAndCards() {
		Loyalty loyalty = full().loyalty();
		assertThat(loyalty.programs()).containsOnlyKeys("5");
		LoyaltyProgramLedgers program = loyalty.program(5).orElseThrow();
		assertThat(loyalty.program(6)).isEmpty();
		assertThat(program.id()).isEqualTo(5L);
		assertThat(program.title()).isEqualTo("Coffee club");
		assertThat(program.name()).isEqualTo("coffee_club");
		assertThat(program.joinDate()).isEqualTo(time("2026-04-30T15:04:05+02:00"));
		LedgerInfo ledger = program.ledger();
		assertThat(ledger).isEqualTo(new LedgerInfo(new BigDecimal("100"), new BigDecimal("10"), BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("52.48"), new BigDecimal("20"), BigDecimal.ZERO,
				new Tier(11L, "Gold", time("2026-01-01T00:00:00Z"), null, "balance_based"), new BigDecimal("20"),
				"Platinum"));
		LedgerInfo beans = program.subLedgers().get("beans");
		assertThat(beans.currentBalance()).isEqualTo(new BigDecimal("7.5"));
		assertThat(beans.negativeBalance()).isNull();
		assertThat(beans.currentTier()).isEqualTo(Tier.named("bronze"));
		LoyaltyCard card = loyalty.cards().get(0);
		assertThat(card.id()).isEqualTo(6L);
		assertThat(card.programID()).isEqualTo(125L);
		assertThat(card.programName()).isEqualTo("Cards");
		assertThat(card.programTitle()).isEqualTo("Card program");
		assertThat(card.status()).isEqualTo("active");
		assertThat(card.identifier()).isEqualTo("card-0042");
		assertThat(card.usersPerCardLimit()).isZero();
		assertThat(card.profiles())
			.containsExactly(new LoyaltyCardProfileRegistration("customer-7", time("2026-06-10T09:06:00Z")));
		assertThat(card.ledger().currentBalance()).isEqualTo(new BigDecimal("250.5"));
		assertThat(card.subledgers()).isEmpty();
		assertThat(card.batchId()).isEqualTo("wdefpov");
	}

	@Test
	void couponsCampaignsReferralGiveawaysFailuresAndReturnsAreRead() {
		IntegrationStateV2 state = full();
		assertThat(state.coupons()).containsExactly(new Coupon(4928L, time("2026-03-01T00:00:00Z"), 244L, "SPRING10",
				1L, new BigDecimal("50"), 0L, time("2026-03-01T00:00:00Z"), time("2026-12-31T23:59:59Z"),
				List.of(new LimitConfig("redeemCoupon", BigDecimal.ONE, "daily", List.of("Coupon"))), 0L,
				BigDecimal.ZERO, new BigDecimal("50"), BigDecimal.ZERO, Map.of("channel", "email"), null, "customer-7",
				null, true, "b-1", false, false, 0L, null));
		Campaign campaign = state.triggeredCampaigns().get(0);
		assertThat(campaign).isEqualTo(new Campaign(244L, time("2026-02-01T00:00:00Z"), 322L, 1L, "Spring sale",
				"10% off", time("2026-03-01T00:00:00Z"), time("2026-12-31T23:59:59Z"), Map.of("team", "growth"),
				"enabled", 73L, List.of("spring"), List.of("coupons"), "advanced", List.of(1L), "running", null));
		assertThat(state.referral()).isEqualTo(new Referral(99L, time("2026-02-06T10:00:00Z"), 12L, "customer-1", null,
				null, null, "REF-7XK2", 1L, 0L, Map.of("source", "app"), null, "r-1", List.of("customer-7")));
		assertThat(state.awardedGiveaways()).containsExactly(new Giveaway(5L, time("2026-11-30T10:15:30Z"),
				"GIFT-123", 2L, time("2026-11-30T00:00:00Z"), time("2027-11-30T00:00:00Z"), Map.of(), false, null,
				"customer-7", 6L));
		assertThat(state.ruleFailureReasons()).containsExactly(new RuleFailureReason(247L, "Winter", 82L, 5001L,
				"WINTER5", null, null, 0L, "Winter 5", 1L, 0L, "coupon expired", 3L, "stackable"));
		assertThat(state.previousReturns()).containsExactly(new Return(31L, time("2026-12-02T08:00:00Z"), 322L, 3886L,
				List.of(new ReturnedCartItem(0, 1, "COF-1KG")), 9001L, 77L, "cart-1001", 6L, "customer-7", 1L));
		assertThat(state.processedReturn()).isNull();
		assertThat(state.advancedEvent()).isNull();
	}

	@Test
	void rarePartsAreKeptAsJson() {
		IntegrationStateV2 state = full();
		assertThat(state.campaignEligibility()).hasSize(1);
		assertThat(state.campaignEligibility().get(0).get("eligibility").get(0).get("status").asString())
			.isEqualTo("eligible");
		assertThat(state.achievements().get(0).get("currentProgress").get("progress").asInt()).isEqualTo(3);
	}

	@Test
	void eventIsReadWithEffectsLedgerEntriesAndMeta() {
		Event event = full().event();
		assertThat(event.id()).isEqualTo(8843L);
		assertThat(event.created()).isEqualTo(time("2026-11-30T10:15:30.456Z"));
		assertThat(event.applicationId()).isEqualTo(322L);
		assertThat(event.profileId()).isEqualTo("customer-7");
		assertThat(event.storeIntegrationId()).isEqualTo("STORE-001");
		assertThat(event.type()).isEqualTo("talon_session_updated");
		assertThat(event.attributes()).containsExactly(entry("basketValue", new BigDecimal("123456789.123456789")));
		assertThat(event.sessionId()).isEqualTo("cart-1001");
		assertThat(event.effects()).singleElement()
			.satisfies((effect) -> assertThat(effect.props()).isEqualTo(new AcceptCouponEffectProps("SPRING10")));
		assertThat(event.ledgerEntries()).containsExactly(new LedgerEntry(501L, time("2026-11-30T10:15:30Z"),
				"customer-7", 3886L, 5L, 8843L, new BigDecimal("-100"), "Redeem 100 points",
				time("2027-11-30T10:15:30Z"), 498L));
		assertThat(event.meta().get("couponRejectionReason").get("reason").asString()).isEqualTo("CouponExpired");
	}

	@Test
	void effectsAreReadTypedAndGoStyleFloatsExactly() {
		IntegrationStateV2 state = full();
		assertThat(state.effects()).hasSize(14);
		Effect first = state.effects().get(0);
		assertThat(first.campaignId()).isEqualTo(244L);
		assertThat(first.triggeredByCoupon()).isEqualTo(4928L);
		assertThat(first.evaluationGroupID()).isEqualTo(3L);
		assertThat(first.evaluationGroupMode()).isEqualTo("stackable");
		assertThat(state.effects().get(1).props(SetDiscountEffectProps.class).orElseThrow().value())
			.isEqualTo(new BigDecimal("33.333333333333336"));
		assertThat(state.effects().get(12).props()).isInstanceOf(GenericEffectProps.class);
		assertThat(state.effects().get(13).hasMalformedProps()).isTrue();
		assertThat(state.createdCoupons()).isEmpty();
		assertThat(state.createdReferrals()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"effects\": null, \"createdCoupons\": null, \"createdReferrals\": null}",
			"{\"effects\": [], \"createdCoupons\": [], \"createdReferrals\": [], \"unknown\": [1]}" })
	void requiredListsAreAlwaysPresent(String json) {
		IntegrationStateV2 state = state(json);
		assertThat(state.effects()).isNotNull().isEmpty();
		assertThat(state.createdCoupons()).isNotNull().isEmpty();
		assertThat(state.createdReferrals()).isNotNull().isEmpty();
		assertThat(state.triggeredCampaigns()).isNotNull().isEmpty();
		assertThat(state.coupons()).isNotNull().isEmpty();
		assertThat(state.previousReturns()).isNotNull().isEmpty();
		assertThat(state.customerSession()).isNull();
		assertThat(state.customerProfile()).isNull();
		assertThat(state.loyalty()).isNull();
		assertThat(state.discounts()).isEmpty();
	}

	private static final Map<ResponseContent, String> PARTS = new EnumMap<>(Map.ofEntries(
			Map.entry(ResponseContent.CUSTOMER_SESSION, Answers.SESSION),
			Map.entry(ResponseContent.CUSTOMER_PROFILE, Answers.PROFILE),
			Map.entry(ResponseContent.COUPONS, Answers.COUPONS),
			Map.entry(ResponseContent.TRIGGERED_CAMPAIGNS, Answers.CAMPAIGNS),
			Map.entry(ResponseContent.REFERRAL, Answers.REFERRAL), Map.entry(ResponseContent.LOYALTY, Answers.LOYALTY),
			Map.entry(ResponseContent.EVENT, Answers.EVENT),
			Map.entry(ResponseContent.AWARDED_GIVEAWAYS, Answers.GIVEAWAYS),
			Map.entry(ResponseContent.RULE_FAILURE_REASONS, Answers.RULE_FAILURE_REASONS),
			Map.entry(ResponseContent.PREVIOUS_RETURNS, Answers.RETURNS),
			Map.entry(ResponseContent.CAMPAIGN_ELIGIBILITY, Answers.CAMPAIGN_ELIGIBILITY),
			Map.entry(ResponseContent.ACHIEVEMENTS, Answers.ACHIEVEMENTS)));

	private static final Map<ResponseContent, Consumer<IntegrationStateV2>> PART_CHECKS = new EnumMap<>(Map.ofEntries(
			Map.entry(ResponseContent.CUSTOMER_SESSION,
					(state) -> assertThat(state.customerSession().integrationId()).isEqualTo("cart-1001")),
			Map.entry(ResponseContent.CUSTOMER_PROFILE,
					(state) -> assertThat(state.customerProfile().integrationId()).isEqualTo("customer-7")),
			Map.entry(ResponseContent.COUPONS,
					(state) -> assertThat(state.coupons()).extracting(Coupon::value).containsExactly("SPRING10")),
			Map.entry(ResponseContent.TRIGGERED_CAMPAIGNS,
					(state) -> assertThat(state.triggeredCampaigns()).extracting(Campaign::name)
						.containsExactly("Spring sale")),
			Map.entry(ResponseContent.REFERRAL,
					(state) -> assertThat(state.referral().referredCustomers()).containsExactly("customer-7")),
			Map.entry(ResponseContent.LOYALTY,
					(state) -> assertThat(state.loyalty().program(5).orElseThrow().ledger().currentBalance())
						.isEqualTo(new BigDecimal("100"))),
			Map.entry(ResponseContent.EVENT, (state) -> assertThat(state.event().id()).isEqualTo(8843L)),
			Map.entry(ResponseContent.AWARDED_GIVEAWAYS,
					(state) -> assertThat(state.awardedGiveaways()).extracting(Giveaway::code).containsExactly("GIFT-123")),
			Map.entry(ResponseContent.RULE_FAILURE_REASONS,
					(state) -> assertThat(state.ruleFailureReasons()).extracting(RuleFailureReason::couponValue)
						.containsExactly("WINTER5")),
			Map.entry(ResponseContent.PREVIOUS_RETURNS,
					(state) -> assertThat(state.previousReturns()).extracting(Return::id).containsExactly(31L)),
			Map.entry(ResponseContent.CAMPAIGN_ELIGIBILITY,
					(state) -> assertThat(state.campaignEligibility().get(0).get("id").asLong()).isEqualTo(244L)),
			Map.entry(ResponseContent.ACHIEVEMENTS,
					(state) -> assertThat(state.achievements().get(0).get("name").asString()).isEqualTo("TenCoffees"))));

	@ParameterizedTest
	@EnumSource(ResponseContent.class)
	void everyResponseContentIsReadAlone(ResponseContent content) {
		IntegrationStateV2 state = state("{\"effects\": " + Answers.EFFECTS
				+ ", \"createdCoupons\": [], \"createdReferrals\": [], \"" + content.value() + "\": "
				+ PARTS.get(content) + "}");
		PART_CHECKS.get(content).accept(state);
		assertThat(state.effects()).hasSize(14);
		for (ResponseContent other : ResponseContent.values()) {
			if (other != content) {
				assertThat(isPresent(state, other)).as("%s when only %s was sent", other, content).isFalse();
			}
		}
	}

	private static boolean isPresent(IntegrationStateV2 state, ResponseContent content) {
		return switch (content) {
			case CUSTOMER_SESSION -> state.customerSession() != null;
			case CUSTOMER_PROFILE -> state.customerProfile() != null;
			case COUPONS -> !state.coupons().isEmpty();
			case TRIGGERED_CAMPAIGNS -> !state.triggeredCampaigns().isEmpty();
			case REFERRAL -> state.referral() != null;
			case LOYALTY -> state.loyalty() != null;
			case EVENT -> state.event() != null;
			case AWARDED_GIVEAWAYS -> !state.awardedGiveaways().isEmpty();
			case RULE_FAILURE_REASONS -> !state.ruleFailureReasons().isEmpty();
			case PREVIOUS_RETURNS -> !state.previousReturns().isEmpty();
			case CAMPAIGN_ELIGIBILITY -> !state.campaignEligibility().isEmpty();
			case ACHIEVEMENTS -> !state.achievements().isEmpty();
		};
	}

	@ParameterizedTest
	@ValueSource(strings = { "partially_returned", "cancelled", "closed", "open", "archived_in_2030" })
	void sessionStatesAreReadAndUnknownOnesDoNotFail(String wire) {
		CustomerSessionV2 session = state("{\"customerSession\": {\"state\": \"" + wire + "\"}}").customerSession();
		CustomerSessionState expected = switch (wire) {
			case "partially_returned" -> CustomerSessionState.PARTIALLY_RETURNED;
			case "cancelled" -> CustomerSessionState.CANCELLED;
			case "closed" -> CustomerSessionState.CLOSED;
			case "open" -> CustomerSessionState.OPEN;
			default -> CustomerSessionState.UNKNOWN;
		};
		assertThat(session.state()).isEqualTo(expected);
	}

	@Test
	void returnAnswerIsReadWithItsReturnAndRollbacks() {
		IntegrationStateV2 state = state("""
				{"effects": [{"campaignId": 245, "rulesetId": 80, "ruleIndex": 1, "ruleName": "Espresso 20%",
				              "effectType": "rollbackDiscount",
				              "props": {"name": "Espresso 20%#0", "value": 4.00, "cartItemPosition": 0,
				                        "cartItemSubPosition": 1, "scope": "price"}}],
				 "createdCoupons": [], "createdReferrals": [],
				 "return": {"id": 32, "created": "2026-12-03T08:00:00Z", "applicationId": 322, "accountId": 3886,
				            "returnedCartItems": [{"position": 0, "quantity": 1}], "eventId": 9002, "sessionId": 77,
				            "sessionIntegrationId": "cart-1001"},
				 "customerSession": {"integrationId": "cart-1001", "state": "partially_returned"}}
				""");
		assertThat(state.processedReturn().id()).isEqualTo(32L);
		assertThat(state.processedReturn().returnedCartItems()).containsExactly(new ReturnedCartItem(0, 1, null));
		assertThat(state.processedReturn().profileId()).isNull();
		assertThat(state.customerSession().state()).isEqualTo(CustomerSessionState.PARTIALLY_RETURNED);
		assertThat(this.mapper.writeValueAsString(state)).contains("\"return\":{\"id\":32");
		assertThat(state.props(RollbackDiscountEffectProps.class))
			.containsExactly(new RollbackDiscountEffectProps("Espresso 20%#0", new BigDecimal("4.00"), 0, 1, null,
					null, "price"));
	}

	@Test
	void getCustomerSessionAnswerIsRead() {
		IntegrationCustomerSessionResponse answer = this.mapper.readValue(
				"{\"customerSession\": " + Answers.SESSION + ", \"effects\": " + Answers.EFFECTS + ", \"x\": 1}",
				IntegrationCustomerSessionResponse.class);
		assertThat(answer.customerSession().couponCodes()).containsExactly("SPRING10", "WINTER5");
		assertThat(answer.effects()).hasSize(14);
		assertThat(answer.discounts()).containsKey("10% off");
		assertThat(this.mapper.readValue("{}", IntegrationCustomerSessionResponse.class).effects()).isEmpty();
	}

	@Test
	void reopenAnswerIsRead() {
		ReopenSessionResponse answer = this.mapper.readValue("""
				{"effects": [{"campaignId": 244, "rulesetId": 73, "ruleIndex": 0, "ruleName": "Coupon SPRING10",
				              "effectType": "rollbackCoupon", "props": {"value": "SPRING10"}}]}
				""", ReopenSessionResponse.class);
		assertThat(answer.effects()).singleElement().satisfies((effect) -> assertThat(effect.is("rollbackCoupon")).isTrue());
		assertThat(this.mapper.readValue("{\"effects\": null}", ReopenSessionResponse.class).effects()).isEmpty();
	}

	@Test
	void profileAnswerIsReadWithAchievementsTheSchemaOmits() {
		CustomerProfileIntegrationResponseV2 answer = this.mapper.readValue("{\"customerProfile\": " + Answers.PROFILE
				+ ", \"event\": " + Answers.EVENT + ", \"loyalty\": " + Answers.LOYALTY + ", \"triggeredCampaigns\": "
				+ Answers.CAMPAIGNS + ", \"ruleFailureReasons\": " + Answers.RULE_FAILURE_REASONS
				+ ", \"awardedGiveaways\": " + Answers.GIVEAWAYS + ", \"effects\": " + Answers.EFFECTS
				+ ", \"createdCoupons\": [], \"achievements\": " + Answers.ACHIEVEMENTS + ", \"future\": true}",
				CustomerProfileIntegrationResponseV2.class);
		assertThat(answer.customerProfile().id()).isEqualTo(6L);
		assertThat(answer.event().type()).isEqualTo("talon_session_updated");
		assertThat(answer.loyalty().programs()).containsOnlyKeys("5");
		assertThat(answer.triggeredCampaigns()).hasSize(1);
		assertThat(answer.ruleFailureReasons()).hasSize(1);
		assertThat(answer.awardedGiveaways()).hasSize(1);
		assertThat(answer.campaignEligibility()).isEmpty();
		assertThat(answer.effects()).hasSize(14);
		assertThat(answer.createdCoupons()).isEmpty();
		assertThat(answer.createdReferrals()).isEmpty();
		assertThat(answer.achievements()).hasSize(1);
		assertThat(answer.freeItems()).hasSize(1);
		CustomerProfileIntegrationResponseV2 withoutRules = this.mapper.readValue("{}",
				CustomerProfileIntegrationResponseV2.class);
		assertThat(withoutRules.effects()).isEmpty();
		assertThat(withoutRules.customerProfile()).isNull();
	}

	@Test
	void bulkProfileAnswerIsRead() {
		MultipleCustomerProfileIntegrationResponseV2 answer = this.mapper.readValue(
				"{\"integrationStates\": [{\"customerProfile\": " + Answers.PROFILE + "}, {\"customerProfile\": {}}]}",
				MultipleCustomerProfileIntegrationResponseV2.class);
		assertThat(answer.integrationStates()).hasSize(2);
		assertThat(answer.integrationStates().get(0).customerProfile().closedSessions()).isEqualTo(3L);
		assertThat(answer.integrationStates().get(1).customerProfile().id()).isNull();
		assertThat(this.mapper.readValue("{}", MultipleCustomerProfileIntegrationResponseV2.class).integrationStates())
			.isEmpty();
	}

	@Test
	void eventV2AnswerIsRead() {
		IntegrationEventV2Response answer = this.mapper.readValue("{\"customerProfile\": " + Answers.PROFILE
				+ ", \"loyalty\": " + Answers.LOYALTY + ", \"effects\": " + Answers.EFFECTS
				+ ", \"createdCoupons\": [{\"id\": 77, \"campaignId\": 244, \"value\": \"WELCOME-7\", \"usageCounter\": 0,"
				+ " \"recipientIntegrationId\": \"customer-7\"}], \"createdReferrals\": [" + Answers.REFERRAL + "],"
				+ " \"event\": " + Answers.EVENT + ", \"achievements\": " + Answers.ACHIEVEMENTS + "}",
				IntegrationEventV2Response.class);
		assertThat(answer.customerProfile().integrationId()).isEqualTo("customer-7");
		assertThat(answer.loyalty().cards()).hasSize(1);
		assertThat(answer.createdCoupons()).extracting(Coupon::value).containsExactly("WELCOME-7");
		assertThat(answer.createdCoupons().get(0).profileRedemptionCount()).isNull();
		assertThat(answer.createdReferrals()).extracting(Referral::code).containsExactly("REF-7XK2");
		assertThat(answer.event().ledgerEntries()).hasSize(1);
		assertThat(answer.achievements()).hasSize(1);
		assertThat(answer.notifications()).hasSize(1);
	}

	@Test
	void eventV3AnswerAndAdvancedEventAreRead() {
		String advancedEvent = """
				{"connectedSessionId": "cart-1001", "id": 6, "created": "2026-12-01T09:05:27.993483Z",
				 "applicationId": 322, "profileId": "customer-7", "type": "review_written",
				 "attributes": {"stars": 5}, "integrationId": "review-175KJPS947296",
				 "effects": [{"campaignId": 260, "rulesetId": 90, "ruleIndex": 0, "ruleName": "Review bonus",
				              "effectType": "addLoyaltyPoints",
				              "props": {"name": "Review", "programId": 5, "subLedgerId": "", "value": 50,
				                        "recipientIntegrationId": "customer-7", "transactionUUID": "t-1"}}],
				 "unknown": {}}
				""";
		IntegrationEventV3Response answer = this.mapper.readValue("{\"effects\": []," + " \"advancedEvent\": "
				+ advancedEvent + ", \"createdCoupons\": [], \"createdReferrals\": []}",
				IntegrationEventV3Response.class);
		EventV3 event = answer.advancedEvent();
		assertThat(event.connectedSessionId()).isEqualTo("cart-1001");
		assertThat(event.id()).isEqualTo(6L);
		assertThat(event.created()).isEqualTo(time("2026-12-01T09:05:27.993483Z"));
		assertThat(event.applicationId()).isEqualTo(322L);
		assertThat(event.profileId()).isEqualTo("customer-7");
		assertThat(event.storeIntegrationId()).isNull();
		assertThat(event.type()).isEqualTo("review_written");
		assertThat(event.attributes()).containsExactly(entry("stars", 5));
		assertThat(event.integrationId()).isEqualTo("review-175KJPS947296");
		assertThat(event.addedLoyaltyPoints()).containsExactly(entry(5L, new BigDecimal("50")));
		assertThat(answer.effects()).isEmpty();
		assertThat(this.mapper.readValue(advancedEvent, EventV3.class)).isEqualTo(event);
	}

	@Test
	void createdReferralIsReadWithItsCurrentFields() {
		Referral referral = this.mapper.readValue("""
				{"id": 99, "created": "2026-02-06T10:00:00Z", "campaignId": 12, "advocateProfileIntegrationId": "customer-7",
				 "friendProfileIntegrationId": "friend-8", "startDate": "2026-02-07T00:00:00Z",
				 "expiryDate": "2026-03-07T00:00:00+02:00", "code": "REF-7XK2", "usageCounter": 0, "usageLimit": 5,
				 "attributes": {"channel": "app", "share": 0.5}, "importId": 4, "batchId": "b-9", "future": 1}
				""", Referral.class);
		assertThat(referral).isEqualTo(new Referral(99L, time("2026-02-06T10:00:00Z"), 12L, "customer-7", "friend-8",
				time("2026-02-07T00:00:00Z"), referral.expiryDate(), "REF-7XK2", 0L, 5L,
				Map.of("channel", "app", "share", new BigDecimal("0.5")), 4L, "b-9", List.of()));
		// Jackson adjusts times to UTC: the instant is kept, the offset is not.
		assertThat(referral.expiryDate()).isAtSameInstantAs(time("2026-03-07T00:00:00+02:00"));
		assertThat(referral.referredCustomers()).isEmpty();
	}

	@Test
	void anAnswerWrittenWithTheModelsReadsBackEqual() {
		IntegrationStateV2 state = full();
		String written = this.mapper.writeValueAsString(state);
		assertThat(this.mapper.readValue(written, IntegrationStateV2.class)).isEqualTo(state);
		assertThat(written).contains("\"value\":33.333333333333336").doesNotContain("processedReturn");
	}

}
