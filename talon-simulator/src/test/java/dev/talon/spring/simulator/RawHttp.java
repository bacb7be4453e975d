package dev.talon.spring.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import java.util.HexFormat;

import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends hand-written requests to a simulator with the JDK's HTTP client, so that tests control every header and
 * byte (the Talon.One client would refuse to send most invalid bodies).
 */
final class RawHttp {

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final TalonSimulator simulator;

	RawHttp(TalonSimulator simulator) {
		this.simulator = simulator;
	}

	/** A request authenticated with the simulator's API key. */
	Answer send(String method, String path, String body) {
		return send(method, path, body, "Authorization", "ApiKey-v1 " + this.simulator.config().apiKey());
	}

	/** A request with the given headers (name, value, name, value, ...). */
	Answer send(String method, String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.simulator.baseUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A request authenticated with the simulator's API key, sent without waiting for its answer (for a request held by
	 * a latency while the test goes on).
	 */
	CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.simulator.baseUrl() + path))
			.header("Authorization", "ApiKey-v1 " + this.simulator.config().apiKey())
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The lowercase hex HMAC-MD5 of the body keyed with the hex-decoded key, computed independently of the simulator. */
	static String sign(String body, String hexKey) {
		try {
			Mac mac = Mac.getInstance("HmacMD5");
			mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacMD5"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An answer.
	 *
	 * @param status the status
	 * @param body the body text
	 * @param response the full response
	 */
	record Answer(int status, String body, HttpResponse<String> response) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The {@code source.pointer}s of the errors, in order. */
		List<String> pointers() {
			List<String> pointers = new ArrayList<>();
			for (JsonNode error : json().path("errors")) {
				pointers.add(error.path("source").path("pointer").asString());
			}
			return pointers;
		}

	}

}
