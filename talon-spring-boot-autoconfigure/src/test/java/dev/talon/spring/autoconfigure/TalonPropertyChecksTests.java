package dev.talon.spring.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link TalonPropertyChecks} under another prefix than {@code talon}, as for the properties of one of several
 * Talon.One Applications: every message names the full property. (The checks themselves are covered with real
 * application contexts in {@link TalonAutoConfigurationTests}.)
 */
class TalonPropertyChecksTests {

	private final TalonPropertyChecks checks = new TalonPropertyChecks("talon.applications.eu");

	@Test
	void messagesNameTheFullProperty() {
		assertThatExceptionOfType(InvalidTalonPropertiesException.class)
			.isThrownBy(() -> this.checks.baseUrl("https://eu.talon.one/v1"))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("talon.applications.eu.base-url"))
			.withMessageContaining("Drop /v1 from talon.applications.eu.base-url: set it to https://eu.talon.one.");
		assertThatExceptionOfType(InvalidTalonPropertiesException.class)
			.isThrownBy(() -> this.checks.credentials("${TALON_EU_API_KEY}", null, null))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("talon.applications.eu.api-key"))
			.satisfies((ex) -> assertThat(ex.isMissing()).isTrue())
			.withMessageContaining("talon.applications.eu.api-key refers to ${TALON_EU_API_KEY}");
		assertThatExceptionOfType(InvalidTalonPropertiesException.class)
			.isThrownBy(() -> this.checks.credentials(null, "-5", "00ff"))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("talon.applications.eu.application-id"));
		assertThatExceptionOfType(InvalidTalonPropertiesException.class)
			.isThrownBy(() -> this.checks.timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1)))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("talon.applications.eu.timeout"))
			.withMessageContaining("talon.applications.eu.timeout (1s) is shorter than "
					+ "talon.applications.eu.read-timeout (2s)");
		assertThatExceptionOfType(InvalidTalonPropertiesException.class)
			.isThrownBy(() -> this.checks.timeout("connect-timeout", Duration.ofMillis(3)))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("talon.applications.eu.connect-timeout"));
	}

	@Test
	void validValuesPass() {
		assertThat(this.checks.baseUrl(" https://gateway.example.com/talon/ ")).hasPath("/talon/");
		assertThat(this.checks.credentials(null, "42", "00ff")).hasToString("ContentSignature[applicationId=42, "
				+ "applicationKey=******]");
		assertThat(this.checks.resolved("api-key", null)).isNull();
		assertThat(this.checks.timeout("timeout", Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(10));
	}

	@Test
	void aPrefixMustBeAPropertyPrefix() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TalonPropertyChecks("talon."));
		assertThatIllegalArgumentException().isThrownBy(() -> new TalonPropertyChecks(" "));
	}

	@Test
	void durationsAreShownAsTheyAreWritten() {
		assertThat(TalonPropertyChecks.format(Duration.ofMillis(5))).isEqualTo("5ms");
		assertThat(TalonPropertyChecks.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
		assertThat(TalonPropertyChecks.format(Duration.ofSeconds(2))).isEqualTo("2s");
		assertThat(TalonPropertyChecks.format(Duration.ZERO)).isEqualTo("0ms");
		assertThat(TalonPropertyChecks.format(Duration.ofSeconds(-1))).isEqualTo("-1s");
		assertThat(TalonPropertyChecks.format(Duration.ofNanos(1500))).isEqualTo("1500ns");
	}

}
