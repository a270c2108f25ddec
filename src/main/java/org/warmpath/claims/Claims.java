package org.warmpath.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Claims on unclaimed people.
 *
 * <p>
 * The rule: an account that speaks for no person (an analyst's, or an admin's) may ask to
 * speak for one person who is marked unclaimed ({@code claimed: false}, as a member's
 * LinkedIn import creates their contacts) and for whom no account speaks; an account
 * holds at most one pending claim. An admin confirms it, which links the account to the
 * person ({@code personId}), gives it the MEMBER role, marks the person claimed and
 * rejects the other pending claims on them; or rejects it. Every check is read in the
 * deciding write transaction after locking the account (and, for a decision, the person),
 * so two confirmations cannot both link one person. Asking again, confirming a confirmed
 * claim or rejecting a rejected one answers the claim as it is.
 *
 * <p>
 * The link takes effect on the account's next sign-in: a web session keeps the principal
 * it signed in with (HTTP Basic signs in on every request), and a signed-in token is
 * remembered for 5 seconds.
 */
@Service
public class Claims {

	static final String PENDING = "PENDING";

	static final String CONFIRMED = "CONFIRMED";

	static final String REJECTED = "REJECTED";

	private static final int LIST_LIMIT = 500;

	private final Driver driver;

	private final Writes writes;

	Claims(Driver driver, Writes writes) {
		this.driver = driver;
		this.writes = writes;
	}

	/**
	 * An account asks to speak for a person.
	 * @param username the account
	 * @param personId the person
	 * @return the claim, pending
	 */
	Claim request(String username, String personId) {
		String id = this.writes.execute(tx -> {
			MapAccessor state = single(tx, "claims/check", Map.of("username", username, "personId", personId));
			if (!state.get("accountPerson").isNull()) {
				throw Problems.exception(HttpStatus.CONFLICT, "already-linked", "Account already linked",
						"This account already speaks for '" + state.get("accountPerson").asString()
								+ "'; an account speaks for one person",
						Map.of("field", "personId"));
			}
			if (!state.get("personFound").asBoolean()) {
				throw Problems.notFound("person", personId);
			}
			if (!state.get("claimable").asBoolean()) {
				throw Problems.exception(HttpStatus.CONFLICT, "person-claimed", "Person claimed",
						"'" + personId + "' is not an unclaimed person: someone speaks for them already, or they "
								+ "were not created from a LinkedIn file",
						Map.of("field", "personId"));
			}
			if (!state.get("otherPending").isNull()) {
				throw Problems
					.exception(HttpStatus.CONFLICT, "claim-pending", "Claim pending",
							"This account's claim on '" + state.get("otherPending").asString()
									+ "' waits for an admin; ask for one person at a time",
							Map.of("field", "personId"));
			}
			return single(tx, "claims/request",
					Map.of("username", username, "personId", personId, "id", UUID.randomUUID().toString()))
				.get("id")
				.asString();
		});
		return get(id);
	}

	/**
	 * Claims, newest first.
	 * @param username one account's, or {@code null} for all
	 * @param status one status, or {@code null} for all
	 * @return at most 500 claims
	 */
	List<Claim> list(String username, String status) {
		Map<String, Object> params = new HashMap<>();
		params.put("username", username);
		params.put("status", status);
		params.put("id", null);
		params.put("limit", LIST_LIMIT);
		return Cypher.read(this.driver, "claims/list", params).stream().map(Claims::claim).toList();
	}

	/**
	 * An admin confirms a claim.
	 * @param id the claim
	 * @param admin the admin's user name
	 * @return the claim, confirmed
	 */
	Claim confirm(String id, String admin) {
		this.writes.execute(tx -> {
			MapAccessor state = lock(tx, id);
			String status = state.get("status").asString();
			if (CONFIRMED.equals(status)) {
				return null;
			}
			if (REJECTED.equals(status)) {
				throw Problems.conflict("claim-decided", "This claim was rejected; the account may ask again");
			}
			if (!state.get("accountPerson").isNull()) {
				throw Problems.exception(HttpStatus.CONFLICT, "already-linked", "Account already linked",
						"The account already speaks for '" + state.get("accountPerson").asString() + "'", Map.of());
			}
			if (state.get("claimed").asBoolean() || state.get("spokenFor").asBoolean()) {
				throw Problems.conflict("person-claimed",
						"'" + state.get("personId").asString() + "' is claimed already");
			}
			single(tx, "claims/confirm", Map.of("id", id, "admin", admin));
			return null;
		});
		return get(id);
	}

	/**
	 * An admin rejects a pending claim.
	 * @param id the claim
	 * @param admin the admin's user name
	 * @param reason why, or {@code null}
	 * @return the claim, rejected
	 */
	Claim reject(String id, String admin, String reason) {
		if (reason != null && reason.length() > 500) {
			throw Problems.badRequest("reason", "At most 500 characters");
		}
		this.writes.execute(tx -> {
			String status = lock(tx, id).get("status").asString();
			if (CONFIRMED.equals(status)) {
				throw Problems.conflict("claim-decided", "This claim was confirmed already");
			}
			if (PENDING.equals(status)) {
				Map<String, Object> params = new HashMap<>();
				params.put("id", id);
				params.put("admin", admin);
				params.put("reason", (reason == null || reason.isBlank()) ? null : reason.strip());
				single(tx, "claims/reject", params);
			}
			return null;
		});
		return get(id);
	}

	private Claim get(String id) {
		Map<String, Object> params = new HashMap<>();
		params.put("username", null);
		params.put("status", null);
		params.put("id", id);
		params.put("limit", 1);
		return Cypher.read(this.driver, "claims/list", params)
			.stream()
			.map(Claims::claim)
			.findFirst()
			.orElseThrow(() -> Problems.notFound("claim", id));
	}

	private static MapAccessor lock(WriteTx tx, String id) {
		List<? extends MapAccessor> found = tx.run(Cypher.query("claims/lock"), Map.of("id", id));
		if (found.isEmpty()) {
			throw Problems.notFound("claim", id);
		}
		return found.get(0);
	}

	private static MapAccessor single(WriteTx tx, String query, Map<String, Object> params) {
		return tx.single(Cypher.query(query), params);
	}

	private static Claim claim(MapAccessor r) {
		return new Claim(r.get("id").asString(), r.get("username").asString(), r.get("personId").asString(),
				r.get("personName").asString(null), r.get("headline").asString(null),
				r.get("linkedinUrl").asString(null), r.get("createdBy").asString(null), r.get("status").asString(),
				r.get("requestedAt").asString(null), r.get("decidedAt").asString(null),
				r.get("decidedBy").asString(null), r.get("reason").asString(null));
	}

}
