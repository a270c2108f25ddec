package org.warmpath.problems;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Writes a problem straight to a servlet response, for the filters, interceptors and
 * error pages that answer before (or outside) Spring MVC's message converters.
 *
 * <p>
 * Why a static mapper: Tomcat's error report valve has no application context, and the
 * body must match what the controllers' converter writes. Spring's
 * {@link Jackson2ObjectMapperBuilder} registers the same {@code ProblemDetail} mix-in as
 * the application's {@code ObjectMapper} (extra properties at the top level, empty
 * members left out), and WarmPath sets no {@code spring.jackson.*} options, so the bytes
 * are the same.
 */
public final class ProblemResponses {

	private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

	private ProblemResponses() {
	}

	/**
	 * Sets the problem's status, {@code application/problem+json} and its length, and
	 * writes the body; headers the caller set before (such as {@code Retry-After}) stay.
	 * The response is neither flushed nor closed.
	 * @param response a response that is not committed yet
	 * @param problem the problem to answer with
	 * @throws IOException if the body cannot be written
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		byte[] body = json(problem);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The JSON body of a problem, as {@link #write} writes it.
	 * @param problem the problem
	 * @return UTF-8 JSON
	 */
	static byte[] json(ProblemDetail problem) {
		try {
			return JSON.writeValueAsBytes(problem);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("A problem detail could not be written as JSON", ex);
		}
	}

}
