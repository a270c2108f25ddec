package org.warmpath.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into RFC 9457 problem+json, so no response ever
 * carries a stack trace or a class name.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				errors.isEmpty() ? "The request body is invalid"
						: errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()), "message",
						String.valueOf(e.getDefaultMessage()))))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				errors.isEmpty() ? "Invalid parameters"
						: errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Parameter '" + ex.getName() + "' has an invalid value '" + ex.getValue() + "'");
		problem.setProperty("field", ex.getName());
		return problem;
	}

	/**
	 * A multipart body that cannot be parsed (cut short, no boundary, a broken part) is
	 * the client's error, not ours; found by {@code HttpFuzzTests}. Too large an upload
	 * ({@code MaxUploadSizeExceededException}) stays a 413 (the closer handler in the
	 * superclass).
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformedMultipart(MultipartException ex) {
		log.debug("Malformed multipart body: {}", ex.getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-multipart", "Malformed multipart body",
				"The multipart/form-data body could not be read; send the CSV as the 'file' part of a well-formed upload, or as text/csv");
		problem.setProperty("field", "file");
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		String field = ex.getConstraintViolations()
			.stream()
			.findFirst()
			.map(v -> v.getPropertyPath().toString())
			.orElse("");
		String message = ex.getConstraintViolations().stream().findFirst().map(v -> v.getMessage()).orElse("invalid");
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				field + ": " + message);
		problem.setProperty("field", field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field);
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You are not allowed to do this with the role you have");
	}

	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class,
			TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
					"The graph database is not answering; try again shortly"));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; it has been logged");
	}

}
