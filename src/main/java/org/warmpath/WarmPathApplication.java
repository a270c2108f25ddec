package org.warmpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * WarmPath finds the warmest chain of introductions from a mentee to the right mentor.
 *
 * <p>
 * Started without arguments it serves the web app and API; {@code import} and
 * {@code generate} run the command-line actions of {@link org.warmpath.ingest.Cli}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WarmPathApplication {

	public static void main(String[] args) {
		if (org.warmpath.ingest.Cli.handles(args)) {
			System.exit(org.warmpath.ingest.Cli.run(args));
		}
		SpringApplication.run(WarmPathApplication.class, args);
	}

}
