package org.warmpath.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded DBMS speaks Bolt on loopback and keeps its data across a restart. */
class EmbeddedNeo4jTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(this.dataDir, 0, Duration.ofSeconds(10), "16m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			assertThat(db.boltUri()).startsWith("bolt://127.0.0.1:");
			driver.executableQuery("CREATE (:Person {id: 'kept', name: 'Kept'})").execute();
		}
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(this.dataDir, 0, Duration.ofSeconds(10), "16m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			long count = driver.executableQuery("MATCH (p:Person {id: 'kept'}) RETURN count(p) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(count).isEqualTo(1);
		}
	}

	@Test
	void boltNeedsTheGeneratedPasswordWhichOnlyTheOwnerMayRead() throws Exception {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(this.dataDir, 0, Duration.ofSeconds(10), "16m")) {
			Path file = this.dataDir.resolve(EmbeddedCredentials.FILE);
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(Files.readString(file)).contains("password=" + db.credentials().password());
			try (Driver none = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
				assertThatThrownBy(none::verifyConnectivity).isInstanceOf(SecurityException.class);
			}
			// what the command line does with WARMPATH_NEO4J_URI=bolt://127.0.0.1:PORT
			// and no password: the data folder's file
			try (Driver cli = GraphDatabase.driver(db.boltUri(),
					EmbeddedCredentials.forClient(db.boltUri(), "neo4j", "", this.dataDir))) {
				cli.verifyConnectivity();
			}
			// a widened file is tightened at the next start, and the password kept
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(this.dataDir, 0, Duration.ofSeconds(10), "16m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			driver.verifyConnectivity();
			assertThat(Files.getPosixFilePermissions(this.dataDir.resolve(EmbeddedCredentials.FILE)))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void onlyALoopbackUriWithoutAPasswordUsesTheDataFolderCredentials() {
		assertThat(EmbeddedCredentials.isLoopback("bolt://127.0.0.1:7687")).isTrue();
		assertThat(EmbeddedCredentials.isLoopback("bolt://localhost:7687")).isTrue();
		assertThat(EmbeddedCredentials.isLoopback("neo4j://db.example.org:7687")).isFalse();
	}

	@Test
	void parsesPageCacheSizes() {
		assertThat(EmbeddedNeo4j.parseBytes("512m")).isEqualTo(512L * 1024 * 1024);
		assertThat(EmbeddedNeo4j.parseBytes("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
		assertThat(EmbeddedNeo4j.parseBytes("4096")).isEqualTo(4096);
	}

	@Test
	void aFolderInUseIsExplainedNotStackTraced() {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(this.dataDir, 0, Duration.ofSeconds(10), "16m")) {
			assertThatThrownBy(() -> EmbeddedNeo4j.start(this.dataDir, 0, Duration.ofSeconds(10), "16m"))
				.isInstanceOf(EmbeddedDatabaseUnavailable.class)
				.hasMessageContaining("is in use by another WarmPath or Neo4j process")
				.satisfies(ex -> assertThat(((EmbeddedDatabaseUnavailable) ex).action()).contains("WARMPATH_DATA_DIR"));
		}
	}

}
