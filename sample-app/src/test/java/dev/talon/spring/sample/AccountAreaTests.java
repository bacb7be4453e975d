package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.talon.spring.sample.AccountController.DataDeleted;
import dev.talon.spring.sample.AccountController.SignedUp;
import dev.talon.spring.sample.AccountView.CouponView;
import dev.talon.spring.sample.AccountView.DataDeletion;
import dev.talon.spring.sample.AccountView.PointsHistory;
import dev.talon.spring.sample.AccountView.PointsTransaction;
import dev.talon.spring.sample.CartPromotions.CodeStatus;
import dev.talon.spring.sample.CartView.CodeView;
import dev.talon.spring.sample.CustomerView.ProfileUpdate;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account area of the sample shop beyond the README's walkthrough ({@link AccountWalkthroughTests}), on a random
 * port against the embedded simulators: a sign-up in the UK market, signing up again, a sign-up or an account page
 * while Talon.One Applications are down, the points history page by page, "delete my data" failing everywhere or
 * finding nothing, and requests the shop or Talon.One would refuse, which are 400s and never 500s.
 */
@ShopTest
class AccountAreaTests {

	@Autowired
	WebTestClient web;

	@Autowired
	@Qualifier("eu")
	TalonSimulator eu;

	@Autowired
	@Qualifier("uk")
	TalonSimulator uk;

	ShopClient shop;

	String customerId;

	@BeforeEach
	void setUp() {
		this.shop = new ShopClient(this.web);
		this.customerId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
	}


	@Test
	void aSignUpInTheUkMarketReservesTheUkCouponForThatCustomerOnly() {
		SignedUp signedUp = signUp(this.customerId, "uk").expectStatus()
			.isCreated()
			.expectBody(SignedUp.class)
			.returnResult()
			.getResponseBody();

		assertThat(signedUp).isEqualTo(new SignedUp(this.customerId, "uk", "HELLO5",
				Map.of("eu", ProfileUpdate.UPDATED, "uk", ProfileUpdate.UPDATED)));
		assertThat(this.uk.couponReservations("HELLO5")).contains(this.customerId);
		assertThat(this.eu.couponReservations("HELLO15")).doesNotContain(this.customerId);
		assertThat(account(this.customerId, "uk").coupons()).containsExactly(new CouponView("HELLO5", "active", true,
				null));
		assertThat(account(this.customerId, null).coupons()).as("the EU wallet").isEmpty();

		CartView own = this.shop.createCart(this.customerId, "uk");
		this.shop.setQuantity(own.id(), "COFFEE-1KG", 2);
		assertThat(this.shop.addCoupon(own.id(), "HELLO5").coupons())
			.containsExactly(new CodeView("HELLO5", CodeStatus.ACCEPTED, null));
		CartView someoneElses = this.shop.createCart("acct-other", "uk");
		this.shop.setQuantity(someoneElses.id(), "COFFEE-1KG", 2);
		assertThat(this.shop.addCoupon(someoneElses.id(), "HELLO5").coupons())
			.containsExactly(new CodeView("HELLO5", CodeStatus.REJECTED, "CouponReservationRequired"));
		CartView anonymous = this.shop.createCart(null, "uk");
		assertThat(this.shop.addCoupon(anonymous.id(), "HELLO5").coupons())
			.containsExactly(new CodeView("HELLO5", CodeStatus.REJECTED, "ProfileRequired"));
	}

	@Test
	void signingUpAgainIsSafe() {
		signUp(this.customerId, null).expectStatus().isCreated();
		signUp(this.customerId, null).expectStatus().isCreated();

		assertThat(this.eu.couponReservations("HELLO15")).containsOnlyOnce(this.customerId);
		assertThat(account(this.customerId, null).coupons()).extracting(CouponView::code).containsExactly("HELLO15");
	}

	@Test
	void aSignUpWhoseMarketsApplicationIsDownAnswers503WithTheOutcomeInEachAndSigningUpAgainLaterFinishesIt() {
		this.uk.faults().failAll(SimulatedFailure.status(503));

		WebTestClient.ResponseSpec response = signUp(this.customerId, "uk");

		response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5");
		ProblemDetail problem = ShopClient.problem(response, 503);
		assertThat(problem.getDetail()).isEqualTo("You could not be signed up in market uk right now; please sign up "
				+ "again in a moment (that is safe).");
		assertThat(problem.getProperties()).containsEntry("customerId", this.customerId)
			.containsEntry("applications", Map.of("eu", "UPDATED", "uk", "FAILED"));
		assertThat(this.eu.profile(this.customerId)).as("the EU Application took the profile").isPresent();
		assertThat(this.uk.couponReservations("HELLO5")).doesNotContain(this.customerId);
		this.uk.faults().clear();
		signUp(this.customerId, "uk").expectStatus().isCreated();
		assertThat(this.uk.couponReservations("HELLO5")).contains(this.customerId);
	}

	@Test
	void aSignUpInAMarketWhoseApplicationIsDownElsewhereIsDoneAndSaysWhereItIsMissing() {
		this.uk.faults().failAll(SimulatedFailure.status(503));

		SignedUp signedUp = signUp(this.customerId, null).expectStatus()
			.isCreated()
			.expectBody(SignedUp.class)
			.returnResult()
			.getResponseBody();

		assertThat(signedUp.applications()).containsExactly(Map.entry("eu", ProfileUpdate.UPDATED),
				Map.entry("uk", ProfileUpdate.FAILED));
		assertThat(this.eu.couponReservations("HELLO15")).contains(this.customerId);
	}

	@Test
	void aSignUpTalonOneRefusesIsA502ThatPromisesNoRetry() {
		this.uk.faults().failAll(SimulatedFailure.status(401));

		WebTestClient.ResponseSpec response = signUp(this.customerId, "uk");

		response.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
		ProblemDetail problem = ShopClient.problem(response, 502);
		assertThat(problem.getDetail()).isEqualTo("You could not be signed up in market uk: Talon.One refused the "
				+ "sign-up.");
		assertThat(problem.getProperties()).containsEntry("applications", Map.of("eu", "UPDATED", "uk", "REFUSED"));
	}

	@Test
	void aSignUpThatNoApplicationTookAnswers503() {
		this.eu.faults().failAll(SimulatedFailure.status(503));
		this.uk.faults().failAll(SimulatedFailure.status(503));

		ProblemDetail problem = ShopClient.problem(signUp(this.customerId, null), 503);

		assertThat(problem.getDetail())
			.isEqualTo("You could not be signed up right now; please try again in a moment.");
		assertThat(problem.getProperties()).containsEntry("applications", Map.of("eu", "FAILED", "uk", "FAILED"));
		assertThat(this.eu.couponReservations("HELLO15")).doesNotContain(this.customerId);
	}

	@Test
	void aSignUpWithoutACustomerOrInAnUnknownMarketIsRefused() {
		assertThat(ShopClient.problem(signUp(" ", null), 400).getDetail()).isEqualTo("customerId must not be blank");
		assertThat(ShopClient.problem(signUp(this.customerId, "us"), 400).getDetail())
			.isEqualTo("There is no market 'us': the markets are eu, uk");
		assertThat(this.eu.profile(this.customerId)).isEmpty();
	}

	@Test
	void theAccountPageWhileTheMarketsApplicationIsDownSaysSoWithA503() {
		signUp(this.customerId, null).expectStatus().isCreated();
		this.eu.faults().failAll(SimulatedFailure.status(503));

		WebTestClient.ResponseSpec response = this.web.get().uri("/accounts/{id}", this.customerId).exchange();

		response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5");
		response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		ProblemDetail problem = ShopClient.problem(response, 503);
		assertThat(problem.getDetail())
			.isEqualTo("Your account details are unavailable right now; please try again in a moment.");
		assertThat(problem.getProperties()).as("no trace or exception in the answer").isNullOrEmpty();
		assertThat(account(this.customerId, "uk").market()).as("the UK Application still answers").isEqualTo("uk");
		ShopClient.problem(this.web.get().uri("/accounts/{id}/points-history", this.customerId).exchange(), 503);
	}

	@Test
	void theAccountOfACustomerTalonOneDoesNotKnowIsNotFound() {
		ProblemDetail problem = ShopClient.problem(this.web.get().uri("/accounts/{id}?market=uk", this.customerId).exchange(),
				404);

		assertThat(problem.getDetail()).isEqualTo("Customer " + this.customerId + " has no account in market uk");
		ShopClient.problem(this.web.get().uri("/accounts/{id}/points-history", this.customerId).exchange(), 404);
	}

	@Test
	void theHistoryIsNewestFirstAndReadPageByPage() {
		signUp(this.customerId, null).expectStatus().isCreated();
		for (String sku : List.of("MUG", "FILTER-100", "COFFEE-1KG")) {
			CartView cart = this.shop.createCart(this.customerId);
			this.shop.setQuantity(cart.id(), sku, 1);
			ShopClient.ok(this.shop.checkout(cart.id()));
		}

		AccountView account = account(this.customerId, null);
		assertThat(account.history()).extracting(PointsTransaction::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("24"), new BigDecimal("4"), new BigDecimal("9"));
		assertThat(account.moreHistory()).isFalse();
		assertThat(account.points().active()).isEqualByComparingTo("37");

		PointsHistory first = history("?size=2");
		assertThat(first.transactions()).containsExactlyElementsOf(account.history().subList(0, 2));
		assertThat(first.more()).isTrue();
		PointsHistory second = history("?size=2&skip=2");
		assertThat(second.skip()).isEqualTo(2);
		assertThat(second.transactions()).containsExactlyElementsOf(account.history().subList(2, 3));
		assertThat(second.more()).isFalse();
		assertThat(history("?skip=3").transactions()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "?size=0", "?size=51", "?skip=-1", "?size=ten", "?market=us" })
	void aHistoryPageOutOfBoundsIsRefused(String query) {
		signUp(this.customerId, null).expectStatus().isCreated();
		long requests = this.eu.requestCount();

		this.web.get()
			.uri("/accounts/{id}/points-history" + query, this.customerId)
			.exchange()
			.expectStatus()
			.isBadRequest();

		assertThat(this.eu.requestCount()).as("no call to Talon.One").isEqualTo(requests);
	}

	@Test
	void aDeletionThatFailsEverywhereSaysSoAndDeletesNothing() {
		signUp(this.customerId, null).expectStatus().isCreated();
		this.eu.faults().failAll(SimulatedFailure.status(503));
		this.uk.faults().failAll(SimulatedFailure.status(503));

		WebTestClient.ResponseSpec response = this.web.delete().uri("/accounts/{id}", this.customerId).exchange();

		response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5");
		ProblemDetail problem = ShopClient.problem(response, 503);
		assertThat(problem.getDetail())
			.isEqualTo("Your data could not be deleted right now: please try again in a moment "
					+ "(deleting again is safe).");
		Map<String, Object> applications = new LinkedHashMap<>();
		applications.put("eu", "FAILED");
		applications.put("uk", "FAILED");
		assertThat(problem.getProperties()).containsEntry("customerId", this.customerId)
			.containsEntry("applications", applications);
		assertThat(this.eu.profile(this.customerId)).isPresent();
		assertThat(this.uk.profile(this.customerId)).isPresent();
	}

	@Test
	void deletingTheDataOfACustomerTalonOneDoesNotKnowFindsNothingToDelete() {
		DataDeleted deleted = this.web.delete()
			.uri("/accounts/{id}", this.customerId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(DataDeleted.class)
			.returnResult()
			.getResponseBody();

		assertThat(deleted.applications()).containsExactly(Map.entry("eu", DataDeletion.NO_DATA),
				Map.entry("uk", DataDeletion.NO_DATA));
	}

	@Test
	void deletingTheDataDeletesTheLoyaltyLedgersAndReservationsToo() {
		signUp(this.customerId, null).expectStatus().isCreated();
		CartView cart = this.shop.createCart(this.customerId);
		this.shop.setQuantity(cart.id(), "KETTLE", 1);
		ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(this.eu.loyaltyLedger(this.customerId, 1)).isPresent();

		this.web.delete().uri("/accounts/{id}", this.customerId).exchange().expectStatus().isOk();

		assertThat(this.eu.loyaltyLedger(this.customerId, 1)).isEmpty();
		assertThat(this.eu.couponReservations("HELLO15")).doesNotContain(this.customerId);
		assertThat(this.eu.session(cart.id())).isEmpty();
		assertThat(this.shop.cart(cart.id()).customerId()).as("the shop keeps its own order records")
			.isEqualTo(this.customerId);
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", ".." })
	void idsTalonOneWouldRefuseAreBadRequestsBeforeAnyCall(String id) {
		long euRequests = this.eu.requestCount();
		long ukRequests = this.uk.requestCount();

		assertThat(List.of(ShopClient.problem(this.web.get().uri("/accounts/{id}", id).exchange(), 400),
				ShopClient.problem(this.web.get().uri("/accounts/{id}/points-history", id).exchange(), 400),
				ShopClient.problem(this.web.delete().uri("/accounts/{id}", id).exchange(), 400), ShopClient.problem(signUp(id, "uk"), 400)))
			.extracting(ProblemDetail::getDetail)
			.allSatisfy((detail) -> assertThat(detail).startsWith("customerId must not be '" + id + "'"));

		assertThat(this.eu.requestCount()).isEqualTo(euRequests);
		assertThat(this.uk.requestCount()).isEqualTo(ukRequests);
	}

	private WebTestClient.ResponseSpec signUp(String customerId, String market) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("customerId", customerId);
		if (market != null) {
			body.put("market", market);
		}
		body.put("attributes", Map.of("name", "Tester"));
		return this.shop.post("/accounts", body);
	}

	private AccountView account(String customerId, String market) {
		return this.web.get()
			.uri("/accounts/{id}" + ((market != null) ? "?market=" + market : ""), customerId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(AccountView.class)
			.returnResult()
			.getResponseBody();
	}

	private PointsHistory history(String query) {
		return this.web.get()
			.uri("/accounts/{id}/points-history" + query, this.customerId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PointsHistory.class)
			.returnResult()
			.getResponseBody();
	}

}
