package dev.talon.spring.client.model.v2;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code updateCustomerSessionV2}: whether the update is a dry run, and the time a dry run
 * evaluates the rules at.
 * <p>
 * A dry run changes nothing in Talon.One (no session is created or changed, no coupon or loyalty point is used): it
 * answers with the effects the given session would get, for a price preview on a product page or a throw-away
 * session. The client retries dry runs freely and does not queue them behind the session's real updates.
 *
 * @param dry whether the update is a dry run ({@code dry=true})
 * @param now the time to evaluate the rules at, only with {@code dry} and only in the future ({@code now}, RFC 3339),
 * or {@code null} for Talon.One's current time
 */
public record UpdateCustomerSessionV2Options(boolean dry, OffsetDateTime now) implements QueryOptions {

	private static final UpdateCustomerSessionV2Options DEFAULTS = new UpdateCustomerSessionV2Options(false, null);

	/**
	 * Checks that {@code now} comes with {@code dry}.
	 * @param dry whether the update is a dry run
	 * @param now the time to evaluate the rules at, or {@code null}
	 * @throws IllegalArgumentException when {@code now} is set without {@code dry}
	 */
	public UpdateCustomerSessionV2Options {
		if (now != null && !dry) {
			throw new IllegalArgumentException("now is only allowed in a dry run (dry=true), but dry is false");
		}
	}

	/**
	 * A real update: it changes the session (Talon.One's default).
	 * @return the options
	 */
	public static UpdateCustomerSessionV2Options defaults() {
		return DEFAULTS;
	}

	/**
	 * A dry run at Talon.One's current time.
	 * @return the options
	 */
	public static UpdateCustomerSessionV2Options dryRun() {
		return new UpdateCustomerSessionV2Options(true, null);
	}

	/**
	 * A dry run that evaluates the rules as at a future time, such as the start of a sale.
	 * @param now the future time
	 * @return the options
	 * @throws IllegalArgumentException when {@code now} is {@code null}
	 */
	public static UpdateCustomerSessionV2Options dryRunAt(OffsetDateTime now) {
		if (now == null) {
			throw new IllegalArgumentException("now must not be null");
		}
		return new UpdateCustomerSessionV2Options(true, now);
	}

	/**
	 * Checks what can only be checked when the call is made: {@code now} must still be in the future.
	 * @param clock the current time
	 * @throws IllegalArgumentException when {@code now} is not after the current time
	 */
	public void checkAt(Clock clock) {
		if (this.now != null && !this.now.toInstant().isAfter(clock.instant())) {
			throw new IllegalArgumentException("now must be in the future but was " + this.now);
		}
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (this.dry) {
			parameters.put("dry", List.of("true"));
		}
		if (this.now != null) {
			parameters.put("now", List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(this.now)));
		}
		return parameters;
	}

}
