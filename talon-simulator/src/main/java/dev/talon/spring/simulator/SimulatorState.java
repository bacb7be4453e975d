package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the simulator remembers, and the five operations on it. Every method is synchronized: the simulator
 * is for development and tests, where one lock is plenty and keeps each operation atomic. The bodies given to the
 * operations have been validated against their {@link RequestSchema}.
 */
final class SimulatorState {

	/** The most events kept; older ones are forgotten. */
	static final int MAX_EVENTS = 10_000;

	private static final String REFERRAL_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final TalonSimulatorConfig config;

	private final JsonMapper json;

	private final RuleEngine rules;

	private final Map<String, Profile> profiles = new LinkedHashMap<>();

	private final Map<String, Session> sessions = new LinkedHashMap<>();

	private final Map<String, StoredReferral> referrals = new LinkedHashMap<>();

	private final Deque<SimulatedEvent> events = new ArrayDeque<>();

	private long lastEventId;

	private long lastReferralId;

	private long lastSessionNumber;

	SimulatorState(TalonSimulatorConfig config, JsonMapper json) {
		this.config = config;
		this.json = json;
		this.rules = new RuleEngine(config.rules());
	}

	// ---------------------------------------------------------------------------------------------------------
	// The five operations

	/**
	 * {@code PUT /v1/customer_sessions/{id}}: creates or updates a session, evaluates the rules, and applies a state
	 * change to the profile's totals and the referral's usage.
	 */
	synchronized ObjectNode updateCustomerSession(String id, JsonNode body, Instant now) {
		Session session = this.sessions.get(id);
		SessionState current = (session != null) ? session.state : SessionState.OPEN;
		SessionState target = body.has("state") ? SessionState.fromValue(body.get("state").stringValue())
				: SessionState.OPEN;
		if (!current.canMoveTo(target)) {
			throw SimulatorApiException.badRequest(
					"Cannot move session to state \"" + target.value() + "\" from state \"" + current.value() + "\"",
					new Violation("/state", "invalid state transition",
							"session " + id + " is " + current.value() + "; valid transitions are open -> closed, "
									+ "open -> cancelled and closed -> cancelled"));
		}
		if (session == null) {
			session = newSession(id, now);
			this.sessions.put(id, session);
		}
		if (body.has("profileId")) {
			session.profileId = body.get("profileId").stringValue();
		}
		if (body.has("coupon")) {
			session.coupon = body.get("coupon").stringValue();
		}
		if (body.has("referral")) {
			session.referral = body.get("referral").stringValue();
		}
		if (body.has("cartItems")) {
			session.cartItems = (ArrayNode) body.get("cartItems").deepCopy();
		}
		if (body.has("total")) {
			session.total = body.get("total").decimalValue();
		}
		if (body.has("attributes")) {
			merge(session.attributes, body.get("attributes"));
		}
		Profile profile = profileOf(session.profileId, now);
		RuleEngine.Evaluation evaluation = evaluate(session, target, now);
		if (current == SessionState.OPEN && target == SessionState.CLOSED) {
			close(session, profile, evaluation);
		}
		else if (current == SessionState.CLOSED && target == SessionState.CANCELLED) {
			uncountSale(session);
		}
		session.state = target;
		SimulatedEvent event = recordEvent("talon_session_updated", id, session.profileId, evaluation);
		return integrationState(session, profile, eventJson(event, this.json.createObjectNode(), evaluation, now));
	}

	/**
	 * {@code POST /v1/events}: records a custom event in a session (created if missing, and then belonging to the
	 * event's profile) and evaluates the rules of that session.
	 */
	synchronized ObjectNode trackEvent(JsonNode body, Instant now) {
		String type = body.get("type").stringValue();
		if (type.startsWith("talon_")) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation("/type",
					"must not be a reserved event name", "event types starting with talon_ are Talon.One's own"));
		}
		String sessionId = body.get("sessionId").stringValue();
		String profileId = body.has("profileId") ? body.get("profileId").stringValue() : "";
		Session session = this.sessions.get(sessionId);
		if (session == null) {
			session = newSession(sessionId, now);
			session.profileId = profileId;
			this.sessions.put(sessionId, session);
		}
		else if (!session.profileId.equals(profileId)) {
			throw SimulatorApiException.badRequest(
					"Session " + sessionId + " belongs to another customer profile",
					new Violation("/profileId", "does not match the session's profile",
							"an event must have the profileId of its session"));
		}
		Profile profile = profileOf(profileId, now);
		RuleEngine.Evaluation evaluation = evaluate(session, session.state, now);
		SimulatedEvent event = recordEvent(type, sessionId, profileId, evaluation);
		return integrationState(session, profile,
				eventJson(event, (ObjectNode) body.get("attributes").deepCopy(), evaluation, now));
	}

	/**
	 * {@code PUT /v1/customer_profiles/{id}}: creates a profile or merges attributes into it (a {@code null}
	 * attribute removes it).
	 */
	synchronized ObjectNode updateCustomerProfile(String id, JsonNode body, Instant now) {
		Profile profile = profileOf(id, now);
		if (body.has("attributes")) {
			merge(profile.attributes, body.get("attributes"));
		}
		RuleEngine.Evaluation evaluation = RuleEngine.Evaluation.none(BigDecimal.ZERO);
		SimulatedEvent event = recordEvent("talon_profile_updated", null, id, evaluation);
		return integrationState(null, profile, eventJson(event, this.json.createObjectNode(), evaluation, now));
	}

	/**
	 * {@code POST /v1/referrals}: creates a unique referral code of a referral campaign for an advocate (whose profile
	 * is created if missing).
	 */
	synchronized ObjectNode createReferral(JsonNode body, Instant now) {
		long campaignId = body.get("campaignId").asLong();
		ReferralRule campaign = this.config.rules().referralCampaign(campaignId);
		if (campaign == null) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation("/campaignId",
					"is not a referral campaign", "campaign " + campaignId + " has no referral rule"));
		}
		String advocate = body.get("advocateProfileIntegrationId").stringValue();
		if (advocate.isEmpty()) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation("/advocateProfileIntegrationId",
					"must not be empty", "a referral code needs an advocate"));
		}
		String friend = body.has("friendProfileIntegrationId")
				? body.get("friendProfileIntegrationId").stringValue() : null;
		Instant startDate = body.has("startDate") ? OffsetDateTime.parse(body.get("startDate").stringValue()).toInstant()
				: null;
		Instant expiryDate = body.has("expiryDate")
				? OffsetDateTime.parse(body.get("expiryDate").stringValue()).toInstant() : null;
		if (startDate != null && expiryDate != null && !expiryDate.isAfter(startDate)) {
			throw SimulatorApiException.badRequest("Invalid request",
					new Violation("/expiryDate", "must be after startDate", "the code would never be valid"));
		}
		profileOf(advocate, now);
		StoredReferral referral = new StoredReferral(++this.lastReferralId, now, newReferralCode(), campaignId,
				advocate, friend, startDate, expiryDate, campaign.usageLimit());
		this.referrals.put(referral.code(), referral);
		ObjectNode answer = this.json.createObjectNode();
		answer.put("id", referral.id());
		answer.put("created", referral.created().toString());
		answer.put("campaignId", campaignId);
		answer.put("advocateProfileIntegrationId", advocate);
		if (friend != null) {
			answer.put("friendProfileIntegrationId", friend);
		}
		if (startDate != null) {
			answer.put("startDate", startDate.toString());
		}
		if (expiryDate != null) {
			answer.put("expiryDate", expiryDate.toString());
		}
		answer.put("code", referral.code());
		answer.put("usageCounter", referral.usageCounter());
		answer.put("usageLimit", referral.usageLimit());
		return answer;
	}

	/**
	 * {@code POST /v1/customer_profiles_search}: the profiles whose attributes include all the given ones with equal
	 * values (numbers compare by value, so {@code 1} equals {@code 1.0}).
	 */
	synchronized ObjectNode searchProfiles(JsonNode body) {
		JsonNode wanted = body.get("attributes");
		ArrayNode data = this.json.createArrayNode();
		for (Profile profile : this.profiles.values()) {
			boolean matches = true;
			for (Map.Entry<String, JsonNode> attribute : wanted.properties()) {
				if (!sameValue(profile.attributes.get(attribute.getKey()), attribute.getValue())) {
					matches = false;
					break;
				}
			}
			if (matches) {
				data.add(profileJson(profile));
			}
		}
		ObjectNode answer = this.json.createObjectNode();
		answer.put("totalResultSize", data.size());
		answer.set("data", data);
		return answer;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Snapshots for tests and tools

	synchronized Optional<SimulatedProfile> profile(String integrationId) {
		Profile profile = this.profiles.get(integrationId);
		return (profile != null) ? Optional.of(new SimulatedProfile(profile.integrationId, toMap(profile.attributes),
				profile.closedSessions, profile.totalSales, profile.created, profile.lastActivity)) : Optional.empty();
	}

	synchronized Optional<SimulatedSession> session(String integrationId) {
		Session session = this.sessions.get(integrationId);
		if (session == null) {
			return Optional.empty();
		}
		List<SimulatedCartItem> items = new ArrayList<>();
		for (JsonNode item : session.cartItems) {
			items.add(new SimulatedCartItem(item.get("sku").stringValue(), item.get("name").stringValue(),
					item.get("quantity").asLong(), item.get("price").decimalValue()));
		}
		return Optional.of(new SimulatedSession(session.integrationId, session.profileId, session.state,
				session.coupon, session.referral, List.copyOf(items), total(session),
				Map.copyOf(session.discounts), List.copyOf(session.effects)));
	}

	synchronized Optional<SimulatedReferral> referral(String code) {
		StoredReferral referral = this.referrals.get(code.toUpperCase(Locale.ROOT));
		return (referral != null) ? Optional.of(referral.snapshot()) : Optional.empty();
	}

	synchronized List<SimulatedEvent> events() {
		return List.copyOf(this.events);
	}

	synchronized void reset() {
		this.profiles.clear();
		this.sessions.clear();
		this.referrals.clear();
		this.events.clear();
	}

	// ---------------------------------------------------------------------------------------------------------

	private RuleEngine.Evaluation evaluate(Session session, SessionState state, Instant now) {
		RuleEngine.Evaluation evaluation = (state == SessionState.CANCELLED)
				? RuleEngine.Evaluation.none(RuleEngine.subtotal(session.cartItems))
				: this.rules.evaluate(session.cartItems, session.coupon, session.referral, session.profileId,
						(code) -> this.referrals.get(code.toUpperCase(Locale.ROOT)), now);
		session.discounts = new LinkedHashMap<>(evaluation.discounts());
		session.effects = evaluation.effects().stream().map(RuleEngine.SimulatorEffect::name).toList();
		return evaluation;
	}

	/** Counts a closed session: the profile's purchases and the referral's use. */
	private void close(Session session, Profile profile, RuleEngine.Evaluation evaluation) {
		BigDecimal sale = (session.total != null) ? session.total
				: evaluation.subtotal().subtract(evaluation.totalDiscount());
		if (profile != null) {
			profile.closedSessions++;
			profile.totalSales = profile.totalSales.add(sale);
			session.countedProfile = profile;
			session.countedSale = sale;
		}
		if (evaluation.acceptedReferral() != null) {
			evaluation.acceptedReferral().countUse(1);
			session.countedReferral = evaluation.acceptedReferral();
		}
	}

	/** Takes a cancelled order back out of the profile's totals and the referral's uses. */
	private void uncountSale(Session session) {
		if (session.countedProfile != null) {
			session.countedProfile.closedSessions--;
			session.countedProfile.totalSales = session.countedProfile.totalSales.subtract(session.countedSale);
		}
		if (session.countedReferral != null) {
			session.countedReferral.countUse(-1);
		}
		session.countedProfile = null;
		session.countedSale = null;
		session.countedReferral = null;
	}

	private Session newSession(String id, Instant now) {
		return new Session(id, ++this.lastSessionNumber, now, this.json.createObjectNode(),
				this.json.createArrayNode());
	}

	private Profile profileOf(String integrationId, Instant now) {
		if (integrationId == null || integrationId.isEmpty()) {
			return null;
		}
		Profile profile = this.profiles.computeIfAbsent(integrationId,
				(id) -> new Profile(id, now, this.json.createObjectNode()));
		profile.lastActivity = now;
		return profile;
	}

	private String newReferralCode() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			StringBuilder code = new StringBuilder(8);
			for (int i = 0; i < 8; i++) {
				code.append(REFERRAL_CODE_ALPHABET.charAt(random.nextInt(REFERRAL_CODE_ALPHABET.length())));
			}
			if (!this.referrals.containsKey(code.toString())) {
				return code.toString();
			}
		}
	}

	private SimulatedEvent recordEvent(String type, String sessionId, String profileId,
			RuleEngine.Evaluation evaluation) {
		SimulatedEvent event = new SimulatedEvent(++this.lastEventId, type, sessionId, profileId,
				evaluation.effects().stream().map(RuleEngine.SimulatorEffect::name).toList());
		this.events.addLast(event);
		if (this.events.size() > MAX_EVENTS) {
			this.events.removeFirst();
		}
		return event;
	}

	private ObjectNode integrationState(Session session, Profile profile, ObjectNode event) {
		ObjectNode state = this.json.createObjectNode();
		if (session != null) {
			state.set("session", sessionJson(session));
		}
		if (profile != null) {
			state.set("profile", profileJson(profile));
		}
		state.set("event", event);
		return state;
	}

	private ObjectNode sessionJson(Session session) {
		ObjectNode node = this.json.createObjectNode();
		node.put("integrationId", session.integrationId);
		node.put("created", session.created.toString());
		node.put("applicationId", this.config.applicationId());
		node.put("profileId", session.profileId);
		node.put("coupon", session.coupon);
		node.put("referral", session.referral);
		node.put("state", session.state.value());
		node.set("cartItems", session.cartItems.deepCopy());
		node.put("total", total(session));
		node.set("attributes", session.attributes.deepCopy());
		node.put("firstSession", isFirstSession(session));
		ObjectNode discounts = node.putObject("discounts");
		session.discounts.forEach(discounts::put);
		return node;
	}

	private ObjectNode profileJson(Profile profile) {
		ObjectNode node = this.json.createObjectNode();
		node.put("integrationId", profile.integrationId);
		node.put("created", profile.created.toString());
		node.set("attributes", profile.attributes.deepCopy());
		node.put("accountId", this.config.accountId());
		node.put("closedSessions", profile.closedSessions);
		node.put("totalSales", profile.totalSales);
		node.putArray("loyaltyMemberships");
		node.put("lastActivity", profile.lastActivity.toString());
		return node;
	}

	private ObjectNode eventJson(SimulatedEvent event, ObjectNode attributes, RuleEngine.Evaluation evaluation,
			Instant now) {
		ObjectNode node = this.json.createObjectNode();
		node.put("id", event.id());
		node.put("created", now.toString());
		node.put("applicationId", this.config.applicationId());
		node.put("profileId", event.profileId());
		if (event.sessionId() != null) {
			node.put("sessionId", event.sessionId());
		}
		node.put("type", event.type());
		node.set("attributes", attributes);
		ArrayNode effects = node.putArray("effects");
		for (RuleEngine.SimulatorEffect effect : evaluation.effects()) {
			ArrayNode raw = effects.addArray();
			raw.add(effect.campaignId());
			raw.add(effect.campaignId());
			raw.add(0);
			ArrayNode call = raw.addArray();
			call.add(effect.name());
			for (Object argument : effect.arguments()) {
				if (argument instanceof BigDecimal decimal) {
					call.add(decimal);
				}
				else {
					call.add(String.valueOf(argument));
				}
			}
		}
		node.putArray("ledgerEntries");
		return node;
	}

	private boolean isFirstSession(Session session) {
		if (session.profileId.isEmpty()) {
			return true;
		}
		for (Session other : this.sessions.values()) {
			if (other.number < session.number && other.profileId.equals(session.profileId)) {
				return false;
			}
		}
		return true;
	}

	private static BigDecimal total(Session session) {
		return (session.total != null) ? session.total : RuleEngine.subtotal(session.cartItems);
	}

	private static void merge(ObjectNode target, JsonNode changes) {
		for (Map.Entry<String, JsonNode> change : changes.properties()) {
			if (change.getValue().isNull()) {
				target.remove(change.getKey());
			}
			else {
				target.set(change.getKey(), change.getValue().deepCopy());
			}
		}
	}

	private static boolean sameValue(JsonNode actual, JsonNode wanted) {
		if (actual == null) {
			return false;
		}
		if (actual.isNumber() && wanted.isNumber()) {
			return actual.decimalValue().compareTo(wanted.decimalValue()) == 0;
		}
		if (actual.isObject() && wanted.isObject()) {
			if (actual.size() != wanted.size()) {
				return false;
			}
			for (Map.Entry<String, JsonNode> property : wanted.properties()) {
				if (!sameValue(actual.get(property.getKey()), property.getValue())) {
					return false;
				}
			}
			return true;
		}
		if (actual.isArray() && wanted.isArray()) {
			if (actual.size() != wanted.size()) {
				return false;
			}
			for (int i = 0; i < actual.size(); i++) {
				if (!sameValue(actual.get(i), wanted.get(i))) {
					return false;
				}
			}
			return true;
		}
		return actual.equals(wanted);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> toMap(ObjectNode attributes) {
		return this.json.treeToValue(attributes, Map.class);
	}

	/** A customer profile. */
	private static final class Profile {

		private final String integrationId;

		private final Instant created;

		private final ObjectNode attributes;

		private long closedSessions;

		private BigDecimal totalSales = BigDecimal.ZERO;

		private Instant lastActivity;

		Profile(String integrationId, Instant created, ObjectNode attributes) {
			this.integrationId = integrationId;
			this.created = created;
			this.attributes = attributes;
			this.lastActivity = created;
		}

	}

	/** A customer session. */
	private static final class Session {

		private final String integrationId;

		/** The order of creation, for {@code firstSession}. */
		private final long number;

		private final Instant created;

		private final ObjectNode attributes;

		private String profileId = "";

		private String coupon = "";

		private String referral = "";

		private SessionState state = SessionState.OPEN;

		private ArrayNode cartItems;

		/** The total the shop sent, {@code null} when it sent none. */
		private BigDecimal total;

		private Map<String, BigDecimal> discounts = new LinkedHashMap<>();

		private List<String> effects = List.of();

		/** What closing the session added to a profile's totals, so that cancelling it can take it back. */
		private Profile countedProfile;

		private BigDecimal countedSale;

		private StoredReferral countedReferral;

		Session(String integrationId, long number, Instant created, ObjectNode attributes, ArrayNode cartItems) {
			this.integrationId = integrationId;
			this.number = number;
			this.created = created;
			this.attributes = attributes;
			this.cartItems = cartItems;
		}

	}

}
