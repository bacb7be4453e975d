package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An achievement and a customer's current progress in it ({@code AchievementStatusEntry}): the items of
 * {@code getCustomerAchievements}.
 *
 * @param id the achievement's id, as {@code getCustomerAchievementHistory} takes it
 * @param created when it was created
 * @param name its internal name
 * @param title its display name in the Campaign Manager
 * @param description its description
 * @param target the actions or value needed to complete it
 * @param period how long a run lasts for a customer, such as {@code 1Y} or {@code 30D}
 * @param periodEndOverride when a run ends in its period (deprecated by Talon.One)
 * @param recurrencePolicy {@code no_recurrence}, {@code on_expiration} or {@code on_completion}
 * @param activationPolicy {@code user_action} or {@code fixed_schedule}
 * @param fixedStartDate its start with {@code fixed_schedule}
 * @param endDate after when customers can no longer take part, if set
 * @param allowRollbackAfterCompletion whether completed progress can be rolled back
 * @param campaignId the campaign it belongs to
 * @param status {@code active} or {@code scheduled}
 * @param currentProgress the customer's progress in the current run, if they started it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AchievementStatusEntry(Long id, OffsetDateTime created, String name, String title, String description,
		BigDecimal target, String period, TimePoint periodEndOverride, String recurrencePolicy, String activationPolicy,
		OffsetDateTime fixedStartDate, OffsetDateTime endDate, Boolean allowRollbackAfterCompletion, Long campaignId,
		String status, AchievementProgress currentProgress) {
}
