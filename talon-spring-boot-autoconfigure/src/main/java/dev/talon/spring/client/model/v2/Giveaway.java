package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A giveaway awarded during the evaluation ({@code Giveaway}, in {@link IntegrationStateV2#awardedGiveaways()}), such
 * as a gift card code.
 *
 * @param id the giveaway's internal id
 * @param created when it was created
 * @param code the giveaway's code, to hand to the customer
 * @param poolId the giveaway pool
 * @param startDate when it becomes valid, if set
 * @param endDate when it expires, if set
 * @param attributes its custom attributes (empty when none)
 * @param used whether it was used
 * @param importId the import that created it, if any
 * @param profileIntegrationId the profile it was awarded to
 * @param profileId the internal id of that profile
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Giveaway(Long id, OffsetDateTime created, String code, Long poolId, OffsetDateTime startDate,
		OffsetDateTime endDate, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes,
		Boolean used, Long importId, String profileIntegrationId, Long profileId) {

	/**
	 * Copies the attributes, turning missing ones into an empty map.
	 * @param id the giveaway's internal id
	 * @param created when it was created
	 * @param code the giveaway's code, to hand to the customer
	 * @param poolId the giveaway pool
	 * @param startDate when it becomes valid, if set
	 * @param endDate when it expires, if set
	 * @param attributes its custom attributes (empty when none)
	 * @param used whether it was used
	 * @param importId the import that created it, if any
	 * @param profileIntegrationId the profile it was awarded to
	 * @param profileId the internal id of that profile
	 */
	public Giveaway {
		attributes = Checks.copyOrEmpty(attributes);
	}

}
