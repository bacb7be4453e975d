package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.effect.CodeStatus;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The shop's promotions from Talon.One: a cart is priced with an update of its session; if Talon.One fails or is too
 * slow, the cart is priced without promotions rather than not at all (it fails open). Checkout closes the session and
 * needs Talon.One.
 */
@Service
public class Promotions {

	/** The shop's loyalty program. */
	static final long LOYALTY_PROGRAM = 1;

	private final TalonIntegrationClient talon;

	Promotions(TalonIntegrationClient talon) {
		this.talon = talon;
	}

	/**
	 * Prices an open cart.
	 * @param cart the cart
	 * @return the cart with Talon.One's discounts, or without any when Talon.One did not answer
	 */
	public Mono<PricedCart> price(Cart cart) {
		return update(cart, CustomerSessionState.OPEN).onErrorResume(TalonException.class,
				(ex) -> Mono.just(new PricedCart(cart.subtotal(), Map.of(), cart.subtotal(), Map.of(),
						BigDecimal.ZERO, false)));
	}

	/**
	 * Places the order of a cart.
	 * @param cart the cart
	 * @return the order's prices and the loyalty points it earned
	 */
	public Mono<PricedCart> checkout(Cart cart) {
		return update(cart, CustomerSessionState.CLOSED);
	}

	private Mono<PricedCart> update(Cart cart, CustomerSessionState state) {
		NewCustomerSessionV2.Builder session = NewCustomerSessionV2.builder().state(state);
		if (cart.couponCodes().isEmpty()) {
			session.clearCouponCodes();
		}
		else {
			session.couponCodes(cart.couponCodes());
		}
		if (cart.customerId() != null) {
			session.profileId(cart.customerId());
		}
		cart.lines()
			.forEach((line) -> session
				.addCartItem(CartItem.builder(line.sku(), line.quantity()).name(line.sku()).price(line.price()).build()));
		return this.talon.updateCustomerSessionV2(cart.id(), IntegrationRequest.of(session.build()))
			.map((answer) -> priced(cart, answer));
	}

	private static PricedCart priced(Cart cart, IntegrationStateV2 answer) {
		Map<String, BigDecimal> discounts = answer.discounts();
		BigDecimal total = cart.subtotal().subtract(discounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		Map<String, CodeStatus> coupons = new LinkedHashMap<>();
		cart.couponCodes().forEach((code) -> coupons.put(code, answer.couponStatus(code)));
		return new PricedCart(cart.subtotal(), discounts, total, coupons,
				answer.addedLoyaltyPoints().getOrDefault(LOYALTY_PROGRAM, BigDecimal.ZERO), true);
	}

}
