package org.warmpath.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The grade ladder on grade strings as people and imports write them. */
class GradesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Medical student                        | 0
			First-year medical student             | 0
			Medical student (Year 3)               | 2
			4th year medical student               | 3
			Year 5 medical student                 | 4
			Final year medical student             | 5
			Medical Student, Year Six              | 5
			FY1                                    | 6
			F1                                     | 6
			Foundation Year 1 doctor               | 6
			Foundation doctor (FY1/FY2)            | 6
			F2                                     | 7
			Foundation Year 2                      | 7
			FY2 Doctor                             | 7
			CT1                                    | 8
			Core trainee                           | 8
			ACCS1 Emergency Medicine               | 8
			ST1 Paediatrics                        | 8
			SHO                                    | 8
			Senior House Officer                   | 8
			CT2                                    | 9
			GPST2                                  | 9
			Core surgical trainee year 2           | 9
			Academic Clinical Fellow (ST2)         | 9
			IMT3                                   | 10
			ST4 Anaesthetics                       | 11
			GP registrar                           | 11
			GPST3                                  | 11
			Specialty registrar (ST3-ST8)          | 11
			Specialist Registrar                   | 11
			Specialty Registrar (ST6)              | 12
			ST5 General Surgery                    | 12
			Specialty doctor                       | 12
			Staff grade                            | 12
			SAS doctor                             | 12
			ST8 Cardiology                         | 13
			Associate specialist                   | 14
			Specialist grade                       | 14
			Consultant Cardiologist                | 15
			Locum consultant                       | 15
			GP partner                             | 15
			Salaried GP                            | 15
			General Practitioner                   | 15
			Clinical Lead for Acute Medicine       | 16
			Consultant and clinical lead           | 16
			Clinical Director                      | 17
			Head of School of Surgery              | 17
			Associate Professor                    | 17
			Associate Medical Director             | 18
			Deputy Medical Director                | 18
			Professor of Surgery                   | 18
			Professor and honorary consultant      | 18
			Associate Postgraduate Dean            | 18
			Medical Director                       | 19
			Postgraduate Dean                      | 19
			Chief Medical Officer                  | 20
			Astronaut                              | null
			Clinical fellow                        | null
			Locum                                  | null
			""")
	void readsRealGradeStrings(String grade, Integer rung) {
		assertThat(Grades.seniority(grade)).as(grade).isEqualTo(rung);
	}

	@Test
	void blankIsUnknown() {
		assertThat(Grades.seniority(null)).isNull();
		assertThat(Grades.seniority("  ")).isNull();
	}

	@Test
	void nearPeerAndSeniorReadRight() {
		// near-peer: one or two rungs ahead; senior: three or more
		assertThat(Grades.seniority("FY2") - Grades.seniority("FY1")).isEqualTo(1);
		assertThat(Grades.seniority("FY1") - Grades.seniority("Final year medical student")).isEqualTo(1);
		assertThat(Grades.seniority("Consultant") - Grades.seniority("FY2")).isGreaterThanOrEqualTo(3);
		assertThat(Grades.seniority("Clinical director") - Grades.seniority("Consultant")).isBetween(1, 2);
		assertThat(Grades.seniority("Medical director") - Grades.seniority("Consultant")).isGreaterThanOrEqualTo(3);
		assertThat(Grades.seniority("ST6") - Grades.seniority("ST3")).isBetween(1, 2);
	}

	@Test
	void everyVocabularyGradeHasItsRungInLadderOrder() {
		int previous = -1;
		for (Vocabulary.Grade grade : Vocabulary.grades()) {
			assertThat(grade.seniority()).as(grade.label()).isNotNull().isGreaterThanOrEqualTo(previous);
			previous = grade.seniority();
		}
		assertThat(Vocabulary.grades()).extracting(Vocabulary.Grade::id)
			.contains("medical-student", "foundation-doctor-fy1-fy2", "core-trainee", "specialty-registrar-st3-st8",
					"specialty-doctor", "associate-specialist", "consultant", "gp", "professor", "fy1", "fy2",
					"medical-director")
			.doesNotHaveDuplicates();
	}

}
