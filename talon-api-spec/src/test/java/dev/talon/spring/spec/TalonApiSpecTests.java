package dev.talon.spring.spec;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validators accept valid bodies and refuse invalid ones at the right pointer, with the fixes for the 2026 file.
 */
class TalonApiSpecTests {

	private static final String V2_SESSION = """
			{"customerSession":{"profileId":"alice","couponCodes":["TAKE5"],"state":"open",
			 "cartItems":[{"sku":"MUG","quantity":1,"price":0}],"additionalCosts":{"shipping":{"price":4.95}},
			 "identifiers":["a"]},"responseContent":["customerSession","loyalty"]}""";

	@Test
	void v2AcceptsAValidSessionUpdate() {
		assertThat(TalonApiSpec.v2().requestViolations("IntegrationRequest", V2_SESSION)).isEmpty();
	}

	@Test
	void v2RefusesWhatItsSchemasRefuse() {
		TalonApiSpec spec = TalonApiSpec.v2();
		assertThat(spec.requestViolations("IntegrationRequest", "{}")).singleElement()
			.asString()
			.contains("customerSession");
		assertThat(spec.requestViolations("IntegrationRequest",
				V2_SESSION.replace("\"quantity\":1", "\"quantity\":0")))
			.singleElement()
			.asString()
			.startsWith("/customerSession/cartItems/0/quantity");
		assertThat(spec.requestViolations("IntegrationRequest", V2_SESSION.replace("\"open\"", "\"paid\"")))
			.singleElement()
			.asString()
			.startsWith("/customerSession/state");
		assertThat(spec.requestViolations("IntegrationRequest",
				V2_SESSION.replace("\"customerSession\",\"loyalty\"", "\"customerSession\",\"everything\"")))
			.singleElement()
			.asString()
			.startsWith("/responseContent/1");
		assertThat(spec.requestViolations("IntegrationRequest",
				V2_SESSION.replace("\"identifiers\":[\"a\"]", "\"identifiers\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"]")))
			.singleElement()
			.asString()
			.startsWith("/customerSession/identifiers");
	}

	@Test
	void v2SchemasWithPropertiesButNoTypeAreObjects() {
		// CartItem has properties but no type in the file: without the fix a string would pass as a cart item
		assertThat(TalonApiSpec.v2().requestViolations("IntegrationRequest",
				V2_SESSION.replace("{\"sku\":\"MUG\",\"quantity\":1,\"price\":0}", "\"MUG\"")))
			.singleElement()
			.asString()
			.startsWith("/customerSession/cartItems/0");
		assertThat(TalonApiSpec.v2().schema("CartItem")).contains("\"type\":\"object\"");
	}

	@Test
	void readOnlyPropertiesAreRefusedInRequestsOnly() {
		String withPosition = V2_SESSION.replace("\"price\":0}", "\"price\":0,\"position\":0}");
		assertThat(TalonApiSpec.v2().requestViolations("IntegrationRequest", withPosition)).singleElement()
			.asString()
			.startsWith("/customerSession/cartItems/0/position");
		String item = "{\"sku\":\"MUG\",\"quantity\":1,\"price\":0,\"position\":0}";
		assertThat(TalonApiSpec.v2().responseViolations("CartItem", item)).isEmpty();
	}

	@Test
	void v2NullableAndDatesFollowTheOpenApi30Dialect() {
		// a date-time must be RFC 3339 text
		String event = """
				{"profileId":"alice","type":"newsletter","attributes":{}}""";
		assertThat(TalonApiSpec.v2().requestViolations("IntegrationEventV2Request", event)).isEmpty();
		assertThat(TalonApiSpec.v2().requestViolations("IntegrationEventV2Request", "{\"profileId\":\"alice\"}"))
			.singleElement()
			.asString()
			.contains("type");
	}

	@Test
	void v2OperationsAreReadWithTheirParameters() {
		TalonApiSpec spec = TalonApiSpec.v2();
		List<TalonApiSpec.Operation> integration = spec.operations("integration");
		assertThat(integration).hasSize(39);
		TalonApiSpec.Operation update = spec.operation("updateCustomerSessionV2").orElseThrow();
		assertThat(update.method()).isEqualTo("PUT");
		assertThat(update.path()).isEqualTo("/v2/customer_sessions/{customerSessionId}");
		assertThat(update.requestSchema()).isEqualTo("IntegrationRequest");
		assertThat(update.responseSchemas()).containsEntry(200, "IntegrationStateV2");
		assertThat(update.parameters("query")).extracting(TalonApiSpec.Parameter::name).containsExactly("dry", "now");
		assertThat(update.parameters("query").get(1).format()).isEqualTo("date-time");
		// its Idempotency-Key header is described in prose only, not as a parameter
		assertThat(spec.operation("returnCartItems").orElseThrow().parameters())
			.extracting(TalonApiSpec.Parameter::name)
			.containsExactlyInAnyOrder("dry", "customerSessionId", "runRuleEngine");
	}

	@Test
	void v2RequestBodiesSharedUnderComponentsAreFollowed() {
		TalonApiSpec spec = TalonApiSpec.v2();
		assertThat(spec.operation("returnCartItems").orElseThrow().requestSchema())
			.isEqualTo("ReturnIntegrationRequest");
		assertThat(spec.operation("trackEventV2").orElseThrow().requestSchema()).isEqualTo("IntegrationEventV2Request");
		assertThat(spec.operation("trackEventV3").orElseThrow().requestSchema()).isEqualTo("IntegrationEventV3Request");
		assertThat(spec.operation("getCustomerSession").orElseThrow().requestSchema()).isNull();
	}

	@Test
	void v1ValidatesTheSeedDefinitions() {
		TalonApiSpec spec = TalonApiSpec.v1();
		String session = "{\"profileId\":\"alice\",\"cartItems\":[{\"name\":\"Mug\",\"sku\":\"MUG\",\"quantity\":1,\"price\":9.5}]}";
		assertThat(spec.requestViolations("NewCustomerSession", session)).isEmpty();
		assertThat(spec.requestViolations("NewCustomerSession", session.replace("\"quantity\":1", "\"quantity\":0")))
			.singleElement()
			.asString()
			.startsWith("/cartItems/0/quantity");
		assertThat(spec.operations("Integration API")).extracting(TalonApiSpec.Operation::operationId)
			.containsExactlyInAnyOrder("createReferral", "getCustomerProfilesByAttributes", "trackEvent",
					"updateCustomerProfile", "updateCustomerSession");
	}

	@Test
	void answersAreNotJudgedByRequestRules() {
		assertThat(TalonApiSpec.v2().responseViolations("IntegrationRequest", "not json")).singleElement()
			.asString()
			.contains("not JSON");
	}

}
