package org.warmpath.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextTests {

	@Test
	void anIsoDateIsWhatTheFormatterParsesEveryDayAndEveryBadOneAlike() {
		// the digits' fast path against LocalDate.parse: every day of a leap and a common
		// year and their neighbours, then days and months that do not exist
		for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2001, 1, 8)); d = d.plusDays(1)) {
			assertThat(Text.isoDate("since", d.toString())).isEqualTo(d);
		}
		for (String s : new String[] { "0000-01-01", "9999-12-31", "2024-02-29", " 2024-03-12 " }) {
			assertThat(Text.isoDate("since", s)).isEqualTo(LocalDate.parse(s.strip()));
		}
		for (String s : new String[] { "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
				"2024-1-01", "2024/01/01", "20240101", "2024-01-0x", "２０２４-01-01", "+2024-01-01" }) {
			boolean parses;
			try {
				LocalDate.parse(s);
				parses = true;
			}
			catch (DateTimeParseException ex) {
				parses = false;
			}
			if (parses) {
				assertThat(Text.isoDate("since", s)).as(s).isEqualTo(LocalDate.parse(s));
			}
			else {
				assertThatIllegalArgumentException().as(s)
					.isThrownBy(() -> Text.isoDate("since", s))
					.withMessageContaining("bad date '" + s + "' in column since");
			}
		}
		assertThat(Text.isoDate("since", "  ")).isNull();
	}

}
