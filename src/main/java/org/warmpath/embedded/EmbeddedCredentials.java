package org.warmpath.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;

/**
 * The user name and password of the embedded database's Bolt port.
 *
 * <p>
 * Bolt listens on loopback only, but any local process can reach loopback, and the graph
 * holds the accounts' password hashes; so authentication is on. The password is generated
 * on first start, set in process through the system database, and kept in {@value #FILE}
 * in the data folder, readable by its owner only (POSIX 600): whoever may read the data
 * files may read the password, nobody else. The app's own driver and the command line
 * ({@link #forClient}) read it from there, so nobody has to type it.
 *
 * @param user the Bolt user
 * @param password its password
 */
public record EmbeddedCredentials(String user, String password) {

	/** The file in the data folder that holds the credentials. */
	public static final String FILE = "bolt-credentials.properties";

	static final String USER = "neo4j";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** The credentials as a driver token. */
	public AuthToken authToken() {
		return AuthTokens.basic(this.user, this.password);
	}

	@Override
	public String toString() {
		return "EmbeddedCredentials[user=" + this.user + ", password=<hidden>]";
	}

	/**
	 * The token a client should use for {@code uri}: the configured password when there
	 * is one; otherwise, for a loopback URI, the credentials file of the embedded
	 * database in {@code dataDir} when it exists (a command line or second instance
	 * reaching a running app's Bolt port); otherwise the configured user with an empty
	 * password.
	 * @param uri the Bolt or Neo4j URI
	 * @param user the configured user
	 * @param password the configured password, possibly blank
	 * @param dataDir the configured embedded data folder
	 * @return the token to connect with
	 */
	public static AuthToken forClient(String uri, String user, String password, Path dataDir) {
		if (password != null && !password.isBlank()) {
			return AuthTokens.basic(user, password);
		}
		if (isLoopback(uri) && Files.isRegularFile(dataDir.resolve(FILE))) {
			return read(dataDir.resolve(FILE)).authToken();
		}
		return AuthTokens.basic(user, (password != null) ? password : "");
	}

	/**
	 * The credentials of the data folder {@code home}: read from its file, or generated,
	 * set on the DBMS's Bolt user and written to the file on first start.
	 */
	static EmbeddedCredentials establish(Path home, DatabaseManagementService dbms) {
		Path file = home.resolve(FILE);
		if (Files.isRegularFile(file)) {
			ownerOnly(file);
			return read(file);
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		EmbeddedCredentials credentials = new EmbeddedCredentials(USER,
				Base64.getUrlEncoder().withoutPadding().encodeToString(random));
		// set first, then write: a start that dies in between sets a new one next time
		// a timeout of its own: the first system query compiles Cypher, which a busy
		// machine can take longer for than a short configured transaction timeout
		try (Transaction tx = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).beginTx(2, TimeUnit.MINUTES)) {
			tx.execute(Cypher.query("embedded/set-bolt-password"), Map.of("password", credentials.password())).close();
			tx.commit();
		}
		write(file, credentials);
		log.info("Generated the Bolt credentials of the embedded database in {}", file);
		return credentials;
	}

	private static EmbeddedCredentials read(Path file) {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the embedded database's credentials in " + file, ex);
		}
		String password = properties.getProperty("password");
		if (password == null || password.isBlank()) {
			throw new IllegalStateException(file + " holds no password; delete it and start the app to generate one");
		}
		return new EmbeddedCredentials(properties.getProperty("user", USER), password);
	}

	private static void write(Path file, EmbeddedCredentials credentials) {
		String text = "# The embedded Neo4j's Bolt user and password, generated by WarmPath; keep it private.\n"
				+ "user=" + credentials.user() + "\npassword=" + credentials.password() + "\n";
		try {
			Path temp = posix()
					? Files.createTempFile(file.getParent(), ".bolt-credentials", ".tmp",
							PosixFilePermissions.asFileAttribute(OWNER_ONLY))
					: Files.createTempFile(file.getParent(), ".bolt-credentials", ".tmp");
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the embedded database's credentials to " + file, ex);
		}
	}

	/** Tightens a file that was copied with wider permissions. */
	private static void ownerOnly(Path file) {
		if (!posix()) {
			return;
		}
		try {
			if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
				log.warn("{} could be read by others; it is now readable by its owner only", file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restrict the permissions of " + file, ex);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	static boolean isLoopback(String uri) {
		try {
			String host = URI.create(uri.trim()).getHost();
			return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
					|| host.equals("::1"));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
