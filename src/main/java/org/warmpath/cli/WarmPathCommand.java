package org.warmpath.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code warmpath} command: generate the demo network as CSV files, import files into
 * the configured database (embedded data folder or external server, from the same
 * settings and environment variables as the web app) without starting the web server, and
 * back up or restore the graph. Each action is a plain picocli command that opens what it
 * needs itself, so {@code generate} and {@code --help} start no Spring context.
 */
@Command(name = "warmpath", synopsisHeading = "Usage:%n",
		customSynopsis = { "  warmpath generate --people N [--seed S] --out DIR",
				"  warmpath import people|connections|mentoring FILE [--tolerant]",
				"  warmpath import linkedin FILE --owner ID [--tolerant]",
				"  warmpath backup --out FILE [--data-dir DIR]", "  warmpath restore --in FILE [--data-dir DIR]",
				"  warmpath [COMMAND] --help" },
		description = { "Without a command the jar starts the web app instead." },
		subcommands = { GenerateCommand.class, ImportCommand.class, BackupCommand.class, RestoreCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { ExitCodes.SUCCESS, ExitCodes.FAILED, ExitCodes.USAGE_OR_NOT_EMPTY })
final class WarmPathCommand {

	@Mixin
	HelpOption help;

	/**
	 * Whether the arguments name a command-line action rather than the web app.
	 * @param args the program arguments
	 * @return whether {@link #run(String[])} should handle them
	 */
	static boolean handles(String[] args) {
		if (args == null || args.length == 0) {
			return false;
		}
		CommandSpec spec = CommandSpec.forAnnotatedObject(new WarmPathCommand());
		return spec.subcommands().containsKey(args[0]) || spec.optionsMap().containsKey(args[0]);
	}

	/**
	 * Runs the action on the standard streams.
	 * @param args the program arguments
	 * @return the exit code
	 */
	static int run(String[] args) {
		return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	static int run(String[] args, PrintWriter out, PrintWriter err) {
		try {
			return commandLine(out, err).execute(args);
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		// no @file expansion: an argument is a file name, as it always was
		CommandLine commandLine = new CommandLine(new WarmPathCommand()).setExpandAtFiles(false)
			.setOut(out)
			.setErr(err)
			.setParameterExceptionHandler(new UsageError())
			.setExecutionExceptionHandler(new Failure());
		configure(commandLine);
		return commandLine;
	}

	/** The same exit codes and usage layout for every command. */
	private static void configure(CommandLine commandLine) {
		CommandSpec spec = commandLine.getCommandSpec()
			.exitCodeOnSuccess(ExitCodes.OK)
			.exitCodeOnUsageHelp(ExitCodes.OK)
			.exitCodeOnInvalidInput(ExitCodes.USAGE)
			.exitCodeOnExecutionException(ExitCodes.FAILURE);
		spec.usageMessage()
			.autoWidth(true)
			.descriptionHeading("%n")
			.parameterListHeading("%nParameters:%n")
			.optionListHeading("%nOptions:%n")
			.commandListHeading("%nCommands:%n");
		commandLine.getSubcommands().values().forEach(WarmPathCommand::configure);
	}

	/**
	 * A usage error, also when an action finds one after parsing (a value out of range,
	 * an unreadable file): the message, then a suggestion or the command's usage.
	 */
	private static final class UsageError implements IParameterExceptionHandler {

		@Override
		public int handleParseException(ParameterException ex, String[] args) {
			CommandLine cmd = ex.getCommandLine();
			PrintWriter err = cmd.getErr();
			err.println("warmpath: " + ex.getMessage());
			if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
				err.println();
				cmd.usage(err);
			}
			return cmd.getCommandSpec().exitCodeOnInvalidInput();
		}

	}

	/**
	 * An action that failed with an exception it did not handle itself: one line naming
	 * the action ({@code warmpath: import failed: ...}) instead of a stack trace.
	 */
	private static final class Failure implements IExecutionExceptionHandler {

		@Override
		public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
			CommandLine action = cmd;
			while (action.getParent() != null && action.getParent().getParent() != null) {
				action = action.getParent();
			}
			cmd.getErr().println("warmpath: " + action.getCommandName() + " failed: " + ex.getMessage());
			return cmd.getCommandSpec().exitCodeOnExecutionException();
		}

	}

}
