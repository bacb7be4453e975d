package dev.talon.spring.benchmarks.clients;

import java.net.URI;

import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * (2) What a team would write without the starter: a plain {@link WebClient} with the same Jackson 3 mapping
 * ({@link TalonJson#mapper()}) and the same models, default connector (Reactor Netty), no retries, no timeout, no
 * metrics. Named {@code webclient-v2}, it makes the v2 session update ({@code PUT /v2/customer_sessions/{id}}) of the
 * same cart, read as an {@code IntegrationStateV2}.
 */
final class PlainWebClient implements BenchClient {

	private final WebClient webClient;

	private final NewCustomerSession session = Fixtures.session();

	private final IntegrationRequest sessionV2 = Fixtures.sessionV2();

	private final boolean v2;

	PlainWebClient(URI baseUrl, ClientHttpConnector connector, boolean v2) {
		this.v2 = v2;
		JsonMapper json = TalonJson.mapper();
		this.webClient = BenchClient.webClientBuilder(connector)
			.baseUrl(baseUrl.toString())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey-v1 " + Fixtures.API_KEY)
			.codecs((codecs) -> {
				codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(json));
				codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(json));
			})
			.build();
	}

	@Override
	public String name() {
		return this.v2 ? "webclient-v2" : "webclient";
	}

	@Override
	public Mono<?> call(String sessionId) {
		if (this.v2) {
			return this.webClient.put()
				.uri("/v2/customer_sessions/{customerSessionId}", sessionId)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.bodyValue(this.sessionV2)
				.retrieve()
				.bodyToMono(IntegrationStateV2.class);
		}
		return this.webClient.put()
			.uri("/v1/customer_sessions/{customerSessionId}", sessionId)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(this.session)
			.retrieve()
			.bodyToMono(IntegrationState.class);
	}

}
