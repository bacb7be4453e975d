package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer's progress in an achievement, with the achievement ({@code AchievementProgressWithDefinition}), in
 * {@link CustomerInventory#achievements()}.
 *
 * @param status {@code inprogress}, {@code completed}, {@code expired} or {@code not_started}
 * @param progress the progress so far (actions or value, in the achievement's unit)
 * @param startDate when the customer started the current run
 * @param completionDate when the customer completed it, if they did
 * @param endDate when it ends and resets for the customer
 * @param achievementId the achievement's id
 * @param name its internal name
 * @param title its display name in the Campaign Manager
 * @param description its description
 * @param campaignId the campaign it belongs to
 * @param target the actions or value needed to complete it
 * @param achievementRecurrencePolicy {@code no_recurrence}, {@code on_expiration} or {@code on_completion}
 * @param achievementActivationPolicy {@code user_action} or {@code fixed_schedule}
 * @param achievementFixedStartDate its start with {@code fixed_schedule}
 * @param achievementEndDate after when customers can no longer take part, if set
 * @param achievementAllowRollbackAfterCompletion whether completed progress can be rolled back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AchievementProgressWithDefinition(String status, BigDecimal progress, OffsetDateTime startDate,
		OffsetDateTime completionDate, OffsetDateTime endDate, Long achievementId, String name, String title,
		String description, Long campaignId, BigDecimal target, String achievementRecurrencePolicy,
		String achievementActivationPolicy, OffsetDateTime achievementFixedStartDate,
		OffsetDateTime achievementEndDate, Boolean achievementAllowRollbackAfterCompletion) {
}
