package org.warmpath.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.warmpath.embedded.DatabaseAvailability;
import org.warmpath.problems.Problems;
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

	private final DatabaseAvailability availability;

	ApiExceptionHandler(DatabaseAvailability availability) {
		this.availability = availability;
	}

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
			TransientDataAccessException.class, DataAccessResourceFailureException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		if (ex instanceof CannotCreateTransactionException && !DatabaseAvailability.isUnreachable(ex)) {
			return unexpectedEntity(ex);
		}
		this.availability.reportFailure(ex);
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(databaseUnavailableProblem());
	}

	/**
	 * The problem for "the graph database cannot be reached", also written by the
	 * security filters, which run before this handler.
	 */
	public static ProblemDetail databaseUnavailableProblem() {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
				"The graph database is not answering; try again shortly");
	}

	/** Seconds a client should wait before retrying a 503. */
	public static final String RETRY_AFTER_SECONDS = "2";

	/**
	 * A transaction that ran past {@code warmpath.neo4j.transaction-timeout} (or its own
	 * timeout): Neo4j terminates it, the answer is 503, not 500.
	 */
	@ExceptionHandler(ClientException.class)
	ResponseEntity<Object> clientError(ClientException ex) {
		if (ex.code() != null && ex.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
			return queryTimeout(ex);
		}
		return unexpectedEntity(ex);
	}

	private ResponseEntity<Object> queryTimeout(Exception ex) {
		log.warn("Query timed out: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query took too long",
					"The database query ran past its time limit and was stopped"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (DatabaseAvailability.isUnreachable(ex)) {
			return databaseUnavailable(new DataAccessResourceFailureException(ex.getMessage(), ex));
		}
		for (Throwable t = ex; t != null; t = (t == t.getCause()) ? null : t.getCause()) {
			// a transient error that outlived its retries, wrapped (Spring's
			// TransactionSystemException from a failed commit)
			if (t instanceof TransientException te) {
				return databaseUnavailable(te);
			}
			// the same two failures from the embedded database's own transactions
			// (cypher.Writes): a timed-out transaction, a transient error past its
			// retries
			if (t instanceof Status.HasStatus s) {
				Status status = s.status();
				if (status == Status.Transaction.TransactionTimedOut
						|| status == Status.Transaction.TransactionTimedOutClientConfiguration) {
					return queryTimeout(ex);
				}
				if (status.code().classification() == Status.Classification.TransientError) {
					return databaseUnavailable(ex);
				}
			}
		}
		return unexpectedEntity(ex);
	}

	private ResponseEntity<Object> unexpectedEntity(Exception ex) {
		log.error("Unexpected error", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
					"Something went wrong on our side; it has been logged"));
	}

}
