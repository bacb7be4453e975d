package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What happens to a placed order afterwards: cancellation, returns of some of its items, and edits. Each needs
 * Talon.One, which takes back what the order counted (coupon redemptions, the referral, loyalty points, the
 * customer's totals): while Talon.One cannot be asked, the order stays as it is and the shop answers 503. One change
 * of an order runs at a time; another one meanwhile is refused with a 409.
 */
@Service
public class OrderService {

	private static final Log logger = LogFactory.getLog(OrderService.class);

	/** Talon.One keeps an {@code Idempotency-Key} of at most 255 characters; the order id goes in front of it. */
	private static final int MAX_RETURN_ID_LENGTH = 200;

	private final TalonOne talon;

	private final CartStore carts;

	private final CartService cartService;

	OrderService(TalonOne talon, CartStore carts, CartService cartService) {
		this.talon = talon;
		this.carts = carts;
		this.cartService = cartService;
	}

	/**
	 * Cancels a placed (or partly returned) order; Talon.One takes it out of the customer's totals and takes back its
	 * loyalty points.
	 * @param orderId the order id
	 * @return the cancelled order
	 */
	public Mono<CartView> cancel(String orderId) {
		return orderChange(orderId, Set.of(CartStatus.PLACED, CartStatus.PARTIALLY_RETURNED), "cancelled",
				CartStatus.CANCELLED, (order) -> this.talon.cancel(order.snapshot()).map((points) -> (cart) -> {
					cart.takeBack(points);
					cart.status(CartStatus.CANCELLED);
				}));
	}

	/**
	 * Returns units of a placed order. Sending the same return id again is safe: a return the shop recorded is
	 * answered as it is, and one whose answer was lost is sent again with the same {@code Idempotency-Key}, so that
	 * Talon.One answers it without returning the items twice.
	 * @param orderId the order id
	 * @param returnId the shop's id of the return, such as the return desk's RMA number
	 * @param lines the units to return, by SKU
	 * @return the order with the return
	 */
	public Mono<CartView> returnItems(String orderId, String returnId, Map<String, Integer> lines) {
		return Mono.defer(() -> {
			if (returnId == null || returnId.isBlank() || returnId.length() > MAX_RETURN_ID_LENGTH) {
				throw ShopException.badRequest("returnId must be 1 to " + MAX_RETURN_ID_LENGTH + " characters");
			}
			if (lines == null || lines.isEmpty()) {
				throw ShopException.badRequest("lines must name at least one product to return");
			}
			Cart cart = this.carts.get(orderId);
			synchronized (cart) {
				Cart.OrderReturn earlier = cart.findReturn(returnId);
				if (earlier != null) {
					if (!earlier.lines().equals(lines)) {
						throw ShopException.conflict("Return " + returnId + " of order " + orderId
								+ " was made with other lines " + earlier.lines());
					}
					return Mono.just(this.cartService.view(cart));
				}
			}
			return orderChange(orderId, Set.of(CartStatus.PLACED, CartStatus.PARTIALLY_RETURNED), "returned", null,
					(order) -> {
						checkReturnable(order, lines);
						return this.talon.returnItems(order.snapshot(), lines, returnId)
							.map((points) -> (returned) -> returned.addReturn(new Cart.OrderReturn(returnId, lines, points)));
					});
		});
	}

	/**
	 * Makes a placed order a cart again so that the customer can change it: Talon.One reopens the session and takes
	 * back what closing it counted. The cart is sent again at once for its promotions (served without them while
	 * Talon.One is slow); the edited order is placed with the cart's checkout. An order with returns cannot be edited.
	 * @param orderId the order id
	 * @return the cart, open again
	 */
	public Mono<CartView> edit(String orderId) {
		return orderChange(orderId, Set.of(CartStatus.PLACED), "edited", CartStatus.OPEN,
				(order) -> this.talon.reopen(order.snapshot()).map((points) -> (cart) -> cart.reopen()))
			.flatMap((reopened) -> this.cartService.change(orderId, (cart) -> {
			}));
	}

	/**
	 * Runs one change of a placed order: checks its status, lets Talon.One act, then applies the change to the order.
	 * When an earlier cancellation or edit may have reached Talon.One without the shop learning its outcome (it ran
	 * out of time, or the customer went away), the order's session is read back first and what Talon.One did is applied
	 * to the order: a cancelled session cancels it, an open one makes it a cart again. A change that Talon.One already
	 * did that way is answered as done.
	 * @param orderId the order id
	 * @param allowed the statuses the change is allowed in
	 * @param what what the change does, for messages ("cancelled")
	 * @param done the status the change leads to when it is answered as done after such a read-back ({@code null}
	 * for returns, which have their own idempotency)
	 * @param change given the order (its monitor held), asks Talon.One and answers what to apply to the order after
	 * @return the order after the change
	 */
	private Mono<CartView> orderChange(String orderId, Set<CartStatus> allowed, String what, CartStatus done,
			Function<Cart, Mono<Consumer<Cart>>> change) {
		return Mono.defer(() -> {
			Cart cart = this.carts.get(orderId);
			boolean readBack;
			synchronized (cart) {
				readBack = cart.orderChangeUnconfirmed();
				if (!readBack) {
					checkStatus(cart, allowed, what);
				}
				if (cart.orderChangeRunning()) {
					throw ShopException.conflict("Order " + orderId + " is being changed; try again in a moment");
				}
				cart.orderChangeRunning(true);
			}
			Mono<Boolean> settled = readBack ? settleUnconfirmedChange(cart) : Mono.just(false);
			return settled.flatMap((changedByTalon) -> {
				Mono<Consumer<Cart>> talonOne;
				synchronized (cart) {
					if (changedByTalon && cart.status() == done) {
						cart.orderChangeRunning(false);
						return Mono.just(this.cartService.view(cart));
					}
					checkStatus(cart, allowed, what);
					talonOne = change.apply(cart);
				}
				// The change ends (and a next one may start) before the answer goes out, not after: the customer can
				// send the next change as soon as they have the answer (doFinally would run after that, and refuse it).
				return talonOne.map((apply) -> {
					synchronized (cart) {
						apply.accept(cart);
						cart.orderChangeRunning(false);
						return this.cartService.view(cart);
					}
				}).doOnError(TalonException.class, (ex) -> {
					if (outcomeUnknown(done, ex)) {
						unconfirmed(cart);
					}
				}).doOnCancel(() -> {
					if (done != null) {
						unconfirmed(cart);
					}
				});
			})
				// also when Talon.One answered nothing, failed, or the customer went away: before the error goes out
				.doOnTerminate(() -> orderChangeEnded(cart))
				.doOnCancel(() -> orderChangeEnded(cart))
				.onErrorMap(TalonException.class, (ex) -> {
					// a cancellation or edit that ran out of time may still be carried out: do not promise otherwise
					return ShopException.talonFailed(logger, "changing order " + orderId,
							ex, outcomeUnknown(done, ex) ? "We could not confirm that your order was " + what
									+ ". Please try again in a moment; that is safe."
									: "Your order could not be " + what
											+ " right now; it stays as it was. Please try again in a moment.",
							"Your order cannot be " + what + ": Talon.One refused the change; it stays as it was.",
							Map.of());
				});
		});
	}

	/**
	 * Reads the session of an order whose last cancellation or edit is unconfirmed, and applies what Talon.One did.
	 * @return whether Talon.One had done it (the session is cancelled, or open again)
	 */
	private Mono<Boolean> settleUnconfirmedChange(Cart cart) {
		CartSnapshot order;
		synchronized (cart) {
			order = cart.snapshot();
		}
		return this.talon.sessionState(order).map((state) -> {
			synchronized (cart) {
				cart.orderChangeUnconfirmed(false);
				if (state == CustomerSessionState.CANCELLED && cart.status() != CartStatus.CANCELLED) {
					// Talon.One rolled back what the order still counted
					cart.takeBack(outstandingPoints(order));
					cart.status(CartStatus.CANCELLED);
					logger.info("Order " + cart.id() + " was cancelled by an earlier request whose answer was lost");
					return true;
				}
				if (state == CustomerSessionState.OPEN && cart.status() == CartStatus.PLACED) {
					cart.reopen();
					logger.info("Order " + cart.id() + " was reopened by an earlier request whose answer was lost");
					return true;
				}
				return false;
			}
		}).switchIfEmpty(Mono.fromSupplier(() -> {
			synchronized (cart) {
				cart.orderChangeUnconfirmed(false);
			}
			return false;
		}));
	}

	private static BigDecimal outstandingPoints(CartSnapshot order) {
		BigDecimal earned = (order.promotions().loyaltyPoints() != null) ? order.promotions().loyaltyPoints()
				: BigDecimal.ZERO;
		return (order.loyaltyPointsTakenBack() != null) ? earned.subtract(order.loyaltyPointsTakenBack()) : earned;
	}

	/**
	 * Whether a failed cancellation or edit may have been carried out by Talon.One all the same (returns are sent
	 * again under their key instead, so they are never unknown).
	 */
	private static boolean outcomeUnknown(CartStatus done, TalonException failure) {
		return done != null && TalonOne.mayHaveReachedTalon(failure);
	}

	private static void checkStatus(Cart cart, Set<CartStatus> allowed, String what) {
		if (!allowed.contains(cart.status())) {
			throw ShopException.conflict("Order " + cart.id() + " is " + cart.status() + " and cannot be " + what);
		}
	}

	private static void unconfirmed(Cart cart) {
		synchronized (cart) {
			cart.orderChangeUnconfirmed(true);
		}
	}

	private static void orderChangeEnded(Cart cart) {
		synchronized (cart) {
			cart.orderChangeRunning(false);
		}
	}

	private static void checkReturnable(Cart order, Map<String, Integer> lines) {
		Map<String, String> problems = new LinkedHashMap<>();
		lines.forEach((sku, quantity) -> {
			int remaining = order.remainingQuantity(sku);
			if (quantity == null || quantity < 1) {
				problems.put(sku, "quantity must be at least 1");
			}
			else if (quantity > remaining) {
				problems.put(sku, (remaining > 0) ? "only " + remaining + " can be returned" : "not in the order");
			}
		});
		if (!problems.isEmpty()) {
			throw ShopException.badRequest("Cannot return " + problems);
		}
	}

}
