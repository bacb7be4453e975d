package dev.talon.spring.sample;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.talon.spring.client.TalonException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Keeps each cart in sync with a Talon.One customer session whose id is the cart id, in the Talon.One Application of
 * the cart's market, and places it as an order.
 * <ul>
 * <li>Every change is first stored in the cart, then the whole cart is sent, and Talon.One's answer replaces the
 * cart's promotions entirely (wipe and replace). Bursts of changes to one cart rely on the client, which sends the
 * updates of one session one at a time (and, with {@code talon.session-updates.coalesce=true}, only the newest of
 * those waiting).</li>
 * <li>When Talon.One is slow or down, the change is kept and the cart is served without discounts, marked as having
 * no promotions available (fail open); the next change after Talon.One recovers sends the whole cart again and
 * brings the discounts back.</li>
 * <li>Checkout closes the session and needs Talon.One: the order is placed at the discounts of Talon.One's answer to
 * the close, or not at all (503, the cart stays intact). A checkout that failed after its close may have reached
 * Talon.One leaves the cart unchangeable until the next checkout, which first reads the session back.</li>
 * </ul>
 * Every call to Talon.One goes through {@link TalonOne}.
 */
@Service
public class CartService {

	private static final Log logger = LogFactory.getLog(CartService.class);

	private static final int MAX_QUANTITY = 99;

	/** Talon.One's limit on the length of a coupon or referral code. */
	private static final int MAX_CODE_LENGTH = 100;

	private final TalonOne talon;

	private final ProductCatalog catalog;

	private final CartStore carts;

	private final Markets markets;

	private final OrderSettlement settlement;

	CartService(TalonOne talon, ProductCatalog catalog, CartStore carts, Markets markets, OrderSettlement settlement) {
		this.talon = talon;
		this.catalog = catalog;
		this.carts = carts;
		this.markets = markets;
		this.settlement = settlement;
	}

	/**
	 * Creates an empty cart in a market, whose Talon.One Application decides its promotions and whose currency its
	 * prices are in; Talon.One hears of it with its first change.
	 * @param customerId the customer, or {@code null} for an anonymous cart (checked as
	 * {@link AccountController#customerId(String)} does otherwise)
	 * @param market the market's name, or {@code null} for the default market
	 * @return the cart
	 */
	public Mono<CartView> create(String customerId, String market) {
		return Mono.fromSupplier(() -> {
			String customer = (customerId != null) ? AccountController.customerId(customerId) : null;
			return view(this.carts.create(this.markets.get(market), customer));
		});
	}

	/**
	 * A cart or order as it is now; does not call Talon.One.
	 * @param cartId the cart id
	 * @return the cart
	 */
	public Mono<CartView> get(String cartId) {
		return Mono.fromSupplier(() -> view(this.carts.get(cartId)));
	}

	/**
	 * Sets the quantity of a product in the cart.
	 * @param cartId the cart id
	 * @param sku the product
	 * @param quantity the new quantity, 0 to remove the product
	 * @return the cart with Talon.One's promotions for it
	 */
	public Mono<CartView> setQuantity(String cartId, String sku, BigInteger quantity) {
		return Mono.defer(() -> {
			if (!this.catalog.sells(sku)) {
				throw ShopException.notFound("The shop does not sell " + sku);
			}
			if (quantity.signum() < 0 || quantity.compareTo(BigInteger.valueOf(MAX_QUANTITY)) > 0) {
				throw ShopException.badRequest("quantity must be between 0 and " + MAX_QUANTITY + " but was " + quantity);
			}
			int units = quantity.intValueExact();
			return change(cartId, (cart) -> cart.setQuantity(sku, units));
		});
	}

	/**
	 * Adds a coupon code to the cart's codes; a cart can have several, each accepted or rejected on its own.
	 * @param cartId the cart id
	 * @param code the code
	 * @return the cart, with the code accepted or rejected by Talon.One
	 */
	public Mono<CartView> addCoupon(String cartId, String code) {
		return Mono.defer(() -> {
			String coupon = requireCode(code);
			return change(cartId, (cart) -> cart.addCouponCode(coupon));
		});
	}

	/**
	 * Removes a coupon code from the cart.
	 * @param cartId the cart id
	 * @param code the code (in any case)
	 * @return the cart
	 */
	public Mono<CartView> removeCoupon(String cartId, String code) {
		return Mono.defer(() -> {
			String coupon = requireCode(code);
			return change(cartId, (cart) -> cart.removeCouponCode(coupon));
		});
	}

	/**
	 * Sets or replaces the cart's referral code.
	 * @param cartId the cart id
	 * @param code the code a friend shared
	 * @return the cart, with the code accepted or rejected by Talon.One
	 */
	public Mono<CartView> applyReferral(String cartId, String code) {
		return Mono.defer(() -> {
			String referral = requireCode(code);
			return change(cartId, (cart) -> cart.referralCode(referral));
		});
	}

	/**
	 * Removes the cart's referral code.
	 * @param cartId the cart id
	 * @return the cart
	 */
	public Mono<CartView> removeReferral(String cartId) {
		return change(cartId, (cart) -> cart.referralCode(null));
	}

	/**
	 * Attaches the cart to a customer, for example after they sign in.
	 * @param cartId the cart id
	 * @param customerId the customer's id, Talon.One's profile integration id
	 * @return the cart
	 */
	public Mono<CartView> attachCustomer(String cartId, String customerId) {
		return Mono.defer(() -> {
			String customer = AccountController.customerId(customerId);
			return change(cartId, (cart) -> cart.customerId(customer));
		});
	}

	/**
	 * Places the order: tracks a {@code checkout_started} event, then closes the session with the whole cart, which
	 * redeems the codes, adds the order to the customer's totals and awards the loyalty points. The order is priced
	 * with the promotions of Talon.One's answer to the close. When an earlier checkout may have closed the session
	 * without the shop getting the answer, the session is read back first, and a closed one places the order. An order
	 * reopened for editing whose reopening lost its answer is settled first, as for every cart change.
	 * @param cartId the cart id
	 * @return the placed order
	 */
	public Mono<CartView> checkout(String cartId) {
		return Mono.defer(() -> {
			Cart cart = this.carts.get(cartId);
			return this.settlement.settle(cart).then(Mono.defer(() -> checkout(cart)));
		});
	}

	private Mono<CartView> checkout(Cart cart) {
		String cartId = cart.id();
		CartSnapshot snapshot;
		boolean readBack;
		synchronized (cart) {
			if (cart.status() != CartStatus.OPEN) {
				throw notOpen(cart);
			}
			if (cart.snapshot().quantities().isEmpty()) {
				throw ShopException.badRequest("Cart " + cartId + " is empty");
			}
			readBack = cart.closeUnconfirmed();
			cart.status(CartStatus.CHECKING_OUT);
			snapshot = cart.snapshot();
		}
		Mono<CartPromotions> closedEarlier = readBack ? this.talon.closedEarlier(snapshot) : Mono.empty();
		return closedEarlier
			.doOnNext((promotions) -> logger.info("Cart " + cartId + " was placed by an earlier checkout"))
			.switchIfEmpty(Mono.defer(() -> trackCheckoutStarted(snapshot).then(this.talon.close(snapshot))))
			.map((promotions) -> {
				synchronized (cart) {
					cart.place(promotions);
					return view(cart);
				}
			})
			.onErrorMap(TalonException.class, (ex) -> {
				synchronized (cart) {
					cart.closeUnconfirmed(cart.closeUnconfirmed() || TalonOne.mayHaveReachedTalon(ex));
				}
				return ShopException.talonFailed(logger, "checking out cart " + cartId + " (the cart stays open)",
						ex, "Your order could not be placed because promotions cannot be confirmed right now. "
								+ "Your cart is saved; please try again in a moment.",
						"Your order could not be placed: Talon.One refused to confirm its promotions. Your cart "
								+ "is saved.",
						Map.of());
			})
			.doOnError((ex) -> {
				synchronized (cart) {
					if (cart.status() == CartStatus.CHECKING_OUT) {
						cart.status(CartStatus.OPEN);
					}
				}
			})
			.doOnCancel(() -> {
				// the customer went away while the close was on its way: it may have placed the order, which
				// the next checkout reads back; until then the cart cannot change (instead of checking out forever)
				synchronized (cart) {
					if (cart.status() == CartStatus.CHECKING_OUT) {
						cart.closeUnconfirmed(true);
						cart.status(CartStatus.OPEN);
					}
				}
			});
	}

	/**
	 * Abandons an open cart. This works even while Talon.One is down: an open session left in Talon.One does no harm.
	 * (A placed order is cancelled with {@link OrderService#cancel(String)}.) An order whose last change lost its
	 * answer is settled first ({@link OrderSettlement#settle(Cart)}): one that Talon.One reopened for editing is a cart
	 * and is abandoned, which needs Talon.One for the read-back.
	 * @param cartId the cart id
	 * @return the cancelled cart
	 */
	public Mono<CartView> cancel(String cartId) {
		return Mono.defer(() -> {
			Cart cart = this.carts.get(cartId);
			return this.settlement.settle(cart).then(Mono.defer(() -> cancel(cart)));
		});
	}

	private Mono<CartView> cancel(Cart cart) {
		String cartId = cart.id();
		CartSnapshot cancelled;
		synchronized (cart) {
			if (cart.status() != CartStatus.OPEN) {
				throw ShopException.conflict("Cart " + cartId + " is " + cart.status() + " and cannot be abandoned"
						+ ((cart.status() == CartStatus.PLACED) ? "; cancel the order instead" : ""));
			}
			cart.status(CartStatus.CANCELLED);
			cancelled = cart.snapshot();
		}
		return this.talon.cancel(cancelled)
			.then(Mono.fromSupplier(() -> view(cart)))
			.onErrorResume(TalonException.class, (ex) -> {
				logger.warn("Cart " + cartId + " is cancelled, but Talon.One did not hear of it: " + ex.getMessage());
				return Mono.fromSupplier(() -> view(cart));
			});
	}

	/**
	 * Abandons the open carts of a customer whose data is being deleted, and takes the customer off them: a real shop
	 * does not keep the basket of an account that asked to be forgotten, and a later change of such a cart would send
	 * the customer's id to Talon.One again and create their profile anew. Talon.One does not hear of it (its sessions
	 * of the customer go with their data). Placed orders are the shop's own records and keep their customer; a cart
	 * whose checkout is running is left to finish as an order.
	 * @param customerId the customer's id
	 * @return the ids of the carts abandoned
	 */
	List<String> abandonCartsOf(String customerId) {
		List<String> abandoned = new ArrayList<>();
		for (Cart cart : this.carts.of(customerId)) {
			synchronized (cart) {
				if (cart.status() == CartStatus.OPEN && customerId.equals(cart.snapshot().customerId())) {
					cart.status(CartStatus.CANCELLED);
					cart.customerId(null);
					abandoned.add(cart.id());
				}
			}
		}
		if (!abandoned.isEmpty()) {
			logger.info("Abandoned the open carts " + abandoned + " of customer " + customerId
					+ ", whose data is being deleted");
		}
		return abandoned;
	}

	/**
	 * Applies a change to an open cart and sends the whole cart to Talon.One; when Talon.One cannot be asked, the cart
	 * is served without promotions. Also used after an order was reopened for editing. A change of an order whose last
	 * change lost its answer (such as an edit: Talon.One may have reopened it) is settled first
	 * ({@link OrderSettlement#settle(Cart)}), so that the cart is as Talon.One has it before it is changed.
	 * @param cartId the cart id
	 * @param change the change
	 * @return the cart with its promotions
	 */
	Mono<CartView> change(String cartId, Consumer<Cart> change) {
		return Mono.defer(() -> {
			Cart cart = this.carts.get(cartId);
			return this.settlement.settle(cart).then(Mono.defer(() -> change(cart, change)));
		});
	}

	private Mono<CartView> change(Cart cart, Consumer<Cart> change) {
		String cartId = cart.id();
		CartSnapshot snapshot;
		CompletableFuture<CartPromotions> update;
		synchronized (cart) {
			if (cart.status() != CartStatus.OPEN || cart.closeUnconfirmed()) {
				throw notOpen(cart);
			}
			change.accept(cart);
			snapshot = cart.snapshot();
			// Subscribed while holding the cart's monitor, so that the client queues the updates of this cart in
			// the order of the changes, and the last one sent carries the cart as it is now. The update goes on if
			// the customer's request is cancelled: Talon.One should have the cart the shop has.
			update = this.talon.update(snapshot).toFuture();
		}
		return Mono.fromFuture(update, true)
			.onErrorResume(TalonException.class, (ex) -> {
				logger.warn("Talon.One unavailable, cart " + cartId + " served without promotions: "
						+ ex.getMessage());
				return Mono.just(CartPromotions.unavailable(snapshot));
			})
			.map((promotions) -> {
				synchronized (cart) {
					cart.applyPromotions(snapshot.version(), promotions);
					return view(cart);
				}
			});
	}

	private Mono<Void> trackCheckoutStarted(CartSnapshot cart) {
		// an analytics event: its failure must not stop the checkout
		return this.talon.checkoutStarted(cart).onErrorResume(TalonException.class, (ex) -> {
			logger.info("checkout_started event of cart " + cart.id() + " not recorded: " + ex.getMessage());
			return Mono.empty();
		});
	}

	/**
	 * The view of a cart as it is now.
	 * @param cart the cart
	 * @return the view
	 */
	CartView view(Cart cart) {
		synchronized (cart) {
			return CartView.of(cart.snapshot(), this.catalog, OrderSettlement.unconfirmed(cart));
		}
	}

	private static ShopException notOpen(Cart cart) {
		if (cart.closeUnconfirmed()) {
			return ShopException.conflict("The last checkout of cart " + cart.id() + " may have placed the order: "
					+ "check out again to confirm it (or cancel the cart)");
		}
		return ShopException.conflict("Cart " + cart.id() + " is " + cart.status() + " and cannot be changed");
	}

	private static String requireCode(String code) {
		if (code == null || code.isBlank()) {
			throw ShopException.badRequest("code must not be blank");
		}
		if (code.strip().length() > MAX_CODE_LENGTH) {
			throw ShopException.badRequest("code must be at most " + MAX_CODE_LENGTH + " characters");
		}
		return code.strip();
	}

}
