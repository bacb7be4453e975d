package dev.talon.spring.client;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The checks of {@link TalonCredentials}: a Talon.One application id is a positive integer (the 2017 spec's
 * {@code applicationId} is an integer; ids start at 1), refused otherwise before any request.
 */
class TalonCredentialsTests {

	@ParameterizedTest
	@ValueSource(strings = { "-5", "0", "00", "4.2", "shop-eu", "42;", "+42", "1 2", "99999999999999999999" })
	void anApplicationIdThatIsNotAPositiveIntegerIsRefused(String applicationId) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TalonCredentials.contentSignature(applicationId, TalonFixtures.APPLICATION_KEY))
			.withMessageStartingWith("applicationId must be a positive integer, the id of a Talon.One Application "
					+ "such as 42, but was '")
			.withMessageNotContaining(TalonFixtures.APPLICATION_KEY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "42", " 42 ", "007", "999999999999999999" })
	void aPositiveIntegerIsTheSigner(String applicationId) {
		assertThat(TalonCredentials.contentSignature(applicationId, TalonFixtures.APPLICATION_KEY))
			.hasToString("ContentSignature[applicationId=" + applicationId.strip() + ", applicationKey=******]");
	}

}
