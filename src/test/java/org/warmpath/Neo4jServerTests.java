package org.warmpath;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warmpath.people.Directory;
import org.warmpath.people.PersonFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same app against a real Neo4j 5.26 server instead of the embedded one: where Docker
 * exists this proves the external-URI path; here (no Docker engine) it is skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@ActiveProfiles("test")
class Neo4jServerTests {

	@Container
	static final Neo4jContainer<?> neo4j = new Neo4jContainer<>("neo4j:5.26").withAdminPassword("server-password");

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("warmpath.neo4j.uri", neo4j::getBoltUrl);
		registry.add("warmpath.neo4j.user", () -> "neo4j");
		registry.add("warmpath.neo4j.password", () -> "server-password");
	}

	@Autowired
	Directory directory;

	@Test
	void migratesLoadsTheDemoAndAnswersFromTheServer() {
		assertThat(this.directory.search(new PersonFilter(null, null, null, null, null), 0, 10).total())
			.isGreaterThan(100);
	}

}
