package org.warmpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * WarmPath finds the warmest chain of introductions from a mentee to the right mentor.
 *
 * <p>
 * Its {@code main} serves the web app and API; the jar's own entry point also offers the
 * command-line actions and knows this class, never the other way round.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WarmPathApplication {

	public static void main(String[] args) {
		SpringApplication.run(WarmPathApplication.class, args);
	}

}
