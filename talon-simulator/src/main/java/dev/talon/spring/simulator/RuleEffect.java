package dev.talon.spring.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One effect of a rule, in a form that renders both as a v1 effect
 * {@code [campaignId, rulesetId, ruleIndex, [effectType, v1Arguments...]]} and as a v2 effect object
 * {@code {campaignId, rulesetId, ruleIndex, ruleName, effectType, triggeredByCoupon, props}}; the simulator's ruleset
 * id is the campaign id and its rule index 0.
 *
 * @param campaignId the campaign, {@link RuleEngine#NO_CAMPAIGN} for effects no campaign produced
 * @param ruleName the rule's name (its label), empty without campaign
 * @param effectType the effect type, such as {@code setDiscount}
 * @param props the v2 props in order: strings, {@link java.math.BigDecimal}s, longs, booleans, instants
 * @param v1Arguments the v1 arguments (strings and {@link java.math.BigDecimal}s), or {@code null} for an effect v1
 * answers do not show (loyalty points and rollbacks)
 * @param triggeredByCoupon the id of the coupon whose campaign produced the effect, or {@code null}
 */
record RuleEffect(long campaignId, String ruleName, String effectType, Map<String, Object> props,
		List<Object> v1Arguments, Long triggeredByCoupon) {

	RuleEffect {
		props = Collections.unmodifiableMap(new LinkedHashMap<>(props));
		v1Arguments = (v1Arguments != null) ? List.copyOf(v1Arguments) : null;
	}

	/**
	 * An effect of another type with the same campaign, rule and coupon, such as the rollback of this one.
	 * @param type the effect type
	 * @param props its props
	 * @return the effect, not shown to v1
	 */
	RuleEffect derive(String type, Map<String, Object> props) {
		return new RuleEffect(this.campaignId, this.ruleName, type, props, null, this.triggeredByCoupon);
	}

	/**
	 * A prop.
	 * @param name its name
	 * @return its value, or {@code null}
	 */
	Object prop(String name) {
		return this.props.get(name);
	}

	/**
	 * Props from name-value pairs, in order; {@code null} values are left out.
	 * @param namesAndValues name, value, name, value, ...
	 * @return the props
	 */
	static Map<String, Object> props(Object... namesAndValues) {
		Map<String, Object> props = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				props.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return props;
	}

}
