package org.warmpath.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.warmpath.ingest.ImportProgress;

/**
 * Import progress for a terminal: a line every ~2 s or 100,000 rows with the rate, so a
 * long file shows it is moving and how fast. Public for the import benchmark.
 */
public final class RateProgress implements ImportProgress {

	private final PrintWriter out;

	private final long started = System.nanoTime();

	private String phase;

	private long phaseStarted;

	private long lastPrinted;

	private long lastRows;

	public RateProgress(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void progress(String phase, long rows) {
		long now = System.nanoTime();
		if (!phase.equals(this.phase)) {
			this.phase = phase;
			this.phaseStarted = now;
			this.lastPrinted = now;
			this.lastRows = 0;
		}
		if (now - this.lastPrinted >= 2_000_000_000L || rows - this.lastRows >= 100_000) {
			double seconds = Math.max(now - this.phaseStarted, 1) / 1e9;
			this.out.printf(Locale.ROOT, "  %-10s %,12d rows  %,10.0f rows/s  (%.0f s)%n", phase, rows, rows / seconds,
					(now - this.started) / 1e9);
			this.out.flush();
			this.lastPrinted = now;
			this.lastRows = rows;
		}
	}

}
