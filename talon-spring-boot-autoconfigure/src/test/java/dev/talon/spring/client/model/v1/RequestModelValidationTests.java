package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.talon.spring.client.model.v2.NewReferral;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The constraints of the request models: every violation is an {@link IllegalArgumentException} whose message starts
 * with the offending field, builders produce the expected records and collections are copied defensively.
 */
class RequestModelValidationTests {

	private static final OffsetDateTime START = OffsetDateTime.parse("2018-02-07T00:00:00Z");

	/** A valid cart item. */
	private static CartItem coffee() {
		return CartItem.builder("COF-1KG", "Espresso beans 1kg", 2, new BigDecimal("19.99")).build();
	}

	/** A cart item made with the canonical constructor, which (as for responses) checks nothing by itself. */
	private static CartItem rawItem(String name, String sku, Integer quantity, BigDecimal price,
			CartItemAdjustment adjustment) {
		return new CartItem(name, sku, quantity, price, null, null, null, null, null, null, null, adjustment);
	}

	@Nested
	class NewEventConstraints {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { " ", "\t\n" })
		void sessionIdMustNotBeNullOrBlank(String sessionId) {
			assertThatIllegalArgumentException().isThrownBy(() -> new NewEvent("p", sessionId, "viewed", Map.of()))
				.withMessage("sessionId must not be null or blank");
			assertThatIllegalArgumentException().isThrownBy(() -> NewEvent.builder(sessionId, "viewed").build())
				.withMessageStartingWith("sessionId ");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { " ", "\t\n" })
		void typeMustNotBeNullOrBlank(String type) {
			assertThatIllegalArgumentException().isThrownBy(() -> new NewEvent("p", "s-1", type, Map.of()))
				.withMessage("type must not be null or blank");
			assertThatIllegalArgumentException().isThrownBy(() -> NewEvent.builder("s-1", type).build())
				.withMessageStartingWith("type ");
		}

		@ParameterizedTest
		@NullAndEmptySource
		void anonymousProfileIsAllowed(String profileId) {
			NewEvent event = NewEvent.builder("s-1", "viewed").profileId(profileId).build();
			assertThat(event.profileId()).isEqualTo(profileId);
			assertThat(event.sessionId()).isEqualTo("s-1");
		}

		@Test
		void builderProducesTheRecord() {
			Map<String, Object> attributes = Map.of("sku", "COF-1KG", "price", new BigDecimal("19.99"));
			NewEvent event = NewEvent.builder("s-1", "product_viewed")
				.profileId("customer-7")
				.attributes(attributes)
				.build();
			assertThat(event).isEqualTo(new NewEvent("customer-7", "s-1", "product_viewed", attributes));
			assertThat(event.profileId()).isEqualTo("customer-7");
			assertThat(event.sessionId()).isEqualTo("s-1");
			assertThat(event.type()).isEqualTo("product_viewed");
			assertThat(event.attributes()).containsExactlyInAnyOrderEntriesOf(attributes);
		}

		@Test
		void nullAttributesBecomeAnEmptyMap() {
			assertThat(new NewEvent(null, "s-1", "viewed", null).attributes()).isNotNull().isEmpty();
			assertThat(NewEvent.builder("s-1", "viewed").build().attributes()).isNotNull().isEmpty();
		}

		@Test
		void attributesAreCopiedAndUnmodifiable() {
			Map<String, Object> source = new HashMap<>();
			source.put("color", "red");
			NewEvent event = NewEvent.builder("s-1", "viewed").attributes(source).build();
			source.put("size", "XL");
			source.remove("color");
			assertThat(event.attributes()).containsExactly(entry("color", "red"));
			assertThatThrownBy(() -> event.attributes().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
		}

	}

	@Nested
	class NewReferralConstraints {

		@Test
		void campaignIdMustNotBeNull() {
			assertThatIllegalArgumentException().isThrownBy(() -> new NewReferral(null, "customer-7", null, null, null))
				.withMessage("campaignId must not be null");
		}

		@ParameterizedTest
		@ValueSource(longs = { 0, -1, Long.MIN_VALUE })
		void campaignIdMustBePositive(long campaignId) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new NewReferral(campaignId, "customer-7", null, null, null))
				.withMessage("campaignId must be positive but was " + campaignId);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferral.builder(campaignId, "customer-7").build())
				.withMessageStartingWith("campaignId ");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "  " })
		void advocateProfileIntegrationIdMustNotBeNullOrBlank(String advocate) {
			assertThatIllegalArgumentException().isThrownBy(() -> new NewReferral(12L, advocate, null, null, null))
				.withMessage("advocateProfileIntegrationId must not be null or blank");
			assertThatIllegalArgumentException().isThrownBy(() -> NewReferral.builder(12, advocate).build())
				.withMessageStartingWith("advocateProfileIntegrationId ");
		}

		@Test
		void expiryDateMustBeAfterStartDate() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferral.builder(12, "customer-7").startDate(START).expiryDate(START).build())
				.withMessageStartingWith("expiryDate ")
				.withMessageContaining("startDate");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new NewReferral(12L, "customer-7", null, START, START.minusSeconds(1)))
				.withMessageStartingWith("expiryDate ");
			// The same instant in another offset is not after the start either.
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new NewReferral(12L, "customer-7", null, START,
						OffsetDateTime.parse("2018-02-07T01:00:00+01:00")))
				.withMessageStartingWith("expiryDate ");
		}

		@Test
		void datesMayBeGivenAloneOrInOrder() {
			assertThatNoException().isThrownBy(() -> new NewReferral(12L, "customer-7", null, START, null));
			assertThatNoException().isThrownBy(() -> new NewReferral(12L, "customer-7", null, null, START));
			assertThatNoException()
				.isThrownBy(() -> new NewReferral(12L, "customer-7", null, START, START.plusNanos(1)));
		}

		@Test
		void builderProducesTheRecord() {
			NewReferral referral = NewReferral.builder(12, "customer-7")
				.friendProfileIntegrationId("friend-8")
				.startDate(START)
				.expiryDate(START.plusMonths(1))
				.build();
			assertThat(referral)
				.isEqualTo(new NewReferral(12L, "customer-7", "friend-8", START, START.plusMonths(1)));
			assertThat(referral.campaignId()).isEqualTo(12L);
			assertThat(referral.friendProfileIntegrationId()).isEqualTo("friend-8");
			assertThat(NewReferral.builder(5, "a").build()).isEqualTo(new NewReferral(5L, "a", null, null, null));
		}

	}

	@Nested
	class CustomerProfileSearchConstraints {

		@Test
		void attributesMustNotBeNull() {
			assertThatIllegalArgumentException().isThrownBy(() -> new CustomerProfileSearch(null))
				.withMessage("attributes must not be null");
			assertThatIllegalArgumentException().isThrownBy(() -> CustomerProfileSearch.byAttributes(null))
				.withMessageStartingWith("attributes ");
		}

		@Test
		void attributesAreCopiedAndUnmodifiable() {
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("Email", "ada@example.com");
			CustomerProfileSearch search = CustomerProfileSearch.byAttributes(source);
			source.put("Name", "Ada");
			assertThat(search).isEqualTo(new CustomerProfileSearch(Map.of("Email", "ada@example.com")));
			assertThat(search.attributes()).containsExactly(entry("Email", "ada@example.com"));
			assertThatThrownBy(() -> search.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
		}

	}

	@Nested
	class NewCustomerProfileCopies {

		@Test
		void attributesAreOptionalCopiedAndUnmodifiable() {
			assertThat(NewCustomerProfile.of(null).attributes()).isNull();
			Map<String, Object> source = new HashMap<>(Map.of("Name", "Ada"));
			NewCustomerProfile profile = NewCustomerProfile.of(source);
			source.put("VIP", true);
			assertThat(profile.attributes()).containsExactly(entry("Name", "Ada"));
			assertThatThrownBy(() -> profile.attributes().put("VIP", true))
				.isInstanceOf(UnsupportedOperationException.class);
		}

	}

	@Nested
	class CartItemConstraints {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { " " })
		void skuMustNotBeBlank(String sku) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder(sku, "Espresso beans", 1, BigDecimal.TEN).build())
				.withMessage("cartItem.sku must not be null or blank");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { " " })
		void nameMustNotBeBlank(String name) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("COF-1KG", name, 1, BigDecimal.TEN).build())
				.withMessage("cartItem.name must not be null or blank");
		}

		@ParameterizedTest
		@ValueSource(ints = { 0, -1 })
		void quantityMustBeAtLeastOne(int quantity) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("COF-1KG", "Espresso beans", quantity, BigDecimal.TEN).build())
				.withMessage("cartItem.quantity must be at least 1 but was " + quantity);
		}

		@Test
		void priceMustBePresent() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("COF-1KG", "Espresso beans", 1, null).build())
				.withMessage("cartItem.price must not be null");
		}

		@Test
		void priceMustNotBeNegative() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("COF-1KG", "Espresso beans", 1, new BigDecimal("-0.01")).build())
				.withMessage("cartItem.price must not be negative but was -0.01");
		}

		@Test
		void aFreeItemIsAllowed() {
			CartItem item = CartItem.builder("GIFT", "Gift", 1, new BigDecimal("0.00")).build();
			assertThat(item.price()).isEqualTo(new BigDecimal("0.00"));
		}

		@ParameterizedTest
		@ValueSource(longs = { 0, -3 })
		void adjustmentPointPaymentMustBeAtLeastOne(long points) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("JUG-350", "Milk jug", 1, new BigDecimal("12.50"))
					.adjustment(new CartItemAdjustment(3L, points, null))
					.build())
				.withMessage("cartItem.adjustment.pointPayment must be at least 1 but was " + points);
		}

		@Test
		void adjustmentRequiresProgramAndPointsAndNoNegativeRemainder() {
			CartItem.Builder builder = CartItem.builder("JUG-350", "Milk jug", 1, new BigDecimal("12.50"));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> builder.adjustment(new CartItemAdjustment(null, 500L, null)).build())
				.withMessage("cartItem.adjustment.payFromLoyaltyProgram must not be null");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> builder.adjustment(new CartItemAdjustment(3L, null, null)).build())
				.withMessage("cartItem.adjustment.pointPayment must not be null");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> builder.adjustment(new CartItemAdjustment(3L, 500L, new BigDecimal("-1"))).build())
				.withMessageStartingWith("cartItem.adjustment.remainingPrice ");
			assertThat(builder.adjustment(new CartItemAdjustment(3L, 1L, BigDecimal.ZERO)).build().adjustment())
				.isEqualTo(new CartItemAdjustment(3L, 1L, BigDecimal.ZERO));
		}

		@Test
		void builderProducesTheRecord() {
			CartItemAdjustment adjustment = new CartItemAdjustment(3L, 500L, new BigDecimal("7.50"));
			CartItem item = CartItem.builder("COF-1KG", "Espresso beans 1kg", 2, new BigDecimal("19.99"))
				.category("coffee")
				.weight(new BigDecimal("1000"))
				.dimensions(new BigDecimal("250"), new BigDecimal("120"), new BigDecimal("80"))
				.attributes(Map.of("roast", "dark"))
				.adjustment(adjustment)
				.build();
			assertThat(item).isEqualTo(new CartItem("Espresso beans 1kg", "COF-1KG", 2, new BigDecimal("19.99"),
					"coffee", new BigDecimal("1000"), new BigDecimal("250"), new BigDecimal("120"),
					new BigDecimal("80"), null, Map.of("roast", "dark"), adjustment));
			assertThat(item.sku()).isEqualTo("COF-1KG");
			assertThat(item.name()).isEqualTo("Espresso beans 1kg");
			assertThat(item.height()).isEqualTo(new BigDecimal("250"));
			assertThat(item.width()).isEqualTo(new BigDecimal("120"));
			assertThat(item.length()).isEqualTo(new BigDecimal("80"));
			assertThat(item.position()).isNull();
		}

		@Test
		void optionalFieldsStayNull() {
			CartItem item = coffee();
			assertThat(item.category()).isNull();
			assertThat(item.weight()).isNull();
			assertThat(item.attributes()).isNull();
			assertThat(item.adjustment()).isNull();
		}

		@Test
		void attributesAreCopiedAndUnmodifiable() {
			Map<String, Object> source = new HashMap<>(Map.of("roast", "dark"));
			CartItem item = CartItem.builder("COF-1KG", "Espresso beans", 1, BigDecimal.TEN).attributes(source).build();
			source.put("roast", "light");
			assertThat(item.attributes()).containsExactly(entry("roast", "dark"));
			assertThatThrownBy(() -> item.attributes().put("grind", "fine"))
				.isInstanceOf(UnsupportedOperationException.class);
		}

	}

	@Nested
	class NewCustomerSessionConstraints {

		static Stream<Arguments> badItems() {
			CartItemAdjustment noPoints = new CartItemAdjustment(3L, 0L, null);
			return Stream.of(Arguments.of(rawItem("Jug", " ", 1, BigDecimal.ONE, null), "cartItems[2].sku"),
					Arguments.of(rawItem("Jug", null, 1, BigDecimal.ONE, null), "cartItems[2].sku"),
					Arguments.of(rawItem("", "JUG", 1, BigDecimal.ONE, null), "cartItems[2].name"),
					Arguments.of(rawItem("Jug", "JUG", null, BigDecimal.ONE, null), "cartItems[2].quantity"),
					Arguments.of(rawItem("Jug", "JUG", 0, BigDecimal.ONE, null), "cartItems[2].quantity"),
					Arguments.of(rawItem("Jug", "JUG", 1, null, null), "cartItems[2].price"),
					Arguments.of(rawItem("Jug", "JUG", 1, new BigDecimal("-5"), null), "cartItems[2].price"),
					Arguments.of(rawItem("Jug", "JUG", 1, BigDecimal.ONE, noPoints),
							"cartItems[2].adjustment.pointPayment"));
		}

		@ParameterizedTest
		@MethodSource("badItems")
		void aBadCartItemIsReportedWithItsIndex(CartItem bad, String field) {
			List<CartItem> items = List.of(coffee(), coffee(), bad);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewCustomerSession.builder().cartItems(items).build())
				.withMessageStartingWith(field + " ");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new NewCustomerSession(null, null, null, null, items, null, null))
				.withMessageStartingWith(field + " ");
		}

		@Test
		void aNullCartItemIsReportedWithItsIndex() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewCustomerSession.builder().addCartItem(coffee()).addCartItem(null).build())
				.withMessage("cartItems[1] must not be null");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewCustomerSession.builder().cartItems(Arrays.asList(null, coffee())).build())
				.withMessage("cartItems[0] must not be null");
		}

		@Test
		void unknownStateIsRejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewCustomerSession.builder().state(CustomerSessionState.UNKNOWN).build())
				.withMessageStartingWith("state ");
		}

		@ParameterizedTest
		@EnumSource(value = CustomerSessionState.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
		void knownStatesAreAccepted(CustomerSessionState state) {
			assertThat(NewCustomerSession.builder().state(state).build().state()).isSameAs(state);
		}

		@Test
		void anEmptyBuilderLeavesEverythingUnset() {
			assertThat(NewCustomerSession.builder().build())
				.isEqualTo(new NewCustomerSession(null, null, null, null, null, null, null));
		}

		@Test
		void anEmptyCartStaysAnEmptyList() {
			assertThat(NewCustomerSession.builder().cartItems(List.of()).build().cartItems()).isNotNull().isEmpty();
		}

		@Test
		void builderProducesTheRecord() {
			CartItem jug = CartItem.builder("JUG-350", "Milk jug", 1, new BigDecimal("12.50")).build();
			NewCustomerSession session = NewCustomerSession.builder()
				.profileId("customer-7")
				.coupon("SPRING10")
				.referral("REF-7XK2")
				.state(CustomerSessionState.CLOSED)
				.addCartItem(coffee())
				.addCartItem(jug)
				.total(new BigDecimal("52.48"))
				.attributes(Map.of("ShippingCity", "Berlin"))
				.build();
			assertThat(session).isEqualTo(new NewCustomerSession("customer-7", "SPRING10", "REF-7XK2",
					CustomerSessionState.CLOSED, List.of(coffee(), jug), new BigDecimal("52.48"),
					Map.of("ShippingCity", "Berlin")));
			assertThat(session.cartItems()).containsExactly(coffee(), jug);
			assertThat(session.total()).isEqualTo(new BigDecimal("52.48"));
		}

		@Test
		void cartItemsReplaceEarlierOnes() {
			CartItem jug = CartItem.builder("JUG-350", "Milk jug", 1, new BigDecimal("12.50")).build();
			NewCustomerSession session = NewCustomerSession.builder()
				.addCartItem(coffee())
				.cartItems(List.of(jug))
				.addCartItem(coffee())
				.build();
			assertThat(session.cartItems()).containsExactly(jug, coffee());
		}

		@Test
		void collectionsAreCopiedAndUnmodifiable() {
			List<CartItem> items = new ArrayList<>(List.of(coffee()));
			Map<String, Object> attributes = new HashMap<>(Map.of("ShippingCity", "Berlin"));
			NewCustomerSession.Builder builder = NewCustomerSession.builder().cartItems(items).attributes(attributes);
			items.add(coffee());
			NewCustomerSession session = builder.build();
			items.clear();
			attributes.put("ShippingCity", "Paris");
			assertThat(session.cartItems()).containsExactly(coffee());
			assertThat(session.attributes()).containsExactly(entry("ShippingCity", "Berlin"));
			assertThatThrownBy(() -> session.cartItems().add(coffee()))
				.isInstanceOf(UnsupportedOperationException.class);
			assertThatThrownBy(() -> session.cartItems().remove(0)).isInstanceOf(UnsupportedOperationException.class);
			assertThatThrownBy(() -> session.attributes().put("x", 1))
				.isInstanceOf(UnsupportedOperationException.class);

			List<CartItem> direct = new ArrayList<>(List.of(coffee()));
			NewCustomerSession fromConstructor = new NewCustomerSession(null, null, null, null, direct, null, null);
			direct.add(coffee());
			assertThat(fromConstructor.cartItems()).hasSize(1);
		}

		@Test
		void builderIsNotAffectedByLaterAdditionsToTheBuiltSession() {
			NewCustomerSession.Builder builder = NewCustomerSession.builder().addCartItem(coffee());
			NewCustomerSession first = builder.build();
			builder.addCartItem(coffee());
			assertThat(first.cartItems()).hasSize(1);
			assertThat(builder.build().cartItems()).hasSize(2);
		}

	}

}
