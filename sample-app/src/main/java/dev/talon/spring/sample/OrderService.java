package dev.talon.spring.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonNotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What happens to a placed order afterwards: cancellation, returns of some of its items, and edits. Each needs
 * Talon.One, which takes back what the order counted (coupon redemptions, the referral, loyalty points, the
 * customer's totals): while Talon.One cannot be asked, the order stays as it is and the shop answers 503. One change
 * of an order runs at a time; another one meanwhile is refused with a 409. A change whose answer was lost is settled
 * by the next change of the order, before anything else ({@link #orderChange}, with {@link OrderSettlement}, which the
 * cart endpoints use too). An order whose session Talon.One no longer has (it deletes a customer's sessions with their
 * data) cannot be returned or edited: a 409.
 */
@Service
public class OrderService {

	private static final Log logger = LogFactory.getLog(OrderService.class);

	/** Talon.One keeps an {@code Idempotency-Key} of at most 255 characters; the order id goes in front of it. */
	private static final int MAX_RETURN_ID_LENGTH = 200;

	private final TalonOne talon;

	private final CartStore carts;

	private final CartService cartService;

	private final OrderSettlement settlement;

	OrderService(TalonOne talon, CartStore carts, CartService cartService, OrderSettlement settlement) {
		this.talon = talon;
		this.carts = carts;
		this.cartService = cartService;
		this.settlement = settlement;
	}

	/**
	 * An order as the shop has it now; does not call Talon.One. An order whose last change lost its answer shows what
	 * the shop knew before it, with {@code lastChangeUnconfirmed}; the next change of it settles it.
	 * @param orderId the order id
	 * @return the order
	 */
	public Mono<CartView> get(String orderId) {
		return Mono.fromSupplier(() -> this.cartService.view(this.carts.order(orderId)));
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
				}), (order) -> order.orderChangeUnconfirmed(true));
	}

	/**
	 * Returns units of a placed order. Sending the same return id again is safe: a return the shop recorded is
	 * answered as it is, and one whose answer was lost is sent again with the same {@code Idempotency-Key}, so that
	 * Talon.One answers it without returning the items twice. Until then, the next change of the order (another
	 * return, a cancellation, an edit) reads the session back first and, when Talon.One made the return, sends it
	 * again itself and records it.
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
			Cart cart = this.carts.order(orderId);
			synchronized (cart) {
				// a return id of a return whose answer was lost is judged once the order is settled (orderChange)
				if (recorded(cart, returnId, lines)) {
					return Mono.just(this.cartService.view(cart));
				}
			}
			return orderChange(orderId, Set.of(CartStatus.PLACED, CartStatus.PARTIALLY_RETURNED), "returned", null,
					(order) -> {
						if (recorded(order, returnId, lines)) {
							// the read-back found that Talon.One made this very return, and recorded it
							return Mono.just((returned) -> {
							});
						}
						checkReturnable(order, lines);
						return this.talon.returnItems(order.snapshot(), lines, returnId)
							.map((points) -> (returned) -> returned.addReturn(new Cart.OrderReturn(returnId, lines, points)));
					}, (order) -> order.unconfirmedReturn(new Cart.ReturnRequest(returnId, lines)));
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
				(order) -> this.talon.reopen(order.snapshot()).map((points) -> (cart) -> cart.reopen()),
				(order) -> order.orderChangeUnconfirmed(true))
			.flatMap((reopened) -> this.cartService.change(orderId, (cart) -> {
			}));
	}

	/**
	 * Runs one change of a placed order: checks its status, lets Talon.One act, then applies the change to the order.
	 * When an earlier change may have reached Talon.One without the shop learning its outcome (it ran out of time, or
	 * the customer went away), the order's session is read back first and what Talon.One did is applied to the order:
	 * a cancelled session cancels it, an open one makes it a cart again, and a return that Talon.One made is sent
	 * again under its key (Talon.One answers the stored return) and recorded. A change that Talon.One already did that
	 * way is answered as done; any other is then checked against the order as it is now (an edit of an order that
	 * turned out to be partly returned is a 409). When Talon.One has no session of the order any more (a 404: it
	 * deleted it with the customer's data), a lost return is still sent again and recorded from Talon.One's stored
	 * answer ({@link OrderSettlement#settleUnconfirmedChange(Cart)}); then the order stays as it is and a return or edit
	 * is a 409: Talon.One has nothing left to take back or reopen.
	 * @param orderId the order id
	 * @param allowed the statuses the change is allowed in
	 * @param what what the change does, for messages ("cancelled")
	 * @param done the status the change leads to when it is answered as done after such a read-back ({@code null}
	 * for returns, which have their own idempotency)
	 * @param change given the order (its monitor held), asks Talon.One and answers what to apply to the order after
	 * @param unconfirmed records on the order (its monitor held) that Talon.One may have made the change although the
	 * shop did not learn it, so that the next change reads the session back
	 * @return the order after the change
	 */
	private Mono<CartView> orderChange(String orderId, Set<CartStatus> allowed, String what, CartStatus done,
			Function<Cart, Mono<Consumer<Cart>>> change, Consumer<Cart> unconfirmed) {
		return Mono.defer(() -> {
			Cart cart = this.carts.order(orderId);
			boolean readBack;
			synchronized (cart) {
				readBack = OrderSettlement.unconfirmed(cart);
				if (!readBack) {
					checkStatus(cart, allowed, what);
				}
				if (cart.orderChangeRunning()) {
					throw ShopException.conflict("Order " + orderId + " is being changed; try again in a moment");
				}
				cart.orderChangeRunning(true);
			}
			Mono<Boolean> settled = readBack ? this.settlement.settleUnconfirmedChange(cart) : Mono.just(false);
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
					if (TalonOne.mayHaveReachedTalon(ex)) {
						unconfirmed(cart, unconfirmed);
					}
				}).doOnCancel(() -> unconfirmed(cart, unconfirmed));
			})
				// also when Talon.One answered nothing, failed, or the customer went away: before the error goes out
				.doOnTerminate(() -> orderChangeEnded(cart))
				.doOnCancel(() -> orderChangeEnded(cart))
				.onErrorMap(TalonNotFoundException.class, (ex) -> {
					logger.info("Talon.One has no session of order " + orderId + " any more, which it deletes with "
							+ "the customer's data: " + ex.getMessage());
					return ShopException.conflict("Order " + orderId + " cannot be " + what + " any more: Talon.One "
							+ "deleted its session with the customer's data. The order stays as it was.");
				})
				.onErrorMap(TalonException.class, (ex) -> {
					// a change that ran out of time may still be carried out: do not promise otherwise
					return ShopException.talonFailed(logger, "changing order " + orderId,
							ex, TalonOne.mayHaveReachedTalon(ex) ? "We could not confirm that your order was " + what
									+ ". Please try again in a moment; that is safe."
									: "Your order could not be " + what
											+ " right now; it stays as it was. Please try again in a moment.",
							"Your order cannot be " + what + ": Talon.One refused the change; it stays as it was.",
							Map.of());
				});
		});
	}

	private static void checkStatus(Cart cart, Set<CartStatus> allowed, String what) {
		if (!allowed.contains(cart.status())) {
			throw ShopException.conflict("Order " + cart.id() + " is " + cart.status() + " and cannot be " + what
					+ ((cart.status() == CartStatus.OPEN && allowed.contains(CartStatus.PLACED))
							? ": it is a cart (reopened for editing, or not checked out yet); drop it with POST /carts/"
									+ cart.id() + "/cancel, or check it out"
							: ""));
		}
	}

	private static void unconfirmed(Cart cart, Consumer<Cart> unconfirmed) {
		synchronized (cart) {
			unconfirmed.accept(cart);
		}
	}

	/**
	 * Whether the order has a return with this id: a return recorded before is answered as it is.
	 * @throws ShopException a 409 when it was made with other lines
	 */
	private static boolean recorded(Cart order, String returnId, Map<String, Integer> lines) {
		Cart.OrderReturn earlier = order.findReturn(returnId);
		if (earlier == null) {
			return false;
		}
		if (!earlier.lines().equals(lines)) {
			throw ShopException.conflict("Return " + returnId + " of order " + order.id() + " was made with other lines: "
					+ earlier.lines().entrySet().stream().map((line) -> line.getValue() + " x " + line.getKey())
						.collect(Collectors.joining(", ")));
		}
		return true;
	}

	private static void orderChangeEnded(Cart cart) {
		synchronized (cart) {
			cart.orderChangeRunning(false);
		}
	}

	/**
	 * Checks the units to return against the order: each at least 1, of a product of the order, and no more than its
	 * units not returned yet.
	 * @throws ShopException a 400 naming every product that cannot be returned so, and why
	 */
	private static void checkReturnable(Cart order, Map<String, Integer> lines) {
		List<String> problems = new ArrayList<>();
		lines.forEach((sku, quantity) -> {
			int ordered = order.orderedQuantity(sku);
			int returned = order.returnedQuantity(sku);
			if (quantity == null || quantity < 1) {
				problems.add("the quantity of " + sku + " must be at least 1");
			}
			else if (ordered == 0) {
				problems.add(sku + " is not in the order");
			}
			else if (quantity > ordered - returned) {
				problems.add("only " + (ordered - returned) + " of " + sku + " can be returned: the order has "
						+ ordered + ((returned > 0) ? ", " + returned + " returned already" : ""));
			}
		});
		if (!problems.isEmpty()) {
			throw ShopException.badRequest("Cannot return the items: " + String.join("; ", problems));
		}
	}

}
