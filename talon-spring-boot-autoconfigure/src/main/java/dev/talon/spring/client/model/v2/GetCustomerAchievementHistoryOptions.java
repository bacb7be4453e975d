package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.PageOptions;

/**
 * The query parameters of {@code getCustomerAchievementHistory}: the page and the filters. Filters left {@code null} or
 * empty are not sent. The statuses are sent as one parameter with comma-separated values ({@code explode: false}).
 *
 * @param progressStatus only runs whose progress has one of these statuses (empty: all)
 * @param startDate only runs created at or after this time (optional)
 * @param endDate only runs created at or before this time, not before {@code startDate} (optional)
 * @param pageSize how many runs a page has, 1 to 1000 (optional; Talon.One's default: 1000)
 * @param skip how many runs to skip, 0 or more (optional)
 */
public record GetCustomerAchievementHistoryOptions(List<ProgressStatus> progressStatus, OffsetDateTime startDate,
		OffsetDateTime endDate, Integer pageSize, Long skip)
		implements PageOptions<GetCustomerAchievementHistoryOptions> {

	/**
	 * Checks the page and the period, and copies the statuses.
	 * @param progressStatus only runs whose progress has one of these statuses
	 * @param startDate only runs created at or after this time (optional)
	 * @param endDate only runs created at or before this time (optional)
	 * @param pageSize how many runs a page has, 1 to 1000 (optional)
	 * @param skip how many runs to skip, 0 or more (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public GetCustomerAchievementHistoryOptions {
		Queries.page(pageSize, skip);
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("endDate must not be before startDate");
		}
		progressStatus = RequestChecks.elements(progressStatus, "progressStatus");
	}

	/**
	 * Every run, in one page of Talon.One's default size (1000).
	 * @return the options
	 */
	public static GetCustomerAchievementHistoryOptions defaults() {
		return new GetCustomerAchievementHistoryOptions(null, null, null, null, null);
	}

	/**
	 * These options, with pages of the given size.
	 * @param pageSize 1 to 1000
	 * @return the options
	 */
	public GetCustomerAchievementHistoryOptions withPageSize(int pageSize) {
		return new GetCustomerAchievementHistoryOptions(this.progressStatus, this.startDate, this.endDate, pageSize,
				this.skip);
	}

	/**
	 * These options, for runs whose progress has one of the given statuses.
	 * @param progressStatus the statuses (empty: all)
	 * @return the options
	 */
	public GetCustomerAchievementHistoryOptions withStatus(Collection<ProgressStatus> progressStatus) {
		return new GetCustomerAchievementHistoryOptions(Builders.list(progressStatus), this.startDate, this.endDate,
				this.pageSize, this.skip);
	}

	/**
	 * These options, for runs created in a period.
	 * @param startDate at or after this time, or {@code null}
	 * @param endDate at or before this time, or {@code null}
	 * @return the options
	 */
	public GetCustomerAchievementHistoryOptions between(OffsetDateTime startDate, OffsetDateTime endDate) {
		return new GetCustomerAchievementHistoryOptions(this.progressStatus, startDate, endDate, this.pageSize,
				this.skip);
	}

	/**
	 * These options for the page after the given number of runs.
	 * @param skip how many runs to skip
	 * @return the options
	 * @throws IllegalArgumentException when {@code skip} is negative
	 */
	@Override
	public GetCustomerAchievementHistoryOptions skip(long skip) {
		return new GetCustomerAchievementHistoryOptions(this.progressStatus, this.startDate, this.endDate,
				this.pageSize, skip);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.putJoined(parameters, "progressStatus", this.progressStatus, ProgressStatus::value);
		Queries.put(parameters, "startDate", this.startDate);
		Queries.put(parameters, "endDate", this.endDate);
		Queries.put(parameters, "pageSize", this.pageSize);
		Queries.put(parameters, "skip", this.skip);
		return parameters;
	}

	/**
	 * The status of a customer's progress in a run of an achievement.
	 */
	public enum ProgressStatus {

		/** Started, not completed. */
		IN_PROGRESS("inprogress"),

		/** Completed. */
		COMPLETED("completed"),

		/** Ended before it was completed. */
		EXPIRED("expired");

		private final String value;

		ProgressStatus(String value) {
			this.value = value;
		}

		/**
		 * The query value, such as {@code expired}.
		 * @return the wire value
		 */
		public String value() {
			return this.value;
		}

	}

}
