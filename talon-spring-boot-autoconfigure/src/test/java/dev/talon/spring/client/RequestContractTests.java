package dev.talon.spring.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.CartItemAdjustment;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.NewReferral;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Contract tests of the request bodies: every body goes through the real client to a WireMock server, and what the
 * server actually received is validated against the request definition of Talon.One's Integration API v1 spec
 * ({@code integration-v1-swagger-2017-07.json} in {@code ../shared/talon-api/}, read in place, never copied into the
 * project). Swagger 2.0 definitions are draft-4 JSON Schema, so each body is validated with a draft-4 validator
 * against {@code {"$ref": "#/definitions/<Definition>", "definitions": <spec.definitions>}}.
 * <p>
 * When the spec file is missing the tests are skipped, unless the environment variable {@code CI} is set, in which
 * case they fail.
 */
class RequestContractTests {

	private static final String SPEC_FILE = "integration-v1-swagger-2017-07.json";

	private static final String API_KEY = "test-api-key-0123";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static JsonNode spec;

	@BeforeAll
	static void loadSpec() throws IOException {
		Path file = locateSpec();
		if (file == null) {
			String message = "Talon.One spec " + SPEC_FILE + " not found in ../../shared/talon-api/ or "
					+ "../shared/talon-api/ relative to " + System.getProperty("user.dir")
					+ "; the request contract tests cannot run without it";
			String ci = System.getenv("CI");
			if (ci != null && !ci.isBlank()) {
				fail(message + " (CI=" + ci + " is set, so a missing spec is an error)");
			}
			System.err.println("SKIPPED RequestContractTests: " + message);
			Assumptions.abort(message);
		}
		spec = JSON.readTree(file.toFile());
		assertThat(spec.path("swagger").asText()).as("swagger version of %s", file).isEqualTo("2.0");
		assertThat(spec.path("definitions").isObject()).as("definitions of %s", file).isTrue();
	}

	private static Path locateSpec() {
		Path base = Path.of(System.getProperty("user.dir"));
		for (String relative : List.of("../../shared/talon-api/", "../shared/talon-api/")) {
			Path candidate = base.resolve(relative).resolve(SPEC_FILE).normalize();
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	// ---------------------------------------------------------------------------------------------------------
	// The bodies sent through the client
	// ---------------------------------------------------------------------------------------------------------

	static Stream<Named<RequestCase>> requests() {
		return Stream.of(
				// createReferral -> NewReferral
				maximal("createReferral: every field", TalonOperation.CREATE_REFERRAL, "/v1/referrals",
						(client) -> client.createReferral(NewReferral.builder(7, "advocate-0001")
							.friendProfileIntegrationId("friend-0002")
							.startDate(OffsetDateTime.of(2017, 7, 1, 8, 30, 0, 0, ZoneOffset.ofHours(2)))
							.expiryDate(OffsetDateTime.of(2017, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC))
							.build())),
				normal("createReferral: required fields only", TalonOperation.CREATE_REFERRAL, "/v1/referrals",
						(client) -> client.createReferral(NewReferral.builder(1, "a").build())),
				normal("createReferral: whole-minute start date, negative offset, no expiry",
						TalonOperation.CREATE_REFERRAL, "/v1/referrals",
						(client) -> client.createReferral(NewReferral.builder(Long.MAX_VALUE, "advocate ä/1")
							.startDate(OffsetDateTime.of(2018, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-9, -30)))
							.build())),

				// getCustomerProfilesByAttributes -> CustomerProfileSearch
				maximal("getCustomerProfilesByAttributes: attributes of every JSON type",
						TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES, "/v1/customer_profiles_search",
						(client) -> client.getCustomerProfilesByAttributes(
								CustomerProfileSearch.byAttributes(richAttributes()))),
				normal("getCustomerProfilesByAttributes: empty attributes",
						TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES, "/v1/customer_profiles_search",
						(client) -> client.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of()))),
				normal("getCustomerProfilesByAttributes: an attribute with a null value",
						TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES, "/v1/customer_profiles_search",
						(client) -> client.getCustomerProfilesByAttributes(
								CustomerProfileSearch.byAttributes(withNull("email", "ada@example.com", "phone")))),

				// trackEvent -> NewEvent
				maximal("trackEvent: every field", TalonOperation.TRACK_EVENT, "/v1/events",
						(client) -> client.trackEvent(NewEvent.builder("session-0001", "product_viewed")
							.profileId("customer-0001")
							.attributes(richAttributes())
							.build())),
				normal("trackEvent: required fields only (attributes default to {})", TalonOperation.TRACK_EVENT,
						"/v1/events", (client) -> client.trackEvent(NewEvent.builder("s", "t").build())),
				normal("trackEvent: anonymous profileId \"\"", TalonOperation.TRACK_EVENT, "/v1/events",
						(client) -> client.trackEvent(NewEvent.builder("session-0002", "page_visit")
							.profileId("")
							.attributes(Map.of("url", "https://shop.example.com/"))
							.build())),

				// updateCustomerProfile -> NewCustomerProfile
				maximal("updateCustomerProfile: every field", TalonOperation.UPDATE_CUSTOMER_PROFILE,
						"/v1/customer_profiles/customer-0001",
						(client) -> client.updateCustomerProfile("customer-0001",
								NewCustomerProfile.of(richAttributes()))),
				normal("updateCustomerProfile: no attributes", TalonOperation.UPDATE_CUSTOMER_PROFILE,
						"/v1/customer_profiles/c", (client) -> client.updateCustomerProfile("c", NewCustomerProfile.of(null))),
				normal("updateCustomerProfile: empty attributes, id with reserved characters",
						TalonOperation.UPDATE_CUSTOMER_PROFILE, "/v1/customer_profiles/a%2Fb%3Fc%23d%20%C3%A4",
						(client) -> client.updateCustomerProfile("a/b?c#d ä", NewCustomerProfile.of(Map.of()))),

				// updateCustomerSession -> NewCustomerSession
				maximal("updateCustomerSession: every field", TalonOperation.UPDATE_CUSTOMER_SESSION,
						"/v1/customer_sessions/cart-0001",
						(client) -> client.updateCustomerSession("cart-0001", NewCustomerSession.builder()
							.profileId("customer-0001")
							.coupon("SUMMER-2017")
							.referral("REF-ABCD")
							.state(CustomerSessionState.OPEN)
							.addCartItem(fullCartItem("sku-1", 2, "19.99"))
							.addCartItem(CartItem.builder("sku-2", "Socks", 1, new BigDecimal("4.5")).build())
							.total(new BigDecimal("44.48"))
							.attributes(richAttributes())
							.build())),
				normal("updateCustomerSession: nothing set", TalonOperation.UPDATE_CUSTOMER_SESSION,
						"/v1/customer_sessions/cart-0002",
						(client) -> client.updateCustomerSession("cart-0002", NewCustomerSession.builder().build())),
				normal("updateCustomerSession: empty cart", TalonOperation.UPDATE_CUSTOMER_SESSION,
						"/v1/customer_sessions/cart-0003",
						(client) -> client.updateCustomerSession("cart-0003", NewCustomerSession.builder()
							.profileId("customer-0003")
							.state(CustomerSessionState.OPEN)
							.cartItems(List.of())
							.total(BigDecimal.ZERO)
							.build())),
				normal("updateCustomerSession: closed session (order placed)", TalonOperation.UPDATE_CUSTOMER_SESSION,
						"/v1/customer_sessions/cart-0004",
						(client) -> client.updateCustomerSession("cart-0004", NewCustomerSession.builder()
							.profileId("customer-0004")
							.coupon("WELCOME10")
							.state(CustomerSessionState.CLOSED)
							.addCartItem(CartItem.builder("sku-9", "Hat", 3, new BigDecimal("10")).build())
							.total(new BigDecimal("27.00"))
							.build())),
				normal("updateCustomerSession: cancelled session", TalonOperation.UPDATE_CUSTOMER_SESSION,
						"/v1/customer_sessions/cart-0005",
						(client) -> client.updateCustomerSession("cart-0005",
								NewCustomerSession.builder().state(CustomerSessionState.CANCELLED).build())),
				normal("updateCustomerSession: anonymous profileId \"\"", TalonOperation.UPDATE_CUSTOMER_SESSION,
						"/v1/customer_sessions/cart-0006",
						(client) -> client.updateCustomerSession("cart-0006", NewCustomerSession.builder()
							.profileId("")
							.addCartItem(CartItem.builder("sku-1", "Shirt", 1, new BigDecimal("0")).build())
							.total(new BigDecimal("1E+3"))
							.build())),
				normal("updateCustomerSession: cart item as read back from Talon.One (with position)",
						TalonOperation.UPDATE_CUSTOMER_SESSION, "/v1/customer_sessions/cart-0007",
						(client) -> client.updateCustomerSession("cart-0007", NewCustomerSession.builder()
							.cartItems(List.of(new CartItem("Shirt", "sku-1", 1, new BigDecimal("9.99"), null, null,
									null, null, null, BigDecimal.ZERO, Map.of(), null)))
							.build())));
	}

	private static Map<String, Object> richAttributes() {
		Map<String, Object> nested = new LinkedHashMap<>();
		nested.put("street", "Hauptstraße 1");
		nested.put("zip", "10115");
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("string", "text with \"quotes\", \\ and ünïcødé ✓");
		attributes.put("integer", 42);
		attributes.put("long", Long.MAX_VALUE);
		attributes.put("decimal", new BigDecimal("12345678901234567890.000000001"));
		attributes.put("boolean", true);
		attributes.put("list", List.of("a", 1, false));
		attributes.put("object", nested);
		attributes.put("time", OffsetDateTime.of(2017, 7, 14, 12, 0, 0, 0, ZoneOffset.UTC));
		return attributes;
	}

	private static Map<String, Object> withNull(String key, Object value, String nullKey) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		map.put(nullKey, null);
		return map;
	}

	private static CartItem fullCartItem(String sku, int quantity, String price) {
		return CartItem.builder(sku, "Shirt", quantity, new BigDecimal(price))
			.category("clothing")
			.weight(new BigDecimal("250"))
			.dimensions(new BigDecimal("10"), new BigDecimal("300.5"), new BigDecimal("400"))
			.attributes(Map.of("color", "blue", "size", "M"))
			.adjustment(new CartItemAdjustment(3L, 100L, new BigDecimal("9.99")))
			.build();
	}

	// ---------------------------------------------------------------------------------------------------------
	// The contract
	// ---------------------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void requestBodyReceivedByTheServerConformsToTheSpec(RequestCase request) throws IOException {
		String definition = requestDefinition(request.operation());
		stubSuccess(request.operation());

		Object result = request.call().apply(client()).block(java.time.Duration.ofSeconds(10));
		assertThat(result).as("answer of %s", request.operation()).isNotNull();

		List<ServeEvent> served = wireMock.getAllServeEvents();
		assertThat(served).as("requests received by the server").hasSize(1);
		ServeEvent event = served.get(0);
		assertThat(event.getWasMatched()).as("the request matched the stub").isTrue();
		assertThat(event.getRequest().getMethod().getName())
			.isEqualTo(request.operation().method().name());
		assertThat(event.getRequest().getUrl()).isEqualTo(request.expectedUrl());
		assertThat(event.getRequest().getHeader("Content-Type")).startsWith("application/json");
		assertThat(event.getRequest().getHeader("Authorization")).isEqualTo("ApiKey-v1 " + API_KEY);

		byte[] body = event.getRequest().getBody();
		assertThat(body).as("request body").isNotEmpty();
		JsonNode received = JSON.readTree(body);
		assertThat(received.isObject()).as("request body %s is a JSON object", received).isTrue();

		Set<ValidationMessage> errors = schema(definition).validate(received);
		if (!errors.isEmpty()) {
			System.err.println("Request body of " + request.operation() + " violates " + definition + ":\n  "
					+ new String(body, java.nio.charset.StandardCharsets.UTF_8) + "\n  "
					+ errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n  ")));
		}
		assertThat(errors).as("violations of %s by the body %s", definition, received).isEmpty();

		if (request.maximal()) {
			List<String> missing = new ArrayList<>();
			collectMissingProperties(definitionNode(definition), received, "", missing);
			assertThat(missing).as("properties of %s that the 'every field' body %s does not carry", definition,
					received)
				.isEmpty();
		}
	}

	/**
	 * The operation (path, method, operationId) exists in the spec and takes the request definition the tests
	 * validate against.
	 */
	@ParameterizedTest
	@EnumSource(value = TalonOperation.class, names = { "CREATE_REFERRAL", "GET_CUSTOMER_PROFILES_BY_ATTRIBUTES",
			"TRACK_EVENT", "UPDATE_CUSTOMER_PROFILE", "UPDATE_CUSTOMER_SESSION" })
	void operationMatchesTheSpec(TalonOperation operation) {
		JsonNode specOperation = spec.path("paths")
			.path(operation.pathTemplate())
			.path(operation.method().name().toLowerCase(Locale.ROOT));
		assertThat(specOperation.isObject()).as("%s %s in the spec", operation.method(), operation.pathTemplate())
			.isTrue();
		assertThat(specOperation.path("operationId").asText()).isEqualTo(operation.operationName());
		assertThat(requestDefinition(operation)).isEqualTo(switch (operation) {
			case CREATE_REFERRAL -> "NewReferral";
			case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> "CustomerProfileSearch";
			case TRACK_EVENT -> "NewEvent";
			case UPDATE_CUSTOMER_PROFILE -> "NewCustomerProfile";
			case UPDATE_CUSTOMER_SESSION -> "NewCustomerSession";
			default -> throw new IllegalArgumentException(operation + " is not a v1 operation");
		});
		assertThat(spec.path("definitions").path(requestDefinition(operation)).isObject()).isTrue();
	}

	// ---------------------------------------------------------------------------------------------------------
	// Negative controls: the validator does find violations
	// ---------------------------------------------------------------------------------------------------------

	@Test
	void validatorRejectsUnknownFieldInNewCustomerSession() throws IOException {
		Set<ValidationMessage> errors = schema("NewCustomerSession")
			.validate(JSON.readTree("{\"profileId\":\"p\",\"cartItems\":[],\"shippingMethod\":\"express\"}"));
		assertThat(errors).extracting(ValidationMessage::getMessage)
			.anySatisfy((message) -> assertThat(message).contains("shippingMethod"));
	}

	@Test
	void validatorRejectsNewEventWithoutAttributes() throws IOException {
		Set<ValidationMessage> errors = schema("NewEvent")
			.validate(JSON.readTree("{\"sessionId\":\"s\",\"type\":\"t\"}"));
		assertThat(errors).extracting(ValidationMessage::getType).contains("required");
		assertThat(errors).extracting(ValidationMessage::getMessage)
			.anySatisfy((message) -> assertThat(message).contains("attributes"));
	}

	@Test
	void validatorChecksNestedCartItemsAndFormats() throws IOException {
		Set<ValidationMessage> cartErrors = schema("NewCustomerSession").validate(JSON.readTree(
				"{\"cartItems\":[{\"name\":\"n\",\"sku\":\"\",\"quantity\":0,\"price\":\"1.00\"}],\"state\":\"paid\"}"));
		assertThat(cartErrors).extracting(ValidationMessage::getType)
			.contains("minLength", "minimum", "type", "enum");
		Set<ValidationMessage> dateErrors = schema("NewReferral")
			.validate(JSON.readTree("{\"campaignId\":1,\"advocateProfileIntegrationId\":\"a\","
					+ "\"startDate\":\"2017-07-01 08:30\",\"expiryDate\":1500000000}"));
		assertThat(dateErrors).extracting(ValidationMessage::getType).contains("format", "type");
	}

	@Test
	void validatorAcceptsAHandWrittenValidBody() throws IOException {
		assertThat(schema("NewEvent").validate(JSON.readTree(
				"{\"profileId\":\"\",\"sessionId\":\"s\",\"type\":\"t\",\"attributes\":{}}"))).isEmpty();
	}

	// ---------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------

	private static TalonIntegrationClient client() {
		return new WebClientTalonIntegrationClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
				URI.create(wireMock.baseUrl()), TalonCredentials.apiKey(API_KEY));
	}

	/**
	 * Stubs the operation's endpoint with the spec's success status and a small valid answer.
	 */
	private static void stubSuccess(TalonOperation operation) {
		String status = spec.path("paths")
			.path(operation.pathTemplate())
			.path(operation.method().name().toLowerCase(Locale.ROOT))
			.path("responses")
			.fieldNames()
			.next();
		String body = switch (operation) {
			case CREATE_REFERRAL -> """
					{"id":1,"created":"2017-07-14T12:00:00Z","campaignId":7,"advocateProfileIntegrationId":"advocate-0001",
					 "code":"ABCD-1234","usageCounter":0,"usageLimit":0}""";
			case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> """
					{"totalResultSize":0,"data":[]}""";
			default -> """
					{"session":{"integrationId":"cart-0001","created":"2017-07-14T12:00:00Z","applicationId":42,
					 "profileId":"customer-0001","state":"open","cartItems":[],"total":0,"attributes":{},
					 "firstSession":true,"discounts":{}},
					 "profile":{"integrationId":"customer-0001","created":"2017-07-14T12:00:00Z","attributes":{},
					 "accountId":1,"closedSessions":0,"totalSales":0,"loyaltyMemberships":[],
					 "lastActivity":"2017-07-14T12:00:00Z"},
					 "event":{"id":1,"created":"2017-07-14T12:00:00Z","applicationId":42,"profileId":"customer-0001",
					 "sessionId":"cart-0001","type":"talon_session_updated","attributes":{},"effects":[],
					 "ledgerEntries":[]}}""";
		};
		String path = operation.pathTemplate().replaceAll("\\{[^}]+}", "[^/]+");
		var request = (operation.method().name().equals("PUT")) ? put(urlPathMatching(path))
				: post(urlEqualTo(operation.pathTemplate()));
		wireMock.stubFor(request.willReturn(aResponse().withStatus(Integer.parseInt(status))
			.withHeader("Content-Type", "application/json")
			.withBody(body)));
	}

	/**
	 * The definition the spec names as the operation's body parameter schema.
	 */
	private static String requestDefinition(TalonOperation operation) {
		JsonNode parameters = spec.path("paths")
			.path(operation.pathTemplate())
			.path(operation.method().name().toLowerCase(Locale.ROOT))
			.path("parameters");
		for (JsonNode parameter : parameters) {
			if ("body".equals(parameter.path("in").asText())) {
				String ref = parameter.path("schema").path("$ref").asText();
				assertThat(ref).as("body schema of %s", operation).startsWith("#/definitions/");
				return ref.substring("#/definitions/".length());
			}
		}
		return fail("no body parameter for " + operation + " in the spec");
	}

	private static JsonNode definitionNode(String definition) {
		JsonNode node = spec.path("definitions").path(definition);
		assertThat(node.isObject()).as("definition %s in the spec", definition).isTrue();
		return node;
	}

	private static JsonSchema schema(String definition) {
		return SCHEMAS.computeIfAbsent(definition, (name) -> {
			definitionNode(name);
			// Only the definitions reachable from this one: the spec's Management API definitions use regular
			// expressions that java.util.regex cannot compile (Webhook.headers: "[^]"), and none of them is reachable
			// from an Integration API request.
			ObjectNode definitions = JSON.createObjectNode();
			collectReachableDefinitions(name, definitions);
			ObjectNode root = JSON.createObjectNode();
			root.put("$ref", "#/definitions/" + name);
			root.set("definitions", definitions);
			SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(root, config);
		});
	}

	private static void collectReachableDefinitions(String name, ObjectNode definitions) {
		if (definitions.has(name)) {
			return;
		}
		JsonNode definition = definitionNode(name);
		definitions.set(name, definition);
		for (JsonNode ref : definition.findValues("$ref")) {
			assertThat(ref.asText()).as("reference in %s", name).startsWith("#/definitions/");
			collectReachableDefinitions(ref.asText().substring("#/definitions/".length()), definitions);
		}
	}

	/**
	 * Collects the properties declared by the schema (following {@code $ref}s, and the first element of arrays) that
	 * the value does not carry.
	 */
	private static void collectMissingProperties(JsonNode schema, JsonNode value, String path, List<String> missing) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			resolved = definitionNode(resolved.get("$ref").asText().substring("#/definitions/".length()));
		}
		if (value.isObject() && resolved.has("properties")) {
			for (Iterator<Map.Entry<String, JsonNode>> it = resolved.get("properties").fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> property = it.next();
				String propertyPath = path + "/" + property.getKey();
				if (!value.has(property.getKey())) {
					missing.add(propertyPath);
				}
				else {
					collectMissingProperties(property.getValue(), value.get(property.getKey()), propertyPath, missing);
				}
			}
		}
		else if (value.isArray() && resolved.has("items")) {
			if (value.isEmpty()) {
				missing.add(path + "/0");
			}
			else {
				collectMissingProperties(resolved.get("items"), value.get(0), path + "/0", missing);
			}
		}
	}

	private static Named<RequestCase> maximal(String name, TalonOperation operation, String expectedUrl,
			Function<TalonIntegrationClient, Mono<?>> call) {
		return Named.of(name, new RequestCase(operation, expectedUrl, true, call));
	}

	private static Named<RequestCase> normal(String name, TalonOperation operation, String expectedUrl,
			Function<TalonIntegrationClient, Mono<?>> call) {
		return Named.of(name, new RequestCase(operation, expectedUrl, false, call));
	}

	/**
	 * One request body sent through the client.
	 *
	 * @param operation the operation
	 * @param expectedUrl the path (and query) the server must receive
	 * @param maximal whether the body sets every property the spec's definition declares
	 * @param call the call of the client
	 */
	record RequestCase(TalonOperation operation, String expectedUrl, boolean maximal,
			Function<TalonIntegrationClient, Mono<?>> call) {

	}

}
