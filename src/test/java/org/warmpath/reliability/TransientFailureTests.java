package org.warmpath.reliability;

import org.warmpath.EmbeddedOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientTransactionFailureException;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.api.exceptions.Status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.warmpath.WarmPathTest;
import org.warmpath.embedded.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Transient database failures: a transaction event listener fails the first commit of
 * every write that touches this test's people with a transient error (as Neo4j's own
 * retry tests do, from {@code beforeCommit}); the driver's transaction functions retry
 * them outside the transaction and each write lands exactly once.
 */
@EmbeddedOnly
@WarmPathTest
class TransientFailureTests {

	private final EmbeddedNeo4j embedded;

	private final Driver driver;

	private final MockMvc mvc;

	@Autowired
	TransientFailureTests(EmbeddedNeo4j embedded, Driver driver, MockMvc mvc) {
		this.embedded = embedded;
		this.driver = driver;
		this.mvc = mvc;
	}

	/**
	 * Fails the first commit attempt of each distinct write that touches ids with a
	 * prefix.
	 */
	static final class FailFirstCommit extends TransactionEventListenerAdapter<Object> {

		final String prefix;

		final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

		final AtomicInteger commits = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		FailFirstCommit(String prefix) {
			this.prefix = prefix;
		}

		@Override
		public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
			Set<String> ids = new TreeSet<>();
			for (PropertyEntry<Node> e : data.assignedNodeProperties()) {
				id(e.entity(), ids);
			}
			for (Node n : data.createdNodes()) {
				id(n, ids);
			}
			for (PropertyEntry<Relationship> e : data.assignedRelationshipProperties()) {
				id(e.entity().getStartNode(), ids);
				id(e.entity().getEndNode(), ids);
			}
			for (Relationship r : data.createdRelationships()) {
				id(r.getStartNode(), ids);
				id(r.getEndNode(), ids);
			}
			if (ids.isEmpty()) {
				return null;
			}
			this.commits.incrementAndGet();
			if (this.failedOnce.add(String.join(",", ids) + "|" + data.assignedNodeProperties().iterator().hasNext()
					+ data.createdRelationships().iterator().hasNext())) {
				this.failed.incrementAndGet();
				throw new TransientTransactionFailureException(Status.Transaction.DeadlockDetected,
						"injected transient failure (test)");
			}
			return null;
		}

		private void id(Node node, Set<String> ids) {
			Object id = node.getProperty("id", null);
			if (id instanceof String s && s.startsWith(this.prefix)) {
				ids.add(s);
			}
		}

	}

	@Test
	void everyWriteLandsExactlyOnceDespiteTransientCommitFailures() throws Exception {
		String p = "tf" + UUID.randomUUID().toString().substring(0, 8) + "-";
		FailFirstCommit listener = new FailFirstCommit(p);
		String db = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
		this.embedded.managementService().registerTransactionEventListener(db, listener);
		try {
			// What the driver sees: an auto-commit query (no retries) fails with a
			// TransientError.
			assertThatThrownBy(() -> {
				try (Session session = this.driver.session()) {
					session.run("CREATE (:Probe {id: $id})", Map.of("id", p + "probe")).consume();
				}
			}).isInstanceOf(TransientException.class)
				.satisfies(ex -> assertThat(((Neo4jException) ex).code())
					.isEqualTo("Neo.TransientError.Transaction.DeadlockDetected"));
			assertThat(count("MATCH (n {id: $id}) RETURN count(n)", Map.of("id", p + "probe"))).isZero();

			// Writes through the app: people (open to introductions, which is opt-in), a
			// tie,
			// an import of people and of connections.
			for (String who : List.of("a", "b")) {
				this.mvc
					.perform(put("/api/people/" + p + who).with(admin())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\": \"Transient " + who
								+ "\", \"grade\": \"consultant\", \"openToIntroductions\": true}"))
					.andExpect(status().is2xxSuccessful());
			}
			this.mvc
				.perform(put("/api/people/" + p + "a/connections/" + p + "b").with(admin())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"strength\": 0.7, \"context\": \"ward\"}"))
				.andExpect(status().is2xxSuccessful());
			this.mvc
				.perform(post("/api/import/people").with(admin())
					.contentType("text/csv")
					.content("id,name,openToIntroductions\n" + p + "c,Transient c,true\n" + p + "d,Transient d,true\n"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created").value(2))
				.andExpect(jsonPath("$.rejected").value(0));
			this.mvc
				.perform(post("/api/import/connections").with(admin())
					.contentType("text/csv")
					.content("source,target,strength\n" + p + "c," + p + "d,0.4\n" + p + "b," + p + "c,0.9\n"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created").value(2));

			// Every write was failed once and retried.
			assertThat(listener.failed.get()).isGreaterThanOrEqualTo(6);
			assertThat(listener.commits.get()).isGreaterThanOrEqualTo(2 * 5);

			// ... and landed exactly once.
			assertThat(count("MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN count(n)", Map.of("p", p)))
				.isEqualTo(4);
			assertThat(count(
					"MATCH (a:Person)-[k:KNOWS]-(b:Person) WHERE a.id STARTS WITH $p AND elementId(a) < elementId(b) RETURN count(k)",
					Map.of("p", p)))
				.isEqualTo(3);
			this.mvc.perform(get("/api/people/" + p + "a").with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.degree").value(1));
			this.mvc.perform(get("/api/paths").param("from", p + "a").param("to", p + "d").with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths[0].hops").value(3));
		}
		finally {
			this.embedded.managementService().unregisterTransactionEventListener(db, listener);
		}
	}

	private long count(String query, Map<String, Object> params) {
		return this.driver.executableQuery(query).withParameters(params).execute().records().get(0).get(0).asLong();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

}
