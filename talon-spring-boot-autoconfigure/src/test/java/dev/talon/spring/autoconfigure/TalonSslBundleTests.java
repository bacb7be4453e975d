package dev.talon.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonTransportException;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SSL bundle of an Application ({@code ssl.bundle}): a Talon.One (or a gateway in front of it) on loopback with a
 * self-signed certificate, generated for the test with the JDK's {@code keytool}, is trusted through a
 * {@code spring.ssl.bundle.*} bundle by the Application that names it, and by no other.
 */
class TalonSslBundleTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String PASSWORD = "changeit";

	private static final String EU_KEY = "eu-api-key-5c1f0a";

	private static final String UK_KEY = "uk-api-key-93be27";

	@TempDir
	static Path directory;

	static Path keystore;

	static WireMockServer talon;

	@BeforeAll
	static void startSelfSignedServer() throws Exception {
		keystore = directory.resolve("talon.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "talon", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
			.redirectErrorStream(true)
			.start();
		String output = new String(keytool.getInputStream().readAllBytes());
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool ended").isTrue();
		assertThat(keytool.exitValue()).as(output).isZero();
		talon = new WireMockServer(wireMockConfig().httpDisabled(true)
			.dynamicHttpsPort()
			.bindAddress("127.0.0.1")
			.keystorePath(keystore.toString())
			.keystoreType("PKCS12")
			.keystorePassword(PASSWORD)
			.keyManagerPassword(PASSWORD));
		talon.start();
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
	}

	@AfterAll
	static void stopServer() {
		talon.stop();
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class, SslAutoConfiguration.class,
					HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
					WebClientAutoConfiguration.class, TalonAutoConfiguration.class))
			.withPropertyValues("talon.base-url=https://localhost:" + talon.httpsPort(),
					"talon.applications.eu.api-key=" + EU_KEY, "talon.applications.uk.api-key=" + UK_KEY,
					"talon.retry.enabled=false", "spring.ssl.bundle.jks.talon-gateway.truststore.location=file:"
							+ keystore,
					"spring.ssl.bundle.jks.talon-gateway.truststore.password=" + PASSWORD,
					"spring.ssl.bundle.jks.talon-gateway.truststore.type=PKCS12");
	}

	private static IntegrationState updateSession(TalonClients clients, String application, String cartId) {
		return clients.get(application).updateCustomerSession(cartId, NewCustomerSession.builder().build()).block(TIMEOUT);
	}

	@Test
	void onlyTheApplicationThatNamesTheBundleTrustsTheServer() {
		runner().withPropertyValues("talon.applications.eu.ssl.bundle=talon-gateway").run((context) -> {
			TalonClients clients = context.getBean(TalonClients.class);
			assertThat(updateSession(clients, "eu", "cart-eu").effects()).isNotEmpty();
			talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-eu"))
				.withHeader("Authorization", equalTo("ApiKey-v1 " + EU_KEY)));
			assertThatExceptionOfType(TalonTransportException.class)
				.isThrownBy(() -> updateSession(clients, "uk", "cart-uk"))
				.satisfies((ex) -> assertThat(ex).rootCause()
					.hasMessageContaining("unable to find valid certification path"))
				.satisfies((ex) -> assertThat(ex.isRequestSent()).as("refused in the TLS handshake, before the request")
					.isFalse())
				.withMessageContaining("could not connect to Talon.One");
			talon.verify(0, putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-uk")));
		});
	}

	@Test
	void theTopLevelBundleIsInheritedAndABlankOneTurnsItOff() {
		runner().withPropertyValues("talon.ssl.bundle=talon-gateway", "talon.applications.uk.ssl.bundle=")
			.run((context) -> {
				TalonClients clients = context.getBean(TalonClients.class);
				assertThat(updateSession(clients, "eu", "cart-eu").effects()).isNotEmpty();
				assertThatExceptionOfType(TalonTransportException.class)
					.isThrownBy(() -> updateSession(clients, "uk", "cart-uk"));
			});
	}

}
