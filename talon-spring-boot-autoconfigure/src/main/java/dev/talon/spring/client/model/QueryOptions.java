package dev.talon.spring.client.model;

import java.util.List;
import java.util.Map;

/**
 * The query parameters of one call of an operation, as a small typed value per operation (never positional
 * booleans): each operation that has query parameters takes its own options type.
 */
public interface QueryOptions {

	/**
	 * The query parameters to send, in order, with their names and values written as Talon.One's spec writes them;
	 * parameters left at Talon.One's default are usually not sent. A parameter with several values (an array in the
	 * spec) is sent once per value.
	 * @return the parameters, empty when none
	 */
	Map<String, List<String>> queryParameters();

}
