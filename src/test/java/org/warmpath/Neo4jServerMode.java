package org.warmpath;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the main suite against a real Neo4j server in a Testcontainers container instead
 * of the embedded database: {@code ./mvnw test -Pneo4j-server} sets the system property
 * {@value #PROPERTY} to the image ({@code neo4j:5.26}). Every Spring test context then
 * points {@code warmpath.neo4j.uri} at one container started for the whole JVM, and
 * classes marked {@link EmbeddedOnly} (they reach into the embedded database) are
 * skipped. Without a Docker engine, as on our machines and in CI, that run skips every
 * test cleanly; without the property this class changes nothing.
 */
public final class Neo4jServerMode {

	/** The system property naming the image; unset in a normal run. */
	public static final String PROPERTY = "warmpath.test.server";

	private static final String PASSWORD = "server-suite-password";

	private static Neo4jContainer<?> container;

	private Neo4jServerMode() {
	}

	static Optional<String> image() {
		return Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank());
	}

	private static synchronized Neo4jContainer<?> container(String image) {
		if (container == null) {
			Neo4jContainer<?> started = new Neo4jContainer<>(image).withAdminPassword(PASSWORD);
			started.start();
			container = started;
		}
		return container;
	}

	/**
	 * Registered in {@code META-INF/spring.factories}: the server's URI for every test
	 * context.
	 */
	public static final class Customizers implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return image().map(ServerUri::new).orElse(null);
		}

	}

	/** Puts the container's URI above every other property source. */
	record ServerUri(String image) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			Neo4jContainer<?> server = container(this.image);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("neo4j-server-suite", Map.of("warmpath.neo4j.uri", server.getBoltUrl(),
						"warmpath.neo4j.user", "neo4j", "warmpath.neo4j.password", PASSWORD)));
		}

	}

	/**
	 * Registered for every test (JUnit's extension autodetection): in server mode, skips
	 * everything when there is no Docker engine, and {@link EmbeddedOnly} classes always.
	 */
	public static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (image().isEmpty()) {
				return ConditionEvaluationResult.enabled("embedded database");
			}
			if (!DockerClientFactory.instance().isDockerAvailable()) {
				return ConditionEvaluationResult.disabled("server suite: no Docker engine to run " + image().get());
			}
			boolean embeddedOnly = context.getTestClass()
				.map(c -> c.isAnnotationPresent(EmbeddedOnly.class) || (c.getEnclosingClass() != null
						&& c.getEnclosingClass().isAnnotationPresent(EmbeddedOnly.class)))
				.orElse(false);
			return embeddedOnly ? ConditionEvaluationResult.disabled("needs the embedded database")
					: ConditionEvaluationResult.enabled("server suite on " + image().get());
		}

	}

}
