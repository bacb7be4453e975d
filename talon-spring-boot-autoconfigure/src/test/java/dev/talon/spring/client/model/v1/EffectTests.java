package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.talon.spring.client.TalonJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The v1 positional effects {@code [campaignId, rulesetId, ruleIndex, [name, args...]]} and what
 * {@link IntegrationState} derives from them.
 */
class EffectTests {

	private final JsonMapper mapper = TalonJson.mapper();

	private Effect read(String json) {
		return this.mapper.readValue(json, Effect.class);
	}

	private IntegrationState stateWithEffects(String effects) {
		return this.mapper.readValue("{\"event\": {\"id\": 1, \"effects\": " + effects + "}}", IntegrationState.class);
	}

	@Test
	void readsThePositionalArray() {
		Effect effect = read("[12, 34, 1, [\"setDiscount\", \"10% off coffee\", 4.00]]");
		assertThat(effect.campaignId()).isEqualTo(12L);
		assertThat(effect.rulesetId()).isEqualTo(34L);
		assertThat(effect.ruleIndex()).isEqualTo(1);
		assertThat(effect.name()).isEqualTo(Effect.SET_DISCOUNT);
		assertThat(effect.is(Effect.SET_DISCOUNT)).isTrue();
		assertThat(effect.is(Effect.ACCEPT_COUPON)).isFalse();
		assertThat(effect.arguments()).containsExactly("10% off coffee", new BigDecimal("4.00"));
		assertThat(effect.stringArgument(0)).isEqualTo("10% off coffee");
		assertThat(effect.decimalArgument(1)).isEqualTo(new BigDecimal("4.00"));
	}

	@Test
	void idsSentAsFloatsAreReadAsWholeNumbers() {
		Effect effect = read("[12.0, 34.00, 2.0, [\"acceptCoupon\", \"SPRING10\"]]");
		assertThat(effect.campaignId()).isInstanceOf(Long.class).isEqualTo(12L);
		assertThat(effect.rulesetId()).isInstanceOf(Long.class).isEqualTo(34L);
		assertThat(effect.ruleIndex()).isEqualTo(2);
		// Written back as whole numbers.
		assertThat(this.mapper.writeValueAsString(effect)).isEqualTo("[12,34,2,[\"acceptCoupon\",\"SPRING10\"]]");
	}

	@Test
	void idsBeyondIntAreKept() {
		Effect effect = read("[3000000000, 9007199254740993, 0, [\"x\"]]");
		assertThat(effect.campaignId()).isEqualTo(3_000_000_000L);
		assertThat(effect.rulesetId()).isEqualTo(9_007_199_254_740_993L);
	}

	@Test
	void argumentsAreKeptInOrderWithTheirTypes() {
		Effect effect = read("[1, 2, 3, [\"custom\", \"text\", 45.55, 5, null, true, {\"k\": 1.5}, [1, \"a\"]]]");
		assertThat(effect.arguments()).hasSize(7);
		assertThat(effect.argument(0)).isEqualTo("text");
		assertThat(effect.argument(1)).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("45.55"));
		assertThat(effect.argument(2)).isInstanceOf(Number.class);
		assertThat(((Number) effect.argument(2)).intValue()).isEqualTo(5);
		assertThat(effect.argument(3)).isNull();
		assertThat(effect.argument(4)).isEqualTo(Boolean.TRUE);
		assertThat(effect.argument(5)).isEqualTo(Map.of("k", new BigDecimal("1.5")));
		assertThat(effect.argument(6)).isEqualTo(List.of(1, "a"));
	}

	@Test
	void argumentAccessorsAreSafeOutOfRange() {
		Effect effect = read("[1, 2, 3, [\"acceptCoupon\", \"SPRING10\"]]");
		assertThat(effect.argument(1)).isNull();
		assertThat(effect.argument(-1)).isNull();
		assertThat(effect.stringArgument(5)).isNull();
		assertThat(effect.decimalArgument(5)).isNull();
		assertThat(read("[1, 2, 3, [\"noArgs\"]]").arguments()).isEmpty();
	}

	@Test
	void decimalArgumentIsExact() {
		Effect effect = read("[1, 2, 3, [\"setDiscount\", \"x\", 0.1, 5, 19.990, 1e2, null, \"4.00\"]]");
		assertThat(effect.decimalArgument(1)).isEqualTo(new BigDecimal("0.1"));
		assertThat(effect.decimalArgument(2)).isEqualTo(new BigDecimal("5"));
		assertThat(effect.decimalArgument(3)).isEqualTo(new BigDecimal("19.990"));
		assertThat(effect.decimalArgument(4)).isEqualByComparingTo("100");
		assertThat(effect.decimalArgument(5)).isNull();
		assertThatIllegalStateException().isThrownBy(() -> effect.decimalArgument(6))
			.withMessageContaining("setDiscount")
			.withMessageContaining("6");
		assertThatIllegalStateException().isThrownBy(() -> effect.decimalArgument(0));
	}

	@Test
	void decimalArgumentOfAProgrammaticDoubleUsesItsDecimalText() {
		Effect effect = new Effect(1L, 2L, 0, Effect.SET_DISCOUNT, List.of("x", 4.95d, 3));
		assertThat(effect.decimalArgument(1)).isEqualTo(new BigDecimal("4.95"));
		assertThat(effect.decimalArgument(2)).isEqualTo(new BigDecimal("3"));
	}

	@Test
	void stringArgumentIsTheTextOfAnyArgument() {
		Effect effect = read("[1, 2, 3, [\"x\", \"code\", 12, 4.50, null]]");
		assertThat(effect.stringArgument(0)).isEqualTo("code");
		assertThat(effect.stringArgument(1)).isEqualTo("12");
		assertThat(effect.stringArgument(2)).isEqualTo("4.50");
		assertThat(effect.stringArgument(3)).isNull();
	}

	@Test
	void unknownEffectNamesAreKept() {
		Effect effect = read("[16, 41, 2, [\"showBanner\", \"Welcome back\", {\"color\": \"green\"}]]");
		assertThat(effect.name()).isEqualTo("showBanner");
		assertThat(effect.is("showBanner")).isTrue();
		assertThat(effect.arguments()).containsExactly("Welcome back", Map.of("color", "green"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[12,34,0,[\"setDiscount\",\"Free shipping\",4.95]]",
			"[12,34,1,[\"setDiscount\",\"10% off\",4.00]]", "[1,2,3,[\"acceptCoupon\",\"SPRING10\"]]",
			"[16,41,2,[\"showBanner\",\"Welcome\",{\"color\":\"green\",\"ratio\":0.50},[1,\"a\"],true,null]]",
			"[5,6,0,[\"noArgs\"]]", "[3000000000,7,0,[\"addFreeItem\",\"profile\",\"SKU-1\",\"Gift\"]]",
			"[null,null,null,[\"orphan\"]]" })
	void roundTripsToTheSameArray(String json) {
		Effect effect = read(json);
		assertThat(this.mapper.writeValueAsString(effect)).isEqualTo(json);
		assertThat(read(this.mapper.writeValueAsString(effect))).isEqualTo(effect);
	}

	@Test
	void effectsInsideAnEventRoundTrip() {
		String json = "{\"id\":1,\"effects\":[[1,2,0,[\"acceptCoupon\",\"A\"]],[1,2,1,[\"setDiscount\",\"B\",1.10]]]}";
		Event event = this.mapper.readValue(json, Event.class);
		String written = this.mapper.writeValueAsString(event);
		assertThat(written).contains("\"effects\":[[1,2,0,[\"acceptCoupon\",\"A\"]],[1,2,1,[\"setDiscount\",\"B\",1.10]]]");
		assertThat(this.mapper.readValue(written, Event.class).effects()).isEqualTo(event.effects());
	}

	@Test
	void aConstructedEffectIsWrittenAsTheArray() {
		Effect effect = new Effect(12L, 34L, 0, Effect.REJECT_COUPON, List.of("OLD5", "CouponExpired"));
		assertThat(this.mapper.writeValueAsString(effect))
			.isEqualTo("[12,34,0,[\"rejectCoupon\",\"OLD5\",\"CouponExpired\"]]");
		assertThat(this.mapper.writeValueAsString(new Effect(1L, 2L, 3, "noArgs", null))).isEqualTo("[1,2,3,[\"noArgs\"]]");
	}

	@Test
	void argumentsAreCopiedAndUnmodifiable() {
		List<Object> source = new ArrayList<>(List.of("a"));
		Effect effect = new Effect(1L, 2L, 3, "x", source);
		source.add("b");
		assertThat(effect.arguments()).containsExactly("a");
		assertThatThrownBy(() -> effect.arguments().add("c")).isInstanceOf(UnsupportedOperationException.class);
		assertThat(new Effect(1L, 2L, 3, "x", null).arguments()).isNotNull().isEmpty();
		// null arguments are kept, as Talon.One may send them
		assertThat(new Effect(1L, 2L, 3, "x", Arrays.asList("a", null)).arguments()).containsExactly("a", null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "[1, 2, 3]", "[1, 2, [\"setDiscount\"]]", "[1, 2, 3, 4]",
			"[1, 2, 3, \"setDiscount\"]", "[1, 2, 3, [5, \"a\"]]", "[1, 2, 3, [null]]", "[1, 2, 3, [{\"n\": 1}]]",
			"[1, 2, 3, []]", "[1.5, 2, 3, [\"x\"]]", "[1, 2.5, 3, [\"x\"]]", "[1, 2, 0.5, [\"x\"]]",
			"[\"12\", 2, 3, [\"x\"]]", "[1, true, 3, [\"x\"]]", "[1, 2, 3000000000, [\"x\"]]", "\"setDiscount\"",
			"12" })
	void malformedEffectsAreRejected(String json) {
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> read(json));
	}

	@Test
	void aMalformedEffectFailsTheWholeAnswer() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> stateWithEffects("[[1, 2, 0, [\"acceptCoupon\", \"A\"]], [1.5, 2, 0, [\"x\"]]]"))
			.withMessageContaining("campaignId");
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> stateWithEffects("[[1, 2, 0, []]]"))
			.withMessageContaining("[campaignId, rulesetId, ruleIndex, [name, args...]]");
	}

	/**
	 * An effect written as a JSON object (as the later v2 API does) is not a v1 effect: reading it must fail rather
	 * than produce an effect without a name, which would break every {@link IntegrationState} accessor with a
	 * {@link NullPointerException}. Jackson binds a JSON object through the record's canonical constructor unless that
	 * constructor is excluded from binding (for example {@code @JsonCreator(mode = JsonCreator.Mode.DISABLED)} on it),
	 * so that only the delegating {@link Effect#fromJson(List)} is used.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "{}",
			"{\"campaignId\": 12, \"rulesetId\": 34, \"ruleIndex\": 0, \"ruleName\": \"r\", \"effectType\": \"setDiscount\", \"props\": {\"name\": \"x\", \"value\": 4}}" })
	void effectWrittenAsJsonObjectIsRejected(String json) {
		String why = "an effect must be a v1 array; Effect's record constructor must not bind a JSON object";
		assertThatExceptionOfType(JacksonException.class).as(why).isThrownBy(() -> read(json));
		assertThatExceptionOfType(JacksonException.class).as(why)
			.isThrownBy(() -> stateWithEffects("[" + json + "]"));
	}

	private static final String EFFECTS = """
			[
			  [12, 34, 0, ["acceptCoupon", "SPRING10"]],
			  [12, 34, 1, ["setDiscount", "10% off coffee", 4.00]],
			  [15, 40, 0, ["setDiscount", "Free shipping", 4.95]],
			  [16, 41, 2, ["showBanner", "Welcome back"]],
			  [17, 42, 0, ["setDiscount", "10% off coffee", 5.00]],
			  [18, 43, 0, ["rejectCoupon", "OLD5", "CouponExpired"]],
			  [18, 43, 1, ["invalidateCoupon", "GONE"]],
			  [19, 44, 0, ["acceptReferral", "REF-1"]],
			  [19, 44, 1, ["rejectReferral", "REF-2", "ReferralLimitReached"]]
			]
			""";

	@Test
	void effectsAreReturnedInOrder() {
		IntegrationState state = stateWithEffects(EFFECTS);
		assertThat(state.effects()).extracting(Effect::name).containsExactly("acceptCoupon", "setDiscount",
				"setDiscount", "showBanner", "setDiscount", "rejectCoupon", "invalidateCoupon", "acceptReferral",
				"rejectReferral");
		assertThat(state.effects()).isEqualTo(state.event().effects());
	}

	@Test
	void effectsByName() {
		IntegrationState state = stateWithEffects(EFFECTS);
		assertThat(state.effects(Effect.SET_DISCOUNT)).extracting(Effect::campaignId).containsExactly(12L, 15L, 17L);
		assertThat(state.effects("showBanner")).singleElement()
			.satisfies((effect) -> assertThat(effect.stringArgument(0)).isEqualTo("Welcome back"));
		assertThat(state.effects(Effect.ADD_FREE_ITEM)).isEmpty();
		assertThat(state.effects("setdiscount")).isEmpty();
	}

	@Test
	void discountsByLabelInOrderLaterLabelWins() {
		IntegrationState state = stateWithEffects(EFFECTS);
		assertThat(state.discounts()).containsExactly(entry("10% off coffee", new BigDecimal("5.00")),
				entry("Free shipping", new BigDecimal("4.95")));
		assertThat(state.totalDiscount()).isEqualTo(new BigDecimal("9.95"));
	}

	@Test
	void discountsKeepEffectOrder() {
		IntegrationState state = stateWithEffects("""
				[[1, 1, 0, ["setDiscount", "Zeta", 1]], [1, 1, 1, ["setDiscount", "Alpha", 0.10]],
				 [1, 1, 2, ["setDiscount", "Mid", 2.5]]]
				""");
		assertThat(state.discounts()).containsExactly(entry("Zeta", new BigDecimal("1")),
				entry("Alpha", new BigDecimal("0.10")), entry("Mid", new BigDecimal("2.5")));
		assertThat(state.totalDiscount()).isEqualTo(new BigDecimal("3.60"));
	}

	@Test
	void discountsWithoutLabelOrAmountAreSkipped() {
		IntegrationState state = stateWithEffects("""
				[[1, 1, 0, ["setDiscount", "Only label"]], [1, 1, 1, ["setDiscount", null, 3]],
				 [1, 1, 2, ["setDiscount", "Real", 0.30]]]
				""");
		assertThat(state.discounts()).containsExactly(entry("Real", new BigDecimal("0.30")));
		assertThat(state.totalDiscount()).isEqualTo(new BigDecimal("0.30"));
	}

	@Test
	void totalDiscountIsExact() {
		IntegrationState state = stateWithEffects("""
				[[1, 1, 0, ["setDiscount", "a", 0.1]], [1, 1, 1, ["setDiscount", "b", 0.2]]]
				""");
		// 0.1 + 0.2 in double would be 0.30000000000000004
		assertThat(state.totalDiscount()).isEqualTo(new BigDecimal("0.3"));
	}

	@Test
	void couponFate() {
		IntegrationState state = stateWithEffects(EFFECTS);
		assertThat(state.isCouponAccepted("SPRING10")).isTrue();
		assertThat(state.isCouponAccepted("spring10")).as("codes compare ignoring case").isTrue();
		assertThat(state.isCouponRejected("SPRING10")).isFalse();
		assertThat(state.isCouponRejected("OLD5")).isTrue();
		assertThat(state.isCouponAccepted("OLD5")).isFalse();
		assertThat(state.isCouponRejected("GONE")).isTrue();
		assertThat(state.isCouponAccepted("GONE")).isFalse();
		assertThat(state.isCouponAccepted("OTHER")).isFalse();
		assertThat(state.isCouponRejected("OTHER")).isFalse();
		// a referral effect does not speak for a coupon with the same code
		assertThat(state.isCouponAccepted("REF-1")).isFalse();
		assertThat(state.isCouponRejected("REF-2")).isFalse();
	}

	@Test
	void referralFate() {
		IntegrationState state = stateWithEffects(EFFECTS);
		assertThat(state.isReferralAccepted("REF-1")).isTrue();
		assertThat(state.isReferralRejected("REF-1")).isFalse();
		assertThat(state.isReferralRejected("REF-2")).isTrue();
		assertThat(state.isReferralAccepted("REF-2")).isFalse();
		assertThat(state.isReferralAccepted("SPRING10")).isFalse();
		assertThat(state.isReferralRejected("OLD5")).isFalse();
	}

	@Test
	void everythingIsSafeWithoutAnEvent() {
		IntegrationState state = new IntegrationState(null, null, null);
		assertNothing(state);
		assertNothing(this.mapper.readValue("{\"session\": {\"integrationId\": \"s\"}}", IntegrationState.class));
		assertNothing(this.mapper.readValue("{\"event\": null}", IntegrationState.class));
	}

	@Test
	void everythingIsEmptyForAnEventWithoutEffects() {
		assertNothing(this.mapper.readValue("{\"event\": {\"id\": 1}}", IntegrationState.class));
		assertNothing(stateWithEffects("[]"));
	}

	private static void assertNothing(IntegrationState state) {
		assertThat(state.effects()).isEmpty();
		assertThat(state.effects(Effect.SET_DISCOUNT)).isEmpty();
		assertThat(state.discounts()).isEmpty();
		assertThat(state.totalDiscount()).isEqualTo(BigDecimal.ZERO);
		assertThat(state.isCouponAccepted("SPRING10")).isFalse();
		assertThat(state.isCouponRejected("SPRING10")).isFalse();
		assertThat(state.isReferralAccepted("REF-1")).isFalse();
		assertThat(state.isReferralRejected("REF-1")).isFalse();
	}

}
