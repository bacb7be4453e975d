package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A point in a recurring period at which an achievement ends and resets ({@code TimePoint}); deprecated by Talon.One.
 *
 * @param month the month, 1 to 12 (yearly periods)
 * @param dayOfMonth the day of the month, 1 to 31 (yearly and monthly periods)
 * @param dayOfWeek the day of the week, 1 (Monday) to 7 (Sunday) (weekly periods)
 * @param hour the hour
 * @param minute the minute
 * @param second the second
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimePoint(Integer month, Integer dayOfMonth, Integer dayOfWeek, Integer hour, Integer minute,
		Integer second) {
}
