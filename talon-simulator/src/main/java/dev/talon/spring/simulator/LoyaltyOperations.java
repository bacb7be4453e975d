package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.talon.spring.simulator.QueryParameters.Kind;

/**
 * The loyalty operations of today's Integration API on the {@link LoyaltyLedger}s the {@link LoyaltyRule}s fill: a
 * profile's balances, transactions and unused points in a profile-based program, joining it and deleting its
 * transactions; activating pending points; generating loyalty cards of a card-based program, linking profiles to them,
 * and their balances, transactions and points. A program is a {@link LoyaltyRule}'s {@code programId}; an unknown one
 * is a 404, a profile operation on a card-based program (or the other way round) a 400. The simulator has no
 * sub-ledgers (only the main ledger, {@code ""}), no tiers, no point spending and no action-based activation.
 */
final class LoyaltyOperations {

	private static final Kind TRANSACTION_TYPE = Kind.oneOf("manual", "session", "import");

	/** The query parameters of {@code getLoyaltyBalances}. */
	static final Map<String, Kind> PROFILE_BALANCE_PARAMETERS = Map.of("endDate", Kind.DATE_TIME, "subledgerId",
			Kind.STRING, "includeTiers", Kind.BOOLEAN, "includeProjectedTier", Kind.BOOLEAN);

	/** The query parameters of {@code getLoyaltyCardBalances}. */
	static final Map<String, Kind> CARD_BALANCE_PARAMETERS = Map.of("endDate", Kind.DATE_TIME, "subledgerId",
			Kind.LIST);

	/** The query parameters of {@code getLoyaltyProgramProfileTransactions}. */
	static final Map<String, Kind> PROFILE_TRANSACTION_PARAMETERS = Map.of("customerSessionIDs", Kind.LIST,
			"transactionUUIDs", Kind.LIST, "subledgerId", Kind.STRING, "loyaltyTransactionType", TRANSACTION_TYPE,
			"startDate", Kind.DATE_TIME, "endDate", Kind.DATE_TIME, "pageSize", Kind.PAGE_SIZE, "skip", Kind.SKIP,
			"awaitsActivation", Kind.BOOLEAN);

	/** The query parameters of {@code getLoyaltyCardTransactions}. */
	static final Map<String, Kind> CARD_TRANSACTION_PARAMETERS = Map.of("customerSessionIDs", Kind.LIST,
			"transactionUUIDs", Kind.LIST, "subledgerId", Kind.LIST, "loyaltyTransactionType", TRANSACTION_TYPE,
			"startDate", Kind.DATE_TIME, "endDate", Kind.DATE_TIME, "pageSize", Kind.PAGE_SIZE, "skip", Kind.SKIP,
			"awaitsActivation", Kind.BOOLEAN);

	/**
	 * The query parameters of {@code getLoyaltyProgramProfilePoints} and {@code getLoyaltyCardPoints}; {@code sort}
	 * takes the {@code -} prefix for descending order that its description documents (its enum lists only the
	 * ascending values).
	 */
	static final Map<String, Kind> POINTS_PARAMETERS = Map.of("status", Kind.oneOf("active", "pending", "expired"),
			"subledgerId", Kind.LIST, "customerSessionIDs", Kind.LIST, "transactionUUIDs", Kind.LIST, "pageSize",
			Kind.PAGE_SIZE, "skip", Kind.SKIP, "sort",
			Kind.oneOf("startDate", "expiryDate", "-startDate", "-expiryDate"));

	/** The page size of transactions and points when none is asked for. */
	static final long DEFAULT_PAGE_SIZE = 50;

	private static final String CARD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SimulatorState state;

	private final V2Answers answers;

	LoyaltyOperations(SimulatorState state) {
		this.state = state;
		this.answers = new V2Answers(state);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Profile-based programs

	/**
	 * {@code GET .../profile/{integrationId}/balances}: the profile's active, pending and expired points at
	 * {@code endDate} (now by default); no tiers, so {@code includeTiers} adds nothing and {@code includeProjectedTier}
	 * only the projected active points.
	 */
	ApiAnswer getLoyaltyBalances(ApiRequest request) {
		synchronized (this.state) {
			LoyaltyRule program = program(request, false);
			StoredProfile profile = this.state.existingProfile(request.path("integrationId"));
			Instant at = at(request, "endDate");
			LoyaltyLedger ledger = this.state.ledgers(profile.integrationId).get(program.programId());
			LoyaltyLedger.Balance balance = (ledger != null) ? ledger.balance(at) : LoyaltyLedger.EMPTY;
			ObjectNode answer = this.state.json.createObjectNode();
			ObjectNode total = this.answers.loyaltyBalance(balance);
			if (request.query().flag("includeProjectedTier")) {
				total.putObject("projectedTier").put("projectedActivePoints", balance.active());
			}
			answer.set("balance", total);
			answer.putObject("subledgerBalances");
			return ApiAnswer.ok(answer);
		}
	}

	/** {@code GET .../profile/{integrationId}/transactions}: the profile's transactions, newest first, a page. */
	ApiAnswer getProfileTransactions(ApiRequest request) {
		synchronized (this.state) {
			LoyaltyRule program = program(request, false);
			StoredProfile profile = this.state.existingProfile(request.path("integrationId"));
			LoyaltyLedger ledger = this.state.ledgers(profile.integrationId).get(program.programId());
			return ApiAnswer.ok(transactions(ledger, request, PROFILE_TRANSACTION_PARAMETERS, null));
		}
	}

	/** {@code GET .../profile/{integrationId}/points}: the profile's unused points of a status, a page. */
	ApiAnswer getProfilePoints(ApiRequest request) {
		synchronized (this.state) {
			LoyaltyRule program = program(request, false);
			StoredProfile profile = this.state.existingProfile(request.path("integrationId"));
			LoyaltyLedger ledger = this.state.ledgers(profile.integrationId).get(program.programId());
			return ApiAnswer.ok(points(ledger, request, false));
		}
	}

	/**
	 * {@code POST .../profile/{integrationId}/join}: the profile (created if missing) joins the program; a profile
	 * that already joined (also by earning points) is a 400. The answer is a 200 without body.
	 */
	ApiAnswer joinLoyaltyProgram(ApiRequest request) {
		synchronized (this.state) {
			LoyaltyRule program = program(request, false);
			String profileId = request.path("integrationId");
			if (this.state.ledgers(profileId).containsKey(program.programId())) {
				throw SimulatorApiException.badRequest("Customer profile already joined the loyalty program",
						Violation.inParameter("integrationId", "already joined",
								"profile " + profileId + " is a member of loyalty program " + program.programId()));
			}
			this.state.ensureProfile(profileId, request.now());
			this.state.ledgerOf(profileId, program, request.now());
			return new ApiAnswer(200, null);
		}
	}

	/**
	 * {@code POST .../profile/{integrationId}/delete_transactions}: deletes the profile's transactions of all
	 * sub-ledgers, or of the selected ones ({@code ""} is the main ledger, the only one the simulator has); the profile
	 * stays in the program.
	 */
	ApiAnswer deleteTransactions(ApiRequest request) {
		JsonNode body = request.body();
		boolean all = body.get("scope").stringValue().equals("AllSubledgers");
		JsonNode selected = body.path("subledgerIds");
		if (!all && !selected.isArray()) {
			throw SimulatorApiException.badRequest("Invalid request", new Violation("/subledgerIds",
					"is required when scope is SelectedSubledgers", "name the sub-ledgers, \"\" for the main ledger"));
		}
		synchronized (this.state) {
			LoyaltyRule program = program(request, false);
			StoredProfile profile = this.state.existingProfile(request.path("integrationId"));
			LoyaltyLedger ledger = this.state.ledgers(profile.integrationId).get(program.programId());
			boolean main = all;
			for (JsonNode subledger : selected) {
				main |= subledger.stringValue().equals(RuleEngine.MAIN_LEDGER);
			}
			if (ledger != null && main) {
				ledger.clear();
			}
			return ApiAnswer.noContent();
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Activation

	/**
	 * {@code POST /v1/loyalty_programs/{id}/activate_points}: activates now the pending points of the given
	 * transactions, or earned in the given session, in every ledger of the program (profiles' and cards'); answers
	 * the activated additions. A 404 when no transaction of the program matches at all.
	 */
	ApiAnswer activateLoyaltyPoints(ApiRequest request) {
		JsonNode body = request.body();
		boolean byTransactions = body.has("transactionUUIDs");
		if (byTransactions == body.has("sessionId")) {
			throw SimulatorApiException.badRequest("Invalid request", byTransactions
					? new Violation("/sessionId", "must not be sent with transactionUUIDs",
							"activate points either by transaction or by session")
					: new Violation("", "needs transactionUUIDs or sessionId", "say which pending points to activate"));
		}
		Set<String> uuids = new HashSet<>();
		body.path("transactionUUIDs").forEach((uuid) -> uuids.add(uuid.stringValue()));
		String sessionId = body.path("sessionId").asString(null);
		Predicate<LoyaltyLedger.Transaction> which = (transaction) -> byTransactions
				? uuids.contains(transaction.transactionUUID) : sessionId.equals(transaction.sessionId);
		synchronized (this.state) {
			LoyaltyRule program = program(request, null);
			List<LoyaltyLedger> ledgers = new ArrayList<>();
			this.state.ledgers.values().forEach((byProgram) -> {
				if (byProgram.containsKey(program.programId())) {
					ledgers.add(byProgram.get(program.programId()));
				}
			});
			Map<LoyaltyLedger, StoredCard> cards = new LinkedHashMap<>();
			this.state.cards.getOrDefault(program.programId(), Map.of()).values()
				.forEach((card) -> cards.put(card.ledger, card));
			ledgers.addAll(cards.keySet());
			boolean found = ledgers.stream().flatMap((ledger) -> ledger.transactions().stream())
				.anyMatch((transaction) -> transaction.isAddition() && which.test(transaction));
			if (!found) {
				throw new SimulatorApiException(404, "Loyalty points not found", List.of(byTransactions
						? new Violation("/transactionUUIDs", "not found",
								"no points of loyalty program " + program.programId() + " have these transactions")
						: new Violation("/sessionId", "not found",
								"no points of loyalty program " + program.programId() + " come from session "
										+ sessionId)));
			}
			ObjectNode answer = this.state.json.createObjectNode();
			ArrayNode entries = answer.putArray("ledgerEntries");
			for (LoyaltyLedger ledger : ledgers) {
				for (LoyaltyLedger.Transaction addition : ledger.activate(which, request.now())) {
					entries.add(ledgerEntry(ledger, cards.get(ledger), addition));
				}
			}
			return ApiAnswer.ok(answer);
		}
	}

	/** {@code LoyaltyLedgerEntry} of an addition. */
	private ObjectNode ledgerEntry(LoyaltyLedger ledger, StoredCard card, LoyaltyLedger.Transaction addition) {
		ObjectNode entry = this.state.json.createObjectNode();
		entry.put("created", addition.created.toString());
		entry.put("programID", ledger.program.programId());
		String profileId = (ledger.profileId != null) ? ledger.profileId : addition.profileId;
		if (!profileId.isEmpty()) {
			entry.put("customerProfileID", profileId);
		}
		if (card != null) {
			entry.put("cardID", card.id);
		}
		entry.put("customerSessionID", addition.sessionId);
		entry.put("type", "addition");
		entry.put("amount", addition.amount);
		entry.put("startDate", addition.startDate.toString());
		if (addition.expiryDate != null) {
			entry.put("expiryDate", addition.expiryDate.toString());
		}
		entry.put("name", addition.name);
		entry.put("subLedgerID", RuleEngine.MAIN_LEDGER);
		return entry;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Card-based programs

	/**
	 * {@code POST /v1/loyalty_programs/{id}/cards}: a new card of a card-based program, with the given identifier
	 * (unique in the program, else a 400) or a generated one, active unless told otherwise, linked to the given
	 * profiles (created if missing).
	 */
	ApiAnswer generateLoyaltyCard(ApiRequest request) {
		JsonNode body = request.body();
		synchronized (this.state) {
			LoyaltyRule program = program(request, true);
			Map<String, StoredCard> cards = this.state.cards.computeIfAbsent(program.programId(),
					(id) -> new LinkedHashMap<>());
			String identifier = body.has("cardIdentifier") ? body.get("cardIdentifier").stringValue()
					: newCardIdentifier(cards);
			if (cards.containsKey(identifier)) {
				throw SimulatorApiException.badRequest("Invalid request", new Violation("/cardIdentifier",
						"already exists", "loyalty program " + program.programId() + " has a card " + identifier));
			}
			Instant now = request.now();
			StoredCard card = new StoredCard(this.state.nextCardId(), identifier, program, now,
					!body.path("status").asString("active").equals("inactive"),
					this.state.newCardLedger(identifier, program, now));
			for (JsonNode profileId : body.path("customerProfileIds")) {
				this.state.ensureProfile(profileId.stringValue(), now);
				card.profiles.putIfAbsent(profileId.stringValue(), now);
			}
			cards.put(identifier, card);
			return ApiAnswer.ok(this.answers.loyaltyCard(card, now));
		}
	}

	/**
	 * {@code POST /v2/loyalty_programs/{id}/cards/{cardId}/link_profile} and {@code .../unlink_profile}: links a
	 * profile (created if missing) to a card or unlinks it; linking a linked profile or unlinking one that is not
	 * linked changes nothing. Answers the card.
	 */
	ApiAnswer linkCard(ApiRequest request, boolean link) {
		String profileId = request.body().get("integrationId").stringValue();
		synchronized (this.state) {
			StoredCard card = existingCard(request);
			Instant now = request.now();
			if (link && !card.profiles.containsKey(profileId)) {
				this.state.ensureProfile(profileId, now);
				card.profiles.put(profileId, now);
				card.modified = now;
			}
			else if (!link && card.profiles.remove(profileId) != null) {
				card.modified = now;
			}
			return ApiAnswer.ok(this.answers.loyaltyCard(card, now));
		}
	}

	/** {@code GET .../cards/{cardId}/balances}: the card's points at {@code endDate} and its profiles. */
	ApiAnswer getCardBalances(ApiRequest request) {
		synchronized (this.state) {
			StoredCard card = existingCard(request);
			ObjectNode answer = this.state.json.createObjectNode();
			answer.set("balance", this.answers.loyaltyBalance(card.ledger.balance(at(request, "endDate"))));
			answer.putObject("subledgerBalances");
			answer.set("profiles", this.answers.cardProfiles(card));
			return ApiAnswer.ok(answer);
		}
	}

	/** {@code GET .../cards/{cardId}/transactions}: the card's transactions, newest first, a page. */
	ApiAnswer getCardTransactions(ApiRequest request) {
		synchronized (this.state) {
			StoredCard card = existingCard(request);
			return ApiAnswer.ok(transactions(card.ledger, request, CARD_TRANSACTION_PARAMETERS, card.identifier));
		}
	}

	/** {@code GET .../cards/{cardId}/points}: the card's unused points of a status, a page. */
	ApiAnswer getCardPoints(ApiRequest request) {
		synchronized (this.state) {
			StoredCard card = existingCard(request);
			return ApiAnswer.ok(points(card.ledger, request, true));
		}
	}

	private String newCardIdentifier(Map<String, StoredCard> cards) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			StringBuilder identifier = new StringBuilder("CARD-");
			for (int i = 0; i < 10; i++) {
				identifier.append(CARD_ALPHABET.charAt(random.nextInt(CARD_ALPHABET.length())));
			}
			if (!cards.containsKey(identifier.toString())) {
				return identifier.toString();
			}
		}
	}

	private StoredCard existingCard(ApiRequest request) {
		LoyaltyRule program = program(request, null);
		StoredCard card = this.state.card(program.programId(), request.path("loyaltyCardId"));
		if (card == null) {
			throw new SimulatorApiException(404, "Loyalty card not found", List.of(Violation.inParameter(
					"loyaltyCardId", "not found", "loyalty program " + program.programId() + " has no card "
							+ request.path("loyaltyCardId"))));
		}
		return card;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Transactions and points

	/**
	 * A page of transactions ({@code LedgerTransactionLogEntryIntegrationAPI}, with {@code cardIdentifier} for a
	 * card), newest first, filtered. Transactions come from sessions ({@code session}) or from
	 * {@link TalonSimulator#addLoyaltyPoints} ({@code manual}); none awaits an action.
	 */
	private ObjectNode transactions(LoyaltyLedger ledger, ApiRequest request, Map<String, Kind> parameters,
			String cardIdentifier) {
		QueryParameters query = request.query();
		if (query.has("awaitsActivation") && !query.flag("awaitsActivation")) {
			throw SimulatorApiException.badRequest("Invalid request", Violation.inParameter("awaitsActivation",
					"can only be true", "awaitsActivation=false is not a filter"));
		}
		Set<String> sessions = new HashSet<>(query.items("customerSessionIDs", Kind.LIST));
		Set<String> uuids = new HashSet<>(query.items("transactionUUIDs", Kind.LIST));
		Instant from = query.instant("startDate");
		Instant to = query.instant("endDate");
		boolean none = query.flag("awaitsActivation") || !mainLedger(query, parameters.get("subledgerId"));
		String type = query.has("loyaltyTransactionType") ? query.value("loyaltyTransactionType") : null;
		List<ObjectNode> items = new ArrayList<>();
		List<LoyaltyLedger.Transaction> transactions = (ledger != null && !none) ? ledger.transactions() : List.of();
		for (int i = transactions.size() - 1; i >= 0; i--) {
			LoyaltyLedger.Transaction transaction = transactions.get(i);
			if ((type == null || type.equals(transaction.isManual() ? "manual" : "session"))
					&& (sessions.isEmpty() || sessions.contains(transaction.sessionId))
					&& (uuids.isEmpty() || uuids.contains(transaction.transactionUUID))
					&& (from == null || !transaction.created.isBefore(from))
					&& (to == null || !transaction.created.isAfter(to))) {
				items.add(transaction(ledger, transaction, cardIdentifier));
			}
		}
		return this.answers.hasMorePage(items, query, DEFAULT_PAGE_SIZE);
	}

	private ObjectNode transaction(LoyaltyLedger ledger, LoyaltyLedger.Transaction transaction,
			String cardIdentifier) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("transactionUUID", transaction.transactionUUID);
		node.put("created", transaction.created.toString());
		node.put("programId", ledger.program.programId());
		if (cardIdentifier != null) {
			node.put("cardIdentifier", cardIdentifier);
		}
		node.put("customerSessionId", transaction.sessionId);
		node.put("type", transaction.isAddition() ? "addition" : "subtraction");
		node.put("name", transaction.name);
		node.put("startDate", (transaction.startDate != null) ? transaction.startDate.toString() : "immediate");
		node.put("expiryDate", (transaction.expiryDate != null) ? transaction.expiryDate.toString() : "unlimited");
		node.put("subledgerId", RuleEngine.MAIN_LEDGER);
		node.put("amount", transaction.amount);
		node.put("id", transaction.id);
		node.put("rulesetId", ledger.program.campaignId());
		node.put("ruleName", ledger.program.label());
		return node;
	}

	/**
	 * A page of unused points ({@code LedgerPointsEntryIntegrationAPI}, with {@code customerProfileID} for a card):
	 * the additions of a status ({@code active} by default) with points left, oldest first unless sorted.
	 */
	private ObjectNode points(LoyaltyLedger ledger, ApiRequest request, boolean card) {
		QueryParameters query = request.query();
		Instant now = request.now();
		SimulatedLoyaltyTransaction.Status status = SimulatedLoyaltyTransaction.Status
			.valueOf(query.has("status") ? query.value("status").toUpperCase(Locale.ROOT) : "ACTIVE");
		Set<String> sessions = new HashSet<>(query.items("customerSessionIDs", Kind.LIST));
		Set<String> uuids = new HashSet<>(query.items("transactionUUIDs", Kind.LIST));
		List<LoyaltyLedger.Transaction> unused = new ArrayList<>();
		if (ledger != null && mainLedger(query, Kind.LIST)) {
			for (LoyaltyLedger.Transaction addition : ledger.transactions()) {
				if (addition.isAddition() && addition.status(now) == status
						&& ledger.remaining(addition, now).signum() > 0
						&& (sessions.isEmpty() || sessions.contains(addition.sessionId))
						&& (uuids.isEmpty() || uuids.contains(addition.transactionUUID))) {
					unused.add(addition);
				}
			}
		}
		String sort = query.value("sort");
		if (sort != null) {
			Comparator<LoyaltyLedger.Transaction> order = sort.endsWith("startDate")
					? Comparator.comparing((LoyaltyLedger.Transaction addition) -> (addition.startDate != null)
							? addition.startDate : addition.created)
					: Comparator.comparing((LoyaltyLedger.Transaction addition) -> (addition.expiryDate != null)
							? addition.expiryDate : Instant.MAX);
			unused.sort(sort.startsWith("-") ? order.reversed() : order);
		}
		List<ObjectNode> items = new ArrayList<>();
		for (LoyaltyLedger.Transaction addition : unused) {
			ObjectNode node = this.state.json.createObjectNode();
			node.put("id", addition.id);
			node.put("transactionUUID", addition.transactionUUID);
			node.put("created", addition.created.toString());
			node.put("programId", ledger.program.programId());
			if (card && !addition.profileId.isEmpty()) {
				node.put("customerProfileID", addition.profileId);
			}
			node.put("customerSessionId", addition.sessionId);
			node.put("name", addition.name);
			node.put("startDate", (addition.startDate != null) ? addition.startDate.toString() : "immediate");
			node.put("expiryDate", (addition.expiryDate != null) ? addition.expiryDate.toString() : "unlimited");
			node.put("subledgerId", RuleEngine.MAIN_LEDGER);
			node.put("amount", ledger.remaining(addition, now));
			items.add(node);
		}
		return this.answers.hasMorePage(items, query, DEFAULT_PAGE_SIZE);
	}

	/** Whether a {@code subledgerId} filter, if any, asks for the main ledger ({@code ""}), the simulator's only one. */
	private static boolean mainLedger(QueryParameters query, Kind kind) {
		if (!query.has("subledgerId")) {
			return true;
		}
		return (kind.type() == QueryParameters.Type.ARRAY)
				? query.items("subledgerId", kind).contains(RuleEngine.MAIN_LEDGER)
				: query.value("subledgerId").equals(RuleEngine.MAIN_LEDGER);
	}

	// ---------------------------------------------------------------------------------------------------------

	/**
	 * The program of the path's {@code loyaltyProgramId}.
	 * @param request the request
	 * @param cardBased whether the operation needs a card-based program ({@code true}) or a profile-based one
	 * ({@code false}), or either ({@code null})
	 * @return the program's rule
	 * @throws SimulatorApiException 404 when no rule has that program, 400 when it is of the wrong kind
	 */
	private LoyaltyRule program(ApiRequest request, Boolean cardBased) {
		long programId = request.pathLong("loyaltyProgramId");
		LoyaltyRule program = this.state.rules.rules().loyaltyProgram(programId);
		if (program == null) {
			throw new SimulatorApiException(404, "Loyalty program not found", List.of(Violation
				.inParameter("loyaltyProgramId", "not found", "no loyalty program " + programId)));
		}
		if (cardBased != null && program.cardBased() != cardBased) {
			throw SimulatorApiException.badRequest("Loyalty program " + programId + " is "
					+ (program.cardBased() ? "card-based" : "profile-based"), Violation.inParameter("loyaltyProgramId",
							cardBased ? "must be a card-based program" : "must be a profile-based program",
							"loyalty program " + programId + " keeps its points on "
									+ (program.cardBased() ? "loyalty cards" : "customer profiles")));
		}
		return program;
	}

	/** The time of a date-time parameter, or now. */
	private static Instant at(ApiRequest request, String parameter) {
		Instant at = request.query().instant(parameter);
		return (at != null) ? at : request.now();
	}

}
