package dev.talon.spring.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PUT /v2/customer_profiles/{id}} with and without {@code runRuleEngine}, and the bulk
 * {@code PUT /v2/customer_profiles}.
 */
class SimulatorProfileV2Tests {

	private static TalonSimulator simulator;

	private static RawHttp http;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		http = new RawHttp(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void forgetEverything() {
		simulator.reset();
	}

	@Test
	void withoutTheRuleEngineAttributesAreMergedAndTheAnswerIsTheProfile() {
		JsonNode created = ok(http.send("PUT", "/v2/customer_profiles/hank",
				"{\"attributes\":{\"email\":\"hank@example.com\",\"tier\":\"gold\"}}"));
		JsonNode merged = ok(http.send("PUT", "/v2/customer_profiles/hank",
				"{\"attributes\":{\"tier\":null,\"city\":\"Berlin\"},\"audiencesChanges\":{\"adds\":[7,9],\"deletes\":[]}}"));
		JsonNode left = ok(http.send("PUT", "/v2/customer_profiles/hank",
				"{\"audiencesChanges\":{\"adds\":[],\"deletes\":[7]}}"));

		assertThat(created.path("effects")).isEmpty();
		assertThat(created.path("createdCoupons").isArray()).isTrue();
		assertThat(created.path("customerProfile").path("integrationId").asString()).isEqualTo("hank");
		JsonNode profile = merged.path("customerProfile");
		assertThat(profile.path("attributes").toString()).isEqualTo("{\"email\":\"hank@example.com\",\"city\":\"Berlin\"}");
		assertThat(profile.path("audienceMemberships")).extracting((audience) -> audience.path("id").asLong())
			.containsExactly(7L, 9L);
		assertThat(left.path("customerProfile").path("audienceMemberships"))
			.extracting((audience) -> audience.path("id").asLong()).containsExactly(9L);
		assertThat(merged.has("event")).isFalse();
		assertThat(simulator.events()).as("no rule engine, no event").isEmpty();
		assertThat(simulator.profile("hank").orElseThrow().attributes()).containsOnlyKeys("email", "city");
	}

	@Test
	void withTheRuleEngineAnEventIsRecordedAndTheRequestedPartsAnswered() {
		JsonNode created = ok(http.send("PUT", "/v2/customer_profiles/ivy?runRuleEngine=true",
				"{\"attributes\":{\"email\":\"ivy@example.com\"},\"responseContent\":[\"customerProfile\",\"event\","
						+ "\"loyalty\",\"triggeredCampaigns\",\"achievements\"]}"));
		JsonNode updated = ok(http.send("PUT", "/v2/customer_profiles/ivy?runRuleEngine=true",
				"{\"attributes\":{\"city\":\"Hamburg\"}}"));

		assertThat(created.path("effects")).isEmpty();
		assertThat(created.path("customerProfile").path("attributes").path("email").asString())
			.isEqualTo("ivy@example.com");
		assertThat(created.path("event").path("type").asString()).isEqualTo("talon_profile_created");
		assertThat(created.path("loyalty").path("programs").isObject()).isTrue();
		assertThat(created.path("triggeredCampaigns")).isEmpty();
		assertThat(created.path("achievements")).isEmpty();
		assertThat(updated.propertyNames()).as("only what was asked").containsExactlyInAnyOrder("effects",
				"createdCoupons", "createdReferrals");
		assertThat(simulator.events()).extracting(SimulatedEvent::type)
			.containsExactly("talon_profile_created", "talon_profile_updated");
	}

	@Test
	void dryAndResponseContentNeedTheRuleEngine() {
		RawHttp.Answer dryWithoutRules = http.send("PUT", "/v2/customer_profiles/jack?dry=true", "{}");
		RawHttp.Answer contentWithoutRules = http.send("PUT", "/v2/customer_profiles/jack",
				"{\"responseContent\":[\"customerProfile\"]}");

		assertThat(dryWithoutRules.status()).isEqualTo(400);
		assertThat(dryWithoutRules.json().path("errors").get(0).path("source").path("parameter").asString())
			.isEqualTo("dry");
		assertThat(contentWithoutRules.status()).isEqualTo(400);
		assertThat(contentWithoutRules.pointers()).containsExactly("/responseContent");
		assertThat(simulator.profile("jack")).isEmpty();
	}

	@Test
	void aDryUpdateAnswersTheChangedProfileAndKeepsTheStoredOne() {
		ok(http.send("PUT", "/v2/customer_profiles/kim", "{\"attributes\":{\"tier\":\"silver\"}}"));

		JsonNode dry = ok(http.send("PUT", "/v2/customer_profiles/kim?runRuleEngine=true&dry=true",
				"{\"attributes\":{\"tier\":\"gold\"},\"responseContent\":[\"customerProfile\"]}"));
		JsonNode dryNew = ok(http.send("PUT", "/v2/customer_profiles/lee?runRuleEngine=true&dry=true",
				"{\"attributes\":{\"tier\":\"gold\"}}"));

		assertThat(dry.path("customerProfile").path("attributes").path("tier").asString()).isEqualTo("gold");
		assertThat(simulator.profile("kim").orElseThrow().attributes()).containsEntry("tier", "silver");
		assertThat(dryNew.path("effects")).isEmpty();
		assertThat(simulator.profile("lee")).isEmpty();
		assertThat(simulator.events()).isEmpty();
	}

	@Test
	void theBulkUpdateIsSilentUnlessToldOtherwise() {
		RawHttp.Answer silent = http.send("PUT", "/v2/customer_profiles",
				"{\"customerProfiles\":[{\"integrationId\":\"m1\",\"attributes\":{\"a\":1}},{\"integrationId\":\"m2\"}]}");
		RawHttp.Answer answered = http.send("PUT", "/v2/customer_profiles?silent=no",
				"{\"customerProfiles\":[{\"integrationId\":\"m1\",\"attributes\":{\"b\":2}}]}");

		assertThat(silent.status()).isEqualTo(204);
		assertThat(silent.body()).isEmpty();
		assertThat(simulator.profile("m2")).isPresent();
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.json().path("integrationStates").get(0).path("customerProfile").path("attributes")
			.toString()).isEqualTo("{\"a\":1,\"b\":2}");
		assertThat(simulator.events()).as("the bulk update does not run the rule engine").isEmpty();
	}

	@Test
	void theBulkUpdateTakesAtMostAThousandProfiles() {
		StringBuilder profiles = new StringBuilder();
		for (int i = 0; i <= 1000; i++) {
			profiles.append((i > 0) ? "," : "").append("{\"integrationId\":\"bulk-").append(i).append("\"}");
		}

		RawHttp.Answer tooMany = http.send("PUT", "/v2/customer_profiles", "{\"customerProfiles\":[" + profiles + "]}");
		RawHttp.Answer badSilent = http.send("PUT", "/v2/customer_profiles?silent=true", "{\"customerProfiles\":[]}");

		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.pointers()).containsExactly("/customerProfiles");
		assertThat(simulator.profile("bulk-0")).isEmpty();
		assertThat(badSilent.status()).isEqualTo(400);
		assertThat(badSilent.json().path("errors").get(0).path("title").asString()).isEqualTo("must be yes or no");
	}

}
