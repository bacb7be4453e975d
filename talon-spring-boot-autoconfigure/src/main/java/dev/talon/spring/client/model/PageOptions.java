package dev.talon.spring.client.model;

/**
 * The query parameters of a paged read: besides its filters, the size of a page and where it starts. The client's
 * methods that read all pages (such as {@code getLoyaltyProgramProfileTransactionsAll}) start at {@link #skip()} and
 * ask for each following page with {@link #skip(long)}, keeping the page size and the filters.
 *
 * @param <O> the type of the options
 */
public interface PageOptions<O extends PageOptions<O>> extends QueryOptions {

	/**
	 * How many items a page has.
	 * @return the page size, or {@code null} for Talon.One's default of the operation
	 */
	Integer pageSize();

	/**
	 * How many items to skip before the page.
	 * @return the number of items to skip, or {@code null} for none
	 */
	Long skip();

	/**
	 * These options for the page that starts after the given number of items.
	 * @param skip how many items to skip, 0 or more
	 * @return the options
	 * @throws IllegalArgumentException when {@code skip} is negative
	 */
	O skip(long skip);

}
