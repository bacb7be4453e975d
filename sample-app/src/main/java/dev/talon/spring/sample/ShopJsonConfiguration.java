package dev.talon.spring.sample;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How strictly the shop reads its request bodies: a value of the wrong JSON type is refused (a 400 naming the field,
 * {@link ShopExceptionHandler}) instead of being converted. Jackson would otherwise truncate {@code 1.5} to the whole
 * number 1, read the string {@code "2"} as the number 2, and the number {@code 5} as the string {@code "5"}: a quantity
 * the customer did not ask for, or an id the client did not mean. Only the shop's own JSON (its endpoints) is read with
 * this mapper; the Talon.One clients have their own.
 */
@Configuration(proxyBeanMethods = false)
class ShopJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequestBodies() {
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
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

}
