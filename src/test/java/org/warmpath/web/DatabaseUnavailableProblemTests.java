package org.warmpath.web;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.mockito.Mockito;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warmpath.embedded.DatabaseAvailability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every form in which "the database cannot be reached" reaches a controller (the driver's
 * own exceptions, Spring Data Neo4j's translations, Spring's transaction wrappers)
 * answers the same 503 problem with Retry-After, and a transaction timeout answers 503
 * too; an ordinary bug stays a 500. Standalone MockMvc: no database needed.
 */
class DatabaseUnavailableProblemTests {

	static final List<Supplier<RuntimeException>> UNAVAILABLE = List.of(
			() -> new ServiceUnavailableException("Connection to the database terminated"),
			() -> new SessionExpiredException("leader switched"),
			() -> new TransientException("Neo.TransientError.General.DatabaseUnavailable", "Database unavailable"),
			() -> new TransientDataAccessResourceException("deadlock",
					new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")),
			() -> new DataAccessResourceFailureException("down", new ServiceUnavailableException("down")),
			() -> new CannotCreateTransactionException("Could not open a new Neo4j session",
					new ServiceUnavailableException("refused")),
			() -> new TransactionSystemException("commit failed",
					new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")),
			() -> new IllegalStateException("wrapped", new ServiceUnavailableException("refused")),
			// the embedded database's own transactions (cypher.Writes), past their
			// retries
			() -> new org.neo4j.graphdb.TransientTransactionFailureException(
					org.neo4j.kernel.api.exceptions.Status.Transaction.DeadlockDetected, "deadlock"),
			() -> new org.neo4j.graphdb.TransactionFailureException("commit failed",
					new org.neo4j.graphdb.TransientTransactionFailureException(
							org.neo4j.kernel.api.exceptions.Status.Transaction.DeadlockDetected, "deadlock")));

	@RestController
	static class Failing {

		@GetMapping("/fail")
		String fail(@RequestParam int kind) {
			if (kind == -1) {
				throw new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
						"The transaction has been terminated");
			}
			if (kind == -2) {
				throw new IllegalStateException("a bug");
			}
			if (kind == -3) {
				throw new org.neo4j.graphdb.TransactionTerminatedException(
						org.neo4j.kernel.api.exceptions.Status.Transaction.TransactionTimedOut);
			}
			if (kind == -4) {
				throw new org.neo4j.graphdb.ConstraintViolationException("a duplicate id");
			}
			if (kind == -5) {
				throw new org.warmpath.paths.SearchTimeoutException();
			}
			throw UNAVAILABLE.get(kind).get();
		}

	}

	final DatabaseAvailability availability = new DatabaseAvailability(Mockito.mock(Driver.class),
			java.time.Duration.ofMillis(100));

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		// the catch-all first: the search advice's own order must still win
		.setControllerAdvice(new ApiExceptionHandler(this.availability), new org.warmpath.paths.SearchTimeoutAdvice())
		.build();

	@Test
	void everyFormOfAnUnreachableDatabaseAnswers503WithRetryAfter() throws Exception {
		for (int kind = 0; kind < UNAVAILABLE.size(); kind++) {
			MvcResult r = this.mvc.perform(get("/fail").param("kind", Integer.toString(kind))).andReturn();
			String body = r.getResponse().getContentAsString();
			assertThat(r.getResponse().getStatus()).as("kind %d: %s", kind, body).isEqualTo(503);
			assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(r.getResponse().getHeader("Retry-After")).isEqualTo("2");
			assertThat(body).contains("\"type\":\"https://warmpath.org/problems/database-unavailable\"")
				.contains("\"title\":\"Database unavailable\"")
				.doesNotContain("Exception")
				.doesNotContain("refused");
		}
	}

	@Test
	void aTransactionTimeoutIs503AndABugIs500() throws Exception {
		// through the driver (-1) and on the embedded database's own transaction (-3)
		for (String kind : new String[] { "-1", "-3" }) {
			MvcResult timeout = this.mvc.perform(get("/fail").param("kind", kind)).andReturn();
			assertThat(timeout.getResponse().getStatus()).as(kind).isEqualTo(503);
			assertThat(timeout.getResponse().getContentAsString())
				.contains("\"type\":\"https://warmpath.org/problems/query-timeout\"");
		}
		// a graph search past its budget anywhere (a mentor recommendation under load
		// answered 500 before)
		MvcResult search = this.mvc.perform(get("/fail").param("kind", "-5")).andReturn();
		assertThat(search.getResponse().getStatus()).isEqualTo(503);
		assertThat(search.getResponse().getHeader("Retry-After")).isEqualTo("1");
		assertThat(search.getResponse().getContentAsString())
			.contains("\"type\":\"https://warmpath.org/problems/search-time-budget-exceeded\"");
		MvcResult constraint = this.mvc.perform(get("/fail").param("kind", "-4")).andReturn();
		assertThat(constraint.getResponse().getStatus()).isEqualTo(500);
		MvcResult bug = this.mvc.perform(get("/fail").param("kind", "-2")).andReturn();
		assertThat(bug.getResponse().getStatus()).isEqualTo(500);
		assertThat(bug.getResponse().getContentAsString()).contains("internal-error").doesNotContain("a bug");
	}

}
