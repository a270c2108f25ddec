package org.warmpath.people;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the {@code seniority} rung from free-text {@code grade}, so that near-peer
 * mentors (one or two rungs ahead) and senior mentors (three or more) can be told apart
 * whatever words an import uses for the grade.
 *
 * <p>
 * The ladder ({@link #VERSION} 2; docs/model.md has it as a table):
 *
 * <pre>
 *  0..5  medical student, years 1 to 6 (final year 5)
 *  6     FY1 (F1, house officer)          7  FY2
 *  8     core year 1: CT1, IMT1, ACCS1, CST1, ST1, GPST1, SHO
 *  9     core year 2: CT2, IMT2, ACCS2, ST2, GPST2
 * 10     core year 3: CT3, IMT3, ACCS3
 * 11     registrar ST3-ST4 (GPST3, SpR, StR)
 * 12     registrar ST5-ST6; specialty doctor, staff grade (SAS)
 * 13     registrar ST7-ST8
 * 14     associate specialist, specialist grade
 * 15     consultant, GP (partner or salaried)
 * 16     clinical lead
 * 17     clinical director, head of school, associate professor
 * 18     associate (deputy) medical director, associate dean, professor
 * 19     medical director, (postgraduate) dean
 * 20     chief medical officer
 * </pre>
 *
 * <p>
 * Why these rungs: one rung per year where a year changes what a mentor can offer
 * (student years, FY1, FY2, core years), so an FY2 is near-peer for an FY1 and a
 * final-year student reaches FY1 in one step. Registrar years go in two-year bands
 * (junior, middle, senior registrar): one rung per year would make an ST6 "senior" to an
 * ST3 of the same programme and put the consultant six rungs above a new registrar. A
 * specialty doctor sits with the middle registrars, the autonomous SAS grades one rung
 * below consultant. Leadership roles climb above consultant: a clinical lead or clinical
 * director is near-peer for a consultant, an associate medical director, a professor and
 * a medical director are senior to one.
 *
 * <p>
 * A grade that names its stage but not its year (such as "Medical student", "Foundation
 * doctor", "Core trainee", "Registrar") is put on the stage's first rung, and a range
 * ("ST3-ST8", "FY1/FY2") on its lowest: the ladder never places someone further along
 * than they said. Rules are checked from the most senior words down, so "Professor and
 * honorary consultant" is 18 and "GP registrar" is 11. Anything else is unknown
 * ({@code null}).
 */
public final class Grades {

	/**
	 * The version of the ladder: stored seniority written under another version is
	 * recomputed at start-up ({@link GradeLadderMigration}). Raise it with every change
	 * of a rung.
	 */
	public static final int VERSION = 2;

	/** The highest rung. */
	public static final int CHIEF_MEDICAL_OFFICER = 20;

	/** Rung of a final-year medical student. */
	public static final int FINAL_YEAR_STUDENT = 5;

	/** Rung of FY1. */
	public static final int FY1 = 6;

	/** Rung of FY2. */
	public static final int FY2 = 7;

	/** Rung of the first core year. */
	public static final int CORE = 8;

	/** Rung of a junior registrar (ST3-ST4). */
	public static final int REGISTRAR = 11;

	/** Rung of a specialty doctor (and middle registrars). */
	public static final int SPECIALTY_DOCTOR = 12;

	/** Rung of the autonomous SAS grades. */
	public static final int SPECIALIST_GRADE = 14;

	/** Rung of a consultant or GP. */
	public static final int CONSULTANT = 15;

	/** Rung of a clinical lead. */
	public static final int CLINICAL_LEAD = 16;

	/** Rung of a clinical director. */
	public static final int CLINICAL_DIRECTOR = 17;

	/** Rung of an associate medical director or a professor. */
	public static final int PROFESSOR = 18;

	/** Rung of a medical director or a postgraduate dean. */
	public static final int MEDICAL_DIRECTOR = 19;

	private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

	/** A training code with its year, such as ct2, imt3, st6, gpst1, fy2. */
	private static final Pattern CODE = Pattern.compile("(gpst|accs|acct|imt|cmt|cst|ct|st|fy|f)([1-8])");

	/** A year as a number, ordinal or word ("3", "3rd", "third", "three"). */
	private static final Pattern NUMBER = Pattern.compile("([1-9])(st|nd|rd|th)?");

	/** A year written into one word ("year3", "y3"). */
	private static final Pattern YEAR_WORD = Pattern.compile("(?:year|yr|y)([1-6])");

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("first", 1),
			Map.entry("two", 2), Map.entry("second", 2), Map.entry("three", 3), Map.entry("third", 3),
			Map.entry("four", 4), Map.entry("fourth", 4), Map.entry("five", 5), Map.entry("fifth", 5),
			Map.entry("six", 6), Map.entry("sixth", 6));

	private Grades() {
	}

	/**
	 * The seniority rung of a grade.
	 * @param grade free text such as "ST4 Anaesthetics", may be {@code null}
	 * @return 0 (first-year medical student) to 20 (chief medical officer), or
	 * {@code null} when the grade is blank or not recognised
	 */
	public static Integer seniority(String grade) {
		if (grade == null || grade.isBlank()) {
			return null;
		}
		String[] words = WORDS.split(grade.toLowerCase(Locale.ROOT).strip());
		Integer leader = leadership(words);
		if (leader != null) {
			return leader;
		}
		if (has(words, "student") || has(words, "undergraduate")) {
			Integer year = year(words);
			return (year == null) ? 0 : Math.min(year, 6) - 1;
		}
		Integer coded = coded(words);
		if (coded != null) {
			return coded;
		}
		if (has(words, "foundation") || (phrase(words, "house", "officer") && !has(words, "senior"))
				|| has(words, "prho")) {
			Integer year = year(words);
			return (year != null && year == 2) ? FY2 : FY1;
		}
		if (has(words, "registrar") || has(words, "spr") || has(words, "str") || phrase(words, "specialty", "trainee")
				|| phrase(words, "specialist", "trainee") || phrase(words, "gp", "trainee")
				|| phrase(words, "higher", "trainee")) {
			return REGISTRAR;
		}
		if (has(words, "core") || has(words, "sho") || phrase(words, "senior", "house")) {
			Integer year = year(words);
			return (year != null && year <= 3) ? CORE + year - 1 : CORE;
		}
		if (phrase(words, "associate", "specialist") || phrase(words, "specialist", "grade")) {
			return SPECIALIST_GRADE;
		}
		if (has(words, "consultant") || has(words, "gp") || phrase(words, "general", "practitioner")
				|| has(words, "attending")) {
			return CONSULTANT;
		}
		if (has(words, "sas") || phrase(words, "specialty", "doctor") || phrase(words, "staff", "grade")) {
			return SPECIALTY_DOCTOR;
		}
		return null;
	}

	/** Leadership and academic roles, the most senior first; null when none. */
	private static Integer leadership(String[] words) {
		int at = at(words, "chief", "medical");
		if (at >= 0 || (at = at(words, "cmo", null)) >= 0) {
			return deputy(words, at) ? MEDICAL_DIRECTOR : CHIEF_MEDICAL_OFFICER;
		}
		if ((at = at(words, "medical", "director")) >= 0) {
			return deputy(words, at) ? PROFESSOR : MEDICAL_DIRECTOR;
		}
		if ((at = at(words, "dean", null)) >= 0) {
			return deputy(words, at) ? PROFESSOR : MEDICAL_DIRECTOR;
		}
		if ((at = at(words, "professor", null)) >= 0 || (at = at(words, "prof", null)) >= 0) {
			return deputy(words, at) ? CLINICAL_DIRECTOR : PROFESSOR;
		}
		if ((at = at(words, "clinical", "director")) >= 0
				|| ((at = at(words, "head", "of")) >= 0 && has(words, "school"))
				|| ((at = at(words, "director", "of")) >= 0 && has(words, "education"))) {
			return deputy(words, at) ? CLINICAL_LEAD : CLINICAL_DIRECTOR;
		}
		if (at(words, "clinical", "lead") >= 0 || at(words, "lead", "clinician") >= 0) {
			return CLINICAL_LEAD;
		}
		return null;
	}

	/**
	 * Where a word (followed by {@code next}, unless null) first occurs; -1 when it does
	 * not.
	 */
	private static int at(String[] words, String word, String next) {
		for (int i = 0; i < words.length; i++) {
			if (words[i].equals(word) && (next == null || (i + 1 < words.length && words[i + 1].equals(next)))) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a deputy's or associate's word comes before the role at {@code at}. */
	private static boolean deputy(String[] words, int at) {
		for (int i = 0; i < at; i++) {
			if (words[i].equals("associate") || words[i].equals("deputy") || words[i].equals("assistant")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The lowest rung named by a training code (CT2, ST6, GPST1, FY2...), so that a range
	 * such as "ST3-ST8" is its first rung; null when there is none.
	 */
	private static Integer coded(String[] words) {
		Integer lowest = null;
		for (String w : words) {
			Matcher m = CODE.matcher(w);
			if (!m.matches()) {
				continue;
			}
			int year = m.group(2).charAt(0) - '0';
			Integer rung = switch (m.group(1)) {
				case "fy", "f" -> (year <= 2) ? FY1 + year - 1 : null;
				case "ct", "imt", "cmt", "cst", "accs", "acct" -> (year <= 3) ? CORE + year - 1 : null;
				default -> (year <= 2) ? CORE + year - 1 : REGISTRAR + (year - 3) / 2; // st,
																						// gpst
			};
			if (rung != null && (lowest == null || rung < lowest)) {
				lowest = rung;
			}
		}
		return lowest;
	}

	/**
	 * The year a grade names: "year 3", "3rd year", "third-year", "Year Two", "final
	 * year" (6); null when none.
	 */
	private static Integer year(String[] words) {
		for (int i = 0; i < words.length; i++) {
			if (!words[i].equals("year") && !words[i].equals("yr")) {
				continue;
			}
			if (i > 0 && words[i - 1].equals("final")) {
				return 6;
			}
			if (i + 1 < words.length && number(words[i + 1]) != null) {
				return number(words[i + 1]);
			}
			if (i > 0 && number(words[i - 1]) != null) {
				return number(words[i - 1]);
			}
		}
		for (String w : words) {
			Matcher m = YEAR_WORD.matcher(w);
			if (m.matches()) {
				return m.group(1).charAt(0) - '0';
			}
		}
		return null;
	}

	private static Integer number(String word) {
		Matcher m = NUMBER.matcher(word);
		if (m.matches()) {
			return m.group(1).charAt(0) - '0';
		}
		return NUMBER_WORDS.get(word);
	}

	private static boolean has(String[] words, String word) {
		for (String w : words) {
			if (w.equals(word)) {
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
