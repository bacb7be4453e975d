package dev.talon.spring.benchmarks.clients;

import java.net.URI;

import dev.talon.spring.benchmarks.Fixtures;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * (3) The floor of HTTP on this stack: Reactor Netty's {@link HttpClient} (default connection pool) sends the request
 * body serialised once in advance and only parses the answer into a Jackson tree, with no mapping to models.
 */
final class ReactorNettyFloorClient implements BenchClient {

	private final HttpClient http;

	private final byte[] body = Fixtures.sessionBytes();

	private final JsonMapper json = JsonMapper.builder().build();

	ReactorNettyFloorClient(URI baseUrl) {
		String length = Integer.toString(this.body.length);
		this.http = HttpClient.create()
			.baseUrl(baseUrl.toString())
			.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json")
				.set(HttpHeaderNames.ACCEPT, "application/json")
				.set(HttpHeaderNames.AUTHORIZATION, "ApiKey-v1 " + Fixtures.API_KEY)
				.set(HttpHeaderNames.CONTENT_LENGTH, length));
	}

	@Override
	public String name() {
		return "floor";
	}

	@Override
	public Mono<JsonNode> call(String sessionId) {
		return this.http.put()
			.uri(Fixtures.SESSION_PATH + sessionId)
			.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(this.body)))
			.responseSingle((response, content) -> {
				if (response.status().code() != 200) {
					return Mono.error(new IllegalStateException("HTTP " + response.status()));
				}
				return content.asByteArray();
			})
			.map(this.json::readTree);
	}

}
