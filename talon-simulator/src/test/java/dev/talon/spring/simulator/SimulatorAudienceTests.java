package dev.talon.spring.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.SimulatorLoyaltyTests.parameters;
import static dev.talon.spring.simulator.TalonV2.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audiences over HTTP: created, renamed, deleted, their members added and removed (also by profile updates), and
 * attributes set on their members.
 */
class SimulatorAudienceTests {

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		talon = new TalonV2(simulator);
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
	void audiencesAreCreatedOncePerIntegrationIdAndRenamed() {
		RawHttp.Answer created = talon.http().send("POST", "/v2/audiences", "{\"name\":\"VIP\",\"integration\":"
				+ "\"segment\",\"integrationId\":\"seg-1\",\"description\":\"Big spenders\",\"createdIn3rdParty\":true}");
		RawHttp.Answer again = talon.http().send("POST", "/v2/audiences",
				"{\"name\":\"VIP again\",\"integration\":\"segment\",\"integrationId\":\"seg-1\"}");
		RawHttp.Answer otherPlatform = talon.http().send("POST", "/v2/audiences",
				"{\"name\":\"VIP\",\"integration\":\"braze\",\"integrationId\":\"seg-1\"}");
		long id = created.json().path("id").asLong();
		JsonNode renamed = ok(talon.http().send("PUT", "/v2/audiences/" + id, "{\"name\":\"Very important\"}"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("name").asString()).isEqualTo("VIP");
		assertThat(created.json().path("accountId").asLong()).isEqualTo(1);
		assertThat(created.json().path("integrationId").asString()).isEqualTo("seg-1");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("StatusCode").asInt()).isEqualTo(409);
		assertThat(again.pointers()).containsExactly("/integrationId");
		assertThat(otherPlatform.status()).isEqualTo(201);
		assertThat(renamed.path("name").asString()).isEqualTo("Very important");
		assertThat(renamed.path("description").asString()).isEqualTo("Big spenders");
		assertThat(simulator.audience(id).orElseThrow().name()).isEqualTo("Very important");
		assertThat(talon.http().send("PUT", "/v2/audiences/99", "{\"name\":\"x\"}").status()).isEqualTo(404);
		assertThat(talon.http().send("PUT", "/v2/audiences/" + id, "{\"name\":\"\"}").pointers())
			.containsExactly("/name");
	}

	@Test
	void membersAreAddedRemovedAndShownInProfiles() {
		long vip = create("VIP");
		long newsletter = create("Newsletter");

		RawHttp.Answer changed = talon.http().send("POST", "/v2/customer_audiences", "{\"data\":["
				+ action("add", "ann", vip) + "," + action("add", "bob", vip) + "," + action("add", "ann", newsletter)
				+ "," + action("delete", "bob", vip) + "," + action("delete", "nobody", vip) + "]}");
		JsonNode ann = ok(talon.http().send("PUT", "/v2/customer_profiles/ann", "{}")).path("customerProfile");
		ok(talon.http().send("PUT", "/v2/customer_profiles/bob", "{\"audiencesChanges\":{\"adds\":[" + newsletter
				+ "],\"deletes\":[]}}"));

		assertThat(changed.status()).isEqualTo(204);
		assertThat(ann.path("audienceMemberships")).extracting((audience) -> audience.path("name").asString())
			.containsExactly("VIP", "Newsletter");
		assertThat(simulator.audience(vip).orElseThrow().members()).containsExactly("ann");
		assertThat(simulator.audience(newsletter).orElseThrow().members()).containsExactly("ann", "bob");
		assertThat(simulator.profile("nobody")).as("removing creates nothing").isEmpty();

		RawHttp.Answer unknown = talon.http().send("POST", "/v2/customer_audiences", "{\"data\":["
				+ action("add", "cid", vip) + "," + action("add", "cid", 99) + "]}");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.pointers()).containsExactly("/data/1/audienceId");
		assertThat(simulator.profile("cid")).as("all or nothing").isEmpty();
	}

	@Test
	void membershipsAndAudiencesAreDeleted() {
		long vip = create("VIP");
		long newsletter = create("Newsletter");
		talon.http().send("POST", "/v2/customer_audiences", "{\"data\":[" + action("add", "dee", vip) + ","
				+ action("add", "dee", newsletter) + "]}");

		RawHttp.Answer emptied = talon.http().send("DELETE", "/v2/audiences/" + vip + "/memberships", null);
		RawHttp.Answer deleted = talon.http().send("DELETE", "/v2/audiences/" + newsletter, null);

		assertThat(emptied.status()).isEqualTo(204);
		assertThat(simulator.audience(vip).orElseThrow().members()).isEmpty();
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(simulator.audience(newsletter)).isEmpty();
		assertThat(ok(talon.http().send("PUT", "/v2/customer_profiles/dee", "{}")).path("customerProfile")
			.has("audienceMemberships")).isFalse();
		assertThat(talon.http().send("DELETE", "/v2/audiences/" + newsletter, null).status()).isEqualTo(404);
		assertThat(talon.http().send("DELETE", "/v2/audiences/" + newsletter + "/memberships", null).status())
			.isEqualTo(404);
		RawHttp.Answer notAnId = talon.http().send("DELETE", "/v2/audiences/vip", null);
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(parameters(notAnId)).containsExactly("audienceId");
	}

	@Test
	void attributesAreSetOnEveryMember() {
		long vip = create("VIP");
		ok(talon.http().send("PUT", "/v2/customer_profiles/eve", "{\"attributes\":{\"tier\":\"silver\",\"age\":30}}"));
		talon.http().send("POST", "/v2/customer_audiences", "{\"data\":[" + action("add", "eve", vip) + ","
				+ action("add", "fay", vip) + "]}");
		ok(talon.http().send("PUT", "/v2/customer_profiles/gus", "{\"attributes\":{\"tier\":\"bronze\"}}"));

		RawHttp.Answer updated = talon.http().send("PUT", "/v2/audience_customers/" + vip + "/attributes",
				"{\"tier\":\"gold\",\"age\":null}");

		assertThat(updated.status()).isEqualTo(204);
		assertThat(simulator.profile("eve").orElseThrow().attributes()).containsOnly(java.util.Map.entry("tier", "gold"));
		assertThat(simulator.profile("fay").orElseThrow().attributes()).containsEntry("tier", "gold");
		assertThat(simulator.profile("gus").orElseThrow().attributes()).containsEntry("tier", "bronze");
		assertThat(talon.http().send("PUT", "/v2/audience_customers/99/attributes", "{}").status()).isEqualTo(404);
		assertThat(talon.http().send("PUT", "/v2/audience_customers/" + vip + "/attributes", "[]").pointers())
			.containsExactly("");
		assertThat(talon.http().send("PUT", "/v2/audience_customers/" + vip + "/attributes", "{}", new String[0])
			.status()).isEqualTo(401);
	}

	private static long create(String name) {
		RawHttp.Answer created = talon.http().send("POST", "/v2/audiences", "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private static String action(String action, String profile, long audience) {
		return "{\"action\":\"" + action + "\",\"profileIntegrationId\":\"" + profile + "\",\"audienceId\":" + audience
				+ "}";
	}

}
