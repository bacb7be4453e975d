package dev.talon.spring.sample;

import java.math.BigInteger;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's carts. Every cart change answers with the whole cart as {@link CartView}.
 */
@RestController
class CartController {

	private final CartService carts;

	CartController(CartService carts) {
		this.carts = carts;
	}

	@PostMapping("/carts")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<CartView> create(@RequestBody(required = false) NewCart body) {
		return this.carts.create((body != null) ? body.customerId() : null, (body != null) ? body.market() : null);
	}

	@GetMapping("/carts/{cartId}")
	Mono<CartView> get(@PathVariable String cartId) {
		return this.carts.get(cartId);
	}

	@PutMapping("/carts/{cartId}/items/{sku}")
	Mono<CartView> setQuantity(@PathVariable String cartId, @PathVariable String sku, @RequestBody Quantity body) {
		if (body.quantity() == null) {
			return Mono.error(ShopException.badRequest("quantity is required"));
		}
		return this.carts.setQuantity(cartId, sku, body.quantity());
	}

	@DeleteMapping("/carts/{cartId}/items/{sku}")
	Mono<CartView> removeItem(@PathVariable String cartId, @PathVariable String sku) {
		return this.carts.setQuantity(cartId, sku, BigInteger.ZERO);
	}

	@PutMapping("/carts/{cartId}/coupons/{code}")
	Mono<CartView> addCoupon(@PathVariable String cartId, @PathVariable String code) {
		return this.carts.addCoupon(cartId, code);
	}

	@DeleteMapping("/carts/{cartId}/coupons/{code}")
	Mono<CartView> removeCoupon(@PathVariable String cartId, @PathVariable String code) {
		return this.carts.removeCoupon(cartId, code);
	}

	@PutMapping("/carts/{cartId}/referral")
	Mono<CartView> applyReferral(@PathVariable String cartId, @RequestBody Code body) {
		return this.carts.applyReferral(cartId, body.code());
	}

	@DeleteMapping("/carts/{cartId}/referral")
	Mono<CartView> removeReferral(@PathVariable String cartId) {
		return this.carts.removeReferral(cartId);
	}

	@PutMapping("/carts/{cartId}/customer")
	Mono<CartView> attachCustomer(@PathVariable String cartId, @RequestBody Customer body) {
		return this.carts.attachCustomer(cartId, body.customerId());
	}

	@PostMapping("/carts/{cartId}/checkout")
	Mono<CartView> checkout(@PathVariable String cartId) {
		return this.carts.checkout(cartId);
	}

	@PostMapping("/carts/{cartId}/cancel")
	Mono<CartView> cancel(@PathVariable String cartId) {
		return this.carts.cancel(cartId);
	}

	/**
	 * The body that creates a cart.
	 *
	 * @param customerId the customer's id, absent for an anonymous cart
	 * @param market the market's name, such as {@code uk}; absent for the default market ({@code shop.default-market})
	 */
	record NewCart(String customerId, String market) {
	}

	/**
	 * The body that attaches a cart to a customer.
	 *
	 * @param customerId the customer's id
	 */
	record Customer(String customerId) {
	}

	/**
	 * The body that sets a quantity.
	 *
	 * @param quantity the quantity, 0 to remove the product: a whole number, of any size (one beyond an int is refused
	 * with the range, not as unreadable)
	 */
	record Quantity(BigInteger quantity) {
	}

	/**
	 * The body that applies a referral code.
	 *
	 * @param code the code
	 */
	record Code(String code) {
	}

}
