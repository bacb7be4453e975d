package dev.talon.spring.benchmarks.clients;

import dev.talon.spring.benchmarks.generated.model.IntegrationState;
import dev.talon.spring.benchmarks.server.CannedServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What BENCHMARKS.md says about the okhttp-gson models: they read the canned answer (effects included, thanks to the
 * build-time patch of the spec) but throw on a field the 2017 spec does not know.
 */
class GeneratedClientTests {

	private static final String CANNED = new String(CannedServer.cannedIntegrationState());

	@Test
	void theCannedAnswerFitsTheGeneratedModels() throws Exception {
		IntegrationState state = IntegrationState.fromJson(CANNED);
		assertThat(state.getEvent().getEffects()).hasSize(3);
		assertThat(state.getEvent().getEffects().get(0).get(3)).asList().startsWith("setDiscount");
	}

	@Test
	void anUnknownFieldMakesTheGeneratedModelsThrow() {
		String withUnknownField = CANNED.replace("\"firstSession\":false",
				"\"firstSession\":false,\"updated\":\"2026-11-26T09:41:07Z\"");
		assertThat(withUnknownField).contains("updated");
		assertThatThrownBy(() -> IntegrationState.fromJson(withUnknownField))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("updated");
	}

}
