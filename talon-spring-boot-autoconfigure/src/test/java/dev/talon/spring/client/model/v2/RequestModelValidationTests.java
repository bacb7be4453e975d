package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.talon.spring.client.TalonJson;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The constraints of the v2 request models, at their boundaries: every violation is an
 * {@link IllegalArgumentException} whose message starts with the offending field, thrown when the request is built,
 * before any I/O.
 */
class RequestModelValidationTests {

	private static CartItem item(String sku, int quantity) {
		return CartItem.builder(sku, quantity).price(BigDecimal.ONE).build();
	}

	/** A cart item made with the canonical constructor, which (as for answers) checks nothing by itself. */
	private static CartItem rawItem(String sku, Integer quantity, BigDecimal price) {
		return new CartItem(null, sku, quantity, null, null, price, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	private static NewCustomerSessionV2 session(Consumer<NewCustomerSessionV2.Builder> customizer) {
		NewCustomerSessionV2.Builder builder = NewCustomerSessionV2.builder();
		customizer.accept(builder);
		return builder.build();
	}

	private static String text(int length) {
		return "x".repeat(length);
	}

	@Nested
	class CartLimits {

		@Test
		void thousandItemsAreAcceptedAndOneMoreIsRefused() {
			List<CartItem> items = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				items.add(item("SKU-" + i, 1));
			}
			assertThat(session((b) -> b.cartItems(items)).cartItems()).hasSize(1000);
			items.add(item("SKU-1000", 1));
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.cartItems(items)))
				.withMessage("cartItems must have at most 1000 elements but had 1001");
		}

		@Test
		void quantitiesSummingToTenThousandAreAcceptedAndOneMoreIsRefused() {
			List<CartItem> items = new ArrayList<>(List.of(item("A", 4000), item("B", 5999), item("C", 1)));
			assertThatNoException().isThrownBy(() -> session((b) -> b.cartItems(items)));
			items.set(2, item("C", 2));
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.cartItems(items)))
				.withMessage("cartItems quantities must sum to at most 10000 but summed to 10001");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.addCartItem(item("BIG", Integer.MAX_VALUE))
					.addCartItem(item("BIG2", Integer.MAX_VALUE))))
				.withMessageStartingWith("cartItems quantities must sum to at most 10000 but summed to 4294967294");
		}

		@Test
		void itemsAreCheckedWithTheirIndex() {
			List<CartItem> items = List.of(item("A", 1), item("B", 1), rawItem("C", 0, BigDecimal.ONE));
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.cartItems(items)))
				.withMessage("cartItems[2].quantity must be at least 1 but was 0");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.cartItems(Collections.singletonList(null))))
				.withMessage("cartItems[0] must not be null");
		}

	}

	@Nested
	class CartItemConstraints {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { " ", "\t" })
		void skuIsRequired(String sku) {
			assertThatIllegalArgumentException().isThrownBy(() -> CartItem.builder(sku, 1).build())
				.withMessage("cartItem.sku must not be null or blank");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.addCartItem(rawItem(sku, 1, BigDecimal.ONE))))
				.withMessage("cartItems[0].sku must not be null or blank");
		}

		@ParameterizedTest
		@ValueSource(ints = { 0, -1, Integer.MIN_VALUE })
		void quantityIsAtLeastOne(int quantity) {
			assertThatIllegalArgumentException().isThrownBy(() -> CartItem.builder("A", quantity).build())
				.withMessage("cartItem.quantity must be at least 1 but was " + quantity);
			assertThat(CartItem.builder("A", 1).build().quantity()).isEqualTo(1);
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.addCartItem(rawItem("A", null, null))))
				.withMessage("cartItems[0].quantity must not be null");
		}

		@Test
		void priceIsOptionalButNotNegative() {
			assertThat(CartItem.builder("CATALOG-1", 1).build().price()).isNull();
			assertThat(CartItem.builder("A", 1).price(BigDecimal.ZERO).build().price()).isZero();
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("A", 1).price(new BigDecimal("-0.01")).build())
				.withMessage("cartItem.price must not be negative but was -0.01");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.addCartItem(rawItem("A", 1, new BigDecimal("-5")))))
				.withMessage("cartItems[0].price must not be negative but was -5");
		}

		@Test
		void productNeedsAName() {
			assertThatIllegalArgumentException().isThrownBy(() -> CartItem.builder("A", 1).product(" ").build())
				.withMessage("cartItem.product.name must not be null or blank");
		}

		@Test
		void itemAdditionalCostsNeedAPriceThatIsNotNegative() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("A", 1).additionalCost("handling", null).build())
				.withMessage("cartItem.additionalCosts.handling.price must not be null");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("A", 1).additionalCost("handling", new BigDecimal("-1")).build())
				.withMessage("cartItem.additionalCosts.handling.price must not be negative but was -1");
		}

		@Test
		void decimalsThatCannotBeWrittenPlainAreRefused() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("A", 1).price(new BigDecimal("1E+10000")).build())
				.withMessage("cartItem.price cannot be written as a plain JSON number: its scale -10000 lies outside "
						+ "-9999..9999");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CartItem.builder("A", 1).weight(new BigDecimal("1E-10000")).build())
				.withMessageStartingWith("cartItem.weight cannot be written as a plain JSON number");
			assertThat(CartItem.builder("A", 1).price(new BigDecimal("1E+9999")).build().price()).isNotNull();
		}

	}

	@Nested
	class SessionConstraints {

		@Test
		void couponCodesMustBeGivenOrClearedExplicitly() {
			assertThatIllegalArgumentException().isThrownBy(() -> NewCustomerSessionV2.builder().couponCodes(List.of()))
				.withMessage("couponCodes must not be null or empty: call clearCouponCodes() to discard the session's "
						+ "coupons, or leave couponCodes unset to keep them");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewCustomerSessionV2.builder().couponCodes((List<String>) null))
				.withMessageStartingWith("couponCodes must not be null or empty");
			assertThatIllegalArgumentException().isThrownBy(() -> NewCustomerSessionV2.builder().couponCodes())
				.withMessageStartingWith("couponCodes must not be null or empty");
			assertThat(session((b) -> b.clearCouponCodes()).couponCodes()).isEmpty();
			assertThat(session((b) -> {
			}).couponCodes()).isNull();
		}

		@Test
		void referralCodeMustBeGivenOrClearedExplicitly() {
			assertThatIllegalArgumentException().isThrownBy(() -> NewCustomerSessionV2.builder().referralCode(""))
				.withMessage("referralCode must not be null or empty: call clearReferralCode() to discard the session's "
						+ "referral code, or leave referralCode unset to keep it");
			assertThatIllegalArgumentException().isThrownBy(() -> NewCustomerSessionV2.builder().referralCode(null))
				.withMessageStartingWith("referralCode must not be null or empty");
			assertThat(session((b) -> b.clearReferralCode()).referralCode()).isEmpty();
		}

		@Test
		void couponCodesHaveAtMostHundredCharactersAndAreNotBlank() {
			assertThat(session((b) -> b.couponCodes("A", text(100))).couponCodes()).hasSize(2);
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.couponCodes("A", text(101))))
				.withMessage("couponCodes[1] must have 1 to 100 characters but had 101");
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.couponCodes("A", " ")))
				.withMessage("couponCodes[1] must not be null or blank");
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.couponCodes("A", null)))
				.withMessage("couponCodes[1] must not be null or blank");
		}

		@Test
		void referralCodeHasAtMostHundredCharacters() {
			assertThat(session((b) -> b.referralCode(text(100))).referralCode()).hasSize(100);
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.referralCode(text(101))))
				.withMessage("referralCode must have 0 to 100 characters but had 101");
		}

		@Test
		void storeIntegrationIdHasOneToThousandCharacters() {
			assertThat(session((b) -> b.storeIntegrationId(text(1))).storeIntegrationId()).hasSize(1);
			assertThat(session((b) -> b.storeIntegrationId(text(1000))).storeIntegrationId()).hasSize(1000);
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.storeIntegrationId("")))
				.withMessage("storeIntegrationId must have 1 to 1000 characters but had 0");
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.storeIntegrationId(text(1001))))
				.withMessage("storeIntegrationId must have 1 to 1000 characters but had 1001");
		}

		@Test
		void atMostFiveIdentifiers() {
			assertThat(session((b) -> b.identifiers(List.of("1", "2", "3", "4", "5"))).identifiers()).hasSize(5);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.identifiers(List.of("1", "2", "3", "4", "5", "6"))))
				.withMessage("identifiers must have at most 5 elements but had 6");
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.identifiers(List.of("1", ""))))
				.withMessage("identifiers[1] must not be null or blank");
		}

		@Test
		void atMostOneLoyaltyCard() {
			assertThat(session((b) -> b.loyaltyCard("card-1")).loyaltyCards()).containsExactly("card-1");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new NewCustomerSessionV2(null, null, null, null, null, List.of("a", "b"), null, null,
						null, null, null, null))
				.withMessage("loyaltyCards must have at most 1 element but had 2");
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.loyaltyCard(" ")))
				.withMessage("loyaltyCards[0] must not be null or blank");
		}

		@Test
		void campaignIdsArePositive() {
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.evaluableCampaignIds(List.of(1L, 0L))))
				.withMessage("evaluableCampaignIds[1] must be positive but was 0");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.evaluableCampaignIds(Collections.singletonList(null))))
				.withMessage("evaluableCampaignIds[0] must not be null");
		}

		@Test
		void unknownStateIsRefusedAndEveryOtherIsSent() {
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.state(CustomerSessionState.UNKNOWN)))
				.withMessage("state must be open, closed, partially_returned or cancelled");
			for (CustomerSessionState state : List.of(CustomerSessionState.OPEN, CustomerSessionState.CLOSED,
					CustomerSessionState.PARTIALLY_RETURNED, CustomerSessionState.CANCELLED)) {
				assertThat(session((b) -> b.state(state)).state()).isEqualTo(state);
			}
		}

		@Test
		void additionalCostsAndAllocationsAreChecked() {
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.additionalCost("shipping", null)))
				.withMessage("additionalCosts.shipping.price must not be null");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.additionalCost("shipping", new BigDecimal("-4.95"))))
				.withMessage("additionalCosts.shipping.price must not be negative but was -4.95");
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.additionalCost(" ", BigDecimal.ONE)))
				.withMessage("additionalCosts name must not be null or blank");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session(
						(b) -> b.experimentVariantAllocations(List.of(new ExperimentVariantAllocation(12L, null)))))
				.withMessage("experimentVariantAllocations[0].variantID must not be null");
		}

		@Test
		void attributesThatCannotBeWrittenAreRefusedWithTheirPath() {
			Map<String, Object> nested = new LinkedHashMap<>();
			nested.put("list", List.of(BigDecimal.ONE, new BigDecimal("1E+10000")));
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.attribute("deep", nested)))
				.withMessage("attributes.deep.list[1] cannot be written as a plain JSON number: its scale -10000 lies "
						+ "outside -9999..9999");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> session((b) -> b.attribute("array", new Object[] { new BigDecimal("1E-10000") })))
				.withMessageStartingWith("attributes.array[0] cannot be written");
			Map<String, Object> nullName = new HashMap<>();
			nullName.put(null, 1);
			assertThatIllegalArgumentException().isThrownBy(() -> session((b) -> b.attributes(nullName)))
				.withMessage("attributes must not contain a null name");
		}

		@Test
		void withoutTheCheckJacksonWouldFailOnlyWhenWriting() {
			// The negative control of attributesThatCannotBeWrittenAreRefusedWithTheirPath.
			assertThatExceptionOfType(JacksonException.class)
				.isThrownBy(() -> TalonJson.mapper().writeValueAsString(Map.of("x", new BigDecimal("1E+10000"))))
				.withMessageContaining("illegal scale");
		}

		@Test
		void collectionsAreCopiedAndUnmodifiable() {
			List<String> codes = new ArrayList<>(List.of("A1"));
			List<CartItem> items = new ArrayList<>(List.of(item("A", 1)));
			NewCustomerSessionV2 session = NewCustomerSessionV2.builder().couponCodes(codes).cartItems(items).build();
			codes.add("B2");
			items.clear();
			assertThat(session.couponCodes()).containsExactly("A1");
			assertThat(session.cartItems()).hasSize(1);
			assertThatThrownBy(() -> session.couponCodes().add("C3")).isInstanceOf(UnsupportedOperationException.class);
			assertThatThrownBy(() -> session.cartItems().clear()).isInstanceOf(UnsupportedOperationException.class);
		}

		@Test
		void theRequestNeedsASession() {
			assertThatIllegalArgumentException().isThrownBy(() -> IntegrationRequest.of(null))
				.withMessage("customerSession must not be null");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> IntegrationRequest.of(session((b) -> {
				}), (IntegrationRequest.ResponseContent) null))
				.withMessage("responseContent[0] must not be null");
		}

	}

	@Nested
	class ReturnConstraints {

		@Test
		void aReturnNeedsItems() {
			assertThatIllegalArgumentException().isThrownBy(() -> NewReturn.of())
				.withMessage("returnedCartItems must not be empty");
			assertThatIllegalArgumentException().isThrownBy(() -> new NewReturn(null))
				.withMessage("returnedCartItems must not be null");
			assertThatIllegalArgumentException().isThrownBy(() -> ReturnIntegrationRequest.of(null))
				.withMessage("return must not be null");
		}

		@Test
		void positionsAreAtLeastZeroAndQuantitiesAtLeastOne() {
			assertThat(NewReturn.of(ReturnedCartItem.atPosition(0, 1)).returnedCartItems()).hasSize(1);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReturn.of(ReturnedCartItem.atPosition(0, 1), ReturnedCartItem.atPosition(-1, 1)))
				.withMessage("returnedCartItems[1].position must be at least 0 but was -1");
			assertThatIllegalArgumentException().isThrownBy(() -> NewReturn.of(ReturnedCartItem.atPosition(2, 0)))
				.withMessage("returnedCartItems[0].quantity must be at least 1 but was 0");
			assertThatIllegalArgumentException().isThrownBy(() -> NewReturn.of(ReturnedCartItem.ofSku(" ", 1)))
				.withMessage("returnedCartItems[0].sku must not be null or blank");
			assertThatIllegalArgumentException().isThrownBy(() -> NewReturn.of(new ReturnedCartItem(null, 1, null)))
				.withMessage("returnedCartItems[0] must name the cart item by position or sku");
			assertThatNoException().isThrownBy(() -> NewReturn.of(new ReturnedCartItem(3, null, null)));
		}

	}

	@Nested
	class ProfileConstraints {

		@Test
		void audienceIdsArePositive() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CustomerProfileIntegrationRequestV2.builder().audiencesChanges(List.of(0L), null))
				.withMessage("audiencesChanges.adds[0] must be positive but was 0");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ProfileAudiencesChanges.of(null, Collections.singletonList(null)))
				.withMessage("audiencesChanges.deletes[0] must not be null");
		}

		@Test
		void bulkUpdatesCarryOneToThousandProfiles() {
			List<MultipleCustomerProfileIntegrationRequestItem> profiles = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				profiles.add(MultipleCustomerProfileIntegrationRequestItem.of("customer-" + i, null));
			}
			assertThat(MultipleCustomerProfileIntegrationRequest.of(profiles).customerProfiles()).hasSize(1000);
			profiles.add(MultipleCustomerProfileIntegrationRequestItem.of("customer-1000", null));
			assertThatIllegalArgumentException().isThrownBy(() -> MultipleCustomerProfileIntegrationRequest.of(profiles))
				.withMessage("customerProfiles must have at most 1000 elements but had 1001");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> MultipleCustomerProfileIntegrationRequest.of(List.of()))
				.withMessage("customerProfiles must not be empty");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> MultipleCustomerProfileIntegrationRequest.of(Collections.singletonList(null)))
				.withMessage("customerProfiles[0] must not be null");
		}

		@Test
		void bulkProfilesNeedAnIntegrationIdOfAtMostThousandCharacters() {
			assertThatIllegalArgumentException().isThrownBy(() -> MultipleCustomerProfileIntegrationRequestItem.of(" ", null))
				.withMessage("integrationId must not be null or blank");
			assertThat(MultipleCustomerProfileIntegrationRequestItem.of(text(1000), null).integrationId()).hasSize(1000);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> MultipleCustomerProfileIntegrationRequestItem.of(text(1001), null))
				.withMessage("integrationId must have 1 to 1000 characters but had 1001");
		}

	}

	@Nested
	class EventConstraints {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = " ")
		void profileIdIsRequiredInPractice(String profileId) {
			assertThatIllegalArgumentException().isThrownBy(() -> IntegrationEventV2Request.builder(profileId, "viewed").build())
				.withMessage("profileId must not be null or blank");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> IntegrationEventV3Request.builder("e-1", profileId, "viewed").build())
				.withMessage("profileId must not be null or blank");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = " ")
		void typeAndIntegrationIdAreRequired(String value) {
			assertThatIllegalArgumentException().isThrownBy(() -> IntegrationEventV2Request.builder("p", value).build())
				.withMessage("type must not be null or blank");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> IntegrationEventV3Request.builder(value, "p", "viewed").build())
				.withMessage("integrationId must not be null or blank");
		}

		@Test
		void connectedSessionIdIsNotEmptyWhenGiven() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> IntegrationEventV3Request.builder("e-1", "p", "viewed").connectedSessionId("").build())
				.withMessage("connectedSessionId must not be null or blank");
		}

		@Test
		void atMostOneLoyaltyCardAndAStoreOfOneToThousandCharacters() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new IntegrationEventV2Request("p", null, null, "viewed", null, null, List.of("a", "b")))
				.withMessage("loyaltyCards must have at most 1 element but had 2");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> IntegrationEventV2Request.builder("p", "viewed").storeIntegrationId(text(1001)).build())
				.withMessage("storeIntegrationId must have 1 to 1000 characters but had 1001");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> IntegrationEventV3Request.builder("e", "p", "viewed").storeIntegrationId("").build())
				.withMessage("storeIntegrationId must have 1 to 1000 characters but had 0");
		}

	}

	@Nested
	class ReferralConstraints {

		@ParameterizedTest
		@ValueSource(longs = { 0, 1, 999_999 })
		void usageLimitFromZeroToNineHundredNinetyNineThousand(long limit) {
			assertThat(NewReferral.builder(12, "a").usageLimit(limit).build().usageLimit()).isEqualTo(limit);
		}

		@ParameterizedTest
		@ValueSource(longs = { -1, 1_000_000, Long.MAX_VALUE })
		void usageLimitOutsideTheRangeIsRefused(long limit) {
			assertThatIllegalArgumentException().isThrownBy(() -> NewReferral.builder(12, "a").usageLimit(limit).build())
				.withMessage("usageLimit must be between 0 and 999999 but was " + limit);
		}

		@Test
		void advocateHasAtMostThousandCharactersAndTheOldConstructorStillWorks() {
			assertThatIllegalArgumentException().isThrownBy(() -> NewReferral.builder(12, text(1001)).build())
				.withMessage("advocateProfileIntegrationId must have 1 to 1000 characters but had 1001");
			assertThat(new NewReferral(12L, "a", null, null, null))
				.isEqualTo(new NewReferral(12L, "a", null, null, null, null, null));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> NewReferral.builder(12, "a").attribute("x", new BigDecimal("1E+10000")).build())
				.withMessageStartingWith("attributes.x cannot be written");
		}

	}

}
