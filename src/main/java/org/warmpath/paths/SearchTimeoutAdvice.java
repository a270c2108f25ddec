package org.warmpath.paths;

import java.util.Map;

import org.warmpath.problems.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A graph search past its time budget, wherever it ran (mentor recommendations, the
 * mentoring desk, anything built on the kernels): 503 with {@code Retry-After}, not 500.
 *
 * <p>
 * Why an advice of its own: the path API answers this itself with advice on its own
 * parameters, but other endpoints search too, and under load a search can run past its
 * budget (the 64-client load test saw a mentor recommendation answer 500 "Unexpected
 * error"). Ordered first so that the catch-all handler in {@code web} does not take it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SearchTimeoutAdvice {

	@ExceptionHandler(SearchTimeoutException.class)
	ErrorResponseException timeout(SearchTimeoutException ex) {
		return problem("The graph search ran past its time budget; try again shortly");
	}

	/** The one problem for a search past its budget, with the detail given. */
	static ErrorResponseException problem(String detail) {
		ErrorResponseException problem = Problems.exception(HttpStatus.SERVICE_UNAVAILABLE,
				"search-time-budget-exceeded", "Search took too long", detail, Map.of());
		problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
		return problem;
	}

}
