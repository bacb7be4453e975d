package dev.talon.spring.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator against Talon.One's own 2017 v1 spec (read from {@code ../shared}): it accepts exactly the request
 * bodies the spec's definitions accept and points at the same places, and its answers are valid instances of the
 * spec's answer definitions.
 */
class SimulatorSpecConformanceTests {

	private static final AtomicInteger SESSION_NUMBERS = new AtomicInteger();

	private static TalonSimulator simulator;

	private static RawHttp http;

	@BeforeAll
	static void start() {
		TalonSpec.load();
		simulator = TalonSimulator.start();
		http = new RawHttp(simulator);
	}

	@AfterAll
	static void stop() {
		if (simulator != null) {
			simulator.close();
		}
	}

	static Stream<Arguments> bodies() {
		String item = "{\"sku\":\"A\",\"name\":\"a\",\"quantity\":2,\"price\":1.25}";
		return Stream.of(
				body("NewCustomerSession", "{}"),
				body("NewCustomerSession", "{\"profileId\":\"p\",\"coupon\":\"WELCOME10\",\"referral\":\"\","
						+ "\"state\":\"open\",\"total\":2.5,\"attributes\":{\"a\":[1,{\"b\":null}]},\"cartItems\":[" + item
						+ ",{\"sku\":\"B\",\"name\":\"b\",\"quantity\":1,\"price\":0,\"category\":\"c\",\"weight\":1,"
						+ "\"height\":2,\"width\":3,\"length\":4,\"attributes\":{},\"adjustment\":"
						+ "{\"payFromLoyaltyProgram\":1,\"pointPayment\":5,\"remainingPrice\":0}}]}"),
				body("NewCustomerSession", "{\"state\":\"closed\",\"cartItems\":[" + item + "]}"),
				body("NewCustomerSession", "{\"cartItems\":[{\"sku\":\"A\",\"name\":\"a\",\"quantity\":1,\"price\":1,"
						+ "\"position\":0,\"colour\":\"red\"}]}"),
				body("NewCustomerSession", "{\"couponCode\":\"X\"}"),
				body("NewCustomerSession", "{\"state\":\"paid\"}"),
				body("NewCustomerSession", "{\"total\":\"1\",\"coupon\":1,\"referral\":null}"),
				body("NewCustomerSession", "{\"cartItems\":{}}"),
				body("NewCustomerSession", "{\"cartItems\":[1]}"),
				body("NewCustomerSession", "{\"attributes\":\"x\"}"),
				body("NewCustomerSession", "{\"cartItems\":[{\"sku\":\"\",\"name\":\"\",\"quantity\":0,\"price\":\"1\"}]}"),
				body("NewCustomerSession", "{\"cartItems\":[{\"sku\":\"A\",\"name\":\"a\",\"quantity\":1.5,\"price\":1,"
						+ "\"weight\":\"heavy\",\"category\":3}]}"),
				body("NewCustomerSession", "{\"cartItems\":[{\"sku\":\"A\"}]}"),
				body("NewCustomerSession", "{\"cartItems\":[{\"sku\":\"A\",\"name\":\"a\",\"quantity\":1,\"price\":1,"
						+ "\"adjustment\":{\"pointPayment\":0,\"remainingPrice\":-0.5}}]}"),
				body("NewEvent", "{\"sessionId\":\"#\",\"type\":\"viewed\",\"attributes\":{}}"),
				body("NewEvent", "{\"profileId\":\"p\",\"sessionId\":\"#\",\"type\":\"viewed\",\"attributes\":{\"sku\":\"A\"}}"),
				body("NewEvent", "{\"sessionId\":\"#\",\"type\":\"viewed\"}"),
				body("NewEvent", "{\"sessionId\":\"\",\"type\":\"\",\"attributes\":[]}"),
				body("NewEvent", "{\"sessionId\":\"#\",\"type\":2,\"attributes\":{},\"extra\":true}"),
				body("NewReferral", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"a\"}"),
				body("NewReferral", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"a\",\"friendProfileIntegrationId\":\"f\","
						+ "\"startDate\":\"2020-01-01T00:00:00Z\",\"expiryDate\":\"2090-01-01T10:00:00.5+02:00\",\"extra\":1}"),
				body("NewReferral", "{\"campaignId\":\"5\",\"advocateProfileIntegrationId\":1}"),
				body("NewReferral", "{\"campaignId\":5.5,\"advocateProfileIntegrationId\":\"a\",\"startDate\":\"soon\"}"),
				body("NewReferral", "{\"advocateProfileIntegrationId\":\"a\"}"),
				body("NewCustomerProfile", "{}"),
				body("NewCustomerProfile", "{\"attributes\":{\"email\":\"a@b.c\"},\"extra\":1}"),
				body("NewCustomerProfile", "{\"attributes\":[]}"),
				body("CustomerProfileSearch", "{\"attributes\":{}}"),
				body("CustomerProfileSearch", "{}"),
				body("CustomerProfileSearch", "{\"attributes\":1}"));
	}

	private static Arguments body(String definition, String json) {
		return Arguments.of(definition, Named.of(json, json));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("bodies")
	void theSimulatorRefusesExactlyWhatTheSpecRefusesAtTheSamePlaces(String definition, String body) {
		String session = "spec-" + SESSION_NUMBERS.incrementAndGet();
		String json = body.replace("\"#\"", "\"" + session + "\"");
		Set<String> specProblems = specPointers(TalonSpec.schema(definition).validate(read(json)));

		RawHttp.Answer answer = switch (definition) {
			case "NewCustomerSession" -> http.send("PUT", "/v1/customer_sessions/" + session, json);
			case "NewEvent" -> http.send("POST", "/v1/events", json);
			case "NewReferral" -> http.send("POST", "/v1/referrals", json);
			case "NewCustomerProfile" -> http.send("PUT", "/v1/customer_profiles/" + session, json);
			default -> http.send("POST", "/v1/customer_profiles_search", json);
		};

		if (specProblems.isEmpty()) {
			assertThat(answer.status()).as("answer to %s, which the spec accepts: %s", json, answer.body())
				.isBetween(200, 201);
		}
		else {
			assertThat(answer.status()).as("answer to %s, which the spec refuses at %s", json, specProblems)
				.isEqualTo(400);
			assertThat(new TreeSet<>(answer.pointers())).isEqualTo(specProblems);
		}
	}

	@Test
	void answersAreValidInstancesOfTheSpecsDefinitions() {
		WebClientTalonIntegrationClient client = TalonClients.apiKey(simulator);
		Referral referral = client.createReferral(NewReferral.builder(5, "conformance-advocate")
			.friendProfileIntegrationId("conformance-friend")
			.expiryDate(OffsetDateTime.parse("2090-01-01T00:00:00Z"))
			.build()).block(TalonClients.WAIT);
		client.updateCustomerSession("conformance-cart", NewCustomerSession.builder()
			.profileId("conformance-friend")
			.coupon("TAKE5")
			.referral(referral.code())
			.attributes(Map.of("channel", "web"))
			.cartItems(List.of(CartItem.builder("GRINDER-HAND", "Hand grinder", 1, new BigDecimal("59.00"))
				.build()))
			.build()).block(TalonClients.WAIT);

		RawHttp.Answer session = http.send("PUT", "/v1/customer_sessions/conformance-cart", "{\"state\":\"closed\"}");
		RawHttp.Answer event = http.send("POST", "/v1/events", "{\"profileId\":\"conformance-friend\","
				+ "\"sessionId\":\"conformance-cart\",\"type\":\"reviewed\",\"attributes\":{\"stars\":5}}");
		RawHttp.Answer anonymous = http.send("PUT", "/v1/customer_sessions/conformance-anonymous",
				"{\"coupon\":\"NOPE\",\"referral\":\"NOPE\"}");
		RawHttp.Answer referralAnswer = http.send("POST", "/v1/referrals",
				"{\"campaignId\":5,\"advocateProfileIntegrationId\":\"conformance-advocate\"}");
		RawHttp.Answer search = http.send("POST", "/v1/customer_profiles_search", "{\"attributes\":{}}");

		JsonNode closed = read(session.body());
		assertThat(closed.path("event").path("effects")).as("effects of the closed session").hasSize(6);
		assertValid("IntegrationState", closed);
		assertValid("IntegrationState", read(event.body()));
		assertValid("CustomerSession", read(anonymous.body()).path("session"));
		assertValid("Event", read(anonymous.body()).path("event"));
		assertValid("Referral", read(referralAnswer.body()));
		Set<ValidationMessage> searchProblems = TalonSpec
			.responseSchema("/v1/customer_profiles_search", "post", "200")
			.validate(read(search.body()));
		assertThat(searchProblems).as("problems of the search answer %s", search.body()).isEmpty();
	}

	private static void assertValid(String definition, JsonNode instance) {
		assertThat(TalonSpec.schema(definition).validate(instance)).as("problems of %s %s", definition, instance)
			.isEmpty();
	}

	/** The JSON pointers of the spec's problems; a missing or unknown property is pointed at by its own path. */
	private static Set<String> specPointers(Set<ValidationMessage> problems) {
		Set<String> pointers = new TreeSet<>();
		for (ValidationMessage problem : problems) {
			String at = problem.getInstanceLocation().toString();
			if (("required".equals(problem.getType()) || "additionalProperties".equals(problem.getType()))
					&& problem.getProperty() != null) {
				at = at + "/" + problem.getProperty();
			}
			pointers.add(at);
		}
		return pointers;
	}

	private static JsonNode read(String json) {
		try {
			return TalonSpec.JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
