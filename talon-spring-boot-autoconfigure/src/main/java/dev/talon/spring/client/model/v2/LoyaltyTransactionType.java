package dev.talon.spring.client.model.v2;

/**
 * What made a loyalty transaction, a filter of {@link LoyaltyTransactionsOptions}.
 */
public enum LoyaltyTransactionType {

	/** Made by hand in the Campaign Manager or the Management API. */
	MANUAL("manual"),

	/** Made by the rules in a customer session. */
	SESSION("session"),

	/** Imported from a CSV file. */
	IMPORT("import");

	private final String value;

	LoyaltyTransactionType(String value) {
		this.value = value;
	}

	/**
	 * The query value, such as {@code session}.
	 * @return the wire value
	 */
	public String value() {
		return this.value;
	}

}
