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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers in Talon.One: their attributes ({@code updateCustomerProfileV2}), their orders' totals and loyalty
 * points, and the referral codes they share ({@code createReferral}). These need Talon.One: while it is down they
 * answer 503.
 */
@RestController
class CustomerController {

	private static final Log logger = LogFactory.getLog(CustomerController.class);

	private final TalonOne talon;

	CustomerController(TalonOne talon) {
		this.talon = talon;
	}

	@GetMapping("/customers/{customerId}")
	Mono<CustomerView> customer(@PathVariable String customerId) {
		return this.talon.customer(customerId)
			.onErrorMap(TalonException.class, (ex) -> unavailable("reading customer " + customerId, ex));
	}

	@PutMapping("/customers/{customerId}")
	Mono<CustomerView> updateCustomer(@PathVariable String customerId, @RequestBody ProfileChange body) {
		return Mono.defer(() -> {
			Map<String, Object> attributes = (body.attributes() != null) ? body.attributes() : Map.of();
			try {
				return this.talon.updateCustomer(customerId, attributes);
			}
			catch (IllegalArgumentException ex) {
				throw ShopException.badRequest(ex.getMessage());
			}
		}).onErrorMap(TalonException.class, (ex) -> unavailable("updating customer " + customerId, ex));
	}

	@PostMapping("/customers/{customerId}/referral-codes")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ReferralCode> createReferralCode(@PathVariable String customerId) {
		return this.talon.createReferral(customerId)
			.map((referral) -> new ReferralCode(referral.code(), referral.advocateProfileIntegrationId(),
					referral.campaignId(), referral.usageLimit()))
			.onErrorMap(TalonException.class, (ex) -> unavailable("creating a referral code for " + customerId, ex));
	}

	private static ShopException unavailable(String what, TalonException ex) {
		logger.warn("Talon.One failed " + what + ": " + ex.getMessage());
		return ShopException.talonUnavailable("Customer data is unavailable right now; please try again in a moment.");
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
	 * @param campaignId the referral campaign
	 * @param usageLimit how often it may be used, 0 for no limit
	 */
	record ReferralCode(String code, String advocateId, Long campaignId, Long usageLimit) {
	}

}
