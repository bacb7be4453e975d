package dev.talon.spring.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Today's Integration API audience operations: audiences created, renamed and deleted, their members added and
 * removed, and attributes set on all their members. A profile's membership is its {@link StoredProfile#audiences}, which
 * {@code audiencesChanges} of a profile update change too; profile answers list it as {@code audienceMemberships}.
 */
final class AudienceOperations {

	static final String AUDIENCE_EXISTS = "An audience with this integration ID already exists for this integration";

	private final SimulatorState state;

	AudienceOperations(SimulatorState state) {
		this.state = state;
	}

	/**
	 * {@code POST /v2/audiences}: a new audience (201); a 409 when one with the same {@code integrationId} (of the
	 * same {@code integration}) exists.
	 */
	ApiAnswer createAudience(ApiRequest request) {
		JsonNode body = request.body();
		String integrationId = body.path("integrationId").asString(null);
		String integration = body.path("integration").asString(null);
		synchronized (this.state) {
			if (integrationId != null) {
				for (StoredAudience other : this.state.audienceById.values()) {
					if (integrationId.equals(other.integrationId) && Objects.equals(integration, other.integration)) {
						throw new SimulatorApiException(409, AUDIENCE_EXISTS, List.of(new Violation("/integrationId",
								"already exists", "audience " + other.id + " has integration id " + integrationId)));
					}
				}
			}
			StoredAudience audience = new StoredAudience(this.state.nextAudienceId(), request.now(),
					body.get("name").stringValue(), integrationId, integration,
					body.path("description").asString(null),
					body.has("sandbox") ? body.get("sandbox").asBoolean() : null,
					body.has("createdIn3rdParty") ? body.get("createdIn3rdParty").asBoolean() : null);
			audience.subscribedApplicationsIds = applicationIds(body);
			if (body.has("lastUpdate")) {
				audience.lastUpdate = OffsetDateTime.parse(body.get("lastUpdate").stringValue()).toInstant();
			}
			this.state.audienceById.put(audience.id, audience);
			return new ApiAnswer(201, audienceJson(audience));
		}
	}

	/** {@code PUT /v2/audiences/{id}}: renames an audience (and sets its subscribed Applications when given). */
	ApiAnswer updateAudience(ApiRequest request) {
		synchronized (this.state) {
			StoredAudience audience = existing(request);
			audience.name = request.body().get("name").stringValue();
			if (request.body().has("subscribedApplicationsIds")) {
				audience.subscribedApplicationsIds = applicationIds(request.body());
			}
			return ApiAnswer.ok(audienceJson(audience));
		}
	}

	/** {@code DELETE /v2/audiences/{id}}: deletes an audience and its memberships. */
	ApiAnswer deleteAudience(ApiRequest request) {
		synchronized (this.state) {
			StoredAudience audience = existing(request);
			this.state.profiles.values().forEach((profile) -> profile.audiences.remove(audience.id));
			this.state.audienceById.remove(audience.id);
			return ApiAnswer.noContent();
		}
	}

	/** {@code DELETE /v2/audiences/{id}/memberships}: removes every member of an audience. */
	ApiAnswer deleteMemberships(ApiRequest request) {
		synchronized (this.state) {
			StoredAudience audience = existing(request);
			this.state.profiles.values().forEach((profile) -> profile.audiences.remove(audience.id));
			audience.lastUpdate = request.now();
			return ApiAnswer.noContent();
		}
	}

	/**
	 * {@code POST /v2/customer_audiences}: adds profiles (created if missing) to audiences and removes them, in order;
	 * nothing changes when an audience does not exist (404).
	 */
	ApiAnswer updateProfileAudiences(ApiRequest request) {
		JsonNode actions = request.body().path("data");
		synchronized (this.state) {
			List<Violation> unknown = new ArrayList<>();
			for (int i = 0; i < actions.size(); i++) {
				long audienceId = actions.get(i).get("audienceId").asLong();
				if (!this.state.audienceById.containsKey(audienceId)) {
					unknown.add(new Violation("/data/" + i + "/audienceId", "not found", "no audience " + audienceId));
				}
			}
			if (!unknown.isEmpty()) {
				throw new SimulatorApiException(404, "Audience not found", unknown);
			}
			for (JsonNode action : actions) {
				StoredAudience audience = this.state.audienceById.get(action.get("audienceId").asLong());
				String profileId = action.get("profileIntegrationId").stringValue();
				if (action.get("action").stringValue().equals("add")) {
					this.state.ensureProfile(profileId, request.now()).audiences.add(audience.id);
				}
				else if (this.state.profiles.containsKey(profileId)) {
					this.state.profiles.get(profileId).audiences.remove(audience.id);
				}
				audience.lastUpdate = request.now();
			}
			return ApiAnswer.noContent();
		}
	}

	/**
	 * {@code PUT /v2/audience_customers/{id}/attributes}: merges the attributes into every member's profile
	 * ({@code null} removes one, as in profile updates).
	 */
	ApiAnswer updateMembersAttributes(ApiRequest request) {
		synchronized (this.state) {
			StoredAudience audience = existing(request);
			for (StoredProfile profile : this.state.profiles.values()) {
				if (profile.audiences.contains(audience.id)) {
					SimulatorState.merge(profile.attributes, request.body());
				}
			}
			return ApiAnswer.noContent();
		}
	}

	private StoredAudience existing(ApiRequest request) {
		StoredAudience audience = this.state.audienceById.get(request.pathLong("audienceId"));
		if (audience == null) {
			throw new SimulatorApiException(404, "Audience not found", List.of(Violation.inParameter("audienceId",
					"not found", "no audience " + request.path("audienceId"))));
		}
		return audience;
	}

	private static List<Long> applicationIds(JsonNode body) {
		if (!body.has("subscribedApplicationsIds")) {
			return null;
		}
		List<Long> ids = new ArrayList<>();
		body.get("subscribedApplicationsIds").forEach((id) -> ids.add(id.asLong()));
		return ids;
	}

	/** {@code Audience}. */
	private ObjectNode audienceJson(StoredAudience audience) {
		ObjectNode node = this.state.json.createObjectNode();
		node.put("accountId", this.state.config.accountId());
		node.put("id", audience.id);
		node.put("created", audience.created.toString());
		node.put("name", audience.name);
		if (audience.sandbox != null) {
			node.put("sandbox", audience.sandbox);
		}
		if (audience.description != null) {
			node.put("description", audience.description);
		}
		if (audience.subscribedApplicationsIds != null) {
			audience.subscribedApplicationsIds.forEach(node.putArray("subscribedApplicationsIds")::add);
		}
		if (audience.integration != null) {
			node.put("integration", audience.integration);
		}
		if (audience.integrationId != null) {
			node.put("integrationId", audience.integrationId);
		}
		if (audience.createdIn3rdParty != null) {
			node.put("createdIn3rdParty", audience.createdIn3rdParty);
		}
		if (audience.lastUpdate != null) {
			node.put("lastUpdate", audience.lastUpdate.toString());
		}
		return node;
	}

}
