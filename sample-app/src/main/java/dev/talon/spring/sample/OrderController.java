package dev.talon.spring.sample;

import java.math.BigInteger;
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

	private final OrderService orders;

	OrderController(OrderService orders) {
		this.orders = orders;
	}

	@GetMapping("/orders/{orderId}")
	Mono<CartView> get(@PathVariable String orderId) {
		return this.orders.get(orderId);
	}

	@PostMapping("/orders/{orderId}/cancel")
	Mono<CartView> cancel(@PathVariable String orderId) {
		return this.orders.cancel(orderId);
	}

	@PostMapping("/orders/{orderId}/returns")
	Mono<CartView> returnItems(@PathVariable String orderId, @RequestBody NewReturn body) {
		Map<String, BigInteger> units = new LinkedHashMap<>();
		if (body.lines() != null) {
			for (int i = 0; i < body.lines().size(); i++) {
				ReturnLine line = body.lines().get(i);
				if (line == null || line.sku() == null) {
					return Mono.error(ShopException.badRequest("lines[" + i + "].sku is required"));
				}
				if (line.quantity() == null) {
					return Mono.error(ShopException.badRequest("lines[" + i + "].quantity is required"));
				}
				units.merge(line.sku(), line.quantity(), BigInteger::add);
			}
		}
		Map<String, Integer> lines = new LinkedHashMap<>();
		// A number beyond an int is out of any order's range all the same: it gets the message of the largest (or
		// smallest) int, which names what can be returned rather than the number asked for.
		units.forEach((sku, quantity) -> lines.put(sku, saturated(quantity)));
		return this.orders.returnItems(orderId, body.returnId(), lines);
	}

	private static int saturated(BigInteger quantity) {
		return quantity.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
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
	 * @param quantity how many units, at least 1: a whole number, of any size (one beyond an int is refused as too
	 * many, not as unreadable)
	 */
	record ReturnLine(String sku, BigInteger quantity) {
	}

}
