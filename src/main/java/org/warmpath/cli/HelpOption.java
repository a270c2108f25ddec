package org.warmpath.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h}/{@code --help} option every command takes, mixed in
 * ({@code @Mixin HelpOption help}) so that it is declared once.
 */
final class HelpOption {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

}
