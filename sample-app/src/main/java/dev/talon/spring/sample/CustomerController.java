package dev.talon.spring.sample;

import java.util.Map;

import dev.talon.spring.client.TalonException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers in Talon.One: their attributes ({@code updateCustomerProfileV2}, in every Talon.One Application), their
 * orders' totals and loyalty points in a market, and the referral codes they share in a market
 * ({@code createReferral}); the market is {@code ?market=uk}, the default market without. Customer ids are checked
 * as in the account area ({@link AccountController#customerId(String)}: a 400 before any call). These need
 * Talon.One: a read or a referral code answers 503 while the market's Application is down (502 when it refuses the
 * request, as asking again will not help), a profile change while every Application is (with some down, it answers
 * which took it).
 */
@RestController
class CustomerController {

	private static final Log logger = LogFactory.getLog(CustomerController.class);

	private final TalonOne talon;

	private final Markets markets;

	CustomerController(TalonOne talon, Markets markets) {
		this.talon = talon;
		this.markets = markets;
	}

	@GetMapping("/customers/{customerId}")
	Mono<CustomerView> customer(@PathVariable String customerId, @RequestParam(required = false) String market) {
		return Mono.defer(() -> {
			String id = AccountController.customerId(customerId);
			return this.talon.customer(id, this.markets.get(market))
				.onErrorMap(TalonException.class, (ex) -> failed("reading customer " + id, ex));
		});
	}

	@PutMapping("/customers/{customerId}")
	Mono<CustomerView> updateCustomer(@PathVariable String customerId, @RequestBody ProfileChange body) {
		return Mono.defer(() -> {
			String id = AccountController.customerId(customerId);
			Map<String, Object> attributes = (body.attributes() != null) ? body.attributes() : Map.of();
			try {
				return this.talon.updateCustomer(id, attributes)
					.onErrorMap(TalonException.class, (ex) -> failed("updating customer " + id, ex));
			}
			catch (IllegalArgumentException ex) {
				throw ShopException.badRequest(ex.getMessage());
			}
		});
	}

	@PostMapping("/customers/{customerId}/referral-codes")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ReferralCode> createReferralCode(@PathVariable String customerId,
			@RequestParam(required = false) String market) {
		return Mono.defer(() -> {
			String id = AccountController.customerId(customerId);
			Market shared = this.markets.get(market);
			return this.talon.createReferral(id, shared)
				.map((referral) -> new ReferralCode(referral.code(), referral.advocateProfileIntegrationId(),
						shared.name(), referral.campaignId(), referral.usageLimit()))
				.onErrorMap(TalonException.class, (ex) -> failed("creating a referral code for " + id, ex));
		});
	}

	private static ShopException failed(String what, TalonException ex) {
		return ShopException.talonFailed(logger, what, ex,
				"Customer data is unavailable right now; please try again in a moment.",
				"Customer data cannot be shown or changed: Talon.One refused the request.", Map.of());
	}

	/**
	 * The body that changes a customer's attributes.
	 *
	 * @param attributes the attributes to set (merged into the existing ones)
	 */
	record ProfileChange(Map<String, Object> attributes) {
	}

	/**
	 * A referral code to share with friends.
	 *
	 * @param code the code
	 * @param advocateId the customer who shares it
	 * @param market the market whose carts accept it
	 * @param campaignId the referral campaign
	 * @param usageLimit how often it may be used, 0 for no limit
	 */
	record ReferralCode(String code, String advocateId, String market, Long campaignId, Long usageLimit) {
	}

}
