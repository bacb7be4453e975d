package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.PageOptions;

/**
 * The query parameters of {@code getLoyaltyProgramProfileTransactions} and {@code getLoyaltyCardTransactions}: the
 * page and the filters. Filters left {@code null} or empty are not sent; without any, Talon.One answers the newest 50
 * transactions. {@code getLoyaltyProgramProfileTransactions} filters by at most one subledger.
 *
 * @param subledgerIds only these subledgers (each sent as a {@code subledgerId} parameter; empty: all)
 * @param loyaltyTransactionType only transactions made so (optional)
 * @param startDate only transactions made at or after this time (optional)
 * @param endDate only transactions made at or before this time, after {@code startDate} (optional)
 * @param customerSessionIDs only transactions of these sessions (empty: all)
 * @param transactionUUIDs only these transactions (empty: all)
 * @param pageSize how many transactions a page has, 1 to 1000 (optional; Talon.One's default: 50)
 * @param skip how many transactions to skip, 0 or more (optional)
 * @param awaitsActivation whether to answer only additions that await an action to become active and have not
 * expired ({@code awaitsActivation=true}; never sent as {@code false}, which Talon.One refuses)
 */
public record LoyaltyTransactionsOptions(List<String> subledgerIds, LoyaltyTransactionType loyaltyTransactionType,
		OffsetDateTime startDate, OffsetDateTime endDate, List<String> customerSessionIDs,
		List<String> transactionUUIDs, Integer pageSize, Long skip, boolean awaitsActivation)
		implements PageOptions<LoyaltyTransactionsOptions> {

	/**
	 * Checks the page and the period, and copies the lists.
	 * @param subledgerIds only these subledgers
	 * @param loyaltyTransactionType only transactions made so (optional)
	 * @param startDate only transactions made at or after this time (optional)
	 * @param endDate only transactions made at or before this time (optional)
	 * @param customerSessionIDs only transactions of these sessions
	 * @param transactionUUIDs only these transactions
	 * @param pageSize how many transactions a page has, 1 to 1000 (optional)
	 * @param skip how many transactions to skip, 0 or more (optional)
	 * @param awaitsActivation whether to answer only additions that await an action
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public LoyaltyTransactionsOptions {
		Queries.page(pageSize, skip);
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("endDate must not be before startDate");
		}
		subledgerIds = RequestChecks.elements(subledgerIds, "subledgerIds");
		customerSessionIDs = RequestChecks.elements(customerSessionIDs, "customerSessionIDs");
		transactionUUIDs = RequestChecks.elements(transactionUUIDs, "transactionUUIDs");
	}

	/**
	 * The newest transactions, 50 a page.
	 * @return the options
	 */
	public static LoyaltyTransactionsOptions defaults() {
		return builder().build();
	}

	/**
	 * The newest transactions, in pages of the given size.
	 * @param pageSize how many transactions a page has, 1 to 1000
	 * @return the options
	 */
	public static LoyaltyTransactionsOptions firstPage(int pageSize) {
		return builder().pageSize(pageSize).build();
	}

	/**
	 * Starts options without filters.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * These options for the page after the given number of transactions.
	 * @param skip how many transactions to skip
	 * @return the options
	 * @throws IllegalArgumentException when {@code skip} is negative
	 */
	@Override
	public LoyaltyTransactionsOptions skip(long skip) {
		return new LoyaltyTransactionsOptions(this.subledgerIds, this.loyaltyTransactionType, this.startDate,
				this.endDate, this.customerSessionIDs, this.transactionUUIDs, this.pageSize, skip,
				this.awaitsActivation);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.putAll(parameters, "subledgerId", this.subledgerIds, String::valueOf);
		Queries.put(parameters, "loyaltyTransactionType",
				(this.loyaltyTransactionType != null) ? this.loyaltyTransactionType.value() : null);
		Queries.put(parameters, "startDate", this.startDate);
		Queries.put(parameters, "endDate", this.endDate);
		Queries.putAll(parameters, "customerSessionIDs", this.customerSessionIDs, String::valueOf);
		Queries.putAll(parameters, "transactionUUIDs", this.transactionUUIDs, String::valueOf);
		Queries.put(parameters, "pageSize", this.pageSize);
		Queries.put(parameters, "skip", this.skip);
		Queries.flag(parameters, "awaitsActivation", this.awaitsActivation);
		return parameters;
	}

	/**
	 * Builds {@link LoyaltyTransactionsOptions}.
	 */
	public static final class Builder {

		private List<String> subledgerIds;

		private LoyaltyTransactionType loyaltyTransactionType;

		private OffsetDateTime startDate;

		private OffsetDateTime endDate;

		private List<String> customerSessionIDs;

		private List<String> transactionUUIDs;

		private Integer pageSize;

		private Long skip;

		private boolean awaitsActivation;

		private Builder() {
		}

		/**
		 * Only transactions of these subledgers ({@code ""} for the main ledger).
		 * @param subledgerIds the subledgers
		 * @return this builder
		 */
		public Builder subledgerIds(Collection<String> subledgerIds) {
			this.subledgerIds = Builders.list(subledgerIds);
			return this;
		}

		/**
		 * Only transactions made so.
		 * @param type what made them
		 * @return this builder
		 */
		public Builder loyaltyTransactionType(LoyaltyTransactionType type) {
			this.loyaltyTransactionType = type;
			return this;
		}

		/**
		 * Only transactions made in a period.
		 * @param startDate at or after this time, or {@code null}
		 * @param endDate at or before this time, or {@code null}
		 * @return this builder
		 */
		public Builder between(OffsetDateTime startDate, OffsetDateTime endDate) {
			this.startDate = startDate;
			this.endDate = endDate;
			return this;
		}

		/**
		 * Only transactions of these sessions.
		 * @param customerSessionIds the sessions' integration ids
		 * @return this builder
		 */
		public Builder customerSessionIds(Collection<String> customerSessionIds) {
			this.customerSessionIDs = Builders.list(customerSessionIds);
			return this;
		}

		/**
		 * Only these transactions.
		 * @param transactionUuids the transactions' UUIDs
		 * @return this builder
		 */
		public Builder transactionUuids(Collection<String> transactionUuids) {
			this.transactionUUIDs = Builders.list(transactionUuids);
			return this;
		}

		/**
		 * Sets the page size.
		 * @param pageSize 1 to 1000
		 * @return this builder
		 */
		public Builder pageSize(int pageSize) {
			this.pageSize = pageSize;
			return this;
		}

		/**
		 * Skips transactions.
		 * @param skip how many, 0 or more
		 * @return this builder
		 */
		public Builder skip(long skip) {
			this.skip = skip;
			return this;
		}

		/**
		 * Only additions that await an action to become active and have not expired.
		 * @return this builder
		 */
		public Builder awaitingActivation() {
			this.awaitsActivation = true;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public LoyaltyTransactionsOptions build() {
			return new LoyaltyTransactionsOptions(this.subledgerIds, this.loyaltyTransactionType, this.startDate,
					this.endDate, this.customerSessionIDs, this.transactionUUIDs, this.pageSize, this.skip,
					this.awaitsActivation);
		}

	}

}
