package dev.talon.spring.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.Headers;

/**
 * Checks a request's credentials like Talon.One: {@code Authorization: ApiKey-v1 <key>}, or
 * {@code Content-Signature: signer=<applicationId>; signature=<hex HMAC-MD5 of the raw body>} keyed with the
 * hex-decoded application key. A request that carries an {@code Authorization} header is judged by it alone. Problems
 * never repeat what the request presented, so no key ends up in an answer or a log.
 */
final class Authenticator {

	static final String AUTHORIZATION = "Authorization";

	static final String CONTENT_SIGNATURE = "Content-Signature";

	private static final String API_KEY_PREFIX = "ApiKey-v1 ";

	private final byte[] apiKey;

	private final String applicationId;

	private final SecretKeySpec applicationKey;

	Authenticator(TalonSimulatorConfig config) {
		this.apiKey = (config.apiKey() != null) ? config.apiKey().getBytes(StandardCharsets.US_ASCII) : null;
		this.applicationId = Long.toString(config.applicationId());
		this.applicationKey = (config.applicationKey() != null)
				? new SecretKeySpec(HexFormat.of().parseHex(config.applicationKey()), "HmacMD5") : null;
	}

	/**
	 * Checks the credentials of a request.
	 * @param headers the request headers
	 * @param body the exact bytes of the request body
	 * @return {@code null} when the request is authenticated, otherwise the 401 answer to give
	 */
	SimulatorApiException check(Headers headers, byte[] body) {
		String authorization = headers.getFirst(AUTHORIZATION);
		if (authorization != null) {
			return checkApiKey(authorization.strip());
		}
		String signature = headers.getFirst(CONTENT_SIGNATURE);
		if (signature != null) {
			return checkSignature(signature, body);
		}
		return unauthorized("Unauthorized - missing credentials", Violation.inHeader(AUTHORIZATION,
				"missing credentials", "send 'Authorization: ApiKey-v1 <key>' or 'Content-Signature: signer=<application "
						+ "id>; signature=<hex HMAC-MD5 of the body>'"));
	}

	private SimulatorApiException checkApiKey(String authorization) {
		if (!authorization.regionMatches(true, 0, API_KEY_PREFIX, 0, API_KEY_PREFIX.length())) {
			return unauthorized("Unauthorized - Invalid API key", Violation.inHeader(AUTHORIZATION,
					"unsupported authorization scheme", "the Integration API expects 'Authorization: ApiKey-v1 <key>'"));
		}
		byte[] presented = authorization.substring(API_KEY_PREFIX.length()).strip()
			.getBytes(StandardCharsets.US_ASCII);
		if (this.apiKey == null || !MessageDigest.isEqual(this.apiKey, presented)) {
			return unauthorized("Unauthorized - Invalid API key",
					Violation.inHeader(AUTHORIZATION, "invalid API key", "the API key is not valid for this application"));
		}
		return null;
	}

	private SimulatorApiException checkSignature(String header, byte[] body) {
		String signer = null;
		String signature = null;
		for (String part : header.split(";")) {
			int equals = part.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String name = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
			String value = part.substring(equals + 1).strip();
			if (name.equals("signer")) {
				signer = value;
			}
			else if (name.equals("signature")) {
				signature = value;
			}
		}
		if (signer == null || signature == null) {
			return unauthorized("Unauthorized - Invalid Content-Signature", Violation.inHeader(CONTENT_SIGNATURE,
					"malformed Content-Signature", "expected 'signer=<application id>; signature=<hex HMAC-MD5>'"));
		}
		if (this.applicationKey == null || !this.applicationId.equals(signer)) {
			return unauthorized("Unauthorized - Invalid Content-Signature", Violation.inHeader(CONTENT_SIGNATURE,
					"unknown signer", "the signer is not an application this simulator knows"));
		}
		byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			return unauthorized("Unauthorized - Invalid Content-Signature", Violation.inHeader(CONTENT_SIGNATURE,
					"signature mismatch", "the signature is not the HMAC-MD5 of the body with the application's key"));
		}
		return null;
	}

	private String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacMD5");
			mac.init(this.applicationKey);
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacMD5 is not available in this JVM", ex);
		}
	}

	private static SimulatorApiException unauthorized(String message, Violation violation) {
		return new SimulatorApiException(401, message, List.of(violation));
	}

}
