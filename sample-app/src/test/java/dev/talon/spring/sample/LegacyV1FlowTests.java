package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.CustomerProfile;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.Effect;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.SessionState;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The legacy v1 flow that the sample used before today's API: one coupon per cart sent with
 * {@code updateCustomerSession}, the shop's total on the close, a {@code checkout_started} event in the session, profile
 * attributes and the support lookup by attribute. It runs the client's v1 operations against the simulator of
 * {@link AutoConfigureTalonSimulator}, step by step as the shop did, so that an application still on v1 (or moving from it) keeps a tested
 * path; and a cart begun with v1 is finished with v2, as Talon.One allows. Same configuration as
 * {@link CartWalkthroughTests}, so that they share one application context.
 */
@ShopTest
class LegacyV1FlowTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String THRESHOLD = "10% off orders of 50.00 or more";

	@Autowired
	TalonIntegrationClient talon;

	@Autowired
	TalonSimulator simulator;

	@Test
	void theV1CheckoutFlow() {
		IntegrationState profile = this.talon
			.updateCustomerProfile("v1-wendy", NewCustomerProfile.of(Map.of("email", "wendy@example.com")))
			.block(WAIT);
		assertThat(profile.profile().closedSessions()).isZero();

		// every change sends the whole cart; "" means no coupon, no referral
		IntegrationState below = this.talon.updateCustomerSession("v1-cart-1", cart("", 1)).block(WAIT);
		assertThat(below.discounts()).isEmpty();
		IntegrationState rejected = this.talon.updateCustomerSession("v1-cart-1", cart("BOGUS", 3)).block(WAIT);
		assertThat(rejected.discounts()).containsOnlyKeys(THRESHOLD);
		assertThat(rejected.effects(Effect.REJECT_COUPON)).singleElement().satisfies((effect) -> {
			assertThat(effect.stringArgument(0)).isEqualTo("BOGUS");
			assertThat(effect.stringArgument(1)).isEqualTo("CouponNotFound");
		});
		IntegrationState accepted = this.talon.updateCustomerSession("v1-cart-1", cart("TAKE5", 3)).block(WAIT);
		assertThat(accepted.effects(Effect.ACCEPT_COUPON)).hasSize(1);
		assertThat(accepted.discounts()).containsEntry(THRESHOLD, new BigDecimal("5.34"))
			.containsEntry("Coupon TAKE5: 5.00 off orders of 30.00 or more", new BigDecimal("5.00"));

		// v1 events belong to a session; v1 closes carry the shop's total after discounts
		IntegrationState event = this.talon.trackEvent(NewEvent.builder("v1-cart-1", "checkout_started")
			.profileId("v1-wendy")
			.attributes(Map.of("items", 4))
			.build()).block(WAIT);
		assertThat(event.event().type()).isEqualTo("checkout_started");
		IntegrationState closed = this.talon
			.updateCustomerSession("v1-cart-1", NewCustomerSession.builder()
				.profileId("v1-wendy")
				.coupon("TAKE5")
				.cartItems(items(3))
				.state(CustomerSessionState.CLOSED)
				.total(new BigDecimal("43.06"))
				.build())
			.block(WAIT);
		assertThat(closed.session().state()).isEqualTo(CustomerSessionState.CLOSED);
		assertThat(this.simulator.session("v1-cart-1").orElseThrow().state()).isEqualTo(SessionState.CLOSED);

		// support finds the customer by e-mail, with v1's totals (the sale after discounts)
		List<CustomerProfile> found = this.talon
			.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("email", "wendy@example.com")))
			.block(WAIT)
			.data();
		assertThat(found).singleElement().satisfies((customer) -> {
			assertThat(customer.integrationId()).isEqualTo("v1-wendy");
			assertThat(customer.closedSessions()).isEqualTo(1);
			assertThat(customer.totalSales()).isEqualByComparingTo("43.06");
		});

		// a second close is refused, which is how a shop on v1 recognised a close whose answer was lost
		assertThatExceptionOfType(TalonClientErrorException.class)
			.isThrownBy(() -> this.talon.updateCustomerSession("v1-cart-1",
					NewCustomerSession.builder().state(CustomerSessionState.CLOSED).build()).block(WAIT))
			.satisfies((ex) -> assertThat(ex.getErrorResponse().orElseThrow().message())
				.isEqualTo("Cannot move session to state \"closed\" from state \"closed\""));

		// cancelling takes the order out of the customer's totals
		this.talon.updateCustomerSession("v1-cart-1",
				NewCustomerSession.builder().state(CustomerSessionState.CANCELLED).build()).block(WAIT);
		assertThat(this.simulator.profile("v1-wendy").orElseThrow().closedSessions()).isZero();
	}

	@Test
	void aCartBegunWithV1IsFinishedWithV2() {
		this.talon.updateCustomerSession("v1-cart-2", NewCustomerSession.builder()
			.profileId("v1-xavier")
			.coupon("TAKE5")
			.cartItems(items(3))
			.build()).block(WAIT);

		IntegrationStateV2 closed = this.talon
			.updateCustomerSessionV2("v1-cart-2", IntegrationRequest.of(NewCustomerSessionV2.builder()
				.state(dev.talon.spring.client.model.v2.CustomerSessionState.CLOSED)
				.build()))
			.block(WAIT);

		assertThat(closed.couponStatus("TAKE5"))
			.isEqualTo(dev.talon.spring.client.model.v2.effect.CodeStatus.ACCEPTED);
		assertThat(closed.addedLoyaltyPoints().get(1L)).isEqualByComparingTo("43");
		assertThat(this.simulator.session("v1-cart-2").orElseThrow().state()).isEqualTo(SessionState.CLOSED);
	}

	private static NewCustomerSession cart(String coupon, int mugs) {
		return NewCustomerSession.builder()
			.profileId("v1-wendy")
			.coupon(coupon)
			.referral("")
			.cartItems(items(mugs))
			.build();
	}

	private static List<CartItem> items(int mugs) {
		return List.of(CartItem.builder("COFFEE-1KG", "Espresso beans 1 kg", 1, new BigDecimal("24.90")).build(),
				CartItem.builder("MUG", "Ceramic mug", mugs, new BigDecimal("9.50")).build());
	}

}
