package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonConflictException;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonNotFoundException;
import dev.talon.spring.client.TalonRateLimitException;
import dev.talon.spring.client.TalonServerErrorException;
import dev.talon.spring.client.TalonTransportException;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.Coupon;
import dev.talon.spring.client.model.v2.CouponReservations;
import dev.talon.spring.client.model.v2.CustomerInventory;
import dev.talon.spring.client.model.v2.CustomerProfile;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.GetCustomerInventoryOptions;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.LedgerInfo;
import dev.talon.spring.client.model.v2.LedgerTransactionLogEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.Loyalty;
import dev.talon.spring.client.model.v2.LoyaltyBalance;
import dev.talon.spring.client.model.v2.LoyaltyProgramLedgers;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.Page;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import dev.talon.spring.client.model.v2.effect.RollbackAddedLoyaltyPointsEffectProps;
import dev.talon.spring.sample.AccountView.CouponView;
import dev.talon.spring.sample.AccountView.DataDeletion;
import dev.talon.spring.sample.AccountView.Points;
import dev.talon.spring.sample.AccountView.PointsHistory;
import dev.talon.spring.sample.AccountView.PointsTransaction;
import dev.talon.spring.sample.AccountView.ReferralCodeView;
import dev.talon.spring.sample.CustomerView.ProfileUpdate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Every call the shop makes to Talon.One, in the shop's terms: carts in, {@link CartPromotions} and loyalty points
 * out. All of them use today's Integration API (v2) through the auto-configured clients, one per Talon.One
 * Application ({@link TalonClients}): a cart, and everything about its order, goes to the Application of the market it
 * was created in; a product page, a customer's orders and points and their account page are read from the
 * Application of the market asked for, and a sign-up's coupon is reserved there; a profile change and the deletion of
 * a customer's data go to every Application. The rest of the shop never sees the clients or their models.
 * Each method returns a {@link Mono} that calls Talon.One when subscribed to and fails with a {@link TalonException}
 * when Talon.One cannot be asked; what to do then is the caller's decision (serve the cart without promotions, or
 * refuse with a 503).
 */
@Component
public class TalonOne {

	private static final Log logger = LogFactory.getLog(TalonOne.class);

	/** The prefix of the throw-away session ids of product page dry runs, which are never stored. */
	static final String PREVIEW_SESSION_PREFIX = "preview-";

	/** How many points transactions an account page shows. */
	static final int ACCOUNT_HISTORY_SIZE = 10;

	private final TalonClients talon;

	private final ProductCatalog catalog;

	TalonOne(TalonClients talon, ProductCatalog catalog) {
		this.talon = talon;
		this.catalog = catalog;
	}

	/**
	 * Whether asking Talon.One again later can succeed where this call failed: Talon.One could not be reached or did
	 * not answer in time, failed itself (5xx), asked the shop to slow down (429), or was still busy with another
	 * request of the same session or profile when the call's time ran out (409: the client retries those until
	 * {@code talon.timeout}, so this one is the last). Anything else is a refusal of this request (a 4xx such as 400 or
	 * 401, or an answer the client cannot read), which the same request meets again.
	 * @param failure the failure
	 * @return whether a retry can fix it
	 */
	static boolean retryCanFix(TalonException failure) {
		return failure instanceof TalonTransportException || failure instanceof TalonServerErrorException
				|| failure instanceof TalonRateLimitException || failure instanceof TalonConflictException;
	}

	/**
	 * Whether a failed session change (a checkout's close, an order's cancellation or reopening) may have changed the
	 * session all the same: anything but a connection that could not be opened. (Within one call the client recognises
	 * a close whose answer was lost; this is about a call that ended without knowing, such as one that ran out of
	 * {@code talon.timeout}.)
	 */
	static boolean mayHaveReachedTalon(TalonException failure) {
		return !(failure instanceof TalonTransportException transport) || transport.isRequestSent();
	}

	/** The client of a market's Talon.One Application. */
	private TalonIntegrationClient client(Market market) {
		return this.talon.get(market.application());
	}

	/**
	 * Sends the whole cart as its open session ({@code updateCustomerSessionV2}).
	 * @param cart the cart as it is now
	 * @return the cart's promotions
	 */
	Mono<CartPromotions> update(CartSnapshot cart) {
		return client(cart.market())
			.updateCustomerSessionV2(cart.id(), IntegrationRequest.of(session(cart, CustomerSessionState.OPEN)))
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
		return client(cart.market())
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
		return client(cart.market()).getCustomerSession(cart.id())
			.filter((read) -> read.customerSession() != null
					&& read.customerSession().state() == CustomerSessionState.CLOSED)
			.map((read) -> promotions(read, cart))
			.onErrorResume(TalonNotFoundException.class, (ex) -> Mono.empty());
	}

	/**
	 * Reads a placed order's session back ({@code getCustomerSession}), to learn whether an earlier cancellation, edit
	 * or return, whose answer the shop never got, happened after all.
	 * @param order the order
	 * @return the session as Talon.One has it; empty when Talon.One has no such session (it deletes a customer's
	 * sessions with their data)
	 */
	Mono<OrderSession> orderSession(CartSnapshot order) {
		return client(order.market()).getCustomerSession(order.id())
			.mapNotNull((read) -> (read.customerSession() != null) ? new OrderSession(read.customerSession().state(),
					read.customerSession()
						.cartItems()
						.stream()
						.mapToInt((item) -> (item.returnedQuantity() != null) ? item.returnedQuantity() : 0)
						.sum())
					: null)
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
		return client(cart.market()).trackEventV2(event, TrackEventOptions.withoutAnswer()).then();
	}

	/**
	 * Cancels the cart's session ({@code updateCustomerSessionV2} with state {@code cancelled}): an abandoned cart, or
	 * a placed order, which Talon.One then takes out of the customer's totals, rolling back its coupon redemptions,
	 * referral and loyalty points.
	 * @param cart the cart or order
	 * @return the loyalty points Talon.One took back, zero when none
	 */
	Mono<BigDecimal> cancel(CartSnapshot cart) {
		NewCustomerSessionV2 cancel = NewCustomerSessionV2.builder().state(CustomerSessionState.CANCELLED).build();
		return client(cart.market()).updateCustomerSessionV2(cart.id(), IntegrationRequest.of(cancel))
			.map((answer) -> loyaltyPointsRolledBack(answer, cart.market()));
	}

	/**
	 * Reopens the session of a placed order so that it can be edited ({@code reopenCustomerSession}); Talon.One rolls
	 * back what closing it counted, and closing it again counts the edited order.
	 * @param order the order
	 * @return the loyalty points Talon.One took back, zero when none
	 */
	Mono<BigDecimal> reopen(CartSnapshot order) {
		return client(order.market()).reopenCustomerSession(order.id())
			.map((answer) -> loyaltyPointsRolledBack(answer, order.market()));
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
		return client(order.market())
			.returnCartItems(order.id(), ReturnIntegrationRequest.of(new NewReturn(items)),
					ReturnCartItemsOptions.idempotencyKey(order.id() + "/" + returnId))
			.map((answer) -> loyaltyPointsRolledBack(answer, order.market()));
	}

	/**
	 * The price of one unit of a product after the promotions that apply to it alone, from a dry run
	 * ({@code updateCustomerSessionV2} with {@code dry=true}) of a cart that holds only that unit, on a throw-away
	 * session id of the market's Application: Talon.One evaluates the payload as a new session and stores nothing.
	 * @param product the product
	 * @param market the market whose promotions apply
	 * @param customerId the customer whose promotions apply, or {@code null} for an anonymous visitor
	 * @return the promotions of the one-unit cart
	 */
	Mono<CartPromotions> preview(Product product, Market market, String customerId) {
		CartSnapshot cart = new CartSnapshot(PREVIEW_SESSION_PREFIX + UUID.randomUUID(), market, customerId,
				Map.of(product.sku(), 1), List.of(), null, CartStatus.OPEN, 0, CartPromotions.NONE, null, List.of());
		return client(market)
			.updateCustomerSessionV2(cart.id(), IntegrationRequest.of(session(cart, CustomerSessionState.OPEN)),
					UpdateCustomerSessionV2Options.dryRun())
			.map((answer) -> promotions(answer, cart));
	}

	/**
	 * Sets attributes of a customer's profile in every Talon.One Application ({@code updateCustomerProfileV2},
	 * without running the rules), creating the profile where needed: a customer may shop in any market, and each
	 * Application's rules see the profile it has. The Applications are asked at once, and each fails on its own: one
	 * that cannot be asked is logged and marked {@link ProfileUpdate#FAILED} in the answer ({@link ProfileUpdate#REFUSED}
	 * when it refused the change), and does not stop the
	 * others. Nothing retries it later (a shop that needs every Application to have the change would send it from an
	 * outbox); the next change of the customer sends its attributes again.
	 * @param customerId the customer's id, the profile's integration id
	 * @param attributes the attributes to merge into the profile's
	 * @return the customer as the first Application (in the order of {@code talon.applications}) that took the
	 * change has them, with the outcome in each Application; fails with a {@link TalonException} when none took it
	 * (of the first Application a retry can help, else of the first: {@link ProfileUpdates#firstFailure()})
	 * @throws IllegalArgumentException when Talon.One would refuse the attributes (before any call)
	 */
	Mono<CustomerView> updateCustomer(String customerId, Map<String, Object> attributes) {
		return updateCustomerEverywhere(customerId, attributes).flatMap((outcome) -> (outcome.customer() != null)
				? Mono.just(outcome.customer()) : Mono.error(outcome.firstFailure()));
	}

	/**
	 * Sets attributes of a customer's profile in every Talon.One Application, as
	 * {@link #updateCustomer(String, Map)} does, and answers the outcome even when no Application took the change.
	 * @param customerId the customer's id, the profile's integration id
	 * @param attributes the attributes to merge into the profile's
	 * @return the outcome; never fails with a {@link TalonException}
	 * @throws IllegalArgumentException when Talon.One would refuse the attributes (before any call)
	 */
	Mono<ProfileUpdates> updateCustomerEverywhere(String customerId, Map<String, Object> attributes) {
		CustomerProfileIntegrationRequestV2 update = CustomerProfileIntegrationRequestV2.builder()
			.attributes(attributes)
			.build();
		// each client checks the request when called, so bad attributes throw here, before any call is made
		Map<String, Mono<CustomerProfileIntegrationResponseV2>> updates = new LinkedHashMap<>();
		this.talon.all()
			.forEach((application, client) -> updates.put(application, client.updateCustomerProfileV2(customerId,
					update)));
		return Flux.fromIterable(updates.entrySet())
			.flatMapSequential((call) -> call.getValue()
				.map((answer) -> new ApplicationUpdate(call.getKey(), answer, null))
				.onErrorResume(TalonException.class, (ex) -> {
					logger.warn("Talon.One Application " + call.getKey() + " did not take the profile change of "
							+ "customer " + customerId + ": " + ex.getMessage());
					return Mono.just(new ApplicationUpdate(call.getKey(), null, ex));
				}))
			.collectList()
			.map((outcomes) -> {
				Map<String, ProfileUpdate> applications = new LinkedHashMap<>();
				outcomes.forEach((outcome) -> applications.put(outcome.application(), (outcome.failure() == null)
						? ProfileUpdate.UPDATED
						: retryCanFix(outcome.failure()) ? ProfileUpdate.FAILED : ProfileUpdate.REFUSED));
				CustomerView customer = outcomes.stream()
					.filter((outcome) -> outcome.failure() == null)
					.findFirst()
					.map((updated) -> customer(customerId, null, updated.answer().customerProfile(), null)
						.withApplications(applications))
					.orElse(null);
				TalonException failure = (customer != null) ? null : outcomes.stream()
					.map(ApplicationUpdate::failure)
					.filter(TalonOne::retryCanFix)
					.findFirst()
					.orElse(outcomes.get(0).failure());
				return new ProfileUpdates(customer, applications, failure);
			});
	}

	/**
	 * A customer's profile and loyalty balance, from a dry run of an empty profile update that asks for both
	 * ({@code updateCustomerProfileV2} with {@code runRuleEngine=true&dry=true}, {@code responseContent}
	 * {@code customerProfile} and {@code loyalty}); it changes nothing. (One call for both; the account page reads
	 * the points apart from the profile, with {@code getLoyaltyBalances}: see {@link #account(String, Market)}.)
	 * @param customerId the customer's id
	 * @param market the market whose Talon.One Application is asked: the customer's orders and points there
	 * @return the customer
	 */
	Mono<CustomerView> customer(String customerId, Market market) {
		CustomerProfileIntegrationRequestV2 read = CustomerProfileIntegrationRequestV2.builder()
			.responseContent(CustomerProfileIntegrationRequestV2.ResponseContent.CUSTOMER_PROFILE,
					CustomerProfileIntegrationRequestV2.ResponseContent.LOYALTY)
			.build();
		return client(market).updateCustomerProfileV2(customerId, read, UpdateCustomerProfileV2Options.dryRun())
			.map((answer) -> customer(customerId, market, answer.customerProfile(), answer.loyalty()));
	}

	/**
	 * Creates a referral code for a customer to share ({@code createReferral}) in a market's referral campaign; it is
	 * accepted in the carts of that market's Application only.
	 * @param advocateId the customer who shares it
	 * @param market the market
	 * @return the referral
	 */
	Mono<Referral> createReferral(String advocateId, Market market) {
		return client(market).createReferral(NewReferral.builder(market.referralCampaignId(), advocateId).build());
	}

	/**
	 * A customer's account page in a market, from three reads of the market's Application made at once: the balances
	 * in the market's loyalty program ({@code getLoyaltyBalances}), the newest {@value #ACCOUNT_HISTORY_SIZE}
	 * transactions (one page of {@code getLoyaltyProgramProfileTransactions}) and the coupon wallet and referral codes
	 * ({@code getCustomerInventory} with {@code coupons=true&referrals=true}).
	 * @param customerId the customer's id
	 * @param market the market
	 * @return the account page; fails with the failure of the first read that failed (the others' are consumed), a
	 * {@link TalonNotFoundException} when the Application has no profile of the customer
	 * @throws IllegalArgumentException when Talon.One would refuse the id (before any call)
	 */
	Mono<AccountView> account(String customerId, Market market) {
		TalonIntegrationClient client = client(market);
		long program = market.loyaltyProgramId();
		// zipDelayError: when more than one read fails (a customer Talon.One does not know fails all three), the
		// first failure is the answer and the others are consumed here, not dropped to Reactor's error log
		return Mono
			.zipDelayError(client.getLoyaltyBalances(program, customerId),
					client.getLoyaltyProgramProfileTransactions(program, customerId,
							LoyaltyTransactionsOptions.firstPage(ACCOUNT_HISTORY_SIZE)),
					client.getCustomerInventory(customerId,
							GetCustomerInventoryOptions.none().withCoupons().withReferrals()))
			.map((answers) -> {
				CustomerInventory inventory = answers.getT3();
				return new AccountView(customerId, market.name(), points(program, answers.getT1().balance()),
						transactions(answers.getT2()), Boolean.TRUE.equals(answers.getT2().hasMore()),
						inventory.coupons().stream().map(TalonOne::coupon).toList(),
						inventory.referrals()
							.stream()
							.map((referral) -> new ReferralCodeView(referral.code(), orZero(referral.usageCounter()),
									orZero(referral.usageLimit()), referral.referredCustomers().size()))
							.toList());
			})
			.onErrorMap(Exceptions::isMultiple, (ex) -> Exceptions.unwrapMultiple(ex).get(0));
	}

	/**
	 * A page of a customer's points transactions in a market's loyalty program, newest first
	 * ({@code getLoyaltyProgramProfileTransactions}), for an account page's "older transactions".
	 * @param customerId the customer's id
	 * @param market the market
	 * @param skip how many newer transactions to skip, 0 or more
	 * @param size how many transactions to answer, 1 to 1000
	 * @return the page; fails with a {@link TalonNotFoundException} when the Application has no profile of the
	 * customer
	 * @throws IllegalArgumentException when Talon.One would refuse the id or the page (before any call)
	 */
	Mono<PointsHistory> pointsHistory(String customerId, Market market, long skip, int size) {
		LoyaltyTransactionsOptions page = LoyaltyTransactionsOptions.builder().pageSize(size).skip(skip).build();
		return client(market).getLoyaltyProgramProfileTransactions(market.loyaltyProgramId(), customerId, page)
			.map((answer) -> new PointsHistory(customerId, market.name(), skip, transactions(answer),
					Boolean.TRUE.equals(answer.hasMore())));
	}

	/**
	 * Reserves a coupon for a customer in a market's Application ({@code createCouponReservation}): it shows in their
	 * wallet, and when the coupon requires a reservation only the customers holding one can redeem it. Reserving
	 * again leaves the reservation as it is.
	 * @param couponCode the coupon code
	 * @param customerId the customer's id
	 * @param market the market
	 * @return completes when the coupon is reserved; fails with a {@link TalonNotFoundException} when the Application
	 * has no such coupon
	 * @throws IllegalArgumentException when Talon.One would refuse the code or the id (before any call)
	 */
	Mono<Void> reserveCoupon(String couponCode, String customerId, Market market) {
		return client(market).createCouponReservation(couponCode, CouponReservations.of(customerId)).then();
	}

	/**
	 * Deletes a customer's data ({@code deleteCustomerData}) in every Talon.One Application, one after another, each
	 * on its own: one that cannot be asked is logged and marked {@link DataDeletion#FAILED} (or
	 * {@link DataDeletion#REFUSED} when it refused, which deleting again will not fix), and does not stop the
	 * others. Talon.One deletes a customer's data in every Application of the API key's environment, so after the first
	 * Application the others of that environment answer 404 ({@link DataDeletion#NO_DATA}); the sample's simulators
	 * are separate, and each deletes its own. Deleting again is safe.
	 * @param customerId the customer's id
	 * @return the outcome in each Application, by name, in the order of {@code talon.applications}
	 * @throws IllegalArgumentException when Talon.One would refuse the id (before any call)
	 */
	Mono<Map<String, DataDeletion>> deleteCustomerData(String customerId) {
		// each client checks the id when called, so a bad one throws here, before any call is made
		Map<String, Mono<Void>> deletions = new LinkedHashMap<>();
		this.talon.all().forEach((application, client) -> deletions.put(application,
				client.deleteCustomerData(customerId)));
		return Flux.fromIterable(deletions.entrySet())
			.concatMap((deletion) -> deletion.getValue()
				.thenReturn(DataDeletion.DELETED)
				.onErrorResume(TalonNotFoundException.class, (ex) -> Mono.just(DataDeletion.NO_DATA))
				.onErrorResume(TalonException.class, (ex) -> {
					String message = "Talon.One Application " + deletion.getKey() + " did not delete the data of "
							+ "customer " + customerId + ": " + ex.getMessage();
					if (retryCanFix(ex)) {
						logger.warn(message);
						return Mono.just(DataDeletion.FAILED);
					}
					logger.error(message);
					return Mono.just(DataDeletion.REFUSED);
				})
				.map((outcome) -> Map.entry(deletion.getKey(), outcome)))
			.collect(LinkedHashMap::new, (outcomes, outcome) -> outcomes.put(outcome.getKey(), outcome.getValue()));
	}

	private static Points points(long programId, LoyaltyBalance balance) {
		if (balance == null) {
			return new Points(programId, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		}
		return new Points(programId, orZero(balance.activePoints()), orZero(balance.pendingPoints()),
				orZero(balance.spentPoints()), orZero(balance.expiredPoints()));
	}

	private static List<PointsTransaction> transactions(Page<LedgerTransactionLogEntryIntegrationAPI> page) {
		return page.data()
			.stream()
			.map((transaction) -> new PointsTransaction(transaction.created(), transaction.type(),
					transaction.amount(), transaction.name(), transaction.customerSessionId(),
					transaction.startTime().orElse(null), transaction.expiryTime().orElse(null),
					transaction.awaitsAction() ? Boolean.TRUE : null))
			.toList();
	}

	private static CouponView coupon(Coupon coupon) {
		return new CouponView(coupon.value(), coupon.state(), Boolean.TRUE.equals(coupon.isReservationMandatory()),
				coupon.expiryDate());
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static long orZero(Long value) {
		return (value != null) ? value : 0;
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
			Product product = this.catalog.find(sku, cart.market().currency()).orElseThrow();
			items.add(CartItem.builder(sku, quantity).name(product.name()).price(product.price()).build());
		});
		return session.cartItems(items).build();
	}

	private CartPromotions promotions(IntegrationEffects answer, CartSnapshot cart) {
		return CartPromotions.from(answer, cart, this.catalog, cart.market().loyaltyProgramId());
	}

	private static BigDecimal loyaltyPointsRolledBack(IntegrationEffects answer, Market market) {
		return answer.props(RollbackAddedLoyaltyPointsEffectProps.class)
			.stream()
			.filter((rollback) -> rollback.programId() != null && rollback.programId() == market.loyaltyProgramId()
					&& rollback.value() != null)
			.map(RollbackAddedLoyaltyPointsEffectProps::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static CustomerView customer(String customerId, Market market, CustomerProfile profile, Loyalty loyalty) {
		String marketName = (market != null) ? market.name() : null;
		BigDecimal points = null;
		if (loyalty != null) {
			points = loyalty.program(market.loyaltyProgramId())
				.map(LoyaltyProgramLedgers::ledger)
				.map(LedgerInfo::currentBalance)
				.orElse(BigDecimal.ZERO);
		}
		if (profile == null) {
			return new CustomerView(customerId, marketName, Map.of(), null, null, points, null, null);
		}
		return new CustomerView(customerId, marketName, new LinkedHashMap<>(profile.attributes()),
				profile.closedSessions(), profile.totalSales(), points, profile.lastActivity(), null);
	}

	/**
	 * The outcome of a profile change in every Application.
	 * @param customer the customer as the first Application that took the change has them, {@code null} when none did
	 * @param applications the outcome in each Application, by name
	 * @param firstFailure when no Application took the change, the failure of the first one that a retry can help
	 * ({@link #retryCanFix(TalonException)}), else of the first one; {@code null} when one took it
	 */
	record ProfileUpdates(CustomerView customer, Map<String, ProfileUpdate> applications,
			TalonException firstFailure) {
	}

	/** The outcome of a profile change in one Application: its answer, or why it failed. */
	private record ApplicationUpdate(String application, CustomerProfileIntegrationResponseV2 answer,
			TalonException failure) {
	}

	/**
	 * A placed order's session as Talon.One has it.
	 * @param state the session's state
	 * @param returnedUnits how many units Talon.One's returns of the session took back, all lines together
	 */
	record OrderSession(CustomerSessionState state, int returnedUnits) {
	}

}
