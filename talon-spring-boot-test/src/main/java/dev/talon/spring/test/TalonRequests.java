package dev.talon.spring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationRequest;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.simulator.RecordedRequest;
import dev.talon.spring.simulator.TalonSimulator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an application sent to a {@link TalonSimulator}, with the bodies read into the client's models, for the
 * assertions of a test:
 *
 * <pre>{@code
 * assertThat(talonRequests.updateCustomerSessionV2("cart-1")).last()
 *     .satisfies((request) -> assertThat(request.customerSession().couponCodes()).containsExactly("SPRING"));
 * }</pre>
 *
 * Every method reads the simulator's {@link TalonSimulator#requests() requests} when it is called: the requests that
 * reached it since its last reset (with {@link AutoConfigureTalonSimulator} or {@link TalonSimulatorExtension}: since
 * the test began), in the order they arrived, whatever their answer, so that a request the client retried is there
 * once per attempt, and one the simulator refused (401, 400, 409, an injected failure) is there too; its
 * {@link RecordedRequest#status() status} tells. Requests an application sends in the background may arrive after the
 * call that caused them returned: wait for them (for example with Awaitility) before asserting their absence.
 * <p>
 * A body is read with the client's own JSON mapping ({@link TalonJson}); one that is not an instance of the model
 * (such as a request the simulator refused with a 400) fails the test with an {@link AssertionError} that shows it.
 * Thread-safe.
 */
public final class TalonRequests {

	private static final JsonMapper JSON = TalonJson.mapper();

	private final TalonSimulator simulator;

	/**
	 * The requests of a simulator.
	 * @param simulator the simulator, running or not
	 * @throws IllegalArgumentException when {@code simulator} is {@code null}
	 */
	public TalonRequests(TalonSimulator simulator) {
		if (simulator == null) {
			throw new IllegalArgumentException("simulator must not be null");
		}
		this.simulator = simulator;
	}

	/**
	 * Every request, of any operation.
	 * @return the requests in the order they arrived
	 */
	public List<RecordedRequest> all() {
		return this.simulator.requests();
	}

	/**
	 * The requests of one operation.
	 * @param operationId the operation as Talon.One's specs name it, such as {@code updateCustomerSessionV2},
	 * {@code reopenCustomerSession} or {@code updateCustomerSession} (v1)
	 * @return its requests in the order they arrived, empty when there is none
	 * @throws IllegalArgumentException when {@code operationId} is {@code null} or blank
	 */
	public List<RecordedRequest> operation(String operationId) {
		requireText(operationId, "operationId");
		return all().stream().filter((request) -> request.operationId().equals(operationId)).toList();
	}

	/**
	 * The bodies of one operation's requests read into a model, for the operations this class has no method for.
	 * @param <T> the model
	 * @param operationId the operation, such as {@code syncCatalog}
	 * @param type the model of its body, such as a record of your own
	 * @return the bodies in the order the requests arrived
	 * @throws AssertionError when a request of the operation has no body, or one that is not an instance of the model
	 * @throws IllegalArgumentException when {@code operationId} is blank or {@code type} {@code null}
	 */
	public <T> List<T> bodies(String operationId, Class<T> type) {
		requireNonNull(type, "type");
		return bodies(operation(operationId), type);
	}

	/**
	 * The body of one request read into a model.
	 * @param <T> the model
	 * @param request a request, such as one of {@link #all()}
	 * @param type the model of its body
	 * @return the body
	 * @throws AssertionError when the request has no body, or one that is not an instance of the model
	 * @throws IllegalArgumentException when an argument is {@code null}
	 */
	public <T> T body(RecordedRequest request, Class<T> type) {
		requireNonNull(request, "request");
		requireNonNull(type, "type");
		if (request.body() == null) {
			throw new AssertionError(describe(request) + " has no body to read as " + type.getSimpleName());
		}
		try {
			return JSON.readValue(request.body(), type);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new AssertionError(describe(request) + " has a body that is no " + type.getSimpleName() + " ("
					+ ((ex instanceof JacksonException json) ? json.getOriginalMessage() : ex.getMessage()) + "): "
					+ request.body(), ex);
		}
	}

	// -------------------------------------------------------------------------------------------------------------
	// Today's Integration API

	/**
	 * The updates of a customer session ({@code PUT /v2/customer_sessions/{customerSessionId}}).
	 * @param customerSessionId the session's id, as the application sent it
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not an {@link IntegrationRequest}
	 */
	public List<IntegrationRequest> updateCustomerSessionV2(String customerSessionId) {
		return bodiesOf("updateCustomerSessionV2", "customerSessionId", customerSessionId, IntegrationRequest.class);
	}

	/**
	 * The returns of a customer session's items ({@code POST /v2/customer_sessions/{customerSessionId}/returns}); the
	 * {@code Idempotency-Key} of each is in {@link #operation(String) operation("returnCartItems")}.
	 * @param customerSessionId the session's id
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a {@link ReturnIntegrationRequest}
	 */
	public List<ReturnIntegrationRequest> returnCartItems(String customerSessionId) {
		return bodiesOf("returnCartItems", "customerSessionId", customerSessionId, ReturnIntegrationRequest.class);
	}

	/**
	 * The updates of a customer profile ({@code PUT /v2/customer_profiles/{integrationId}}).
	 * @param integrationId the profile's id
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a {@link CustomerProfileIntegrationRequestV2}
	 */
	public List<CustomerProfileIntegrationRequestV2> updateCustomerProfileV2(String integrationId) {
		return bodiesOf("updateCustomerProfileV2", "integrationId", integrationId,
				CustomerProfileIntegrationRequestV2.class);
	}

	/**
	 * The bulk updates of customer profiles ({@code PUT /v2/customer_profiles}).
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a {@link MultipleCustomerProfileIntegrationRequest}
	 */
	public List<MultipleCustomerProfileIntegrationRequest> updateCustomerProfilesV2() {
		return bodies("updateCustomerProfilesV2", MultipleCustomerProfileIntegrationRequest.class);
	}

	/**
	 * The events ({@code POST /v2/events}).
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not an {@link IntegrationEventV2Request}
	 */
	public List<IntegrationEventV2Request> trackEventV2() {
		return bodies("trackEventV2", IntegrationEventV2Request.class);
	}

	/**
	 * The advanced events ({@code POST /v3/events}).
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not an {@link IntegrationEventV3Request}
	 */
	public List<IntegrationEventV3Request> trackEventV3() {
		return bodies("trackEventV3", IntegrationEventV3Request.class);
	}

	/**
	 * The referral codes asked for ({@code POST /v1/referrals}).
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a {@link NewReferral}
	 */
	public List<NewReferral> createReferral() {
		return bodies("createReferral", NewReferral.class);
	}

	// -------------------------------------------------------------------------------------------------------------
	// The legacy v1 operations

	/**
	 * The v1 updates of a customer session ({@code PUT /v1/customer_sessions/{customerSessionId}}).
	 * @param customerSessionId the session's id
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a v1 {@link NewCustomerSession}
	 */
	public List<NewCustomerSession> updateCustomerSession(String customerSessionId) {
		return bodiesOf("updateCustomerSession", "customerSessionId", customerSessionId, NewCustomerSession.class);
	}

	/**
	 * The v1 updates of a customer profile ({@code PUT /v1/customer_profiles/{integrationId}}).
	 * @param integrationId the profile's id
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a v1 {@link NewCustomerProfile}
	 */
	public List<NewCustomerProfile> updateCustomerProfile(String integrationId) {
		return bodiesOf("updateCustomerProfile", "integrationId", integrationId, NewCustomerProfile.class);
	}

	/**
	 * The v1 events ({@code POST /v1/events}).
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a v1 {@link NewEvent}
	 */
	public List<NewEvent> trackEvent() {
		return bodies("trackEvent", NewEvent.class);
	}

	/**
	 * The v1 profile searches ({@code POST /v1/customer_profiles_search}).
	 * @return the requests' bodies, oldest first
	 * @throws AssertionError when a body is not a {@link CustomerProfileSearch}
	 */
	public List<CustomerProfileSearch> getCustomerProfilesByAttributes() {
		return bodies("getCustomerProfilesByAttributes", CustomerProfileSearch.class);
	}

	// -------------------------------------------------------------------------------------------------------------

	private <T> List<T> bodiesOf(String operationId, String parameter, String value, Class<T> type) {
		requireText(value, parameter);
		Predicate<RecordedRequest> about = (request) -> value.equals(request.pathParameter(parameter));
		return bodies(operation(operationId).stream().filter(about).toList(), type);
	}

	private <T> List<T> bodies(List<RecordedRequest> requests, Class<T> type) {
		List<T> bodies = new ArrayList<>(requests.size());
		for (RecordedRequest request : requests) {
			bodies.add(body(request, type));
		}
		return bodies;
	}

	private static String describe(RecordedRequest request) {
		return "The request " + request.operationId() + " (" + request.method() + " " + request.path() + ", "
				+ ((request.status() != 0) ? "answered " + request.status() : "not answered") + ")";
	}

	private static void requireNonNull(Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
	}

	@Override
	public String toString() {
		return "TalonRequests[" + this.simulator.baseUrl() + "]";
	}

}
