package org.warmpath.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A sign-in: a user name, a bcrypt hash, roles, and for members the person they are.
 *
 * @param username business key, unique by constraint
 * @param version optimistic-locking version, so concurrent admin edits cannot overwrite
 * each other
 * @param passwordHash bcrypt hash; the password itself is never stored
 * @param roles any of {@link Role}
 * @param personId the person a member account speaks for, or {@code null}
 * @param enabled disabled accounts cannot sign in
 * @param createdAt when the account was created
 * @param programmes the ids of the programmes a PROGRAMME_LEAD leads (empty or
 * {@code null} for every other account)
 */
@Node("Account")
record Account(@Id String username, @Version Long version, String passwordHash, List<String> roles, String personId,
		boolean enabled, Instant createdAt, List<String> programmes) {

	Account withEnabled(boolean enabled) {
		return new Account(this.username, this.version, this.passwordHash, this.roles, this.personId, enabled,
				this.createdAt, this.programmes);
	}

	Account withPasswordHash(String hash) {
		return new Account(this.username, this.version, hash, this.roles, this.personId, this.enabled, this.createdAt,
				this.programmes);
	}

	Account withProgrammes(List<String> programmes) {
		return new Account(this.username, this.version, this.passwordHash, this.roles, this.personId, this.enabled,
				this.createdAt, programmes);
	}

	/** The programmes this account leads, never {@code null}. */
	List<String> ledProgrammes() {
		return (this.programmes == null) ? List.of() : this.programmes;
	}

}
