package org.warmpath.ingest.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

	/**
	 * Every label the generator can write (each stage with each year it draws, the GP
	 * track, each specialty's core code, each leadership role) is read by the ladder as
	 * the rung the generator means.
	 */
	@Test
	void everyGradeLabelIsReadAsTheRungTheGeneratorMeans() {
		int[][] levels = { { 3, 4, 5 }, { 1, 2 }, { 1, 2, 3 }, { 3, 4, 5, 6, 7, 8 }, { 0 }, { 0, 1 }, { 0 } };
		int checked = 0;
		for (int grade = 0; grade < levels.length; grade++) {
			for (int level : levels[grade]) {
				for (boolean gp : new boolean[] { false, true }) {
					if (gp && grade != DemoVocabulary.CORE && grade != DemoVocabulary.REGISTRAR) {
						continue;
					}
					if (gp && (grade == DemoVocabulary.CORE ? level > 2 : level != 3)) {
						continue; // GP trainees: GPST1-2 core, GPST3 registrar
					}
					for (int specialty = 0; specialty < DemoVocabulary.SPECIALTIES.size(); specialty++) {
						for (int role = DemoVocabulary.NO_ROLE; role <= DemoVocabulary.MEDICAL_DIRECTOR; role++) {
							String label = DemoVocabulary.gradeLabel(grade, level, gp, specialty, role);
							assertThat(Grades.seniority(label)).as(label)
								.isEqualTo(DemoVocabulary.seniority(grade, level, role));
							checked++;
						}
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(1000);
		assertThat(DemoVocabulary.gradeLabel(DemoVocabulary.STUDENT, 3, false, 5, 0))
			.isEqualTo("Medical student (Year 3)");
		assertThat(DemoVocabulary.gradeLabel(DemoVocabulary.FOUNDATION, 2, false, 5, 0)).isEqualTo("Foundation Year 2");
		assertThat(Grades.seniority("Foundation Year 2") - Grades.seniority("Foundation Year 1"))
			.as("an FY2 is one rung ahead of an FY1: a near-peer")
			.isEqualTo(1);
		assertThat(DemoVocabulary.gradeLabel(DemoVocabulary.CORE, 2, false, 3, 0)).isEqualTo("IMT2");
		assertThat(DemoVocabulary.gradeLabel(DemoVocabulary.CORE, 2, false, 2, 0)).isEqualTo("CT2");
		assertThat(DemoVocabulary.gradeLabel(DemoVocabulary.REGISTRAR, 6, false, 2, 0)).isEqualTo("ST6");
		assertThat(DemoVocabulary.gradeLabel(DemoVocabulary.CONSULTANT, 0, false, 2, DemoVocabulary.MEDICAL_DIRECTOR))
			.isEqualTo("Medical Director");
		assertThat(DemoVocabulary.seniority(DemoVocabulary.CONSULTANT, 0, DemoVocabulary.MEDICAL_DIRECTOR))
			.isEqualTo(Grades.MEDICAL_DIRECTOR);
		assertThat(DemoVocabulary.seniority(DemoVocabulary.CONSULTANT, 0, DemoVocabulary.CLINICAL_DIRECTOR))
			.isEqualTo(Grades.CLINICAL_DIRECTOR);
	}

	/**
	 * The finer grade labels change label text only: the ties, the mentoring and every
	 * other column of people.csv are byte for byte what they were before (hashes taken
	 * from the generator before the labels changed).
	 */
	@Test
	void gradeLabelsLeaveTheNetworkAsItWas() throws IOException {
		StringWriter people = new StringWriter();
		StringWriter connections = new StringWriter();
		StringWriter mentoring = new StringWriter();
		new DemoNetworkGenerator().generate(500, 7L, people, connections, mentoring);
		StringBuilder rest = new StringBuilder();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(people.toString()), format)) {
			for (CSVRecord row : parser) {
				for (String column : DemoNetworkGenerator.PEOPLE_HEADER) {
					if (!column.equals("grade") && !column.equals("headline")) {
						rest.append(row.get(column)).append('|');
					}
				}
				rest.append('\n');
			}
		}
		assertThat(sha256(connections.toString()) + " " + sha256(mentoring.toString()) + " " + sha256(rest.toString()))
			.isEqualTo("7776ba62f9d1598c53ecd1d47134ff5aae0c941435fc0d6958e4ac9d6d459a50 "
					+ "e2c0bd77953a3906f70f9fadbe69a7ab882e8be502817c48920b1b93c30d584e "
					+ "4919aca4936c8523ab5decbbf07a1d3c73e6281a0774816f6eacc23e9db97897");
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
