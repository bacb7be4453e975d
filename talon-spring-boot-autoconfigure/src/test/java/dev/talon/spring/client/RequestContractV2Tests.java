package dev.talon.spring.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPoints;
import dev.talon.spring.client.model.v2.BestPriorPriceRequest;
import dev.talon.spring.client.model.v2.CatalogAction;
import dev.talon.spring.client.model.v2.CatalogSyncRequest;
import dev.talon.spring.client.model.v2.CouponReservations;
import dev.talon.spring.client.model.v2.CreateReferralsForMultipleAdvocatesOptions;
import dev.talon.spring.client.model.v2.CustomerProfileAudienceRequest;
import dev.talon.spring.client.model.v2.CustomerProfileAudienceRequestItem;
import dev.talon.spring.client.model.v2.DeleteLoyaltyTransactionsRequest;
import dev.talon.spring.client.model.v2.GenerateLoyaltyCard;
import dev.talon.spring.client.model.v2.GetCustomerAchievementHistoryOptions;
import dev.talon.spring.client.model.v2.GetCustomerAchievementsOptions;
import dev.talon.spring.client.model.v2.GetCustomerInventoryOptions;
import dev.talon.spring.client.model.v2.IntegrationGetAllCampaignsOptions;
import dev.talon.spring.client.model.v2.LoyaltyCardRegistration;
import dev.talon.spring.client.model.v2.LoyaltyPointsOptions;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import dev.talon.spring.client.model.v2.NewAudience;
import dev.talon.spring.client.model.v2.NewReferralsForMultipleAdvocates;
import dev.talon.spring.client.model.v2.UpdateAudience;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerProfilesV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import dev.talon.spring.spec.TalonApiSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The contract of every request of today's Integration API that the client sends: each goes through the real client
 * to WireMock on loopback, and what the server received is checked against Talon.One's 2026 spec
 * ({@code talon-one-api-v2-openapi-26.13.0.yaml}, read in place through {@link TalonApiSpec}): the method and path
 * against the operation of that operationId, each path id as exactly one segment that decodes to the id, every query
 * parameter against the operation's parameters (known name, sent once, a valid boolean, enum value or RFC 3339
 * date-time, and the rules the spec states in prose: {@code now} only in the future and with {@code dry=true},
 * {@code forceCompleteEvaluation} only with {@code dry=true}, a profile's {@code dry} only with
 * {@code runRuleEngine=true}, {@code silent} only {@code yes} or {@code no}), the {@code Idempotency-Key} of returns,
 * and the body against the operation's request schema. A maximal request of each operation sets every query
 * parameter and every writable property of the body. Negative controls show that each check finds what it is meant
 * to find. Skipped when the spec is missing, failed then when {@code CI} is set.
 */
class RequestContractV2Tests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final JsonMapper JSON = TalonJson.mapper();

	/** An {@code Idempotency-Key}: at most 255 visible ASCII characters (spec: "should not exceed 255"). */
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	/** A time far enough ahead that a dry run's {@code now} is still in the future when the request arrives. */
	private static final OffsetDateTime NEXT_SALE = OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30))
		.plusDays(30)
		.withNano(123_000_000);

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
	// The requests sent through the client
	// ---------------------------------------------------------------------------------------------------------

	static Stream<Named<RequestCase>> requests() {
		return Stream.concat(checkoutRequests(), accountRequests());
	}

	private static Stream<Named<RequestCase>> checkoutRequests() {
		return Stream.of(
				// updateCustomerSessionV2
				minimal("updateCustomerSessionV2: an empty session, Talon.One's defaults",
						TalonOperation.UPDATE_CUSTOMER_SESSION_V2, "cart-1",
						(client) -> client.updateCustomerSessionV2("cart-1",
								IntegrationRequest.of(NewCustomerSessionV2.builder().build()))),
				maximal("updateCustomerSessionV2: a dry run at a future time (offset +05:30), every field and part",
						TalonOperation.UPDATE_CUSTOMER_SESSION_V2, "cart-1001",
						(client) -> client.updateCustomerSessionV2("cart-1001",
								IntegrationRequest.of(TalonV2Requests.fullSession(CustomerSessionState.OPEN),
										IntegrationRequest.ResponseContent.values()),
								UpdateCustomerSessionV2Options.dryRunAt(NEXT_SALE))),
				normal("updateCustomerSessionV2: a cart update", TalonOperation.UPDATE_CUSTOMER_SESSION_V2,
						"cart-1001", (client) -> client.updateCustomerSessionV2("cart-1001",
								TalonV2Requests.cartUpdate(), UpdateCustomerSessionV2Options.defaults())),
				normal("updateCustomerSessionV2: a dry run at Talon.One's time",
						TalonOperation.UPDATE_CUSTOMER_SESSION_V2, "preview-7",
						(client) -> client.updateCustomerSessionV2("preview-7", TalonV2Requests.cartUpdate(),
								UpdateCustomerSessionV2Options.dryRun())),
				normal("updateCustomerSessionV2: the order is placed (closed)", TalonOperation.UPDATE_CUSTOMER_SESSION_V2,
						"cart-1001", (client) -> client.updateCustomerSessionV2("cart-1001",
								TalonV2Requests.stateChange(CustomerSessionState.CLOSED))),
				normal("updateCustomerSessionV2: the order is cancelled, anonymous profile \"\"",
						TalonOperation.UPDATE_CUSTOMER_SESSION_V2, "cart-1002",
						(client) -> client.updateCustomerSessionV2("cart-1002", IntegrationRequest.of(
								NewCustomerSessionV2.builder().profileId("").state(CustomerSessionState.CANCELLED).build()))),
				normal("updateCustomerSessionV2: discarding the codes, emptying the cart",
						TalonOperation.UPDATE_CUSTOMER_SESSION_V2, "cart-1003",
						(client) -> client.updateCustomerSessionV2("cart-1003", IntegrationRequest.of(
								NewCustomerSessionV2.builder().clearCouponCodes().clearReferralCode().cartItems(List.of())
									.build()))),

				// getCustomerSession
				minimal("getCustomerSession", TalonOperation.GET_CUSTOMER_SESSION, "cart-1001",
						(client) -> client.getCustomerSession("cart-1001")),
				maximal("getCustomerSession: an id with reserved characters", TalonOperation.GET_CUSTOMER_SESSION,
						"order 7/2026?#1", (client) -> client.getCustomerSession("order 7/2026?#1")),

				// reopenCustomerSession
				minimal("reopenCustomerSession", TalonOperation.REOPEN_CUSTOMER_SESSION, "cart-1001",
						(client) -> client.reopenCustomerSession("cart-1001")),
				maximal("reopenCustomerSession: an id with reserved characters", TalonOperation.REOPEN_CUSTOMER_SESSION,
						"order+7%", (client) -> client.reopenCustomerSession("order+7%")),

				// returnCartItems
				minimal("returnCartItems: one item by position, a random key", TalonOperation.RETURN_CART_ITEMS,
						"cart-1001", (client) -> client.returnCartItems("cart-1001",
								ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.atPosition(0, 1))))),
				maximal("returnCartItems: a dry run with the rules, every part, items by position and SKU",
						TalonOperation.RETURN_CART_ITEMS, "cart-1001",
						(client) -> client.returnCartItems("cart-1001", TalonV2Requests.itemReturn(),
								ReturnCartItemsOptions.dryRun().withRunRuleEngine(true))),
				normal("returnCartItems: the shop's return id as the key, rules not run",
						TalonOperation.RETURN_CART_ITEMS, "cart-1001",
						(client) -> client.returnCartItems("cart-1001", TalonV2Requests.itemReturn(),
								ReturnCartItemsOptions.idempotencyKey("RMA-2026-000042").withRunRuleEngine(false))),

				// updateCustomerProfileV2
				minimal("updateCustomerProfileV2: no attributes, Talon.One's defaults",
						TalonOperation.UPDATE_CUSTOMER_PROFILE_V2, "customer-7",
						(client) -> client.updateCustomerProfileV2("customer-7",
								CustomerProfileIntegrationRequestV2.builder().build())),
				maximal("updateCustomerProfileV2: a dry run of the rules, every field",
						TalonOperation.UPDATE_CUSTOMER_PROFILE_V2, "customer-7",
						(client) -> client.updateCustomerProfileV2("customer-7", TalonV2Requests.fullProfile(),
								UpdateCustomerProfileV2Options.dryRun())),
				normal("updateCustomerProfileV2: with the rules", TalonOperation.UPDATE_CUSTOMER_PROFILE_V2,
						"ada@example.com", (client) -> client.updateCustomerProfileV2("ada@example.com",
								TalonV2Requests.fullProfile(), UpdateCustomerProfileV2Options.withRuleEngine())),

				// updateCustomerProfilesV2
				minimal("updateCustomerProfilesV2: one profile, with the answer", TalonOperation.UPDATE_CUSTOMER_PROFILES_V2,
						List.of(), (client) -> client.updateCustomerProfilesV2(TalonV2Requests.profiles(1))),
				maximal("updateCustomerProfilesV2: 1000 profiles, silent", TalonOperation.UPDATE_CUSTOMER_PROFILES_V2,
						List.of(),
						(client) -> client.updateCustomerProfilesV2(TalonV2Requests.profiles(1000),
								UpdateCustomerProfilesV2Options.withoutAnswer())),

				// trackEventV2
				minimal("trackEventV2: required fields, with the answer", TalonOperation.TRACK_EVENT_V2, List.of(),
						(client) -> client.trackEventV2(IntegrationEventV2Request.builder("customer-7", "page_viewed").build())),
				maximal("trackEventV2: a dry run evaluating every campaign, every field",
						TalonOperation.TRACK_EVENT_V2, List.of(),
						(client) -> client.trackEventV2(TalonV2Requests.fullEvent(),
								TrackEventOptions.dryRun().withForceCompleteEvaluation())),
				normal("trackEventV2: silent", TalonOperation.TRACK_EVENT_V2, List.of(),
						(client) -> client.trackEventV2(TalonV2Requests.fullEvent(), TrackEventOptions.withoutAnswer())),

				// trackEventV3
				minimal("trackEventV3: required fields, with the answer", TalonOperation.TRACK_EVENT_V3, List.of(),
						(client) -> client.trackEventV3(
								IntegrationEventV3Request.builder("review-1", "customer-7", "review_written").build())),
				maximal("trackEventV3: a dry run evaluating every campaign, every field",
						TalonOperation.TRACK_EVENT_V3, List.of(),
						(client) -> client.trackEventV3(TalonV2Requests.fullAdvancedEvent("review-8812"),
								TrackEventOptions.dryRun().withForceCompleteEvaluation())),
				normal("trackEventV3: silent", TalonOperation.TRACK_EVENT_V3, List.of(),
						(client) -> client.trackEventV3(TalonV2Requests.fullAdvancedEvent("review-8813"),
								TrackEventOptions.withoutAnswer())),

				// getEventV3
				minimal("getEventV3", TalonOperation.GET_EVENT_V3, "review-8812",
						(client) -> client.getEventV3("review-8812")),
				maximal("getEventV3: an id with reserved characters", TalonOperation.GET_EVENT_V3, "review/8812 ü",
						(client) -> client.getEventV3("review/8812 ü")),

				// createReferral, with today's NewReferral
				minimal("createReferral: required fields", TalonOperation.CREATE_REFERRAL, List.of(),
						(client) -> client.createReferral(NewReferral.builder(12, "customer-7").build())),
				maximal("createReferral: every field", TalonOperation.CREATE_REFERRAL, List.of(),
						(client) -> client.createReferral(TalonV2Requests.fullReferral())));
	}

	/** The reads and changes around a customer's account and the shop's data. */
	private static Stream<Named<RequestCase>> accountRequests() {
		String customer = "customer-7";
		String program = Long.toString(TalonV2AccountRequests.PROGRAM);
		String cardProgram = Long.toString(TalonV2AccountRequests.CARD_PROGRAM);
		String card = TalonV2AccountRequests.CARD;
		String hostileCard = "card/0042 ü?#%+";
		String audience = Long.toString(TalonV2AccountRequests.AUDIENCE);
		Stream<Named<RequestCase>> requests = Stream.of(
				// integrationGetAllCampaigns
				minimal("integrationGetAllCampaigns: the first page", TalonOperation.INTEGRATION_GET_ALL_CAMPAIGNS,
						List.of(),
						(client) -> client.integrationGetAllCampaigns(IntegrationGetAllCampaignsOptions.firstPage(1))),
				maximal("integrationGetAllCampaigns: every filter, campaign ids comma-separated",
						TalonOperation.INTEGRATION_GET_ALL_CAMPAIGNS, List.of(),
						(client) -> client.integrationGetAllCampaigns(TalonV2AccountRequests.fullCampaignsOptions())),

				// getCustomerInventory
				minimal("getCustomerInventory: no part asked for", TalonOperation.GET_CUSTOMER_INVENTORY, customer,
						(client) -> client.getCustomerInventory(customer, GetCustomerInventoryOptions.none())),
				maximal("getCustomerInventory: every part", TalonOperation.GET_CUSTOMER_INVENTORY, "ada@example.com",
						(client) -> client.getCustomerInventory("ada@example.com", GetCustomerInventoryOptions.all())),
				normal("getCustomerInventory: a coupon wallet", TalonOperation.GET_CUSTOMER_INVENTORY, customer,
						(client) -> client.getCustomerInventory(customer,
								GetCustomerInventoryOptions.none().withCoupons())),

				// deleteCustomerData
				minimal("deleteCustomerData", TalonOperation.DELETE_CUSTOMER_DATA, customer,
						(client) -> client.deleteCustomerData(customer)),
				maximal("deleteCustomerData: an id with reserved characters", TalonOperation.DELETE_CUSTOMER_DATA,
						"ada+7@example.com/x", (client) -> client.deleteCustomerData("ada+7@example.com/x")),

				// getCustomerAchievements and getCustomerAchievementHistory
				minimal("getCustomerAchievements", TalonOperation.GET_CUSTOMER_ACHIEVEMENTS, customer,
						(client) -> client.getCustomerAchievements(customer,
								GetCustomerAchievementsOptions.defaults())),
				maximal("getCustomerAchievements: every filter, lists comma-separated",
						TalonOperation.GET_CUSTOMER_ACHIEVEMENTS, customer, (client) -> client
							.getCustomerAchievements(customer, TalonV2AccountRequests.fullAchievementsOptions())),
				minimal("getCustomerAchievementHistory", TalonOperation.GET_CUSTOMER_ACHIEVEMENT_HISTORY,
						List.of(customer, "3"), (client) -> client.getCustomerAchievementHistory(customer, 3,
								GetCustomerAchievementHistoryOptions.defaults())),
				maximal("getCustomerAchievementHistory: every filter", TalonOperation.GET_CUSTOMER_ACHIEVEMENT_HISTORY,
						List.of("customer 7/ü", Long.toString(Long.MAX_VALUE)),
						(client) -> client.getCustomerAchievementHistory("customer 7/ü", Long.MAX_VALUE,
								TalonV2AccountRequests.fullAchievementHistoryOptions())),

				// createReferralsForMultipleAdvocates
				minimal("createReferralsForMultipleAdvocates: one advocate, with the answer",
						TalonOperation.CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES, List.of(),
						(client) -> client.createReferralsForMultipleAdvocates(
								NewReferralsForMultipleAdvocates.builder(12, List.of(customer)).build())),
				maximal("createReferralsForMultipleAdvocates: every field, silent",
						TalonOperation.CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES, List.of(),
						(client) -> client.createReferralsForMultipleAdvocates(
								TalonV2AccountRequests.fullReferralsForAdvocates(),
								CreateReferralsForMultipleAdvocatesOptions.withoutAnswer())),

				// coupon reservations
				minimal("createCouponReservation", TalonOperation.CREATE_COUPON_RESERVATION, "WALLET-10",
						(client) -> client.createCouponReservation("WALLET-10", CouponReservations.of(customer))),
				maximal("createCouponReservation: a code with reserved characters, two customers",
						TalonOperation.CREATE_COUPON_RESERVATION, "SUMMER25%OFF/ü",
						(client) -> client.createCouponReservation("SUMMER25%OFF/ü",
								TalonV2AccountRequests.reservations())),
				minimal("deleteCouponReservation", TalonOperation.DELETE_COUPON_RESERVATION, "WALLET-10",
						(client) -> client.deleteCouponReservation("WALLET-10", CouponReservations.of(customer))),
				maximal("deleteCouponReservation: a code with reserved characters, two customers",
						TalonOperation.DELETE_COUPON_RESERVATION, "SUMMER25%OFF/ü",
						(client) -> client.deleteCouponReservation("SUMMER25%OFF/ü",
								TalonV2AccountRequests.reservations())),
				minimal("getReservedCustomers", TalonOperation.GET_RESERVED_CUSTOMERS, "WALLET-10",
						(client) -> client.getReservedCustomers("WALLET-10")),
				maximal("getReservedCustomers: a code with reserved characters", TalonOperation.GET_RESERVED_CUSTOMERS,
						"50% OFF?", (client) -> client.getReservedCustomers("50% OFF?")),

				// profile-based loyalty
				minimal("getLoyaltyBalances: today, every ledger", TalonOperation.GET_LOYALTY_BALANCES,
						List.of(program, customer), (client) -> client.getLoyaltyBalances(5, customer)),
				maximal("getLoyaltyBalances: at a time, one subledger, with tiers", TalonOperation.GET_LOYALTY_BALANCES,
						List.of(program, customer), (client) -> client.getLoyaltyBalances(5, customer,
								TalonV2AccountRequests.fullBalancesOptions())),
				minimal("getLoyaltyProgramProfileTransactions: the newest 50",
						TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS, List.of(program, customer),
						(client) -> client.getLoyaltyProgramProfileTransactions(5, customer,
								LoyaltyTransactionsOptions.defaults())),
				maximal("getLoyaltyProgramProfileTransactions: every filter",
						TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS, List.of(program, customer),
						(client) -> client.getLoyaltyProgramProfileTransactions(5, customer,
								TalonV2AccountRequests.fullTransactionsOptions(List.of("beans")))),
				minimal("getLoyaltyProgramProfilePoints: the active points",
						TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_POINTS, List.of(program, customer),
						(client) -> client.getLoyaltyProgramProfilePoints(5, customer,
								LoyaltyPointsOptions.of(null))),
				maximal("getLoyaltyProgramProfilePoints: pending, every filter, latest expiry first",
						TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_POINTS, List.of(program, customer),
						(client) -> client.getLoyaltyProgramProfilePoints(5, customer,
								TalonV2AccountRequests.fullPointsOptions())),
				minimal("joinLoyaltyProgram", TalonOperation.JOIN_LOYALTY_PROGRAM, List.of(program, customer),
						(client) -> client.joinLoyaltyProgram(5, customer)),
				maximal("joinLoyaltyProgram: an id with reserved characters", TalonOperation.JOIN_LOYALTY_PROGRAM,
						List.of(program, "a/b c?d#e%f+ü"), (client) -> client.joinLoyaltyProgram(5, "a/b c?d#e%f+ü")),
				minimal("deleteLoyaltyTransactionsFromLedgers: every ledger",
						TalonOperation.DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS, List.of(program, customer),
						(client) -> client.deleteLoyaltyTransactionsFromLedgers(5, customer,
								DeleteLoyaltyTransactionsRequest.allSubledgers())),
				maximal("deleteLoyaltyTransactionsFromLedgers: the main ledger and a subledger",
						TalonOperation.DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS, List.of(program, customer),
						(client) -> client.deleteLoyaltyTransactionsFromLedgers(5, customer,
								TalonV2AccountRequests.deletionFromSubledgers())),
				minimal("activateLoyaltyPoints: a session's points", TalonOperation.ACTIVATE_LOYALTY_POINTS,
						List.of(program), (client) -> client.activateLoyaltyPoints(5,
								ActivateLoyaltyPoints.ofSession("cart-1001"))),
				// the spec: transactionUUIDs "If provided, do not include the sessionId parameter", and the reverse
				maximal("activateLoyaltyPoints: two transactions' points (sessionId excludes them)",
						TalonOperation.ACTIVATE_LOYALTY_POINTS, List.of(program),
						(client) -> client.activateLoyaltyPoints(5, TalonV2AccountRequests.activationOfTransactions()),
						"/sessionId"),

				// card-based loyalty
				minimal("generateLoyaltyCard: an identifier Talon.One makes", TalonOperation.GENERATE_LOYALTY_CARD,
						List.of(cardProgram), (client) -> client.generateLoyaltyCard(125,
								GenerateLoyaltyCard.generated())),
				maximal("generateLoyaltyCard: an inactive card with its identifier, linked",
						TalonOperation.GENERATE_LOYALTY_CARD, List.of(cardProgram),
						(client) -> client.generateLoyaltyCard(125, TalonV2AccountRequests.fullCard())),
				minimal("getLoyaltyCardBalances", TalonOperation.GET_LOYALTY_CARD_BALANCES, List.of(cardProgram, card),
						(client) -> client.getLoyaltyCardBalances(125, card)),
				maximal("getLoyaltyCardBalances: at a time, two subledgers, a card id with reserved characters",
						TalonOperation.GET_LOYALTY_CARD_BALANCES, List.of(cardProgram, hostileCard),
						(client) -> client.getLoyaltyCardBalances(125, hostileCard,
								TalonV2AccountRequests.fullCardBalancesOptions())),
				minimal("getLoyaltyCardTransactions", TalonOperation.GET_LOYALTY_CARD_TRANSACTIONS,
						List.of(cardProgram, card), (client) -> client.getLoyaltyCardTransactions(125, card,
								LoyaltyTransactionsOptions.defaults())),
				maximal("getLoyaltyCardTransactions: every filter, two subledgers",
						TalonOperation.GET_LOYALTY_CARD_TRANSACTIONS, List.of(cardProgram, card),
						(client) -> client.getLoyaltyCardTransactions(125, card,
								TalonV2AccountRequests.fullTransactionsOptions(List.of("beans", "fuel")))),
				minimal("getLoyaltyCardPoints", TalonOperation.GET_LOYALTY_CARD_POINTS, List.of(cardProgram, card),
						(client) -> client.getLoyaltyCardPoints(125, card, LoyaltyPointsOptions.of(null))),
				maximal("getLoyaltyCardPoints: pending, every filter, latest expiry first",
						TalonOperation.GET_LOYALTY_CARD_POINTS, List.of(cardProgram, card),
						(client) -> client.getLoyaltyCardPoints(125, card, TalonV2AccountRequests.fullPointsOptions())),
				minimal("linkLoyaltyCardToProfile", TalonOperation.LINK_LOYALTY_CARD_TO_PROFILE,
						List.of(cardProgram, card),
						(client) -> client.linkLoyaltyCardToProfile(125, card, LoyaltyCardRegistration.of(customer))),
				maximal("linkLoyaltyCardToProfile: a card id with reserved characters",
						TalonOperation.LINK_LOYALTY_CARD_TO_PROFILE, List.of(cardProgram, hostileCard),
						(client) -> client.linkLoyaltyCardToProfile(125, hostileCard,
								LoyaltyCardRegistration.of(customer))),
				minimal("unlinkLoyaltyCardFromProfile", TalonOperation.UNLINK_LOYALTY_CARD_FROM_PROFILE,
						List.of(cardProgram, card),
						(client) -> client.unlinkLoyaltyCardFromProfile(125, card,
								LoyaltyCardRegistration.of(customer))),
				maximal("unlinkLoyaltyCardFromProfile: a card id with reserved characters",
						TalonOperation.UNLINK_LOYALTY_CARD_FROM_PROFILE, List.of(cardProgram, hostileCard),
						(client) -> client.unlinkLoyaltyCardFromProfile(125, hostileCard,
								LoyaltyCardRegistration.of(customer))),

				// audiences
				minimal("createAudienceV2: from scratch", TalonOperation.CREATE_AUDIENCE_V2, List.of(),
						(client) -> client.createAudienceV2(NewAudience.builder("Breakfast regulars").build())),
				maximal("createAudienceV2: mirrored from Segment, every field", TalonOperation.CREATE_AUDIENCE_V2,
						List.of(),
						(client) -> client.createAudienceV2(TalonV2AccountRequests.fullAudience())),
				minimal("updateAudienceV2: a new name", TalonOperation.UPDATE_AUDIENCE_V2, List.of(audience),
						(client) -> client.updateAudienceV2(42, UpdateAudience.name("VIP"))),
				maximal("updateAudienceV2: a new name and Applications", TalonOperation.UPDATE_AUDIENCE_V2,
						List.of(audience),
						(client) -> client.updateAudienceV2(42, TalonV2AccountRequests.audienceUpdate())),
				minimal("deleteAudienceV2", TalonOperation.DELETE_AUDIENCE_V2, List.of(audience),
						(client) -> client.deleteAudienceV2(42)),
				maximal("deleteAudienceV2: the greatest id", TalonOperation.DELETE_AUDIENCE_V2,
						List.of(Long.toString(Long.MAX_VALUE)), (client) -> client.deleteAudienceV2(Long.MAX_VALUE)),
				minimal("deleteAudienceMembershipsV2", TalonOperation.DELETE_AUDIENCE_MEMBERSHIPS_V2, List.of(audience),
						(client) -> client.deleteAudienceMembershipsV2(42)),
				maximal("deleteAudienceMembershipsV2: the greatest id", TalonOperation.DELETE_AUDIENCE_MEMBERSHIPS_V2,
						List.of(Long.toString(Long.MAX_VALUE)),
						(client) -> client.deleteAudienceMembershipsV2(Long.MAX_VALUE)),
				minimal("updateCustomerProfileAudiences: one customer joins",
						TalonOperation.UPDATE_CUSTOMER_PROFILE_AUDIENCES,
						List.of(), (client) -> client.updateCustomerProfileAudiences(CustomerProfileAudienceRequest
							.of(CustomerProfileAudienceRequestItem.add(customer, 42)))),
				maximal("updateCustomerProfileAudiences: joins and a leave",
						TalonOperation.UPDATE_CUSTOMER_PROFILE_AUDIENCES,
						List.of(),
						(client) -> client.updateCustomerProfileAudiences(TalonV2AccountRequests.audienceChanges())),
				minimal("updateAudienceCustomersAttributes: one attribute",
						TalonOperation.UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES, List.of(audience),
						(client) -> client.updateAudienceCustomersAttributes(42, Map.of("Segment", "vip"))),
				maximal("updateAudienceCustomersAttributes: attributes of several types",
						TalonOperation.UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES, List.of(audience),
						(client) -> client.updateAudienceCustomersAttributes(42,
								TalonV2AccountRequests.audienceAttributes())),

				// catalog and prices
				minimal("syncCatalog: remove an item", TalonOperation.SYNC_CATALOG, List.of("6"),
						(client) -> client.syncCatalog(6, CatalogSyncRequest.of(CatalogAction.remove("JUG-350")))),
				maximal("syncCatalog: additions with every field, on a version", TalonOperation.SYNC_CATALOG,
						List.of("6"),
						(client) -> client.syncCatalog(6, TalonV2AccountRequests.fullCatalogSyncs().get(0))),
				minimal("bestPriorPrice: one SKU, 30 days before now", TalonOperation.BEST_PRIOR_PRICE, List.of(),
						(client) -> client.bestPriorPrice(BestPriorPriceRequest.of(List.of("COF-1KG"), 30,
								OffsetDateTime.parse("2026-12-01T00:00:00Z"),
								BestPriorPriceRequest.TimeframeEndDateType.STRICT))),
				maximal("bestPriorPrice: two SKUs before the sale, for an audience", TalonOperation.BEST_PRIOR_PRICE,
						List.of(),
						(client) -> client.bestPriorPrice(TalonV2AccountRequests.fullBestPriorPrice())));
		return Stream.concat(requests, TalonV2AccountRequests.fullCatalogSyncs().stream().skip(1).map((sync) -> normal(
				"syncCatalog: " + sync.actions().get(0).type() + " with every field", TalonOperation.SYNC_CATALOG,
				List.of("6"), (client) -> client.syncCatalog(6, sync))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void whatTheServerReceivesConformsToTheSpec(RequestCase request) {
		TalonApiSpec.Operation operation = specOperation(request.operation());
		stubAnswer(operation);

		request.call().apply(client()).block(TIMEOUT);

		List<LoggedRequest> served = wireMock.findAll(anyRequestedFor(anyUrl()));
		assertThat(served).as("requests received by the server").hasSize(1);
		Received received = Received.of(served.get(0));
		assertThat(violations(operation, received, request.pathIds(), Instant.now()))
			.as("how %s %s?%s departs from the spec", received.method(), received.rawPath(), received.rawQuery())
			.isEmpty();
		assertThat(received.header("Authorization")).isEqualTo("ApiKey-v1 " + TalonFixtures.API_KEY);
		if (request.maximal()) {
			assertThat(received.query().keySet()).as("query parameters of a maximal request")
				.containsExactlyInAnyOrderElementsOf(names(operation.parameters("query")));
			if (operation.requestSchema() != null) {
				assertThat(missingProperties(operation.requestSchema(), JSON.readTree(received.body()), ""))
					.as("writable properties of %s that the maximal body %s does not carry", operation.requestSchema(),
							received.bodyText())
					.containsExactlyInAnyOrderElementsOf(request.notCarrying());
			}
		}
	}

	/** Every operation the client offers of today's API has a minimal and a maximal request above. */
	@Test
	void everyOperationOfTodaysApiIsCoveredMinimallyAndMaximally() {
		Set<TalonOperation> minimal = new LinkedHashSet<>();
		Set<TalonOperation> maximal = new LinkedHashSet<>();
		requests().map(Named::getPayload).forEach((request) -> {
			if (request.kind() == Kind.MINIMAL) {
				minimal.add(request.operation());
			}
			if (request.maximal()) {
				maximal.add(request.operation());
			}
		});
		assertThat(minimal).containsExactlyInAnyOrderElementsOf(todaysOperations());
		assertThat(maximal).containsExactlyInAnyOrderElementsOf(todaysOperations());
	}

	/** Each row of {@link TalonOperation} for today's API has the spec's method and path for its operationId. */
	@Test
	void todaysOperationsHaveTheSpecsMethodAndPath() {
		for (TalonOperation operation : todaysOperations()) {
			TalonApiSpec.Operation specified = specOperation(operation);
			assertThat(operation.method().name()).as("method of %s", operation).isEqualTo(specified.method());
			assertThat(operation.pathTemplate()).as("path of %s", operation).isEqualTo(specified.path());
			assertThat(specified.tags()).as("tags of %s", operation).contains("integration");
		}
	}

	/** The client refuses, before any request, the options that the spec says Talon.One refuses. */
	@Test
	void optionsThatTalonOneRefusesAreRefusedBeforeAnyRequest() {
		WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
					URI.create(wireMock.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.clock(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC))
			.build();
		IntegrationRequest update = TalonV2Requests.cartUpdate();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerSessionV2("cart-1", update,
					UpdateCustomerSessionV2Options.dryRunAt(OffsetDateTime.parse("2026-11-30T12:00:00Z"))))
			.withMessage("now must be in the future but was 2026-11-30T12:00Z");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerSessionV2("cart-1", update,
					UpdateCustomerSessionV2Options.dryRunAt(OffsetDateTime.parse("2026-11-30T13:59:59+02:00"))))
			.withMessageStartingWith("now must be in the future");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UpdateCustomerSessionV2Options(false, OffsetDateTime.parse("2027-01-01T00:00:00Z")))
			.withMessageContaining("now is only allowed in a dry run");
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdateCustomerProfileV2Options(false, true))
			.withMessage("dry is only allowed with runRuleEngine=true");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrackEventOptions.defaults().withForceCompleteEvaluation())
			.withMessageContaining("forceCompleteEvaluation");
		assertThatIllegalArgumentException().isThrownBy(() -> new TrackEventOptions(true, false, true))
			.withMessageContaining("forceCompleteEvaluation");
		assertThatIllegalArgumentException().isThrownBy(() -> ReturnCartItemsOptions.idempotencyKey("k".repeat(256)))
			.withMessageContaining("255");
		assertThatIllegalArgumentException().isThrownBy(() -> ReturnCartItemsOptions.idempotencyKey("return 42"))
			.withMessageContaining("visible ASCII");
		assertThatIllegalArgumentException().isThrownBy(() -> client.updateCustomerSessionV2("cart-1", update, null))
			.withMessage("options must not be null");
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	// ---------------------------------------------------------------------------------------------------------
	// Negative controls: each check finds what it is meant to find
	// ---------------------------------------------------------------------------------------------------------

	static Stream<Arguments> departures() {
		Received dryRun = new Received("PUT", "/v2/customer_sessions/cart-1",
				"dry=true&now=" + UriUtils.encode("2099-01-01T00:00:00+01:00", StandardCharsets.UTF_8),
				Map.of("Content-Type", "application/json"),
				"{\"customerSession\":{\"profileId\":\"customer-7\"},\"responseContent\":[\"customerSession\"]}"
					.getBytes(StandardCharsets.UTF_8));
		Received event = new Received("POST", "/v2/events", "silent=no&dry=true&forceCompleteEvaluation=true",
				Map.of("Content-Type", "application/json"),
				"{\"profileId\":\"customer-7\",\"type\":\"viewed\"}".getBytes(StandardCharsets.UTF_8));
		Received profile = new Received("PUT", "/v2/customer_profiles/customer-7", "runRuleEngine=true&dry=true",
				Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
		Received returned = new Received("POST", "/v2/customer_sessions/cart-1/returns", "",
				Map.of("Content-Type", "application/json", "Idempotency-Key", "8d0f3b0e-4c55-4b8e-9d2e-1f0c1a2b3c4d"),
				"{\"return\":{\"returnedCartItems\":[{\"position\":0,\"quantity\":1}]}}".getBytes(StandardCharsets.UTF_8));
		Received read = new Received("GET", "/v2/customer_sessions/cart-1", "", Map.of(), new byte[0]);
		Received transactions = new Received("GET", "/v1/loyalty_programs/5/profile/customer-7/transactions",
				"pageSize=50&customerSessionIDs=cart-1&customerSessionIDs=cart-2&awaitsActivation=true", Map.of(),
				new byte[0]);
		Received achievements = new Received("GET", "/v1/customer_profiles/customer-7/achievements",
				"campaignIds=1%2C2&currentProgressStatus=completed", Map.of(), new byte[0]);
		Received points = new Received("GET", "/v1/loyalty_programs/125/cards/card-0042/points",
				"status=pending&sort=-expiryDate", Map.of(), new byte[0]);
		return Stream.of(
				departure("another second path id", "getLoyaltyProgramProfileTransactions", transactions,
						(r) -> r.withPath("/v1/loyalty_programs/5/profile/customer-8/transactions"),
						"integrationId is 'customer-8'"),
				departure("another numeric path id", "getLoyaltyProgramProfileTransactions", transactions,
						(r) -> r.withPath("/v1/loyalty_programs/6/profile/customer-7/transactions"),
						"loyaltyProgramId is '6'"),
				departure("a numeric path id that is not a number", "getLoyaltyCardPoints", points,
						(r) -> r.withPath("/v1/loyalty_programs/five/cards/card-0042/points"), "is not an integer"),
				departure("a card id shorter than its minLength", "getLoyaltyCardPoints", points,
						(r) -> r.withPath("/v1/loyalty_programs/125/cards/c42/points"), "characters"),
				departure("a page size above its maximum", "getLoyaltyProgramProfileTransactions", transactions,
						(r) -> r.withQuery(r.rawQuery().replace("pageSize=50", "pageSize=1001")), "is outside 1..1000"),
				departure("a page size that is not a number", "getLoyaltyProgramProfileTransactions", transactions,
						(r) -> r.withQuery(r.rawQuery().replace("pageSize=50", "pageSize=all")), "is not an integer"),
				departure("awaitsActivation=false, which Talon.One answers with 400",
						"getLoyaltyProgramProfileTransactions", transactions,
						(r) -> r.withQuery(r.rawQuery().replace("awaitsActivation=true", "awaitsActivation=false")),
						"awaitsActivation=false"),
				departure("an array of explode: false sent once per value", "getCustomerAchievements", achievements,
						(r) -> r.withQuery("campaignIds=1&campaignIds=2"), "campaignIds sent 2 times"),
				departure("an enum value of an array that is not in its items' enum", "getCustomerAchievements",
						achievements, (r) -> r.withQuery("currentProgressStatus=completed%2Cexpired"),
						"currentProgressStatus=expired is not one of"),
				departure("a sort that is not a field", "getLoyaltyCardPoints", points,
						(r) -> r.withQuery("sort=-created"), "sort=-created is not one of"),
				departure("another method", "updateCustomerSessionV2", dryRun, (r) -> r.withMethod("POST"),
						"method POST"),
				departure("another path", "updateCustomerSessionV2", dryRun,
						(r) -> r.withPath("/v2/customer_session/cart-1"), "path /v2/customer_session/cart-1"),
				departure("an id split into two segments", "updateCustomerSessionV2", dryRun,
						(r) -> r.withPath("/v2/customer_sessions/cart/1"), "path /v2/customer_sessions/cart/1"),
				departure("another id", "updateCustomerSessionV2", dryRun,
						(r) -> r.withPath("/v2/customer_sessions/cart-2"), "customerSessionId is 'cart-2'"),
				departure("an unknown query parameter", "updateCustomerSessionV2", dryRun,
						(r) -> r.withQuery("dryRun=true"), "unknown query parameter dryRun"),
				departure("a parameter sent twice", "updateCustomerSessionV2", dryRun,
						(r) -> r.withQuery(r.rawQuery() + "&dry=true"), "dry sent 2 times"),
				departure("a boolean written as yes", "updateCustomerSessionV2", dryRun,
						(r) -> r.withQuery(r.rawQuery().replace("dry=true", "dry=yes")), "dry=yes is not a boolean"),
				departure("a date-time without offset", "updateCustomerSessionV2", dryRun,
						(r) -> r.withQuery("dry=true&now=2099-01-01T00:00:00"), "not an RFC 3339 date-time"),
				departure("a date-time whose + was not encoded (a server reads a space)", "updateCustomerSessionV2",
						dryRun, (r) -> r.withQuery("dry=true&now=2099-01-01T00:00:00+01:00"),
						"not an RFC 3339 date-time"),
				departure("now in the past", "updateCustomerSessionV2", dryRun,
						(r) -> r.withQuery("dry=true&now=2020-01-01T00:00:00Z"), "now is not in the future"),
				departure("now without dry", "updateCustomerSessionV2", dryRun,
						(r) -> r.withQuery("now=2099-01-01T00:00:00Z"), "now without dry=true"),
				departure("silent neither yes nor no", "trackEventV2", event,
						(r) -> r.withQuery("silent=false"), "silent=false is neither yes nor no"),
				departure("forceCompleteEvaluation without dry", "trackEventV2", event,
						(r) -> r.withQuery("silent=no&forceCompleteEvaluation=true"),
						"forceCompleteEvaluation without dry=true"),
				departure("a profile's dry run without the rules", "updateCustomerProfileV2", profile,
						(r) -> r.withQuery("dry=true"), "dry without runRuleEngine=true"),
				departure("a return without Idempotency-Key", "returnCartItems", returned,
						(r) -> r.withHeader("Idempotency-Key", null), "Idempotency-Key"),
				departure("a return with a key of 256 characters", "returnCartItems", returned,
						(r) -> r.withHeader("Idempotency-Key", "k".repeat(256)), "Idempotency-Key"),
				departure("an Idempotency-Key on another operation", "trackEventV2", event,
						(r) -> r.withHeader("Idempotency-Key", "k"), "Idempotency-Key"),
				departure("a body the schema refuses", "updateCustomerSessionV2", dryRun,
						(r) -> r.withBody("{\"customerSession\":{},\"responseContent\":[\"everything\"]}"),
						"/responseContent/0"),
				departure("a body that is not JSON", "returnCartItems", returned, (r) -> r.withBody("return=0"),
						"not JSON"),
				departure("a body on a read", "getCustomerSession", read, (r) -> r.withBody("{}"),
						"a body but the operation has none"),
				departure("JSON without its content type", "trackEventV2", event,
						(r) -> r.withHeader("Content-Type", "text/plain"), "Content-Type"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("departures")
	void eachCheckFindsWhatItIsMeantToFind(String departure, String operationId, Received valid,
			UnaryOperator<Received> change, String expected) {
		TalonApiSpec.Operation operation = spec.operation(operationId).orElseThrow();
		List<String> pathIds = pathIds(operation, valid);
		assertThat(violations(operation, valid, pathIds, Instant.now())).as("the valid request").isEmpty();
		assertThat(violations(operation, change.apply(valid), pathIds, Instant.now())).as(departure)
			.anySatisfy((violation) -> assertThat(violation).contains(expected));
	}

	@Test
	void aMaximalBodyLackingAPropertyIsFound() {
		String lacking = "{\"customerSession\":{\"profileId\":\"customer-7\",\"cartItems\":[{\"sku\":\"A\","
				+ "\"quantity\":1}]}}";
		assertThat(missingProperties("IntegrationRequest", JSON.readTree(lacking), ""))
			.contains("/responseContent", "/customerSession/couponCodes", "/customerSession/cartItems/0/price",
					"/customerSession/cartItems/0/additionalCosts")
			.doesNotContain("/customerSession/cartItems/0/position", "/customerSession/cartItems/0/prices");
	}

	// ---------------------------------------------------------------------------------------------------------
	// The checks
	// ---------------------------------------------------------------------------------------------------------

	/**
	 * How a received request departs from the spec's operation; empty when it conforms.
	 * @param operation the operation
	 * @param received what the server received
	 * @param pathIds the ids the path must carry, in the order of the path (empty when it has no path parameter)
	 * @param now the current time, for {@code now}
	 */
	static List<String> violations(TalonApiSpec.Operation operation, Received received, List<String> pathIds,
			Instant now) {
		List<String> violations = new ArrayList<>();
		if (!received.method().equals(operation.method())) {
			violations.add("method " + received.method() + ", not " + operation.method());
		}
		Matcher path = Pattern.compile(operation.path().replaceAll("\\{[^}]+}", "([^/]+)")).matcher(received.rawPath());
		List<String> names = new ArrayList<>();
		Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
		while (variables.find()) {
			names.add(variables.group(1));
		}
		if (!path.matches()) {
			violations.add("path " + received.rawPath() + " is not " + operation.path());
		}
		else if (path.groupCount() != pathIds.size()) {
			violations.add("path " + received.rawPath() + " carries " + path.groupCount() + " ids, not " + pathIds);
		}
		else {
			for (int i = 0; i < path.groupCount(); i++) {
				String id = UriUtils.decode(path.group(i + 1), StandardCharsets.UTF_8);
				if (!id.equals(pathIds.get(i))) {
					violations.add(names.get(i) + " is '" + id + "', not '" + pathIds.get(i) + "'");
				}
				violations.addAll(valueViolations(operation, parameter(operation, names.get(i)), id));
			}
		}
		violations.addAll(queryViolations(operation, received.query(), now));
		String key = received.header("Idempotency-Key");
		if (operation.operationId().equals("returnCartItems")) {
			if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
				violations.add("Idempotency-Key " + key + " is not 1 to 255 visible ASCII characters");
			}
		}
		else if (key != null) {
			violations.add("an Idempotency-Key on " + operation.operationId() + ", which does not document one");
		}
		if (operation.requestSchema() == null) {
			if (received.body().length > 0) {
				violations.add("a body but the operation has none: " + received.bodyText());
			}
		}
		else {
			String contentType = received.header("Content-Type");
			if (contentType == null || !contentType.startsWith("application/json")) {
				violations.add("Content-Type " + contentType + ", not application/json");
			}
			violations.addAll(spec.requestViolations(operation.requestSchema(), received.bodyText()));
		}
		return violations;
	}

	private static List<String> queryViolations(TalonApiSpec.Operation operation, Map<String, List<String>> query,
			Instant now) {
		List<String> violations = new ArrayList<>();
		Map<String, TalonApiSpec.Parameter> parameters = new LinkedHashMap<>();
		operation.parameters("query").forEach((parameter) -> parameters.put(parameter.name(), parameter));
		parameters.values().stream().filter(TalonApiSpec.Parameter::required)
			.filter((parameter) -> !query.containsKey(parameter.name()))
			.forEach((parameter) -> violations.add("required query parameter " + parameter.name() + " missing"));
		query.forEach((name, values) -> {
			TalonApiSpec.Parameter parameter = parameters.get(name);
			if (parameter == null) {
				violations.add("unknown query parameter " + name + " (the operation takes " + parameters.keySet() + ")");
				return;
			}
			JsonNode definition = definition(operation, name);
			boolean array = "array".equals(parameter.type());
			// an array is sent once per value unless the spec says explode: false (OpenAPI's default for form)
			boolean explode = array && definition.path("explode").asBoolean(true);
			if (values.size() != 1 && !explode) {
				violations.add(name + " sent " + values.size() + " times" + (array ? " (explode: false: once, "
						+ "its values separated by commas)" : ""));
			}
			for (String value : values) {
				for (String element : (array && !explode) ? List.of(value.split(",", -1)) : List.of(value)) {
					violations.addAll(valueViolations(operation, parameter, element));
				}
			}
		});
		if ("false".equals(single(query, "awaitsActivation"))) {
			violations.add("awaitsActivation=false (spec: \"If false: Returns a 400 response\")");
		}
		String dry = single(query, "dry");
		String when = single(query, "now");
		if (when != null && !"true".equals(dry)) {
			violations.add("now without dry=true (spec: only with dry=true)");
		}
		if (when != null && isDateTime(when) && !OffsetDateTime.parse(when).toInstant().isAfter(now)) {
			violations.add("now is not in the future (spec: only a date in the future): " + when);
		}
		if ("true".equals(single(query, "forceCompleteEvaluation")) && !"true".equals(dry)) {
			violations.add("forceCompleteEvaluation without dry=true (spec: requires dry=true)");
		}
		if (operation.operationId().equals("updateCustomerProfileV2") && "true".equals(dry)
				&& !"true".equals(single(query, "runRuleEngine"))) {
			violations.add("dry without runRuleEngine=true (spec: only works when runRuleEngine=true)");
		}
		return violations;
	}

	/**
	 * How a parameter's value departs from its definition: its type (of its items, for an array), format, enum and
	 * limits ({@code minimum}, {@code maximum}, {@code minLength}, {@code maxLength}).
	 */
	private static List<String> valueViolations(TalonApiSpec.Operation operation, TalonApiSpec.Parameter parameter,
			String value) {
		String name = parameter.name();
		JsonNode schema = definition(operation, name).path("schema");
		if (schema.has("items")) {
			schema = schema.get("items");
		}
		if ("boolean".equals(parameter.type()) && !value.equals("true") && !value.equals("false")) {
			return List.of(name + "=" + value + " is not a boolean");
		}
		if ("date-time".equals(parameter.format()) && !isDateTime(value)) {
			return List.of(name + "=" + value + " is not an RFC 3339 date-time");
		}
		if ("integer".equals(schema.path("type").asString(""))) {
			try {
				long number = Long.parseLong(value);
				if ((schema.has("minimum") && number < schema.get("minimum").asLong())
						|| (schema.has("maximum") && number > schema.get("maximum").asLong())) {
					return List.of(name + "=" + value + " is outside " + schema.path("minimum").asString("")
							+ ".." + schema.path("maximum").asString(""));
				}
			}
			catch (NumberFormatException ex) {
				return List.of(name + "=" + value + " is not an integer");
			}
		}
		if ((schema.has("minLength") && value.length() < schema.get("minLength").asInt())
				|| (schema.has("maxLength") && value.length() > schema.get("maxLength").asInt())) {
			return List.of(name + "=" + value + " does not have " + schema.path("minLength").asString("")
					+ ".." + schema.path("maxLength").asString("") + " characters");
		}
		// sort: "To sort them in descending order, prefix the field name with -" (the enum lists the fields)
		String enumerated = (name.equals("sort") && value.startsWith("-")) ? value.substring(1) : value;
		if (!parameter.enumValues().isEmpty() && !parameter.enumValues().contains(enumerated)) {
			return List.of(name + "=" + value + " is not one of " + parameter.enumValues());
		}
		// silent is a string whose description says "Possible values: yes or no"
		if (name.equals("silent") && !value.equals("yes") && !value.equals("no")) {
			return List.of(name + "=" + value + " is neither yes nor no");
		}
		return List.of();
	}

	/** The spec's definition of a parameter of the operation (its style, explode, schema and limits). */
	private static JsonNode definition(TalonApiSpec.Operation operation, String name) {
		return JSON.readTree(spec.parameterDefinition(operation.operationId(), name)
			.orElseThrow(() -> new AssertionError(operation.operationId() + " has no parameter " + name)));
	}

	private static TalonApiSpec.Parameter parameter(TalonApiSpec.Operation operation, String name) {
		return operation.parameters("path").stream()
			.filter((parameter) -> parameter.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(operation.operationId() + " has no path parameter " + name));
	}

	private static boolean isDateTime(String value) {
		try {
			DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String single(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The writable properties of the schema (following {@code $ref} and {@code allOf}; for arrays, those that no
	 * element carries) that the value does not carry, as JSON pointers.
	 */
	static List<String> missingProperties(String schemaName, JsonNode value, String pointer) {
		List<String> missing = new ArrayList<>();
		collectMissing(JSON.readTree(spec.schema(schemaName)), value, pointer, missing);
		return missing;
	}

	private static void collectMissing(JsonNode schema, JsonNode value, String pointer, List<String> missing) {
		JsonNode resolved = resolve(schema);
		if (value.isArray()) {
			JsonNode items = resolved.path("items");
			if (value.isEmpty()) {
				missing.add(pointer + "/0");
				return;
			}
			Set<String> missingInEvery = null;
			for (int i = 0; i < value.size(); i++) {
				List<String> missingHere = new ArrayList<>();
				collectMissing(items, value.get(i), pointer + "/0", missingHere);
				if (missingInEvery == null) {
					missingInEvery = new TreeSet<>(missingHere);
				}
				else {
					missingInEvery.retainAll(missingHere);
				}
			}
			missing.addAll(missingInEvery);
			return;
		}
		if (!value.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> property : properties(resolved).entrySet()) {
			if (resolve(property.getValue()).path("readOnly").asBoolean(false)
					|| property.getValue().path("readOnly").asBoolean(false)) {
				continue;
			}
			String at = pointer + "/" + property.getKey();
			JsonNode carried = value.get(property.getKey());
			if (carried == null || carried.isNull()) {
				missing.add(at);
			}
			else {
				collectMissing(property.getValue(), carried, at, missing);
			}
		}
	}

	/** A schema node with its {@code $ref} (and a lone {@code allOf} element) followed. */
	private static JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		for (int i = 0; i < 10; i++) {
			String ref = resolved.path("$ref").asString("");
			if (ref.startsWith("#/components/schemas/")) {
				resolved = JSON.readTree(spec.schema(ref.substring("#/components/schemas/".length())));
			}
			else if (resolved.has("allOf") && resolved.get("allOf").size() == 1 && !resolved.has("properties")) {
				resolved = resolved.get("allOf").get(0);
			}
			else {
				break;
			}
		}
		return resolved;
	}

	/** The properties of a schema, its own and those of its {@code allOf} parts. */
	private static Map<String, JsonNode> properties(JsonNode schema) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		for (JsonNode part : schema.path("allOf")) {
			properties.putAll(properties(resolve(part)));
		}
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			properties.put(property.getKey(), property.getValue());
		}
		return properties;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------

	private static TalonIntegrationClient client() {
		return new WebClientTalonIntegrationClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
				URI.create(wireMock.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY));
	}

	/** The operations of today's API that the client offers: every row but the legacy v1 ones. */
	static List<TalonOperation> todaysOperations() {
		return Arrays.stream(TalonOperation.values()).filter((operation) -> !operation.isLegacy()).toList();
	}

	static TalonApiSpec.Operation specOperation(TalonOperation operation) {
		return spec.operation(operation.operationName())
			.orElseThrow(() -> new AssertionError(operation.operationName() + " is not in the spec"));
	}

	/** Answers with the spec's success status: a small valid answer, or 204 to a silent call. */
	private static void stubAnswer(TalonApiSpec.Operation operation) {
		Map.Entry<Integer, String> success = operation.responseSchemas().entrySet().stream()
			.filter((response) -> response.getKey() / 100 == 2)
			.min(Map.Entry.comparingByKey())
			.orElseThrow();
		wireMock.stubFor(any(anyUrl()).willReturn((success.getValue() != null)
				? aResponse().withStatus(success.getKey())
					.withHeader("Content-Type", "application/json")
					.withBody(TalonV2Answers.minimal(success.getValue()))
				: aResponse().withStatus(success.getKey())));
		wireMock.stubFor(any(anyUrl()).withQueryParam("silent", equalTo("yes"))
			.willReturn(aResponse().withStatus(204)));
	}

	private static List<String> names(List<TalonApiSpec.Parameter> parameters) {
		return parameters.stream().map(TalonApiSpec.Parameter::name).toList();
	}

	/** The ids of a request's path, at the places of the operation's path variables, decoded. */
	private static List<String> pathIds(TalonApiSpec.Operation operation, Received received) {
		Matcher path = Pattern.compile(operation.path().replaceAll("\\{[^}]+}", "([^/]+)")).matcher(received.rawPath());
		assertThat(path.matches()).as("%s matches %s", received, operation.path()).isTrue();
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= path.groupCount(); i++) {
			ids.add(UriUtils.decode(path.group(i), StandardCharsets.UTF_8));
		}
		return ids;
	}

	private static Arguments departure(String departure, String operationId, Received valid,
			UnaryOperator<Received> change, String expected) {
		return Arguments.of(departure, operationId, valid, change, expected);
	}

	private static Named<RequestCase> minimal(String name, TalonOperation operation, String pathId,
			Function<TalonIntegrationClient, Mono<?>> call) {
		return minimal(name, operation, ids(pathId), call);
	}

	private static Named<RequestCase> minimal(String name, TalonOperation operation, List<String> pathIds,
			Function<TalonIntegrationClient, Mono<?>> call) {
		return Named.of(name, new RequestCase(operation, pathIds, Kind.MINIMAL, call, List.of()));
	}

	private static Named<RequestCase> maximal(String name, TalonOperation operation, String pathId,
			Function<TalonIntegrationClient, Mono<?>> call) {
		return maximal(name, operation, ids(pathId), call);
	}

	/**
	 * A maximal request; {@code notCarrying} names the properties (as JSON pointers) that the spec forbids together
	 * with others the request carries.
	 */
	private static Named<RequestCase> maximal(String name, TalonOperation operation, List<String> pathIds,
			Function<TalonIntegrationClient, Mono<?>> call, String... notCarrying) {
		return Named.of(name, new RequestCase(operation, pathIds, Kind.MAXIMAL, call, List.of(notCarrying)));
	}

	private static Named<RequestCase> normal(String name, TalonOperation operation, String pathId,
			Function<TalonIntegrationClient, Mono<?>> call) {
		return normal(name, operation, ids(pathId), call);
	}

	private static Named<RequestCase> normal(String name, TalonOperation operation, List<String> pathIds,
			Function<TalonIntegrationClient, Mono<?>> call) {
		return Named.of(name, new RequestCase(operation, pathIds, Kind.NORMAL, call, List.of()));
	}

	private static List<String> ids(String pathId) {
		return (pathId != null) ? List.of(pathId) : List.of();
	}

	enum Kind {

		/** Only what is required, Talon.One's defaults. */
		MINIMAL,

		/** Every query parameter, every writable property. */
		MAXIMAL,

		/** Another case worth sending. */
		NORMAL

	}

	/**
	 * One request sent through the client.
	 *
	 * @param operation the operation
	 * @param pathIds the ids its path must carry, in the order of the path
	 * @param kind minimal, maximal or neither
	 * @param call the call of the client
	 * @param notCarrying the writable properties a maximal request may lack, as the spec excludes them
	 */
	record RequestCase(TalonOperation operation, List<String> pathIds, Kind kind,
			Function<TalonIntegrationClient, Mono<?>> call, List<String> notCarrying) {

		boolean maximal() {
			return this.kind == Kind.MAXIMAL;
		}

	}

	/**
	 * A request as the server received it.
	 *
	 * @param method the method
	 * @param rawPath the path as sent (encoded)
	 * @param rawQuery the query as sent (encoded), empty when none
	 * @param headers the headers of interest
	 * @param body the body's bytes
	 */
	record Received(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {

		static Received of(LoggedRequest request) {
			URI uri = URI.create(request.getUrl());
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : List.of("Content-Type", "Authorization", "Idempotency-Key")) {
				if (request.containsHeader(name)) {
					headers.put(name, request.getHeader(name));
				}
			}
			return new Received(request.getMethod().getName(), uri.getRawPath(),
					(uri.getRawQuery() != null) ? uri.getRawQuery() : "", headers,
					(request.getBody() != null) ? request.getBody() : new byte[0]);
		}

		String header(String name) {
			return this.headers.get(name);
		}

		/** The query as a server reads it: split at {@code &} and {@code =}, then form-decoded ({@code +} is a space). */
		Map<String, List<String>> query() {
			Map<String, List<String>> query = new LinkedHashMap<>();
			if (this.rawQuery.isEmpty()) {
				return query;
			}
			for (String pair : this.rawQuery.split("&")) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				query.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
			return query;
		}

		String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		Received withMethod(String method) {
			return new Received(method, this.rawPath, this.rawQuery, this.headers, this.body);
		}

		Received withPath(String rawPath) {
			return new Received(this.method, rawPath, this.rawQuery, this.headers, this.body);
		}

		Received withQuery(String rawQuery) {
			return new Received(this.method, this.rawPath, rawQuery, this.headers, this.body);
		}

		Received withHeader(String name, String value) {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			if (value == null) {
				headers.remove(name);
			}
			else {
				headers.put(name, value);
			}
			return new Received(this.method, this.rawPath, this.rawQuery, headers, this.body);
		}

		Received withBody(String body) {
			return new Received(this.method, this.rawPath, this.rawQuery, this.headers,
					body.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			return this.method + " " + this.rawPath + (this.rawQuery.isEmpty() ? "" : "?" + this.rawQuery);
		}

	}

}
