package org.warmpath.people;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives the {@code seniority} ordinal from free-text {@code grade}, so that near-peer
 * and senior mentors can be told apart whatever words an import uses for the grade.
 *
 * <p>
 * The ladder: medical student 0 &lt; foundation doctor 1 (FY1/FY2) &lt; core trainee 2
 * (CT1-3, IMT, ST1-2) &lt; specialty registrar 3 (ST3-ST8, registrar, specialty or GP
 * trainee) &lt; consultant, GP or SAS doctor 4 (associate specialist, specialty doctor)
 * &lt; professor 5. Rules are checked from the most specific word down, so "Professor and
 * consultant" is 5 and "GP registrar" is 3. Anything else is unknown ({@code null}).
 */
public final class Grades {

	private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern REGISTRAR_CODE = Pattern.compile("st[3-8]|gpst[1-4]|st3-8|spr|str");

	private static final Pattern CORE_CODE = Pattern.compile("ct[1-3]|imt[1-3]|cst[1-3]?|acct[1-3]?|st[1-2]");

	private static final Pattern FOUNDATION_CODE = Pattern.compile("fy[1-2]|f[1-2]");

	/** The highest seniority. */
	public static final int PROFESSOR = 5;

	private Grades() {
	}

	/**
	 * The seniority ordinal of a grade.
	 * @param grade free text such as "Specialty registrar (ST3-ST8)", may be {@code null}
	 * @return 0 (student) to 5 (professor), or {@code null} when the grade is blank or
	 * not recognised
	 */
	public static Integer seniority(String grade) {
		if (grade == null || grade.isBlank()) {
			return null;
		}
		String[] words = WORDS.split(grade.toLowerCase(Locale.ROOT).strip());
		if (has(words, "professor") || has(words, "prof")) {
			return PROFESSOR;
		}
		if (has(words, "student") || has(words, "undergraduate")) {
			return 0;
		}
		if (has(words, "foundation") || matches(words, FOUNDATION_CODE)) {
			return 1;
		}
		if (has(words, "registrar") || matches(words, REGISTRAR_CODE) || phrase(words, "specialty", "trainee")
				|| phrase(words, "specialist", "trainee") || phrase(words, "gp", "trainee")
				|| phrase(words, "higher", "trainee")) {
			return 3;
		}
		if (has(words, "core") || matches(words, CORE_CODE)) {
			return 2;
		}
		if (has(words, "consultant") || has(words, "gp") || phrase(words, "general", "practitioner")
				|| has(words, "sas") || phrase(words, "associate", "specialist") || phrase(words, "specialty", "doctor")
				|| phrase(words, "specialist", "grade") || phrase(words, "staff", "grade") || has(words, "attending")) {
			return 4;
		}
		return null;
	}

	private static boolean has(String[] words, String word) {
		for (String w : words) {
			if (w.equals(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(String[] words, Pattern pattern) {
		for (String w : words) {
			if (pattern.matcher(w).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean phrase(String[] words, String first, String second) {
		for (int i = 0; i + 1 < words.length; i++) {
			if (words[i].equals(first) && words[i + 1].equals(second)) {
				return true;
			}
		}
		return false;
	}

}
