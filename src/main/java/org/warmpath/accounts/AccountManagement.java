package org.warmpath.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.warmpath.cypher.Cypher;
import org.warmpath.embedded.DatabaseAvailability;
import org.warmpath.problems.Problems;

/**
 * Creates, lists and disables accounts, and loads them for sign-in.
 */
@Service
public class AccountManagement implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

	/** User name of the account created at first start. */
	public static final String ADMIN = "admin";

	private static final long ACTIVE_CHECK_TTL_NANOS = 5_000_000_000L;

	private final AccountRepository accounts;

	/** Whether an account may still act, per user name, with when that was read. */
	private final Map<String, Active> active = new java.util.concurrent.ConcurrentHashMap<>();

	private final PasswordEncoder passwordEncoder;

	private final Driver driver;

	/**
	 * Account writes go through Spring Data Neo4j's transaction manager, which (unlike
	 * the driver's transaction functions the rest of the app uses) does not retry. This
	 * retries each whole write, read-check included, outside its transaction, on what
	 * Spring Data Neo4j's own predicate calls retryable (transient errors, a lost
	 * connection), but not while {@link DatabaseAvailability} knows the server is down.
	 */
	private final Retry writeRetry;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, Driver driver,
			DatabaseAvailability availability) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.driver = driver;
		RetryExceptionPredicate retryable = new RetryExceptionPredicate();
		this.writeRetry = Retry.of("account-writes",
				RetryConfig.custom()
					.maxAttempts(WRITE_ATTEMPTS)
					.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0, 0.2))
					.retryOnException(ex -> availability.available() && retryable.test(ex))
					.failAfterMaxAttempts(false)
					.build());
		this.writeRetry.getEventPublisher()
			.onRetry(e -> log.info("Retrying account write (attempt {}): {}", e.getNumberOfRetryAttempts() + 1,
					String.valueOf(e.getLastThrowable())));
	}

	/** Attempts per account write, the first included. */
	static final int WRITE_ATTEMPTS = 4;

	private <T> T retried(java.util.function.Supplier<T> write) {
		return this.writeRetry.executeSupplier(write);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findById(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return new CurrentUser(account.username(), account.passwordHash(), account.enabled(),
				account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(), account.personId(),
				account.ledProgrammes());
	}

	/**
	 * Whether a signed-in account may still act: it exists and is enabled. Sessions
	 * outlive sign-in, so a disabled or erased account must be refused on its next
	 * request, not when its session times out. Read from Neo4j at most every few seconds
	 * per account; {@link #revoked(String)} makes it immediate on this instance.
	 * @param username the account
	 * @return whether it may act
	 */
	public boolean isActive(String username) {
		long now = System.nanoTime();
		Active entry = this.active.get(username);
		if (entry != null && entry.refresh().useRemembered(now - entry.readAt(), ACTIVE_CHECK_TTL_NANOS)) {
			return entry.enabled();
		}
		boolean ok;
		try {
			ok = this.accounts.findById(username).map(Account::enabled).orElse(false);
		}
		catch (RuntimeException ex) {
			if (entry != null) {
				entry.refresh().release();
			}
			throw ex;
		}
		this.active.put(username, new Active(ok, now, new RefreshAhead()));
		return ok;
	}

	/**
	 * Whether an account was enabled when last read; read again by one request past half
	 * its lifetime ({@link RefreshAhead}), not by every request that finds it expired.
	 */
	private record Active(boolean enabled, long readAt, RefreshAhead refresh) {
	}

	/**
	 * Forgets what is known about an account that was disabled or deleted, so its live
	 * sessions are refused from the next request on.
	 * @param username the account
	 */
	public void revoked(String username) {
		this.active.remove(username);
	}

	/**
	 * Makes sure the {@code admin} account exists with the configured password, or with a
	 * generated one that is printed once.
	 * @param configuredPassword the password from {@code WARMPATH_ADMIN_PASSWORD}, may be
	 * blank
	 */
	public void ensureAdmin(String configuredPassword) {
		retried(() -> {
			ensureAdminOnce(configuredPassword);
			return null;
		});
	}

	private void ensureAdminOnce(String configuredPassword) {
		boolean configured = configuredPassword != null && !configuredPassword.isBlank();
		var existing = this.accounts.findById(ADMIN);
		if (existing.isPresent()) {
			if (configured && !this.passwordEncoder.matches(configuredPassword, existing.get().passwordHash())) {
				this.accounts.save(existing.get().withPasswordHash(this.passwordEncoder.encode(configuredPassword)));
				log.info("Admin password reset from WARMPATH_ADMIN_PASSWORD");
			}
			return;
		}
		String password = configured ? configuredPassword : generatePassword();
		this.accounts.save(new Account(ADMIN, null, this.passwordEncoder.encode(password), List.of(Role.ADMIN.name()),
				null, true, Instant.now(), List.of()));
		if (configured) {
			log.info("Created account 'admin' with the password from WARMPATH_ADMIN_PASSWORD");
		}
		else {
			// printed once, on the first start against an empty database
			System.out.println();
			System.out.println("  WarmPath admin account created:  admin / " + password);
			System.out.println("  (set WARMPATH_ADMIN_PASSWORD to choose it; it is not shown again)");
			System.out.println();
		}
	}

	/**
	 * Creates an account.
	 * @param request what the admin asked for
	 * @return the account as the API shows it
	 */
	public AccountView create(NewAccount request) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String r : request.roles()) {
			try {
				roles.add(Role.valueOf(r.trim().toUpperCase()));
			}
			catch (IllegalArgumentException ex) {
				throw Problems.badRequest("roles",
						"Unknown role '" + r + "'; use ADMIN, ANALYST, MEMBER or PROGRAMME_LEAD");
			}
		}
		if (roles.isEmpty()) {
			throw Problems.badRequest("roles", "An account needs at least one role");
		}
		String personId = blankToNull(request.personId());
		if (roles.contains(Role.MEMBER) && personId == null) {
			throw Problems.badRequest("personId", "A MEMBER account must be linked to a person");
		}
		if (personId != null && !personExists(personId)) {
			throw Problems.exception(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"No person with id '" + personId + "'", Map.of("field", "personId"));
		}
		List<String> programmes = ledProgrammes(roles.contains(Role.PROGRAMME_LEAD), request.programmes());
		PasswordPolicy.checkNew("password", request.password());
		String hash = this.passwordEncoder.encode(request.password());
		List<String> roleNames = roles.stream().map(Role::name).sorted().toList();
		return retried(() -> {
			// checked again on a retry: a first attempt whose commit failed wrote nothing
			if (this.accounts.existsById(request.username())) {
				throw Problems.conflict("account-exists", "An account named '" + request.username() + "' exists");
			}
			Account account = this.accounts.save(
					new Account(request.username(), null, hash, roleNames, personId, true, Instant.now(), programmes));
			return AccountView.of(account);
		});
	}

	/**
	 * Changes an account's own password after checking the current one. Sessions and
	 * access tokens the account already has keep working.
	 * @param username the signed-in account
	 * @param change the current and the new password
	 */
	public void changePassword(String username, PasswordChange change) {
		PasswordPolicy.checkBytes("current", change.current());
		PasswordPolicy.checkNew("new", change.newPassword());
		Account before = this.accounts.findById(username).orElseThrow(() -> Problems.notFound("account", username));
		if (!this.passwordEncoder.matches(change.current(), before.passwordHash())) {
			throw Problems.exception(HttpStatus.FORBIDDEN, "wrong-password", "Wrong password",
					"The current password is not right", Map.of("field", "current"));
		}
		String hash = this.passwordEncoder.encode(change.newPassword());
		// read again on a retry, so the write carries the current @Version
		retried(() -> this.accounts.save(this.accounts.findById(username)
			.orElseThrow(() -> Problems.notFound("account", username))
			.withPasswordHash(hash)));
	}

	/** All accounts, without their hashes. */
	public List<AccountView> list() {
		return this.accounts.findAll()
			.stream()
			.map(AccountView::of)
			.sorted((a, b) -> a.username().compareTo(b.username()))
			.toList();
	}

	/**
	 * Enables or disables an account.
	 * @param username the account
	 * @param enabled the new state
	 * @return the account
	 */
	public AccountView setEnabled(String username, boolean enabled) {
		if (ADMIN.equals(username) && !enabled) {
			throw Problems.conflict("admin-required", "The admin account cannot be disabled");
		}
		// read and write again on a retry, so the write carries the current @Version
		AccountView view = retried(() -> {
			Account account = this.accounts.findById(username)
				.orElseThrow(() -> Problems.notFound("account", username));
			return AccountView.of(this.accounts.save(account.withEnabled(enabled)));
		});
		revoked(username);
		return view;
	}

	/**
	 * Sets the programmes a PROGRAMME_LEAD account leads. Its sessions keep what they
	 * read at sign-in until they sign in again; its access tokens read it on every use.
	 * @param username the account
	 * @param programmes programme ids, each of an existing programme
	 * @return the account
	 */
	public AccountView setProgrammes(String username, List<String> programmes) {
		Account before = this.accounts.findById(username).orElseThrow(() -> Problems.notFound("account", username));
		List<String> led = ledProgrammes(before.roles().contains(Role.PROGRAMME_LEAD.name()), programmes);
		return retried(() -> AccountView.of(this.accounts.save(this.accounts.findById(username)
			.orElseThrow(() -> Problems.notFound("account", username))
			.withProgrammes(led))));
	}

	/**
	 * The programmes an account with (or without) the PROGRAMME_LEAD role names, checked:
	 * a lead names at least one, each an existing programme; nobody else names any.
	 */
	private List<String> ledProgrammes(boolean lead, List<String> requested) {
		List<String> ids = (requested == null) ? List.of()
				: requested.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().sorted().toList();
		if (!lead) {
			if (!ids.isEmpty()) {
				throw Problems.badRequest("programmes", "Only a PROGRAMME_LEAD account leads programmes");
			}
			return List.of();
		}
		if (ids.isEmpty()) {
			throw Problems.badRequest("programmes", "A PROGRAMME_LEAD account must name the programmes it leads");
		}
		List<String> missing = Cypher.read(this.driver, "accounts/programmes-missing", Map.of("ids", ids))
			.get(0)
			.get("missing")
			.asList(org.neo4j.driver.Value::asString);
		if (!missing.isEmpty()) {
			throw Problems.badRequest("programmes", "No programme with id '" + missing.get(0) + "'");
		}
		return ids;
	}

	/**
	 * The e-mail address an account's notifications are sent to. Kept beside the
	 * account's mapped properties (the repository's saves leave it alone) so that the
	 * address is one small write of its own.
	 * @param username the account
	 * @return the address, or {@code null} for none
	 */
	public EmailAddress email(String username) {
		List<org.neo4j.driver.Record> found = Cypher.read(this.driver, "accounts/email", Map.of("username", username));
		if (found.isEmpty()) {
			throw Problems.notFound("account", username);
		}
		return new EmailAddress(found.get(0).get("email").asString(null));
	}

	/**
	 * Sets or removes the e-mail address an account's notifications are sent to.
	 * @param username the account
	 * @param address the validated address, {@code null} (or blank) to remove it
	 * @return the address now
	 */
	public EmailAddress setEmail(String username, EmailAddress address) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("username", username);
		params.put("email", (address == null) ? null : blankToNull(address.email()));
		try (org.neo4j.driver.Session session = Cypher.session(this.driver)) {
			List<org.neo4j.driver.Record> set = session
				.executeWrite(tx -> tx.run(Cypher.query("accounts/email-set"), params).list());
			if (set.isEmpty()) {
				throw Problems.notFound("account", username);
			}
			return new EmailAddress(set.get(0).get("email").asString(null));
		}
	}

	/**
	 * The people module's own query, not its {@code Directory}: people depends on
	 * accounts (for {@link Caller}), so accounts must not depend on people.
	 */
	private boolean personExists(String personId) {
		return Cypher.read(this.driver, "people/exists", Map.of("id", personId)).get(0).get("found").asBoolean();
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
