package org.warmpath.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmpath.people.PersonRow;
import org.warmpath.people.TieRow;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFormatsTests {

	// ---- programmes.csv --------------------------------------------------------------

	@Test
	void readsProgrammesWithTheSlugOfTheNameForAMissingIdAndNoKindForAMissingKind() {
		ParsedFile<ProgrammeRow> file = ParsedFile.of("""
				id,name,kind
				nw-scheme,North West Trainee Scheme,Deanery
				,Royal College of Cardiology Mentoring Scheme!,college-scheme
				,Buddies,
				""", Formats.PROGRAMMES);
		assertThat(file.errors()).isEmpty();
		assertThat(file.rows()).containsExactly(new ProgrammeRow("nw-scheme", "North West Trainee Scheme", "deanery"),
				new ProgrammeRow("royal-college-of-cardiology-mentoring-scheme",
						"Royal College of Cardiology Mentoring Scheme!", "college-scheme"),
				new ProgrammeRow("buddies", "Buddies", null));
		assertThat(ParsedFile.of("name\nAlumni of Somewhere\n", Formats.PROGRAMMES).rows())
			.containsExactly(new ProgrammeRow("alumni-of-somewhere", "Alumni of Somewhere", null));
	}

	@Test
	void rejectsABadKindNamingTheColumnABlankNameNoSlugAndARepeatedId() {
		ParsedFile<ProgrammeRow> file = ParsedFile.of("""
				id,name,kind
				a,Alpha,guild
				b,,faculty
				,!!!,
				c,Gamma,alumni
				c,Gamma again,buddy
				""", Formats.PROGRAMMES);
		assertThat(file.rows()).containsExactly(new ProgrammeRow("c", "Gamma", "alumni"));
		assertThat(file.errors()).extracting(ImportReport.RowError::line).containsExactly(2L, 3L, 4L, 6L);
		assertThat(file.errors().get(0).message()).isEqualTo("bad kind 'guild' in column kind (use one of "
				+ "college-scheme, deanery, faculty, buddy, alumni, other)");
		assertThat(file.errors().get(1).message()).isEqualTo("blank name");
		assertThat(file.errors().get(2).message()).contains("no letters or digits");
		assertThat(file.errors().get(3).message()).contains("duplicate programme id 'c' (first on line 5)");
	}

	@Test
	void programmesNeedANameColumn() {
		ParsedFile<ProgrammeRow> file = ParsedFile.of("id,kind\na,deanery\n", Formats.PROGRAMMES);
		assertThat(file.rows()).isEmpty();
		assertThat(file.onlyError().line()).isEqualTo(1);
	}

	// ---- people.csv ------------------------------------------------------------------

	@Test
	void readsEveryPeopleColumnWithDefaultsForTheOptionalOnes() {
		ParsedFile<PersonRow> file = ParsedFile.of(
				"""
						id,name,headline,grade,specialty,region,organisation,skills,openToIntroductions,openToMentoring,mentorCapacity,programmes
						p1,Ada Lovelace,"Consultant, cardiology",Consultant,Cardiology,London,St. Mary's NHS Trust,research; teaching;;research,no,yes,3,Near-Peer Mentoring Network;Academic Circle (mentee)
						p2,Bob
						""",
				Formats.PEOPLE);
		assertThat(file.errors()).isEmpty();
		assertThat(file.lines()).containsExactly(2L, 3L);
		PersonRow ada = file.rows().get(0);
		assertThat(ada.headline()).isEqualTo("Consultant, cardiology");
		assertThat(ada.skills()).containsExactly("research", "teaching");
		assertThat(ada.openToIntroductions()).isFalse();
		assertThat(ada.openToMentoring()).isTrue();
		assertThat(ada.mentorCapacity()).isEqualTo(3);
		assertThat(ada.seniority()).isEqualTo(15);
		assertThat(ada.organisationId()).isEqualTo("st-mary-s-nhs-trust");
		assertThat(ada.programmes()).containsExactly("Near-Peer Mentoring Network", "Academic Circle (mentee)");
		PersonRow bob = file.rows().get(1);
		assertThat(bob).isEqualTo(PersonRow.of("p2", "Bob"));
		assertThat(bob.openToIntroductions()).as("consent is opt-in").isFalse();
		assertThat(bob.openToMentoring()).isFalse();
		assertThat(bob.mentorCapacity()).isZero();
	}

	@Test
	void headersAreCaseInsensitiveInAnyOrderWithUnknownColumnsIgnoredBomAndCrlfTolerated() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		String body = "Favourite Colour,NAME,Id\r\nblue,Ada,p1\r\n\r\ngreen,\"Bob\r\nSmith\",p2\r\nred,Cy,p3";
		byte[] bytes = new byte[bom.length + body.getBytes(StandardCharsets.UTF_8).length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(body.getBytes(StandardCharsets.UTF_8), 0, bytes, bom.length, bytes.length - bom.length);
		ParsedFile<PersonRow> file = ParsedFile.of(bytes, Formats.PEOPLE);
		assertThat(file.errors()).isEmpty();
		assertThat(file.rows()).extracting(PersonRow::id).containsExactly("p1", "p2", "p3");
		assertThat(file.rows().get(1).name()).isEqualTo("Bob\r\nSmith");
		assertThat(file.lines()).containsExactly(2L, 4L, 6L);
		assertThat(file.outcome().rows()).isEqualTo(3);
	}

	@Test
	void rejectsBlankIdAndBlankNameWithTheirLines() {
		ParsedFile<PersonRow> file = ParsedFile.of("id,name\np1,Ada\n  ,Bob\np3,   \n", Formats.PEOPLE);
		assertThat(file.errors()).containsExactly(new ImportReport.RowError(3, "blank id"),
				new ImportReport.RowError(4, "blank name for id 'p3'"));
		assertThat(file.rows()).hasSize(1);
	}

	@Test
	void rejectsADuplicateIdNamingTheFirstLine() {
		ParsedFile<PersonRow> file = ParsedFile.of("id,name\np1,Ada\np2,Bob\np1,Ada again\n", Formats.PEOPLE);
		assertThat(file.onlyError()).isEqualTo(new ImportReport.RowError(4, "duplicate id 'p1' (first on line 2)"));
		assertThat(file.rows()).extracting(PersonRow::name).containsExactly("Ada", "Bob");
	}

	@Test
	void rejectsBadBooleansAndCapacities() {
		ParsedFile<PersonRow> file = ParsedFile.of("""
				id,name,openToIntroductions,openToMentoring,mentorCapacity
				p1,A,maybe,,
				p2,B,,true,51
				p3,C,,true,-1
				p4,D,,true,two
				p5,E,,true,50
				""", Formats.PEOPLE);
		assertThat(file.errors()).extracting(ImportReport.RowError::line).containsExactly(2L, 3L, 4L, 5L);
		assertThat(file.errors().get(0).message()).contains("bad boolean 'maybe'").contains("openToIntroductions");
		assertThat(file.errors().get(1).message()).contains("mentorCapacity 51 is outside 0..50");
		assertThat(file.errors().get(2).message()).contains("mentorCapacity -1 is outside 0..50");
		assertThat(file.errors().get(3).message()).contains("bad number 'two'").contains("mentorCapacity");
		assertThat(file.rows()).extracting(PersonRow::id).containsExactly("p5");
	}

	@Test
	void rejectsAFileWithoutTheRequiredColumnsOnLineOne() {
		ParsedFile<PersonRow> file = ParsedFile.of("id,full name\np1,Ada\n", Formats.PEOPLE);
		assertThat(file.onlyError().line()).isEqualTo(1);
		assertThat(file.onlyError().message()).startsWith("missing required column name in people.csv");
		assertThat(file.outcome().fileRejected()).isTrue();
		assertThat(file.rows()).isEmpty();
	}

	@Test
	void rejectsJsonBinaryAndEmptyBodiesAsMissingRequiredColumns() {
		for (byte[] body : new byte[][] { "{\"people\": [{\"id\": \"p1\", \"name\": \"Ada\"}]}".getBytes(),
				{ 0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, (byte) 0xff, 0x22 }, new byte[0] }) {
			ParsedFile<PersonRow> file = ParsedFile.of(body, Formats.PEOPLE);
			assertThat(file.onlyError().line()).isEqualTo(1);
			assertThat(file.onlyError().message()).startsWith("missing required columns id, name");
			assertThat(file.outcome().fileRejected()).isTrue();
		}
	}

	@Test
	void stopsAtAMalformedLineAndReportsIt() {
		ParsedFile<PersonRow> file = ParsedFile.of("id,name\np1,Ada\np2,\"Bob\" Smith\np3,Cy\n", Formats.PEOPLE);
		assertThat(file.onlyError().line()).isEqualTo(3);
		assertThat(file.onlyError().message()).startsWith("malformed CSV");
		assertThat(file.rows()).extracting(PersonRow::id).containsExactly("p1");
		assertThat(file.outcome().stopped()).isTrue();
	}

	@Test
	void reportsAnUnclosedQuoteOnTheLineItOpens() {
		ParsedFile<PersonRow> file = ParsedFile.of("id,name\np1,Ada\np2,\"Bob\np3,Cy\n", Formats.PEOPLE);
		assertThat(file.onlyError().line()).isEqualTo(3);
		assertThat(file.onlyError().message()).startsWith("malformed CSV");
	}

	// ---- connections.csv -------------------------------------------------------------

	@Test
	void readsTiesWithDefaultStrength() {
		ParsedFile<TieRow> file = ParsedFile.of("""
				source,target,strength,context,since
				a,b,0.8,colleague,2020-01-31
				c,a,,,
				""", Formats.CONNECTIONS);
		assertThat(file.errors()).isEmpty();
		assertThat(file.rows()).containsExactly(new TieRow("a", "b", 0.8, "colleague", LocalDate.of(2020, 1, 31)),
				new TieRow("c", "a", 0.5, null, null));
	}

	@Test
	void rejectsBadStrengthsDatesSelfTiesAndDuplicatePairsInEitherDirection() {
		ParsedFile<TieRow> file = ParsedFile.of("""
				source,target,strength,since
				a,b,0.5,
				a,c,strong,
				a,d,0,
				a,e,1.01,
				a,f,NaN,
				a,g,1,2024-13-01
				h,h,0.5,
				b,a,0.9,
				a,,0.5,
				a,i,1,2024-02-29
				""", Formats.CONNECTIONS);
		assertThat(file.errors()).extracting(ImportReport.RowError::line)
			.containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(file.errors()).extracting(ImportReport.RowError::message)
			.containsExactly("strength 'strong' is not a number (use a value in (0, 1])",
					"strength 0.0 is outside (0, 1]", "strength 1.01 is outside (0, 1]",
					"strength NaN is outside (0, 1]",
					"bad date '2024-13-01' in column since (use an ISO date such as 2024-03-12)",
					"self-tie: 'h' cannot know themselves", "duplicate pair 'b'-'a' (first on line 2)", "blank target");
		assertThat(file.rows()).extracting(TieRow::target).containsExactly("b", "i");
	}

	@Test
	void connectionsNeedSourceAndTargetColumns() {
		ParsedFile<TieRow> file = ParsedFile.of("from,to\na,b\n", Formats.CONNECTIONS);
		assertThat(file.onlyError().line()).isEqualTo(1);
		assertThat(file.onlyError().message()).startsWith("missing required columns source, target");
	}

	// ---- mentoring.csv ---------------------------------------------------------------

	@Test
	void readsMentoringRows() {
		ParsedFile<MentoringRow> file = ParsedFile.of("""
				mentor,mentee,since,status,programme
				m,a,2023-05-01,ACTIVE,Near-Peer Mentoring Network
				m,b,,ended,
				a,m,,,
				m,m,,,
				m,a,,,
				m,c,,not a status,
				""", Formats.MENTORING);
		assertThat(file.rows()).containsExactly(
				new MentoringRow("m", "a", LocalDate.of(2023, 5, 1), "ACTIVE", "Near-Peer Mentoring Network"),
				new MentoringRow("m", "b", null, "ENDED", null), new MentoringRow("a", "m", null, "ACTIVE", null));
		assertThat(file.errors()).extracting(ImportReport.RowError::line).containsExactly(5L, 6L, 7L);
		assertThat(file.errors().get(0).message()).startsWith("self-mentoring");
		assertThat(file.errors().get(1).message()).startsWith("duplicate mentoring");
		assertThat(file.errors().get(2).message()).startsWith("bad status");
	}

	// ---- LinkedIn --------------------------------------------------------------------

	static final String LINKEDIN_EXPORT = """
			Notes:
			"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this here: https://www.linkedin.com/help/linkedin/answer/261"

			First Name,Last Name,URL,Email Address,Company,Position,Connected On
			Priya,Shah,https://www.linkedin.com/in/Priya-Shah-12345/,,"Northgate Hospitals, NHS Trust","Registrar, Cardiology",12 Mar 2024
			,,https://uk.linkedin.com/in/jo-bloggs?trk=abc,jo@example.org,,,01 Jan 2020
			Tom,Jones,,,Acme,,5 May 2021
			Ana,Silva,https://www.linkedin.com/in/ana-silva,,,Surgeon,31 Feb 2022
			Ana,Silva,https://www.linkedin.com/in/ana-silva/,,,,
			Mo,Ali,https://www.linkedin.com/company/acme,,,,
			""";

	@Test
	void readsALinkedInExportAfterItsNotesPreamble() {
		ParsedFile<LinkedInRow> file = ParsedFile.of(LINKEDIN_EXPORT, Formats.LINKEDIN);
		assertThat(file.rows()).hasSize(3);
		LinkedInRow priya = file.rows().get(0);
		assertThat(priya)
			.isEqualTo(new LinkedInRow("li:priya-shah-12345", "https://www.linkedin.com/in/priya-shah-12345",
					"Priya Shah", "Registrar, Cardiology at Northgate Hospitals, NHS Trust",
					"Northgate Hospitals, NHS Trust", LocalDate.of(2024, 3, 12)));
		assertThat(priya.organisationId()).isEqualTo("northgate-hospitals-nhs-trust");
		assertThat(file.lines()).containsExactly(5L, 6L, 9L);
		LinkedInRow blank = file.rows().get(1);
		assertThat(blank.id()).isEqualTo("li:jo-bloggs");
		assertThat(blank.name()).isEqualTo("jo-bloggs");
		assertThat(blank.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/jo-bloggs");
		assertThat(blank.headline()).isNull();
		assertThat(blank.since()).isEqualTo(LocalDate.of(2020, 1, 1));

		assertThat(file.errors()).extracting(ImportReport.RowError::line).containsExactly(7L, 8L, 10L);
		assertThat(file.errors().get(0).message()).startsWith("no profile URL").contains("Tom Jones");
		assertThat(file.errors().get(1).message()).startsWith("bad date '31 Feb 2022'");
		assertThat(file.errors().get(2).message()).contains("is not a LinkedIn profile URL");
	}

	@Test
	void rejectsTheSameProfileTwiceAfterNormalisingTheUrl() {
		ParsedFile<LinkedInRow> file = ParsedFile.of("""
				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Ana,Silva,https://www.linkedin.com/in/ana-silva,,,,
				Ana,Silva,HTTPS://WWW.LINKEDIN.COM/in/Ana-Silva/?utm=x,,,,
				""", Formats.LINKEDIN);
		assertThat(file.onlyError()).isEqualTo(new ImportReport.RowError(3,
				"duplicate profile https://www.linkedin.com/in/ana-silva (first on line 2)"));
	}

	@Test
	void aFileThatIsNotALinkedInExportHasNoHeader() {
		ParsedFile<LinkedInRow> file = ParsedFile.of("id,name\np1,Ada\n", Formats.LINKEDIN);
		assertThat(file.onlyError().line()).isEqualTo(1);
		assertThat(file.onlyError().message()).startsWith("missing required columns first name, last name, url");
	}

	// ---- rows ------------------------------------------------------------------------

	@Test
	void firstLinesRemembersWhereEachKeyFirstAppeared() {
		FirstLines lines = new FirstLines();
		for (int i = 1; i <= 100_000; i++) {
			assertThat(lines.putIfAbsent("p" + i, i)).isZero();
		}
		assertThat(lines.putIfAbsent("p77", 200_000)).isEqualTo(77);
		assertThat(lines.putIfAbsent("Aa", 1)).isZero();
		assertThat(lines.putIfAbsent("BB", 2)).isZero();
		assertThat(lines.size()).isEqualTo(100_002);
	}

}
