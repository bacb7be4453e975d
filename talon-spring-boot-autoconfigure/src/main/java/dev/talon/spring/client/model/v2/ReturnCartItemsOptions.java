package dev.talon.spring.client.model.v2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters and the idempotency key of {@code returnCartItems}.
 * <p>
 * Talon.One stores the answer to a return sent with an {@code Idempotency-Key} for 24 hours and answers a repeated
 * request with the same key with it, without returning the items again. The client always sends one: the given key
 * (such as the shop's own return id, which makes even a return sent again after a restart safe), or else a random
 * UUID made once per call of {@code returnCartItems} and sent on every retry of that call.
 *
 * @param dry whether the return is a dry run ({@code dry=true}): nothing changes in Talon.One
 * @param runRuleEngine whether Talon.One runs the rules for the return ({@code runRuleEngine}), or {@code null} for
 * Talon.One's default ({@code false})
 * @param idempotencyKey the {@code Idempotency-Key}, at most 255 characters, or {@code null} for a random one
 */
public record ReturnCartItemsOptions(boolean dry, Boolean runRuleEngine, String idempotencyKey)
		implements QueryOptions {

	/** The longest idempotency key Talon.One accepts. */
	public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

	private static final ReturnCartItemsOptions DEFAULTS = new ReturnCartItemsOptions(false, null, null);

	/**
	 * Checks the idempotency key.
	 * @param dry whether the return is a dry run
	 * @param runRuleEngine whether Talon.One runs the rules, or {@code null} for its default
	 * @param idempotencyKey the idempotency key, or {@code null} for a random one
	 * @throws IllegalArgumentException when the key is blank, longer than 255 characters or not visible ASCII
	 */
	public ReturnCartItemsOptions {
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
				throw new IllegalArgumentException("idempotencyKey must have 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH
						+ " non-blank characters but had " + idempotencyKey.length());
			}
			if (!idempotencyKey.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
				throw new IllegalArgumentException(
						"idempotencyKey must consist of visible ASCII characters only (it is sent as a header)");
			}
		}
	}

	/**
	 * A real return with a random idempotency key made for the call.
	 * @return the options
	 */
	public static ReturnCartItemsOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * A real return with the shop's own idempotency key, such as its return id.
	 * @param idempotencyKey the key, 1 to 255 visible ASCII characters
	 * @return the options
	 */
	public static ReturnCartItemsOptions idempotencyKey(String idempotencyKey) {
		if (idempotencyKey == null) {
			throw new IllegalArgumentException("idempotencyKey must not be null");
		}
		return new ReturnCartItemsOptions(false, null, idempotencyKey);
	}

	/**
	 * A dry run of the return.
	 * @return the options
	 */
	public static ReturnCartItemsOptions dryRun() {
		return new ReturnCartItemsOptions(true, null, null);
	}

	/**
	 * These options, with the rules run (or not) for the return.
	 * @param runRuleEngine whether Talon.One runs the rules
	 * @return the options
	 */
	public ReturnCartItemsOptions withRunRuleEngine(boolean runRuleEngine) {
		return new ReturnCartItemsOptions(this.dry, runRuleEngine, this.idempotencyKey);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (this.dry) {
			parameters.put("dry", List.of("true"));
		}
		if (this.runRuleEngine != null) {
			parameters.put("runRuleEngine", List.of(this.runRuleEngine.toString()));
		}
		return parameters;
	}

}
