package org.warmpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port against the in-process Neo4j. Every test class that uses
 * this exact annotation shares one Spring context and one embedded database (each extra
 * context costs seconds), so tests create their own uniquely named data rather than
 * wiping the graph.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestData.class, DriverCalls.class })
public @interface WarmPathTest {

	/** Password of the admin account in tests. */
	String ADMIN_PASSWORD = "admin-test-password";

}
