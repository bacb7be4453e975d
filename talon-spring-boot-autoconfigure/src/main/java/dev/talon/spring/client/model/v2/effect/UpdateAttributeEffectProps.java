package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * The props of an {@code updateAttribute} effect ({@code UpdateAttributeEffectProps}): a rule changed an
 * attribute, which the shop should update on its side.
 *
 * @param path the entity and the attribute, such as {@code Session.ShippingCity}
 * @param value the new value, as JSON of any type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateAttributeEffectProps(String path, JsonNode value) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "updateAttribute";

}
