package dev.talon.spring.test.shop;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's carts over HTTP; a {@code Mono} return works in Spring WebFlux and Spring MVC alike.
 */
@RestController
class CartController {

	private final Promotions promotions;

	CartController(Promotions promotions) {
		this.promotions = promotions;
	}

	@PutMapping("/carts/{id}")
	Mono<PricedCart> price(@PathVariable String id, @RequestBody Cart cart) {
		return this.promotions.price(withId(id, cart));
	}

	@PostMapping("/carts/{id}/checkout")
	Mono<PricedCart> checkout(@PathVariable String id, @RequestBody Cart cart) {
		return this.promotions.checkout(withId(id, cart));
	}

	private static Cart withId(String id, Cart cart) {
		return new Cart(id, cart.customerId(), cart.lines(), cart.couponCodes());
	}

}
