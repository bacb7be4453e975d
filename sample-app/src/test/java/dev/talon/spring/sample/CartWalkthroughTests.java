package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.sample.CartPromotions.CodeStatus;
import dev.talon.spring.sample.CartPromotions.Discount;
import dev.talon.spring.simulator.SessionState;
import dev.talon.spring.simulator.SimulatedCartItem;
import dev.talon.spring.simulator.SimulatedEvent;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample shop end to end, on a random port, against the embedded Talon.One simulator it starts itself (no
 * {@code talon.base-url} is set): the README's walkthrough step by step, then the other cart features.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CartWalkthroughTests {

	private static final String THRESHOLD = "10% off orders of 50.00 or more";

	private static final String TAKE5 = "Coupon TAKE5: 5.00 off orders of 30.00 or more";

	@Autowired
	WebTestClient web;

	@Autowired
	TalonSimulator simulator;

	ShopClient shop;

	@BeforeEach
	void setUp() {
		this.shop = new ShopClient(this.web);
		this.simulator.faults().clear();
	}

	@Test
	void theReadmeWalkthrough() {
		// the products
		List<Product> products = this.web.get()
			.uri("/products")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Product>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(products).extracting(Product::sku)
			.containsExactly("COFFEE-1KG", "MUG", "GRINDER-HAND", "FILTER-100", "KETTLE");

		// a customer profile, so that support can find Alice by e-mail
		CustomerView alice = this.web.put()
			.uri("/customers/alice")
			.bodyValue(Map.of("attributes", Map.of("email", "alice@example.com", "name", "Alice")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(CustomerView.class)
			.returnResult()
			.getResponseBody();
		assertThat(alice.closedSessions()).isZero();
		assertThat(alice.totalSales()).isEqualByComparingTo("0");

		// a cart for Alice
		CartView cart = this.shop.createCart("alice");
		assertThat(cart.status()).isEqualTo(CartStatus.OPEN);
		assertThat(cart.lines()).isEmpty();
		assertThat(cart.total()).isEqualByComparingTo("0");

		// one bag of beans: below the threshold, no discount
		cart = this.shop.setQuantity(cart.id(), "COFFEE-1KG", 1);
		assertThat(cart.subtotal()).isEqualByComparingTo("24.90");
		assertThat(cart.discounts()).isEmpty();
		assertThat(cart.total()).isEqualByComparingTo("24.90");
		assertThat(cart.promotionsAvailable()).isTrue();

		// three mugs: 53.40, and the threshold discount appears
		cart = this.shop.setQuantity(cart.id(), "MUG", 3);
		assertThat(cart.lines()).extracting(CartView.Line::sku, CartView.Line::quantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("COFFEE-1KG", 1),
					org.assertj.core.groups.Tuple.tuple("MUG", 3));
		assertThat(cart.subtotal()).isEqualByComparingTo("53.40");
		assertThat(cart.discounts()).containsExactly(new Discount(THRESHOLD, new BigDecimal("5.34")));
		assertThat(cart.total()).isEqualByComparingTo("48.06");

		// a bad coupon: rejected with Talon.One's reason, the threshold discount stays
		cart = this.shop.applyCoupon(cart.id(), "BOGUS");
		assertThat(cart.coupon().status()).isEqualTo(CodeStatus.REJECTED);
		assertThat(cart.coupon().rejectionReason()).isEqualTo("CouponNotFound");
		assertThat(cart.discounts()).extracting(Discount::label).containsExactly(THRESHOLD);

		// a good coupon replaces it: 5.00 off on top
		cart = this.shop.applyCoupon(cart.id(), "TAKE5");
		assertThat(cart.coupon().status()).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(cart.coupon().rejectionReason()).isNull();
		assertThat(cart.discounts()).containsExactly(new Discount(THRESHOLD, new BigDecimal("5.34")),
				new Discount(TAKE5, new BigDecimal("5.00")));
		assertThat(cart.totalDiscount()).isEqualByComparingTo("10.34");
		assertThat(cart.total()).isEqualByComparingTo("43.06");
		assertThat(this.shop.cart(cart.id())).isEqualTo(cart);

		// the session in Talon.One is the whole cart
		assertThat(this.simulator.session(cart.id()).orElseThrow().cartItems())
			.containsExactly(new SimulatedCartItem("COFFEE-1KG", "Espresso beans 1 kg", 1, new BigDecimal("24.90")),
					new SimulatedCartItem("MUG", "Ceramic mug", 3, new BigDecimal("9.50")));

		// check out: the session is closed, at the confirmed discounts
		CartView order = ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(order.status()).isEqualTo(CartStatus.PLACED);
		assertThat(order.total()).isEqualByComparingTo("43.06");
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CLOSED);
		String cartId = cart.id();
		assertThat(this.simulator.events()).filteredOn((event) -> cartId.equals(event.sessionId()))
			.extracting(SimulatedEvent::type)
			.contains("checkout_started");

		// support finds Alice by e-mail, with one more order and its total
		List<CustomerView> found = this.web.get()
			.uri("/support/customers?email=alice@example.com")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<CustomerView>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(found).singleElement().satisfies((customer) -> {
			assertThat(customer.id()).isEqualTo("alice");
			assertThat(customer.closedSessions()).isEqualTo(1);
			assertThat(customer.totalSales()).isEqualByComparingTo("43.06");
		});

		// a placed order cannot be changed
		this.shop.put("/carts/{id}/items/{sku}", Map.of("quantity", 1), cart.id(), "KETTLE").expectStatus().isEqualTo(409);
	}

	@Test
	void removingACouponOrAnItemTakesItsDiscountAway() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "KETTLE", 2);
		cart = this.shop.applyCoupon(cart.id(), "WELCOME10");
		assertThat(cart.discounts()).extracting(Discount::amount)
			.containsExactly(new BigDecimal("7.80"), new BigDecimal("7.80"));

		cart = this.shop.removeCoupon(cart.id());
		assertThat(cart.coupon()).isNull();
		assertThat(cart.discounts()).extracting(Discount::label).containsExactly(THRESHOLD);

		cart = this.shop.setQuantity(cart.id(), "KETTLE", 1);
		assertThat(cart.discounts()).isEmpty();
		cart = this.shop.removeItem(cart.id(), "KETTLE");
		assertThat(cart.lines()).isEmpty();
		assertThat(this.simulator.session(cart.id()).orElseThrow().cartItems()).isEmpty();
	}

	@Test
	void aCouponBelowItsMinimumIsRejectedWithTheReason() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "COFFEE-1KG", 1);

		cart = this.shop.applyCoupon(cart.id(), "TAKE5");

		assertThat(cart.coupon().status()).isEqualTo(CodeStatus.REJECTED);
		assertThat(cart.coupon().rejectionReason()).isEqualTo("CouponRejectedByCondition");
		assertThat(cart.total()).isEqualByComparingTo("24.90");
	}

	@Test
	void aGrinderBringsFreeFilters() {
		CartView cart = this.shop.createCart(null);

		cart = this.shop.setQuantity(cart.id(), "GRINDER-HAND", 1);

		assertThat(cart.freeItems()).containsExactly(new CartPromotions.FreeItem("FILTER-100", "Paper filters (100)",
				"Free paper filters with every hand grinder"));
		assertThat(cart.lines()).extracting(CartView.Line::sku).containsExactly("GRINDER-HAND");
		assertThat(this.shop.removeItem(cart.id(), "GRINDER-HAND").freeItems()).isEmpty();
	}

	@Test
	void aFriendUsesACustomersReferralCode() {
		Map<?, ?> referral = this.web.post()
			.uri("/customers/carol/referral-codes")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String code = (String) referral.get("code");
		assertThat(referral.get("advocateId")).isEqualTo("carol");
		assertThat(this.simulator.referral(code).orElseThrow().campaignId()).isEqualTo(5);

		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "COFFEE-1KG", 1);
		this.shop.attachCustomer(cart.id(), "dan");
		cart = this.shop.applyReferral(cart.id(), code);

		assertThat(cart.customerId()).isEqualTo("dan");
		assertThat(cart.referral().status()).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(cart.discounts()).containsExactly(new Discount("Referral: 10.00 off", new BigDecimal("10.00")));
		assertThat(this.simulator.session(cart.id()).orElseThrow().profileId()).isEqualTo("dan");

		ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(this.simulator.referral(code).orElseThrow().usageCounter()).isEqualTo(1);
	}

	@Test
	void cancellingAPlacedOrderTakesItOutOfTheCustomersTotals() {
		CartView cart = this.shop.createCart("erin");
		this.shop.setQuantity(cart.id(), "KETTLE", 1);
		ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(this.simulator.profile("erin").orElseThrow().totalSales()).isEqualByComparingTo("39.00");

		CartView cancelled = ShopClient.ok(this.shop.cancel(cart.id()));

		assertThat(cancelled.status()).isEqualTo(CartStatus.CANCELLED);
		assertThat(this.simulator.profile("erin").orElseThrow().closedSessions()).isZero();
		assertThat(this.simulator.profile("erin").orElseThrow().totalSales()).isEqualByComparingTo("0");
		this.shop.cancel(cart.id()).expectStatus().isEqualTo(409);
	}

	@Test
	void anOpenCartCanBeAbandoned() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "MUG", 1);

		assertThat(ShopClient.ok(this.shop.cancel(cart.id())).status()).isEqualTo(CartStatus.CANCELLED);
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
		this.shop.checkout(cart.id()).expectStatus().isEqualTo(409);
	}

	@Test
	void aBurstOfChangesEndsWithTheLastCartInTalonOne() {
		CartView cart = this.shop.createCart(null);
		long requestsBefore = this.simulator.requestCount();

		List<CartView> answers = Flux.range(1, 12)
			.parallel()
			.runOn(Schedulers.boundedElastic())
			.map((quantity) -> this.shop.setQuantity(cart.id(), "MUG", quantity))
			.sequential()
			.collectList()
			.block();

		assertThat(answers).hasSize(12).allSatisfy((answer) -> assertThat(answer.promotionsAvailable()).isTrue());
		CartView last = this.shop.cart(cart.id());
		int quantity = last.lines().get(0).quantity();
		assertThat(this.simulator.session(cart.id()).orElseThrow().cartItems().get(0).quantity())
			.as("Talon.One has the cart the shop has").isEqualTo(quantity);
		assertThat(last.discounts().isEmpty()).as("promotions of the cart the shop has")
			.isEqualTo(quantity * 9.5 < 50);
		assertThat(this.simulator.requestCount() - requestsBefore).as("no update was retried after a 409")
			.isLessThanOrEqualTo(12);
	}

	@Test
	void mistakesAreClientErrors() {
		CartView cart = this.shop.createCart(null);

		this.shop.put("/carts/{id}/items/{sku}", Map.of("quantity", 1), cart.id(), "CAVIAR").expectStatus().isNotFound();
		this.shop.put("/carts/{id}/items/{sku}", Map.of("quantity", -1), cart.id(), "MUG").expectStatus().isBadRequest();
		this.shop.put("/carts/{id}/coupon", Map.of("code", " "), cart.id()).expectStatus().isBadRequest();
		this.shop.put("/carts/{id}/items/{sku}", Map.of("quantity", 1), "no-such-cart", "MUG")
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("There is no cart no-such-cart");
		this.shop.checkout(cart.id()).expectStatus().isBadRequest();
		this.web.get().uri("/support/customers").exchange().expectStatus().isBadRequest();
	}

	@Test
	void actuatorShowsTalonHealthAndMetrics() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "MUG", 1);

		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.talon.status")
			.isEqualTo("UP")
			.jsonPath("$.components.talon.details.calls")
			.value((calls) -> assertThat(((Number) calls).intValue()).isPositive());
		this.web.get()
			.uri("/actuator/metrics/talon.client.requests?tag=talon.operation:updateCustomerSession&tag=outcome:SUCCESS")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measurements[0].statistic")
			.isEqualTo("COUNT")
			.jsonPath("$.measurements[0].value")
			.value((count) -> assertThat(((Number) count).doubleValue()).isPositive());
	}

}
