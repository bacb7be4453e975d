package dev.talon.spring.client.model.v2;

import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code createReferralsForMultipleAdvocates}.
 * <p>
 * Unlike Talon.One's own default ({@code silent=yes}, no answer), the client asks for the answer (the codes created)
 * unless told not to ({@link #withoutAnswer()}): the codes are what the caller hands to the advocates.
 *
 * @param silent whether Talon.One answers without a body ({@code silent=yes}); the call then completes empty
 */
public record CreateReferralsForMultipleAdvocatesOptions(boolean silent) implements QueryOptions {

	/**
	 * Creates the codes and answers with them.
	 * @return the options
	 */
	public static CreateReferralsForMultipleAdvocatesOptions defaults() {
		return new CreateReferralsForMultipleAdvocatesOptions(false);
	}

	/**
	 * Creates the codes without an answer: the call completes empty.
	 * @return the options
	 */
	public static CreateReferralsForMultipleAdvocatesOptions withoutAnswer() {
		return new CreateReferralsForMultipleAdvocatesOptions(true);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		return Map.of("silent", List.of(this.silent ? "yes" : "no"));
	}

}
