package org.warmpath.problems;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems written by filters are the bytes the application's own {@code ObjectMapper}
 * writes, with the status and media type of the problem, and keep the caller's headers.
 */
class ProblemResponsesTests {

	static List<ProblemDetail> problems() {
		ProblemDetail tooLarge = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
				"The request body is 2,000 bytes; at most 1,000 bytes are accepted here");
		tooLarge.setProperty("limit", 1000L);
		ProblemDetail limited = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
				"You have run 60 queries in the last minute; try again in 7 s");
		limited.setProperty("retryAfterSeconds", 7L);
		ProblemDetail notFound = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not Found",
				"There is nothing at \"this\" address \u00e9");
		notFound.setProperty("path", "/api/x%2Fy");
		return List.of(tooLarge, limited, notFound, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
				"Database unavailable", "The graph database is not answering"));
	}

	@Test
	void theBodyIsWhatTheApplicationsObjectMapperWrites() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
			.run(context -> {
				ObjectMapper boot = context.getBean(ObjectMapper.class);
				for (ProblemDetail problem : problems()) {
					assertThat(new String(ProblemResponses.json(problem), StandardCharsets.UTF_8))
						.isEqualTo(boot.writeValueAsString(problem));
				}
			});
	}

	@Test
	void theErrorValvesHandWrittenShapeIsKept() {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad Request",
				"The request was refused: Bad Request");
		assertThat(new String(ProblemResponses.json(problem), StandardCharsets.UTF_8))
			.isEqualTo("{\"type\":\"https://warmpath.org/problems/bad-request\",\"title\":\"Bad Request\","
					+ "\"status\":400,\"detail\":\"The request was refused: Bad Request\"}");
	}

	@Test
	void writesStatusMediaTypeLengthAndBodyAndKeepsTheCallersHeaders() throws Exception {
		ProblemDetail problem = problems().get(1);
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("Retry-After", "7");
		ProblemResponses.write(response, problem);
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Retry-After")).isEqualTo("7");
		assertThat(response.getContentAsByteArray()).isEqualTo(ProblemResponses.json(problem));
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
		assertThat(response.getContentAsString()).contains("\"retryAfterSeconds\":7")
			.doesNotContain("properties")
			.doesNotContain("instance");
	}

}
