package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code showNotification} effect ({@code ShowNotificationEffectProps}): a message for the
 * customer, such as a banner in the cart.
 *
 * @param notificationType {@code Info}, {@code Offer}, {@code Error} or {@code Misc}, for the styling
 * @param title the title
 * @param body the text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowNotificationEffectProps(String notificationType, String title, String body) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "showNotification";

}
