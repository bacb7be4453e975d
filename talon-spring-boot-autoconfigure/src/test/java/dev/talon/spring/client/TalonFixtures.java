package dev.talon.spring.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.CartItemAdjustment;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.NewCustomerSession;

/**
 * Realistic requests and Talon.One answers shared by the tests.
 */
public final class TalonFixtures {

	/** An obviously fake API key. */
	public static final String API_KEY = "test-api-key-7d41c9";

	/** An obviously fake application id. */
	public static final String APPLICATION_ID = "42";

	/** An obviously fake application key (hex). */
	public static final String APPLICATION_KEY = "00112233445566778899aabbccddeeff";

	/** A session update answer: a cart of two items, three effects, a ledger entry and a loyalty membership. */
	public static final String INTEGRATION_STATE = """
			{
			  "session": {
			    "integrationId": "cart-1001",
			    "created": "2018-02-06T10:15:30.123Z",
			    "applicationId": 7,
			    "profileId": "customer-7",
			    "coupon": "SPRING10",
			    "referral": "",
			    "state": "open",
			    "cartItems": [
			      {"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "price": 19.99, "category": "coffee",
			       "weight": 1000, "attributes": {"roast": "dark"}, "position": 0},
			      {"name": "Milk jug", "sku": "JUG-350", "quantity": 1, "price": 12.50,
			       "adjustment": {"payFromLoyaltyProgram": 3, "pointPayment": 500, "remainingPrice": 7.50}}
			    ],
			    "total": 52.48,
			    "attributes": {"ShippingCity": "Berlin"},
			    "firstSession": false,
			    "discounts": {"10% off coffee": 4.00, "Free shipping": 4.95},
			    "someFutureField": {"nested": true}
			  },
			  "profile": {
			    "integrationId": "customer-7",
			    "created": "2017-11-01T08:00:00Z",
			    "attributes": {"Name": "Ada", "VIP": true},
			    "accountId": 1,
			    "closedSessions": 3,
			    "totalSales": 149.85,
			    "loyaltyMemberships": [{"joined": "2017-12-24T18:00:00+01:00", "loyaltyProgramId": 3}],
			    "lastActivity": "2018-02-06T10:15:30Z"
			  },
			  "event": {
			    "id": 8843,
			    "created": "2018-02-06T10:15:30.456Z",
			    "applicationId": 7,
			    "profileId": "customer-7",
			    "sessionId": "cart-1001",
			    "type": "talon_session_updated",
			    "attributes": {},
			    "effects": [
			      [12, 34, 0, ["acceptCoupon", "SPRING10"]],
			      [12, 34, 1, ["setDiscount", "10% off coffee", 4.00]],
			      [15, 40, 0, ["setDiscount", "Free shipping", 4.95]],
			      [16, 41, 2, ["showBanner", "Welcome back", {"color": "green"}]]
			    ],
			    "ledgerEntries": [
			      {"id": 501, "created": "2018-02-06T10:15:30Z", "profileId": "customer-7", "accountId": 1,
			       "loyaltyProgramId": 3, "eventId": 8843, "amount": -500, "reason": "Paid milk jug with points",
			       "expiryDate": "2019-02-06T10:15:30Z"}
			    ]
			  }
			}
			""";

	/** A referral answer. */
	public static final String REFERRAL = """
			{"id": 99, "created": "2018-02-06T10:00:00Z", "campaignId": 12, "advocateProfileIntegrationId": "customer-7",
			 "friendProfileIntegrationId": "friend-8", "startDate": "2018-02-07T00:00:00Z",
			 "expiryDate": "2018-03-07T00:00:00Z", "code": "REF-7XK2", "usageCounter": 0, "usageLimit": 1}
			""";

	/** A profile search answer. */
	public static final String PROFILE_SEARCH_RESULT = """
			{"totalResultSize": 1, "data": [{"integrationId": "customer-7", "created": "2017-11-01T08:00:00Z",
			 "attributes": {"Email": "ada@example.com"}, "accountId": 1, "closedSessions": 3, "totalSales": 149.85,
			 "loyaltyMemberships": [], "lastActivity": "2018-02-06T10:15:30Z"}]}
			""";

	private TalonFixtures() {
	}

	/**
	 * A session update with every field set.
	 * @return the session update
	 */
	public static NewCustomerSession fullSession() {
		return NewCustomerSession.builder()
			.profileId("customer-7")
			.coupon("SPRING10")
			.referral("REF-7XK2")
			.state(CustomerSessionState.OPEN)
			.addCartItem(CartItem.builder("COF-1KG", "Espresso beans 1kg", 2, new BigDecimal("19.99"))
				.category("coffee")
				.weight(new BigDecimal("1000"))
				.dimensions(new BigDecimal("250"), new BigDecimal("120"), new BigDecimal("80"))
				.attributes(Map.of("roast", "dark"))
				.build())
			.addCartItem(CartItem.builder("JUG-350", "Milk jug", 1, new BigDecimal("12.50"))
				.adjustment(new CartItemAdjustment(3L, 500L, new BigDecimal("7.50")))
				.build())
			.total(new BigDecimal("52.48"))
			.attributes(Map.of("ShippingCity", "Berlin"))
			.build();
	}

	/**
	 * A fixed point in time.
	 * @return 2018-02-07T00:00Z
	 */
	public static OffsetDateTime february7() {
		return OffsetDateTime.parse("2018-02-07T00:00:00Z");
	}

}
