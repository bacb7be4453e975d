package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.talon.spring.simulator.QueryParameters.Kind;

/**
 * Today's Integration API operations on what the Application offers: its cart item catalogs ({@code syncCatalog}),
 * the best prior prices of their items ({@code bestPriorPrice}) and its running campaigns
 * ({@code integrationGetAllCampaigns}, the simulator's rules).
 * <p>
 * The simulator has no Management API, so a catalog is created by its first sync; every catalog is subscribed to the
 * Application: a v2 cart item without {@code price} takes the price of its SKU in the first catalog (by id) that has
 * the SKU with a price. Price adjustments are validated and ignored. The prices items had are kept for
 * {@code bestPriorPrice}, without audiences, sales contexts or campaigns' discounts.
 */
final class CatalogOperations {

	/** The query parameters of {@code integrationGetAllCampaigns}. */
	static final Map<String, Kind> CAMPAIGN_PARAMETERS = Map.of("pageSize", Kind.PAGE_SIZE, "skip", Kind.SKIP,
			"campaignIds", Kind.CSV, "startAfter", Kind.DATE_TIME, "startBefore", Kind.DATE_TIME, "endAfter",
			Kind.DATE_TIME, "endBefore", Kind.DATE_TIME, "storeId", Kind.INTEGER, "audienceId", Kind.INTEGER);

	/** The page size of campaigns when none is asked for. */
	static final long CAMPAIGNS_PAGE_SIZE = 50;

	private final SimulatorState state;

	private final V2Answers answers;

	CatalogOperations(SimulatorState state) {
		this.state = state;
		this.answers = new V2Answers(state);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Catalogs

	/**
	 * {@code PUT /v1/catalogs/{id}/sync}: applies the actions (all of one type, checked by the schema) to the catalog,
	 * created if missing, all or none; answers the catalog with its version incremented. {@code version}, when sent,
	 * must be the catalog's current one. Adding an existing SKU needs {@code replaceIfExists}, patching a missing one
	 * {@code createIfNotExists} (else a 404); removing a missing SKU changes nothing; {@code PATCH_MANY} and
	 * {@code REMOVE_MANY} need filters.
	 */
	ApiAnswer syncCatalog(ApiRequest request) {
		JsonNode body = request.body();
		JsonNode actions = body.get("actions");
		String type = actions.get(0).get("type").stringValue();
		Instant now = request.now();
		synchronized (this.state) {
			StoredCatalog catalog = this.state.catalogById.computeIfAbsent(request.pathLong("catalogId"),
					(id) -> new StoredCatalog(id, now));
			if (body.has("version") && body.get("version").asLong() != catalog.version) {
				throw SimulatorApiException.badRequest("Invalid request", new Violation("/version",
						"is not the catalog's version", "catalog " + catalog.id + " is at version " + catalog.version));
			}
			for (int i = 0; i < actions.size(); i++) {
				check(catalog, type, actions.get(i).get("payload"), "/actions/" + i + "/payload");
			}
			for (JsonNode action : actions) {
				apply(catalog, type, action.get("payload"), now);
			}
			catalog.version++;
			catalog.modified = now;
			return ApiAnswer.ok(catalogJson(catalog));
		}
	}

	private static void check(StoredCatalog catalog, String type, JsonNode payload, String pointer) {
		String sku = payload.path("sku").asString(null);
		boolean exists = sku != null && catalog.items.containsKey(sku);
		switch (type) {
			case "ADD" -> {
				if (exists && !payload.path("replaceIfExists").asBoolean(false)) {
					throw SimulatorApiException.badRequest("Invalid request", new Violation(pointer + "/sku",
							"is already in the catalog", "set replaceIfExists to replace item " + sku));
				}
			}
			case "PATCH", "ADD_PRICE_ADJUSTMENT" -> {
				if (!exists && !payload.path("createIfNotExists").asBoolean(false)) {
					throw new SimulatorApiException(404, "Catalog item not found", List.of(new Violation(
							pointer + "/sku", "not found", "catalog " + catalog.id + " has no item " + sku)));
				}
			}
			case "PATCH_MANY", "REMOVE_MANY" -> {
				if (payload.path("filters").isEmpty()) {
					throw SimulatorApiException.badRequest("Invalid request", new Violation(pointer + "/filters",
							"needs at least one filter", type + " changes the items its filters select"));
				}
			}
			default -> {
			}
		}
	}

	private void apply(StoredCatalog catalog, String type, JsonNode payload, Instant now) {
		String sku = payload.path("sku").asString(null);
		switch (type) {
			case "ADD" -> {
				StoredCatalog.Item item = itemOf(catalog, sku, now);
				item.attributes = payload.has("attributes") ? (ObjectNode) payload.get("attributes").deepCopy()
						: this.state.json.createObjectNode();
				item.product = payload.has("product") ? (ObjectNode) payload.get("product").deepCopy() : null;
				if (payload.has("price")) {
					price(item, payload.get("price").decimalValue(), now);
				}
			}
			case "PATCH" -> patch(itemOf(catalog, sku, now), payload, now);
			case "PATCH_MANY" -> {
				for (StoredCatalog.Item item : catalog.items.values()) {
					if (matches(item, payload.get("filters"))) {
						patch(item, payload, now);
					}
				}
			}
			case "REMOVE" -> remove(catalog, sku, now);
			case "REMOVE_MANY" -> {
				List<String> removed = new ArrayList<>();
				catalog.items.values().stream().filter((item) -> matches(item, payload.get("filters")))
					.forEach((item) -> removed.add(item.sku));
				removed.forEach((removedSku) -> remove(catalog, removedSku, now));
			}
			default -> {
				// ADD_PRICE_ADJUSTMENT: the simulator has no price types
			}
		}
	}

	/** A catalog's item, added (without price or attributes) when missing. */
	private StoredCatalog.Item itemOf(StoredCatalog catalog, String sku, Instant now) {
		return catalog.items.computeIfAbsent(sku, (key) -> new StoredCatalog.Item(this.state.nextCatalogItemId(), key,
				now, this.state.json.createObjectNode()));
	}

	private void patch(StoredCatalog.Item item, JsonNode payload, Instant now) {
		if (payload.has("attributes")) {
			item.attributes.setAll((ObjectNode) payload.get("attributes").deepCopy());
		}
		if (payload.has("product")) {
			item.product = (ObjectNode) payload.get("product").deepCopy();
		}
		if (payload.has("price")) {
			price(item, payload.get("price").decimalValue(), now);
		}
	}

	private void remove(StoredCatalog catalog, String sku, Instant now) {
		StoredCatalog.Item item = catalog.items.remove(sku);
		if (item != null && item.price != null) {
			this.state.priceHistory.add(new StoredCatalog.PriceObservation(this.state.nextPriceId(), sku, null, now));
		}
	}

	/** Sets an item's price, and remembers it from now on when it changed. */
	private void price(StoredCatalog.Item item, BigDecimal price, Instant now) {
		if (item.price == null || item.price.compareTo(price) != 0) {
			this.state.priceHistory.add(new StoredCatalog.PriceObservation(this.state.nextPriceId(), item.sku, price,
					now));
		}
		item.price = price;
	}

	/**
	 * Whether an item's attributes pass all filters: {@code EQ} compares numbers by value and anything else as JSON,
	 * {@code LT}, {@code LE}, {@code GT}, {@code GE} compare numbers (a number in a string counts), {@code IN} checks the
	 * attribute against the comma-separated values.
	 */
	private static boolean matches(StoredCatalog.Item item, JsonNode filters) {
		for (JsonNode filter : filters) {
			JsonNode actual = item.attributes.get(filter.get("attr").stringValue());
			JsonNode wanted = filter.get("value");
			String op = filter.get("op").stringValue();
			if (actual == null || actual.isNull()) {
				return false;
			}
			boolean passes = switch (op) {
				case "EQ" -> (number(actual) != null && number(wanted) != null)
						? number(actual).compareTo(number(wanted)) == 0 : text(actual).equals(text(wanted));
				case "IN" -> List.of(text(wanted).split(",")).stream().map(String::trim)
					.anyMatch((value) -> value.equals(text(actual)));
				default -> {
					BigDecimal left = number(actual);
					BigDecimal right = number(wanted);
					if (left == null || right == null) {
						yield false;
					}
					int order = left.compareTo(right);
					yield switch (op) {
						case "LT" -> order < 0;
						case "LE" -> order <= 0;
						case "GT" -> order > 0;
						default -> order >= 0;
					};
				}
			};
			if (!passes) {
				return false;
			}
		}
		return true;
	}

	private static BigDecimal number(JsonNode value) {
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isString()) {
			try {
				return new BigDecimal(value.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static String text(JsonNode value) {
		return value.isString() ? value.stringValue() : value.toString();
	}

	/** {@code Catalog}. */
	private ObjectNode catalogJson(StoredCatalog catalog) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", catalog.id);
		node.put("created", catalog.created.toString());
		node.put("accountId", this.state.config.accountId());
		node.put("modified", catalog.modified.toString());
		node.put("name", "Catalog " + catalog.id);
		node.put("description", "");
		node.putArray("subscribedApplicationsIds").add(this.state.config.applicationId());
		node.put("version", catalog.version);
		node.put("createdBy", 1);
		return node;
	}

	/**
	 * The price of a SKU in the first catalog (by id) that has the SKU with a price.
	 * @param sku the SKU
	 * @return the price, or {@code null} when no catalog has one
	 */
	BigDecimal catalogPrice(String sku) {
		for (StoredCatalog catalog : this.state.catalogById.values()) {
			StoredCatalog.Item item = catalog.items.get(sku);
			if (item != null && item.price != null) {
				return item.price;
			}
		}
		return null;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Best prior prices

	/**
	 * {@code POST /v1/best_prior_price}: for each SKU with a price history, the lowest price it had in the
	 * {@code timeframe} days before the end of the timeframe: {@code timeframeEndDate} ({@code strict}) or the start
	 * of the price in effect then, which is left out ({@code price}, and {@code sale}: the simulator has no sales
	 * contexts). A SKU without a price in the timeframe is left out of the answer.
	 */
	ApiAnswer bestPriorPrice(ApiRequest request) {
		JsonNode body = request.body();
		Instant end = OffsetDateTime.parse(body.get("timeframeEndDate").stringValue()).toInstant();
		Duration timeframe = Duration.ofDays(Long.parseLong(body.get("timeframe").stringValue()));
		boolean strict = body.get("timeframeEndDateType").stringValue().equals("strict");
		Set<String> skus = new LinkedHashSet<>();
		body.get("skus").forEach((sku) -> skus.add(sku.stringValue()));
		synchronized (this.state) {
			ArrayNode answer = this.state.json.createArrayNode();
			for (String sku : skus) {
				List<StoredCatalog.PriceObservation> history = this.state.priceHistory.stream()
					.filter((observation) -> observation.sku().equals(sku)).toList();
				StoredCatalog.PriceObservation current = inEffect(history, end);
				if (current == null || (!strict && current.price() == null)) {
					continue;
				}
				Instant windowEnd = strict ? end : current.observedAt();
				Instant windowStart = windowEnd.minus(timeframe);
				StoredCatalog.PriceObservation best = null;
				for (StoredCatalog.PriceObservation observation : history) {
					boolean atStart = observation == inEffect(history, windowStart);
					boolean within = observation.observedAt().isAfter(windowStart)
							&& (strict ? !observation.observedAt().isAfter(windowEnd)
									: observation.observedAt().isBefore(windowEnd));
					if ((atStart || within) && observation.price() != null
							&& (best == null || observation.price().compareTo(best.price()) < 0)) {
						best = observation;
					}
				}
				if (best != null) {
					answer.add(bestPriorPrice(best, body.path("target")));
				}
			}
			return ApiAnswer.ok(answer);
		}
	}

	/** The last observation of a history at or before a time, or {@code null}. */
	private static StoredCatalog.PriceObservation inEffect(List<StoredCatalog.PriceObservation> history, Instant at) {
		StoredCatalog.PriceObservation last = null;
		for (StoredCatalog.PriceObservation observation : history) {
			if (!observation.observedAt().isAfter(at)) {
				last = observation;
			}
		}
		return last;
	}

	/** {@code BestPriorPrice}; the simulator's prices have no contexts and no campaign influenced them. */
	private ObjectNode bestPriorPrice(StoredCatalog.PriceObservation observation, JsonNode target) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", observation.id());
		node.put("sku", observation.sku());
		node.put("observedAt", observation.observedAt().toString());
		node.putArray("contextIds");
		node.put("contextId", "");
		node.put("price", observation.price());
		node.putObject("metadata").putArray("influencingCampaignDetails");
		node.set("target", target.isObject() ? target.deepCopy() : this.state.json.createObjectNode());
		return node;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Campaigns

	/**
	 * {@code GET /v1/integration/campaigns}: the rules as running campaigns ({@code IntegrationCampaign}), in rule
	 * order, a page. They started when the simulator started and never end; they have no stores and no audiences, so
	 * {@code storeId} and {@code audienceId} select none.
	 */
	ApiAnswer getAllCampaigns(ApiRequest request) {
		QueryParameters query = request.query();
		Set<String> ids = new LinkedHashSet<>(query.items("campaignIds", Kind.CSV));
		Instant start = this.state.started;
		boolean none = query.has("storeId") || query.has("audienceId") || query.has("endBefore")
				|| (query.has("startAfter") && start.isBefore(query.instant("startAfter")))
				|| (query.has("startBefore") && start.isAfter(query.instant("startBefore")));
		List<ObjectNode> campaigns = new ArrayList<>();
		for (PromotionRule rule : this.state.rules.rules().rules()) {
			if (none || (!ids.isEmpty() && !ids.contains(Long.toString(rule.campaignId())))) {
				continue;
			}
			ObjectNode campaign = this.state.json.createObjectNode();
			campaign.put("applicationId", this.state.config.applicationId());
			campaign.put("id", rule.campaignId());
			campaign.put("name", rule.label());
			campaign.put("description", rule.describe());
			campaign.put("startTime", start.toString());
			campaign.putObject("attributes");
			campaign.put("state", "enabled");
			campaign.putArray("tags");
			V2Answers.features(campaign, rule);
			campaign.putArray("rules").addObject().put("title", rule.label());
			campaigns.add(campaign);
		}
		return ApiAnswer.ok(this.answers.hasMorePage(campaigns, query, CAMPAIGNS_PAGE_SIZE));
	}

}
