package org.warmpath.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code warmpath generate}: the synthetic demo network as the four CSV files the import
 * reads; it needs no database, so it starts no Spring context.
 */
@Command(name = "generate",
		description = { "Write the CSV files of a synthetic demo network; needs no database.", "",
				"Writes programmes.csv, people.csv, connections.csv and mentoring.csv into DIR, ready for "
						+ "warmpath import (programmes first)." },
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { ExitCodes.SUCCESS, "2:usage error, or DIR cannot be written" })
final class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOption help;

	@Option(names = "--people", paramLabel = "N", required = true, converter = WholeNumber.class,
			description = "Number of people, " + DemoNetworkGenerator.MIN_PEOPLE + ".."
					+ DemoNetworkGenerator.MAX_PEOPLE + " (100_000 and 100,000 are read as 100000).")
	long people;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42", converter = WholeNumber.class,
			description = "Random seed (default: ${DEFAULT-VALUE}); the same seed gives the same files.")
	long seed;

	@Option(names = "--mean-degree", paramLabel = "D", defaultValue = "20",
			description = "Mean number of ties per person counted at both ends, 0.."
					+ DemoNetworkGenerator.MAX_MEAN_DEGREE
					+ " (default: ${DEFAULT-VALUE}, ten ties a person); 0 keeps the generator's natural density (about 10.7).")
	double meanDegree;

	@Option(names = "--out", paramLabel = "DIR", required = true,
			description = "Folder to write the files into (created when missing).")
	Path out;

	@Override
	public Integer call() {
		if (this.people < DemoNetworkGenerator.MIN_PEOPLE || this.people > DemoNetworkGenerator.MAX_PEOPLE) {
			throw new ParameterException(this.spec.commandLine(), "--people must be between "
					+ DemoNetworkGenerator.MIN_PEOPLE + " and " + DemoNetworkGenerator.MAX_PEOPLE);
		}
		if (!(this.meanDegree >= 0 && this.meanDegree <= DemoNetworkGenerator.MAX_MEAN_DEGREE)) {
			throw new ParameterException(this.spec.commandLine(),
					"--mean-degree must be between 0 and " + DemoNetworkGenerator.MAX_MEAN_DEGREE);
		}
		long started = System.nanoTime();
		try {
			DemoNetwork network = new DemoNetworkGenerator().withMeanDegree(this.meanDegree)
				.generate((int) this.people, this.seed, this.out);
			this.spec.commandLine()
				.getOut()
				.printf(Locale.ROOT,
						"Generated %,d people, %,d ties, %,d mentoring relationships (seed %d) in %.1f s into %s%n",
						network.people(), network.ties(), network.mentoringRelations(), this.seed,
						(System.nanoTime() - started) / 1e9, this.out.toAbsolutePath());
			return ExitCodes.OK;
		}
		catch (IOException ex) {
			throw new ParameterException(this.spec.commandLine(),
					"cannot write to " + this.out + ": " + ex.getMessage());
		}
	}

	/** A whole number that may group its digits with {@code _} or {@code ,}. */
	static final class WholeNumber implements ITypeConverter<Long> {

		@Override
		public Long convert(String value) {
			try {
				return Long.parseLong(value.replace("_", "").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw new TypeConversionException("must be a whole number: " + value);
			}
		}

	}

}
