package org.warmpath.ingest.demo;

import org.junit.jupiter.api.Test;
import org.warmpath.people.Grades;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's grade table follows the people module's ladder. */
class DemoGradesTests {

	@Test
	void demoSeniorityIsTheRungTheLadderReads() {
		for (int grade = 0; grade < DemoVocabulary.GRADES.size(); grade++) {
			assertThat(DemoVocabulary.SENIORITY[grade]).as(DemoVocabulary.GRADES.get(grade))
				.isEqualTo(Grades.seniority(DemoVocabulary.GRADES.get(grade)));
		}
		assertThat(DemoVocabulary.SENIORITY).hasSameSizeAs(DemoVocabulary.TIER);
	}

}
