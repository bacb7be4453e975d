package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Keeps each cart in sync with a Talon.One customer session whose id is the cart id.
 * <ul>
 * <li>Every change is first stored in the cart, then the whole cart is sent with {@code updateCustomerSession}, and
 * Talon.One's answer replaces the cart's promotions entirely (wipe and replace). Bursts of changes to one cart rely on
 * the client, which sends the updates of one session one at a time (and, with
 * {@code talon.session-updates.coalesce=true}, only the newest of those waiting).</li>
 * <li>When Talon.One is slow or down, the change is kept and the cart is served without discounts, marked as having
 * no promotions available (fail open); the next change after Talon.One recovers sends the whole cart again and
 * brings the discounts back.</li>
 * <li>Checkout closes the session and needs Talon.One: the order is placed at the discounts Talon.One confirmed, or
 * not at all (503, the cart stays open and intact).</li>
 * </ul>
 */
@Service
public class CartService {

	private static final Log logger = LogFactory.getLog(CartService.class);

	private static final int MAX_QUANTITY = 99;

	private static final String ALREADY_CLOSED = "Cannot move session to state \"closed\" from state \"closed\"";

	private final TalonIntegrationClient talon;

	private final ProductCatalog catalog;

	private final CartStore carts;

	CartService(TalonIntegrationClient talon, ProductCatalog catalog, CartStore carts) {
		this.talon = talon;
		this.catalog = catalog;
		this.carts = carts;
	}

	/**
	 * Creates an empty cart; Talon.One hears of it with its first change.
	 * @param customerId the customer, or {@code null} for an anonymous cart
	 * @return the cart
	 */
	public Mono<CartView> create(String customerId) {
		return Mono.fromSupplier(() -> view(this.carts.create(blankToNull(customerId))));
	}

	/**
	 * A cart as it is now; does not call Talon.One.
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
	public Mono<CartView> setQuantity(String cartId, String sku, int quantity) {
		return Mono.defer(() -> {
			if (this.catalog.find(sku).isEmpty()) {
				throw ShopException.notFound("The shop does not sell " + sku);
			}
			if (quantity < 0 || quantity > MAX_QUANTITY) {
				throw ShopException.badRequest("quantity must be between 0 and " + MAX_QUANTITY + " but was " + quantity);
			}
			return change(cartId, (cart) -> cart.setQuantity(sku, quantity));
		});
	}

	/**
	 * Sets or replaces the cart's coupon code.
	 * @param cartId the cart id
	 * @param code the code
	 * @return the cart, with the code accepted or rejected by Talon.One
	 */
	public Mono<CartView> applyCoupon(String cartId, String code) {
		return Mono.defer(() -> change(cartId, (cart) -> cart.couponCode(requireCode(code))));
	}

	/**
	 * Removes the cart's coupon code.
	 * @param cartId the cart id
	 * @return the cart
	 */
	public Mono<CartView> removeCoupon(String cartId) {
		return change(cartId, (cart) -> cart.couponCode(null));
	}

	/**
	 * Sets or replaces the cart's referral code.
	 * @param cartId the cart id
	 * @param code the code a friend shared
	 * @return the cart, with the code accepted or rejected by Talon.One
	 */
	public Mono<CartView> applyReferral(String cartId, String code) {
		return Mono.defer(() -> change(cartId, (cart) -> cart.referralCode(requireCode(code))));
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
			if (customerId == null || customerId.isBlank()) {
				throw ShopException.badRequest("customerId must not be blank");
			}
			return change(cartId, (cart) -> cart.customerId(customerId.strip()));
		});
	}

	/**
	 * Places the order: tracks a {@code checkout_started} event, then closes the session, which redeems the codes and
	 * adds the order to the customer's totals in Talon.One. The order is priced with the promotions of Talon.One's
	 * answer to the close.
	 * @param cartId the cart id
	 * @return the placed order
	 */
	public Mono<CartView> checkout(String cartId) {
		return Mono.defer(() -> {
			Cart cart = this.carts.get(cartId);
			CartSnapshot snapshot;
			boolean promotionsCurrent;
			synchronized (cart) {
				requireOpen(cart);
				if (cart.snapshot().quantities().isEmpty()) {
					throw ShopException.badRequest("Cart " + cartId + " is empty");
				}
				promotionsCurrent = cart.hasCurrentPromotions();
				cart.status(CartStatus.CHECKING_OUT);
				snapshot = cart.snapshot();
			}
			// the order's total must rest on promotions Talon.One decided for exactly this cart
			Mono<CartPromotions> confirmed = promotionsCurrent ? Mono.just(snapshot.promotions())
					: this.talon.updateCustomerSession(cartId, session(snapshot, null, null))
						.map((state) -> CartPromotions.from(state, snapshot.couponCode(), snapshot.referralCode()));
			return confirmed.flatMap((promotions) -> trackCheckoutStarted(snapshot).then(close(snapshot, promotions)))
				.map((placed) -> {
					synchronized (cart) {
						cart.applyPromotions(snapshot.version(), placed);
						cart.status(CartStatus.PLACED);
						return view(cart);
					}
				})
				.onErrorMap(TalonException.class, (ex) -> {
					logger.warn("Checkout of cart " + cartId + " failed, the cart stays open: " + ex.getMessage());
					return ShopException.talonUnavailable("Your order could not be placed because promotions cannot "
							+ "be confirmed right now. Your cart is saved; please try again in a moment.");
				})
				.doOnError((ex) -> {
					synchronized (cart) {
						if (cart.status() == CartStatus.CHECKING_OUT) {
							cart.status(CartStatus.OPEN);
						}
					}
				});
		});
	}

	/**
	 * Cancels a cart or a placed order. An open cart is cancelled even while Talon.One is down (an open session left
	 * in Talon.One does no harm); a placed order is cancelled only once Talon.One has taken it out of the customer's
	 * totals.
	 * @param cartId the cart id
	 * @return the cancelled cart
	 */
	public Mono<CartView> cancel(String cartId) {
		return Mono.defer(() -> {
			Cart cart = this.carts.get(cartId);
			CartSnapshot snapshot;
			synchronized (cart) {
				snapshot = cart.snapshot();
				if (snapshot.status() == CartStatus.OPEN) {
					cart.status(CartStatus.CANCELLED);
				}
				else if (snapshot.status() != CartStatus.PLACED) {
					throw ShopException.conflict("Cart " + cartId + " is " + snapshot.status() + " and cannot be cancelled");
				}
			}
			Mono<CartView> cancelled = this.talon
				.updateCustomerSession(cartId, session(snapshot, CustomerSessionState.CANCELLED, null))
				.map((state) -> {
					synchronized (cart) {
						cart.status(CartStatus.CANCELLED);
						return view(cart);
					}
				});
			if (snapshot.status() == CartStatus.OPEN) {
				return cancelled.onErrorResume(TalonException.class, (ex) -> {
					logger.warn("Cart " + cartId + " is cancelled, but Talon.One did not hear of it: " + ex.getMessage());
					return Mono.fromSupplier(() -> view(cart));
				});
			}
			return cancelled.onErrorMap(TalonException.class, (ex) -> {
				logger.warn("Cancelling order " + cartId + " failed, it stays placed: " + ex.getMessage());
				return ShopException.talonUnavailable(
						"Your order could not be cancelled right now; it stays placed. Please try again in a moment.");
			});
		});
	}

	private Mono<CartView> change(String cartId, Consumer<Cart> change) {
		return Mono.defer(() -> {
			Cart cart = this.carts.get(cartId);
			CartSnapshot snapshot;
			CompletableFuture<IntegrationState> update;
			synchronized (cart) {
				requireOpen(cart);
				change.accept(cart);
				snapshot = cart.snapshot();
				// Subscribed while holding the cart's monitor, so that the client queues the updates of this cart in
				// the order of the changes, and the last one sent carries the cart as it is now. The update goes on if
				// the customer's request is cancelled: Talon.One should have the cart the shop has.
				update = this.talon.updateCustomerSession(cartId, session(snapshot, null, null)).toFuture();
			}
			return Mono.fromFuture(update, true)
				.map((state) -> CartPromotions.from(state, snapshot.couponCode(), snapshot.referralCode()))
				.onErrorResume(TalonException.class, (ex) -> {
					logger.warn("Talon.One unavailable, cart " + cartId + " served without promotions: "
							+ ex.getMessage());
					return Mono.just(CartPromotions.unavailable(snapshot.couponCode(), snapshot.referralCode()));
				})
				.map((promotions) -> {
					synchronized (cart) {
						cart.applyPromotions(snapshot.version(), promotions);
						return view(cart);
					}
				});
		});
	}

	private Mono<Void> trackCheckoutStarted(CartSnapshot cart) {
		NewEvent event = NewEvent.builder(cart.id(), "checkout_started")
			.profileId(profileId(cart))
			.attributes(Map.of("items", cart.quantities().values().stream().mapToInt(Integer::intValue).sum()))
			.build();
		// an analytics event: its failure must not stop the checkout
		return this.talon.trackEvent(event).then().onErrorResume(TalonException.class, (ex) -> {
			logger.info("checkout_started event of cart " + cart.id() + " not recorded: " + ex.getMessage());
			return Mono.empty();
		});
	}

	private Mono<CartPromotions> close(CartSnapshot cart, CartPromotions confirmed) {
		BigDecimal total = CartView.of(cart, this.catalog).subtotal().subtract(confirmed.totalDiscount())
			.max(CartPromotions.ZERO);
		return this.talon.updateCustomerSession(cart.id(), session(cart, CustomerSessionState.CLOSED, total))
			.map((state) -> CartPromotions.from(state, cart.couponCode(), cart.referralCode()))
			.onErrorResume(CartService::closedByAnEarlierAttempt, (ex) -> {
				// an earlier checkout timed out after Talon.One had closed the session: the order stands
				logger.info("Session " + cart.id() + " was already closed by an earlier checkout attempt");
				return Mono.just(confirmed);
			});
	}

	private static boolean closedByAnEarlierAttempt(Throwable failure) {
		return failure instanceof TalonClientErrorException error && error.getStatusCode() == 400
				&& error.getErrorResponse().map((body) -> ALREADY_CLOSED.equals(body.message())).orElse(false);
	}

	/** The whole cart as a session update. */
	private NewCustomerSession session(CartSnapshot cart, CustomerSessionState state, BigDecimal total) {
		List<CartItem> items = new ArrayList<>();
		for (Map.Entry<String, Integer> line : cart.quantities().entrySet()) {
			Product product = this.catalog.find(line.getKey()).orElseThrow();
			items.add(CartItem.builder(product.sku(), product.name(), line.getValue(), product.price()).build());
		}
		return NewCustomerSession.builder()
			.profileId(profileId(cart))
			.coupon((cart.couponCode() != null) ? cart.couponCode() : "")
			.referral((cart.referralCode() != null) ? cart.referralCode() : "")
			.cartItems(items)
			.state(state)
			.total(total)
			.build();
	}

	private static String profileId(CartSnapshot cart) {
		return (cart.customerId() != null) ? cart.customerId() : "";
	}

	private CartView view(Cart cart) {
		synchronized (cart) {
			return CartView.of(cart.snapshot(), this.catalog);
		}
	}

	private static void requireOpen(Cart cart) {
		if (cart.status() != CartStatus.OPEN) {
			throw ShopException.conflict("Cart " + cart.id() + " is " + cart.status() + " and cannot be changed");
		}
	}

	private static String requireCode(String code) {
		if (code == null || code.isBlank()) {
			throw ShopException.badRequest("code must not be blank");
		}
		return code.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
