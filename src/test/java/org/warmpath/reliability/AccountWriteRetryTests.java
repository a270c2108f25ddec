package org.warmpath.reliability;

import org.warmpath.EmbeddedOnly;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientTransactionFailureException;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.api.exceptions.Status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.warmpath.WarmPathTest;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.embedded.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Account writes (Spring Data Neo4j, its own transaction manager, no driver retry) are
 * retried by Resilience4j outside the transaction: the first commit of each write to a
 * matching account fails with a transient error (as in {@link TransientFailureTests}),
 * and every write still lands exactly once, which the account's {@code @Version} counts.
 */
@EmbeddedOnly
@WarmPathTest
class AccountWriteRetryTests {

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	Driver driver;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	/**
	 * Fails the first commit of each distinct write to an account the predicate picks.
	 */
	static final class FailFirstAccountCommit extends TransactionEventListenerAdapter<Object> {

		final Predicate<String> username;

		final Set<String> seen = ConcurrentHashMap.newKeySet();

		final AtomicInteger commits = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		FailFirstAccountCommit(Predicate<String> username) {
			this.username = username;
		}

		@Override
		public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
			Set<String> created = new java.util.HashSet<>();
			for (Node n : data.createdNodes()) {
				created.add(n.getElementId());
			}
			StringBuilder write = new StringBuilder();
			Set<String> nodes = new java.util.TreeSet<>();
			for (PropertyEntry<Node> e : data.assignedNodeProperties()) {
				Node n = e.entity();
				Object name = n.getProperty("username", null);
				if (n.hasLabel(org.neo4j.graphdb.Label.label("Account")) && name instanceof String s
						&& this.username.test(s) && nodes.add(s)) {
					// a write is known by what it does, which its retry does again
					// (timestamps and versions aside): create, enable, disable, new hash
					write.append(s)
						.append(created.contains(n.getElementId()) ? " created" : " updated")
						.append(" enabled=")
						.append(n.getProperty("enabled", null))
						.append(';');
				}
			}
			for (PropertyEntry<Node> e : data.assignedNodeProperties()) {
				if (e.key().equals("passwordHash") && nodes.contains(e.entity().getProperty("username", ""))
						&& !String.valueOf(e.value()).equals(String.valueOf(e.previouslyCommittedValue()))) {
					// a new hash (its salt differs on every attempt, so not by value)
					write.append(" new-hash");
				}
			}
			if (write.isEmpty()) {
				return null;
			}
			this.commits.incrementAndGet();
			if (this.seen.add(write.toString())) {
				this.failed.incrementAndGet();
				throw new TransientTransactionFailureException(Status.Transaction.DeadlockDetected,
						"injected transient failure (test)");
			}
			return null;
		}

	}

	@Test
	void createDisableAndEnableLandExactlyOnceDespiteTransientCommitFailures() throws Exception {
		String user = "retry-" + UUID.randomUUID().toString().substring(0, 8);
		FailFirstAccountCommit listener = new FailFirstAccountCommit(user::equals);
		String db = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
		this.embedded.managementService().registerTransactionEventListener(db, listener);
		try {
			this.mvc
				.perform(post("/api/accounts").with(admin())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\": \"" + user
							+ "\", \"password\": \"retry-password-1\", \"roles\": [\"ANALYST\"]}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.username").value(user));
			this.mvc.perform(post("/api/accounts/" + user + "/disable").with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.enabled").value(false));
			this.mvc.perform(post("/api/accounts/" + user + "/enable").with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.enabled").value(true));
		}
		finally {
			this.embedded.managementService().unregisterTransactionEventListener(db, listener);
		}
		// three writes, each failed once and committed on its retry
		assertThat(listener.failed.get()).isEqualTo(3);
		assertThat(listener.commits.get()).isEqualTo(6);
		Record account = this.driver
			.executableQuery("MATCH (a:Account {username: $u}) RETURN count(a) AS n, max(a.version) AS version, "
					+ "max(a.enabled) AS enabled")
			.withParameters(Map.of("u", user))
			.execute()
			.records()
			.get(0);
		assertThat(account.get("n").asLong()).isEqualTo(1);
		// created (0), disabled (1), enabled (2): no write applied twice
		assertThat(account.get("version").asLong()).isEqualTo(2);
		assertThat(account.get("enabled").asBoolean()).isTrue();
	}

	@Test
	void anAdminPasswordResetLandsDespiteATransientCommitFailure() {
		FailFirstAccountCommit listener = new FailFirstAccountCommit(AccountManagement.ADMIN::equals);
		String db = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
		this.embedded.managementService().registerTransactionEventListener(db, listener);
		try {
			this.accounts.ensureAdmin("temporary-admin-password");
			assertThat(listener.failed.get()).isEqualTo(1);
			assertThat(listener.commits.get()).isEqualTo(2);
			assertThat(this.passwordEncoder.matches("temporary-admin-password", adminHash())).isTrue();
		}
		finally {
			this.embedded.managementService().unregisterTransactionEventListener(db, listener);
			// back to the password every other test signs in with
			this.accounts.ensureAdmin(WarmPathTest.ADMIN_PASSWORD);
		}
		assertThat(this.passwordEncoder.matches(WarmPathTest.ADMIN_PASSWORD, adminHash())).isTrue();
	}

	private String adminHash() {
		return this.driver.executableQuery("MATCH (a:Account {username: 'admin'}) RETURN a.passwordHash AS h")
			.execute()
			.records()
			.get(0)
			.get("h")
			.asString();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

}
