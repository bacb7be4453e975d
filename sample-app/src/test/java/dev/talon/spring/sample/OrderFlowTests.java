package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.simulator.SessionState;
import dev.talon.spring.simulator.SimulatedEvent;
import dev.talon.spring.simulator.SimulatedLoyaltyTransaction;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Placed orders end to end against the simulators of {@link AutoConfigureTalonSimulator}: checkout with loyalty points and the
 * {@code checkout_started} event, cancellation, partial returns (with the same return sent again), and edits through
 * a reopened session. Each test has customers of its own; same configuration as {@link CartWalkthroughTests}, so that
 * they share one application context.
 */
@ShopTest
class OrderFlowTests {

	private static final long COFFEE_POINTS = 1;

	@Autowired
	WebTestClient web;

	@Autowired
	TalonSimulator simulator;

	@Autowired
	CartService carts;

	@Autowired
	OrderService orders;

	ShopClient shop;

	@BeforeEach
	void setUp() {
		this.shop = new ShopClient(this.web);
	}

	@Test
	void checkoutClosesTheSessionTracksTheEventAndAwardsLoyaltyPoints() {
		CartView cart = this.shop.createCart("olga");
		this.shop.setQuantity(cart.id(), "KETTLE", 2);
		this.shop.addCoupon(cart.id(), "TAKE5");

		CartView order = ShopClient.ok(this.shop.checkout(cart.id()));

		// 78.00 less 7.80 (threshold) and 5.00 (TAKE5) is 65.20: 65 points
		assertThat(order.status()).isEqualTo(CartStatus.PLACED);
		assertThat(order.total()).isEqualByComparingTo("65.20");
		assertThat(order.loyaltyPoints()).isEqualByComparingTo("65");
		assertThat(order.loyaltyPointsTakenBack()).isNull();
		assertThat(this.shop.customer("olga").loyaltyPoints()).isEqualByComparingTo("65");
		assertThat(this.simulator.loyaltyLedger("olga", COFFEE_POINTS).orElseThrow().currentBalance())
			.isEqualByComparingTo("65");
		assertThat(this.simulator.events()).filteredOn((event) -> "olga".equals(event.profileId()))
			.extracting(SimulatedEvent::type)
			.containsSubsequence("checkout_started", "talon_session_closed");
		assertThat(this.shop.cart(cart.id())).isEqualTo(order);
		this.shop.checkout(cart.id()).expectStatus().isEqualTo(409);
	}

	@Test
	void anAnonymousCheckoutTracksNoEventAndEarnsNoPoints() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "MUG", 1);
		long checkoutEvents = checkoutStartedEvents();

		CartView order = ShopClient.ok(this.shop.checkout(cart.id()));

		assertThat(order.status()).isEqualTo(CartStatus.PLACED);
		assertThat(order.loyaltyPoints()).isNull();
		assertThat(checkoutStartedEvents()).as("v2 events belong to a profile").isEqualTo(checkoutEvents);
	}

	@Test
	void cancellingAPlacedOrderTakesItOutOfTheCustomersTotalsAndTakesItsPointsBack() {
		CartView cart = this.shop.createCart("paul");
		this.shop.setQuantity(cart.id(), "KETTLE", 1);
		this.shop.addCoupon(cart.id(), "TAKE5");
		long take5 = this.simulator.couponRedemptions("TAKE5");
		CartView placed = ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(placed.loyaltyPoints()).isEqualByComparingTo("34");
		assertThat(this.simulator.profile("paul").orElseThrow().totalSales()).isEqualByComparingTo("39.00");
		this.shop.cancel(cart.id()).expectStatus().isEqualTo(409);

		CartView cancelled = ShopClient.ok(this.shop.cancelOrder(cart.id()));

		assertThat(cancelled.status()).isEqualTo(CartStatus.CANCELLED);
		assertThat(cancelled.loyaltyPoints()).as("what the order earned").isEqualByComparingTo("34");
		assertThat(cancelled.loyaltyPointsTakenBack()).isEqualByComparingTo("34");
		assertThat(cancelled.total()).as("the order as it was placed").isEqualByComparingTo("34.00");
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
		assertThat(this.simulator.couponRedemptions("TAKE5")).as("given back").isEqualTo(take5);
		CustomerView paul = this.shop.customer("paul");
		assertThat(paul.closedSessions()).isZero();
		assertThat(paul.totalSales()).isEqualByComparingTo("0");
		assertThat(paul.loyaltyPoints()).isEqualByComparingTo("0");
		this.shop.cancelOrder(cart.id()).expectStatus().isEqualTo(409);
		this.shop.returnItems(cart.id(), "R-1", Map.of("KETTLE", 1)).expectStatus().isEqualTo(409);
	}

	@Test
	void aPartialReturnTakesBackThePointsOfTheReturnedItemsOnceWhateverHowOftenItIsSent() {
		CartView cart = this.shop.createCart("quinn");
		this.shop.setQuantity(cart.id(), "COFFEE-1KG", 2);
		this.shop.setQuantity(cart.id(), "MUG", 2);
		CartView placed = ShopClient.ok(this.shop.checkout(cart.id()));
		// 68.80 less 6.88: 61.92, 61 points
		assertThat(placed.loyaltyPoints()).isEqualByComparingTo("61");

		Map<String, Integer> oneBag = Map.of("COFFEE-1KG", 1);
		CartView returned = ShopClient.ok(this.shop.returnItems(cart.id(), "RMA-7", oneBag));
		assertThat(ShopClient.ok(this.shop.returnItems(cart.id(), "RMA-7", oneBag))).as("the same return again")
			.isEqualTo(returned);

		assertThat(returned.status()).isEqualTo(CartStatus.PARTIALLY_RETURNED);
		assertThat(returned.returns()).singleElement().satisfies((r) -> {
			assertThat(r.returnId()).isEqualTo("RMA-7");
			assertThat(r.lines()).containsExactly(new CartView.ReturnLine("COFFEE-1KG", 1));
			assertThat(r.loyaltyPointsTakenBack()).isPositive();
		});
		BigDecimal takenBack = returned.loyaltyPointsTakenBack();
		assertThat(this.simulator.returns(cart.id())).singleElement().satisfies((r) -> {
			assertThat(r.items()).singleElement().satisfies((item) -> {
				assertThat(item.position()).isZero();
				assertThat(item.quantity()).isEqualTo(1);
				assertThat(item.sku()).isEqualTo("COFFEE-1KG");
			});
		});
		assertThat(this.simulator.loyaltyLedger("quinn", COFFEE_POINTS).orElseThrow().currentBalance())
			.isEqualByComparingTo(new BigDecimal("61").subtract(takenBack));
		assertThat(this.shop.customer("quinn").totalSales()).as("68.80 less one bag").isEqualByComparingTo("43.90");

		// a second return of the rest, and what cannot be returned
		this.shop.returnItems(cart.id(), "RMA-7", Map.of("MUG", 1)).expectStatus().isEqualTo(409);
		this.shop.returnItems(cart.id(), "RMA-8", Map.of("COFFEE-1KG", 2)).expectStatus().isBadRequest();
		this.shop.returnItems(cart.id(), "RMA-8", Map.of("KETTLE", 1)).expectStatus().isBadRequest();
		this.shop.returnItems(cart.id(), "RMA-8", Map.of("MUG", 0)).expectStatus().isBadRequest();
		this.shop.returnItems(cart.id(), " ", Map.of("MUG", 1)).expectStatus().isBadRequest();
		Map<String, Integer> rest = new LinkedHashMap<>();
		rest.put("COFFEE-1KG", 1);
		rest.put("MUG", 2);
		CartView all = ShopClient.ok(this.shop.returnItems(cart.id(), "RMA-8", rest));
		assertThat(all.returns()).extracting(CartView.ReturnView::returnId).containsExactly("RMA-7", "RMA-8");
		assertThat(this.simulator.returns(cart.id())).hasSize(2);
		assertThat(all.loyaltyPointsTakenBack()).isEqualByComparingTo("61");
		assertThat(this.simulator.loyaltyLedger("quinn", COFFEE_POINTS).orElseThrow().currentBalance())
			.isEqualByComparingTo("0");
		// a returned order cannot be reopened
		this.shop.editOrder(cart.id()).expectStatus().isEqualTo(409);
	}

	@Test
	void anOrderIsEditedByReopeningItsSessionChangingTheCartAndCheckingOutAgain() {
		CartView cart = this.shop.createCart("rita");
		this.shop.setQuantity(cart.id(), "GRINDER-HAND", 1);
		this.shop.addCoupon(cart.id(), "TAKE5");
		long take5 = this.simulator.couponRedemptions("TAKE5");
		CartView placed = ShopClient.ok(this.shop.checkout(cart.id()));
		// 59.00 less 5.90 and 5.00: 48.10, 48 points
		assertThat(placed.loyaltyPoints()).isEqualByComparingTo("48");
		assertThat(this.simulator.couponRedemptions("TAKE5")).isEqualTo(take5 + 1);

		CartView editing = ShopClient.ok(this.shop.editOrder(cart.id()));

		assertThat(editing.status()).isEqualTo(CartStatus.OPEN);
		assertThat(editing.loyaltyPoints()).isNull();
		assertThat(editing.promotionsAvailable()).isTrue();
		assertThat(editing.coupons()).containsExactly(
				new CartView.CodeView("TAKE5", CartPromotions.CodeStatus.ACCEPTED, null));
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.OPEN);
		assertThat(this.simulator.couponRedemptions("TAKE5")).as("given back by the reopening").isEqualTo(take5);
		assertThat(this.simulator.loyaltyLedger("rita", COFFEE_POINTS).orElseThrow().currentBalance())
			.isEqualByComparingTo("0");
		assertThat(this.simulator.events()).filteredOn((event) -> cart.id().equals(event.sessionId()))
			.extracting(SimulatedEvent::type)
			.contains("talon_session_reopened");
		this.shop.editOrder(cart.id()).expectStatus().isEqualTo(409);

		this.shop.setQuantity(cart.id(), "MUG", 2);
		CartView edited = ShopClient.ok(this.shop.checkout(cart.id()));

		// 78.00 less 7.80 and 5.00: 65.20, 65 points
		assertThat(edited.status()).isEqualTo(CartStatus.PLACED);
		assertThat(edited.total()).isEqualByComparingTo("65.20");
		assertThat(edited.loyaltyPoints()).isEqualByComparingTo("65");
		assertThat(this.simulator.couponRedemptions("TAKE5")).isEqualTo(take5 + 1);
		assertThat(this.simulator.loyaltyLedger("rita", COFFEE_POINTS).orElseThrow()).satisfies((ledger) -> {
			assertThat(ledger.currentBalance()).isEqualByComparingTo("65");
			assertThat(ledger.transactions()).extracting(SimulatedLoyaltyTransaction::type)
				.containsExactly(SimulatedLoyaltyTransaction.Type.ADDITION, SimulatedLoyaltyTransaction.Type.SUBTRACTION,
						SimulatedLoyaltyTransaction.Type.ADDITION);
		});
		CustomerView rita = this.shop.customer("rita");
		assertThat(rita.closedSessions()).isEqualTo(1);
		assertThat(rita.totalSales()).isEqualByComparingTo("78.00");
	}

	@Test
	void theNextChangeOfAnOrderIsTakenAsSoonAsTheAnswerToTheLastOneIsThere() {
		CartView cart = this.shop.createCart("sven");
		this.shop.setQuantity(cart.id(), "MUG", 2);
		ShopClient.ok(this.shop.checkout(cart.id()));

		// the cancellation starts the moment the return's answer arrives, as a customer's next click can
		CartView cancelled = this.orders.returnItems(cart.id(), "RMA-1", Map.of("MUG", 1))
			.flatMap((returned) -> this.orders.cancel(cart.id()))
			.block(Duration.ofSeconds(30));

		assertThat(cancelled.status()).isEqualTo(CartStatus.CANCELLED);
		assertThat(cancelled.returns()).extracting(CartView.ReturnView::returnId).containsExactly("RMA-1");
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
	}

	@Test
	void aCheckoutTheCustomerWalkedAwayFromIsConfirmedByTheNextCheckoutInsteadOfCheckingOutForever() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "MUG", 1);
		long before = this.simulator.requestCount();
		this.simulator.faults().latency(Duration.ofMillis(300));

		Disposable checkout = this.carts.checkout(cart.id()).subscribe();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.simulator.requestCount() > before);
		checkout.dispose();
		this.simulator.faults().clear();

		// the close went on to Talon.One without the customer
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.simulator.session(cart.id()).orElseThrow().state() == SessionState.CLOSED);
		assertThat(this.shop.cart(cart.id()).status()).isEqualTo(CartStatus.OPEN);
		assertThat(ShopClient.problem(this.shop.put("/carts/{id}/items/MUG", Map.of("quantity", 2), cart.id()), 409)
			.getDetail()).contains("may have placed the order");
		CartView order = ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(order.status()).isEqualTo(CartStatus.PLACED);
		assertThat(order.total()).isEqualByComparingTo("9.50");
	}

	@Test
	void orderChangesNeedAnOrder() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "MUG", 1);

		this.shop.cancelOrder(cart.id()).expectStatus().isEqualTo(409);
		this.shop.returnItems(cart.id(), "R-1", Map.of("MUG", 1)).expectStatus().isEqualTo(409);
		this.shop.editOrder(cart.id()).expectStatus().isEqualTo(409);
		this.shop.cancelOrder("no-such-order").expectStatus().isNotFound();
		this.shop.post("/orders/{id}/returns", Map.of("returnId", "R-1", "lines", List.of()), cart.id())
			.expectStatus()
			.isBadRequest();
		assertThat(ShopClient.ok(this.web.get().uri("/orders/{id}", cart.id()).exchange()))
			.isEqualTo(this.shop.cart(cart.id()));
	}

	@Test
	void aFullyReturnedOrderStaysPartiallyReturnedAsItsSessionAndSaysWhatIsLeftToReturn() {
		CartView cart = this.shop.createCart("rosa");
		this.shop.setQuantity(cart.id(), "MUG", 3);
		ShopClient.ok(this.shop.checkout(cart.id()));

		CartView returned = ShopClient.ok(this.shop.returnItems(cart.id(), "RMA-1", Map.of("MUG", 3)));

		// Talon.One's session stays partially_returned when every unit is returned; so does the order
		assertThat(returned.status()).isEqualTo(CartStatus.PARTIALLY_RETURNED);
		assertThat(this.simulator.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.PARTIALLY_RETURNED);
		assertThat(returned.loyaltyPointsTakenBack()).isEqualByComparingTo(returned.loyaltyPoints());
		assertThat(ShopClient.problem(this.shop.returnItems(cart.id(), "RMA-2", Map.of("MUG", 1)), 400).getDetail())
			.isEqualTo("Cannot return the items: only 0 of MUG can be returned: the order has 3, 3 returned already");
		Map<String, Integer> lines = new LinkedHashMap<>();
		lines.put("KETTLE", 1);
		lines.put("MUG", 2);
		assertThat(ShopClient.problem(this.shop.returnItems(cart.id(), "RMA-2", lines), 400).getDetail())
			.isEqualTo("Cannot return the items: KETTLE is not in the order; only 0 of MUG can be returned: the order "
					+ "has 3, 3 returned already");
		assertThat(ShopClient.problem(this.shop.returnItems(cart.id(), "RMA-2", Map.of("MUG", 0)), 400).getDetail())
			.isEqualTo("Cannot return the items: the quantity of MUG must be at least 1");
		assertThat(this.simulator.returns(cart.id())).hasSize(1);
	}

	@Test
	void everyOrderEndpointSaysOrderWhenThereIsNone() {
		String detail = "There is no order no-such-order";
		assertThat(ShopClient.problem(this.shop.get("/orders/{id}", "no-such-order"), 404).getDetail())
			.isEqualTo(detail);
		assertThat(ShopClient.problem(this.shop.cancelOrder("no-such-order"), 404).getDetail()).isEqualTo(detail);
		assertThat(ShopClient.problem(this.shop.editOrder("no-such-order"), 404).getDetail()).isEqualTo(detail);
		assertThat(ShopClient.problem(this.shop.returnItems("no-such-order", "R-1", Map.of("MUG", 1)), 404)
			.getDetail()).isEqualTo(detail);
		// the cart endpoints still say cart
		assertThat(ShopClient.problem(this.shop.cancel("no-such-order"), 404).getDetail())
			.isEqualTo("There is no cart no-such-order");
	}

	private long checkoutStartedEvents() {
		return this.simulator.events().stream().filter((event) -> event.type().equals("checkout_started")).count();
	}

}
