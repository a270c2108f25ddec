package org.warmpath.people;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	/** ASCII letters of both cases, digits and the punctuation names carry. */
	private static final String ALPHABET = "aAbBzZmMqQ0189 -_.,'&()/\\\t!@#$%^*+=:;\"?<>[]{}|~`";

	@Test
	void anAsciiNamesSlugIsWhatTheRegularExpressionsGive() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder name = new StringBuilder();
			int length = random.nextInt(12);
			for (int c = 0; c < length; c++) {
				name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			String s = name.toString();
			assertThat(Text.slug(s)).as("'%s'", s).isEqualTo(Text.regexSlug(s)).isEqualTo(Text.asciiSlug(s));
		}
		assertThat(Text.slug("St. Mary's NHS Trust")).isEqualTo("st-mary-s-nhs-trust");
		assertThat(Text.slug("  --Guy's & St Thomas' (GSTT)--  ")).isEqualTo("guy-s-st-thomas-gstt");
		assertThat(Text.slug("...")).isEmpty();
	}

	@Test
	void aNameBeyondAsciiKeepsTheDefinition() {
		assertThat(Text.asciiSlug("Hôpital Européen")).isNull();
		assertThat(Text.slug("Hôpital Européen")).isEqualTo("hopital-europeen");
		assertThat(Text.slug("Zoë Ñúñez")).isEqualTo("zoe-nunez");
	}

}
