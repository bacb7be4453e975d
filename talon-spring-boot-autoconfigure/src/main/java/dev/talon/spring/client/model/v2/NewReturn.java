package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The cart items to return from a closed session ({@code NewReturn}, in a {@link ReturnIntegrationRequest}).
 *
 * @param returnedCartItems the returned items: at least one, each valid (see {@link ReturnedCartItem})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewReturn(List<ReturnedCartItem> returnedCartItems) {

	/**
	 * Checks the returned items and copies them.
	 * @param returnedCartItems the returned items: at least one, each valid (see {@link ReturnedCartItem})
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewReturn {
		Checks.notNull(returnedCartItems, "returnedCartItems");
		if (returnedCartItems.isEmpty()) {
			throw new IllegalArgumentException("returnedCartItems must not be empty");
		}
		for (int i = 0; i < returnedCartItems.size(); i++) {
			String field = "returnedCartItems[" + i + "]";
			Checks.notNull(returnedCartItems.get(i), field).validate(field);
		}
		returnedCartItems = Checks.copy(returnedCartItems);
	}

	/**
	 * A return of the given items.
	 * @param returnedCartItems the returned items, at least one
	 * @return the return
	 */
	public static NewReturn of(ReturnedCartItem... returnedCartItems) {
		return new NewReturn(Builders.list(returnedCartItems));
	}

}
