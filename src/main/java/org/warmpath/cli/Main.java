package org.warmpath.cli;

import org.springframework.boot.SpringApplication;
import org.warmpath.WarmPathApplication;

/**
 * The jar's entry point, so that the web app does not depend on its command line: a
 * command-line action when the first argument names one ({@code generate},
 * {@code import}, {@code backup}, {@code restore}, {@code help}, {@code --help}), else
 * the web app with the arguments as Spring Boot settings.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		if (WarmPathCommand.handles(args)) {
			System.exit(WarmPathCommand.run(args));
		}
		SpringApplication app = new SpringApplication(WarmPathApplication.class);
		// startup logs name the app, not this launcher
		app.setMainApplicationClass(WarmPathApplication.class);
		app.run(args);
	}

}
