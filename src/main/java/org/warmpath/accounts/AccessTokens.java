package org.warmpath.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.warmpath.cypher.Cypher;
import org.warmpath.problems.Problems;

/**
 * Personal access tokens for scripts. A token is 256 random bits (SecureRandom,
 * base64url) shown once; only its SHA-256 is stored, on an {@code AccessToken} node the
 * account {@code HAS_TOKEN}. A high-entropy secret needs no slow hash: checking one is a
 * lookup by its hash, not a bcrypt check per request.
 *
 * <p>
 * A token that signed in is remembered by its hash for {@link #REMEMBER} so that a
 * script's requests do not each make a database round trip (that read was a third of the
 * server's CPU per path answer, see docs/benchmarks.md). Revoking a token forgets it on
 * this instance at once; on another instance it stops working within {@link #REMEMBER}. A
 * token in use is read again by one request past half that time while the others go on
 * ({@link RefreshAhead}), not by every request that finds it expired. Expiry is checked
 * on every use; a disabled account is refused by the account check that runs on every
 * request.
 */
@Service
public class AccessTokens {

	/** Most tokens one account holds at once. */
	static final int MAX_PER_ACCOUNT = 20;

	/** How long a token that signed in is remembered. */
	static final Duration REMEMBER = Duration.ofSeconds(5);

	/** Tokens remembered at most; all are forgotten past it. */
	private static final int MAX_REMEMBERED = 10_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Driver driver;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private final LongSupplier clock;

	@Autowired
	AccessTokens(Driver driver) {
		this(driver, System::nanoTime);
	}

	/** With a clock of nanoseconds, for tests that let time pass. */
	AccessTokens(Driver driver, LongSupplier clock) {
		this.driver = driver;
		this.clock = clock;
	}

	AccessTokenCreated create(String username, NewAccessToken request) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String id = UUID.randomUUID().toString();
		String name = request.name().strip();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Instant expiresAt = now.plus(Duration.ofDays(request.expiresInDays()));
		Map<String, Object> parameters = Map.of("username", username, "id", id, "name", name, "hash", hash(token),
				"now", now.atOffset(ZoneOffset.UTC), "expiresAt", expiresAt.atOffset(ZoneOffset.UTC), "max",
				MAX_PER_ACCOUNT);
		List<Record> result;
		try (Session session = Cypher.session(this.driver)) {
			result = session.executeWrite(tx -> tx.run(Cypher.query("accounts/token-create"), parameters).list());
		}
		if (result.isEmpty()) {
			throw Problems.notFound("account", username);
		}
		if (result.get(0).get("held").asLong() >= MAX_PER_ACCOUNT) {
			throw Problems.conflict("too-many-tokens", "An account holds at most " + MAX_PER_ACCOUNT
					+ " access tokens; revoke one (DELETE /api/me/tokens/{id}) first");
		}
		return new AccessTokenCreated(id, name, token, now, expiresAt);
	}

	List<AccessTokenView> list(String username) {
		requireAccount(username);
		return Cypher.read(this.driver, "accounts/tokens", Map.of("username", username))
			.stream()
			.map(r -> new AccessTokenView(r.get("id").asString(), r.get("name").asString(), instant(r.get("createdAt")),
					instant(r.get("expiresAt"))))
			.toList();
	}

	void revoke(String username, String id) {
		long deleted;
		try (Session session = Cypher.session(this.driver)) {
			deleted = session.executeWrite(
					tx -> tx.run(Cypher.query("accounts/token-delete"), Map.of("username", username, "id", id))
						.single()
						.get("deleted")
						.asLong());
		}
		// forgotten before the answer, whether or not it was found
		this.remembered.values().removeIf(r -> r.tokenId().equals(id));
		if (deleted == 0) {
			throw Problems.notFound("access-token", id);
		}
	}

	/**
	 * What a presented token is worth: the account it signs in, or why it does not.
	 * @param token the bearer value
	 * @return the outcome
	 */
	Outcome authenticate(String token) {
		String hash = hash(token);
		long now = this.clock.getAsLong();
		Remembered known = this.remembered.get(hash);
		if (known != null && known.expiresAt().isAfter(Instant.now())
				&& known.refresh().useRemembered(now - known.readAt(), REMEMBER.toNanos())) {
			// a new authentication per request: Spring Security sets details on it
			return new Outcome(new AccessTokenAuthentication(known.user(), known.tokenId()), null, null, null,
					known.expiresAt());
		}
		Outcome outcome;
		try {
			outcome = read(hash);
		}
		catch (RuntimeException ex) {
			if (known != null) {
				known.refresh().release();
			}
			throw ex;
		}
		if (outcome.authentication() != null) {
			if (this.remembered.size() >= MAX_REMEMBERED) {
				this.remembered.clear();
			}
			AccessTokenAuthentication a = outcome.authentication();
			this.remembered.put(hash,
					new Remembered(a.getPrincipal(), a.tokenId(), outcome.expiresAt(), now, new RefreshAhead()));
		}
		else {
			this.remembered.remove(hash);
		}
		return outcome;
	}

	/**
	 * Reads what the token with this hash is worth from the database.
	 * @param hash the token's SHA-256
	 * @return the outcome
	 */
	Outcome read(String hash) {
		List<Record> found = Cypher.read(this.driver, "accounts/token-authenticate", Map.of("hash", hash));
		if (found.isEmpty()) {
			return Outcome.refused("invalid-token", "Invalid access token",
					"This access token is not known; it may have been revoked");
		}
		Record r = found.get(0);
		if (!instant(r.get("expiresAt")).isAfter(Instant.now())) {
			return Outcome.refused("token-expired", "Access token expired",
					"This access token expired at " + instant(r.get("expiresAt")) + "; create a new one");
		}
		if (!r.get("enabled").asBoolean(false)) {
			return Outcome.refused("account-inactive", "Account disabled",
					"The account of this access token was disabled");
		}
		List<SimpleGrantedAuthority> authorities = r.get("roles")
			.asList(Value::asString)
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		CurrentUser user = new CurrentUser(r.get("username").asString(), "", true, authorities,
				r.get("personId").isNull() ? null : r.get("personId").asString(),
				r.get("programmes").isNull() ? List.of() : r.get("programmes").asList(Value::asString));
		return new Outcome(new AccessTokenAuthentication(user, r.get("id").asString()), null, null, null,
				instant(r.get("expiresAt")));
	}

	private void requireAccount(String username) {
		if (!Cypher.read(this.driver, "accounts/exists", Map.of("username", username))
			.get(0)
			.get("found")
			.asBoolean()) {
			throw Problems.notFound("account", username);
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Value value) {
		return value.asZonedDateTime().toInstant();
	}

	/**
	 * A signed-in token, or the problem to answer.
	 *
	 * @param authentication the token's authentication, or {@code null}
	 * @param type the problem type when refused
	 * @param title the problem title
	 * @param detail the problem detail
	 * @param expiresAt when a signed-in token expires, or {@code null}
	 */
	record Outcome(AccessTokenAuthentication authentication, String type, String title, String detail,
			Instant expiresAt) {

		static Outcome refused(String type, String title, String detail) {
			return new Outcome(null, type, title, detail, null);
		}

	}

	private record Remembered(CurrentUser user, String tokenId, Instant expiresAt, long readAt, RefreshAhead refresh) {
	}

}
