package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * Audiences for a customer to join and to leave ({@code ProfileAudiencesChanges}, in a
 * {@link CustomerProfileIntegrationRequestV2}). Both lists are required by the spec: a missing one is sent as
 * {@code []}.
 *
 * @param adds the ids of the audiences to join, positive
 * @param deletes the ids of the audiences to leave, positive
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfileAudiencesChanges(List<Long> adds, List<Long> deletes) {

	/**
	 * Checks the ids and copies the lists, turning missing ones into empty ones.
	 * @param adds the ids of the audiences to join, positive
	 * @param deletes the ids of the audiences to leave, positive
	 * @throws IllegalArgumentException naming an id that is {@code null} or not positive
	 */
	public ProfileAudiencesChanges {
		RequestChecks.ids(adds, "audiencesChanges.adds");
		RequestChecks.ids(deletes, "audiencesChanges.deletes");
		adds = Checks.copyOrEmpty(adds);
		deletes = Checks.copyOrEmpty(deletes);
	}

	/**
	 * Audience changes.
	 * @param adds the audiences to join, or {@code null}
	 * @param deletes the audiences to leave, or {@code null}
	 * @return the changes
	 */
	public static ProfileAudiencesChanges of(Collection<Long> adds, Collection<Long> deletes) {
		return new ProfileAudiencesChanges(Builders.list(adds),
				Builders.list(deletes));
	}

}
