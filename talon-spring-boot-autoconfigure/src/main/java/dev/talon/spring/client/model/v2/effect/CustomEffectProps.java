package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * The props of a custom effect ({@code CustomEffectProps}; the effect type is always {@code customEffect}, the
 * custom effect's own name is {@link #name()}).
 *
 * @param effectId the custom effect's id
 * @param name the custom effect's name, such as {@code my_custom_effect}
 * @param cartItemPosition for an item, the index of the line in the session's {@code cartItems}
 * @param cartItemSubPosition for an item, the index of the unit in its line
 * @param bundleIndex with bundles, the index of the bundle
 * @param bundleName with bundles, the bundle definition's name
 * @param payload the custom effect's payload, as JSON whose structure the custom effect defines
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomEffectProps(Long effectId, String name, Integer cartItemPosition, Integer cartItemSubPosition,
		Long bundleIndex, String bundleName, JsonNode payload) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "customEffect";

}
