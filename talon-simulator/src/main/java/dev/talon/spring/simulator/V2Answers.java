package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the v2 answers, as the 2026 spec's response schemas define them ({@code IntegrationStateV2},
 * {@code CustomerSessionV2}, {@code CustomerProfile}, {@code Effect}, {@code Loyalty}, {@code Campaign}, ...). Called
 * with the state's lock held.
 */
final class V2Answers {

	/** The parts of an answer that are there whatever {@code responseContent} asks. */
	private static final List<String> ALWAYS = List.of("effects", "createdCoupons", "createdReferrals");

	private final SimulatorState state;

	V2Answers(SimulatorState state) {
		this.state = state;
	}

	/**
	 * The parts every integration answer has: {@code effects}, and the coupons and referrals created (the simulator's
	 * rules create none).
	 * @param effects the effects
	 * @return the answer to add the requested parts to
	 */
	ObjectNode integrationState(List<RuleEffect> effects) {
		ObjectNode answer = this.state.json.createObjectNode();
		answer.set(ALWAYS.get(0), effects(effects));
		answer.putArray(ALWAYS.get(1));
		answer.putArray(ALWAYS.get(2));
		return answer;
	}

	ArrayNode effects(List<RuleEffect> effects) {
		ArrayNode array = this.state.json.createArrayNode();
		for (RuleEffect effect : effects) {
			array.add(effect(effect));
		}
		return array;
	}

	private ObjectNode effect(RuleEffect effect) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("campaignId", effect.campaignId());
		node.put("rulesetId", effect.campaignId());
		node.put("ruleIndex", 0);
		node.put("ruleName", effect.ruleName());
		node.put("effectType", effect.effectType());
		if (effect.triggeredByCoupon() != null) {
			node.put("triggeredByCoupon", effect.triggeredByCoupon());
		}
		ObjectNode props = node.putObject("props");
		effect.props().forEach((name, value) -> {
			if (value instanceof BigDecimal decimal) {
				props.put(name, decimal);
			}
			else if (value instanceof Long number) {
				props.put(name, number);
			}
			else if (value instanceof Integer number) {
				props.put(name, number);
			}
			else if (value instanceof Boolean flag) {
				props.put(name, flag);
			}
			else {
				props.put(name, String.valueOf(value));
			}
		});
		return node;
	}

	/** {@code CustomerSessionV2}. */
	ObjectNode session(StoredSession session) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", session.id);
		node.put("created", session.created.toString());
		node.put("integrationId", session.integrationId);
		node.put("applicationId", this.state.config.applicationId());
		node.put("profileId", session.profileId);
		node.setAll(session.passThrough.deepCopy());
		ArrayNode coupons = node.putArray("couponCodes");
		session.couponCodes.forEach(coupons::add);
		node.put("referralCode", session.referralCode);
		node.put("state", session.state.value());
		ArrayNode items = node.putArray("cartItems");
		for (int position = 0; position < session.cartItems.size(); position++) {
			ObjectNode item = session.cartItems.get(position).deepCopy();
			item.put("position", position);
			item.put("returnedQuantity", session.returnedQuantity(position));
			item.put("remainingQuantity", session.remainingQuantity(position));
			items.add(item);
		}
		node.set("additionalCosts", session.additionalCosts.deepCopy());
		node.set("attributes", session.attributes.deepCopy());
		node.put("firstSession", this.state.isFirstSession(session));
		node.put("updateCount", session.updateCount);
		node.put("total", session.total());
		node.put("cartItemTotal", session.cartItemTotal());
		node.put("additionalCostTotal", session.additionalCostTotal());
		node.put("cartItemAdditionalCostTotal", session.cartItemAdditionalCostTotal());
		node.put("updated", session.updated.toString());
		return node;
	}

	/** {@code CustomerProfile} (today's). */
	ObjectNode profile(StoredProfile profile) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", profile.id);
		node.put("created", profile.created.toString());
		node.put("integrationId", profile.integrationId);
		node.set("attributes", profile.attributes.deepCopy());
		node.put("accountId", this.state.config.accountId());
		node.put("closedSessions", profile.closedSessions);
		node.put("totalSales", profile.totalSales);
		if (!profile.audiences.isEmpty()) {
			ArrayNode audiences = node.putArray("audienceMemberships");
			for (long audience : profile.audiences) {
				StoredAudience stored = this.state.audienceById.get(audience);
				audiences.addObject().put("id", audience).put("name",
						(stored != null) ? stored.name : "Audience " + audience);
			}
		}
		node.put("lastActivity", profile.lastActivity.toString());
		node.put("sandbox", false);
		return node;
	}

	/**
	 * {@code Loyalty}: the profile's balance in each profile-based program it joined, and the loyalty cards asked for.
	 * @param profileId the profile, empty for none
	 * @param cards the cards to answer ({@code cards} is left out when empty)
	 * @param now the current time
	 * @return the loyalty
	 */
	ObjectNode loyalty(String profileId, List<StoredCard> cards, Instant now) {
		ObjectNode node = this.state.json.createObjectNode();
		if (!cards.isEmpty()) {
			ArrayNode array = node.putArray("cards");
			cards.forEach((card) -> array.add(loyaltyCard(card, now)));
		}
		ObjectNode programs = node.putObject("programs");
		for (LoyaltyLedger ledger : this.state.ledgers(profileId).values()) {
			ObjectNode program = programs.putObject(Long.toString(ledger.program.programId()));
			program.put("id", ledger.program.programId());
			program.put("title", ledger.program.programName());
			program.put("name", ledger.program.programName());
			program.put("joinDate", ledger.joined.toString());
			program.set("ledger", ledgerInfo(ledger, now));
		}
		return node;
	}

	/**
	 * {@code LedgerInfo}: the current and pending points ({@code expiredBalance} and {@code spentBalance} are
	 * deprecated and "shown as 0"; no open session is taken into account, so the tentative balance is the current one).
	 */
	ObjectNode ledgerInfo(LoyaltyLedger ledger, Instant now) {
		LoyaltyLedger.Balance balance = ledger.balance(now);
		ObjectNode node = this.state.json.createObjectNode();
		node.put("currentBalance", balance.active());
		node.put("pendingBalance", balance.pending());
		node.put("negativeBalance", BigDecimal.ZERO);
		node.put("expiredBalance", BigDecimal.ZERO);
		node.put("spentBalance", BigDecimal.ZERO);
		node.put("tentativeCurrentBalance", balance.active());
		node.put("tentativePendingBalance", balance.pending());
		node.put("tentativeNegativeBalance", BigDecimal.ZERO);
		return node;
	}

	/** {@code LoyaltyBalance} (and {@code LoyaltyBalanceWithTier} without tiers). */
	ObjectNode loyaltyBalance(LoyaltyLedger.Balance balance) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("activePoints", balance.active());
		node.put("pendingPoints", balance.pending());
		node.put("spentPoints", BigDecimal.ZERO);
		node.put("expiredPoints", balance.expired());
		node.put("negativePoints", BigDecimal.ZERO);
		return node;
	}

	/** {@code LoyaltyCard}. */
	ObjectNode loyaltyCard(StoredCard card, Instant now) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", card.id);
		node.put("created", card.created.toString());
		node.put("programID", card.program.programId());
		node.put("programName", card.program.programName());
		node.put("programTitle", card.program.programName());
		node.put("status", card.active ? "active" : "inactive");
		node.put("identifier", card.identifier);
		node.put("usersPerCardLimit", 0);
		node.set("profiles", cardProfiles(card));
		node.set("ledger", ledgerInfo(card.ledger, now));
		node.putObject("subledgers");
		node.put("modified", card.modified.toString());
		return node;
	}

	/** The {@code LoyaltyCardProfileRegistration}s of a card. */
	ArrayNode cardProfiles(StoredCard card) {
		ArrayNode profiles = this.state.json.createArrayNode();
		card.profiles.forEach((profileId, linked) -> profiles.addObject()
			.put("integrationId", profileId)
			.put("timestamp", linked.toString()));
		return profiles;
	}

	/**
	 * A page of {@code {hasMore, data}}: {@code pageSize} items (the default when absent) after {@code skip}.
	 * @param items all items, in order
	 * @param query the request's {@code pageSize} and {@code skip}
	 * @param defaultPageSize the spec's default page size
	 * @return the page
	 */
	ObjectNode hasMorePage(List<ObjectNode> items, QueryParameters query, long defaultPageSize) {
		int[] range = range(items, query, defaultPageSize);
		ObjectNode page = this.state.json.createObjectNode();
		page.put("hasMore", range[1] < items.size());
		page.putArray("data").addAll(items.subList(range[0], range[1]));
		return page;
	}

	/**
	 * A page of {@code {totalResultSize, data}}: {@code pageSize} items (the default when absent) after {@code skip},
	 * and how many there are in all.
	 * @param items all items, in order
	 * @param query the request's {@code pageSize} and {@code skip}
	 * @param defaultPageSize the spec's default page size
	 * @return the page
	 */
	ObjectNode totalPage(List<ObjectNode> items, QueryParameters query, long defaultPageSize) {
		int[] range = range(items, query, defaultPageSize);
		ObjectNode page = this.state.json.createObjectNode();
		page.put("totalResultSize", items.size());
		page.putArray("data").addAll(items.subList(range[0], range[1]));
		return page;
	}

	/** The first and the end (exclusive) index of a page: {@code pageSize} items after {@code skip}. */
	private static int[] range(List<ObjectNode> items, QueryParameters query, long defaultPageSize) {
		int from = (int) Math.min(items.size(), query.integer("skip", 0));
		int to = (int) Math.min(items.size(), from + query.integer("pageSize", defaultPageSize));
		return new int[] { from, to };
	}

	/** {@code IntegrationCoupon}s of the codes of a session that exist. */
	ArrayNode coupons(StoredSession session) {
		ArrayNode coupons = this.state.json.createArrayNode();
		Set<CouponRule> seen = new LinkedHashSet<>();
		for (String code : session.couponCodes) {
			CouponRule rule = this.state.rules.couponRule(code);
			if (rule != null && seen.add(rule)) {
				coupons.add(coupon(rule).put("profileRedemptionCount", redemptions(rule, session.profileId)));
			}
		}
		return coupons;
	}

	/**
	 * {@code Coupon}: the code of a coupon rule (one code per campaign, whose id is the campaign's), without usage
	 * limit, with its redemptions and reservations.
	 */
	ObjectNode coupon(CouponRule rule) {
		SimulatorState.CouponUsage usage = this.state.couponUsage.get(rule.code().toUpperCase(Locale.ROOT));
		ObjectNode coupon = this.state.json.createObjectNode();
		coupon.put("id", RuleEngine.couponId(rule));
		coupon.put("created", this.state.started.toString());
		coupon.put("campaignId", rule.campaignId());
		coupon.put("value", rule.code());
		coupon.put("usageLimit", 0);
		coupon.put("usageCounter", (usage != null) ? usage.usageCounter : 0);
		coupon.put("reservationCounter", this.state.reservationsOf(rule).size());
		coupon.put("reservation", true);
		coupon.put("isReservationMandatory", rule.reservationMandatory());
		coupon.put("implicitlyReserved", false);
		return coupon;
	}

	/**
	 * {@code InventoryCoupon} of a coupon reserved for a profile: {@code used} once the profile redeemed it (closed
	 * sessions that are not cancelled), {@code active} before.
	 */
	ObjectNode inventoryCoupon(CouponRule rule, String profileId) {
		long redemptions = redemptions(rule, profileId);
		return coupon(rule).put("profileRedemptionCount", redemptions).put("state", (redemptions > 0) ? "used" : "active");
	}

	private long redemptions(CouponRule rule, String profileId) {
		SimulatorState.CouponUsage usage = this.state.couponUsage.get(rule.code().toUpperCase(Locale.ROOT));
		return (usage != null) ? usage.byProfile(profileId) : 0;
	}

	/** {@code InventoryReferral} of the session's referral code, or {@code null} when there is no such code. */
	ObjectNode referral(StoredSession session) {
		StoredReferral referral = session.referralCode.isEmpty() ? null
				: this.state.referralByCode(session.referralCode);
		return (referral != null) ? inventoryReferral(referral) : null;
	}

	/** {@code InventoryReferral}: a {@code Referral} and the friends who used it. */
	ObjectNode inventoryReferral(StoredReferral referral) {
		ObjectNode node = this.state.v1().referralJson(referral);
		ArrayNode referred = node.putArray("referredCustomers");
		referral.referredCustomers().forEach(referred::add);
		return node;
	}

	/** {@code Campaign}s of the campaigns that produced the effects, in order of first effect. */
	ArrayNode triggeredCampaigns(List<RuleEffect> effects) {
		Map<Long, PromotionRule> campaigns = new LinkedHashMap<>();
		for (RuleEffect effect : effects) {
			PromotionRule rule = rule(effect.campaignId());
			if (rule != null) {
				campaigns.putIfAbsent(rule.campaignId(), rule);
			}
		}
		ArrayNode array = this.state.json.createArrayNode();
		for (PromotionRule rule : campaigns.values()) {
			ObjectNode campaign = array.addObject();
			campaign.put("id", rule.campaignId());
			campaign.put("created", this.state.started.toString());
			campaign.put("applicationId", this.state.config.applicationId());
			campaign.put("userId", 1);
			campaign.put("name", rule.label());
			campaign.put("description", rule.describe());
			campaign.put("state", "enabled");
			campaign.put("activeRulesetId", rule.campaignId());
			campaign.putArray("tags");
			campaign.put("reevaluateOnReturn", false);
			features(campaign, rule);
			campaign.putArray("limits");
			campaign.put("type", "advanced");
			campaign.put("frontendState", "running");
			campaign.put("storesImported", false);
		}
		return array;
	}

	/** {@code RuleFailureReason}s of the rules that did not pass. */
	ArrayNode ruleFailureReasons(RuleEngine.Evaluation evaluation) {
		ArrayNode array = this.state.json.createArrayNode();
		if (evaluation == null) {
			return array;
		}
		for (RuleEngine.Outcome outcome : evaluation.outcomes()) {
			if (outcome.passed()) {
				continue;
			}
			ObjectNode reason = array.addObject();
			reason.put("campaignID", outcome.rule().campaignId());
			reason.put("campaignName", outcome.rule().label());
			reason.put("rulesetID", outcome.rule().campaignId());
			if (outcome.couponCode() != null) {
				reason.put("couponID", RuleEngine.couponId((CouponRule) outcome.rule()));
				reason.put("couponValue", outcome.couponCode());
			}
			reason.put("ruleIndex", 0);
			reason.put("ruleName", outcome.rule().label());
			reason.put("details", outcome.failure());
		}
		return array;
	}

	/** {@code CampaignEligibility} of each campaign the evaluation considered (dry requests only). */
	ArrayNode campaignEligibility(RuleEngine.Evaluation evaluation) {
		ArrayNode array = this.state.json.createArrayNode();
		if (evaluation == null) {
			return array;
		}
		for (RuleEngine.Outcome outcome : evaluation.outcomes()) {
			PromotionRule rule = outcome.rule();
			ObjectNode campaign = array.addObject();
			campaign.put("applicationId", this.state.config.applicationId());
			campaign.put("id", rule.campaignId());
			campaign.put("name", rule.label());
			campaign.put("description", rule.describe());
			campaign.put("state", "enabled");
			campaign.putArray("tags");
			features(campaign, rule);
			ObjectNode eligibility = campaign.putArray("eligibility").addObject();
			eligibility.put("passed", outcome.passed());
			if (outcome.couponCode() != null) {
				eligibility.put("couponCode", outcome.couponCode());
			}
			if (!outcome.passed()) {
				eligibility.putObject("details").put("failureCode", "ALL_RULES_FAILED");
			}
			ObjectNode ruleNode = campaign.putArray("rules").addObject();
			ruleNode.put("title", rule.label());
			ObjectNode ruleEligibility = ruleNode.putArray("eligibility").addObject();
			ruleEligibility.put("passed", outcome.passed());
			if (outcome.couponCode() != null) {
				ruleEligibility.put("couponCode", outcome.couponCode());
			}
			if (!outcome.passed()) {
				ruleEligibility.putObject("details")
					.put("failureCode", "CONDITION_NOT_MET")
					.put("details", outcome.failure());
			}
		}
		return array;
	}

	/** {@code Event} (today's), whose effects are v2 effect objects. */
	ObjectNode event(SimulatedEvent event, ObjectNode attributes, String storeIntegrationId, List<RuleEffect> effects,
			Instant created) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", event.id());
		node.put("created", created.toString());
		node.put("applicationId", this.state.config.applicationId());
		node.put("profileId", event.profileId());
		if (storeIntegrationId != null) {
			node.put("storeIntegrationId", storeIntegrationId);
		}
		node.put("type", event.type());
		node.set("attributes", attributes);
		if (event.sessionId() != null) {
			node.put("sessionId", event.sessionId());
		}
		node.set("effects", effects(effects));
		return node;
	}

	/** {@code EventV3}. */
	ObjectNode advancedEvent(StoredAdvancedEvent event) {
		ObjectNode node = this.state.json.createObjectNode();
		if (event.connectedSessionId() != null) {
			node.put("connectedSessionId", event.connectedSessionId());
		}
		node.put("id", event.id());
		node.put("created", event.created().toString());
		node.put("applicationId", this.state.config.applicationId());
		node.put("profileId", event.profileId());
		if (event.storeIntegrationId() != null) {
			node.put("storeIntegrationId", event.storeIntegrationId());
		}
		node.put("type", event.type());
		node.set("attributes", event.attributes().deepCopy());
		node.put("integrationId", event.integrationId());
		node.set("effects", effects(event.effects()));
		return node;
	}

	/** {@code Return}. */
	ObjectNode returnJson(StoredReturn stored) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("id", stored.id());
		node.put("created", stored.created().toString());
		node.put("applicationId", this.state.config.applicationId());
		node.put("accountId", this.state.config.accountId());
		ArrayNode items = node.putArray("returnedCartItems");
		for (SimulatedReturn.Item item : stored.items()) {
			items.addObject().put("position", item.position()).put("quantity", item.quantity()).put("sku", item.sku());
		}
		node.put("eventId", stored.eventId());
		node.put("sessionId", stored.session().id);
		node.put("sessionIntegrationId", stored.session().integrationId);
		if (stored.profile() != null) {
			node.put("profileId", stored.profile().id);
			node.put("profileIntegrationId", stored.profile().integrationId);
		}
		return node;
	}

	/** The {@code Return}s of a session. */
	ArrayNode returns(List<StoredReturn> returns) {
		ArrayNode array = this.state.json.createArrayNode();
		returns.forEach((stored) -> array.add(returnJson(stored)));
		return array;
	}

	private PromotionRule rule(long campaignId) {
		for (PromotionRule rule : this.state.rules.rules().rules()) {
			if (rule.campaignId() == campaignId) {
				return rule;
			}
		}
		return null;
	}

	/** A campaign's {@code features}: coupons, referrals or loyalty, by the kind of its rule. */
	static void features(ObjectNode campaign, PromotionRule rule) {
		ArrayNode features = campaign.putArray("features");
		if (rule instanceof CouponRule) {
			features.add("coupons");
		}
		else if (rule instanceof ReferralRule) {
			features.add("referrals");
		}
		else if (rule instanceof LoyaltyRule) {
			features.add("loyalty");
		}
	}

}
