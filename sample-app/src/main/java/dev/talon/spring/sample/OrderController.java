package dev.talon.spring.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Placed orders (a cart that was checked out; the order id is the cart id): cancellation, returns and edits. Each
 * answers the whole order as {@link CartView}.
 */
@RestController
class OrderController {

	private final CartService carts;

	private final OrderService orders;

	OrderController(CartService carts, OrderService orders) {
		this.carts = carts;
		this.orders = orders;
	}

	@GetMapping("/orders/{orderId}")
	Mono<CartView> get(@PathVariable String orderId) {
		return this.carts.get(orderId);
	}

	@PostMapping("/orders/{orderId}/cancel")
	Mono<CartView> cancel(@PathVariable String orderId) {
		return this.orders.cancel(orderId);
	}

	@PostMapping("/orders/{orderId}/returns")
	Mono<CartView> returnItems(@PathVariable String orderId, @RequestBody NewReturn body) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		if (body.lines() != null) {
			for (ReturnLine line : body.lines()) {
				if (line == null || line.sku() == null) {
					return Mono.error(ShopException.badRequest("every line needs a sku"));
				}
				lines.merge(line.sku(), (line.quantity() != null) ? line.quantity() : 0, Integer::sum);
			}
		}
		return this.orders.returnItems(orderId, body.returnId(), lines);
	}

	@PostMapping("/orders/{orderId}/edit")
	Mono<CartView> edit(@PathVariable String orderId) {
		return this.orders.edit(orderId);
	}

	/**
	 * The body of a return.
	 *
	 * @param returnId the shop's id of the return (such as an RMA number): sending the same return again with it is
	 * safe
	 * @param lines the units to return
	 */
	record NewReturn(String returnId, List<ReturnLine> lines) {
	}

	/**
	 * Units of one product to return.
	 *
	 * @param sku the product
	 * @param quantity how many units, at least 1
	 */
	record ReturnLine(String sku, Integer quantity) {
	}

}
