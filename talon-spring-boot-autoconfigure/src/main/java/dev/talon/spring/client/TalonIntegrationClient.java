package dev.talon.spring.client;

import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.Campaign;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.EventV3;
import dev.talon.spring.client.model.v2.IntegrationCustomerSessionResponse;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV2Response;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.IntegrationGetAllCampaignsOptions;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationRequest;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.client.model.v2.Page;
import dev.talon.spring.client.model.v2.ReopenSessionResponse;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerProfilesV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import reactor.core.publisher.Mono;

/**
 * A non-blocking client of the Talon.One Integration API, with Talon.One's operationIds as method names: today's API
 * (the v2 session, profile and event operations, {@code createReferral}) and the five legacy v1 operations of
 * Talon.One's 2018 {@code IntegrationApiApi}, which Talon.One stopped supporting in 2021 (sessions, profiles) and
 * 2023 (events). Models of today's API are in {@code dev.talon.spring.client.model.v2}, the legacy ones in
 * {@code dev.talon.spring.client.model.v1}.
 * <p>
 * Invalid arguments (a {@code null} body, a blank id, an id that is a dot-segment ({@code .} or {@code ..}), a value
 * that cannot be written as JSON, options that Talon.One would refuse) are rejected with an
 * {@link IllegalArgumentException} that names the argument, thrown by the method itself before any request is made.
 * Every other failure is signalled by the returned {@link Mono} as a {@link TalonException}. Nothing happens until the
 * {@code Mono} is subscribed to, and each subscription sends the request again. Every call ends, one way or the other,
 * within the client's call timeout ({@code talon.timeout}): blocking on it with {@code block()} needs no timeout of its
 * own, and a shorter one would race with it.
 * <p>
 * Calls that change one customer session (whatever the API generation) are sent one at a time, in the order they are
 * subscribed to; so are calls that change one customer profile (profile updates and the profile's events), because
 * Talon.One answers 409 to parallel ones. Dry runs change nothing and are neither queued nor limited in their retries.
 */
public interface TalonIntegrationClient {

	/**
	 * Creates a referral code for an advocate ({@code POST /v1/referrals}, current in today's API).
	 * @param referral the referral to create
	 * @return the created referral with its code
	 */
	Mono<Referral> createReferral(NewReferral referral);

	/**
	 * Creates, updates, closes or cancels a customer session, usually with the whole cart, and answers the effects to
	 * apply ({@code PUT /v2/customer_sessions/{customerSessionId}}, {@code updateCustomerSessionV2}); Talon.One's
	 * defaults: a real update at Talon.One's current time.
	 * @param customerSessionId the session's id in the shop, such as the cart id
	 * @param request the session update and the parts of the answer to add
	 * @return the session's state after the update, with its effects
	 * @see #updateCustomerSessionV2(String, IntegrationRequest, UpdateCustomerSessionV2Options)
	 */
	default Mono<IntegrationStateV2> updateCustomerSessionV2(String customerSessionId, IntegrationRequest request) {
		return updateCustomerSessionV2(customerSessionId, request, UpdateCustomerSessionV2Options.defaults());
	}

	/**
	 * Creates, updates, closes or cancels a customer session, or previews one in a dry run
	 * ({@code PUT /v2/customer_sessions/{customerSessionId}}, {@code updateCustomerSessionV2}).
	 * <p>
	 * Updates of one session (v1 and v2 alike) are sent one at a time; with coalescing, an update that does not change
	 * the session's state may be superseded by a newer one, whose result it then receives. A close or cancel is
	 * idempotent: when Talon.One answers {@code Cannot move session to state "closed" from state "closed"} (the close
	 * was made by an attempt whose answer was lost, or by an earlier call that gave up before Talon.One answered), the
	 * client reads the session back and, when it is in the requested state, completes with
	 * {@link IntegrationStateV2#readBack what it read} instead of failing. A dry run is sent at once, not queued, and
	 * retried like a read.
	 * @param customerSessionId the session's id in the shop, such as the cart id
	 * @param request the session update and the parts of the answer to add
	 * @param options whether it is a dry run, and at which future time
	 * @return the session's state after the update, with its effects
	 * @throws IllegalArgumentException when an argument is missing or invalid, or {@code now} is not in the future
	 */
	Mono<IntegrationStateV2> updateCustomerSessionV2(String customerSessionId, IntegrationRequest request,
			UpdateCustomerSessionV2Options options);

	/**
	 * Reads a customer session and the effects that are valid for it after any rollback
	 * ({@code GET /v2/customer_sessions/{customerSessionId}}, {@code getCustomerSession}).
	 * @param customerSessionId the session's id in the shop
	 * @return the session and its valid effects
	 */
	Mono<IntegrationCustomerSessionResponse> getCustomerSession(String customerSessionId);

	/**
	 * Reopens a closed customer session, such as to edit an order, and answers the effects Talon.One rolls back
	 * ({@code PUT /v2/customer_sessions/{customerSessionId}/reopen}, {@code reopenCustomerSession}); closing it again
	 * applies them anew. Waits for earlier updates of the session. Retried only where Talon.One cannot have acted: the
	 * rolled-back effects are only in the first answer.
	 * @param customerSessionId the session's id in the shop
	 * @return the rolled-back effects
	 */
	Mono<ReopenSessionResponse> reopenCustomerSession(String customerSessionId);

	/**
	 * Returns cart items of a closed session with a random {@code Idempotency-Key} made for this call
	 * ({@code POST /v2/customer_sessions/{customerSessionId}/returns}, {@code returnCartItems}).
	 * @param customerSessionId the session's id in the shop
	 * @param request the items to return and the parts of the answer to add
	 * @return the session's state after the return, with the rolled-back effects
	 * @see #returnCartItems(String, ReturnIntegrationRequest, ReturnCartItemsOptions)
	 */
	default Mono<IntegrationStateV2> returnCartItems(String customerSessionId, ReturnIntegrationRequest request) {
		return returnCartItems(customerSessionId, request, ReturnCartItemsOptions.defaults());
	}

	/**
	 * Returns cart items of a closed session ({@code POST /v2/customer_sessions/{customerSessionId}/returns},
	 * {@code returnCartItems}). The session becomes {@code partially_returned}, and the effects of the returned items
	 * are rolled back. The request carries an {@code Idempotency-Key} (the given one, or a random one made once for
	 * this call of the method), the same on every retry: Talon.One answers a repeated return with the stored answer
	 * for 24 hours, so a return is retried like an idempotent call. Waits for earlier updates of the session.
	 * @param customerSessionId the session's id in the shop
	 * @param request the items to return and the parts of the answer to add
	 * @param options dry run, rule engine and the idempotency key (such as the shop's return id)
	 * @return the session's state after the return, with the rolled-back effects
	 */
	Mono<IntegrationStateV2> returnCartItems(String customerSessionId, ReturnIntegrationRequest request,
			ReturnCartItemsOptions options);

	/**
	 * Creates or updates a customer profile without running the rules
	 * ({@code PUT /v2/customer_profiles/{integrationId}}, {@code updateCustomerProfileV2}).
	 * @param integrationId the profile's stable id in the shop (not an e-mail address a customer can change)
	 * @param request the attributes and audience changes to apply
	 * @return the profile
	 * @see #updateCustomerProfileV2(String, CustomerProfileIntegrationRequestV2, UpdateCustomerProfileV2Options)
	 */
	default Mono<CustomerProfileIntegrationResponseV2> updateCustomerProfileV2(String integrationId,
			CustomerProfileIntegrationRequestV2 request) {
		return updateCustomerProfileV2(integrationId, request, UpdateCustomerProfileV2Options.defaults());
	}

	/**
	 * Creates or updates a customer profile, optionally running the rules (then the answer carries effects) or as a
	 * dry run ({@code PUT /v2/customer_profiles/{integrationId}}, {@code updateCustomerProfileV2}). Updates of one
	 * profile and the profile's events are sent one at a time.
	 * @param integrationId the profile's stable id in the shop
	 * @param request the attributes and audience changes to apply
	 * @param options whether to run the rules, and whether it is a dry run
	 * @return the profile, with effects when the rules ran
	 */
	Mono<CustomerProfileIntegrationResponseV2> updateCustomerProfileV2(String integrationId,
			CustomerProfileIntegrationRequestV2 request, UpdateCustomerProfileV2Options options);

	/**
	 * Creates or updates up to 1000 customer profiles in one request and answers each one's result
	 * ({@code PUT /v2/customer_profiles?silent=no}, {@code updateCustomerProfilesV2}).
	 * @param request the profiles, at most 1000
	 * @return each profile's result
	 * @see #updateCustomerProfilesV2(MultipleCustomerProfileIntegrationRequest, UpdateCustomerProfilesV2Options)
	 */
	default Mono<MultipleCustomerProfileIntegrationResponseV2> updateCustomerProfilesV2(
			MultipleCustomerProfileIntegrationRequest request) {
		return updateCustomerProfilesV2(request, UpdateCustomerProfilesV2Options.defaults());
	}

	/**
	 * Creates or updates up to 1000 customer profiles in one request ({@code PUT /v2/customer_profiles},
	 * {@code updateCustomerProfilesV2}).
	 * @param request the profiles, at most 1000
	 * @param options whether Talon.One answers without a body
	 * @return each profile's result; empty when silent
	 */
	Mono<MultipleCustomerProfileIntegrationResponseV2> updateCustomerProfilesV2(
			MultipleCustomerProfileIntegrationRequest request, UpdateCustomerProfilesV2Options options);

	/**
	 * Tracks a custom event of a profile and answers its effects ({@code POST /v2/events?silent=no},
	 * {@code trackEventV2}).
	 * @param event the event; its {@code profileId} is required
	 * @return the effects of the event
	 * @see #trackEventV2(IntegrationEventV2Request, TrackEventOptions)
	 */
	default Mono<IntegrationEventV2Response> trackEventV2(IntegrationEventV2Request event) {
		return trackEventV2(event, TrackEventOptions.defaults());
	}

	/**
	 * Tracks a custom event of a profile ({@code POST /v2/events}, {@code trackEventV2}). Not retried once it may
	 * have reached Talon.One (unless {@code talon.retry.retry-non-idempotent}): each request records another event.
	 * Events of one profile and its profile updates are sent one at a time.
	 * @param event the event; its {@code profileId} is required
	 * @param options silent, dry run, complete evaluation
	 * @return the effects of the event; empty when silent
	 */
	Mono<IntegrationEventV2Response> trackEventV2(IntegrationEventV2Request event, TrackEventOptions options);

	/**
	 * Tracks an advanced event, unique by its {@code integrationId}, and answers its effects
	 * ({@code POST /v3/events?silent=no}, {@code trackEventV3}).
	 * @param event the event
	 * @return the effects of the event
	 * @see #trackEventV3(IntegrationEventV3Request, TrackEventOptions)
	 */
	default Mono<IntegrationEventV3Response> trackEventV3(IntegrationEventV3Request event) {
		return trackEventV3(event, TrackEventOptions.defaults());
	}

	/**
	 * Tracks an advanced event, unique by its {@code integrationId} ({@code POST /v3/events}, {@code trackEventV3}).
	 * Talon.One refuses a second event with the same id (409 {@code An advanced event already exists}), which makes
	 * the call safe to retry: when an earlier attempt's answer was lost and a retry is refused so, the client reads
	 * the event back ({@code getEventV3}) and completes with {@link IntegrationEventV3Response#readBack what it read}.
	 * The same refusal without a lost answer (the shop sent the id before) fails with
	 * {@link TalonConflictException}.
	 * @param event the event
	 * @param options silent, dry run, complete evaluation
	 * @return the effects of the event; empty when silent
	 */
	Mono<IntegrationEventV3Response> trackEventV3(IntegrationEventV3Request event, TrackEventOptions options);

	/**
	 * Lists the Application's running campaigns, one page at a time ({@code GET /v1/integration/campaigns},
	 * {@code integrationGetAllCampaigns}). Reads only.
	 * @param options the page (size and offset) and the filters
	 * @return one page of campaigns; {@link Page#hasMore()} says whether another follows
	 */
	Mono<Page<Campaign>> integrationGetAllCampaigns(IntegrationGetAllCampaignsOptions options);

	/**
	 * Reads an advanced event ({@code GET /v3/events/{integrationId}}, {@code getEventV3}).
	 * @param integrationId the event's integration id
	 * @return the event and its effects
	 */
	Mono<EventV3> getEventV3(String integrationId);

	/**
	 * Finds the customer profiles whose attributes match all the given ones exactly
	 * ({@code POST /v1/customer_profiles_search}; legacy: gone from today's Integration API).
	 * @param search the attributes to match
	 * @return the matching profiles
	 */
	Mono<CustomerProfileSearchResult> getCustomerProfilesByAttributes(CustomerProfileSearch search);

	/**
	 * Tracks a custom event and evaluates the rules for it ({@code POST /v1/events}; legacy: sunset by Talon.One in
	 * 2023, use {@link #trackEventV2(IntegrationEventV2Request)}).
	 * @param event the event
	 * @return the resulting state, with the effects to apply
	 */
	Mono<IntegrationState> trackEvent(NewEvent event);

	/**
	 * Creates or updates a customer profile ({@code PUT /v1/customer_profiles/{integrationId}}; legacy: unsupported by
	 * Talon.One since 2021, use {@link #updateCustomerProfileV2(String, CustomerProfileIntegrationRequestV2)}).
	 * @param integrationId the profile's stable id in the shop (not an e-mail address a customer can change)
	 * @param profile the attributes to set
	 * @return the resulting state, with the effects to apply
	 */
	Mono<IntegrationState> updateCustomerProfile(String integrationId, NewCustomerProfile profile);

	/**
	 * Creates or updates a customer session, usually with the whole cart
	 * ({@code PUT /v1/customer_sessions/{customerSessionId}}; legacy: unsupported by Talon.One since 2021, use
	 * {@link #updateCustomerSessionV2(String, IntegrationRequest)}). Updates of one session (v1 and v2 alike) are sent
	 * one at a time.
	 * @param customerSessionId the session's id in the shop, such as the cart id
	 * @param session the session's new state
	 * @return the resulting state, with the effects to apply
	 */
	Mono<IntegrationState> updateCustomerSession(String customerSessionId, NewCustomerSession session);

}
