package dev.talon.spring.sample;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link ShopException}s as RFC 9457 problem details, with the exception's extra members; a 503 says when to
 * try again.
 */
@RestControllerAdvice
class ShopExceptionHandler {

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

}
