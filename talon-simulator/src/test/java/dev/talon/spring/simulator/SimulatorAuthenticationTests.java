package dev.talon.spring.simulator;

import java.time.Duration;
import java.util.Map;

import dev.talon.spring.client.TalonAuthenticationException;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both of Talon.One's authentication schemes, with the configured credentials only; 401 with Talon.One's error JSON
 * otherwise, never repeating what was presented.
 */
class SimulatorAuthenticationTests {

	private static final String API_KEY = "auth-test-key-42";

	private static final String APPLICATION_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	private static final String BODY = "{\"attributes\":{\"tier\":\"gold\"}}";

	private static TalonSimulator simulator;

	private static RawHttp http;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator
			.start(TalonSimulatorConfig.defaults().apiKey(API_KEY).application(7, APPLICATION_KEY));
		http = new RawHttp(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void theConfiguredApiKeyIsAccepted() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_profiles/p-1", BODY, "Authorization",
				"ApiKey-v1 " + API_KEY);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("profile").path("attributes").path("tier").asString()).isEqualTo("gold");
	}

	@Test
	void anotherApiKeyIsUnauthorizedWithoutRepeatingIt() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_profiles/p-2", BODY, "Authorization",
				"ApiKey-v1 stolen-key-0001");

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.json().path("message").asString()).isEqualTo("Unauthorized - Invalid API key");
		assertThat(answer.json().path("errors").get(0).path("source").path("parameter").asString())
			.isEqualTo("Authorization");
		assertThat(answer.body()).doesNotContain("stolen-key-0001").doesNotContain(API_KEY);
		assertThat(simulator.profile("p-2")).isEmpty();
	}

	@Test
	void anotherAuthorizationSchemeIsUnauthorized() {
		assertThat(http.send("PUT", "/v1/customer_profiles/p-3", BODY, "Authorization", "Bearer " + API_KEY).status())
			.isEqualTo(401);
		assertThat(http.send("PUT", "/v1/customer_profiles/p-3", BODY, "Authorization", API_KEY).status())
			.isEqualTo(401);
	}

	@Test
	void aRequestWithoutCredentialsIsUnauthorized() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_sessions/s-1", "{}", new String[0]);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.json().path("message").asString()).isEqualTo("Unauthorized - missing credentials");
		assertThat(simulator.session("s-1")).isEmpty();
	}

	@Test
	void aContentSignatureOfTheExactBodyIsAccepted() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_profiles/p-4", BODY, "Content-Signature",
				"signer=7; signature=" + RawHttp.sign(BODY, APPLICATION_KEY));

		assertThat(answer.status()).isEqualTo(200);
	}

	@Test
	void theProxyVariantWithoutSpaceAndUppercaseHexIsAccepted() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_profiles/p-5", BODY, "Content-Signature",
				"signer=7;signature=" + RawHttp.sign(BODY, APPLICATION_KEY).toUpperCase());

		assertThat(answer.status()).isEqualTo(200);
	}

	@Test
	void aSignatureOfOtherBytesIsUnauthorized() {
		String signedBody = "{\"attributes\": {\"tier\": \"gold\"}}"; // the same JSON, other bytes
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_profiles/p-6", BODY, "Content-Signature",
				"signer=7; signature=" + RawHttp.sign(signedBody, APPLICATION_KEY));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.json().path("message").asString()).isEqualTo("Unauthorized - Invalid Content-Signature");
		assertThat(answer.json().path("errors").get(0).path("title").asString()).isEqualTo("signature mismatch");
		assertThat(simulator.profile("p-6")).isEmpty();
	}

	@Test
	void aSignatureWithAnotherKeyOrSignerIsUnauthorized() {
		String otherKey = RawHttp.sign(BODY, "ffeeddccbbaa99887766554433221100");
		assertThat(http.send("PUT", "/v1/customer_profiles/p-7", BODY, "Content-Signature",
				"signer=7; signature=" + otherKey).status()).isEqualTo(401);
		RawHttp.Answer wrongSigner = http.send("PUT", "/v1/customer_profiles/p-7", BODY, "Content-Signature",
				"signer=8; signature=" + RawHttp.sign(BODY, APPLICATION_KEY));
		assertThat(wrongSigner.status()).isEqualTo(401);
		assertThat(wrongSigner.json().path("errors").get(0).path("title").asString()).isEqualTo("unknown signer");
		assertThat(http.send("PUT", "/v1/customer_profiles/p-7", BODY, "Content-Signature", "garbage").status())
			.isEqualTo(401);
	}

	@Test
	void theRealClientAuthenticatesWithEitherScheme() {
		IntegrationState withKey = TalonClients
			.builder(simulator, TalonCredentials.apiKey(API_KEY), TalonClients.PATIENT_READ_TIMEOUT)
			.build()
			.updateCustomerProfile("p-8", NewCustomerProfile.of(Map.of("name", "Zoë ünicode")))
			.block(TalonClients.WAIT);
		IntegrationState signed = TalonClients
			.builder(simulator, TalonCredentials.contentSignature("7", APPLICATION_KEY), TalonClients.PATIENT_READ_TIMEOUT)
			.build()
			.updateCustomerProfile("p-8", NewCustomerProfile.of(Map.of("city", "Köln")))
			.block(TalonClients.WAIT);

		assertThat(withKey.profile().attributes()).containsEntry("name", "Zoë ünicode");
		assertThat(signed.profile().attributes()).containsEntry("name", "Zoë ünicode").containsEntry("city", "Köln");
	}

	@Test
	void theClientReportsARejectedKeyAsAnAuthenticationFailure() {
		assertThatThrownBy(() -> TalonClients
			.builder(simulator, TalonCredentials.apiKey("not-the-key"), TalonClients.PATIENT_READ_TIMEOUT)
			.build()
			.updateCustomerProfile("p-9", NewCustomerProfile.of(Map.of()))
			.block(TalonClients.WAIT))
			.isInstanceOfSatisfying(TalonAuthenticationException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getMessage()).contains("Unauthorized - Invalid API key").doesNotContain("not-the-key");
			});
	}

	@Test
	void aSchemeThatIsNotConfiguredIsRefused() {
		try (TalonSimulator signatureOnly = TalonSimulator
			.start(TalonSimulatorConfig.defaults().application(3, APPLICATION_KEY).apiKey(null))) {
			RawHttp raw = new RawHttp(signatureOnly);
			assertThat(raw.send("PUT", "/v1/customer_profiles/p", BODY, "Authorization",
					"ApiKey-v1 " + TalonSimulatorConfig.DEFAULT_API_KEY).status()).isEqualTo(401);
			assertThat(raw.send("PUT", "/v1/customer_profiles/p", BODY, "Content-Signature",
					"signer=3; signature=" + RawHttp.sign(BODY, APPLICATION_KEY)).status()).isEqualTo(200);
		}
	}

	@Test
	void theConfigurationNeverShowsAKey() {
		assertThat(simulator.config().toString()).doesNotContain(API_KEY).doesNotContain(APPLICATION_KEY);
		assertThat(simulator.toString()).doesNotContain(API_KEY).doesNotContain(APPLICATION_KEY);
	}

}
