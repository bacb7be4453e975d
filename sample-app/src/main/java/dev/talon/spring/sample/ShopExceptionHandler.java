package dev.talon.spring.sample;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Answers every error of the shop's endpoints as an RFC 9457 problem detail ({@code application/problem+json}):
 * {@link ShopException}s with their extra members (a 503 says when to try again), and, through Spring's
 * {@link ResponseEntityExceptionHandler}, the requests Spring WebFlux refuses before a controller runs (405, 415, a
 * missing or unreadable body, a query parameter of the wrong type, a body value of the wrong JSON type, which the shop
 * does not convert: {@link ShopJsonConfiguration}), whose detail names the field or parameter of the request in the
 * customer's terms instead of quoting Jackson or Spring, and the value it was when that helps ("lines[0].quantity must
 * be a whole number but was 1.5").
 */
@RestControllerAdvice
class ShopExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(ShopException.class)
	ResponseEntity<ProblemDetail> shopException(ShopException ex) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.getStatus());
		if (ex.getStatus() == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(ShopException.RETRY_AFTER_SECONDS));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatus(), ex.getMessage());
		ex.getProperties().forEach(problem::setProperty);
		return answer.body(problem);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, inputDetail(ex));
		return handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	/** What is wrong with the request, naming its field or parameter. */
	private static String inputDetail(ServerWebInputException ex) {
		MethodParameter parameter = ex.getMethodParameter();
		if (ex.getCause() instanceof TypeMismatchException mismatch && parameter != null) {
			Class<?> type = parameter.getParameterType();
			return parameter.getParameterName() + " must be "
					+ (whole(type) ? "a whole number" : "a " + type.getSimpleName()) + " but was '" + mismatch.getValue()
					+ "'";
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		if (cause instanceof JacksonException json) {
			String field = json.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			if (field.isEmpty()) {
				return "The body must be a JSON object";
			}
			if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
				// a value of another JSON type, which the shop does not convert (ShopJsonConfiguration)
				return field + " must be " + jsonType(mismatch.getTargetType()) + received(mismatch);
			}
			if (json instanceof InputCoercionException) {
				// a number beyond the field's Java type (the whole numbers of the shop's bodies are BigIntegers, which
				// take any size to the field's own range check)
				return field + " is out of range";
			}
			return field + " is not readable";
		}
		if (parameter != null && parameter.hasParameterAnnotation(RequestBody.class)) {
			return "The body must be a JSON object";
		}
		return (ex.getReason() != null) ? ex.getReason() : "The request is not valid";
	}

	/**
	 * What the body had instead, when Jackson tells: the value of a number, string or {@code true}/{@code false} whose
	 * conversion it refused. (Jackson's own refusal of a string for an int keeps no value: then nothing. The shop's
	 * whole numbers are read by ShopJsonConfiguration.WholeNumberDeserializer, which keeps it.)
	 */
	private static String received(MismatchedInputException mismatch) {
		return (mismatch instanceof InvalidFormatException invalid) ? " but was " + json(invalid.getValue()) : "";
	}

	/** A value as it was in the JSON body: a string in quotes, a number or {@code true} as it was. */
	private static String json(Object value) {
		return (value instanceof CharSequence text) ? "\"" + text + "\"" : String.valueOf(value);
	}

	private static boolean whole(Class<?> type) {
		return type == int.class || type == long.class || type == short.class || type == byte.class
				|| type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
				|| type == BigInteger.class;
	}

	private static String jsonType(Class<?> type) {
		if (whole(type)) {
			return "a whole number";
		}
		if (Map.class.isAssignableFrom(type)) {
			return "a JSON object";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a JSON array";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		return (type == String.class) ? "a string" : "a JSON object";
	}

}
