package org.warmpath.projection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written date reading of {@code since} takes exactly the strings that
 * {@code LocalDate.parse} then {@code toString} gives back unchanged, with their epoch
 * day, and nothing else (the rest is kept as text).
 */
class TieDetailsSinceTests {

	@Test
	void readsTheDatesLocalDateReadsBackAndNothingElse() {
		List<String> cases = new ArrayList<>(List.of("2024-02-29", "2023-02-29", "2024-04-31", "2024-13-01",
				"2024-00-10", "2024-01-00", "1970-01-01", "1969-12-31", "0999-01-01", "0000-01-01", "9999-12-31",
				"abcd-ef-gh", "2024-1-01x", "2024/01/01", "+2024-1-01", "2024-01-1 ", "20240101", ""));
		Random rnd = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			cases.add(String.format("%04d-%02d-%02d", rnd.nextInt(10_000), rnd.nextInt(14), rnd.nextInt(33)));
		}
		for (String s : cases) {
			assertThat(TieDetails.isoDay(s)).as(s).isEqualTo(reference(s));
		}
	}

	private static long reference(String s) {
		if (s.length() != 10) {
			return Long.MIN_VALUE;
		}
		try {
			LocalDate date = LocalDate.parse(s);
			return date.toString().equals(s) ? date.toEpochDay() : Long.MIN_VALUE;
		}
		catch (DateTimeParseException ex) {
			return Long.MIN_VALUE;
		}
	}

}
