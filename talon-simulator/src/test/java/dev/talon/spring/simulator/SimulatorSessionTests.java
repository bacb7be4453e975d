package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state the simulator keeps, through the real client: sessions with the v1 state machine, profiles created on
 * first use with merged attributes, closed sessions counted in the profile's totals, events and profile search.
 */
class SimulatorSessionTests {

	private static final Duration WAIT = TalonClients.WAIT;

	private static TalonSimulator simulator;

	private static WebClientTalonIntegrationClient talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		talon = TalonClients.apiKey(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void forgetEverything() {
		simulator.reset();
	}

	@Test
	void aSessionIsCreatedOpenAndUpdatedFieldByField() {
		IntegrationState created = update("cart-1", NewCustomerSession.builder()
			.profileId("alice")
			.coupon("WELCOME10")
			.cartItems(List.of(item("MUG", "9.50", 2)))
			.attributes(Map.of("channel", "web"))
			.build());
		IntegrationState updated = update("cart-1", NewCustomerSession.builder()
			.cartItems(List.of(item("MUG", "9.50", 3)))
			.attributes(Map.of("device", "phone"))
			.build());

		assertThat(created.session().state()).isEqualTo(CustomerSessionState.OPEN);
		assertThat(created.session().firstSession()).isTrue();
		assertThat(updated.session().profileId()).isEqualTo("alice");
		assertThat(updated.session().coupon()).as("a field that is not sent stays as it was").isEqualTo("WELCOME10");
		assertThat(updated.session().cartItems()).extracting(CartItem::quantity).containsExactly(3);
		assertThat(updated.session().attributes()).containsEntry("channel", "web").containsEntry("device", "phone");
		assertThat(updated.session().total()).isEqualByComparingTo("28.50");
		assertThat(updated.profile().integrationId()).isEqualTo("alice");
		assertThat(updated.event().type()).isEqualTo("talon_session_updated");
		assertThat(updated.event().sessionId()).isEqualTo("cart-1");
	}

	@Test
	void anEmptyCouponRemovesTheCoupon() {
		update("cart-2", NewCustomerSession.builder().coupon("WELCOME10").cartItems(List.of(item("A", "10", 1))).build());
		IntegrationState removed = update("cart-2", NewCustomerSession.builder().coupon("").build());

		assertThat(removed.session().coupon()).isEmpty();
		assertThat(removed.discounts()).isEmpty();
	}

	@Test
	void closingASessionAddsItsTotalToTheProfile() {
		update("cart-3", NewCustomerSession.builder()
			.profileId("bob")
			.cartItems(List.of(item("A", "20.00", 1)))
			.total(new BigDecimal("18.00"))
			.build());
		IntegrationState closed = update("cart-3", NewCustomerSession.builder().state(CustomerSessionState.CLOSED).build());
		IntegrationState second = update("cart-4", NewCustomerSession.builder()
			.profileId("bob")
			.state(CustomerSessionState.CLOSED)
			.cartItems(List.of(item("B", "60.00", 1)))
			.build());

		assertThat(closed.session().state()).isEqualTo(CustomerSessionState.CLOSED);
		assertThat(closed.profile().closedSessions()).isEqualTo(1);
		assertThat(closed.profile().totalSales()).as("the total the shop sent").isEqualByComparingTo("18.00");
		assertThat(second.session().firstSession()).isFalse();
		assertThat(second.profile().closedSessions()).isEqualTo(2);
		assertThat(second.profile().totalSales()).as("plus 60.00 less the 10% threshold discount")
			.isEqualByComparingTo("72.00");
		assertThat(simulator.profile("bob").orElseThrow().totalSales()).isEqualByComparingTo("72.00");
	}

	@Test
	void aClosedSessionCannotBeReopened() {
		update("cart-5", NewCustomerSession.builder().profileId("carol").state(CustomerSessionState.CLOSED).build());

		assertThatThrownBy(() -> update("cart-5", NewCustomerSession.builder().cartItems(List.of()).build()))
			.isInstanceOfSatisfying(TalonClientErrorException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorResponse().orElseThrow().message())
					.isEqualTo("Cannot move session to state \"open\" from state \"closed\"");
				assertThat(ex.getErrorResponse().orElseThrow().errors().get(0).source().pointer()).isEqualTo("/state");
			});
		assertThatThrownBy(() -> update("cart-5", NewCustomerSession.builder().state(CustomerSessionState.CLOSED).build()))
			.isInstanceOfSatisfying(TalonClientErrorException.class, (ex) -> assertThat(ex.getMessage())
				.contains("Cannot move session to state \"closed\" from state \"closed\""));
		assertThat(simulator.profile("carol").orElseThrow().closedSessions()).isEqualTo(1);
	}

	@Test
	void cancellingAClosedSessionTakesItOutOfTheProfilesTotals() {
		update("cart-6", NewCustomerSession.builder()
			.profileId("dave")
			.cartItems(List.of(item("A", "12.00", 2)))
			.state(CustomerSessionState.CLOSED)
			.build());
		assertThat(simulator.profile("dave").orElseThrow().totalSales()).isEqualByComparingTo("24.00");

		IntegrationState cancelled = update("cart-6",
				NewCustomerSession.builder().state(CustomerSessionState.CANCELLED).build());

		assertThat(cancelled.session().state()).isEqualTo(CustomerSessionState.CANCELLED);
		assertThat(cancelled.effects()).isEmpty();
		assertThat(cancelled.profile().closedSessions()).isZero();
		assertThat(cancelled.profile().totalSales()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> update("cart-6", NewCustomerSession.builder().state(CustomerSessionState.CANCELLED).build()))
			.hasMessageContaining("Cannot move session to state \"cancelled\" from state \"cancelled\"");
		assertThatThrownBy(() -> update("cart-6", NewCustomerSession.builder().build()))
			.hasMessageContaining("Cannot move session to state \"open\" from state \"cancelled\"");
	}

	@Test
	void anOpenSessionCanBeCancelledWithoutTouchingTheProfile() {
		update("cart-7", NewCustomerSession.builder().profileId("erin").cartItems(List.of(item("A", "5", 1))).build());
		update("cart-7", NewCustomerSession.builder().state(CustomerSessionState.CANCELLED).build());

		assertThat(simulator.session("cart-7").orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
		assertThat(simulator.profile("erin").orElseThrow().closedSessions()).isZero();
	}

	@Test
	void anAnonymousSessionHasNoProfileAndIsAlwaysAFirstSession() {
		IntegrationState state = update("cart-8", NewCustomerSession.builder()
			.profileId("")
			.cartItems(List.of(item("A", "5", 1)))
			.state(CustomerSessionState.CLOSED)
			.build());

		assertThat(state.profile()).isNull();
		assertThat(state.session().profileId()).isEmpty();
		assertThat(state.session().firstSession()).isTrue();
	}

	@Test
	void profilesAreCreatedOnFirstUseAndTheirAttributesMerged() {
		talon.updateCustomerProfile("frank", NewCustomerProfile.of(Map.of("email", "frank@example.com", "tier", "gold")))
			.block(WAIT);
		Map<String, Object> withNull = new HashMap<>();
		withNull.put("tier", null);
		withNull.put("city", "Berlin");
		IntegrationState merged = talon.updateCustomerProfile("frank", NewCustomerProfile.of(withNull)).block(WAIT);

		assertThat(merged.session()).isNull();
		assertThat(merged.event().type()).isEqualTo("talon_profile_updated");
		assertThat(merged.profile().attributes()).containsEntry("email", "frank@example.com")
			.containsEntry("city", "Berlin")
			.doesNotContainKey("tier");
		assertThat(merged.profile().closedSessions()).isZero();
		assertThat(merged.profile().accountId()).isEqualTo(1);
	}

	@Test
	void profilesAreFoundByExactAttributeMatch() {
		talon.updateCustomerProfile("g1", NewCustomerProfile.of(Map.of("email", "g@example.com", "age", 30))).block(WAIT);
		talon.updateCustomerProfile("g2", NewCustomerProfile.of(Map.of("email", "g@example.com", "age", 31))).block(WAIT);
		talon.updateCustomerProfile("g3", NewCustomerProfile.of(Map.of("email", "other@example.com"))).block(WAIT);

		CustomerProfileSearchResult byEmail = talon
			.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("email", "g@example.com")))
			.block(WAIT);
		CustomerProfileSearchResult byEmailAndAge = talon.getCustomerProfilesByAttributes(
				CustomerProfileSearch.byAttributes(Map.of("email", "g@example.com", "age", new BigDecimal("31.0"))))
			.block(WAIT);
		CustomerProfileSearchResult none = talon
			.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("email", "G@EXAMPLE.COM")))
			.block(WAIT);

		assertThat(byEmail.totalResultSize()).isEqualTo(2);
		assertThat(byEmail.data()).extracting("integrationId").containsExactly("g1", "g2");
		assertThat(byEmailAndAge.data()).extracting("integrationId").containsExactly("g2");
		assertThat(none.totalResultSize()).isZero();
		assertThat(none.data()).isEmpty();
	}

	@Test
	void anEventCreatesItsSessionAndIsEvaluatedOnIt() {
		IntegrationState viewed = talon.trackEvent(NewEvent.builder("cart-9", "product_viewed")
			.profileId("hank")
			.attributes(Map.of("sku", "MUG"))
			.build()).block(WAIT);
		update("cart-9", NewCustomerSession.builder().coupon("WELCOME10").cartItems(List.of(item("A", "10", 1))).build());
		IntegrationState started = talon.trackEvent(NewEvent.builder("cart-9", "checkout_started")
			.profileId("hank")
			.build()).block(WAIT);

		assertThat(viewed.session().profileId()).isEqualTo("hank");
		assertThat(viewed.event().type()).isEqualTo("product_viewed");
		assertThat(viewed.event().attributes()).containsEntry("sku", "MUG");
		assertThat(started.isCouponAccepted("WELCOME10")).isTrue();
		assertThat(started.discounts()).containsEntry("Coupon WELCOME10: 10% off", new BigDecimal("1.00"));
		assertThat(simulator.events()).extracting(SimulatedEvent::type)
			.containsExactly("product_viewed", "talon_session_updated", "checkout_started");
	}

	@Test
	void anEventMustHaveTheProfileOfItsSession() {
		update("cart-10", NewCustomerSession.builder().profileId("ivy").build());

		assertThatThrownBy(() -> talon.trackEvent(NewEvent.builder("cart-10", "viewed").profileId("jack").build())
			.block(WAIT))
			.isInstanceOfSatisfying(TalonClientErrorException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorResponse().orElseThrow().message())
					.isEqualTo("Session cart-10 belongs to another customer profile");
			});
	}

	@Test
	void resetForgetsEverything() {
		update("cart-11", NewCustomerSession.builder().profileId("kim").build());
		simulator.faults().latency(Duration.ofMillis(5));

		simulator.reset();

		assertThat(simulator.session("cart-11")).isEmpty();
		assertThat(simulator.profile("kim")).isEmpty();
		assertThat(simulator.events()).isEmpty();
		assertThat(simulator.faults().latency()).isZero();
	}

	private static IntegrationState update(String sessionId, NewCustomerSession session) {
		return talon.updateCustomerSession(sessionId, session).block(WAIT);
	}

	static CartItem item(String sku, String price, int quantity) {
		return CartItem.builder(sku, "Item " + sku, quantity, new BigDecimal(price)).build();
	}

}
