package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The five operations of the 2017 Integration API v1 on the {@link SimulatorState}, with v1's answers
 * ({@code IntegrationState} with positional effects). {@code POST /v1/referrals} is still current: it takes today's
 * {@code NewReferral} ({@code usageLimit}, {@code attributes}). The bodies given to the operations have been validated
 * against their {@link RequestSchema}.
 */
final class V1Operations {

	/** The title of the error of a state change a session cannot make. */
	static final String TRANSITION = "invalid state transition";

	private static final List<String> REFERRAL_CODE_ALPHABET = List.of("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".split(""));

	private static final List<String> DEFAULT_PATTERN_CHARACTERS = List
		.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split(""));

	private final SimulatorState state;

	V1Operations(SimulatorState state) {
		this.state = state;
	}

	/**
	 * {@code PUT /v1/customer_sessions/{id}}: creates or updates a session, evaluates the rules, and applies a state
	 * change to the profile's totals, the referral's and coupons' use and the loyalty points.
	 */
	ObjectNode updateCustomerSession(String id, JsonNode body, Instant now) {
		synchronized (this.state) {
			StoredSession session = this.state.sessions.get(id);
			SessionState current = (session != null) ? session.state : SessionState.OPEN;
			SessionState target = body.has("state") ? SessionState.fromValue(body.get("state").stringValue())
					: SessionState.OPEN;
			if (!current.canMoveTo(target)) {
				throw transitionRefused(id, current, target);
			}
			if (session == null) {
				session = this.state.newSession(id, now, true);
			}
			if (current == SessionState.OPEN) {
				apply(session, body);
			}
			session.updateCount++;
			session.updated = now;
			StoredProfile profile = this.state.profileOf(session.profileId, now);
			SimulatorState.Update update = this.state.update(session, target, profile, now, now, true, true);
			SimulatedEvent event = this.state.recordEvent("talon_session_updated", id, session.profileId,
					update.effects());
			return integrationState(session, profile,
					eventJson(event, this.state.json.createObjectNode(), update.evaluation().v1Effects(), now));
		}
	}

	private static void apply(StoredSession session, JsonNode body) {
		if (body.has("profileId")) {
			session.profileId = body.get("profileId").stringValue();
		}
		if (body.has("coupon")) {
			String coupon = body.get("coupon").stringValue();
			session.couponCodes = coupon.isEmpty() ? List.of() : List.of(coupon);
		}
		if (body.has("referral")) {
			session.referralCode = body.get("referral").stringValue();
		}
		if (body.has("cartItems")) {
			List<ObjectNode> items = new ArrayList<>();
			for (JsonNode item : body.get("cartItems")) {
				items.add((ObjectNode) item.deepCopy());
			}
			session.replaceCart(items);
		}
		if (body.has("total")) {
			session.v1Total = body.get("total").decimalValue();
		}
		if (body.has("attributes")) {
			SimulatorState.merge(session.attributes, body.get("attributes"));
		}
	}

	/**
	 * The 400 Talon.One answers to a state change a session cannot make, pointing at v1's {@code /state}.
	 * @param id the session
	 * @param current its state
	 * @param target the requested state
	 * @return the exception to throw
	 */
	static SimulatorApiException transitionRefused(String id, SessionState current, SessionState target) {
		return transitionRefused(current, target, new Violation("/state", TRANSITION, transitionDetails(id, current)));
	}

	/**
	 * The 400 Talon.One answers to a state change a session cannot make:
	 * {@code Cannot move session to state "<target>" from state "<current>"}.
	 * @param current the session's state
	 * @param target the requested state
	 * @param violation the problem, pointing at the state in the body or at the session's path parameter
	 * @return the exception to throw
	 */
	static SimulatorApiException transitionRefused(SessionState current, SessionState target, Violation violation) {
		return SimulatorApiException.badRequest(
				"Cannot move session to state \"" + target.value() + "\" from state \"" + current.value() + "\"",
				violation);
	}

	/**
	 * What the error of a refused state change details.
	 * @param id the session
	 * @param current its state
	 * @return the details
	 */
	static String transitionDetails(String id, SessionState current) {
		return "session " + id + " is " + current.value() + "; valid transitions are open -> closed, "
				+ "open -> cancelled, closed -> cancelled and partially_returned -> cancelled (closed -> open only by "
				+ "reopening, closed -> partially_returned only by a return)";
	}

	/**
	 * {@code POST /v1/events}: records a custom event in a session (created if missing, and then belonging to the
	 * event's profile) and evaluates the rules of that session.
	 */
	ObjectNode trackEvent(JsonNode body, Instant now) {
		synchronized (this.state) {
			String type = body.get("type").stringValue();
			checkCustomEventType(type, "/type");
			String sessionId = body.get("sessionId").stringValue();
			String profileId = body.has("profileId") ? body.get("profileId").stringValue() : "";
			StoredSession session = this.state.sessions.get(sessionId);
			if (session == null) {
				session = this.state.newSession(sessionId, now, true);
				session.profileId = profileId;
			}
			else if (!session.profileId.equals(profileId)) {
				throw SimulatorApiException.badRequest("Session " + sessionId + " belongs to another customer profile",
						new Violation("/profileId", "does not match the session's profile",
								"an event must have the profileId of its session"));
			}
			StoredProfile profile = this.state.profileOf(profileId, now);
			RuleEngine.Evaluation evaluation = (session.state == SessionState.CANCELLED)
					? RuleEngine.Evaluation.none(session.cartItemTotal()) : this.state.evaluate(session, false, now);
			if (session.state == SessionState.OPEN) {
				this.state.remember(session, evaluation);
			}
			SimulatedEvent event = this.state.recordEvent(type, sessionId, profileId, evaluation.effects());
			return integrationState(session, profile,
					eventJson(event, (ObjectNode) body.get("attributes").deepCopy(), evaluation.v1Effects(), now));
		}
	}

	/**
	 * Refuses Talon.One's own event types, which start with {@code talon_}.
	 * @param type the event type
	 * @param pointer where it is in the body
	 */
	static void checkCustomEventType(String type, String pointer) {
		if (type.startsWith("talon_")) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation(pointer,
					"must not be a reserved event name", "event types starting with talon_ are Talon.One's own"));
		}
	}

	/**
	 * {@code PUT /v1/customer_profiles/{id}}: creates a profile or merges attributes into it (a {@code null}
	 * attribute removes it).
	 */
	ObjectNode updateCustomerProfile(String id, JsonNode body, Instant now) {
		synchronized (this.state) {
			StoredProfile profile = this.state.profileOf(id, now);
			if (body.has("attributes")) {
				SimulatorState.merge(profile.attributes, body.get("attributes"));
			}
			SimulatedEvent event = this.state.recordEvent("talon_profile_updated", null, id, List.of());
			return integrationState(null, profile,
					eventJson(event, this.state.json.createObjectNode(), List.of(), now));
		}
	}

	/**
	 * {@code POST /v1/referrals}: creates a unique referral code of a referral campaign for an advocate (whose profile
	 * is created if missing). Today's {@code NewReferral}: {@code usageLimit} overrides the campaign's limit for this
	 * code, {@code attributes} are kept and answered.
	 */
	ObjectNode createReferral(JsonNode body, Instant now) {
		synchronized (this.state) {
			ReferralRule campaign = referralCampaign(body);
			String advocate = body.get("advocateProfileIntegrationId").stringValue();
			if (advocate.isEmpty()) {
				throw SimulatorApiException.badRequest("Invalid request", new Violation("/advocateProfileIntegrationId",
						"must not be empty", "a referral code needs an advocate"));
			}
			return referralJson(addReferral(campaign, body, advocate, newReferralCode(null, null, new HashSet<>()), now));
		}
	}

	/**
	 * The referral campaign of a {@code NewReferral} or {@code NewReferralsForMultipleAdvocates}, whose dates are
	 * checked too.
	 * @param body the request
	 * @return the campaign's rule
	 * @throws SimulatorApiException (400) when the campaign has no referral rule or the code would never be valid
	 */
	ReferralRule referralCampaign(JsonNode body) {
		long campaignId = body.get("campaignId").asLong();
		ReferralRule campaign = this.state.rules.rules().referralCampaign(campaignId);
		if (campaign == null) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation("/campaignId",
					"is not a referral campaign", "campaign " + campaignId + " has no referral rule"));
		}
		Instant startDate = instant(body, "startDate");
		Instant expiryDate = instant(body, "expiryDate");
		if (startDate != null && expiryDate != null && !expiryDate.isAfter(startDate)) {
			throw SimulatorApiException.badRequest("Invalid request",
					new Violation("/expiryDate", "must be after startDate", "the code would never be valid"));
		}
		return campaign;
	}

	/**
	 * Creates and keeps a referral code for an advocate (whose profile is created if missing) with the dates,
	 * {@code usageLimit} (the campaign's by default), friend and attributes of a checked request.
	 * @param campaign the referral campaign
	 * @param body the request
	 * @param advocate the advocate's profile
	 * @param code the new, unique code
	 * @param now the current time
	 * @return the referral
	 */
	StoredReferral addReferral(ReferralRule campaign, JsonNode body, String advocate, String code, Instant now) {
		String friend = body.has("friendProfileIntegrationId")
				? body.get("friendProfileIntegrationId").stringValue() : null;
		long usageLimit = body.has("usageLimit") ? body.get("usageLimit").asLong() : campaign.usageLimit();
		ObjectNode attributes = body.has("attributes") ? (ObjectNode) body.get("attributes").deepCopy() : null;
		this.state.profileOf(advocate, now);
		StoredReferral referral = new StoredReferral(this.state.nextReferralId(), now, code, campaign.campaignId(),
				advocate, friend, instant(body, "startDate"), instant(body, "expiryDate"), usageLimit, attributes);
		this.state.referrals.put(referral.code().toUpperCase(Locale.ROOT), referral);
		return referral;
	}

	private static Instant instant(JsonNode body, String field) {
		return body.has(field) ? OffsetDateTime.parse(body.get(field).stringValue()).toInstant() : null;
	}

	/**
	 * A referral as {@code Referral} (2017 and today's); {@code attributes} only when the referral has some, as the
	 * 2017 definition has none.
	 */
	ObjectNode referralJson(StoredReferral referral) {
		ObjectNode answer = this.state.json.createObjectNode();
		answer.put("id", referral.id());
		answer.put("created", referral.created().toString());
		answer.put("campaignId", referral.campaignId());
		answer.put("advocateProfileIntegrationId", referral.advocateProfileIntegrationId());
		if (referral.friendProfileIntegrationId() != null) {
			answer.put("friendProfileIntegrationId", referral.friendProfileIntegrationId());
		}
		if (referral.startDate() != null) {
			answer.put("startDate", referral.startDate().toString());
		}
		if (referral.expiryDate() != null) {
			answer.put("expiryDate", referral.expiryDate().toString());
		}
		if (referral.attributes() != null) {
			answer.set("attributes", referral.attributes().deepCopy());
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
	ObjectNode searchProfiles(JsonNode body) {
		synchronized (this.state) {
			JsonNode wanted = body.get("attributes");
			ArrayNode data = this.state.json.createArrayNode();
			for (StoredProfile profile : this.state.profiles.values()) {
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
			ObjectNode answer = this.state.json.createObjectNode();
			answer.put("totalResultSize", data.size());
			answer.set("data", data);
			return answer;
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	/**
	 * A referral code no referral has: eight characters of an unambiguous alphabet, or a pattern whose {@code #}s are
	 * replaced by random characters ({@code referralPattern} and {@code validCharacters} of
	 * {@code NewReferralsForMultipleAdvocates}; {@code A}-{@code Z} and {@code 0}-{@code 9} by default).
	 * @param pattern the pattern, or {@code null}
	 * @param characters the characters, or {@code null}
	 * @param taken codes (upper case) given out already by the same request; the new one is added
	 * @return the code
	 * @throws SimulatorApiException (400) when the pattern cannot give a new code
	 */
	String newReferralCode(String pattern, List<String> characters, Set<String> taken) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String template = (pattern != null) ? pattern : "########";
		List<String> alphabet = (characters != null && !characters.isEmpty()) ? characters
				: (pattern != null) ? DEFAULT_PATTERN_CHARACTERS : REFERRAL_CODE_ALPHABET;
		for (int attempt = 0; attempt < 1000; attempt++) {
			StringBuilder code = new StringBuilder(template.length());
			for (int i = 0; i < template.length(); i++) {
				char c = template.charAt(i);
				code.append((c == '#') ? alphabet.get(random.nextInt(alphabet.size())) : String.valueOf(c));
			}
			String key = code.toString().toUpperCase(Locale.ROOT);
			if (!this.state.referrals.containsKey(key) && taken.add(key)) {
				return code.toString();
			}
		}
		throw SimulatorApiException.badRequest("Invalid request", new Violation("/referralPattern",
				"gives no new code", "every code the pattern " + template + " gives exists already"));
	}

	private ObjectNode integrationState(StoredSession session, StoredProfile profile, ObjectNode event) {
		ObjectNode answer = this.state.json.createObjectNode();
		if (session != null) {
			answer.set("session", sessionJson(session));
		}
		if (profile != null) {
			answer.set("profile", profileJson(profile));
		}
		answer.set("event", event);
		return answer;
	}

	private ObjectNode sessionJson(StoredSession session) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("integrationId", session.integrationId);
		node.put("created", session.created.toString());
		node.put("applicationId", this.state.config.applicationId());
		node.put("profileId", session.profileId);
		node.put("coupon", session.couponCodes.isEmpty() ? "" : session.couponCodes.get(0));
		node.put("referral", session.referralCode);
		node.put("state", session.state.value());
		ArrayNode items = node.putArray("cartItems");
		for (ObjectNode item : session.cartItems) {
			ObjectNode copy = item.deepCopy();
			if (!copy.has("name")) {
				copy.put("name", "");
			}
			if (!copy.has("price")) {
				copy.put("price", BigDecimal.ZERO);
			}
			items.add(copy);
		}
		node.put("total", total(session));
		node.set("attributes", session.attributes.deepCopy());
		node.put("firstSession", this.state.isFirstSession(session));
		ObjectNode discounts = node.putObject("discounts");
		session.discounts.forEach(discounts::put);
		return node;
	}

	private ObjectNode profileJson(StoredProfile profile) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("integrationId", profile.integrationId);
		node.put("created", profile.created.toString());
		node.set("attributes", profile.attributes.deepCopy());
		node.put("accountId", this.state.config.accountId());
		node.put("closedSessions", profile.closedSessions);
		node.put("totalSales", profile.totalSales);
		node.putArray("loyaltyMemberships");
		node.put("lastActivity", profile.lastActivity.toString());
		return node;
	}

	private ObjectNode eventJson(SimulatedEvent event, ObjectNode attributes, List<RuleEffect> effects, Instant now) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", event.id());
		node.put("created", now.toString());
		node.put("applicationId", this.state.config.applicationId());
		node.put("profileId", event.profileId());
		if (event.sessionId() != null) {
			node.put("sessionId", event.sessionId());
		}
		node.put("type", event.type());
		node.set("attributes", attributes);
		ArrayNode array = node.putArray("effects");
		for (RuleEffect effect : effects) {
			ArrayNode raw = array.addArray();
			raw.add(effect.campaignId());
			raw.add(effect.campaignId());
			raw.add(0);
			ArrayNode call = raw.addArray();
			call.add(effect.effectType());
			for (Object argument : effect.v1Arguments()) {
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

	/**
	 * The total v1 answers show: the one the shop sent, or else the session's.
	 * @param session the session
	 * @return the total
	 */
	static BigDecimal total(StoredSession session) {
		return (session.v1Total != null) ? session.v1Total : session.total();
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

}
