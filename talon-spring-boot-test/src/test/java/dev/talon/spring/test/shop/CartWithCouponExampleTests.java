package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.effect.CodeStatus;
import dev.talon.spring.simulator.CouponRule;
import dev.talon.spring.simulator.Discount;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.SessionState;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of a cart flow with a coupon, verbatim between the {@code cart-flow} tags
 * ({@code ReadmeTestingSectionTests} keeps the two in step).
 */
// tag::cart-flow[]
@SpringBootTest
@AutoConfigureTalonSimulator
class CartWithCouponExampleTests {

	@Autowired
	Promotions promotions;

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonRequests talonRequests;

	@BeforeEach
	void springSale() {
		this.talon.rules(PromotionRules.defaults()
			.and(new CouponRule(6, "SPRING", Discount.percent("20"), BigDecimal.ZERO, "Spring sale: 20% off")));
		this.talon.addLoyaltyPoints("alice", 1, new BigDecimal("120"));
	}

	@Test
	void theCouponTakesItsDiscountAndIsRedeemedAtCheckout() {
		Cart cart = new Cart("cart-1", "alice", List.of(new Cart.Line("BEANS", new BigDecimal("12.50"), 2)),
				List.of("SPRING"));

		PricedCart priced = this.promotions.price(cart).block(Duration.ofSeconds(30));
		PricedCart order = this.promotions.checkout(cart).block(Duration.ofSeconds(30));

		assertThat(priced.discounts()).containsEntry("Spring sale: 20% off", new BigDecimal("5.00"));
		assertThat(priced.total()).isEqualByComparingTo("20.00");
		assertThat(priced.coupons()).containsEntry("SPRING", CodeStatus.ACCEPTED);
		assertThat(order.loyaltyPoints()).as("1 point per 1.00 after discounts").isEqualByComparingTo("20");

		// what the shop sent: the whole cart with the code, then the same cart closed
		assertThat(this.talonRequests.updateCustomerSessionV2("cart-1"))
			.extracting(IntegrationRequest::customerSession)
			.satisfiesExactly((open) -> {
				assertThat(open.couponCodes()).containsExactly("SPRING");
				assertThat(open.cartItems()).singleElement()
					.satisfies((item) -> assertThat(item.price()).isEqualByComparingTo("12.50"));
				assertThat(open.state()).isEqualTo(CustomerSessionState.OPEN);
			}, (closed) -> assertThat(closed.state()).isEqualTo(CustomerSessionState.CLOSED));
		// and what Talon.One made of it
		assertThat(this.talon.session("cart-1").orElseThrow().state()).isEqualTo(SessionState.CLOSED);
		assertThat(this.talon.couponRedemptions("SPRING")).isEqualTo(1);
		assertThat(this.talon.loyaltyLedger("alice", 1).orElseThrow().currentBalance()).isEqualByComparingTo("140");
	}

	@Test
	void aCouponBelowItsMinimumIsRejected() {
		Cart cart = new Cart("cart-2", null, List.of(new Cart.Line("MUG", new BigDecimal("9.50"), 1)),
				List.of("TAKE5"));

		PricedCart priced = this.promotions.price(cart).block(Duration.ofSeconds(30));

		assertThat(priced.coupons()).containsEntry("TAKE5", CodeStatus.REJECTED);
		assertThat(priced.total()).isEqualByComparingTo("9.50");
		assertThat(this.talon.session("cart-1")).as("nothing of the other test").isEmpty();
	}
	// end::cart-flow[]

}
