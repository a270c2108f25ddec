package org.warmpath.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile CSV: bytes fed through the same reader and row formats the importer uses
 * produce only rows or row errors (with a line and a reason), never an unexpected
 * exception. Runs the committed inputs ({@code ImportFuzzTestsInputs/}) in every test
 * run; {@code JAZZER_FUZZ=1} fuzzes (see docs/reliability.md).
 */
class ImportFuzzTests {

	@FuzzTest(maxDuration = "60s")
	void people(byte[] csv) throws IOException {
		read(csv, Formats.PEOPLE);
	}

	@FuzzTest(maxDuration = "60s")
	void connections(byte[] csv) throws IOException {
		read(csv, Formats.CONNECTIONS);
	}

	@FuzzTest(maxDuration = "60s")
	void linkedin(byte[] csv) throws IOException {
		read(csv, Formats.LINKEDIN);
	}

	@FuzzTest(maxDuration = "60s")
	void mentoring(byte[] csv) throws IOException {
		read(csv, Formats.MENTORING);
	}

	static <T> void read(byte[] csv, RowFormat<T> format) throws IOException {
		long[] seen = new long[2];
		RowReader.Outcome outcome = RowReader.read(new ByteArrayInputStream(csv), format, new RowReader.Sink<>() {

			@Override
			public void accept(long line, T row) {
				assertThat(row).isNotNull();
				assertThat(line).isPositive();
				seen[0]++;
			}

			@Override
			public void reject(long line, String message) {
				assertThat(line).isPositive();
				assertThat(message).isNotBlank().hasSizeLessThan(2000);
				seen[1]++;
			}

		});
		if (outcome.fileRejected()) {
			assertThat(outcome.rows()).isZero();
			assertThat(seen[0]).isZero();
			assertThat(seen[1]).isOne();
		}
		else {
			// every data row read is either accepted or rejected, exactly once (a
			// malformed
			// record that stops the read counts as a row and is rejected)
			assertThat(seen[0] + seen[1]).isEqualTo(outcome.rows());
		}
	}

}
