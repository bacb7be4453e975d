package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.Map;

import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonNotFoundException;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Settles a change of a placed order whose answer was lost (a cancellation, return or edit that ran out of time, or
 * whose customer went away), which Talon.One may have made all the same: reads the order's session back and applies
 * what Talon.One did. Every endpoint that changes a cart or an order settles first, so that the customer is never sent
 * from the cart endpoints to the order endpoints and back: the order changes ({@link OrderService}) within their own
 * run, the cart changes, checkout and abandoning a cart ({@link CartService}) through {@link #settle(Cart)}.
 */
@Component
class OrderSettlement {

	private static final Log logger = LogFactory.getLog(OrderSettlement.class);

	private final TalonOne talon;

	OrderSettlement(TalonOne talon) {
		this.talon = talon;
	}

	/**
	 * Whether the last change of the order lost its answer, so that the next change reads the session back first.
	 * @param cart the cart or order, its monitor held
	 * @return whether a change is unconfirmed
	 */
	static boolean unconfirmed(Cart cart) {
		return cart.orderChangeUnconfirmed() || cart.unconfirmedReturn() != null;
	}

	/**
	 * Settles the unconfirmed change of a cart or order before a cart change, checkout or abandoning it: an order that
	 * Talon.One reopened is a cart again, one it cancelled is cancelled, a return it made is recorded. Does nothing
	 * (and does not call Talon.One) when no change is unconfirmed. Runs as a change of the order: while another one
	 * runs it is a 409.
	 * @param cart the cart
	 * @return completes once the cart is as Talon.One has it; a 503 (or 502) when Talon.One cannot be asked, the cart
	 * staying as it was
	 */
	Mono<Void> settle(Cart cart) {
		return Mono.defer(() -> {
			synchronized (cart) {
				if (!unconfirmed(cart)) {
					return Mono.empty();
				}
				if (cart.orderChangeRunning()) {
					throw ShopException.conflict("Order " + cart.id() + " is being changed; try again in a moment");
				}
				cart.orderChangeRunning(true);
			}
			return settleUnconfirmedChange(cart).then()
				.doOnTerminate(() -> changeEnded(cart))
				.doOnCancel(() -> changeEnded(cart))
				.onErrorMap(TalonException.class,
						(ex) -> ShopException.talonFailed(logger, "reading back order " + cart.id(), ex,
								"The last change of order " + cart.id() + " could not be confirmed yet, so it cannot "
										+ "be changed right now. Please try again in a moment.",
								"The last change of order " + cart.id() + " cannot be confirmed: Talon.One refused to "
										+ "answer. It stays as it was.",
								Map.of()));
		});
	}

	/**
	 * Reads the session of an order whose last change is unconfirmed, and applies what Talon.One did. A return that
	 * Talon.One made (its session has more units returned than the order's returns) is sent again under its key, and
	 * Talon.One's stored answer recorded, so that the order shows the points it took back. When Talon.One has no
	 * session of the order any more (it deletes a customer's sessions with their data), an unconfirmed return is sent
	 * again all the same: Talon.One answers a return it made before the deletion from its stored answer (for 24 hours),
	 * which is recorded, and one it did not make with a 404, which leaves the order as it was. The caller marks the
	 * order as being changed.
	 * @param cart the order
	 * @return whether Talon.One had cancelled or reopened the session
	 */
	Mono<Boolean> settleUnconfirmedChange(Cart cart) {
		CartSnapshot order;
		Cart.ReturnRequest lostReturn;
		int returnedUnits;
		synchronized (cart) {
			order = cart.snapshot();
			lostReturn = cart.unconfirmedReturn();
			returnedUnits = cart.returnedUnits();
		}
		return this.talon.orderSession(order).flatMap((session) -> {
			if (lostReturn != null && session.state() == CustomerSessionState.PARTIALLY_RETURNED
					&& session.returnedUnits() > returnedUnits) {
				return recordLostReturn(cart, order, lostReturn);
			}
			return Mono.fromSupplier(() -> applyState(cart, order, session.state()));
		}).switchIfEmpty(Mono.defer(() -> {
			if (lostReturn != null) {
				// Talon.One has no session of the order (any more): only its stored answer can tell the return
				return recordLostReturn(cart, order, lostReturn).onErrorResume(TalonNotFoundException.class, (ex) -> {
					logger.info("Talon.One has neither the session of order " + cart.id() + " nor an answer to its "
							+ "return " + lostReturn.returnId() + ": the return was not made");
					return Mono.fromSupplier(() -> settledWithoutChange(cart));
				});
			}
			// the change meets the same 404: a 409 (or, for a cancellation, nothing left to take back)
			return Mono.fromSupplier(() -> settledWithoutChange(cart));
		}));
	}

	private Mono<Boolean> recordLostReturn(Cart cart, CartSnapshot order, Cart.ReturnRequest lostReturn) {
		return this.talon.returnItems(order, lostReturn.lines(), lostReturn.returnId()).map((points) -> {
			synchronized (cart) {
				cart.addReturn(new Cart.OrderReturn(lostReturn.returnId(), lostReturn.lines(), points));
				settled(cart);
				logger.info("Order " + cart.id() + " was returned (" + lostReturn.returnId()
						+ ") by an earlier request whose answer was lost");
				return false;
			}
		});
	}

	private static boolean settledWithoutChange(Cart cart) {
		synchronized (cart) {
			settled(cart);
			return false;
		}
	}

	private static boolean applyState(Cart cart, CartSnapshot order, CustomerSessionState state) {
		synchronized (cart) {
			settled(cart);
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
	}

	private static void settled(Cart cart) {
		cart.orderChangeUnconfirmed(false);
		cart.unconfirmedReturn(null);
	}

	private static BigDecimal outstandingPoints(CartSnapshot order) {
		BigDecimal earned = (order.promotions().loyaltyPoints() != null) ? order.promotions().loyaltyPoints()
				: BigDecimal.ZERO;
		return (order.loyaltyPointsTakenBack() != null) ? earned.subtract(order.loyaltyPointsTakenBack()) : earned;
	}

	private static void changeEnded(Cart cart) {
		synchronized (cart) {
			cart.orderChangeRunning(false);
		}
	}

}
