package dev.talon.spring.client;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of Talon.One's wire format. The client uses a mapper of its own rather than the application's:
 * Talon.One's field names and formats are fixed, and an application-wide customisation (a snake_case naming
 * strategy, dates as timestamps) must not change what is sent to Talon.One.
 */
public final class TalonJson {

	private TalonJson() {
	}

	/**
	 * A new mapper for Talon.One's wire format: unknown fields are ignored, fractions in free-form attributes are read
	 * as {@link java.math.BigDecimal}, decimals are written without exponent, times as RFC 3339 text.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.build();
	}

}
