package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Today's Integration API operations (the 2026 spec's v2 sessions, profiles and events, and v3 events) on the
 * {@link SimulatorState} that v1 shares. The bodies and query parameters given to the operations have been validated
 * against their {@link RequestSchemasV2 schemas} and declared parameters; what depends on the state or on several
 * parameters together is checked here.
 */
final class V2Operations {

	/** The optional fields of a session update that are kept and answered as sent. */
	private static final List<String> PASS_THROUGH = List.of("storeIntegrationId", "evaluableCampaignIds",
			"loyaltyCards", "identifiers", "experimentVariantAllocations");

	static final String ADVANCED_EVENT_EXISTS = "An advanced event already exists";

	private final SimulatorState state;

	private final V2Answers answers;

	V2Operations(SimulatorState state) {
		this.state = state;
		this.answers = new V2Answers(state);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Sessions

	/**
	 * {@code PUT /v2/customer_sessions/{id}}: like v1, each update builds on the previous ones; {@code dry=true}
	 * evaluates the payload alone (as a new session) and persists nothing; {@code now} (dry only, in the future) is the
	 * evaluation time.
	 */
	ApiAnswer updateCustomerSession(ApiRequest request) {
		boolean dry = request.query().flag("dry");
		Instant now = request.now();
		Instant evaluationTime = now;
		if (request.query().has("now")) {
			if (!dry) {
				throw SimulatorApiException.badRequest("Invalid request", Violation.inParameter("now",
						"can only be used with dry=true", "now simulates a future date in dry requests only"));
			}
			evaluationTime = request.query().instant("now");
			if (!evaluationTime.isAfter(now)) {
				throw SimulatorApiException.badRequest("Invalid request", Violation.inParameter("now",
						"must be in the future", "now is " + evaluationTime + ", the current time is " + now));
			}
		}
		Set<String> content = responseContent(request.body(), dry);
		String id = request.pathId();
		synchronized (this.state) {
			JsonNode update = priced(request.body().get("customerSession"));
			StoredSession stored = dry ? null : this.state.sessions.get(id);
			SessionState current = (stored != null) ? stored.state : SessionState.OPEN;
			SessionState target = update.has("state") ? SessionState.fromValue(update.get("state").stringValue())
					: SessionState.OPEN;
			if (!current.canMoveTo(target)) {
				throw V1Operations.transitionRefused(current, target, new Violation("/customerSession/state",
						V1Operations.TRANSITION, V1Operations.transitionDetails(id, current)));
			}
			boolean created = !this.state.sessions.containsKey(id);
			StoredSession session = (stored != null) ? stored : this.state.newSession(id, evaluationTime, !dry);
			if (current == SessionState.OPEN) {
				apply(session, update);
			}
			session.updateCount++;
			session.updated = evaluationTime;
			StoredProfile profile = dry ? this.state.dryProfile(session.profileId, evaluationTime)
					: this.state.profileOf(session.profileId, now);
			SimulatorState.Update result = this.state.update(session, target, profile, now, evaluationTime, false,
					!dry);
			RuleEngine.Evaluation evaluation = result.evaluation();
			List<RuleEffect> effects = result.effects();
			String type = created ? "talon_session_created" : switch (target) {
				case CLOSED -> "talon_session_closed";
				case CANCELLED -> (current == SessionState.OPEN) ? "talon_session_cancelled" : "talon_session_revoked";
				default -> "talon_session_updated";
			};
			SimulatedEvent event = dry ? this.state.dryEvent(type, id, session.profileId, effects)
					: this.state.recordEvent(type, id, session.profileId, effects);
			ObjectNode answer = this.answers.integrationState(effects);
			sessionContent(answer, content, session, profile, evaluationTime);
			if (content.contains("event")) {
				answer.set("event", this.answers.event(event, this.state.json.createObjectNode(),
						session.passThrough.path("storeIntegrationId").asString(null), effects, evaluationTime));
			}
			if (content.contains("ruleFailureReasons")) {
				answer.set("ruleFailureReasons", this.answers.ruleFailureReasons(evaluation));
			}
			if (content.contains("previousReturns")) {
				answer.set("previousReturns", this.answers.returns(session.returns));
			}
			if (content.contains("campaignEligibility")) {
				answer.set("campaignEligibility", this.answers.campaignEligibility(evaluation));
			}
			if (content.contains("triggeredCampaigns")) {
				answer.set("triggeredCampaigns", this.answers.triggeredCampaigns(effects));
			}
			empty(answer, content, "awardedGiveaways", "achievements");
			return ApiAnswer.ok(answer);
		}
	}

	/**
	 * A session update whose cart items all have a price: an item without one takes the price of its SKU in the
	 * catalogs ({@code syncCatalog}); an item none of them prices is a 400.
	 */
	private JsonNode priced(JsonNode update) {
		JsonNode items = update.path("cartItems");
		List<Violation> violations = new ArrayList<>();
		ObjectNode priced = null;
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).has("price")) {
				continue;
			}
			String sku = items.get(i).get("sku").stringValue();
			BigDecimal price = this.state.catalogs().catalogPrice(sku);
			if (price == null) {
				violations.add(new Violation("/customerSession/cartItems/" + i + "/price", "is required",
						"cart item " + sku + " is in no catalog with a price, so it needs one"));
				continue;
			}
			priced = (priced != null) ? priced : (ObjectNode) update.deepCopy();
			((ObjectNode) priced.get("cartItems").get(i)).put("price", price);
		}
		if (!violations.isEmpty()) {
			throw new SimulatorApiException(400, "Invalid request", violations);
		}
		return (priced != null) ? priced : update;
	}

	private static void apply(StoredSession session, JsonNode update) {
		if (update.has("profileId")) {
			session.profileId = update.get("profileId").stringValue();
		}
		for (String field : PASS_THROUGH) {
			if (update.has(field)) {
				session.passThrough.set(field, update.get(field).deepCopy());
			}
		}
		if (update.has("couponCodes")) {
			List<String> codes = new ArrayList<>();
			update.get("couponCodes").forEach((code) -> codes.add(code.stringValue()));
			session.couponCodes = List.copyOf(codes);
		}
		if (update.has("referralCode")) {
			session.referralCode = update.get("referralCode").stringValue();
		}
		if (update.has("cartItems")) {
			List<ObjectNode> items = new ArrayList<>();
			update.get("cartItems").forEach((item) -> items.add((ObjectNode) item.deepCopy()));
			session.replaceCart(items);
			session.v1Total = null;
		}
		if (update.has("additionalCosts")) {
			session.additionalCosts = (ObjectNode) update.get("additionalCosts").deepCopy();
		}
		if (update.has("attributes")) {
			SimulatorState.merge(session.attributes, update.get("attributes"));
		}
	}

	/** The requested parts an answer about a session may have: session, profile, coupons, referral, loyalty. */
	private void sessionContent(ObjectNode answer, Set<String> content, StoredSession session, StoredProfile profile,
			Instant now) {
		if (content.contains("customerSession")) {
			answer.set("customerSession", this.answers.session(session));
		}
		if (content.contains("customerProfile") && profile != null) {
			answer.set("customerProfile", this.answers.profile(profile));
		}
		if (content.contains("coupons")) {
			answer.set("coupons", this.answers.coupons(session));
		}
		ObjectNode referral = content.contains("referral") ? this.answers.referral(session) : null;
		if (referral != null) {
			answer.set("referral", referral);
		}
		if (content.contains("loyalty")) {
			answer.set("loyalty", this.answers.loyalty(session.profileId, sessionCards(session), now));
		}
	}

	/** The loyalty cards a session names ({@code loyaltyCards}), in every card-based program that has the card. */
	private List<StoredCard> sessionCards(StoredSession session) {
		JsonNode identifier = session.passThrough.path("loyaltyCards").path(0);
		List<StoredCard> cards = new ArrayList<>();
		if (identifier.isString()) {
			for (LoyaltyRule program : this.state.rules.rules().loyaltyPrograms()) {
				StoredCard card = this.state.card(program.programId(), identifier.stringValue());
				if (card != null && !cards.contains(card)) {
					cards.add(card);
				}
			}
		}
		return cards;
	}

	/**
	 * {@code GET /v2/customer_sessions/{id}}: the session and the effects still valid, that is those of its last
	 * evaluation less the ones rolled back since (by a cancellation, a reopening or a return).
	 */
	ApiAnswer getCustomerSession(ApiRequest request) {
		synchronized (this.state) {
			StoredSession session = existingSession(request.pathId());
			ObjectNode answer = this.state.json.createObjectNode();
			answer.set("customerSession", this.answers.session(session));
			answer.set("effects", this.answers.effects(session.validEffects));
			return ApiAnswer.ok(answer);
		}
	}

	/**
	 * {@code PUT /v2/customer_sessions/{id}/reopen}: a closed session becomes open; what closing it counted is taken
	 * back, and the rollback effects are answered. Closing it again counts it again.
	 */
	ApiAnswer reopenCustomerSession(ApiRequest request) {
		synchronized (this.state) {
			StoredSession session = existingSession(request.pathId());
			if (session.state != SessionState.CLOSED) {
				throw V1Operations.transitionRefused(session.state, SessionState.OPEN, Violation.inParameter(
						"customerSessionId", V1Operations.TRANSITION,
						V1Operations.transitionDetails(request.pathId(), session.state)));
			}
			List<RuleEffect> effects = this.state.rollBack(session, request.now(), "session reopened");
			session.state = SessionState.OPEN;
			session.updateCount++;
			session.updated = request.now();
			this.state.profileOf(session.profileId, request.now());
			this.state.recordEvent("talon_session_reopened", session.integrationId, session.profileId, effects);
			ObjectNode answer = this.state.json.createObjectNode();
			answer.set("effects", this.answers.effects(effects));
			return ApiAnswer.ok(answer);
		}
	}

	/**
	 * {@code POST /v2/customer_sessions/{id}/returns}: returns items of a closed (or partially returned) session by
	 * position; the session becomes partially returned and the points the items earned are rolled back. With an
	 * {@code Idempotency-Key}, a replay within 24 hours gets the stored answer and changes nothing.
	 */
	ApiAnswer returnCartItems(ApiRequest request) {
		boolean dry = request.query().flag("dry");
		Set<String> content = responseContent(request.body(), dry);
		String key = dry ? null : request.idempotencyKey();
		Instant now = request.now();
		synchronized (this.state) {
			if (key != null) {
				ObjectNode replay = this.state.idempotency.answer(key, now);
				if (replay != null) {
					return ApiAnswer.ok(replay);
				}
			}
			StoredSession session = existingSession(request.pathId());
			if (!session.state.isPlaced()) {
				throw V1Operations.transitionRefused(session.state, SessionState.PARTIALLY_RETURNED,
						Violation.inParameter("customerSessionId", V1Operations.TRANSITION,
								V1Operations.transitionDetails(request.pathId(), session.state)));
			}
			List<SimulatedReturn.Item> items = returnedItems(session,
					request.body().get("return").get("returnedCartItems"));
			List<StoredReturn> previous = List.copyOf(session.returns);
			List<RuleEffect> effects = this.state.returnItems(session, items, now, !dry);
			StoredProfile profile = this.state.profiles.get(session.profileId);
			SimulatedEvent event;
			if (dry) {
				event = this.state.dryEvent("talon_session_partially_returned", session.integrationId,
						session.profileId, effects);
			}
			else {
				session.updateCount++;
				session.updated = now;
				this.state.profileOf(session.profileId, now);
				event = this.state.recordEvent("talon_session_partially_returned", session.integrationId,
						session.profileId, effects);
			}
			StoredReturn stored = this.state.recordReturn(session, profile, event.id(), items, effects, now, !dry);
			ObjectNode answer = this.answers.integrationState(effects);
			answer.set("return", this.answers.returnJson(stored));
			sessionContent(answer, content, session, profile, now);
			if (content.contains("event")) {
				answer.set("event",
						this.answers.event(event, this.state.json.createObjectNode(), null, effects, now));
			}
			if (content.contains("previousReturns")) {
				answer.set("previousReturns", this.answers.returns(previous));
			}
			if (content.contains("triggeredCampaigns")) {
				answer.set("triggeredCampaigns", this.answers.triggeredCampaigns(effects));
			}
			if (key != null) {
				this.state.idempotency.store(key, answer, now);
			}
			return ApiAnswer.ok(answer);
		}
	}

	/**
	 * The items of a return, each with its quantity (all that is left of the item when none is given) and SKU.
	 */
	private static List<SimulatedReturn.Item> returnedItems(StoredSession session, JsonNode requested) {
		List<Violation> violations = new ArrayList<>();
		List<SimulatedReturn.Item> items = new ArrayList<>();
		long[] returning = new long[session.cartItems.size()];
		String base = "/return/returnedCartItems";
		if (requested.isEmpty()) {
			violations.add(new Violation(base, "must not be empty", "a return needs at least one item"));
		}
		for (int i = 0; i < requested.size(); i++) {
			JsonNode returned = requested.get(i);
			if (!returned.has("position") && !returned.has("sku")) {
				violations.add(new Violation(base + "/" + i, "needs a position or a sku",
						"a returned cart item names the item by its position in the cart, or by its SKU"));
				continue;
			}
			long position = returned.has("position") ? returned.get("position").asLong()
					: firstWithSku(session, returned.get("sku").stringValue(), returning);
			if (position < 0 && !returned.has("position")) {
				violations.add(new Violation(base + "/" + i + "/sku", "is not in the session's cart",
						"no cart item with SKU " + returned.get("sku").stringValue() + " is left to return"));
				continue;
			}
			if (position < 0 || position >= session.cartItems.size()) {
				violations.add(new Violation(base + "/" + i + "/position", "is not a position of the session's cart",
						"the session has " + session.cartItems.size() + " cart items, at positions 0 to "
								+ (session.cartItems.size() - 1)));
				continue;
			}
			int at = (int) position;
			String sku = session.cartItems.get(at).path("sku").asString("");
			if (returned.has("sku") && !returned.get("sku").stringValue().equals(sku)) {
				violations.add(new Violation(base + "/" + i + "/sku", "does not match the cart item",
						"the cart item at position " + at + " has SKU " + sku));
				continue;
			}
			long left = session.remainingQuantity(at) - returning[at];
			long quantity = returned.has("quantity") ? returned.get("quantity").asLong() : left;
			if (quantity < 1 || quantity > left) {
				violations.add(new Violation(base + "/" + i + (returned.has("quantity") ? "/quantity" : "/position"),
						"exceeds the quantity left to return", left + " of the cart item at position " + at
								+ " can still be returned"));
				continue;
			}
			returning[at] += quantity;
			items.add(new SimulatedReturn.Item(at, quantity, sku));
		}
		if (!violations.isEmpty()) {
			throw new SimulatorApiException(400, "Invalid request", violations);
		}
		return items;
	}

	/** The position of the first cart item with the SKU that has something left to return, or -1. */
	private static long firstWithSku(StoredSession session, String sku, long[] returning) {
		for (int at = 0; at < session.cartItems.size(); at++) {
			if (session.cartItems.get(at).path("sku").asString("").equals(sku)
					&& session.remainingQuantity(at) - returning[at] > 0) {
				return at;
			}
		}
		return -1;
	}

	private StoredSession existingSession(String id) {
		StoredSession session = this.state.sessions.get(id);
		if (session == null) {
			throw new SimulatorApiException(404, "Customer session not found", List.of(
					Violation.inParameter("customerSessionId", "not found", "no customer session " + id)));
		}
		return session;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Profiles

	/**
	 * {@code PUT /v2/customer_profiles/{id}}: creates a profile or merges attributes into it and changes its
	 * audiences. Only {@code runRuleEngine=true} evaluates the rules (and records an event, answers
	 * {@code responseContent} and allows {@code dry}); without it the answer has the profile and no effects.
	 */
	ApiAnswer updateCustomerProfile(ApiRequest request) {
		boolean runRuleEngine = request.query().flag("runRuleEngine");
		boolean dry = request.query().flag("dry");
		if (dry && !runRuleEngine) {
			throw SimulatorApiException.badRequest("Invalid request", Violation.inParameter("dry",
					"can only be used with runRuleEngine=true", "a profile update without rules changes nothing dry"));
		}
		if (request.body().has("responseContent") && !runRuleEngine) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation("/responseContent",
					"can only be used with runRuleEngine=true", "without rules the answer is the profile"));
		}
		Set<String> content = responseContent(request.body(), dry);
		String id = request.pathId();
		Instant now = request.now();
		synchronized (this.state) {
			boolean existed = this.state.profiles.containsKey(id);
			StoredProfile profile;
			if (dry) {
				profile = this.state.dryProfile(id, now);
			}
			else if (runRuleEngine) {
				profile = this.state.profileOf(id, now);
			}
			else {
				profile = existed ? this.state.profiles.get(id) : this.state.profileOf(id, now);
			}
			updateProfile(profile, request.body());
			ObjectNode answer = this.answers.integrationState(List.of());
			if (!runRuleEngine) {
				answer.set("customerProfile", this.answers.profile(profile));
				return ApiAnswer.ok(answer);
			}
			String type = existed ? "talon_profile_updated" : "talon_profile_created";
			SimulatedEvent event = dry ? this.state.dryEvent(type, null, id, List.of())
					: this.state.recordEvent(type, null, id, List.of());
			evaluationContent(answer, content, profile, event, this.state.json.createObjectNode(), null, now);
			return ApiAnswer.ok(answer);
		}
	}

	private static void updateProfile(StoredProfile profile, JsonNode body) {
		if (body.has("attributes")) {
			SimulatorState.merge(profile.attributes, body.get("attributes"));
		}
		if (body.has("audiencesChanges")) {
			body.get("audiencesChanges").get("adds").forEach((audience) -> profile.audiences.add(audience.asLong()));
			body.get("audiencesChanges").get("deletes")
				.forEach((audience) -> profile.audiences.remove(audience.asLong()));
		}
	}

	/**
	 * {@code PUT /v2/customer_profiles}: creates or updates up to 1000 profiles without evaluating rules; with
	 * {@code silent=yes} (the default) the answer is a 204.
	 */
	ApiAnswer updateCustomerProfiles(ApiRequest request) {
		boolean silent = request.query().yes("silent", true);
		Instant now = request.now();
		synchronized (this.state) {
			ObjectNode answer = this.state.json.createObjectNode();
			ArrayNode states = answer.putArray("integrationStates");
			for (JsonNode item : request.body().path("customerProfiles")) {
				String id = item.get("integrationId").stringValue();
				StoredProfile profile = this.state.profiles.containsKey(id) ? this.state.profiles.get(id)
						: this.state.profileOf(id, now);
				updateProfile(profile, item);
				states.addObject().set("customerProfile", this.answers.profile(profile));
			}
			return silent ? ApiAnswer.noContent() : ApiAnswer.ok(answer);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Events

	/**
	 * {@code POST /v2/events}: a custom event of a profile (created if missing), evaluated for that profile; with
	 * {@code silent=yes} (the spec's default) the answer is a 204.
	 */
	ApiAnswer trackEventV2(ApiRequest request) {
		EventCall call = eventCall(request);
		synchronized (this.state) {
			StoredProfile profile = call.dry ? this.state.dryProfile(call.profileId, call.now)
					: this.state.profileOf(call.profileId, call.now);
			SimulatedEvent event = call.dry ? this.state.dryEvent(call.type, null, call.profileId, List.of())
					: this.state.recordEvent(call.type, null, call.profileId, List.of());
			if (call.silent) {
				return ApiAnswer.noContent();
			}
			ObjectNode answer = this.answers.integrationState(List.of());
			evaluationContent(answer, call.content, profile, event, call.attributes, call.storeIntegrationId, call.now);
			return ApiAnswer.ok(answer);
		}
	}

	/**
	 * {@code POST /v3/events}: an advanced event, unique by its integration id (a second one is a 409), optionally
	 * connected to a closed session; with {@code silent=yes} (the default) the answer is a 204.
	 */
	ApiAnswer trackEventV3(ApiRequest request) {
		EventCall call = eventCall(request);
		String integrationId = request.body().get("integrationId").stringValue();
		String connectedSessionId = request.body().has("connectedSessionId")
				? request.body().get("connectedSessionId").stringValue() : null;
		synchronized (this.state) {
			if (this.state.advancedEvents.containsKey(integrationId)) {
				throw new SimulatorApiException(409, ADVANCED_EVENT_EXISTS, List.of(new Violation("/integrationId",
						"already exists", "an advanced event with integration id " + integrationId + " was recorded")));
			}
			if (connectedSessionId != null) {
				StoredSession session = this.state.sessions.get(connectedSessionId);
				if (session == null || session.state != SessionState.CLOSED) {
					throw SimulatorApiException.badRequest("Invalid request", new Violation("/connectedSessionId",
							"must be a closed session", (session == null) ? "no customer session " + connectedSessionId
									: "session " + connectedSessionId + " is " + session.state.value()));
				}
			}
			StoredProfile profile = call.dry ? this.state.dryProfile(call.profileId, call.now)
					: this.state.profileOf(call.profileId, call.now);
			SimulatedEvent event = call.dry
					? this.state.dryEvent(call.type, connectedSessionId, call.profileId, List.of())
					: this.state.recordEvent(call.type, connectedSessionId, call.profileId, List.of());
			StoredAdvancedEvent advanced = new StoredAdvancedEvent(event.id(), integrationId, call.now, call.profileId,
					call.type, call.attributes, connectedSessionId, call.storeIntegrationId, List.of());
			if (!call.dry) {
				this.state.advancedEvents.put(integrationId, advanced);
			}
			if (call.silent) {
				return ApiAnswer.noContent();
			}
			ObjectNode answer = this.answers.integrationState(List.of());
			evaluationContent(answer, call.content, profile, null, null, null, call.now);
			if (call.content.contains("advancedEvent")) {
				answer.set("advancedEvent", this.answers.advancedEvent(advanced));
			}
			return ApiAnswer.ok(answer);
		}
	}

	/** {@code GET /v3/events/{id}}: an advanced event, or a 404. */
	ApiAnswer getEventV3(ApiRequest request) {
		synchronized (this.state) {
			StoredAdvancedEvent event = this.state.advancedEvents.get(request.pathId());
			if (event == null) {
				throw new SimulatorApiException(404, "Advanced event not found", List.of(Violation
					.inParameter("integrationId", "not found", "no advanced event " + request.pathId())));
			}
			return ApiAnswer.ok(this.answers.advancedEvent(event));
		}
	}

	private EventCall eventCall(ApiRequest request) {
		boolean dry = request.query().flag("dry");
		if (request.query().flag("forceCompleteEvaluation") && !dry) {
			throw SimulatorApiException.badRequest("Invalid request", Violation.inParameter("forceCompleteEvaluation",
					"requires dry=true", "a complete evaluation is only forced in dry requests"));
		}
		JsonNode body = request.body();
		String profileId = body.get("profileId").stringValue();
		if (profileId.isEmpty()) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation("/profileId", "must not be empty",
					"an event belongs to a customer profile"));
		}
		String type = body.get("type").stringValue();
		V1Operations.checkCustomEventType(type, "/type");
		return new EventCall(dry, request.query().yes("silent", true), profileId, type,
				body.has("attributes") ? (ObjectNode) body.get("attributes").deepCopy()
						: this.state.json.createObjectNode(),
				body.has("storeIntegrationId") ? body.get("storeIntegrationId").stringValue() : null,
				responseContent(body, dry), request.now());
	}

	/**
	 * The requested parts of an answer to an evaluation without session (profile updates, events); the simulator's
	 * rules need a cart, so these evaluations have no effects and no campaigns.
	 */
	private void evaluationContent(ObjectNode answer, Set<String> content, StoredProfile profile,
			SimulatedEvent event, ObjectNode attributes, String storeIntegrationId, Instant now) {
		if (content.contains("customerProfile")) {
			answer.set("customerProfile", this.answers.profile(profile));
		}
		if (content.contains("loyalty")) {
			answer.set("loyalty", this.answers.loyalty(profile.integrationId, List.of(), now));
		}
		if (content.contains("event") && event != null) {
			answer.set("event", this.answers.event(event, attributes, storeIntegrationId, List.of(), now));
		}
		empty(answer, content, "triggeredCampaigns", "awardedGiveaways", "ruleFailureReasons", "campaignEligibility",
				"achievements");
	}

	private static void empty(ObjectNode answer, Set<String> content, String... parts) {
		for (String part : parts) {
			if (content.contains(part) && !answer.has(part)) {
				answer.putArray(part);
			}
		}
	}

	/**
	 * The parts of the answer a request asks for with {@code responseContent}; {@code campaignEligibility} only with
	 * {@code dry=true}.
	 */
	private static Set<String> responseContent(JsonNode body, boolean dry) {
		Set<String> content = new LinkedHashSet<>();
		JsonNode requested = body.get("responseContent");
		if (requested == null) {
			return content;
		}
		for (int i = 0; i < requested.size(); i++) {
			String part = requested.get(i).stringValue();
			if (part.equals("campaignEligibility") && !dry) {
				throw SimulatorApiException.badRequest("Invalid request", new Violation("/responseContent/" + i,
						"can only be used with dry=true", "campaignEligibility is answered to dry requests only"));
			}
			content.add(part);
		}
		return content;
	}

	private record EventCall(boolean dry, boolean silent, String profileId, String type, ObjectNode attributes,
			String storeIntegrationId, Set<String> content, Instant now) {
	}

}
