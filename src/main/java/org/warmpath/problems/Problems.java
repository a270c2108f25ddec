package org.warmpath.problems;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Builds the RFC 9457 problems WarmPath answers with: a stable {@code type} per kind of
 * problem, a human title, and the offending field or line in extra properties.
 */
public final class Problems {

	/** Prefix of every problem type URI. */
	public static final String BASE = "https://warmpath.org/problems/";

	private Problems() {
	}

	/**
	 * A problem of the given kind.
	 * @param status HTTP status
	 * @param type short stable name, such as {@code person-not-found}
	 * @param title human title
	 * @param detail what happened, in words
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(BASE + type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * An exception that Spring MVC renders as the given problem.
	 * @param status HTTP status
	 * @param type short stable name
	 * @param title human title
	 * @param detail what happened
	 * @param properties extra members of the problem
	 * @return the exception to throw
	 */
	public static ErrorResponseException exception(HttpStatus status, String type, String title, String detail,
			Map<String, ?> properties) {
		ProblemDetail problem = of(status, type, title, detail);
		properties.forEach(problem::setProperty);
		return new ErrorResponseException(status, problem, null);
	}

	/** 404 for an unknown entity. */
	public static ErrorResponseException notFound(String what, String id) {
		return exception(HttpStatus.NOT_FOUND, what + "-not-found", capitalise(what) + " not found",
				"No " + what + " with id '" + id + "'", Map.of("id", id));
	}

	/** 400 for a parameter or field with a bad value. */
	public static ErrorResponseException badRequest(String field, String detail) {
		return exception(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, Map.of("field", field));
	}

	/** 409 for a write that conflicts with the current state. */
	public static ErrorResponseException conflict(String type, String detail) {
		return exception(HttpStatus.CONFLICT, type, "Conflict", detail, Map.of());
	}

	private static String capitalise(String s) {
		String spaced = s.replace('-', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
