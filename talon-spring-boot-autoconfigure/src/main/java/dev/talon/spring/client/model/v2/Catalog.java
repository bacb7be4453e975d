package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A cart item catalog ({@code Catalog}), the answer of {@code syncCatalog}.
 *
 * @param id the catalog's id
 * @param created when it was created
 * @param accountId the Talon.One account
 * @param modified when it was last changed
 * @param name its name
 * @param description its description
 * @param subscribedApplicationsIds the Applications that use it (empty when none)
 * @param version its version after the sync
 * @param createdBy the user who created it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Catalog(Long id, OffsetDateTime created, Long accountId, OffsetDateTime modified, String name,
		String description, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> subscribedApplicationsIds,
		Long version, Long createdBy) {

	/**
	 * Copies the Application ids, turning missing ones into an empty list.
	 * @param id the catalog's id
	 * @param created when it was created
	 * @param accountId the Talon.One account
	 * @param modified when it was last changed
	 * @param name its name
	 * @param description its description
	 * @param subscribedApplicationsIds the Applications that use it
	 * @param version its version after the sync
	 * @param createdBy the user who created it
	 */
	public Catalog {
		subscribedApplicationsIds = Checks.copyOrEmpty(subscribedApplicationsIds);
	}

}
