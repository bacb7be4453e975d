package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.TalonJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An effect of a Talon.One rule in a v2 answer ({@code Effect} = {@code EffectEntity} + {@code props}): a discount to
 * apply, a coupon accepted or rejected, points added, and so on. The latest answer carries all effects that apply
 * now: a shop replaces what it applied before with them rather than adding them up.
 * <p>
 * {@link #props()} are typed by the {@link #effectType()}: a record per effect type a shop acts on (see
 * {@link EffectProps}), and {@link GenericEffectProps} for every other type. Reading never fails because of props:
 * an unknown effect type, and a known one whose props cannot be read as its record at all (props that are not an
 * object), are kept as {@link GenericEffectProps} ({@link #hasMalformedProps()} tells the latter apart); a field whose
 * value cannot be read as its record's (a date that is not a date) is left {@code null} and the others are read
 * ({@link #unreadableProps()} names it). Missing props fields are {@code null}, as real answers lack fields the spec calls required. The
 * props as Talon.One sent them, unknown fields included, stay available in {@link #rawProps()} and are what is written
 * back.
 *
 * @param experimentId the experiment of the campaign, if any
 * @param campaignId the campaign whose rule produced the effect
 * @param rulesetId the ruleset that was active in that campaign
 * @param ruleIndex the position of the rule in the ruleset
 * @param ruleName the rule's name
 * @param effectType the effect type, such as {@code setDiscount}; a free string in the spec
 * @param triggeredByCoupon the coupon being evaluated when the effect was triggered, if any
 * @param triggeredForCatalogItem the catalog item being evaluated when the effect was triggered, if any
 * @param conditionIndex the index of the condition that was triggered, if any
 * @param evaluationGroupID the campaign evaluation group, if any
 * @param evaluationGroupMode the evaluation mode of that group, if any
 * @param campaignRevisionId the campaign revision used, if any
 * @param campaignRevisionVersionId the campaign revision version used, if any
 * @param selectedPriceType the price type selected for the SKU the effect targets, if any
 * @param selectedPrice the price of that price type before discounts, in the application's currency, if any
 * @param adjustmentReferenceId the price adjustment that gave the selected price (a UUID), if any
 * @param props the props, typed by the effect type
 * @param rawProps the props as Talon.One sent them; {@link NullNode} when they were missing
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Effect(Long experimentId, Long campaignId, Long rulesetId, Long ruleIndex, String ruleName,
		String effectType, Long triggeredByCoupon, Long triggeredForCatalogItem, Long conditionIndex,
		Long evaluationGroupID, String evaluationGroupMode, Long campaignRevisionId, Long campaignRevisionVersionId,
		String selectedPriceType, BigDecimal selectedPrice, String adjustmentReferenceId, EffectProps props,
		JsonNode rawProps) {

	/** The record of each typed effect type. */
	private static final Map<String, Class<? extends EffectProps>> TYPED = Map.ofEntries(
			typed(SetDiscountEffectProps.EFFECT_TYPE, SetDiscountEffectProps.class),
			typed(SetDiscountPerItemEffectProps.EFFECT_TYPE, SetDiscountPerItemEffectProps.class),
			typed(SetDiscountPerAdditionalCostEffectProps.EFFECT_TYPE, SetDiscountPerAdditionalCostEffectProps.class),
			typed(SetDiscountPerAdditionalCostPerItemEffectProps.EFFECT_TYPE, SetDiscountPerAdditionalCostPerItemEffectProps.class),
			typed(AcceptCouponEffectProps.EFFECT_TYPE, AcceptCouponEffectProps.class),
			typed(RejectCouponEffectProps.EFFECT_TYPE, RejectCouponEffectProps.class),
			typed(AcceptReferralEffectProps.EFFECT_TYPE, AcceptReferralEffectProps.class),
			typed(RejectReferralEffectProps.EFFECT_TYPE, RejectReferralEffectProps.class),
			typed(AddFreeItemEffectProps.EFFECT_TYPE, AddFreeItemEffectProps.class),
			typed(AddLoyaltyPointsEffectProps.EFFECT_TYPE, AddLoyaltyPointsEffectProps.class),
			typed(DeductLoyaltyPointsEffectProps.EFFECT_TYPE, DeductLoyaltyPointsEffectProps.class),
			typed(RollbackCouponEffectProps.EFFECT_TYPE, RollbackCouponEffectProps.class),
			typed(RollbackReferralEffectProps.EFFECT_TYPE, RollbackReferralEffectProps.class),
			typed(RollbackDiscountEffectProps.EFFECT_TYPE, RollbackDiscountEffectProps.class),
			typed(RollbackAddedLoyaltyPointsEffectProps.EFFECT_TYPE, RollbackAddedLoyaltyPointsEffectProps.class),
			typed(RollbackDeductedLoyaltyPointsEffectProps.EFFECT_TYPE, RollbackDeductedLoyaltyPointsEffectProps.class),
			typed(ShowNotificationEffectProps.EFFECT_TYPE, ShowNotificationEffectProps.class),
			typed(CouponCreatedEffectProps.EFFECT_TYPE, CouponCreatedEffectProps.class),
			typed(ReferralCreatedEffectProps.EFFECT_TYPE, ReferralCreatedEffectProps.class),
			typed(ReserveCouponEffectProps.EFFECT_TYPE, ReserveCouponEffectProps.class),
			typed(UpdateAttributeEffectProps.EFFECT_TYPE, UpdateAttributeEffectProps.class),
			typed(AwardGiveawayEffectProps.EFFECT_TYPE, AwardGiveawayEffectProps.class),
			typed(WillAwardGiveawayEffectProps.EFFECT_TYPE, WillAwardGiveawayEffectProps.class),
			typed(CustomEffectProps.EFFECT_TYPE, CustomEffectProps.class));

	/** Reads props trees into their records, as the answer they come from was read. */
	private static final JsonMapper PROPS_MAPPER = TalonJson.mapper();

	/**
	 * Completes the props: typed props are derived from raw props (and the effect type from typed props) when not
	 * given, and raw props from typed props.
	 * @param experimentId the experiment of the campaign, if any
	 * @param campaignId the campaign whose rule produced the effect
	 * @param rulesetId the ruleset that was active in that campaign
	 * @param ruleIndex the position of the rule in the ruleset
	 * @param ruleName the rule's name
	 * @param effectType the effect type, such as {@code setDiscount}; a free string in the spec
	 * @param triggeredByCoupon the coupon being evaluated when the effect was triggered, if any
	 * @param triggeredForCatalogItem the catalog item being evaluated when the effect was triggered, if any
	 * @param conditionIndex the index of the condition that was triggered, if any
	 * @param evaluationGroupID the campaign evaluation group, if any
	 * @param evaluationGroupMode the evaluation mode of that group, if any
	 * @param campaignRevisionId the campaign revision used, if any
	 * @param campaignRevisionVersionId the campaign revision version used, if any
	 * @param selectedPriceType the price type selected for the SKU the effect targets, if any
	 * @param selectedPrice the price of that price type before discounts, in the application's currency, if any
	 * @param adjustmentReferenceId the price adjustment that gave the selected price (a UUID), if any
	 * @param props the props, typed by the effect type
	 * @param rawProps the props as Talon.One sent them; {@link NullNode} when they were missing
	 * @throws IllegalArgumentException when typed props do not belong to the effect type
	 */
	public Effect {
		if (props != null && !(props instanceof GenericEffectProps)) {
			String propsType = effectTypeOf(props.getClass());
			if (effectType == null) {
				effectType = propsType;
			}
			else if (!effectType.equals(propsType)) {
				throw new IllegalArgumentException("props of type " + props.getClass().getSimpleName()
						+ " do not belong to effectType " + effectType);
			}
		}
		if (rawProps == null) {
			rawProps = (props instanceof GenericEffectProps generic) ? generic.json()
					: (props != null) ? PROPS_MAPPER.valueToTree(props) : NullNode.getInstance();
		}
		if (props == null) {
			props = readProps(effectType, rawProps);
		}
	}

	/**
	 * An effect made of its rule, typed props and nothing else, such as a test or a simulator answers.
	 * @param campaignId the campaign
	 * @param rulesetId the ruleset
	 * @param ruleIndex the rule's position in the ruleset
	 * @param ruleName the rule's name
	 * @param props the typed props, which give the effect type
	 * @return the effect
	 */
	public static Effect of(long campaignId, long rulesetId, long ruleIndex, String ruleName, EffectProps props) {
		if (props == null || props instanceof GenericEffectProps) {
			throw new IllegalArgumentException("props must be typed props; use the canonical constructor with an "
					+ "effectType for generic props");
		}
		return new Effect(null, campaignId, rulesetId, ruleIndex, ruleName, null, null, null, null, null, null, null,
				null, null, null, null, props, null);
	}

	/**
	 * Reads the JSON form.
	 * @param experimentId the experiment
	 * @param campaignId the campaign
	 * @param rulesetId the ruleset
	 * @param ruleIndex the rule's position
	 * @param ruleName the rule's name
	 * @param effectType the effect type
	 * @param triggeredByCoupon the coupon
	 * @param triggeredForCatalogItem the catalog item
	 * @param conditionIndex the condition
	 * @param evaluationGroupID the evaluation group
	 * @param evaluationGroupMode the evaluation group's mode
	 * @param campaignRevisionId the campaign revision
	 * @param campaignRevisionVersionId the campaign revision version
	 * @param selectedPriceType the selected price type
	 * @param selectedPrice the selected price
	 * @param adjustmentReferenceId the price adjustment
	 * @param props the props as JSON
	 * @return the effect
	 */
	@JsonCreator
	public static Effect fromJson(@JsonProperty("experimentId") Long experimentId,
			@JsonProperty("campaignId") Long campaignId, @JsonProperty("rulesetId") Long rulesetId,
			@JsonProperty("ruleIndex") Long ruleIndex, @JsonProperty("ruleName") String ruleName,
			@JsonProperty("effectType") String effectType, @JsonProperty("triggeredByCoupon") Long triggeredByCoupon,
			@JsonProperty("triggeredForCatalogItem") Long triggeredForCatalogItem,
			@JsonProperty("conditionIndex") Long conditionIndex,
			@JsonProperty("evaluationGroupID") Long evaluationGroupID,
			@JsonProperty("evaluationGroupMode") String evaluationGroupMode,
			@JsonProperty("campaignRevisionId") Long campaignRevisionId,
			@JsonProperty("campaignRevisionVersionId") Long campaignRevisionVersionId,
			@JsonProperty("selectedPriceType") String selectedPriceType,
			@JsonProperty("selectedPrice") BigDecimal selectedPrice,
			@JsonProperty("adjustmentReferenceId") String adjustmentReferenceId,
			@JsonProperty("props") JsonNode props) {
		return new Effect(experimentId, campaignId, rulesetId, ruleIndex, ruleName, effectType, triggeredByCoupon,
				triggeredForCatalogItem, conditionIndex, evaluationGroupID, evaluationGroupMode, campaignRevisionId,
				campaignRevisionVersionId, selectedPriceType, selectedPrice, adjustmentReferenceId, null,
				(props != null) ? props : NullNode.getInstance());
	}

	/**
	 * Writes the JSON form: the fields that are not {@code null}, and the raw props.
	 * @return the effect as it is written
	 */
	@JsonValue
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		put(json, "experimentId", this.experimentId);
		put(json, "campaignId", this.campaignId);
		put(json, "rulesetId", this.rulesetId);
		put(json, "ruleIndex", this.ruleIndex);
		put(json, "ruleName", this.ruleName);
		put(json, "effectType", this.effectType);
		put(json, "triggeredByCoupon", this.triggeredByCoupon);
		put(json, "triggeredForCatalogItem", this.triggeredForCatalogItem);
		put(json, "conditionIndex", this.conditionIndex);
		put(json, "evaluationGroupID", this.evaluationGroupID);
		put(json, "evaluationGroupMode", this.evaluationGroupMode);
		put(json, "campaignRevisionId", this.campaignRevisionId);
		put(json, "campaignRevisionVersionId", this.campaignRevisionVersionId);
		put(json, "selectedPriceType", this.selectedPriceType);
		put(json, "selectedPrice", this.selectedPrice);
		put(json, "adjustmentReferenceId", this.adjustmentReferenceId);
		json.put("props", this.rawProps);
		return json;
	}

	private static void put(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	/**
	 * Whether this effect has the given type.
	 * @param type the effect type, such as {@code SetDiscountEffectProps.EFFECT_TYPE}
	 * @return {@code true} when the types are equal
	 */
	public boolean is(String type) {
		return type != null && type.equals(this.effectType);
	}

	/**
	 * The props as the given record, when they are of that type.
	 * @param <P> the props type
	 * @param type the props record, such as {@code SetDiscountEffectProps.class}
	 * @return the props, or empty when they are of another type (or could not be read as {@code type})
	 */
	public <P extends EffectProps> Optional<P> props(Class<P> type) {
		return type.isInstance(this.props) ? Optional.of(type.cast(this.props)) : Optional.empty();
	}

	/**
	 * Whether this client types the effect type but could not read all of its props: either none of them (props that
	 * are not an object, or whose every reading failed), in which case {@link #props()} are {@link GenericEffectProps},
	 * or some fields, which are then {@code null} in the typed props ({@link #unreadableProps()} names them).
	 * @return {@code true} when the props of a typed effect type were malformed
	 */
	public boolean hasMalformedProps() {
		if (this.effectType == null || !TYPED.containsKey(this.effectType)) {
			return false;
		}
		return this.props instanceof GenericEffectProps || !unreadableProps().isEmpty();
	}

	/**
	 * The props fields of a typed effect type that could not be read as their record's field (such as an
	 * {@code expiryDate} of {@code "unlimited"} where the spec has a date-time): they are {@code null} in
	 * {@link #props()}, and the others are read. Their values stay in {@link #rawProps()}.
	 * @return the names of the unreadable fields, empty when every field was read (or the type is not typed here)
	 */
	public List<String> unreadableProps() {
		Class<? extends EffectProps> type = (this.effectType != null) ? TYPED.get(this.effectType) : null;
		if (type == null || !(this.rawProps instanceof ObjectNode object)
				|| this.props instanceof GenericEffectProps) {
			return List.of();
		}
		return readLeniently(type, object).unreadable();
	}

	private static EffectProps readProps(String effectType, JsonNode rawProps) {
		Class<? extends EffectProps> type = (effectType != null) ? TYPED.get(effectType) : null;
		if (type != null && rawProps instanceof ObjectNode object) {
			EffectProps props = readLeniently(type, object).props();
			if (props != null) {
				return props;
			}
		}
		return new GenericEffectProps(rawProps);
	}

	/**
	 * Reads props into their record, leaving out each top-level field whose value cannot be read (as the other
	 * unknowns of a tolerant reader are): one bad optional field must not cost the points or the discount of the
	 * others. {@code null} props when the rest cannot be read either.
	 */
	private static LenientRead readLeniently(Class<? extends EffectProps> type, ObjectNode rawProps) {
		ObjectNode readable = rawProps;
		List<String> unreadable = new ArrayList<>();
		for (int tries = 0; tries <= rawProps.size(); tries++) {
			try {
				return new LenientRead(PROPS_MAPPER.treeToValue(readable, type), List.copyOf(unreadable));
			}
			catch (JacksonException ex) {
				String field = (ex.getPath().isEmpty()) ? null : ex.getPath().get(0).getPropertyName();
				if (field == null || !readable.has(field)) {
					break; // not a field's value: kept as JSON, see hasMalformedProps()
				}
				if (readable == rawProps) {
					readable = rawProps.deepCopy();
				}
				readable.remove(field);
				unreadable.add(field);
			}
		}
		return new LenientRead(null, List.of());
	}

	private record LenientRead(EffectProps props, List<String> unreadable) {
	}

	private static String effectTypeOf(Class<?> propsType) {
		for (Map.Entry<String, Class<? extends EffectProps>> entry : TYPED.entrySet()) {
			if (entry.getValue() == propsType) {
				return entry.getKey();
			}
		}
		throw new IllegalArgumentException("no effect type for " + propsType.getName());
	}

	private static Map.Entry<String, Class<? extends EffectProps>> typed(String effectType,
			Class<? extends EffectProps> type) {
		return Map.entry(effectType, type);
	}

}
