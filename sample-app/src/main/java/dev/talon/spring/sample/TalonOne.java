package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonNotFoundException;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.CustomerProfile;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.LedgerInfo;
import dev.talon.spring.client.model.v2.Loyalty;
import dev.talon.spring.client.model.v2.LoyaltyProgramLedgers;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import dev.talon.spring.client.model.v2.effect.RollbackAddedLoyaltyPointsEffectProps;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Every call the shop makes to Talon.One, in the shop's terms: carts in, {@link CartPromotions} and loyalty points
 * out. All of them use today's Integration API (v2) through the auto-configured {@link TalonIntegrationClient}; the
 * rest of the shop never sees the client or its models, so that choosing another client (such as one Talon.One
 * Application per market) is a change to this class only. Each method returns a {@link Mono} that calls Talon.One
 * when subscribed to and fails with a {@code TalonException} when Talon.One cannot be asked; what to do then is the
 * caller's decision (serve the cart without promotions, or refuse with a 503).
 */
@Component
public class TalonOne {

	/** The prefix of the throw-away session ids of product page dry runs, which are never stored. */
	static final String PREVIEW_SESSION_PREFIX = "preview-";

	private final TalonIntegrationClient talon;

	private final ProductCatalog catalog;

	private final ShopProperties shop;

	TalonOne(TalonIntegrationClient talon, ProductCatalog catalog, ShopProperties shop) {
		this.talon = talon;
		this.catalog = catalog;
		this.shop = shop;
	}

	/**
	 * Sends the whole cart as its open session ({@code updateCustomerSessionV2}).
	 * @param cart the cart as it is now
	 * @return the cart's promotions
	 */
	Mono<CartPromotions> update(CartSnapshot cart) {
		return this.talon.updateCustomerSessionV2(cart.id(), IntegrationRequest.of(session(cart, CustomerSessionState.OPEN)))
			.map((answer) -> promotions(answer, cart));
	}

	/**
	 * Sends the whole cart and closes its session ({@code updateCustomerSessionV2} with state {@code closed}), which
	 * redeems the codes, counts the order in the customer's totals and awards the loyalty points. A close whose answer
	 * was lost within the call is recognised by the client, which then answers the session as it reads it back.
	 * @param cart the cart to place
	 * @return the promotions the order is placed at, with the loyalty points it earned
	 */
	Mono<CartPromotions> close(CartSnapshot cart) {
		return this.talon
			.updateCustomerSessionV2(cart.id(), IntegrationRequest.of(session(cart, CustomerSessionState.CLOSED)))
			.map((answer) -> promotions(answer, cart));
	}

	/**
	 * Reads the cart's session back ({@code getCustomerSession}) to learn whether an earlier checkout, whose answer
	 * the shop never got, closed it after all.
	 * @param cart the cart
	 * @return the promotions the session was closed at, with its loyalty points; empty when it is not closed
	 */
	Mono<CartPromotions> closedEarlier(CartSnapshot cart) {
		return this.talon.getCustomerSession(cart.id())
			.filter((read) -> read.customerSession() != null
					&& read.customerSession().state() == CustomerSessionState.CLOSED)
			.map((read) -> promotions(read, cart))
			.onErrorResume(TalonNotFoundException.class, (ex) -> Mono.empty());
	}

	/**
	 * Tracks that the customer started the checkout ({@code trackEventV2}, event type {@code checkout_started}), so
	 * that campaigns can act on checkouts that are never completed. v2 events belong to a customer profile: an
	 * anonymous cart tracks nothing.
	 * @param cart the cart
	 * @return completes when Talon.One recorded the event
	 */
	Mono<Void> checkoutStarted(CartSnapshot cart) {
		if (cart.customerId() == null) {
			return Mono.empty();
		}
		int items = cart.quantities().values().stream().mapToInt(Integer::intValue).sum();
		IntegrationEventV2Request event = IntegrationEventV2Request.builder(cart.customerId(), "checkout_started")
			.attributes(Map.of("cartId", cart.id(), "items", items))
			.build();
		return this.talon.trackEventV2(event, TrackEventOptions.withoutAnswer()).then();
	}

	/**
	 * Cancels the cart's session ({@code updateCustomerSessionV2} with state {@code cancelled}): an abandoned cart, or
	 * a placed order, which Talon.One then takes out of the customer's totals, rolling back its coupon redemptions,
	 * referral and loyalty points.
	 * @param cartId the cart id
	 * @return the loyalty points Talon.One took back, zero when none
	 */
	Mono<BigDecimal> cancel(String cartId) {
		NewCustomerSessionV2 cancel = NewCustomerSessionV2.builder().state(CustomerSessionState.CANCELLED).build();
		return this.talon.updateCustomerSessionV2(cartId, IntegrationRequest.of(cancel))
			.map(this::loyaltyPointsRolledBack);
	}

	/**
	 * Reopens the session of a placed order so that it can be edited ({@code reopenCustomerSession}); Talon.One rolls
	 * back what closing it counted, and closing it again counts the edited order.
	 * @param orderId the order id
	 * @return the loyalty points Talon.One took back, zero when none
	 */
	Mono<BigDecimal> reopen(String orderId) {
		return this.talon.reopenCustomerSession(orderId).map(this::loyaltyPointsRolledBack);
	}

	/**
	 * Returns units of a placed order ({@code returnCartItems}), with the shop's return id in the
	 * {@code Idempotency-Key}: sending the same return again (because its answer was lost) gets Talon.One's stored
	 * answer instead of a second return. The key is the order id and the return id, so that the return ids of
	 * different orders never share one.
	 * @param order the order, with its lines in the order the session has them
	 * @param lines the units to return by SKU, each in the order
	 * @param returnId the shop's id of the return
	 * @return the loyalty points Talon.One took back for the returned units, zero when none
	 */
	Mono<BigDecimal> returnItems(CartSnapshot order, Map<String, Integer> lines, String returnId) {
		List<String> positions = List.copyOf(order.quantities().keySet());
		List<ReturnedCartItem> items = new ArrayList<>();
		lines.forEach((sku, quantity) -> items.add(ReturnedCartItem.atPosition(positions.indexOf(sku), quantity)));
		return this.talon
			.returnCartItems(order.id(), ReturnIntegrationRequest.of(new NewReturn(items)),
					ReturnCartItemsOptions.idempotencyKey(order.id() + "/" + returnId))
			.map(this::loyaltyPointsRolledBack);
	}

	/**
	 * The price of one unit of a product after the promotions that apply to it alone, from a dry run
	 * ({@code updateCustomerSessionV2} with {@code dry=true}) of a cart that holds only that unit, on a throw-away
	 * session id: Talon.One evaluates the payload as a new session and stores nothing.
	 * @param product the product
	 * @param customerId the customer whose promotions apply, or {@code null} for an anonymous visitor
	 * @return the promotions of the one-unit cart
	 */
	Mono<CartPromotions> preview(Product product, String customerId) {
		CartSnapshot cart = new CartSnapshot(PREVIEW_SESSION_PREFIX + UUID.randomUUID(), customerId,
				Map.of(product.sku(), 1), List.of(), null, CartStatus.OPEN, 0, CartPromotions.NONE, null, List.of());
		return this.talon
			.updateCustomerSessionV2(cart.id(), IntegrationRequest.of(session(cart, CustomerSessionState.OPEN)),
					UpdateCustomerSessionV2Options.dryRun())
			.map((answer) -> promotions(answer, cart));
	}

	/**
	 * Sets attributes of a customer's profile ({@code updateCustomerProfileV2}, without running the rules), creating
	 * the profile if needed.
	 * @param customerId the customer's id, the profile's integration id
	 * @param attributes the attributes to merge into the profile's
	 * @return the customer
	 * @throws IllegalArgumentException when Talon.One would refuse the attributes
	 */
	Mono<CustomerView> updateCustomer(String customerId, Map<String, Object> attributes) {
		CustomerProfileIntegrationRequestV2 update = CustomerProfileIntegrationRequestV2.builder()
			.attributes(attributes)
			.build();
		return this.talon.updateCustomerProfileV2(customerId, update)
			.map((answer) -> customer(customerId, answer.customerProfile(), null));
	}

	/**
	 * A customer's profile and loyalty balance, from a dry run of an empty profile update that asks for both
	 * ({@code updateCustomerProfileV2} with {@code runRuleEngine=true&dry=true}, {@code responseContent}
	 * {@code customerProfile} and {@code loyalty}); it changes nothing. (Talon.One's loyalty endpoints, such as
	 * {@code getLoyaltyBalances}, are not operations of the client yet.)
	 * @param customerId the customer's id
	 * @return the customer
	 */
	Mono<CustomerView> customer(String customerId) {
		CustomerProfileIntegrationRequestV2 read = CustomerProfileIntegrationRequestV2.builder()
			.responseContent(CustomerProfileIntegrationRequestV2.ResponseContent.CUSTOMER_PROFILE,
					CustomerProfileIntegrationRequestV2.ResponseContent.LOYALTY)
			.build();
		return this.talon.updateCustomerProfileV2(customerId, read, UpdateCustomerProfileV2Options.dryRun())
			.map((answer) -> customer(customerId, answer.customerProfile(), answer.loyalty()));
	}

	/**
	 * Creates a referral code for a customer to share ({@code createReferral}) in the shop's referral campaign.
	 * @param advocateId the customer who shares it
	 * @return the referral
	 */
	Mono<Referral> createReferral(String advocateId) {
		return this.talon.createReferral(NewReferral.builder(this.shop.referralCampaignId(), advocateId).build());
	}

	/** The whole cart as a session update: every field the shop owns is sent, so Talon.One has exactly the cart. */
	private NewCustomerSessionV2 session(CartSnapshot cart, CustomerSessionState state) {
		NewCustomerSessionV2.Builder session = NewCustomerSessionV2.builder()
			.profileId((cart.customerId() != null) ? cart.customerId() : "")
			.state(state);
		if (cart.couponCodes().isEmpty()) {
			session.clearCouponCodes();
		}
		else {
			session.couponCodes(cart.couponCodes());
		}
		if (cart.referralCode() == null) {
			session.clearReferralCode();
		}
		else {
			session.referralCode(cart.referralCode());
		}
		List<CartItem> items = new ArrayList<>();
		cart.quantities().forEach((sku, quantity) -> {
			Product product = this.catalog.find(sku).orElseThrow();
			items.add(CartItem.builder(sku, quantity).name(product.name()).price(product.price()).build());
		});
		return session.cartItems(items).build();
	}

	private CartPromotions promotions(IntegrationEffects answer, CartSnapshot cart) {
		return CartPromotions.from(answer, cart, this.catalog, this.shop.loyaltyProgramId());
	}

	private BigDecimal loyaltyPointsRolledBack(IntegrationEffects answer) {
		return answer.props(RollbackAddedLoyaltyPointsEffectProps.class)
			.stream()
			.filter((rollback) -> rollback.programId() != null && rollback.programId() == this.shop.loyaltyProgramId()
					&& rollback.value() != null)
			.map(RollbackAddedLoyaltyPointsEffectProps::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private CustomerView customer(String customerId, CustomerProfile profile, Loyalty loyalty) {
		BigDecimal points = null;
		if (loyalty != null) {
			points = loyalty.program(this.shop.loyaltyProgramId())
				.map(LoyaltyProgramLedgers::ledger)
				.map(LedgerInfo::currentBalance)
				.orElse(BigDecimal.ZERO);
		}
		if (profile == null) {
			return new CustomerView(customerId, Map.of(), null, null, points, null);
		}
		return new CustomerView(customerId, new LinkedHashMap<>(profile.attributes()), profile.closedSessions(),
				profile.totalSales(), points, profile.lastActivity());
	}

}
