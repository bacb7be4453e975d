package dev.talon.spring.sample;

import java.math.BigInteger;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How strictly the shop reads its request bodies: a value of the wrong JSON type is refused (a 400 naming the field,
 * {@link ShopExceptionHandler}) instead of being converted. Jackson would otherwise truncate {@code 1.5} to the whole
 * number 1, read the string {@code "2"} as the number 2, and the number {@code 5} as the string {@code "5"}: a quantity
 * the customer did not ask for, or an id the client did not mean. The whole numbers of the shop's bodies are
 * {@link BigInteger}s, read from a JSON integer only ({@link WholeNumberDeserializer}): any size reaches the field's own
 * range check, and anything else is refused with the value it was. Only the shop's own JSON (its endpoints) is read
 * with this mapper; the Talon.One clients have their own.
 */
@Configuration(proxyBeanMethods = false)
class ShopJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequestBodies() {
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.addModule(new SimpleModule("shop-whole-numbers").addDeserializer(BigInteger.class,
					new WholeNumberDeserializer()))
			.withCoercionConfig(LogicalType.Integer, (numbers) -> numbers.setCoercion(CoercionInputShape.String,
					CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(numbers) -> numbers.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(flags) -> flags.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					(text) -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/**
	 * A whole number from a JSON integer of any size; a fraction, a string or {@code true}/{@code false} is refused
	 * with its value (Jackson's own refusal of a string keeps none), so that the answer can say what was sent.
	 */
	static final class WholeNumberDeserializer extends StdScalarDeserializer<BigInteger> {

		WholeNumberDeserializer() {
			super(BigInteger.class);
		}

		@Override
		public BigInteger deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT) {
				return parser.getBigIntegerValue();
			}
			Object value = switch (token) {
				case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
				case VALUE_STRING -> parser.getString();
				case VALUE_TRUE -> Boolean.TRUE;
				case VALUE_FALSE -> Boolean.FALSE;
				default -> null;
			};
			if (value == null) {
				return (BigInteger) context.handleUnexpectedToken(BigInteger.class, parser);
			}
			return context.reportBadCoercion(this, BigInteger.class, value, "Cannot read %s as a whole number", value);
		}

	}

}
