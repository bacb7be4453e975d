package dev.talon.spring.benchmarks.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for Talon.One on loopback that costs as little as possible: it answers
 * {@code PUT /v1/customer_sessions/{id}} with the same pre-encoded {@code IntegrationState} (about 2.2 KB: a session
 * with 5 cart items, a profile, an event with 3 v1 effects), and {@code PUT /v2/customer_sessions/{id}} with the same
 * cart as a pre-encoded {@code IntegrationStateV2} (session, profile, 3 v2 effects), after reading the request body.
 * Two listeners: one answers at once (CPU-cost scenario), the other after {@value #REALISTIC_DELAY_MILLIS} ms, waited
 * for on a timer ({@code Mono.delay}), never on a blocked thread (a Talon.One in another data centre). {@code GET /stats} answers
 * {@code requests=<n> cpuNanos=<process CPU time> connections=<open now> opened=<ever>}, so a harness can tell what
 * the server itself costs and how many connections a client keeps open.
 * <p>
 * Run in its own JVM ({@code main}) so that its threads, heap and allocations are not counted as the client's.
 */
public final class CannedServer implements AutoCloseable {

	/** The delay of the realistic-latency listener. */
	public static final int REALISTIC_DELAY_MILLIS = 20;

	private static final String SESSION_PATH = "/v1/customer_sessions/";

	private static final String SESSION_PATH_V2 = "/v2/customer_sessions/";

	private static final String RESOURCE = "/dev/talon/spring/benchmarks/integration-state.json";

	private static final String RESOURCE_V2 = "/dev/talon/spring/benchmarks/integration-state-v2.json";

	private final ByteBuf body;

	private final String contentLength;

	private final ByteBuf bodyV2;

	private final String contentLengthV2;

	private final LongAdder requests = new LongAdder();

	private final LongAdder connections = new LongAdder();

	private final LongAdder opened = new LongAdder();

	private final boolean capture;

	private volatile CapturedRequest lastRequest;

	private final DisposableServer immediate;

	private final DisposableServer delayed;

	private CannedServer(String host, int immediatePort, int delayedPort, boolean capture) {
		this.capture = capture;
		byte[] bytes = cannedIntegrationState();
		// one direct buffer, never released: each answer writes a duplicate of it (no copy, no encoding)
		this.body = Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes));
		this.contentLength = Integer.toString(bytes.length);
		byte[] bytesV2 = cannedIntegrationStateV2();
		this.bodyV2 = Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytesV2.length).writeBytes(bytesV2));
		this.contentLengthV2 = Integer.toString(bytesV2.length);
		this.immediate = listen(host, immediatePort, null);
		this.delayed = listen(host, delayedPort, Duration.ofMillis(REALISTIC_DELAY_MILLIS));
	}

	static {
		// Reactor Netty's server up to 1.3.7 may stop reading a keep-alive connection whose next request arrives
		// before it has finished with the previous one (reactor/reactor-netty#4347): a benchmark client would wait on
		// it for ever (or time out). This property of Reactor Netty, read when its first server starts, ends the
		// previous request first. Set here, so that a server started in a JMH fork has it too.
		System.getProperties().putIfAbsent("reactor.netty.http.server.lastFlushWhenNoRead", "true");
	}

	/**
	 * Starts both listeners on {@code 127.0.0.1}, on free ports.
	 * @return the running server
	 */
	public static CannedServer start() {
		return new CannedServer("127.0.0.1", 0, 0, false);
	}

	/**
	 * Starts both listeners on {@code 127.0.0.1}, on free ports, keeping the last session update received (for tests
	 * that compare what the clients send; this costs the server a copy of each body).
	 * @return the running server
	 */
	public static CannedServer startCapturing() {
		return new CannedServer("127.0.0.1", 0, 0, true);
	}

	/**
	 * A session update as the server received it.
	 * @param uri the request's URI
	 * @param authorization its {@code Authorization} header
	 * @param contentType its {@code Content-Type} header
	 * @param body its body
	 */
	public record CapturedRequest(String uri, String authorization, String contentType, String body) {

	}

	/**
	 * The last session update received, when {@linkplain #startCapturing() capturing}.
	 * @return the request, or {@code null}
	 */
	public CapturedRequest lastRequest() {
		return this.lastRequest;
	}

	/**
	 * The canned answer, minified: what every {@code PUT /v1/customer_sessions/{id}} returns.
	 * @return the JSON bytes
	 */
	public static byte[] cannedIntegrationState() {
		return canned(RESOURCE);
	}

	/**
	 * The canned v2 answer, minified: what every {@code PUT /v2/customer_sessions/{id}} returns.
	 * @return the JSON bytes
	 */
	public static byte[] cannedIntegrationStateV2() {
		return canned(RESOURCE_V2);
	}

	private static byte[] canned(String resource) {
		try (InputStream in = CannedServer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing");
			}
			JsonMapper json = JsonMapper.builder().build();
			return json.writeValueAsBytes(json.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DisposableServer listen(String host, int port, Duration delay) {
		return HttpServer.create()
			.host(host)
			.port(port)
			.doOnChannelInit((observer, channel, address) -> {
				this.connections.increment();
				this.opened.increment();
				channel.closeFuture().addListener((closed) -> this.connections.decrement());
			})
			.handle((request, response) -> handle(request, response, delay))
			.bindNow();
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response, Duration delay) {
		boolean v2 = request.uri().startsWith(SESSION_PATH_V2);
		if (request.method() == HttpMethod.PUT && (v2 || request.uri().startsWith(SESSION_PATH))) {
			this.requests.increment();
			Mono<Void> received = !this.capture ? request.receive().then()
					: request.receive().aggregate().asString().defaultIfEmpty("").doOnNext((body) -> this.lastRequest =
							new CapturedRequest(request.uri(), request.requestHeaders().get("Authorization"),
									request.requestHeaders().get("Content-Type"), body)).then();
			Mono<?> ready = (delay != null) ? received.then(Mono.delay(delay)) : received;
			return ready.then(Mono.defer(() -> response.status(HttpResponseStatus.OK)
				.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
				.header(HttpHeaderNames.CONTENT_LENGTH, v2 ? this.contentLengthV2 : this.contentLength)
				.sendObject(v2 ? this.bodyV2.duplicate() : this.body.duplicate())
				.then()));
		}
		if (request.method() == HttpMethod.GET && request.uri().equals("/stats")) {
			return response.header(HttpHeaderNames.CONTENT_TYPE, "text/plain").sendString(Mono.just(stats()));
		}
		return response.status(HttpResponseStatus.NOT_FOUND).send();
	}

	private String stats() {
		long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return "requests=" + this.requests.sum() + " cpuNanos=" + cpu + " connections=" + this.connections.sum()
				+ " opened=" + this.opened.sum();
	}

	/**
	 * The base URL of the listener that answers at once.
	 * @return the URL
	 */
	public URI immediateUrl() {
		return URI.create("http://" + this.immediate.host() + ":" + this.immediate.port());
	}

	/**
	 * The base URL of the listener that answers after {@value #REALISTIC_DELAY_MILLIS} ms.
	 * @return the URL
	 */
	public URI delayedUrl() {
		return URI.create("http://" + this.delayed.host() + ":" + this.delayed.port());
	}

	/**
	 * How many session updates were answered or are being answered.
	 * @return the number of requests
	 */
	public long requests() {
		return this.requests.sum();
	}

	@Override
	public void close() {
		this.immediate.disposeNow();
		this.delayed.disposeNow();
	}

	/**
	 * Runs the server until it is killed, or, with {@code --exit-on-stdin-eof}, until its standard input closes (so
	 * that it dies with the JVM that started it). Prints one line:
	 * {@code CANNED-SERVER immediate=<url> delayed=<url>}.
	 * @param args {@code [--exit-on-stdin-eof]}
	 * @throws Exception when interrupted
	 */
	public static void main(String[] args) throws Exception {
		CannedServer server = start();
		System.out.println("CANNED-SERVER immediate=" + server.immediateUrl() + " delayed=" + server.delayedUrl());
		System.out.flush();
		CountDownLatch stop = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
		if (args.length > 0 && args[0].equals("--exit-on-stdin-eof")) {
			while (System.in.read() >= 0) {
				// wait for the parent to go away
			}
			server.close();
			System.exit(0);
		}
		stop.await();
	}

}
