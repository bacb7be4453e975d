package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The props of an effect this client does not type, kept as JSON: every effect type without a record of its own
 * (such as {@code triggerWebhook}, {@code addToAudience}, {@code changeLoyaltyTierLevel} or one that Talon.One adds
 * later), and a known effect type whose props could not be read (see {@link Effect#hasMalformedProps()}). Never
 * dropped, never an error.
 *
 * @param json the props as Talon.One sent them, and as they are written; {@link NullNode} when they were missing or
 * {@code null}
 */
public record GenericEffectProps(@JsonValue JsonNode json) implements EffectProps {

	/**
	 * Turns missing props into {@link NullNode}.
	 * @param json the props as Talon.One sent them, and as they are written; {@link NullNode} when they were missing or
	 * {@code null}
	 */
	public GenericEffectProps {
		json = (json != null) ? json : NullNode.getInstance();
	}

	/**
	 * A text field of the props, such as the {@code message} of an {@code error} effect.
	 * @param field the field's name
	 * @return the field's text, or {@code null} when it is missing, {@code null} or not a scalar
	 */
	public String text(String field) {
		JsonNode value = this.json.get(field);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

}
