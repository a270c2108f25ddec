package org.warmpath;

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

	private final MemberAccounts accounts;

	TestData(Imports imports, AccountManagement accounts) {
		this.imports = imports;
		this.accounts = new MemberAccounts(accounts);
	}

	/** A new, empty graph under its own id prefix. */
	public TestGraphs graph() {
		return new TestGraphs(this.imports);
	}

	/** Creates accounts and signs requests in as them. */
	public MemberAccounts accounts() {
		return this.accounts;
	}

}
