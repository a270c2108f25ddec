package org.warmpath;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.ingest.Imports;

import org.springframework.boot.test.context.TestComponent;

/**
 * The test data every API test starts from, in the shared test database: small named
 * graphs under their own id prefix, and member accounts for their people. Part of every
 * {@link WarmPathTest} context, so a test needs one field for it rather than the services
 * behind it.
 */
@TestComponent
public class TestData {

	private final Imports imports;

	private final Driver driver;

	private final MemberAccounts accounts;

	TestData(Imports imports, Driver driver, AccountManagement accounts) {
		this.imports = imports;
		this.driver = driver;
		this.accounts = new MemberAccounts(accounts);
	}

	/** A new, empty graph under its own id prefix. */
	public TestGraphs graph() {
		return new TestGraphs(this.imports, this.driver);
	}

	/**
	 * Runs a read query of the test's own and returns the number in its single row's
	 * first column, such as a {@code count(...)}.
	 */
	public long count(String cypher, Map<String, ?> parameters) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		return this.driver.executableQuery(cypher).withParameters(values).execute().records().get(0).get(0).asLong();
	}

	/** Creates accounts and signs requests in as them. */
	public MemberAccounts accounts() {
		return this.accounts;
	}

}
