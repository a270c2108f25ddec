package org.warmpath.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.warmpath.problems.Problems;

/**
 * What a new password must be: 12 to 64 characters, at most 72 bytes in UTF-8 (bcrypt
 * reads no more and refuses longer input), and not one of the 10,000 most common
 * passwords (ignoring case; the list and where it came from are in
 * {@code src/main/resources/passwords}).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 64;

	/** The most bcrypt takes. */
	static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * Refuses a new password that breaks the rules with a 400 problem naming the field.
	 * @param field the request field, for the problem
	 * @param password the proposed password
	 */
	static void checkNew(String field, String password) {
		if (password == null || password.isEmpty()) {
			throw Problems.badRequest(field, "A password is required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			throw Problems.badRequest(field,
					"A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; this has " + length);
		}
		checkBytes(field, password);
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			throw Problems.badRequest(field, "This is one of the 10,000 most common passwords; choose another");
		}
	}

	/**
	 * Refuses a password bcrypt cannot take (over 72 bytes) with a 400 problem, before it
	 * reaches bcrypt.
	 * @param field the request field
	 * @param password the password as given
	 */
	static void checkBytes(String field, String password) {
		if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw Problems.badRequest(field, "A password is at most " + MAX_BYTES + " bytes in UTF-8");
		}
	}

	private static Set<String> load() {
		Set<String> common = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getClassLoader()
			.getResourceAsStream("passwords/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("passwords/common-passwords.txt is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					common.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(common);
	}

}
