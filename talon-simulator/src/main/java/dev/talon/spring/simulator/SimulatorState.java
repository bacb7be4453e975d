package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the simulator remembers, shared by the v1 and v2 operations ({@link V1Operations},
 * {@link V2Operations}), and what happens to it when a session closes, is returned, cancelled or reopened. The
 * operations synchronize on this object: the simulator is for development and tests, where one lock is plenty and
 * keeps each operation atomic.
 */
final class SimulatorState implements RuleEngine.Lookups {

	/** The most events kept; older ones are forgotten. */
	static final int MAX_EVENTS = 10_000;

	final TalonSimulatorConfig config;

	final JsonMapper json;

	/** The rules in force: the configuration's, or those {@link #rules(PromotionRules)} set; guarded by this. */
	volatile RuleEngine rules;

	/** When the simulator started: the creation time of its campaigns and coupons. */
	final Instant started;

	final Map<String, StoredProfile> profiles = new LinkedHashMap<>();

	final Map<String, StoredSession> sessions = new LinkedHashMap<>();

	final Map<String, StoredReferral> referrals = new LinkedHashMap<>();

	final Map<String, StoredAdvancedEvent> advancedEvents = new LinkedHashMap<>();

	/** The loyalty ledgers by profile, then by program id. */
	final Map<String, Map<Long, LoyaltyLedger>> ledgers = new LinkedHashMap<>();

	/** Coupon redemptions by upper-case code. */
	final Map<String, CouponUsage> couponUsage = new HashMap<>();

	/** Coupon reservations: the profiles holding each upper-case code, in the order they were reserved. */
	final Map<String, Set<String>> reservations = new HashMap<>();

	/** The loyalty cards by program id, then identifier. */
	final Map<Long, Map<String, StoredCard>> cards = new LinkedHashMap<>();

	final Map<Long, StoredAudience> audienceById = new LinkedHashMap<>();

	final Map<Long, StoredCatalog> catalogById = new TreeMap<>();

	/** The prices the catalogs' items had, oldest first, for {@code bestPriorPrice}. */
	final List<StoredCatalog.PriceObservation> priceHistory = new ArrayList<>();

	final IdempotencyStore idempotency = new IdempotencyStore();

	private final Clock clock;

	private final Deque<SimulatedEvent> events = new ArrayDeque<>();

	private final V1Operations v1;

	private final V2Operations v2;

	private final LoyaltyOperations loyalty;

	private final CustomerDataOperations customerData;

	private final AudienceOperations audiences;

	private final CatalogOperations catalogs;

	private long lastEventId;

	private long lastReferralId;

	private long lastSessionId;

	private long lastProfileId;

	private long lastReturnId;

	private long lastLoyaltyTransactionId;

	private long lastCardId;

	private long lastAudienceId;

	private long lastCatalogItemId;

	private long lastPriceId;

	/** How many times it was {@link #reset()}: a request that began before a reset ends without effect. */
	private long generation;

	SimulatorState(TalonSimulatorConfig config, JsonMapper json) {
		this.config = config;
		this.json = json;
		this.rules = new RuleEngine(config.rules());
		this.clock = config.clock();
		this.started = now();
		this.v1 = new V1Operations(this);
		this.v2 = new V2Operations(this);
		this.loyalty = new LoyaltyOperations(this);
		this.customerData = new CustomerDataOperations(this);
		this.audiences = new AudienceOperations(this);
		this.catalogs = new CatalogOperations(this);
	}

	V1Operations v1() {
		return this.v1;
	}

	V2Operations v2() {
		return this.v2;
	}

	LoyaltyOperations loyalty() {
		return this.loyalty;
	}

	CustomerDataOperations customerData() {
		return this.customerData;
	}

	AudienceOperations audiences() {
		return this.audiences;
	}

	CatalogOperations catalogs() {
		return this.catalogs;
	}

	/**
	 * The current time of the simulator's clock, to the millisecond.
	 * @return the time
	 */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Profiles, sessions, events

	/**
	 * A profile, created if missing; a request concerning it is its latest activity.
	 * @param integrationId the profile's id, empty for none
	 * @param now the current time
	 * @return the profile, or {@code null} for an empty id
	 */
	StoredProfile profileOf(String integrationId, Instant now) {
		if (integrationId == null || integrationId.isEmpty()) {
			return null;
		}
		StoredProfile profile = this.profiles.computeIfAbsent(integrationId,
				(id) -> new StoredProfile(++this.lastProfileId, id, now, this.json.createObjectNode()));
		profile.lastActivity = now;
		return profile;
	}

	/**
	 * A profile, created if missing, for a request that does not run the rules (a reservation, a card link, an
	 * audience membership): an existing profile's {@code lastActivity} stays as it is.
	 * @param integrationId the profile's id, not empty
	 * @param now the current time
	 * @return the profile
	 */
	StoredProfile ensureProfile(String integrationId, Instant now) {
		StoredProfile profile = this.profiles.get(integrationId);
		return (profile != null) ? profile : profileOf(integrationId, now);
	}

	/**
	 * An existing profile.
	 * @param integrationId the profile's id (the path parameter {@code integrationId})
	 * @return the profile
	 * @throws SimulatorApiException (404) when there is no such profile
	 */
	StoredProfile existingProfile(String integrationId) {
		StoredProfile profile = this.profiles.get(integrationId);
		if (profile == null) {
			throw new SimulatorApiException(404, "Customer profile not found", List.of(
					Violation.inParameter("integrationId", "not found", "no customer profile " + integrationId)));
		}
		return profile;
	}

	/**
	 * A profile as a dry request sees it: a copy of the stored one, or a new one that is not stored.
	 * @param integrationId the profile's id, empty for none
	 * @param now the current time
	 * @return the profile, or {@code null} for an empty id
	 */
	StoredProfile dryProfile(String integrationId, Instant now) {
		if (integrationId == null || integrationId.isEmpty()) {
			return null;
		}
		StoredProfile stored = this.profiles.get(integrationId);
		return (stored != null) ? stored.copy()
				: new StoredProfile(0, integrationId, now, this.json.createObjectNode());
	}

	/**
	 * A new session, stored or not.
	 * @param integrationId its id
	 * @param now the current time
	 * @param store whether to keep it (not for a dry request)
	 * @return the session
	 */
	StoredSession newSession(String integrationId, Instant now, boolean store) {
		StoredSession session = new StoredSession(store ? ++this.lastSessionId : 0, integrationId, now,
				this.json.createObjectNode(), this.json.createObjectNode(), this.json.createObjectNode());
		if (store) {
			this.sessions.put(integrationId, session);
		}
		return session;
	}

	@Override
	public StoredReferral referralByCode(String code) {
		return this.referrals.get(code.toUpperCase(Locale.ROOT));
	}

	long nextReferralId() {
		return ++this.lastReferralId;
	}

	long nextCardId() {
		return ++this.lastCardId;
	}

	long nextAudienceId() {
		return ++this.lastAudienceId;
	}

	long nextCatalogItemId() {
		return ++this.lastCatalogItemId;
	}

	long nextPriceId() {
		return ++this.lastPriceId;
	}

	@Override
	public boolean holdsReservation(CouponRule coupon, String profileId) {
		return reservationsOf(coupon).contains(profileId);
	}

	@Override
	public boolean hasActiveCard(long programId, String cardIdentifier) {
		StoredCard card = card(programId, cardIdentifier);
		return card != null && card.active;
	}

	/**
	 * The profiles holding a reservation of a coupon code.
	 * @param coupon the coupon
	 * @return the profiles in reservation order, empty when none
	 */
	Set<String> reservationsOf(CouponRule coupon) {
		return this.reservations.getOrDefault(coupon.code().toUpperCase(Locale.ROOT), Set.of());
	}

	/**
	 * A loyalty card.
	 * @param programId its program
	 * @param identifier its identifier
	 * @return the card, or {@code null} when the program has no such card
	 */
	StoredCard card(long programId, String identifier) {
		return this.cards.getOrDefault(programId, Map.of()).get(identifier);
	}

	/**
	 * A new, empty ledger of a loyalty card.
	 * @param identifier the card
	 * @param program its card-based program
	 * @param now the current time
	 * @return the ledger
	 */
	LoyaltyLedger newCardLedger(String identifier, LoyaltyRule program, Instant now) {
		return LoyaltyLedger.ofCard(identifier, program, now, () -> ++this.lastLoyaltyTransactionId);
	}

	/**
	 * Whether a session is the first of its profile: always for an anonymous one.
	 * @param session the session
	 * @return whether no session of the same profile was created before it
	 */
	boolean isFirstSession(StoredSession session) {
		if (session.profileId.isEmpty()) {
			return true;
		}
		for (StoredSession other : this.sessions.values()) {
			if (other != session && other.profileId.equals(session.profileId)
					&& (session.id == 0 || other.id < session.id)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Records an event.
	 * @param type the event type
	 * @param sessionId the session, or {@code null}
	 * @param profileId the profile, empty when anonymous
	 * @param effects the effects it produced
	 * @return the event
	 */
	SimulatedEvent recordEvent(String type, String sessionId, String profileId, List<RuleEffect> effects) {
		SimulatedEvent event = new SimulatedEvent(++this.lastEventId, type, sessionId, profileId,
				effects.stream().map(RuleEffect::effectType).toList());
		this.events.addLast(event);
		if (this.events.size() > MAX_EVENTS) {
			this.events.removeFirst();
		}
		return event;
	}

	/**
	 * An event a dry request would record: id 0, not kept.
	 */
	SimulatedEvent dryEvent(String type, String sessionId, String profileId, List<RuleEffect> effects) {
		return new SimulatedEvent(0, type, sessionId, profileId,
				effects.stream().map(RuleEffect::effectType).toList());
	}

	// ---------------------------------------------------------------------------------------------------------
	// Evaluating, placing and rolling back

	/**
	 * Evaluates the rules on a session.
	 * @param session the session
	 * @param closing whether the session is being closed
	 * @param now the current time
	 * @return the evaluation
	 */
	RuleEngine.Evaluation evaluate(StoredSession session, boolean closing, Instant now) {
		JsonNode card = session.passThrough.path("loyaltyCards").path(0);
		return this.rules.evaluate(session.lines(), session.couponCodes, session.referralCode, session.profileId,
				card.isString() ? card.stringValue() : null, this, now, closing);
	}

	/**
	 * Moves a session to the state an update (v1 or v2) asks for, which it may move to: a cancellation rolls back
	 * what closing counted, any other state evaluates the rules, and closing counts the order.
	 * @param session the session
	 * @param target the state asked for
	 * @param profile the session's profile, or {@code null}
	 * @param now the current time
	 * @param evaluationTime the time the rules see (a dry request's {@code now})
	 * @param v1 whether a v1 request asks (see {@link #place})
	 * @param place whether closing counts the order (not for a dry request)
	 * @return the evaluation (none for a cancellation) and the effects (the rollbacks of a cancellation)
	 */
	Update update(StoredSession session, SessionState target, StoredProfile profile, Instant now,
			Instant evaluationTime, boolean v1, boolean place) {
		Update update;
		if (target == SessionState.CANCELLED) {
			List<RuleEffect> rollbacks = rollBack(session, now, "session cancelled");
			if (session.state == SessionState.OPEN) {
				session.validEffects = List.of();
			}
			session.discounts = Map.of();
			session.effects = List.of();
			update = new Update(RuleEngine.Evaluation.none(session.cartItemTotal()), rollbacks);
		}
		else {
			RuleEngine.Evaluation evaluation = evaluate(session, target == SessionState.CLOSED, evaluationTime);
			remember(session, evaluation);
			if (target == SessionState.CLOSED && place) {
				place(session, evaluation, profile, now, v1);
			}
			update = new Update(evaluation, evaluation.effects());
		}
		session.state = target;
		return update;
	}

	/**
	 * What an update did.
	 *
	 * @param evaluation the evaluation of the rules
	 * @param effects the effects to answer
	 */
	record Update(RuleEngine.Evaluation evaluation, List<RuleEffect> effects) {
	}

	/**
	 * Makes an evaluation the session's latest: its discounts, effects and valid effects.
	 * @param session the session
	 * @param evaluation the evaluation
	 */
	void remember(StoredSession session, RuleEngine.Evaluation evaluation) {
		session.discounts = new LinkedHashMap<>(evaluation.discounts());
		session.effects = List.copyOf(evaluation.effects());
		session.validEffects = session.effects;
	}

	/**
	 * Counts a session that closes: its sale in its profile's totals, its referral's use, its coupons' redemptions and
	 * its loyalty points.
	 * @param session the session
	 * @param evaluation the closing evaluation
	 * @param profile the session's profile, or {@code null}
	 * @param now the current time
	 * @param v1 whether a v1 request closed it: the sale is then the total the shop sent or the cart less its
	 * discounts (v1's {@code totalSales}); otherwise the session's total before discounts (today's)
	 */
	void place(StoredSession session, RuleEngine.Evaluation evaluation, StoredProfile profile, Instant now,
			boolean v1) {
		BigDecimal sale = !v1 ? session.total()
				: (session.v1Total != null) ? session.v1Total
						: evaluation.subtotal().subtract(evaluation.totalDiscount());
		if (profile != null) {
			profile.closedSessions++;
			profile.totalSales = profile.totalSales.add(sale);
		}
		StoredReferral referral = evaluation.acceptedReferral();
		if (referral != null) {
			referral.countUse(1, session.profileId);
		}
		for (RuleEngine.AcceptedCoupon coupon : evaluation.acceptedCoupons()) {
			this.couponUsage.computeIfAbsent(coupon.rule().code().toUpperCase(Locale.ROOT), (code) -> new CouponUsage())
				.count(1, session.profileId);
		}
		List<StoredSession.PlacedPoints> points = new ArrayList<>();
		for (RuleEngine.LoyaltyAward award : evaluation.loyaltyAwards()) {
			LoyaltyLedger ledger = (award.cardIdentifier() == null) ? ledgerOf(session.profileId, award.program(), now)
					: card(award.program().programId(), award.cardIdentifier()).ledger;
			ledger.add(award.transactionUUID(), award.points(), award.program().label(), session.integrationId,
					session.profileId, now, award.startDate(), award.expiryDate());
			points.add(new StoredSession.PlacedPoints(ledger, award.transactionUUID(), award.points()));
		}
		session.placement = new StoredSession.Placement(profile, sale, v1, evaluation.subtotal(),
				evaluation.totalDiscount(), referral, evaluation.acceptedCoupons(), evaluation.effects(), points);
	}

	/**
	 * Takes back what closing a session counted, when it is cancelled or reopened, and answers the rollback effects,
	 * in the order of the effects they roll
	 * back: {@code rollbackDiscount}, {@code rollbackCoupon}, {@code rollbackReferral} and
	 * {@code rollbackAddedLoyaltyPoints} (for the points not yet rolled back by returns). Free items, coupon and
	 * referral creation and the other effects Talon.One does not roll back have none.
	 * @param session the session
	 * @param now the current time
	 * @param reason why, for the ledger, such as {@code session cancelled}
	 * @return the rollback effects, empty when the session was not placed
	 */
	List<RuleEffect> rollBack(StoredSession session, Instant now, String reason) {
		StoredSession.Placement placement = session.placement;
		if (placement == null) {
			return List.of();
		}
		List<RuleEffect> rollbacks = new ArrayList<>();
		List<RuleEffect> rolledBack = new ArrayList<>();
		for (RuleEffect effect : placement.effects) {
			switch (effect.effectType()) {
				case "setDiscount" -> rollbacks.add(effect.derive("rollbackDiscount",
						RuleEffect.props("name", effect.prop("name"), "value", effect.prop("value"))));
				case "acceptCoupon" -> rollbacks.add(effect.derive("rollbackCoupon",
						RuleEffect.props("value", effect.prop("value"))));
				case "acceptReferral" -> rollbacks.add(effect.derive("rollbackReferral",
						RuleEffect.props("value", effect.prop("value"))));
				case "addLoyaltyPoints" -> {
					StoredSession.PlacedPoints points = placement.points((String) effect.prop("transactionUUID"));
					if (points != null && points.remaining().signum() > 0
							&& points.ledger.hasAddition(points.transactionUUID)) {
						rollbacks.add(rollBackPoints(session, effect, points, points.remaining(), now, reason, true));
					}
				}
				default -> {
					continue;
				}
			}
			rolledBack.add(effect);
		}
		if (placement.profile != null) {
			placement.profile.closedSessions--;
			placement.profile.totalSales = placement.profile.totalSales
				.subtract(placement.sale.subtract(placement.returnedSale));
		}
		if (placement.referral != null) {
			placement.referral.countUse(-1, session.profileId);
		}
		for (RuleEngine.AcceptedCoupon coupon : placement.coupons) {
			CouponUsage usage = this.couponUsage.get(coupon.rule().code().toUpperCase(Locale.ROOT));
			if (usage != null) {
				usage.count(-1, session.profileId);
			}
		}
		session.placement = null;
		session.validEffects = session.validEffects.stream().filter((effect) -> !rolledBack.contains(effect))
			.toList();
		return rollbacks;
	}

	/**
	 * Returns cart items of a placed session: takes back the returned items' share of the profile's sale and the
	 * loyalty points they earned (the points are recomputed on what is kept, and the difference rolled back).
	 * Session-wide discounts, coupons and referrals are not rolled back by a return.
	 * @param session the session, closed or partially returned
	 * @param items the items to return, valid for the session
	 * @param now the current time
	 * @param apply whether to change the state (not for a dry request)
	 * @return the rollback effects
	 */
	List<RuleEffect> returnItems(StoredSession session, List<SimulatedReturn.Item> items, Instant now,
			boolean apply) {
		StoredSession.Placement placement = session.placement;
		long[] returned = new long[session.cartItems.size()];
		BigDecimal returnedItemValue = BigDecimal.ZERO;
		BigDecimal returnedValue = BigDecimal.ZERO;
		for (SimulatedReturn.Item item : items) {
			ObjectNode cartItem = session.cartItems.get(item.position());
			BigDecimal quantity = BigDecimal.valueOf(item.quantity());
			returned[item.position()] += item.quantity();
			returnedItemValue = returnedItemValue.add(StoredSession.price(cartItem).multiply(quantity));
			returnedValue = returnedValue.add(StoredSession.price(cartItem)
				.add(StoredSession.itemAdditionalCosts(cartItem)).multiply(quantity));
		}
		BigDecimal keptSubtotal = session.cartItemTotal().subtract(returnedItemValue);
		List<RuleEffect> rollbacks = new ArrayList<>();
		for (RuleEffect effect : placement.effects) {
			if (!effect.effectType().equals("addLoyaltyPoints")) {
				continue;
			}
			StoredSession.PlacedPoints points = placement.points((String) effect.prop("transactionUUID"));
			if (points == null || !points.ledger.hasAddition(points.transactionUUID)) {
				continue;
			}
			BigDecimal keptValue = (placement.itemSubtotal.signum() > 0) ? keptSubtotal
				.multiply(placement.itemSubtotal.subtract(placement.discountTotal))
				.divide(placement.itemSubtotal, 10, RoundingMode.HALF_UP) : BigDecimal.ZERO;
			BigDecimal deduction = points.remaining().subtract(RuleEngine.points(points.ledger.program, keptValue));
			if (deduction.signum() > 0) {
				rollbacks.add(rollBackPoints(session, effect, points, deduction, now, "returned items", apply));
				if (apply && points.remaining().signum() == 0) {
					session.validEffects = session.validEffects.stream().filter((valid) -> valid != effect).toList();
				}
			}
		}
		if (apply) {
			for (int i = 0; i < returned.length; i++) {
				session.returnedQuantities.set(i, session.returnedQuantities.get(i) + returned[i]);
			}
			BigDecimal returnedSale = !placement.proRata ? returnedValue
					: (placement.itemSubtotal.signum() > 0) ? placement.sale.multiply(returnedItemValue)
						.divide(placement.itemSubtotal, 2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
			placement.returnedSale = placement.returnedSale.add(returnedSale);
			if (placement.profile != null) {
				placement.profile.totalSales = placement.profile.totalSales.subtract(returnedSale);
			}
			session.state = SessionState.PARTIALLY_RETURNED;
		}
		return rollbacks;
	}

	private RuleEffect rollBackPoints(StoredSession session, RuleEffect addition, StoredSession.PlacedPoints points,
			BigDecimal amount, Instant now, String reason, boolean apply) {
		String transaction = UUID.randomUUID().toString();
		if (apply) {
			points.ledger.subtract(transaction, amount, "Rollback: " + reason, session.integrationId,
					session.profileId, now, points.transactionUUID);
			points.rolledBack = points.rolledBack.add(amount);
		}
		return addition.derive("rollbackAddedLoyaltyPoints",
				RuleEffect.props("programId", addition.prop("programId"), "subLedgerId", addition.prop("subLedgerId"),
						"value", amount, "recipientIntegrationId", addition.prop("recipientIntegrationId"),
						"transactionUUID", transaction, "cardIdentifier", addition.prop("cardIdentifier")));
	}

	/**
	 * The profile's ledger of a program, created if missing.
	 */
	LoyaltyLedger ledgerOf(String profileId, LoyaltyRule program, Instant now) {
		return this.ledgers.computeIfAbsent(profileId, (id) -> new LinkedHashMap<>())
			.computeIfAbsent(program.programId(),
					(id) -> LoyaltyLedger.ofProfile(profileId, program, now, () -> ++this.lastLoyaltyTransactionId));
	}

	/**
	 * The ledgers of a profile, by program id.
	 */
	Map<Long, LoyaltyLedger> ledgers(String profileId) {
		return this.ledgers.getOrDefault(profileId, Map.of());
	}

	/**
	 * Deletes a customer's data ({@code deleteCustomerData}): the profile, its sessions (and their returns), its events
	 * and advanced events, its loyalty ledgers, its coupon reservations and redemption counts, its links to loyalty
	 * cards; the referral codes it advocates lose their attributes.
	 * @param profileId the profile, which exists
	 */
	void deleteCustomer(String profileId) {
		this.profiles.remove(profileId);
		this.sessions.values().removeIf((session) -> session.profileId.equals(profileId));
		this.events.removeIf((event) -> profileId.equals(event.profileId()));
		this.advancedEvents.values().removeIf((event) -> profileId.equals(event.profileId()));
		this.ledgers.remove(profileId);
		this.reservations.values().forEach((holders) -> holders.remove(profileId));
		this.couponUsage.values().forEach((usage) -> usage.byProfile.remove(profileId));
		this.cards.values().forEach((cards) -> cards.values().forEach((card) -> card.profiles.remove(profileId)));
		this.referrals.values().stream().filter((referral) -> profileId.equals(referral.advocateProfileIntegrationId()))
			.forEach(StoredReferral::clearAttributes);
	}

	StoredReturn recordReturn(StoredSession session, StoredProfile profile, long eventId,
			List<SimulatedReturn.Item> items, List<RuleEffect> effects, Instant now, boolean store) {
		StoredReturn stored = new StoredReturn(store ? ++this.lastReturnId : 0, now, eventId, session, profile,
				List.copyOf(items), List.copyOf(effects));
		if (store) {
			session.returns.add(stored);
		}
		return stored;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Snapshots for tests and tools

	synchronized Optional<SimulatedProfile> profile(String integrationId) {
		StoredProfile profile = this.profiles.get(integrationId);
		return (profile != null) ? Optional.of(new SimulatedProfile(profile.integrationId, toMap(profile.attributes),
				profile.closedSessions, profile.totalSales, profile.created, profile.lastActivity)) : Optional.empty();
	}

	synchronized Optional<SimulatedSession> session(String integrationId) {
		StoredSession session = this.sessions.get(integrationId);
		if (session == null) {
			return Optional.empty();
		}
		List<SimulatedCartItem> items = new ArrayList<>();
		for (int i = 0; i < session.cartItems.size(); i++) {
			ObjectNode item = session.cartItems.get(i);
			items.add(new SimulatedCartItem(item.path("sku").asString(""), item.path("name").asString(null),
					item.path("quantity").asLong(), item.has("price") ? item.get("price").decimalValue() : null,
					session.returnedQuantity(i)));
		}
		return Optional.of(new SimulatedSession(session.integrationId, session.profileId, session.state,
				List.copyOf(session.couponCodes), session.referralCode, List.copyOf(items), V1Operations.total(session),
				Map.copyOf(session.discounts), session.effects.stream().map(RuleEffect::effectType).toList(),
				session.updateCount));
	}

	synchronized List<SimulatedReturn> returns(String sessionId) {
		StoredSession session = this.sessions.get(sessionId);
		return (session != null) ? session.returns.stream().map(StoredReturn::snapshot).toList() : List.of();
	}

	synchronized Optional<SimulatedReferral> referral(String code) {
		StoredReferral referral = referralByCode(code);
		return (referral != null) ? Optional.of(referral.snapshot()) : Optional.empty();
	}

	synchronized List<SimulatedEvent> events() {
		return List.copyOf(this.events);
	}

	synchronized Optional<SimulatedAdvancedEvent> advancedEvent(String integrationId) {
		StoredAdvancedEvent event = this.advancedEvents.get(integrationId);
		return (event != null) ? Optional.of(new SimulatedAdvancedEvent(event.id(), event.integrationId(),
				event.type(), event.profileId(), event.connectedSessionId(), toMap(event.attributes()),
				event.created(), event.effects().stream().map(RuleEffect::effectType).toList())) : Optional.empty();
	}

	synchronized Optional<SimulatedLoyaltyLedger> loyaltyLedger(String profileId, long programId) {
		LoyaltyLedger ledger = ledgers(profileId).get(programId);
		return (ledger != null) ? Optional.of(ledger.snapshot(now())) : Optional.empty();
	}

	synchronized Optional<SimulatedLoyaltyCard> loyaltyCard(long programId, String identifier) {
		StoredCard card = card(programId, identifier);
		return (card != null) ? Optional.of(new SimulatedLoyaltyCard(card.identifier, programId, card.active,
				List.copyOf(card.profiles.keySet()), card.ledger.snapshot(now()))) : Optional.empty();
	}

	synchronized List<String> couponReservations(String code) {
		return List.copyOf(this.reservations.getOrDefault(code.toUpperCase(Locale.ROOT), Set.of()));
	}

	synchronized Optional<SimulatedAudience> audience(long id) {
		StoredAudience audience = this.audienceById.get(id);
		if (audience == null) {
			return Optional.empty();
		}
		List<String> members = this.profiles.values().stream().filter((profile) -> profile.audiences.contains(id))
			.map((profile) -> profile.integrationId).toList();
		return Optional.of(new SimulatedAudience(id, audience.name, audience.integrationId, members));
	}

	synchronized long couponRedemptions(String code) {
		CouponUsage usage = this.couponUsage.get(code.toUpperCase(Locale.ROOT));
		return (usage != null) ? usage.usageCounter : 0;
	}

	/**
	 * Replaces the rules; the state is kept, and sessions are evaluated with the new rules from their next update.
	 * @param rules the new rules
	 */
	synchronized void rules(PromotionRules rules) {
		this.rules = new RuleEngine(rules);
	}

	/**
	 * How many times the state was reset.
	 * @return the generation, which a request compares before it acts
	 */
	synchronized long generation() {
		return this.generation;
	}

	/**
	 * Waits for an injected latency, unless the state is reset meanwhile.
	 * @param latency how long to wait
	 * @param generation the {@link #generation()} when the request arrived
	 * @return {@code true} when the latency is over, {@code false} when the state was reset meanwhile
	 * @throws InterruptedException when the simulator is closed meanwhile
	 */
	synchronized boolean awaitUnlessReset(Duration latency, long generation) throws InterruptedException {
		long deadline = System.nanoTime() + latency.toNanos();
		long remaining = latency.toNanos();
		while (this.generation == generation && remaining > 0) {
			TimeUnit.NANOSECONDS.timedWait(this, remaining);
			remaining = deadline - System.nanoTime();
		}
		return this.generation == generation;
	}

	/**
	 * Creates a profile if missing and merges attributes into it, like a profile update that runs no rules: for tests
	 * that arrange a customer before the shop sees them.
	 * @param integrationId the profile's id, not empty
	 * @param attributes the attributes to merge ({@code null} values remove one)
	 */
	synchronized void updateProfile(String integrationId, Map<String, ?> attributes) {
		StoredProfile profile = ensureProfile(integrationId, now());
		merge(profile.attributes, this.json.valueToTree(attributes));
	}

	/**
	 * Adds points to a profile's ledger of a profile-based program, joining the profile (created if missing) to the
	 * program: points earned before the test, like Talon.One's manual addition in the Campaign Manager. They are
	 * active at once, and expire after the program's validity if it has one.
	 * @param profileId the profile's id, not empty
	 * @param programId the program of a {@link LoyaltyRule}, profile-based
	 * @param points the points, positive
	 * @param name the reason the transaction shows
	 */
	synchronized void addLoyaltyPoints(String profileId, long programId, BigDecimal points, String name) {
		LoyaltyRule program = this.rules.rules().loyaltyProgram(programId);
		if (program == null) {
			throw new IllegalArgumentException("programId " + programId + " is no loyalty program of the rules "
					+ "(the programs are " + this.rules.rules().loyaltyPrograms().stream()
						.map(LoyaltyRule::programId).toList() + ")");
		}
		if (program.cardBased()) {
			throw new IllegalArgumentException("loyalty program " + programId + " is card-based: its points go to "
					+ "loyalty cards, not to profiles");
		}
		Instant now = now();
		ensureProfile(profileId, now);
		ledgerOf(profileId, program, now).add(UUID.randomUUID().toString(), points, name, "", profileId, now, null,
				program.validFor().isZero() ? null : now.plus(program.validFor()));
	}

	/**
	 * Reserves a coupon code of the rules for profiles (created if missing), like {@code createCouponReservation}.
	 * @param code the code of a {@link CouponRule} (any case)
	 * @param profileIds the profiles' ids, none empty
	 */
	synchronized void reserveCoupon(String code, List<String> profileIds) {
		CouponRule coupon = this.rules.couponRule(code);
		if (coupon == null) {
			throw new IllegalArgumentException("coupon " + code + " is no coupon code of the rules");
		}
		Set<String> holders = this.reservations.computeIfAbsent(coupon.code().toUpperCase(Locale.ROOT),
				(key) -> new LinkedHashSet<>());
		for (String profileId : profileIds) {
			ensureProfile(profileId, now());
			holders.add(profileId);
		}
	}

	/**
	 * Forgets everything and restores the configuration's rules; requests in progress end without effect (see
	 * {@link #generation()}).
	 */
	synchronized void reset() {
		this.generation++;
		notifyAll();
		this.rules = new RuleEngine(this.config.rules());
		this.profiles.clear();
		this.sessions.clear();
		this.referrals.clear();
		this.events.clear();
		this.advancedEvents.clear();
		this.ledgers.clear();
		this.couponUsage.clear();
		this.idempotency.clear();
		this.reservations.clear();
		this.cards.clear();
		this.audienceById.clear();
		this.catalogById.clear();
		this.priceHistory.clear();
	}

	// ---------------------------------------------------------------------------------------------------------

	static void merge(ObjectNode target, JsonNode changes) {
		for (Map.Entry<String, JsonNode> change : changes.properties()) {
			if (change.getValue().isNull()) {
				target.remove(change.getKey());
			}
			else {
				target.set(change.getKey(), change.getValue().deepCopy());
			}
		}
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> toMap(ObjectNode attributes) {
		return this.json.treeToValue(attributes, Map.class);
	}

	/**
	 * The redemptions of one coupon code by closed sessions.
	 */
	static final class CouponUsage {

		long usageCounter;

		final Map<String, Long> byProfile = new HashMap<>();

		void count(int delta, String profileId) {
			this.usageCounter = Math.max(0, this.usageCounter + delta);
			if (!profileId.isEmpty()) {
				this.byProfile.merge(profileId, (long) delta, (a, b) -> Math.max(0, a + b));
			}
		}

		long byProfile(String profileId) {
			return this.byProfile.getOrDefault(profileId, 0L);
		}

	}

}
