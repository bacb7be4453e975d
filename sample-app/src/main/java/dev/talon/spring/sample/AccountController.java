package dev.talon.spring.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonNotFoundException;
import dev.talon.spring.sample.AccountView.DataDeletion;
import dev.talon.spring.sample.AccountView.PointsHistory;
import dev.talon.spring.sample.CustomerView.ProfileUpdate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's account area: signing up (a profile in every Talon.One Application, and the market's sign-up coupon
 * reserved for them), the account page of a market (points, their history, coupons, referral codes) and "delete my
 * data". Loyalty programs and coupons belong to a market's Application: the page and the history are of the market
 * asked for ({@code ?market=uk}, the default market without), a sign-up reserves the coupon of its market, and the
 * deletion goes to every Application.
 * <p>
 * Each needs Talon.One. The customer id is checked first ({@link #customerId(String)}), so that Talon.One never
 * refuses it. While Talon.One is down, slow or rate limiting, the answer is a 503 with {@code Retry-After}; when it
 * refuses the request (a 4xx), a 502 without, as asking again will not help ({@link TalonOne#retryCanFix}); a customer
 * it has no profile of is a 404. A sign-up is done (201) only when the market's own Application took the profile and
 * the coupon was reserved; otherwise the problem detail gives the outcome in each Application (signing up again is
 * safe). "Delete my data" first abandons the customer's open carts ({@link CartService#abandonCartsOf(String)}), so
 * that no later change of them creates the profile again; a deletion that failed in some Application answers 503 with
 * the outcome in each (deleting again is safe), or 502 when every such Application refused it.
 */
@RestController
class AccountController {

	private static final Log logger = LogFactory.getLog(AccountController.class);

	/** The largest page of {@code GET /accounts/{id}/points-history}. */
	static final int MAX_HISTORY_PAGE = 50;

	/** Talon.One's limit on the length of a profile's integration id ({@code integrationId}, 2026 spec). */
	static final int MAX_CUSTOMER_ID_LENGTH = 1000;

	private final TalonOne talon;

	private final Markets markets;

	private final CartService carts;

	AccountController(TalonOne talon, Markets markets, CartService carts) {
		this.talon = talon;
		this.markets = markets;
		this.carts = carts;
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<SignedUp> signUp(@RequestBody SignUp body) {
		return Mono.defer(() -> {
			String customerId = customerId(body.customerId());
			Market market = this.markets.get(body.market());
			Map<String, Object> attributes = (body.attributes() != null) ? body.attributes() : Map.of();
			Mono<Void> coupon = (market.signUpCoupon() != null)
					? this.talon.reserveCoupon(market.signUpCoupon(), customerId, market) : Mono.empty();
			return this.talon.updateCustomerEverywhere(customerId, attributes)
				.flatMap((update) -> {
					Map<String, ProfileUpdate> applications = update.applications();
					Map<String, Object> outcome = Map.of("customerId", customerId, "applications", applications);
					if (update.customer() == null) {
						return Mono.error(talonFailure("signing up customer " + customerId, update.firstFailure(),
								"You could not be signed up right now; please try again in a moment.",
								"You could not be signed up: Talon.One refused the sign-up.", outcome));
					}
					if (applications.get(market.application()) == ProfileUpdate.FAILED) {
						return Mono.error(ShopException.talonUnavailable("You could not be signed up in market "
								+ market.name() + " right now; please sign up again in a moment (that is safe).",
								outcome));
					}
					if (applications.get(market.application()) == ProfileUpdate.REFUSED) {
						return Mono.error(ShopException.talonRefused("You could not be signed up in market "
								+ market.name() + ": Talon.One refused the sign-up.", outcome));
					}
					return coupon
						.onErrorMap(TalonException.class, (ex) -> talonFailure(
								"reserving " + market.signUpCoupon() + " for customer " + customerId, ex,
								"You are signed up, but your welcome coupon could not be reserved right now; please "
										+ "sign up again in a moment (that is safe).",
								"You are signed up, but your welcome coupon could not be reserved: Talon.One "
										+ "refused the reservation.",
								outcome))
						.thenReturn(new SignedUp(customerId, market.name(), market.signUpCoupon(), applications));
				});
		}).onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()));
	}

	@GetMapping("/accounts/{customerId}")
	Mono<AccountView> account(@PathVariable("customerId") String id, @RequestParam(required = false) String market) {
		return Mono.defer(() -> {
			String customerId = customerId(id);
			Market shop = this.markets.get(market);
			return this.talon.account(customerId, shop).onErrorMap(TalonException.class,
					(ex) -> accountFailure(customerId, shop, ex));
		}).onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()));
	}

	@GetMapping("/accounts/{customerId}/points-history")
	Mono<PointsHistory> pointsHistory(@PathVariable("customerId") String id,
			@RequestParam(required = false) String market, @RequestParam(defaultValue = "0") long skip,
			@RequestParam(defaultValue = "" + TalonOne.ACCOUNT_HISTORY_SIZE) int size) {
		return Mono.defer(() -> {
			String customerId = customerId(id);
			Market shop = this.markets.get(market);
			if (skip < 0) {
				throw ShopException.badRequest("skip must be 0 or more but was " + skip);
			}
			if (size < 1 || size > MAX_HISTORY_PAGE) {
				throw ShopException.badRequest("size must be between 1 and " + MAX_HISTORY_PAGE + " but was " + size);
			}
			return this.talon.pointsHistory(customerId, shop, skip, size).onErrorMap(TalonException.class,
					(ex) -> accountFailure(customerId, shop, ex));
		}).onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()));
	}

	@DeleteMapping("/accounts/{customerId}")
	Mono<DataDeleted> deleteData(@PathVariable("customerId") String id) {
		return Mono.defer(() -> {
			String customerId = customerId(id);
			// first, so that no later change of those carts creates the profile again
			this.carts.abandonCartsOf(customerId);
			return this.talon.deleteCustomerData(customerId).map((outcomes) -> deleted(customerId, outcomes));
		}).onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()));
	}

	private static DataDeleted deleted(String customerId, Map<String, DataDeletion> outcomes) {
		List<String> failed = outcomes.entrySet()
			.stream()
			.filter((outcome) -> outcome.getValue() == DataDeletion.FAILED
					|| outcome.getValue() == DataDeletion.REFUSED)
			.map(Map.Entry::getKey)
			.toList();
		if (failed.isEmpty()) {
			return new DataDeleted(customerId, outcomes);
		}
		List<String> done = outcomes.keySet().stream().filter((name) -> !failed.contains(name)).toList();
		String deletedIn = "Your data is deleted in " + String.join(", ", done);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("customerId", customerId);
		properties.put("applications", outcomes);
		if (outcomes.containsValue(DataDeletion.FAILED)) {
			// at least one Application may take it when asked again
			throw ShopException.talonUnavailable((done.isEmpty() ? "Your data could not be deleted right now"
					: deletedIn + ", but not yet in " + String.join(", ", failed))
					+ ": please try again in a moment (deleting again is safe).", properties);
		}
		throw ShopException.talonRefused((done.isEmpty() ? "Your data could not be deleted"
				: deletedIn + ", but not in " + String.join(", ", failed)) + ": Talon.One refused the deletion.",
				properties);
	}

	/**
	 * The customer id of a request, checked against Talon.One's limits before any call, so that Talon.One never
	 * refuses it: not blank, at most {@value #MAX_CUSTOMER_ID_LENGTH} characters (the {@code integrationId} of the
	 * Integration API's profile paths, 2026 spec), and not a dot-segment. Surrounding spaces are stripped everywhere
	 * ({@code " hank "} is {@code hank} when signing up, reading or deleting), as typed ids carry them by mistake.
	 * @param id the id as sent
	 * @return the id without surrounding spaces
	 * @throws ShopException a 400 naming {@code customerId} when the id cannot be a Talon.One profile's
	 */
	static String customerId(String id) {
		if (id == null || id.isBlank()) {
			throw ShopException.badRequest("customerId must not be blank");
		}
		String customerId = id.strip();
		if (customerId.length() > MAX_CUSTOMER_ID_LENGTH) {
			throw ShopException.badRequest("customerId must be at most " + MAX_CUSTOMER_ID_LENGTH
					+ " characters but had " + customerId.length());
		}
		if (customerId.equals(".") || customerId.equals("..")) {
			throw ShopException.badRequest("customerId must not be '" + customerId
					+ "': Talon.One cannot tell it from a path segment");
		}
		return customerId;
	}

	private static ShopException accountFailure(String customerId, Market market, TalonException ex) {
		if (ex instanceof TalonNotFoundException) {
			logger.info("Talon.One Application " + market.application() + " has no account page of customer "
					+ customerId + ": " + ex.getMessage());
			return ShopException.notFound("Customer " + customerId + " has no account in market " + market.name());
		}
		return talonFailure("reading the account of customer " + customerId + " in market " + market.name(), ex,
				"Your account details are unavailable right now; please try again in a moment.",
				"Your account details cannot be shown: Talon.One refused to answer.", Map.of());
	}

	private static ShopException talonFailure(String what, TalonException ex, String retryDetail,
			String refusedDetail, Map<String, ?> properties) {
		return ShopException.talonFailed(logger, what, ex, retryDetail, refusedDetail, properties);
	}

	/**
	 * The body of a sign-up.
	 *
	 * @param customerId the new customer's id, which becomes their Talon.One profile's integration id
	 * @param market the market they sign up in, whose sign-up coupon they get; absent for the default market
	 * @param attributes the attributes of their profile (optional)
	 */
	record SignUp(String customerId, String market, Map<String, Object> attributes) {
	}

	/**
	 * A customer who signed up.
	 *
	 * @param customerId the customer's id
	 * @param market the market they signed up in
	 * @param welcomeCoupon the coupon reserved for them in that market, absent when the market has none
	 * @param applications the outcome of the profile in each Talon.One Application, by name
	 */
	record SignedUp(String customerId, String market, String welcomeCoupon, Map<String, ProfileUpdate> applications) {
	}

	/**
	 * A customer's data, deleted.
	 *
	 * @param customerId the customer's id
	 * @param applications the outcome in each Talon.One Application, by name ({@code DELETED} or {@code NO_DATA})
	 */
	record DataDeleted(String customerId, Map<String, DataDeletion> applications) {
	}

}
