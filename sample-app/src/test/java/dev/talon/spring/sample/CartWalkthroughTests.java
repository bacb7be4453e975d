package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.sample.CartPromotions.CodeStatus;
import dev.talon.spring.sample.CartPromotions.Discount;
import dev.talon.spring.sample.CartView.CodeView;
import dev.talon.spring.simulator.SessionState;
import dev.talon.spring.simulator.SimulatedCartItem;
import dev.talon.spring.simulator.SimulatedEvent;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sample shop end to end, on a random port, against a Talon.One simulator per market's Application
 * ({@link AutoConfigureTalonSimulator}, with the markets' rules of {@link MarketRules}; reset before each test): the
 * README's walkthrough step by step (products, a customer, a cart with several coupon codes, checkout with loyalty
 * points, a return), then the other cart features. The flows of placed orders are in {@link OrderFlowTests}, product
 * pages and customers in {@link ProductAndCustomerTests}. The shop's own embedded simulators (for
 * {@code spring-boot:run}) are not started: the annotation's connection details supply the Applications' connections
 * ({@link EmbeddedTalonSimulatorConfigurationTests} tests them).
 */
@ShopTest
class CartWalkthroughTests {

	private static final String THRESHOLD = "10% off orders of 50.00 or more";

	private static final String TAKE5 = "Coupon TAKE5: 5.00 off orders of 30.00 or more";

	private static final String WELCOME10 = "Coupon WELCOME10: 10% off";

	@Autowired
	WebTestClient web;

	@Autowired
	TalonSimulator simulator;

	ShopClient shop;

	@BeforeEach
	void setUp() {
		this.shop = new ShopClient(this.web);
	}

	@Test
	void theReadmeWalkthrough() {
		// the products, and a product page with its price after promotions
		List<Product> products = this.shop.products(null);
		assertThat(products).extracting(Product::sku)
			.containsExactly("COFFEE-1KG", "MUG", "GRINDER-HAND", "FILTER-100", "KETTLE");
		assertThat(products).extracting(Product::currency).containsOnly(ProductCatalog.EUR);
		ProductView grinder = this.shop.product("GRINDER-HAND", null);
		assertThat(grinder.price()).isEqualByComparingTo("59.00");
		assertThat(grinder.discounts()).containsExactly(new Discount(THRESHOLD, new BigDecimal("5.90")));
		assertThat(grinder.promotedPrice()).isEqualByComparingTo("53.10");
		assertThat(grinder.freeItems()).extracting(CartPromotions.FreeItem::sku).containsExactly("FILTER-100");

		// a customer profile
		CustomerView alice = this.shop.updateCustomer("alice", Map.of("email", "alice@example.com", "name", "Alice"));
		assertThat(alice.attributes()).containsEntry("email", "alice@example.com");
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
			.containsExactly(tuple("COFFEE-1KG", 1), tuple("MUG", 3));
		assertThat(cart.subtotal()).isEqualByComparingTo("53.40");
		assertThat(cart.discounts()).containsExactly(new Discount(THRESHOLD, new BigDecimal("5.34")));
		assertThat(cart.total()).isEqualByComparingTo("48.06");

		// a bad coupon: rejected with Talon.One's reason, the threshold discount stays
		cart = this.shop.addCoupon(cart.id(), "BOGUS");
		assertThat(cart.coupons()).containsExactly(new CodeView("BOGUS", CodeStatus.REJECTED, "CouponNotFound"));
		assertThat(cart.discounts()).extracting(Discount::label).containsExactly(THRESHOLD);

		// two good ones: each accepted, each with its discount; the bad one stays rejected
		this.shop.addCoupon(cart.id(), "TAKE5");
		cart = this.shop.addCoupon(cart.id(), "WELCOME10");
		assertThat(cart.coupons()).containsExactly(new CodeView("BOGUS", CodeStatus.REJECTED, "CouponNotFound"),
				new CodeView("TAKE5", CodeStatus.ACCEPTED, null), new CodeView("WELCOME10", CodeStatus.ACCEPTED, null));
		assertThat(cart.discounts()).containsExactly(new Discount(THRESHOLD, new BigDecimal("5.34")),
				new Discount(WELCOME10, new BigDecimal("5.34")), new Discount(TAKE5, new BigDecimal("5.00")));
		assertThat(cart.totalDiscount()).isEqualByComparingTo("15.68");
		assertThat(cart.total()).isEqualByComparingTo("37.72");
		assertThat(cart.loyaltyPoints()).as("points are awarded when the order is placed").isNull();
		assertThat(this.shop.cart(cart.id())).isEqualTo(cart);

		// the session in Talon.One is the whole cart, with all three codes
		assertThat(this.simulator.session(cart.id()).orElseThrow()).satisfies((session) -> {
			assertThat(session.cartItems()).containsExactly(
					new SimulatedCartItem("COFFEE-1KG", "Espresso beans 1 kg", 1, new BigDecimal("24.90")),
					new SimulatedCartItem("MUG", "Ceramic mug", 3, new BigDecimal("9.50")));
			assertThat(session.couponCodes()).containsExactly("BOGUS", "TAKE5", "WELCOME10");
		});

		// check out: the session is closed at the discounts of its answer, and the order earns 37 points
		long take5 = this.simulator.couponRedemptions("TAKE5");
		CartView order = ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(order.status()).isEqualTo(CartStatus.PLACED);
		assertThat(order.total()).isEqualByComparingTo("37.72");
		assertThat(order.loyaltyPoints()).isEqualByComparingTo("37");
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CLOSED);
		assertThat(this.simulator.couponRedemptions("TAKE5")).isEqualTo(take5 + 1);
		String cartId = cart.id();
		assertThat(this.simulator.events()).anySatisfy((event) -> {
			assertThat(event.type()).isEqualTo("checkout_started");
			assertThat(event.profileId()).isEqualTo("alice");
		});
		assertThat(this.simulator.events()).filteredOn((event) -> cartId.equals(event.sessionId()))
			.extracting(SimulatedEvent::type)
			.contains("talon_session_closed");

		// Alice in Talon.One: one order of 53.40 before discounts, and her points
		alice = this.shop.customer("alice");
		assertThat(alice.closedSessions()).isEqualTo(1);
		assertThat(alice.totalSales()).isEqualByComparingTo("53.40");
		assertThat(alice.loyaltyPoints()).isEqualByComparingTo("37");

		// she returns one mug: Talon.One takes back the points it earned; the same return again changes nothing
		order = ShopClient.ok(this.shop.returnItems(cart.id(), "R-1", Map.of("MUG", 1)));
		assertThat(order.status()).isEqualTo(CartStatus.PARTIALLY_RETURNED);
		assertThat(order.returns()).containsExactly(new CartView.ReturnView("R-1",
				List.of(new CartView.ReturnLine("MUG", 1)), new BigDecimal("6")));
		assertThat(order.loyaltyPointsTakenBack()).isEqualByComparingTo("6");
		assertThat(ShopClient.ok(this.shop.returnItems(cart.id(), "R-1", Map.of("MUG", 1)))).isEqualTo(order);
		assertThat(this.simulator.returns(cart.id())).hasSize(1);
		alice = this.shop.customer("alice");
		assertThat(alice.totalSales()).isEqualByComparingTo("43.90");
		assertThat(alice.loyaltyPoints()).isEqualByComparingTo("31");

		// a placed order cannot be changed as a cart
		this.shop.put("/carts/{id}/items/{sku}", Map.of("quantity", 1), cart.id(), "KETTLE").expectStatus().isEqualTo(409);
	}

	@Test
	void removingACouponOrAnItemTakesItsDiscountAway() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "KETTLE", 2);
		this.shop.addCoupon(cart.id(), "WELCOME10");
		cart = this.shop.addCoupon(cart.id(), "take5");
		assertThat(cart.discounts()).extracting(Discount::amount)
			.containsExactly(new BigDecimal("7.80"), new BigDecimal("7.80"), new BigDecimal("5.00"));
		assertThat(this.shop.addCoupon(cart.id(), "TAKE5").coupons()).as("codes match ignoring case")
			.extracting(CodeView::code)
			.containsExactly("WELCOME10", "take5");

		cart = this.shop.removeCoupon(cart.id(), "welcome10");
		assertThat(cart.coupons()).containsExactly(new CodeView("take5", CodeStatus.ACCEPTED, null));
		assertThat(cart.discounts()).extracting(Discount::label).containsExactly(THRESHOLD, TAKE5);
		cart = this.shop.removeCoupon(cart.id(), "TAKE5");
		assertThat(cart.coupons()).isEmpty();
		assertThat(this.simulator.session(cart.id()).orElseThrow().couponCodes()).isEmpty();

		cart = this.shop.setQuantity(cart.id(), "KETTLE", 1);
		assertThat(cart.discounts()).isEmpty();
		cart = this.shop.removeItem(cart.id(), "KETTLE");
		assertThat(cart.lines()).isEmpty();
		assertThat(this.simulator.session(cart.id()).orElseThrow().cartItems()).isEmpty();
	}

	@Test
	void aCouponBelowItsMinimumIsRejectedWithTheReasonAndAcceptedOnceTheCartReachesIt() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "COFFEE-1KG", 1);

		cart = this.shop.addCoupon(cart.id(), "TAKE5");

		assertThat(cart.coupons()).containsExactly(new CodeView("TAKE5", CodeStatus.REJECTED, "CouponRejectedByCondition"));
		assertThat(cart.total()).isEqualByComparingTo("24.90");
		cart = this.shop.setQuantity(cart.id(), "MUG", 1);
		assertThat(cart.coupons()).containsExactly(new CodeView("TAKE5", CodeStatus.ACCEPTED, null));
		assertThat(cart.total()).isEqualByComparingTo("29.40");
	}

	@Test
	void aGrinderBringsFreeFilters() {
		CartView cart = this.shop.createCart(null);

		cart = this.shop.setQuantity(cart.id(), "GRINDER-HAND", 1);

		assertThat(cart.freeItems()).containsExactly(new CartPromotions.FreeItem("FILTER-100", "Paper filters (100)",
				"Free paper filters with every hand grinder"));
		assertThat(cart.lines()).extracting(CartView.Line::sku).containsExactly("GRINDER-HAND");
		assertThat(cart.lines()).extracting(CartView.Line::discount).as("no per-item discounts in these rules")
			.containsOnlyNulls();
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
		assertThat(cart.referral()).isEqualTo(new CodeView(code, CodeStatus.ACCEPTED, null));
		assertThat(cart.discounts()).containsExactly(new Discount("Referral: 10.00 off", new BigDecimal("10.00")));
		assertThat(this.simulator.session(cart.id()).orElseThrow().profileId()).isEqualTo("dan");

		ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(this.simulator.referral(code).orElseThrow().usageCounter()).isEqualTo(1);

		CartView other = this.shop.createCart("erin");
		this.shop.setQuantity(other.id(), "MUG", 1);
		assertThat(this.shop.applyReferral(other.id(), "NO-SUCH-CODE").referral())
			.isEqualTo(new CodeView("NO-SUCH-CODE", CodeStatus.REJECTED, "ReferralNotFound"));
		assertThat(this.web.delete().uri("/carts/{id}/referral", other.id()).exchange().expectStatus().isOk()
			.expectBody(CartView.class).returnResult().getResponseBody().referral()).isNull();
	}

	@Test
	void anOpenCartCanBeAbandoned() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "MUG", 1);

		assertThat(ShopClient.ok(this.shop.cancel(cart.id())).status()).isEqualTo(CartStatus.CANCELLED);
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
		this.shop.checkout(cart.id()).expectStatus().isEqualTo(409);
		this.shop.cancel(cart.id()).expectStatus().isEqualTo(409);
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
		this.web.put().uri("/carts/{id}/coupons/{code}", cart.id(), " ").exchange().expectStatus().isBadRequest();
		this.web.put().uri("/carts/{id}/coupons/{code}", cart.id(), "X".repeat(101)).exchange().expectStatus()
			.isBadRequest();
		this.shop.put("/carts/{id}/items/{sku}", Map.of("quantity", 1), "no-such-cart", "MUG")
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("There is no cart no-such-cart");
		this.shop.checkout(cart.id()).expectStatus().isBadRequest();
		this.web.get().uri("/products/CAVIAR").exchange().expectStatus().isNotFound();
	}

	@Test
	void actuatorShowsTalonHealthAndMetrics() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "MUG", 1);

		// one health component per Talon.One Application under talon
		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.talon.status")
			.isEqualTo("UP")
			.jsonPath("$.components.talon.components.eu.status")
			.isEqualTo("UP")
			.jsonPath("$.components.talon.components.eu.details.calls")
			.value((calls) -> assertThat(((Number) calls).intValue()).isPositive())
			.jsonPath("$.components.talon.components.uk.status")
			.isEqualTo("UP");
		this.web.get()
			.uri("/actuator/metrics/talon.client.requests?tag=talon.application:eu"
					+ "&tag=talon.operation:updateCustomerSessionV2&tag=outcome:SUCCESS")
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
