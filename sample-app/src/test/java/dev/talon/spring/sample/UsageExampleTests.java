package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV2Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import dev.talon.spring.client.model.v2.effect.CodeStatus;
import dev.talon.spring.simulator.SessionState;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.spec.ReadmeExamples;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's usage examples of today's Integration API, verbatim between their tags, run against the simulator of
 * {@link AutoConfigureTalonSimulator} ({@link ReadmeExamples} keeps them in step). Same configuration as {@link CartWalkthroughTests},
 * so that the two share one application context.
 */
@ShopTest
class UsageExampleTests {

	@Autowired
	TalonIntegrationClient talon;

	@Autowired
	TalonSimulator simulator;

	@Test
	void aCartFromChangeToReturn() {
		String cartId = "cart-" + UUID.randomUUID();
		List<String> couponCodes = List.of("TAKE5", "BOGUS");
		// tag::cart[]
		// on every cart change: the whole cart, every coupon code the customer entered
		NewCustomerSessionV2.Builder session = NewCustomerSessionV2.builder()
			.profileId("customer-7")
			.cartItems(List.of(
					CartItem.builder("COFFEE-1KG", 2).name("Espresso beans 1 kg").price(new BigDecimal("24.90")).build(),
					CartItem.builder("MUG", 1).name("Ceramic mug").price(new BigDecimal("9.50")).build()));
		if (couponCodes.isEmpty()) {
			session.clearCouponCodes();     // sends [] and discards the codes sent before; unset keeps them
		}
		else {
			session.couponCodes(couponCodes);
		}
		IntegrationStateV2 state = talon.updateCustomerSessionV2(cartId, IntegrationRequest.of(session.build()))
			.block();                       // or return the Mono from a WebFlux (or Spring MVC) controller
		Map<String, BigDecimal> discounts = state.discounts();           // by name: replace what you applied before
		CodeStatus take5 = state.couponStatus("TAKE5");                  // ACCEPTED
		String why = state.couponRejectionReason("BOGUS").orElse(null); // CouponNotFound

		// checkout: close the session (a body with only the state keeps the cart), with the loyalty points earned
		IntegrationStateV2 placed = talon.updateCustomerSessionV2(cartId, IntegrationRequest.of(
				NewCustomerSessionV2.builder().state(CustomerSessionState.CLOSED).build(),
				IntegrationRequest.ResponseContent.LOYALTY))
			.block();
		Map<Long, BigDecimal> points = placed.addedLoyaltyPoints();      // by loyalty program

		// a return of one mug, with the shop's return id as idempotency key: safe to send again
		IntegrationStateV2 returned = talon.returnCartItems(cartId,
				ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.ofSku("MUG", 1))),
				ReturnCartItemsOptions.idempotencyKey("return-" + cartId))
			.block();
		// end::cart[]

		assertThat(discounts).isNotEmpty();
		assertThat(take5).isEqualTo(CodeStatus.ACCEPTED);
		assertThat(why).isEqualTo("CouponNotFound");
		assertThat(points).containsKey(1L);
		assertThat(returned.effects()).isNotEmpty(); // the mug's share of the points, rolled back
		assertThat(this.simulator.session(cartId)).hasValueSatisfying(
				(closed) -> assertThat(closed.state()).isEqualTo(SessionState.PARTIALLY_RETURNED));
		assertThat(this.simulator.returns(cartId)).hasSize(1);
	}

	@Test
	void aPricePreviewAProfileAndAnEvent() {
		// tag::more[]
		// a product page's price after promotions: a dry run on a throw-away session changes nothing
		String previewId = "preview-" + UUID.randomUUID();
		Mono<BigDecimal> promoted = talon.updateCustomerSessionV2(previewId,
				IntegrationRequest.of(NewCustomerSessionV2.builder()
					.addCartItem(CartItem.builder("GRINDER-HAND", 1).price(new BigDecimal("59.00")).build())
					.build()),
				UpdateCustomerSessionV2Options.dryRun())
			.map((preview) -> new BigDecimal("59.00").subtract(preview.totalNetDiscount()));

		// a customer's attributes, with the rules run for them (the answer then carries effects)
		Mono<CustomerProfileIntegrationResponseV2> profile = talon.updateCustomerProfileV2("customer-7",
				CustomerProfileIntegrationRequestV2.builder().attribute("newsletter", true).build(),
				UpdateCustomerProfileV2Options.withRuleEngine());

		// a meaningful event of the customer, evaluated by the rules
		Mono<IntegrationEventV2Response> event = talon.trackEventV2(
				IntegrationEventV2Request.builder("customer-7", "newsletter_signup").attribute("source", "footer").build());
		// end::more[]

		assertThat(promoted.block(Duration.ofSeconds(30))).isEqualByComparingTo("53.10");
		assertThat(this.simulator.session(previewId)).isEmpty();
		assertThat(profile.block(Duration.ofSeconds(30))).isNotNull();
		assertThat(this.simulator.profile("customer-7")).hasValueSatisfying(
				(stored) -> assertThat(stored.attributes()).containsEntry("newsletter", true));
		assertThat(event.block(Duration.ofSeconds(30))).isNotNull();
	}

	@Test
	void theReadmeShowsTheseExamples() {
		ReadmeExamples.assertReadmeShows(UsageExampleTests.class, "cart",
				"NewCustomerSessionV2.Builder session = NewCustomerSessionV2.builder()");
		ReadmeExamples.assertReadmeShows(UsageExampleTests.class, "more",
				"String previewId = \"preview-\" + UUID.randomUUID();");
	}

}
