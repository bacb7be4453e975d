package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer's progress in one run of an achievement ({@code AchievementProgress}): the items of
 * {@code getCustomerAchievementHistory}, and the current run in {@link AchievementStatusEntry#currentProgress()}.
 *
 * @param status {@code inprogress}, {@code completed}, {@code expired} or {@code not_started}
 * @param progress the progress so far (actions or value, in the achievement's unit)
 * @param startDate when the customer started this run
 * @param completionDate when the customer completed it, if they did
 * @param endDate when it ends and resets for the customer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AchievementProgress(String status, BigDecimal progress, OffsetDateTime startDate,
		OffsetDateTime completionDate, OffsetDateTime endDate) {
}
