package dev.talon.spring.sample;

import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v2.NewReferral;
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
 * Customers in Talon.One: their attributes ({@code updateCustomerProfile}), the referral codes they share
 * ({@code createReferral}), and a support lookup by attributes ({@code getCustomerProfilesByAttributes}). These need
 * Talon.One: while it is down they answer 503.
 */
@RestController
class CustomerController {

	private static final Log logger = LogFactory.getLog(CustomerController.class);

	private final TalonIntegrationClient talon;

	private final ShopProperties shop;

	CustomerController(TalonIntegrationClient talon, ShopProperties shop) {
		this.talon = talon;
		this.shop = shop;
	}

	@PutMapping("/customers/{customerId}")
	Mono<CustomerView> updateCustomer(@PathVariable String customerId, @RequestBody ProfileChange body) {
		Map<String, Object> attributes = (body.attributes() != null) ? body.attributes() : Map.of();
		return this.talon.updateCustomerProfile(customerId, NewCustomerProfile.of(attributes))
			.map((state) -> CustomerView.of(state.profile()))
			.onErrorMap(TalonException.class, (ex) -> unavailable("updating customer " + customerId, ex));
	}

	@PostMapping("/customers/{customerId}/referral-codes")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ReferralCode> createReferralCode(@PathVariable String customerId) {
		return this.talon.createReferral(NewReferral.builder(this.shop.referralCampaignId(), customerId).build())
			.map((referral) -> new ReferralCode(referral.code(), referral.advocateProfileIntegrationId(),
					referral.campaignId(), referral.usageLimit()))
			.onErrorMap(TalonException.class, (ex) -> unavailable("creating a referral code for " + customerId, ex));
	}

	@GetMapping("/support/customers")
	Mono<List<CustomerView>> findCustomers(@RequestParam Map<String, String> attributes) {
		if (attributes.isEmpty()) {
			return Mono.error(ShopException.badRequest("Give at least one attribute to match, such as ?email=..."));
		}
		return this.talon.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.copyOf(attributes)))
			.map((result) -> result.data().stream().map(CustomerView::of).toList())
			.onErrorMap(TalonException.class, (ex) -> unavailable("searching customers", ex));
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
