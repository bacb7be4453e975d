package dev.talon.spring.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The shop's carts, in memory. Cart ids are random, so that they practically never collide with the sessions of an earlier run
 * in a real Talon.One (a closed session cannot be opened again).
 */
@Component
class CartStore {

	private final Map<String, Cart> carts = new ConcurrentHashMap<>();

	Cart create(Market market, String customerId) {
		Cart cart = new Cart("cart-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), market,
				customerId);
		this.carts.put(cart.id(), cart);
		return cart;
	}

	/**
	 * The carts and orders of a customer.
	 * @param customerId the customer's id
	 * @return their carts, in no particular order
	 */
	List<Cart> of(String customerId) {
		return this.carts.values().stream().filter((cart) -> {
			synchronized (cart) {
				return customerId.equals(cart.snapshot().customerId());
			}
		}).toList();
	}

	/**
	 * A cart (or the order it became), for the cart endpoints.
	 * @param id the cart id
	 * @return the cart
	 * @throws ShopException a 404 "There is no cart ..." when there is none
	 */
	Cart get(String id) {
		return find(id, "cart");
	}

	/**
	 * An order (or the cart it is still or again), for the order endpoints: the order id is the cart id.
	 * @param id the order id
	 * @return the order
	 * @throws ShopException a 404 "There is no order ..." when there is none
	 */
	Cart order(String id) {
		return find(id, "order");
	}

	private Cart find(String id, String what) {
		Cart cart = this.carts.get(id);
		if (cart == null) {
			throw ShopException.notFound("There is no " + what + " " + id);
		}
		return cart;
	}

}
