package dev.talon.spring.client;

/**
 * A read of all pages found more pages than the client's bound allows
 * ({@link WebClientTalonIntegrationClient.Builder#maxPages(int)}): the items of the pages read so far were delivered,
 * and the read ends with this exception instead of asking for the next page. Raise the bound, read larger pages
 * (up to 1000 items), or narrow the read with its filters.
 */
public class TalonPageLimitException extends TalonException {

	/** The bound that was reached. */
	private final int maxPages;

	/**
	 * Creates an exception.
	 * @param operation the paged read
	 * @param maxPages the bound that was reached
	 */
	public TalonPageLimitException(TalonOperation operation, int maxPages) {
		super(operation, "Talon.One " + operation.operationName() + " has more than " + maxPages
				+ " pages, the client's bound of a read of all pages: read larger pages, narrow the read, or raise "
				+ "the bound (maxPages)", null);
		this.maxPages = maxPages;
	}

	/**
	 * The bound that was reached.
	 * @return the greatest number of pages a read of all pages asks for
	 */
	public int getMaxPages() {
		return this.maxPages;
	}

}
