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

	Cart get(String id) {
		Cart cart = this.carts.get(id);
		if (cart == null) {
			throw ShopException.notFound("There is no cart " + id);
		}
		return cart;
	}

}
