package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A campaign whose rules were triggered ({@code Campaign}, in {@link IntegrationStateV2#triggeredCampaigns()}), with
 * what a shop shows or logs about it. This is a lenient subset of the spec's {@code Campaign} (about 60 fields): its
 * statistics (redemption and effect counters), budgets, code generator settings and revision fields are not read.
 *
 * @param id the campaign's id
 * @param created when it was created
 * @param applicationId the Talon.One application
 * @param userId the user who created it
 * @param name the campaign's name
 * @param description its description, if any
 * @param startTime when it starts, if set
 * @param endTime when it ends, if set
 * @param attributes its custom attributes (empty when none)
 * @param state {@code enabled}, {@code disabled} or {@code archived}
 * @param activeRulesetId the ruleset in use
 * @param tags its tags (empty when none)
 * @param features its features, such as {@code coupons}, {@code referrals} or {@code loyalty} (empty when none)
 * @param type {@code cartItem} or {@code advanced}
 * @param campaignGroups the campaign groups it belongs to (empty when none)
 * @param frontendState the state shown in the Campaign Manager, such as {@code running} or {@code expired}
 * @param experimentId the experiment it belongs to, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Campaign(Long id, OffsetDateTime created, Long applicationId, Long userId, String name,
		String description, OffsetDateTime startTime, OffsetDateTime endTime,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes, String state,
		Long activeRulesetId, List<String> tags, List<String> features, String type,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> campaignGroups, String frontendState,
		Long experimentId) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the campaign's id
	 * @param created when it was created
	 * @param applicationId the Talon.One application
	 * @param userId the user who created it
	 * @param name the campaign's name
	 * @param description its description, if any
	 * @param startTime when it starts, if set
	 * @param endTime when it ends, if set
	 * @param attributes its custom attributes (empty when none)
	 * @param state {@code enabled}, {@code disabled} or {@code archived}
	 * @param activeRulesetId the ruleset in use
	 * @param tags its tags (empty when none)
	 * @param features its features, such as {@code coupons}, {@code referrals} or {@code loyalty} (empty when none)
	 * @param type {@code cartItem} or {@code advanced}
	 * @param campaignGroups the campaign groups it belongs to (empty when none)
	 * @param frontendState the state shown in the Campaign Manager, such as {@code running} or {@code expired}
	 * @param experimentId the experiment it belongs to, if any
	 */
	public Campaign {
		attributes = Checks.copyOrEmpty(attributes);
		tags = Checks.copyOrEmpty(tags);
		features = Checks.copyOrEmpty(features);
		campaignGroups = Checks.copyOrEmpty(campaignGroups);
	}

}
