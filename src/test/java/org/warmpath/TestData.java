package org.warmpath;

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

	/** Creates accounts and signs requests in as them. */
	public MemberAccounts accounts() {
		return this.accounts;
	}

}
