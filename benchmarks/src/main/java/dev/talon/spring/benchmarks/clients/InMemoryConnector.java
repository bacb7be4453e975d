package dev.talon.spring.benchmarks.clients;

import java.net.URI;
import java.util.function.Function;

import dev.talon.spring.benchmarks.server.CannedServer;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.AbstractClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A {@link ClientHttpConnector} without a network: it lets
 * {@link org.springframework.web.reactive.function.client.WebClient} write the request body as usual, releases it,
 * and answers at once, on the caller's thread, with the canned {@code IntegrationState} of {@link CannedServer}. With
 * it, the clients' own work per call (request building, encoding, codecs, decoding, and for the starter:
 * observations, retries, timeouts, sequencing) is measured without the sockets, event loops and server that dominate,
 * and make noisy, every measurement over the network.
 */
public final class InMemoryConnector implements ClientHttpConnector {

	private final byte[] answer = CannedServer.cannedIntegrationState();

	private final byte[] answerV2 = CannedServer.cannedIntegrationStateV2();

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return requestCallback.apply(new Request(method, uri)).then(Mono.fromSupplier(() -> new Response(
				uri.getRawPath().startsWith("/v2/") ? this.answerV2 : this.answer)));
	}

	/** A request that releases what is written to it. */
	private static final class Request extends AbstractClientHttpRequest {

		private final HttpMethod method;

		private final URI uri;

		Request(HttpMethod method, URI uri) {
			this.method = method;
			this.uri = uri;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public DataBufferFactory bufferFactory() {
			return DefaultDataBufferFactory.sharedInstance;
		}

		@Override
		public <T> T getNativeRequest() {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return doCommit(() -> Flux.from(body).doOnNext(DataBufferUtils::release).then());
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return writeWith(Flux.from(body).flatMap(Flux::from));
		}

		@Override
		public Mono<Void> setComplete() {
			return doCommit();
		}

		@Override
		protected void applyHeaders() {
		}

		@Override
		protected void applyCookies() {
		}

	}

	/** The canned answer. */
	private static final class Response implements ClientHttpResponse {

		private final HttpHeaders headers = new HttpHeaders();

		private final byte[] body;

		Response(byte[] body) {
			this.body = body;
			this.headers.setContentType(MediaType.APPLICATION_JSON);
			this.headers.setContentLength(body.length);
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.OK;
		}

		@Override
		public MultiValueMap<String, ResponseCookie> getCookies() {
			return new LinkedMultiValueMap<>();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(this.body));
		}

	}

}
