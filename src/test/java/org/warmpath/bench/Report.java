package org.warmpath.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Markdown tables, printed as they are finished and collected for docs/benchmarks.md. */
final class Report {

	private final StringBuilder text = new StringBuilder();

	void heading(String h) {
		String s = "\n### " + h + "\n\n";
		this.text.append(s);
		System.out.print(s);
	}

	void note(String line) {
		String s = line + "\n";
		this.text.append(s);
		System.out.print(s);
	}

	Table table(String... columns) {
		return new Table(columns);
	}

	String text() {
		return this.text.toString();
	}

	final class Table {

		private final String[] columns;

		private final List<String[]> rows = new ArrayList<>();

		Table(String[] columns) {
			this.columns = columns;
		}

		Table row(Object... cells) {
			String[] r = new String[this.columns.length];
			for (int i = 0; i < r.length; i++) {
				r[i] = (i < cells.length && cells[i] != null) ? cells[i].toString() : "";
			}
			this.rows.add(r);
			return this;
		}

		void print() {
			StringBuilder b = new StringBuilder();
			b.append("| ").append(String.join(" | ", this.columns)).append(" |\n|");
			for (int i = 0; i < this.columns.length; i++) {
				b.append("---|");
			}
			b.append('\n');
			for (String[] r : this.rows) {
				b.append("| ").append(String.join(" | ", r).replace("\n", " ")).append(" |\n");
			}
			Report.this.text.append(b);
			System.out.print(b);
		}

	}

	/** "met" or "missed by ..." for a figure that must be at most {@code limit}. */
	static String atMost(double measured, double limit, String unit) {
		if (Double.isNaN(measured)) {
			return "not measured";
		}
		if (measured <= limit) {
			return String.format(Locale.ROOT, "met (<= %s %s)", num(limit), unit);
		}
		return String.format(Locale.ROOT, "**missed** by %s %s (%.1fx the target %s %s)", num(measured - limit), unit,
				measured / limit, num(limit), unit);
	}

	/** "met" or "missed by ..." for a figure that must be at least {@code limit}. */
	static String atLeast(double measured, double limit, String unit) {
		if (Double.isNaN(measured)) {
			return "not measured";
		}
		if (measured >= limit) {
			return String.format(Locale.ROOT, "met (>= %s %s)", num(limit), unit);
		}
		return String.format(Locale.ROOT, "**missed** by %s %s (%.0f%% of the target %s %s)", num(limit - measured),
				unit, 100 * measured / limit, num(limit), unit);
	}

	static String num(double x) {
		if (x == Math.rint(x) && Math.abs(x) < 1e9) {
			return String.format(Locale.ROOT, "%,.0f", x);
		}
		if (Math.abs(x) < 1) {
			return String.format(Locale.ROOT, "%.3f", x);
		}
		return String.format(Locale.ROOT, "%,.2f", x);
	}

}
