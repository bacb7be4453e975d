package dev.talon.spring.client.model.v2;

import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code updateCustomerProfilesV2} (the bulk update of up to 1000 profiles).
 * <p>
 * Unlike Talon.One's own default ({@code silent=yes}, no answer), the client asks for the answer (each profile's
 * result) unless told not to ({@link #withoutAnswer()}).
 *
 * @param silent whether Talon.One answers without a body ({@code silent=yes}); the call then completes empty
 */
public record UpdateCustomerProfilesV2Options(boolean silent) implements QueryOptions {

	/**
	 * Updates the profiles and answers with each one's result.
	 * @return the options
	 */
	public static UpdateCustomerProfilesV2Options defaults() {
		return new UpdateCustomerProfilesV2Options(false);
	}

	/**
	 * Updates the profiles without an answer: the call completes empty.
	 * @return the options
	 */
	public static UpdateCustomerProfilesV2Options withoutAnswer() {
		return new UpdateCustomerProfilesV2Options(true);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		return Map.of("silent", List.of(this.silent ? "yes" : "no"));
	}

}
