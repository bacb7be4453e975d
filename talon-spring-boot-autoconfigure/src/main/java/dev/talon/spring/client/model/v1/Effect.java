package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An effect of a Talon.One rule, which the shop applies to the cart: a discount, an accepted or rejected coupon, a
 * free item, and so on. On the wire a v1 effect is the positional array
 * {@code [campaignId, rulesetId, ruleIndex, [name, arg1, arg2, ...]]}; this record names its parts. Effects whose
 * names this client does not know are kept as they are.
 *
 * @param campaignId the campaign whose rule produced the effect
 * @param rulesetId the ruleset of that campaign
 * @param ruleIndex the index of the rule in the ruleset
 * @param name the effect's name, such as {@value #SET_DISCOUNT}
 * @param arguments the effect's arguments in order: strings, numbers ({@link BigDecimal} for fractions), booleans,
 * lists, maps or {@code null}
 */
public record Effect(Long campaignId, Long rulesetId, Integer ruleIndex, String name, List<Object> arguments) {

	/** {@code setDiscount(label, amount)}: a discount on the session. */
	public static final String SET_DISCOUNT = "setDiscount";

	/** {@code acceptCoupon(code)}: the coupon code is valid and applied. */
	public static final String ACCEPT_COUPON = "acceptCoupon";

	/** {@code rejectCoupon(code, ...)}: the coupon code was rejected. */
	public static final String REJECT_COUPON = "rejectCoupon";

	/** {@code invalidateCoupon(code)}: the coupon code is not valid (any more). */
	public static final String INVALIDATE_COUPON = "invalidateCoupon";

	/** {@code acceptReferral(code)}: the referral code is valid and applied. */
	public static final String ACCEPT_REFERRAL = "acceptReferral";

	/** {@code rejectReferral(code, ...)}: the referral code was rejected. */
	public static final String REJECT_REFERRAL = "rejectReferral";

	/** {@code addFreeItem(value, sku, label)}: an item to add to the cart for free. */
	public static final String ADD_FREE_ITEM = "addFreeItem";

	/**
	 * Checks the name and copies the arguments. Not used to read JSON: an effect on the wire is always the positional
	 * array that {@link #fromJson(List)} reads.
	 * @param campaignId the campaign whose rule produced the effect
	 * @param rulesetId the ruleset of that campaign
	 * @param ruleIndex the index of the rule in the ruleset
	 * @param name the effect's name, such as {@value #SET_DISCOUNT}
	 * @param arguments the effect's arguments in order: strings, numbers ({@link BigDecimal} for fractions), booleans,
	 * lists, maps or {@code null}
	 * @throws IllegalArgumentException when the name is {@code null} or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DISABLED)
	public Effect {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("effect name must not be null or blank");
		}
		arguments = (arguments != null) ? Collections.unmodifiableList(new ArrayList<>(arguments)) : List.of();
	}

	/**
	 * Reads the positional JSON form {@code [campaignId, rulesetId, ruleIndex, [name, args...]]}.
	 * @param raw the JSON array
	 * @return the effect
	 * @throws IllegalArgumentException when the array does not have that shape
	 */
	public static Effect fromJson(List<Object> raw) {
		if (raw == null || raw.size() < 4 || !(raw.get(3) instanceof List<?> call) || call.isEmpty()
				|| !(call.get(0) instanceof String name)) {
			throw new IllegalArgumentException(
					"effect must be [campaignId, rulesetId, ruleIndex, [name, args...]] but was " + raw);
		}
		Long ruleIndex = toLong(raw.get(2), "ruleIndex");
		return new Effect(toLong(raw.get(0), "campaignId"), toLong(raw.get(1), "rulesetId"),
				(ruleIndex != null) ? Math.toIntExact(ruleIndex) : null, name,
				new ArrayList<Object>(call.subList(1, call.size())));
	}

	/**
	 * Jackson's entry: the array is read untyped so that its {@code null} positions stay where they are, whatever
	 * the mapper does with {@code null} elements of typed lists.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	@SuppressWarnings("unchecked")
	private static Effect read(Object raw) {
		if (!(raw instanceof List<?>)) {
			throw new IllegalArgumentException(
					"effect must be [campaignId, rulesetId, ruleIndex, [name, args...]] but was " + raw);
		}
		return fromJson((List<Object>) raw);
	}

	/**
	 * Writes the positional JSON form.
	 * @return {@code [campaignId, rulesetId, ruleIndex, [name, args...]]}
	 */
	@JsonValue
	public List<Object> toJson() {
		List<Object> call = new ArrayList<>(this.arguments.size() + 1);
		call.add(this.name);
		call.addAll(this.arguments);
		List<Object> raw = new ArrayList<>(4);
		raw.add(this.campaignId);
		raw.add(this.rulesetId);
		raw.add(this.ruleIndex);
		raw.add(call);
		return raw;
	}

	/**
	 * Whether this effect has the given name.
	 * @param effectName the name, such as {@value #SET_DISCOUNT}
	 * @return {@code true} when the names are equal
	 */
	public boolean is(String effectName) {
		return this.name.equals(effectName);
	}

	/**
	 * An argument, as it was read.
	 * @param index the argument's index, 0 for the first argument after the name
	 * @return the argument, or {@code null} when there are fewer arguments
	 */
	public Object argument(int index) {
		return (index >= 0 && index < this.arguments.size()) ? this.arguments.get(index) : null;
	}

	/**
	 * An argument as a string, such as a discount's label or a coupon code.
	 * @param index the argument's index
	 * @return the argument's text, or {@code null} when absent or {@code null}
	 */
	public String stringArgument(int index) {
		Object value = argument(index);
		return (value != null) ? value.toString() : null;
	}

	/**
	 * An argument as an exact decimal, such as a discount's amount.
	 * @param index the argument's index
	 * @return the number, or {@code null} when absent or {@code null}
	 * @throws IllegalStateException when the argument is not a number
	 */
	public BigDecimal decimalArgument(int index) {
		Object value = argument(index);
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		throw new IllegalStateException(
				"argument " + index + " of effect " + this.name + " is not a number: " + value);
	}

	private static Long toLong(Object value, String field) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			BigDecimal decimal = new BigDecimal(number.toString());
			try {
				return decimal.longValueExact();
			}
			catch (ArithmeticException ex) {
				throw new IllegalArgumentException("effect " + field + " must be a whole number but was " + value);
			}
		}
		throw new IllegalArgumentException("effect " + field + " must be a number but was " + value);
	}

}
