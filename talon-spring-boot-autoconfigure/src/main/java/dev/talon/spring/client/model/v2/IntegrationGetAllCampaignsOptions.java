package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.PageOptions;

/**
 * The query parameters of {@code integrationGetAllCampaigns}: the page and the filters. Filters left {@code null} are
 * not sent.
 *
 * @param pageSize how many campaigns a page has, 1 to 1000 ({@code null}: Talon.One's default, 50)
 * @param skip how many campaigns to skip, 0 or more ({@code null}: none)
 * @param campaignIds only these campaigns (empty: all)
 * @param startAfter only campaigns that start after this time
 * @param startBefore only campaigns that start before this time
 * @param endAfter only campaigns that end after this time
 * @param endBefore only campaigns that end before this time
 * @param storeId only campaigns of this store
 * @param audienceId only campaigns of this audience
 */
public record IntegrationGetAllCampaignsOptions(Integer pageSize, Long skip, List<Long> campaignIds,
		OffsetDateTime startAfter, OffsetDateTime startBefore, OffsetDateTime endAfter, OffsetDateTime endBefore,
		Long storeId, Long audienceId) implements PageOptions<IntegrationGetAllCampaignsOptions> {

	/** The largest page Talon.One answers. */
	public static final int MAX_PAGE_SIZE = Queries.MAX_PAGE_SIZE;

	/**
	 * Checks the page and copies the campaign ids.
	 * @param pageSize how many campaigns a page has, 1 to 1000
	 * @param skip how many campaigns to skip, 0 or more
	 * @param campaignIds only these campaigns
	 * @param startAfter only campaigns that start after this time
	 * @param startBefore only campaigns that start before this time
	 * @param endAfter only campaigns that end after this time
	 * @param endBefore only campaigns that end before this time
	 * @param storeId only campaigns of this store
	 * @param audienceId only campaigns of this audience
	 * @throws IllegalArgumentException when the page size or the offset is out of range
	 */
	public IntegrationGetAllCampaignsOptions {
		Queries.page(pageSize, skip);
		campaignIds = Checks.copyOrEmpty(campaignIds);
	}

	/**
	 * The first page of all running campaigns.
	 * @param pageSize how many campaigns a page has, 1 to 1000
	 * @return the options
	 */
	public static IntegrationGetAllCampaignsOptions firstPage(int pageSize) {
		return new IntegrationGetAllCampaignsOptions(pageSize, null, null, null, null, null, null, null, null);
	}

	/**
	 * These options for the page after the given number of campaigns.
	 * @param skip how many campaigns to skip
	 * @return the options
	 * @throws IllegalArgumentException when {@code skip} is negative
	 */
	@Override
	public IntegrationGetAllCampaignsOptions skip(long skip) {
		return new IntegrationGetAllCampaignsOptions(this.pageSize, skip, this.campaignIds, this.startAfter,
				this.startBefore, this.endAfter, this.endBefore, this.storeId, this.audienceId);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.put(parameters, "pageSize", this.pageSize);
		Queries.put(parameters, "skip", this.skip);
		Queries.putJoined(parameters, "campaignIds", this.campaignIds, String::valueOf);
		Queries.put(parameters, "startAfter", this.startAfter);
		Queries.put(parameters, "startBefore", this.startBefore);
		Queries.put(parameters, "endAfter", this.endAfter);
		Queries.put(parameters, "endBefore", this.endBefore);
		Queries.put(parameters, "storeId", this.storeId);
		Queries.put(parameters, "audienceId", this.audienceId);
		return parameters;
	}

}
