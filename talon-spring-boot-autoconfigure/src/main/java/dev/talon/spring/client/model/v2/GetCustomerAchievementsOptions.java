package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.PageOptions;

/**
 * The query parameters of {@code getCustomerAchievements}: the page and the filters. Filters left empty are not sent;
 * without any, Talon.One answers the active achievements of every campaign of the Application. Lists are sent as one
 * parameter with comma-separated values, as the spec says ({@code explode: false}).
 *
 * @param campaignIds only achievements of these campaigns, positive (empty: all)
 * @param achievementIds only these achievements, positive (empty: all)
 * @param achievementStatus only achievements of these statuses (empty: the active ones)
 * @param currentProgressStatus only achievements in which the customer's progress has one of these statuses (empty:
 * all)
 * @param pageSize how many achievements a page has, 1 to 1000 (optional; Talon.One's default: 1000)
 * @param skip how many achievements to skip, 0 or more (optional)
 */
public record GetCustomerAchievementsOptions(List<Long> campaignIds, List<Long> achievementIds,
		List<AchievementStatus> achievementStatus, List<ProgressStatus> currentProgressStatus, Integer pageSize,
		Long skip) implements PageOptions<GetCustomerAchievementsOptions> {

	/**
	 * Checks the page and the ids, and copies the lists.
	 * @param campaignIds only achievements of these campaigns, positive
	 * @param achievementIds only these achievements, positive
	 * @param achievementStatus only achievements of these statuses
	 * @param currentProgressStatus only achievements with the customer's progress in these statuses
	 * @param pageSize how many achievements a page has, 1 to 1000 (optional)
	 * @param skip how many achievements to skip, 0 or more (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public GetCustomerAchievementsOptions {
		Queries.page(pageSize, skip);
		RequestChecks.ids(campaignIds, "campaignIds");
		RequestChecks.ids(achievementIds, "achievementIds");
		campaignIds = RequestChecks.elements(campaignIds, "campaignIds");
		achievementIds = RequestChecks.elements(achievementIds, "achievementIds");
		achievementStatus = RequestChecks.elements(achievementStatus, "achievementStatus");
		currentProgressStatus = RequestChecks.elements(currentProgressStatus, "currentProgressStatus");
	}

	/**
	 * The active achievements of every campaign, in one page of Talon.One's default size (1000).
	 * @return the options
	 */
	public static GetCustomerAchievementsOptions defaults() {
		return new GetCustomerAchievementsOptions(null, null, null, null, null, null);
	}

	/**
	 * These options, with pages of the given size.
	 * @param pageSize 1 to 1000
	 * @return the options
	 */
	public GetCustomerAchievementsOptions withPageSize(int pageSize) {
		return new GetCustomerAchievementsOptions(this.campaignIds, this.achievementIds, this.achievementStatus,
				this.currentProgressStatus, pageSize, this.skip);
	}

	/**
	 * These options, for some campaigns and achievements.
	 * @param campaignIds the campaigns (empty: all)
	 * @param achievementIds the achievements (empty: all)
	 * @return the options
	 */
	public GetCustomerAchievementsOptions forIds(Collection<Long> campaignIds, Collection<Long> achievementIds) {
		return new GetCustomerAchievementsOptions(Builders.list(campaignIds), Builders.list(achievementIds),
				this.achievementStatus, this.currentProgressStatus, this.pageSize, this.skip);
	}

	/**
	 * These options, for achievements of some statuses and the customer's progress in some statuses.
	 * @param achievementStatus the achievements' statuses (empty: the active ones)
	 * @param currentProgressStatus the progress statuses (empty: all)
	 * @return the options
	 */
	public GetCustomerAchievementsOptions withStatus(Collection<AchievementStatus> achievementStatus,
			Collection<ProgressStatus> currentProgressStatus) {
		return new GetCustomerAchievementsOptions(this.campaignIds, this.achievementIds,
				Builders.list(achievementStatus), Builders.list(currentProgressStatus), this.pageSize, this.skip);
	}

	/**
	 * These options for the page after the given number of achievements.
	 * @param skip how many achievements to skip
	 * @return the options
	 * @throws IllegalArgumentException when {@code skip} is negative
	 */
	@Override
	public GetCustomerAchievementsOptions skip(long skip) {
		return new GetCustomerAchievementsOptions(this.campaignIds, this.achievementIds, this.achievementStatus,
				this.currentProgressStatus, this.pageSize, skip);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.putJoined(parameters, "campaignIds", this.campaignIds, String::valueOf);
		Queries.putJoined(parameters, "achievementIds", this.achievementIds, String::valueOf);
		Queries.putJoined(parameters, "achievementStatus", this.achievementStatus, AchievementStatus::value);
		Queries.putJoined(parameters, "currentProgressStatus", this.currentProgressStatus, ProgressStatus::value);
		Queries.put(parameters, "pageSize", this.pageSize);
		Queries.put(parameters, "skip", this.skip);
		return parameters;
	}

	/**
	 * The status of an achievement.
	 */
	public enum AchievementStatus {

		/** Customers can make progress in it. */
		ACTIVE("active"),

		/** It starts in the future. */
		SCHEDULED("scheduled");

		private final String value;

		AchievementStatus(String value) {
			this.value = value;
		}

		/**
		 * The query value, such as {@code scheduled}.
		 * @return the wire value
		 */
		public String value() {
			return this.value;
		}

	}

	/**
	 * The status of a customer's progress in an achievement.
	 */
	public enum ProgressStatus {

		/** Started, not completed. */
		IN_PROGRESS("inprogress"),

		/** Completed. */
		COMPLETED("completed"),

		/** Not started. */
		NOT_STARTED("not_started");

		private final String value;

		ProgressStatus(String value) {
			this.value = value;
		}

		/**
		 * The query value, such as {@code inprogress}.
		 * @return the wire value
		 */
		public String value() {
			return this.value;
		}

	}

}
