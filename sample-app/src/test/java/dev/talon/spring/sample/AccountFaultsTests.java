package dev.talon.spring.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.talon.spring.sample.AccountController.DataDeleted;
import dev.talon.spring.sample.AccountView.DataDeletion;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fresh user of the account area found wrong, each kind of fault a test: "delete my data" undone by the
 * customer's open cart, ids Talon.One refuses, Talon.One's refusals answered as if a retry would help, ids with
 * surrounding spaces treated differently by each endpoint, error bodies that were not problem details or named the
 * client's parameter instead of the request's field, and the account page's second failed read logged at ERROR.
 */
@ShopTest
@ExtendWith(OutputCaptureExtension.class)
class AccountFaultsTests {

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
		this.customerId = "fault-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void deletingTheDataAbandonsTheCustomersOpenCartsSoThatNoLaterChangeCreatesTheProfileAgain() {
		this.shop.post("/accounts", Map.of("customerId", this.customerId)).expectStatus().isCreated();
		CartView cart = this.shop.createCart(this.customerId);
		this.shop.setQuantity(cart.id(), "KETTLE", 1);
		this.shop.addCoupon(cart.id(), "HELLO15");

		this.web.delete().uri("/accounts/{id}", this.customerId).exchange().expectStatus().isOk();

		CartView abandoned = this.shop.cart(cart.id());
		assertThat(abandoned.status()).isEqualTo(CartStatus.CANCELLED);
		assertThat(abandoned.customerId()).as("the cart no longer carries the customer").isNull();
		long requests = this.eu.requestCount();
		ShopClient.problem(this.shop.put("/carts/{id}/items/MUG", Map.of("quantity", 1), cart.id()), 409);
		assertThat(this.eu.requestCount()).as("no call to Talon.One").isEqualTo(requests);
		assertThat(this.eu.profile(this.customerId)).isEmpty();
		ShopClient.problem(this.web.get().uri("/accounts/{id}", this.customerId).exchange(), 404);
	}

	@Test
	void anIdLongerThanTalonOneTakesIsRefusedByEveryAccountEndpointBeforeAnyCall() {
		String id = "x".repeat(AccountController.MAX_CUSTOMER_ID_LENGTH + 1);
		long euRequests = this.eu.requestCount();
		long ukRequests = this.uk.requestCount();

		assertThat(List.of(ShopClient.problem(this.web.get().uri("/accounts/{id}", id).exchange(), 400),
				ShopClient.problem(this.web.get().uri("/accounts/{id}/points-history", id).exchange(), 400),
				ShopClient.problem(this.web.delete().uri("/accounts/{id}", id).exchange(), 400),
				ShopClient.problem(this.shop.post("/accounts", Map.of("customerId", id, "market", "uk")), 400),
				// the same ids everywhere else the shop takes a customer: customers, referral codes, carts
				ShopClient.problem(this.web.get().uri("/customers/{id}", id).exchange(), 400),
				ShopClient.problem(this.shop.put("/customers/{id}", Map.of("attributes", Map.of()), id), 400),
				ShopClient.problem(this.web.post().uri("/customers/{id}/referral-codes", id).exchange(), 400),
				ShopClient.problem(this.shop.post("/carts", Map.of("customerId", id)), 400),
				ShopClient.problem(this.shop.put("/carts/{id}/customer", Map.of("customerId", id),
						this.shop.createCart(null).id()), 400),
				ShopClient.problem(this.web.get().uri("/products/MUG?customerId={id}", id).exchange(), 400)))
			.extracting(ProblemDetail::getDetail)
			.containsOnly("customerId must be at most 1000 characters but had 1001");
		assertThat(this.eu.requestCount()).isEqualTo(euRequests);
		assertThat(this.uk.requestCount()).isEqualTo(ukRequests);
	}

	@Test
	void anIdOfTheLongestLengthTalonOneTakesSignsUp() {
		String id = "y".repeat(AccountController.MAX_CUSTOMER_ID_LENGTH - 8) + UUID.randomUUID().toString().substring(0, 8);

		this.shop.post("/accounts", Map.of("customerId", id)).expectStatus().isCreated();

		assertThat(this.eu.couponReservations("HELLO15")).contains(id);
	}

	@Test
	void anAccountPageTalonOneRefusesIsA502WithoutRetryAfter() {
		this.eu.faults().failAll(SimulatedFailure.status(401));

		WebTestClient.ResponseSpec response = this.web.get().uri("/accounts/{id}", this.customerId).exchange();

		response.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
		response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(ShopClient.problem(response, 502).getDetail())
			.isEqualTo("Your account details cannot be shown: Talon.One refused to answer.");
	}

	@Test
	void aBlankCustomerIdOfACartIsRefusedAsEverywhereElse() {
		for (String blank : List.of("", " ", "\t")) {
			assertThat(ShopClient.problem(this.shop.post("/carts", Map.of("customerId", blank)), 400).getDetail())
				.isEqualTo("customerId must not be blank");
		}
	}

	@Test
	void deletionsTalonOneRefusesAreA502WithoutRetryAfterAndMixedOnesA503() {
		this.shop.post("/accounts", Map.of("customerId", this.customerId)).expectStatus().isCreated();
		this.eu.faults().failAll(SimulatedFailure.status(401));

		WebTestClient.ResponseSpec refused = this.web.delete().uri("/accounts/{id}", this.customerId).exchange();
		refused.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
		ProblemDetail problem = ShopClient.problem(refused, 502);
		assertThat(problem.getDetail())
			.isEqualTo("Your data is deleted in uk, but not in eu: Talon.One refused the deletion.");
		assertThat(problem.getProperties()).containsEntry("applications", Map.of("eu", "REFUSED", "uk", "DELETED"));

		this.uk.faults().failAll(SimulatedFailure.status(503));
		WebTestClient.ResponseSpec mixed = this.web.delete().uri("/accounts/{id}", this.customerId).exchange();
		mixed.expectHeader().exists(HttpHeaders.RETRY_AFTER);
		assertThat(ShopClient.problem(mixed, 503).getProperties()).containsEntry("applications",
				Map.of("eu", "REFUSED", "uk", "FAILED"));
		assertThat(this.eu.profile(this.customerId)).isPresent();
	}

	@Test
	void aCheckoutOrOrderChangeTalonOneRefusesIsA502WithoutRetryAfter() {
		CartView cart = this.shop.createCart(this.customerId);
		this.shop.setQuantity(cart.id(), "MUG", 1);
		CartView order = this.shop.createCart(null);
		this.shop.setQuantity(order.id(), "KETTLE", 1);
		ShopClient.ok(this.shop.checkout(order.id()));
		this.eu.faults().failAll(SimulatedFailure.status(401));

		WebTestClient.ResponseSpec checkout = this.shop.checkout(cart.id());
		checkout.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
		assertThat(ShopClient.problem(checkout, 502).getDetail())
			.isEqualTo("Your order could not be placed: Talon.One refused to confirm its promotions. Your cart is saved.");
		for (WebTestClient.ResponseSpec change : List.of(this.shop.cancelOrder(order.id()),
				this.shop.returnItems(order.id(), "RMA-1", Map.of("KETTLE", 1)), this.shop.editOrder(order.id()))) {
			change.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
			assertThat(ShopClient.problem(change, 502).getDetail())
				.endsWith(": Talon.One refused the change; it stays as it was.");
		}
		assertThat(this.shop.cart(order.id()).status()).isEqualTo(CartStatus.PLACED);
	}

	@Test
	void customerDataTalonOneRefusesIsA502WithoutRetryAndUnavailableCustomerDataA503WithRetryAfter() {
		this.eu.faults().failAll(SimulatedFailure.status(401));
		this.uk.faults().failAll(SimulatedFailure.status(401));

		WebTestClient.ResponseSpec refused = this.web.get().uri("/customers/{id}", this.customerId).exchange();
		refused.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
		assertThat(ShopClient.problem(refused, 502).getDetail())
			.isEqualTo("Customer data cannot be shown or changed: Talon.One refused the request.");
		ShopClient.problem(this.shop.put("/customers/{id}", Map.of("attributes", Map.of("name", "Ines")),
				this.customerId), 502);
		ShopClient.problem(this.web.post().uri("/customers/{id}/referral-codes", this.customerId).exchange(), 502);

		this.eu.faults().failAll(SimulatedFailure.status(503));
		WebTestClient.ResponseSpec unavailable = this.web.get().uri("/customers/{id}", this.customerId).exchange();
		unavailable.expectHeader().exists(HttpHeaders.RETRY_AFTER);
		assertThat(ShopClient.problem(unavailable, 503).getDetail())
			.isEqualTo("Customer data is unavailable right now; please try again in a moment.");
	}

	@Test
	void aSignUpWhoseCouponTalonOneRefusesSaysTheProfileIsSavedAndPromisesNoRetry() {
		this.uk.rules(PromotionRules.none());

		WebTestClient.ResponseSpec response = this.shop.post("/accounts",
				Map.of("customerId", this.customerId, "market", "uk"));

		response.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
		ProblemDetail problem = ShopClient.problem(response, 502);
		assertThat(problem.getDetail()).isEqualTo("You are signed up, but your welcome coupon could not be reserved: "
				+ "Talon.One refused the reservation.");
		assertThat(problem.getProperties()).containsEntry("customerId", this.customerId)
			.containsEntry("applications", Map.of("eu", "UPDATED", "uk", "UPDATED"));
		assertThat(this.uk.profile(this.customerId)).isPresent();
	}

	@Test
	void aSignUpNoApplicationTookIsA503WhenARetryCanHelpInOneOfThem() {
		this.eu.faults().failAll(SimulatedFailure.status(401));
		this.uk.faults().failAll(SimulatedFailure.status(503));

		WebTestClient.ResponseSpec response = this.shop.post("/accounts", Map.of("customerId", this.customerId));

		response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5");
		assertThat(ShopClient.problem(response, 503).getProperties()).containsEntry("applications",
				Map.of("eu", "REFUSED", "uk", "FAILED"));
		this.uk.faults().clear();
		ProblemDetail refused = ShopClient.problem(this.shop.post("/accounts", Map.of("customerId", this.customerId)),
				502);
		assertThat(refused.getDetail()).isEqualTo("You could not be signed up in market eu: Talon.One refused the "
				+ "sign-up.");
	}

	@Test
	void surroundingSpacesAreStrippedFromTheIdByEveryAccountEndpoint() {
		String spaced = "  " + this.customerId + "  ";
		this.shop.post("/accounts", Map.of("customerId", spaced)).expectStatus().isCreated();

		assertThat(this.shop.get("/accounts/{id}", spaced)
			.expectStatus()
			.isOk()
			.expectBody(AccountView.class)
			.returnResult()
			.getResponseBody()
			.customerId()).isEqualTo(this.customerId);
		this.shop.get("/accounts/{id}/points-history", spaced).expectStatus().isOk();
		DataDeleted deleted = this.web.delete()
			.uri("/accounts/{id}", spaced)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(DataDeleted.class)
			.returnResult()
			.getResponseBody();

		assertThat(deleted.customerId()).isEqualTo(this.customerId);
		assertThat(deleted.applications()).containsEntry("eu", DataDeletion.DELETED);
		assertThat(this.eu.profile(this.customerId)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{", "[]", "null", "\"dana\"" })
	void aSignUpWhoseBodyIsNotAJsonObjectIsAProblemDetail(String body) {
		ProblemDetail problem = ShopClient.problem(this.web.post()
			.uri("/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON), 400);

		assertThat(problem.getDetail()).isEqualTo("The body must be a JSON object");
	}

	@Test
	void aSignUpWhoseAttributesAreNotAnObjectNamesThem() {
		ProblemDetail problem = ShopClient.problem(this.web.post()
			.uri("/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerId\":\"" + this.customerId + "\",\"attributes\":\"str\"}")
			.exchange()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON), 400);

		assertThat(problem.getDetail()).isEqualTo("attributes must be a JSON object");
	}

	@ParameterizedTest
	@ValueSource(strings = { "skip=ten", "skip=99999999999999999999", "size=ten", "size=3000000000" })
	void aHistoryPageParameterThatIsNotAWholeNumberIsAProblemDetailNamingIt(String query) {
		String parameter = query.substring(0, query.indexOf('='));
		String value = query.substring(query.indexOf('=') + 1);

		ProblemDetail problem = ShopClient.problem(this.web.get()
			.uri("/accounts/{id}/points-history?" + query, this.customerId)
			.exchange()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON), 400);

		assertThat(problem.getDetail()).isEqualTo(parameter + " must be a whole number but was '" + value + "'");
	}

	@Test
	void aMethodOrMediaTypeTheAccountsDoNotTakeIsAProblemDetail() {
		ShopClient.problem(this.web.method(HttpMethod.PATCH)
			.uri("/accounts/{id}", this.customerId)
			.exchange()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON), 405);
		ShopClient.problem(this.web.post()
			.uri("/accounts")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(this.customerId)
			.exchange()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON), 415);
	}

	@Test
	void theAccountPageOfACustomerTalonOneDoesNotKnowLogsNoDroppedError(CapturedOutput output) {
		// all three reads fail with a 404; answered after the same latency, they often fail at once, which is when
		// Mono.zip dropped the second failure to Reactor's onErrorDropped hook (logged at ERROR)
		this.eu.faults().latency(Duration.ofMillis(20));
		List<Integer> statuses = Flux.range(0, 40)
			.flatMap((i) -> this.web.get()
				.uri("/accounts/{id}", "nobody-" + i + "-" + this.customerId)
				.exchange()
				.returnResult(ProblemDetail.class)
				.getResponseBody()
				.then(Mono.just(0)), 20)
			.collectList()
			.block(Duration.ofSeconds(60));
		assertThat(statuses).hasSize(40);
		this.web.get().uri("/accounts/{id}", this.customerId).exchange().expectStatus().isNotFound();

		assertThat(output.getAll()).as("the log is captured")
			.contains("has no account page of customer " + this.customerId);
		assertThat(output.getAll()).doesNotContain("onErrorDropped").doesNotContain(" ERROR ");
	}

}
