package dev.talon.spring.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.talon.spring.simulator.QueryParameters.Kind;

/**
 * Today's Integration API operations on what the simulator keeps of a customer: the inventory (profile, referral
 * codes, reserved coupons, loyalty), achievements (the simulator has none: empty pages), coupon reservations, referral
 * codes for many advocates, and the deletion of a customer's data.
 */
final class CustomerDataOperations {

	/** The query parameters of {@code getCustomerAchievements}. */
	static final Map<String, Kind> ACHIEVEMENTS_PARAMETERS = Map.of("campaignIds", Kind.CSV, "achievementIds",
			Kind.CSV, "achievementStatus", Kind.csvOf("active", "scheduled"), "currentProgressStatus",
			Kind.csvOf("inprogress", "completed", "not_started"), "pageSize", Kind.PAGE_SIZE, "skip", Kind.SKIP);

	/** The query parameters of {@code getCustomerAchievementHistory}. */
	static final Map<String, Kind> ACHIEVEMENT_HISTORY_PARAMETERS = Map.of("progressStatus",
			Kind.csvOf("inprogress", "completed", "expired"), "startDate", Kind.DATE_TIME, "endDate", Kind.DATE_TIME,
			"pageSize", Kind.PAGE_SIZE, "skip", Kind.SKIP);

	/** The page size of achievements when none is asked for. */
	static final long ACHIEVEMENTS_PAGE_SIZE = 1000;

	private final SimulatorState state;

	private final V2Answers answers;

	CustomerDataOperations(SimulatorState state) {
		this.state = state;
		this.answers = new V2Answers(state);
	}

	/**
	 * {@code GET /v1/customer_profiles/{id}/inventory}: the parts the query asks for ({@code profile=true}, ...): the
	 * profile, the referral codes it advocates, the coupons reserved for it, its loyalty (the profile-based programs
	 * it joined and the cards linked to it), and no giveaways or achievements.
	 */
	ApiAnswer getCustomerInventory(ApiRequest request) {
		QueryParameters query = request.query();
		synchronized (this.state) {
			StoredProfile profile = this.state.existingProfile(request.path("integrationId"));
			ObjectNode answer = this.state.json.createObjectNode();
			if (query.flag("profile")) {
				answer.set("profile", this.answers.profile(profile));
			}
			if (query.flag("loyalty")) {
				List<StoredCard> cards = new ArrayList<>();
				this.state.cards.values().forEach((byIdentifier) -> byIdentifier.values().stream()
					.filter((card) -> card.profiles.containsKey(profile.integrationId))
					.forEach(cards::add));
				answer.set("loyalty", this.answers.loyalty(profile.integrationId, cards, request.now()));
			}
			if (query.flag("referrals")) {
				ArrayNode referrals = answer.putArray("referrals");
				this.state.referrals.values().stream()
					.filter((referral) -> referral.advocateProfileIntegrationId().equals(profile.integrationId))
					.forEach((referral) -> referrals.add(this.answers.inventoryReferral(referral)));
			}
			if (query.flag("coupons")) {
				ArrayNode coupons = answer.putArray("coupons");
				for (PromotionRule rule : this.state.rules.rules().rules()) {
					if (rule instanceof CouponRule coupon && this.state.holdsReservation(coupon, profile.integrationId)) {
						coupons.add(this.answers.inventoryCoupon(coupon, profile.integrationId));
					}
				}
			}
			if (query.flag("giveaways")) {
				answer.putArray("giveaways");
			}
			if (query.flag("achievements")) {
				answer.putArray("achievements");
			}
			return ApiAnswer.ok(answer);
		}
	}

	/** {@code GET /v1/customer_profiles/{id}/achievements}: the simulator has no achievements, an empty page. */
	ApiAnswer getCustomerAchievements(ApiRequest request) {
		synchronized (this.state) {
			this.state.existingProfile(request.path("integrationId"));
			return ApiAnswer.ok(this.answers.totalPage(List.of(), request.query(), ACHIEVEMENTS_PAGE_SIZE));
		}
	}

	/** {@code GET /v1/customer_profiles/{id}/achievements/{achievementId}}: a 404, there is no achievement. */
	ApiAnswer getCustomerAchievementHistory(ApiRequest request) {
		synchronized (this.state) {
			this.state.existingProfile(request.path("integrationId"));
			throw new SimulatorApiException(404, "Achievement not found", List.of(Violation.inParameter(
					"achievementId", "not found", "no achievement " + request.path("achievementId"))));
		}
	}

	/**
	 * {@code POST /v1/coupon_reservations/{code}}: reserves an existing coupon code for the profiles (created if
	 * missing; their {@code lastActivity} stays); answers the coupon (201).
	 */
	ApiAnswer createCouponReservation(ApiRequest request) {
		synchronized (this.state) {
			CouponRule coupon = existingCoupon(request);
			Set<String> holders = this.state.reservations.computeIfAbsent(coupon.code().toUpperCase(Locale.ROOT),
					(code) -> new LinkedHashSet<>());
			for (JsonNode profileId : request.body().get("integrationIDs")) {
				this.state.ensureProfile(profileId.stringValue(), request.now());
				holders.add(profileId.stringValue());
			}
			return new ApiAnswer(201, this.answers.coupon(coupon));
		}
	}

	/** {@code DELETE /v1/coupon_reservations/{code}}: releases the reservations of the profiles (204). */
	ApiAnswer deleteCouponReservation(ApiRequest request) {
		synchronized (this.state) {
			CouponRule coupon = existingCoupon(request);
			Set<String> holders = this.state.reservations.get(coupon.code().toUpperCase(Locale.ROOT));
			if (holders != null) {
				request.body().get("integrationIDs").forEach((profileId) -> holders.remove(profileId.stringValue()));
			}
			return ApiAnswer.noContent();
		}
	}

	/** {@code GET /v1/coupon_reservations/customerprofiles/{code}}: the profiles holding a reservation. */
	ApiAnswer getReservedCustomers(ApiRequest request) {
		synchronized (this.state) {
			CouponRule coupon = existingCoupon(request);
			ObjectNode answer = this.state.json.createObjectNode();
			ArrayNode data = this.state.json.createArrayNode();
			for (String profileId : this.state.reservationsOf(coupon)) {
				StoredProfile profile = this.state.profiles.get(profileId);
				if (profile != null) {
					data.add(this.answers.profile(profile));
				}
			}
			answer.put("totalResultSize", data.size());
			answer.set("data", data);
			return ApiAnswer.ok(answer);
		}
	}

	private CouponRule existingCoupon(ApiRequest request) {
		CouponRule coupon = this.state.rules.couponRule(request.path("couponValue"));
		if (coupon == null) {
			throw new SimulatorApiException(404, "Coupon not found", List.of(Violation.inParameter("couponValue",
					"not found", "no coupon " + request.path("couponValue"))));
		}
		return coupon;
	}

	/**
	 * {@code POST /v1/referrals_for_multiple_advocates}: one new code per advocate (a repeated advocate gets one per
	 * mention) like {@code createReferral}, from {@code referralPattern} and {@code validCharacters} when given; with
	 * {@code silent=yes} (the default) the answer is a 204, else a 201 with the codes.
	 */
	ApiAnswer createReferralsForMultipleAdvocates(ApiRequest request) {
		JsonNode body = request.body();
		String pattern = body.path("referralPattern").asString(null);
		List<String> characters = new ArrayList<>();
		body.path("validCharacters").forEach((character) -> characters.add(character.stringValue()));
		synchronized (this.state) {
			ReferralRule campaign = this.state.v1().referralCampaign(body);
			JsonNode advocates = body.get("advocateProfileIntegrationIds");
			List<String> codes = new ArrayList<>();
			Set<String> taken = new HashSet<>();
			for (int i = 0; i < advocates.size(); i++) {
				codes.add(this.state.v1().newReferralCode(pattern, characters, taken));
			}
			ArrayNode data = this.state.json.createArrayNode();
			for (int i = 0; i < advocates.size(); i++) {
				StoredReferral referral = this.state.v1().addReferral(campaign, body, advocates.get(i).stringValue(),
						codes.get(i), request.now());
				data.add(this.state.v1().referralJson(referral));
			}
			if (request.query().yes("silent", true)) {
				return ApiAnswer.noContent();
			}
			ObjectNode answer = this.state.json.createObjectNode();
			answer.put("totalResultSize", data.size());
			answer.set("data", data);
			return new ApiAnswer(201, answer);
		}
	}

	/**
	 * {@code DELETE /v1/customer_data/{id}}: the profile, its sessions, events, loyalty ledgers, reservations and card
	 * links are gone (see {@link SimulatorState#deleteCustomer}); later reads of them are 404s.
	 */
	ApiAnswer deleteCustomerData(ApiRequest request) {
		synchronized (this.state) {
			StoredProfile profile = this.state.existingProfile(request.path("integrationId"));
			this.state.deleteCustomer(profile.integrationId);
			return ApiAnswer.noContent();
		}
	}

}
