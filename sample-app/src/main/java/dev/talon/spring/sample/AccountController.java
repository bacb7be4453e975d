package dev.talon.spring.sample;

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
 * Each needs Talon.One. While the market's Application is down, the page answers 503 with {@code Retry-After}; a
 * customer it has no profile of is a 404. A sign-up answers 503 when no Application took the profile or the coupon
 * could not be reserved (signing up again is safe). A deletion that failed in some Application answers 503 with the
 * outcome in each (deleting again is safe).
 */
@RestController
class AccountController {

	private static final Log logger = LogFactory.getLog(AccountController.class);

	/** The largest page of {@code GET /accounts/{id}/points-history}. */
	static final int MAX_HISTORY_PAGE = 50;

	private final TalonOne talon;

	private final Markets markets;

	AccountController(TalonOne talon, Markets markets) {
		this.talon = talon;
		this.markets = markets;
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<SignedUp> signUp(@RequestBody SignUp body) {
		return Mono.defer(() -> {
			if (body.customerId() == null || body.customerId().isBlank()) {
				throw ShopException.badRequest("customerId must not be blank");
			}
			String customerId = body.customerId().strip();
			Market market = this.markets.get(body.market());
			Map<String, Object> attributes = (body.attributes() != null) ? body.attributes() : Map.of();
			Mono<CustomerView> profile = this.talon.updateCustomer(customerId, attributes)
				.onErrorMap(TalonException.class, (ex) -> unavailable("signing up customer " + customerId, ex,
						"You could not be signed up right now; please try again in a moment."));
			Mono<Void> coupon = (market.signUpCoupon() != null)
					? this.talon.reserveCoupon(market.signUpCoupon(), customerId, market) : Mono.empty();
			return profile.flatMap((customer) -> coupon
				.onErrorMap(TalonException.class,
						(ex) -> unavailable("reserving " + market.signUpCoupon() + " for customer " + customerId, ex,
								"You are signed up, but your welcome coupon could not be reserved right now; please "
										+ "sign up again in a moment (that is safe)."))
				.thenReturn(new SignedUp(customerId, market.name(), market.signUpCoupon(), customer.applications())));
		}).onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()));
	}

	@GetMapping("/accounts/{customerId}")
	Mono<AccountView> account(@PathVariable String customerId, @RequestParam(required = false) String market) {
		return Mono.defer(() -> {
			Market shop = this.markets.get(market);
			return this.talon.account(customerId, shop).onErrorMap(TalonException.class,
					(ex) -> accountUnavailable(customerId, shop, ex));
		}).onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()));
	}

	@GetMapping("/accounts/{customerId}/points-history")
	Mono<PointsHistory> pointsHistory(@PathVariable String customerId, @RequestParam(required = false) String market,
			@RequestParam(defaultValue = "0") long skip,
			@RequestParam(defaultValue = "" + TalonOne.ACCOUNT_HISTORY_SIZE) int size) {
		return Mono.defer(() -> {
			Market shop = this.markets.get(market);
			if (skip < 0) {
				throw ShopException.badRequest("skip must be 0 or more but was " + skip);
			}
			if (size < 1 || size > MAX_HISTORY_PAGE) {
				throw ShopException.badRequest("size must be between 1 and " + MAX_HISTORY_PAGE + " but was " + size);
			}
			return this.talon.pointsHistory(customerId, shop, skip, size).onErrorMap(TalonException.class,
					(ex) -> accountUnavailable(customerId, shop, ex));
		}).onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()));
	}

	@DeleteMapping("/accounts/{customerId}")
	Mono<DataDeleted> deleteData(@PathVariable String customerId) {
		return Mono.defer(() -> this.talon.deleteCustomerData(customerId))
			.onErrorMap(IllegalArgumentException.class, (ex) -> ShopException.badRequest(ex.getMessage()))
			.map((outcomes) -> {
				List<String> failed = outcomes.entrySet()
					.stream()
					.filter((outcome) -> outcome.getValue() == DataDeletion.FAILED)
					.map(Map.Entry::getKey)
					.toList();
				if (failed.isEmpty()) {
					return new DataDeleted(customerId, outcomes);
				}
				List<String> done = outcomes.keySet().stream().filter((name) -> !failed.contains(name)).toList();
				String detail = (done.isEmpty() ? "Your data could not be deleted right now"
						: "Your data is deleted in " + String.join(", ", done) + ", but not yet in "
								+ String.join(", ", failed))
						+ ": please try again in a moment (deleting again is safe).";
				throw new ShopException(HttpStatus.SERVICE_UNAVAILABLE, detail,
						Map.of("customerId", customerId, "applications", outcomes));
			});
	}

	private static ShopException accountUnavailable(String customerId, Market market, TalonException ex) {
		if (ex instanceof TalonNotFoundException) {
			logger.info("Talon.One Application " + market.application() + " has no account page of customer "
					+ customerId + ": " + ex.getMessage());
			return ShopException.notFound("Customer " + customerId + " has no account in market " + market.name());
		}
		return unavailable("reading the account of customer " + customerId + " in market " + market.name(), ex,
				"Your account details are unavailable right now; please try again in a moment.");
	}

	private static ShopException unavailable(String what, TalonException ex, String detail) {
		logger.warn("Talon.One failed " + what + ": " + ex.getMessage());
		return ShopException.talonUnavailable(detail);
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
