package dev.talon.spring.client;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.Nulls;
import dev.talon.spring.client.model.Checks;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapping of Talon.One's wire format. The client uses a mapper of its own rather than the application's:
 * Talon.One's field names and formats are fixed, and an application-wide customisation (a snake_case naming
 * strategy, dates as timestamps) must not change what is sent to Talon.One.
 */
public final class TalonJson {

	private TalonJson() {
	}

	/**
	 * A new mapper for Talon.One's wire format: unknown fields are ignored, {@code null} elements of arrays and
	 * objects in answers are skipped, fractions in free-form attributes are read as {@link BigDecimal}, decimals are
	 * written without exponent, times as RFC 3339 text. A decimal of an answer whose scale lies outside
	 * &plusmn;{@value Checks#MAX_PLAIN_SCALE} (such as {@code 1E+999999999}: no amount or number of points) makes the
	 * answer unreadable, so that arithmetic on it cannot explode.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		SimpleModule decimals = new SimpleModule("talon-decimals");
		decimals.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.changeDefaultNullHandling((handling) -> handling.withContentNulls(Nulls.SKIP))
			.addModule(decimals)
			.build();
	}

	/** Reads decimals as Jackson does, refusing the ones whose scale no Talon.One value has. */
	private static final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			BigDecimal value = super.deserialize(parser, context);
			if (value != null && Math.abs((long) value.scale()) > Checks.MAX_PLAIN_SCALE) {
				return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value,
						"a decimal with a scale of %d is out of range (at most %d either way)", value.scale(),
						Checks.MAX_PLAIN_SCALE);
			}
			return value;
		}

	}

}
