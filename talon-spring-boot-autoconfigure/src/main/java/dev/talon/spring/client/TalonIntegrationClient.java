package dev.talon.spring.client;

import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPoints;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPointsResponse;
import dev.talon.spring.client.model.v2.AchievementProgress;
import dev.talon.spring.client.model.v2.AchievementStatusEntry;
import dev.talon.spring.client.model.v2.Audience;
import dev.talon.spring.client.model.v2.BestPriorPrice;
import dev.talon.spring.client.model.v2.BestPriorPriceRequest;
import dev.talon.spring.client.model.v2.Catalog;
import dev.talon.spring.client.model.v2.CatalogSyncRequest;
import dev.talon.spring.client.model.v2.Coupon;
import dev.talon.spring.client.model.v2.CouponReservations;
import dev.talon.spring.client.model.v2.CreateReferralsForMultipleAdvocatesOptions;
import dev.talon.spring.client.model.v2.CustomerInventory;
import dev.talon.spring.client.model.v2.CustomerProfile;
import dev.talon.spring.client.model.v2.CustomerProfileAudienceRequest;
import dev.talon.spring.client.model.v2.DeleteLoyaltyTransactionsRequest;
import dev.talon.spring.client.model.v2.GenerateLoyaltyCard;
import dev.talon.spring.client.model.v2.GetCustomerAchievementHistoryOptions;
import dev.talon.spring.client.model.v2.GetCustomerAchievementsOptions;
import dev.talon.spring.client.model.v2.GetCustomerInventoryOptions;
import dev.talon.spring.client.model.v2.GetLoyaltyBalancesOptions;
import dev.talon.spring.client.model.v2.GetLoyaltyCardBalancesOptions;
import dev.talon.spring.client.model.v2.LedgerPointsEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LedgerTransactionLogEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LoyaltyBalance;
import dev.talon.spring.client.model.v2.LoyaltyBalancesWithTiers;
import dev.talon.spring.client.model.v2.LoyaltyCard;
import dev.talon.spring.client.model.v2.LoyaltyCardBalances;
import dev.talon.spring.client.model.v2.LoyaltyCardRegistration;
import dev.talon.spring.client.model.v2.LoyaltyPointsOptions;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import dev.talon.spring.client.model.v2.NewAudience;
import dev.talon.spring.client.model.v2.NewReferralsForMultipleAdvocates;
import dev.talon.spring.client.model.v2.UpdateAudience;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A non-blocking client of the Talon.One Integration API, with Talon.One's operationIds as method names: every
 * operation of today's API (the 39 of spec 26.13: sessions, profiles, events, loyalty programs and cards, coupon
 * reservations, referrals, audiences, catalogs, best prior prices, achievements, customer data) and the legacy v1
 * operations of Talon.One's 2018 {@code IntegrationApiApi}, which Talon.One stopped supporting in 2021 (sessions,
 * profiles) and 2023 (events). Models of today's API are in {@code dev.talon.spring.client.model.v2}, the legacy ones
 * in {@code dev.talon.spring.client.model.v1}.
 * <p>
 * Invalid arguments (a {@code null} body, a blank id, an id that is a dot-segment ({@code .} or {@code ..}), a numeric
 * id that is not positive, a value that cannot be written as JSON, options that Talon.One would refuse) are rejected
 * with an {@link IllegalArgumentException} that names the argument, thrown by the method itself before any request is
 * made. Every other failure is signalled by the returned {@link Mono} (or {@link Flux}) as a {@link TalonException}.
 * Nothing happens until the {@code Mono} is subscribed to, and each subscription sends the request again. Every call
 * ends, one way or the other, within the client's call timeout ({@code talon.timeout}): blocking on it with
 * {@code block()} needs no timeout of its own, and a shorter one would race with it. Operations that answer nothing
 * return {@code Mono<Void>}, which completes when Talon.One has done them.
 * <p>
 * Paged reads have two methods: the operation's, which answers one {@link Page} as the spec does, and the same name
 * followed by {@code All}, which answers every item as a {@link Flux} read page after page as the subscriber asks for
 * items (see {@link #getLoyaltyProgramProfileTransactionsAll}).
 * <p>
 * Calls that change one customer session (whatever the API generation, and the activation of its loyalty points) are
 * sent one at a time, in the order they are subscribed to; so are calls that change one customer profile (profile
 * updates, the profile's events, its loyalty enrolment, the deletion of its transactions and of its data), because
 * Talon.One answers 409 to parallel ones, and calls that change one loyalty card, so that they arrive in order. Dry
 * runs and reads change nothing and are neither queued nor limited in their retries.
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
	 * Reads every running campaign of the Application, page after page as the subscriber asks for them
	 * ({@code GET /v1/integration/campaigns}, {@code integrationGetAllCampaigns}); see
	 * {@link #getLoyaltyProgramProfileTransactionsAll} for how a read of all pages behaves.
	 * @param options the first page (size and offset) and the filters
	 * @return the campaigns
	 */
	Flux<Campaign> integrationGetAllCampaignsAll(IntegrationGetAllCampaignsOptions options);

	// ---------------------------------------------------------------------------------------------------------------
	// Customer data
	// ---------------------------------------------------------------------------------------------------------------

	/**
	 * Reads what refers to a customer profile: the profile, a coupon wallet (the coupons reserved for the customer,
	 * with their state), referral codes, loyalty balances of every program and card, giveaways, achievements
	 * ({@code GET /v1/customer_profiles/{integrationId}/inventory}, {@code getCustomerInventory}).
	 * @param integrationId the profile's integration id
	 * @param options the parts to answer, such as {@code GetCustomerInventoryOptions.none().withCoupons()}
	 * @return the parts asked for
	 */
	Mono<CustomerInventory> getCustomerInventory(String integrationId, GetCustomerInventoryOptions options);

	/**
	 * Deletes every attribute of a customer profile and of the entities that refer to it, in every Application of the
	 * API key's environment ({@code DELETE /v1/customer_data/{integrationId}}, {@code deleteCustomerData}), such as
	 * for a GDPR erasure request; Talon.One asks to avoid it at peak hours. Waits for the profile's earlier updates,
	 * which would otherwise write data again after the deletion. Retried like an idempotent call: when a retry after a
	 * lost answer gets 404, the deletion was made and the call completes.
	 * @param integrationId the profile's integration id
	 * @return completes when the data is deleted
	 */
	Mono<Void> deleteCustomerData(String integrationId);

	/**
	 * Reads a page of a customer's achievements with the customer's progress in each
	 * ({@code GET /v1/customer_profiles/{integrationId}/achievements}, {@code getCustomerAchievements}).
	 * @param integrationId the profile's integration id
	 * @param options the page and the filters
	 * @return one page; {@link Page#totalResultSize()} says how many there are in all
	 */
	Mono<Page<AchievementStatusEntry>> getCustomerAchievements(String integrationId,
			GetCustomerAchievementsOptions options);

	/**
	 * Reads every achievement of a customer, page after page as the subscriber asks for them
	 * ({@code getCustomerAchievements}); see {@link #getLoyaltyProgramProfileTransactionsAll} for how a read of all
	 * pages behaves.
	 * @param integrationId the profile's integration id
	 * @param options the first page and the filters
	 * @return the achievements
	 */
	Flux<AchievementStatusEntry> getCustomerAchievementsAll(String integrationId,
			GetCustomerAchievementsOptions options);

	/**
	 * Reads a page of a customer's runs of one achievement
	 * ({@code GET /v1/customer_profiles/{integrationId}/achievements/{achievementId}},
	 * {@code getCustomerAchievementHistory}).
	 * @param integrationId the profile's integration id
	 * @param achievementId the achievement, positive
	 * @param options the page and the filters
	 * @return one page; {@link Page#totalResultSize()} says how many there are in all
	 */
	Mono<Page<AchievementProgress>> getCustomerAchievementHistory(String integrationId, long achievementId,
			GetCustomerAchievementHistoryOptions options);

	/**
	 * Reads every run of a customer in one achievement, page after page as the subscriber asks for them
	 * ({@code getCustomerAchievementHistory}); see {@link #getLoyaltyProgramProfileTransactionsAll} for how a read of
	 * all pages behaves.
	 * @param integrationId the profile's integration id
	 * @param achievementId the achievement, positive
	 * @param options the first page and the filters
	 * @return the runs
	 */
	Flux<AchievementProgress> getCustomerAchievementHistoryAll(String integrationId, long achievementId,
			GetCustomerAchievementHistoryOptions options);

	// ---------------------------------------------------------------------------------------------------------------
	// Referrals and coupon reservations
	// ---------------------------------------------------------------------------------------------------------------

	/**
	 * Creates a referral code for each of up to 1000 advocates and answers them
	 * ({@code POST /v1/referrals_for_multiple_advocates?silent=no}, {@code createReferralsForMultipleAdvocates}).
	 * @param request the campaign and the advocates
	 * @return the codes created
	 * @see #createReferralsForMultipleAdvocates(NewReferralsForMultipleAdvocates,
	 * CreateReferralsForMultipleAdvocatesOptions)
	 */
	default Mono<Page<Referral>> createReferralsForMultipleAdvocates(NewReferralsForMultipleAdvocates request) {
		return createReferralsForMultipleAdvocates(request, CreateReferralsForMultipleAdvocatesOptions.defaults());
	}

	/**
	 * Creates a referral code for each of up to 1000 advocates ({@code POST /v1/referrals_for_multiple_advocates},
	 * {@code createReferralsForMultipleAdvocates}). Not retried once it may have reached Talon.One (unless
	 * {@code talon.retry.retry-non-idempotent}): each request creates new codes.
	 * @param request the campaign and the advocates
	 * @param options whether Talon.One answers the codes
	 * @return the codes created ({@link Page#data()}, with {@link Page#totalResultSize()}); empty when silent
	 */
	Mono<Page<Referral>> createReferralsForMultipleAdvocates(NewReferralsForMultipleAdvocates request,
			CreateReferralsForMultipleAdvocatesOptions options);

	/**
	 * Reserves a coupon for customers ({@code POST /v1/coupon_reservations/{couponValue}},
	 * {@code createCouponReservation}): a hard reservation when the coupon's reservation is mandatory (only they can
	 * redeem it), otherwise a soft one (it shows in their coupon wallet, {@link #getCustomerInventory}). Overrides the
	 * coupon's reservation limit. Retried like an idempotent call: reserving again leaves the reservation as it is.
	 * @param couponValue the coupon code
	 * @param reservations the customers
	 * @return the coupon
	 */
	Mono<Coupon> createCouponReservation(String couponValue, CouponReservations reservations);

	/**
	 * Removes a coupon's reservations for customers ({@code DELETE /v1/coupon_reservations/{couponValue}},
	 * {@code deleteCouponReservation}). Retried like an idempotent call: when a retry after a lost answer gets 404, the
	 * reservations were removed and the call completes.
	 * @param couponValue the coupon code
	 * @param reservations the customers
	 * @return completes when the reservations are removed
	 */
	Mono<Void> deleteCouponReservation(String couponValue, CouponReservations reservations);

	/**
	 * Reads the customers who hold a reservation of a coupon, hard or soft
	 * ({@code GET /v1/coupon_reservations/customerprofiles/{couponValue}}, {@code getReservedCustomers}).
	 * @param couponValue the coupon code
	 * @return the customers' profiles, all in one answer ({@link Page#totalResultSize()} says how many)
	 */
	Mono<Page<CustomerProfile>> getReservedCustomers(String couponValue);

	// ---------------------------------------------------------------------------------------------------------------
	// Profile-based loyalty programs
	// ---------------------------------------------------------------------------------------------------------------

	/**
	 * Reads a customer's balances today in every ledger of a profile-based program, without tiers
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances},
	 * {@code getLoyaltyBalances}).
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @return the balances: active, pending, spent, expired and negative points (see {@link LoyaltyBalance})
	 * @see #getLoyaltyBalances(long, String, GetLoyaltyBalancesOptions)
	 */
	default Mono<LoyaltyBalancesWithTiers> getLoyaltyBalances(long loyaltyProgramId, String integrationId) {
		return getLoyaltyBalances(loyaltyProgramId, integrationId, GetLoyaltyBalancesOptions.defaults());
	}

	/**
	 * Reads a customer's balances in a profile-based program
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances},
	 * {@code getLoyaltyBalances}).
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @param options the time, the subledger, and whether to answer tiers
	 * @return the balances: active, pending, spent, expired and negative points (see {@link LoyaltyBalance})
	 */
	Mono<LoyaltyBalancesWithTiers> getLoyaltyBalances(long loyaltyProgramId, String integrationId,
			GetLoyaltyBalancesOptions options);

	/**
	 * Reads a page of a customer's loyalty transactions, newest first
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions},
	 * {@code getLoyaltyProgramProfileTransactions}).
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @param options the page and the filters (at most one subledger)
	 * @return one page; {@link Page#hasMore()} says whether another follows
	 * @throws IllegalArgumentException also when the options name more than one subledger
	 */
	Mono<Page<LedgerTransactionLogEntryIntegrationAPI>> getLoyaltyProgramProfileTransactions(long loyaltyProgramId,
			String integrationId, LoyaltyTransactionsOptions options);

	/**
	 * Reads every loyalty transaction of a customer (such as an account page's points history), page after page as
	 * the subscriber asks for them ({@code getLoyaltyProgramProfileTransactions}).
	 * <p>
	 * Every read of all pages (the methods whose name is the operation's followed by {@code All}) behaves alike: it
	 * asks for a page only when the subscriber wants an item and has received every item of the pages before (a
	 * subscriber that takes as many items as a page has causes one request); each page is one call, observed,
	 * retried and bounded by the call timeout like any other; the read ends after the last page
	 * ({@code hasMore: false}, the {@code totalResultSize} reached, or an empty page), with the failure of a page
	 * (its {@link TalonException}, after the items of the pages before), or with a {@link TalonPageLimitException}
	 * when the subscriber wants more than the client's bound of pages
	 * ({@link WebClientTalonIntegrationClient.Builder#maxPages(int)}, 100 by default). Cancelling the subscription
	 * cancels the page in flight and asks for no other. Each subscription reads again from the first page.
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @param options the first page (its size is every page's) and the filters
	 * @return the transactions, newest first
	 */
	Flux<LedgerTransactionLogEntryIntegrationAPI> getLoyaltyProgramProfileTransactionsAll(long loyaltyProgramId,
			String integrationId, LoyaltyTransactionsOptions options);

	/**
	 * Reads a page of a customer's unused points of one status: active (the default), pending or expired
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points},
	 * {@code getLoyaltyProgramProfilePoints}).
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @param options the status, the page, the order and the filters
	 * @return one page; {@link Page#hasMore()} says whether another follows
	 */
	Mono<Page<LedgerPointsEntryIntegrationAPI>> getLoyaltyProgramProfilePoints(long loyaltyProgramId,
			String integrationId, LoyaltyPointsOptions options);

	/**
	 * Reads every unused point entry of a customer of one status, page after page as the subscriber asks for them
	 * ({@code getLoyaltyProgramProfilePoints}); see {@link #getLoyaltyProgramProfileTransactionsAll} for how a read of
	 * all pages behaves.
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @param options the status, the first page, the order and the filters
	 * @return the entries
	 */
	Flux<LedgerPointsEntryIntegrationAPI> getLoyaltyProgramProfilePointsAll(long loyaltyProgramId,
			String integrationId, LoyaltyPointsOptions options);

	/**
	 * Enrols a customer in a profile-based program, creating the profile if it does not exist
	 * ({@code POST /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/join},
	 * {@code joinLoyaltyProgram}). Waits for the profile's earlier updates. Talon.One refuses to enrol a member again:
	 * when a retry after a lost answer is refused (400), the client reads the customer's inventory and completes when
	 * the customer is in the program.
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @return completes when the customer is a member
	 */
	Mono<Void> joinLoyaltyProgram(long loyaltyProgramId, String integrationId);

	/**
	 * Deletes a customer's transactions from every ledger of a profile-based program, or from some
	 * ({@code POST /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/delete_transactions},
	 * {@code deleteLoyaltyTransactionsFromLedgers}). Waits for the profile's earlier updates and events.
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param integrationId the profile's integration id
	 * @param request which ledgers
	 * @return completes when the transactions are deleted
	 */
	Mono<Void> deleteLoyaltyTransactionsFromLedgers(long loyaltyProgramId, String integrationId,
			DeleteLoyaltyTransactionsRequest request);

	/**
	 * Activates pending points that await an action, those earned in a session or those of given transactions
	 * ({@code POST /v1/loyalty_programs/{loyaltyProgramId}/activate_points}, {@code activateLoyaltyPoints}), such as
	 * when the order is delivered. By session, it waits for the session's earlier updates (the close that added the
	 * points). Retried like an idempotent call: activated points stay active; the answer of a retry whose first
	 * attempt activated the points may list fewer entries.
	 * @param loyaltyProgramId the loyalty program, positive
	 * @param request the session or the transactions
	 * @return the activated ledger entries
	 */
	Mono<ActivateLoyaltyPointsResponse> activateLoyaltyPoints(long loyaltyProgramId, ActivateLoyaltyPoints request);

	// ---------------------------------------------------------------------------------------------------------------
	// Card-based loyalty programs
	// ---------------------------------------------------------------------------------------------------------------

	/**
	 * Creates a loyalty card of a card-based program, optionally with its identifier and linked profiles
	 * ({@code POST /v1/loyalty_programs/{loyaltyProgramId}/cards}, {@code generateLoyaltyCard}). Not retried once it
	 * may have reached Talon.One (unless {@code talon.retry.retry-non-idempotent}): each request creates a card, or is
	 * refused when the identifier exists. With an identifier, it waits for that card's earlier calls.
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param card the card to create
	 * @return the card
	 */
	Mono<LoyaltyCard> generateLoyaltyCard(long loyaltyProgramId, GenerateLoyaltyCard card);

	/**
	 * Reads a loyalty card's balances today in every ledger, and the profiles linked to it
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances},
	 * {@code getLoyaltyCardBalances}).
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @return the balances: active, pending, spent, expired and negative points (see {@link LoyaltyBalance})
	 * @see #getLoyaltyCardBalances(long, String, GetLoyaltyCardBalancesOptions)
	 */
	default Mono<LoyaltyCardBalances> getLoyaltyCardBalances(long loyaltyProgramId, String loyaltyCardId) {
		return getLoyaltyCardBalances(loyaltyProgramId, loyaltyCardId, GetLoyaltyCardBalancesOptions.defaults());
	}

	/**
	 * Reads a loyalty card's balances and the profiles linked to it
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances},
	 * {@code getLoyaltyCardBalances}).
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @param options the time and the subledgers
	 * @return the balances: active, pending, spent, expired and negative points (see {@link LoyaltyBalance})
	 */
	Mono<LoyaltyCardBalances> getLoyaltyCardBalances(long loyaltyProgramId, String loyaltyCardId,
			GetLoyaltyCardBalancesOptions options);

	/**
	 * Reads a page of a loyalty card's transactions, newest first
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions},
	 * {@code getLoyaltyCardTransactions}).
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @param options the page and the filters
	 * @return one page; {@link Page#hasMore()} says whether another follows
	 */
	Mono<Page<LedgerTransactionLogEntryIntegrationAPI>> getLoyaltyCardTransactions(long loyaltyProgramId,
			String loyaltyCardId, LoyaltyTransactionsOptions options);

	/**
	 * Reads every transaction of a loyalty card, page after page as the subscriber asks for them
	 * ({@code getLoyaltyCardTransactions}); see {@link #getLoyaltyProgramProfileTransactionsAll} for how a read of all
	 * pages behaves.
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @param options the first page and the filters
	 * @return the transactions, newest first
	 */
	Flux<LedgerTransactionLogEntryIntegrationAPI> getLoyaltyCardTransactionsAll(long loyaltyProgramId,
			String loyaltyCardId, LoyaltyTransactionsOptions options);

	/**
	 * Reads a page of a loyalty card's unused points of one status: active (the default), pending or expired
	 * ({@code GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points}, {@code getLoyaltyCardPoints}).
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @param options the status, the page, the order and the filters
	 * @return one page; {@link Page#hasMore()} says whether another follows
	 */
	Mono<Page<LedgerPointsEntryIntegrationAPI>> getLoyaltyCardPoints(long loyaltyProgramId, String loyaltyCardId,
			LoyaltyPointsOptions options);

	/**
	 * Reads every unused point entry of a loyalty card of one status, page after page as the subscriber asks for them
	 * ({@code getLoyaltyCardPoints}); see {@link #getLoyaltyProgramProfileTransactionsAll} for how a read of all pages
	 * behaves.
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @param options the status, the first page, the order and the filters
	 * @return the entries
	 */
	Flux<LedgerPointsEntryIntegrationAPI> getLoyaltyCardPointsAll(long loyaltyProgramId, String loyaltyCardId,
			LoyaltyPointsOptions options);

	/**
	 * Links a customer profile to a loyalty card, which becomes registered
	 * ({@code POST /v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile},
	 * {@code linkLoyaltyCardToProfile}), up to the program's card user limit. Calls that change one card are sent one
	 * at a time, in order. Retried like an idempotent call (the profile stays linked); a retry after a lost answer
	 * that Talon.One refuses fails with that refusal.
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @param registration the profile to link
	 * @return the card
	 */
	Mono<LoyaltyCard> linkLoyaltyCardToProfile(long loyaltyProgramId, String loyaltyCardId,
			LoyaltyCardRegistration registration);

	/**
	 * Unlinks a customer profile from a registered loyalty card
	 * ({@code POST /v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/unlink_profile},
	 * {@code unlinkLoyaltyCardFromProfile}). Calls that change one card are sent one at a time, in order. Retried like
	 * an idempotent call (the profile stays unlinked); a retry after a lost answer that Talon.One refuses fails with
	 * that refusal.
	 * @param loyaltyProgramId the card-based loyalty program, positive
	 * @param loyaltyCardId the card's identifier, 4 to 108 characters
	 * @param registration the profile to unlink
	 * @return the card
	 */
	Mono<LoyaltyCard> unlinkLoyaltyCardFromProfile(long loyaltyProgramId, String loyaltyCardId,
			LoyaltyCardRegistration registration);

	// ---------------------------------------------------------------------------------------------------------------
	// Audiences
	// ---------------------------------------------------------------------------------------------------------------

	/**
	 * Creates an audience, from scratch or mirroring one of another platform ({@code POST /v2/audiences},
	 * {@code createAudienceV2}). Not retried once it may have reached Talon.One (unless
	 * {@code talon.retry.retry-non-idempotent}): without an {@code integrationId} a repeat creates a second audience,
	 * with one Talon.One refuses it ({@link TalonConflictException}, "already exists"), and the Integration API has no
	 * read that would give the first one's id back.
	 * @param audience the audience
	 * @return the audience, with its id
	 */
	Mono<Audience> createAudienceV2(NewAudience audience);

	/**
	 * Renames an audience made by a third-party integration ({@code PUT /v2/audiences/{audienceId}},
	 * {@code updateAudienceV2}); the rules do not run.
	 * @param audienceId the audience, positive
	 * @param audience the new name and Applications
	 * @return the audience
	 */
	Mono<Audience> updateAudienceV2(long audienceId, UpdateAudience audience);

	/**
	 * Deletes an audience and every membership of it ({@code DELETE /v2/audiences/{audienceId}},
	 * {@code deleteAudienceV2}). Retried like an idempotent call: when a retry after a lost answer gets 404, the
	 * audience was deleted and the call completes.
	 * @param audienceId the audience, positive
	 * @return completes when the audience is deleted
	 */
	Mono<Void> deleteAudienceV2(long audienceId);

	/**
	 * Removes every member of an audience ({@code DELETE /v2/audiences/{audienceId}/memberships},
	 * {@code deleteAudienceMembershipsV2}).
	 * @param audienceId the audience, positive
	 * @return completes when the audience is empty
	 */
	Mono<Void> deleteAudienceMembershipsV2(long audienceId);

	/**
	 * Adds customer profiles to audiences and removes them, up to 1000 changes a request
	 * ({@code POST /v2/customer_audiences}, {@code updateCustomerProfileAudiences}); a profile added that does not
	 * exist is created.
	 * @param request the changes
	 * @return completes when the changes are made
	 */
	Mono<Void> updateCustomerProfileAudiences(CustomerProfileAudienceRequest request);

	/**
	 * Sets profile attributes of every member of an audience
	 * ({@code PUT /v2/audience_customers/{audienceId}/attributes}, {@code updateAudienceCustomersAttributes}).
	 * @param audienceId the audience, positive
	 * @param attributes the attributes to set, by name, not empty
	 * @return completes when the attributes are set
	 */
	Mono<Void> updateAudienceCustomersAttributes(long audienceId, Map<String, ?> attributes);

	// ---------------------------------------------------------------------------------------------------------------
	// Catalogs and prices
	// ---------------------------------------------------------------------------------------------------------------

	/**
	 * Adds, changes or removes items of a cart item catalog, up to 1000 of one action type a request
	 * ({@code PUT /v1/catalogs/{catalogId}/sync}, {@code syncCatalog}). Retried once it may have reached Talon.One
	 * only when every action may be repeated ({@link CatalogSyncRequest#repeatable()}), or with
	 * {@code talon.retry.retry-non-idempotent}.
	 * @param catalogId the catalog, positive
	 * @param request the actions
	 * @return the catalog, with its new version
	 */
	Mono<Catalog> syncCatalog(long catalogId, CatalogSyncRequest request);

	/**
	 * Reads the best (lowest) prior price of SKUs in a look-back period ({@code POST /v1/best_prior_price},
	 * {@code bestPriorPrice}), such as the "lowest price of the last 30 days" shown next to a reduced price.
	 * Experimental in the spec, which declares no authentication for it: the client authenticates it like every call.
	 * Reads only, retried like a read.
	 * @param request the SKUs and the period
	 * @return the best prior price of each SKU that has one
	 */
	Mono<List<BestPriorPrice>> bestPriorPrice(BestPriorPriceRequest request);

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
