package dev.talon.spring.client;

import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import reactor.core.publisher.Mono;

/**
 * A non-blocking client of the Talon.One Integration API (v1), with the five operations and names of Talon.One's
 * {@code IntegrationApiApi}.
 * <p>
 * Invalid arguments (a {@code null} body, a blank id) are rejected with an {@link IllegalArgumentException} that
 * names the argument, thrown by the method itself before any request is made. Every other failure is signalled by
 * the returned {@link Mono} as a {@link TalonException}. Nothing happens until the {@code Mono} is subscribed to, and
 * each subscription sends the request again.
 */
public interface TalonIntegrationClient {

	/**
	 * Creates a referral code for an advocate ({@code POST /v1/referrals}).
	 * @param referral the referral to create
	 * @return the created referral with its code
	 */
	Mono<Referral> createReferral(NewReferral referral);

	/**
	 * Finds the customer profiles whose attributes match all the given ones exactly
	 * ({@code POST /v1/customer_profiles_search}).
	 * @param search the attributes to match
	 * @return the matching profiles
	 */
	Mono<CustomerProfileSearchResult> getCustomerProfilesByAttributes(CustomerProfileSearch search);

	/**
	 * Tracks a custom event and evaluates the rules for it ({@code POST /v1/events}).
	 * @param event the event
	 * @return the resulting state, with the effects to apply
	 */
	Mono<IntegrationState> trackEvent(NewEvent event);

	/**
	 * Creates or updates a customer profile ({@code PUT /v1/customer_profiles/{integrationId}}).
	 * @param integrationId the profile's stable id in the shop (not an e-mail address a customer can change)
	 * @param profile the attributes to set
	 * @return the resulting state, with the effects to apply
	 */
	Mono<IntegrationState> updateCustomerProfile(String integrationId, NewCustomerProfile profile);

	/**
	 * Creates or updates a customer session, usually with the whole cart
	 * ({@code PUT /v1/customer_sessions/{customerSessionId}}).
	 * @param customerSessionId the session's id in the shop, such as the cart id
	 * @param session the session's new state
	 * @return the resulting state, with the effects to apply
	 */
	Mono<IntegrationState> updateCustomerSession(String customerSessionId, NewCustomerSession session);

}
