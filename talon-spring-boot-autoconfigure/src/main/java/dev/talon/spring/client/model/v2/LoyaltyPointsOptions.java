package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.PageOptions;

/**
 * The query parameters of {@code getLoyaltyProgramProfilePoints} and {@code getLoyaltyCardPoints}: which unused points
 * (active, pending or expired), the page, the order and the filters. Filters left {@code null} or empty are not sent.
 *
 * @param status which points: active (Talon.One's default), pending or expired (optional)
 * @param subledgerIds only these subledgers (each sent as a {@code subledgerId} parameter; empty: all)
 * @param customerSessionIDs only points added in these sessions (empty: all)
 * @param transactionUUIDs only points added by these transactions (empty: all)
 * @param pageSize how many entries a page has, 1 to 1000 (optional; Talon.One's default: 50)
 * @param skip how many entries to skip, 0 or more (optional)
 * @param sort the order (optional)
 */
public record LoyaltyPointsOptions(Status status, List<String> subledgerIds, List<String> customerSessionIDs,
		List<String> transactionUUIDs, Integer pageSize, Long skip, Sort sort)
		implements PageOptions<LoyaltyPointsOptions> {

	/**
	 * Checks the page and copies the lists.
	 * @param status which points (optional)
	 * @param subledgerIds only these subledgers
	 * @param customerSessionIDs only points added in these sessions
	 * @param transactionUUIDs only points added by these transactions
	 * @param pageSize how many entries a page has, 1 to 1000 (optional)
	 * @param skip how many entries to skip, 0 or more (optional)
	 * @param sort the order (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public LoyaltyPointsOptions {
		Queries.page(pageSize, skip);
		subledgerIds = RequestChecks.elements(subledgerIds, "subledgerIds");
		customerSessionIDs = RequestChecks.elements(customerSessionIDs, "customerSessionIDs");
		transactionUUIDs = RequestChecks.elements(transactionUUIDs, "transactionUUIDs");
	}

	/**
	 * The points of the given status, in Talon.One's order, 50 a page.
	 * @param status active, pending or expired
	 * @return the options
	 */
	public static LoyaltyPointsOptions of(Status status) {
		return new LoyaltyPointsOptions(status, null, null, null, null, null, null);
	}

	/**
	 * These options, with pages of the given size.
	 * @param pageSize 1 to 1000
	 * @return the options
	 */
	public LoyaltyPointsOptions withPageSize(int pageSize) {
		return new LoyaltyPointsOptions(this.status, this.subledgerIds, this.customerSessionIDs, this.transactionUUIDs,
				pageSize, this.skip, this.sort);
	}

	/**
	 * These options, sorted.
	 * @param sort the order
	 * @return the options
	 */
	public LoyaltyPointsOptions sortedBy(Sort sort) {
		return new LoyaltyPointsOptions(this.status, this.subledgerIds, this.customerSessionIDs, this.transactionUUIDs,
				this.pageSize, this.skip, sort);
	}

	/**
	 * These options, for some subledgers.
	 * @param subledgerIds the subledgers ({@code ""} for the main ledger)
	 * @return the options
	 */
	public LoyaltyPointsOptions forSubledgers(Collection<String> subledgerIds) {
		return new LoyaltyPointsOptions(this.status, Builders.list(subledgerIds), this.customerSessionIDs,
				this.transactionUUIDs, this.pageSize, this.skip, this.sort);
	}

	/**
	 * These options, for points added in some sessions or by some transactions.
	 * @param customerSessionIds the sessions' integration ids (empty: all)
	 * @param transactionUuids the transactions' UUIDs (empty: all)
	 * @return the options
	 */
	public LoyaltyPointsOptions addedBy(Collection<String> customerSessionIds, Collection<String> transactionUuids) {
		return new LoyaltyPointsOptions(this.status, this.subledgerIds, Builders.list(customerSessionIds),
				Builders.list(transactionUuids), this.pageSize, this.skip, this.sort);
	}

	/**
	 * These options for the page after the given number of entries.
	 * @param skip how many entries to skip
	 * @return the options
	 * @throws IllegalArgumentException when {@code skip} is negative
	 */
	@Override
	public LoyaltyPointsOptions skip(long skip) {
		return new LoyaltyPointsOptions(this.status, this.subledgerIds, this.customerSessionIDs, this.transactionUUIDs,
				this.pageSize, skip, this.sort);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.put(parameters, "status", (this.status != null) ? this.status.value() : null);
		Queries.putAll(parameters, "subledgerId", this.subledgerIds, String::valueOf);
		Queries.putAll(parameters, "customerSessionIDs", this.customerSessionIDs, String::valueOf);
		Queries.putAll(parameters, "transactionUUIDs", this.transactionUUIDs, String::valueOf);
		Queries.put(parameters, "pageSize", this.pageSize);
		Queries.put(parameters, "skip", this.skip);
		Queries.put(parameters, "sort", (this.sort != null) ? this.sort.value() : null);
		return parameters;
	}

	/**
	 * Which unused points to read.
	 */
	public enum Status {

		/** Points ready to be redeemed. */
		ACTIVE("active"),

		/** Points whose start date is in the future. */
		PENDING("pending"),

		/** Points whose expiry date has passed. */
		EXPIRED("expired");

		private final String value;

		Status(String value) {
			this.value = value;
		}

		/**
		 * The query value, such as {@code pending}.
		 * @return the wire value
		 */
		public String value() {
			return this.value;
		}

	}

	/**
	 * The order of the entries: by start or expiry date, ascending or (with the spec's {@code -} prefix) descending.
	 */
	public enum Sort {

		/** The earliest start first. */
		START_DATE("startDate"),

		/** The latest start first. */
		START_DATE_DESCENDING("-startDate"),

		/** The earliest expiry first, such as to show which points expire soon. */
		EXPIRY_DATE("expiryDate"),

		/** The latest expiry first. */
		EXPIRY_DATE_DESCENDING("-expiryDate");

		private final String value;

		Sort(String value) {
			this.value = value;
		}

		/**
		 * The query value, such as {@code -expiryDate}.
		 * @return the wire value
		 */
		public String value() {
			return this.value;
		}

	}

}
