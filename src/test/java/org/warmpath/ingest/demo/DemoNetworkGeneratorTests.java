package org.warmpath.ingest.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Checks the demo network's formats, invariants and structure on one 2,000-person network
 * (generated once), plus determinism on smaller ones.
 */
class DemoNetworkGeneratorTests {

	private static final int PEOPLE = 2_000;

	private static final long SEED = 20_260_630L;

	/**
	 * The career tier (student 0 .. professor 5) each grade label stands for, the coarse
	 * order the network's supervision and mentoring rules keep; null for a label the
	 * generator should not write.
	 */
	private static Integer tier(String grade) {
		if (grade.matches("Medical student \\(Year [3-5]\\)")) {
			return 0;
		}
		if (grade.matches("Foundation Year [12]")) {
			return 1;
		}
		if (grade.matches("(CT|IMT)[1-3]|GPST[12]")) {
			return 2;
		}
		if (grade.matches("ST[3-8]|GPST3")) {
			return 3;
		}
		return switch (grade) {
			case "Consultant", "Clinical Director", "Medical Director", "GP partner", "Salaried GP" -> 4;
			case "Professor" -> 5;
			default -> null;
		};
	}

	static List<CSVRecord> programmes;

	@TempDir
	static Path dir;

	static DemoNetwork network;

	static List<CSVRecord> people;

	static List<CSVRecord> connections;

	static List<CSVRecord> mentoring;

	static Map<String, CSVRecord> personById;

	@BeforeAll
	static void generate() throws IOException {
		network = new DemoNetworkGenerator().generate(PEOPLE, SEED, dir);
		people = parse(dir.resolve("people.csv"), DemoNetworkGenerator.PEOPLE_HEADER);
		connections = parse(dir.resolve("connections.csv"), DemoNetworkGenerator.CONNECTIONS_HEADER);
		mentoring = parse(dir.resolve("mentoring.csv"), DemoNetworkGenerator.MENTORING_HEADER);
		programmes = parse(dir.resolve("programmes.csv"), DemoNetworkGenerator.PROGRAMMES_HEADER);
		personById = new HashMap<>();
		for (CSVRecord person : people) {
			personById.put(person.get("id"), person);
		}
	}

	private static List<CSVRecord> parse(Path file, List<String> expectedHeader) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader, expectedHeader);
		}
	}

	private static List<CSVRecord> parse(Reader reader, List<String> expectedHeader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			assertThat(parser.getHeaderNames()).containsExactlyElementsOf(expectedHeader);
			List<CSVRecord> records = parser.getRecords();
			for (CSVRecord row : records) {
				assertThat(row.isConsistent()).as("row %d has every column", row.getRecordNumber()).isTrue();
			}
			return records;
		}
	}

	@Test
	void headersAreExactlyTheImportFormats() throws IOException {
		assertThat(Files.readAllLines(dir.resolve("people.csv")).get(0)).isEqualTo(
				"id,name,headline,grade,specialty,region,organisation,skills,openToIntroductions,openToMentoring,mentorCapacity,programmes");
		assertThat(Files.readAllLines(dir.resolve("connections.csv")).get(0))
			.isEqualTo("source,target,strength,context,since");
		assertThat(Files.readAllLines(dir.resolve("mentoring.csv")).get(0))
			.isEqualTo("mentor,mentee,since,status,programme");
		assertThat(Files.readAllLines(dir.resolve("programmes.csv")).get(0)).isEqualTo("id,name,kind");
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder("people.csv",
					"connections.csv", "mentoring.csv", "programmes.csv");
		}
	}

	@Test
	void summaryMatchesTheFiles() {
		assertThat(network.people()).isEqualTo(PEOPLE).isEqualTo(people.size());
		assertThat(network.ties()).isEqualTo(connections.size());
		assertThat(network.mentoringRelations()).isEqualTo(mentoring.size()).isPositive();
		assertThat(network.mentors())
			.isEqualTo((int) people.stream().filter((p) -> p.get("openToMentoring").equals("true")).count());
		assertThat(network.seed()).isEqualTo(SEED);
	}

	@Test
	void sameSeedGivesIdenticalBytes() throws IOException {
		String[] first = generateToStrings(500, 7L);
		String[] second = generateToStrings(500, 7L);
		assertThat(second).containsExactly(first);
		// the directory variant writes the same bytes as the Writer variant
		String[] big = generateToStrings(PEOPLE, SEED);
		assertThat(Files.readString(dir.resolve("people.csv"))).isEqualTo(big[0]);
		assertThat(Files.readString(dir.resolve("connections.csv"))).isEqualTo(big[1]);
		assertThat(Files.readString(dir.resolve("mentoring.csv"))).isEqualTo(big[2]);
		assertThat(Files.readString(dir.resolve("programmes.csv"))).isEqualTo(big[3]);
	}

	@Test
	void aMeanDegreeAboveTheNaturalOneTopsTheNetworkUpToItAndChangesNothingElse() throws IOException {
		DemoNetworkGenerator dense = new DemoNetworkGenerator()
			.withMeanDegree(DemoNetworkGenerator.DEFAULT_MEAN_DEGREE);
		StringWriter p = new StringWriter();
		StringWriter c = new StringWriter();
		StringWriter m = new StringWriter();
		DemoNetwork denser = dense.generate(PEOPLE, SEED, p, c, m);
		assertThat(network.meanDegree()).as("natural density").isBetween(8.0, 14.0);
		assertThat(denser.meanDegree()).isCloseTo(20.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(denser.ties()).isEqualTo(10L * PEOPLE);
		// the same people and mentoring; the natural ties first, then the added ones
		assertThat(p.toString()).isEqualTo(Files.readString(dir.resolve("people.csv")));
		assertThat(m.toString()).isEqualTo(Files.readString(dir.resolve("mentoring.csv")));
		assertThat(c.toString()).startsWith(Files.readString(dir.resolve("connections.csv")));
		List<CSVRecord> ties = parse(new StringReader(c.toString()), DemoNetworkGenerator.CONNECTIONS_HEADER);
		Set<String> pairs = new HashSet<>();
		for (CSVRecord tie : ties) {
			String a = tie.get("source");
			String b = tie.get("target");
			assertThat(a).isNotEqualTo(b);
			assertThat(pairs.add((a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a)).as("pair %s %s once", a, b)
				.isTrue();
			assertThat(personById).containsKeys(a, b);
		}
		StringWriter again = new StringWriter();
		dense.generate(PEOPLE, SEED, new StringWriter(), again, new StringWriter());
		assertThat(again.toString()).isEqualTo(c.toString());
		// at or below the natural density nothing changes
		StringWriter sparse = new StringWriter();
		new DemoNetworkGenerator().withMeanDegree(5)
			.generate(PEOPLE, SEED, new StringWriter(), sparse, new StringWriter());
		assertThat(sparse.toString()).isEqualTo(Files.readString(dir.resolve("connections.csv")));
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoNetworkGenerator().withMeanDegree(-1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoNetworkGenerator().withMeanDegree(DemoNetworkGenerator.MAX_MEAN_DEGREE + 1));
	}

	@Test
	void theSinkIsToldOnceThePeopleAreWrittenAndBeforeAnyTie() throws IOException {
		// BulkLoad's demo path starts reading people.csv and programmes.csv then, while
		// the network is built: both must be whole by that call, and no tie handed over
		// yet
		StringWriter p = new StringWriter();
		StringWriter g = new StringWriter();
		int[] calls = new int[2];
		String[] seen = new String[2];
		new DemoNetworkGenerator().generate(PEOPLE, SEED, p, new DemoNetworkGenerator.TieSink() {

			@Override
			public void peopleWritten() {
				calls[0]++;
				assertThat(calls[1]).as("ties before the call").isZero();
				seen[0] = p.toString();
				seen[1] = g.toString();
			}

			@Override
			public void tie(int sourceRow, int targetRow, int strength, int context, int since) {
				assertThat(calls[0]).as("the call before the first tie").isEqualTo(1);
				calls[1]++;
			}

		}, new StringWriter(), g);
		assertThat(calls[0]).isEqualTo(1);
		assertThat((long) calls[1]).isEqualTo(network.ties());
		assertThat(seen[0]).isEqualTo(Files.readString(dir.resolve("people.csv")));
		assertThat(seen[1]).isEqualTo(g.toString()).isNotEmpty();
	}

	@Test
	void theSinksCodesSpellOutConnectionsCsvAndRowsSortAsIds() throws IOException {
		// BulkLoad's demo path stores the codes as they come and orders a tie's ends by
		// row: the codes' text must be connections.csv, cell for cell, and the row
		// order the ids' order
		StringWriter c = new StringWriter();
		CSVPrinter printer = new CSVPrinter(c,
				CSVFormat.DEFAULT.builder()
					.setHeader(DemoNetworkGenerator.CONNECTIONS_HEADER.toArray(String[]::new))
					.setRecordSeparator('\n')
					.get());
		new DemoNetworkGenerator().generate(PEOPLE, SEED, new StringWriter(),
				(sourceRow, targetRow, strength, context, since) -> {
					String source = DemoNetworkGenerator.personId(sourceRow, PEOPLE);
					String target = DemoNetworkGenerator.personId(targetRow, PEOPLE);
					assertThat(source.compareTo(target) < 0).as("%s %s", source, target)
						.isEqualTo(sourceRow < targetRow);
					assertThat(DemoNetworkGenerator.strength(strength))
						.isEqualTo(Double.valueOf(DemoNetworkGenerator.strengthText(strength)));
					printer.printRecord(source, target, DemoNetworkGenerator.strengthText(strength),
							DemoNetworkGenerator.contextText(context), DemoNetworkGenerator.day(since).toString());
				}, new StringWriter());
		printer.flush();
		assertThat(c.toString()).isEqualTo(Files.readString(dir.resolve("connections.csv")));
		assertThat(DemoNetworkGenerator.personId(0, 1_000_000)).isEqualTo("p0000001");
		assertThat(DemoNetworkGenerator.personId(999_999, 1_000_000)).isEqualTo("p1000000");
	}

	@Test
	void differentSeedGivesADifferentNetwork() throws IOException {
		String[] first = generateToStrings(500, 7L);
		String[] other = generateToStrings(500, 8L);
		assertThat(other[0]).isNotEqualTo(first[0]);
		assertThat(other[1]).isNotEqualTo(first[1]);
		assertThat(other[2]).isNotEqualTo(first[2]);
	}

	private static String[] generateToStrings(int size, long seed) throws IOException {
		StringWriter p = new StringWriter();
		StringWriter c = new StringWriter();
		StringWriter m = new StringWriter();
		StringWriter g = new StringWriter();
		new DemoNetworkGenerator().generate(size, seed, p, c, m, g);
		return new String[] { p.toString(), c.toString(), m.toString(), g.toString() };
	}

	@Test
	void idsAreUniqueAndPaddedToTheWidthOfTheSize() {
		Set<String> ids = new HashSet<>();
		for (CSVRecord person : people) {
			assertThat(person.get("id")).matches("p\\d{4}");
			assertThat(ids.add(person.get("id"))).as("unique %s", person.get("id")).isTrue();
		}
		assertThat(ids).contains("p0001", "p2000");
	}

	@Test
	void peopleHaveRealisticAttributes() {
		Set<String> regions = new HashSet<>();
		Set<String> specialties = new HashSet<>();
		Map<String, Integer> grades = new HashMap<>();
		for (CSVRecord person : people) {
			assertThat(person.get("name")).matches("[A-Z][A-Za-z']+ [A-Z][A-Za-z']+");
			assertThat(person.get("headline")).contains(" at ");
			assertThat(tier(person.get("grade"))).as(person.get("grade")).isNotNull();
			assertThat(person.get("organisation")).isNotBlank();
			assertThat(person.get("skills")).isNotBlank();
			assertThat(person.get("openToIntroductions")).isIn("true", "false");
			regions.add(person.get("region"));
			specialties.add(person.get("specialty"));
			grades.merge(person.get("grade"), 1, Integer::sum);
			if (person.get("grade").endsWith("GP") || person.get("grade").startsWith("GP ")) {
				assertThat(person.get("specialty")).isEqualTo("General practice");
			}
		}
		assertThat(regions).hasSize(12).contains("London", "Scotland", "Wales", "Northern Ireland");
		assertThat(specialties).hasSizeGreaterThanOrEqualTo(30);
		assertThat(grades).containsKeys("Medical student (Year 3)", "Foundation Year 1", "Foundation Year 2", "CT1",
				"IMT3", "GPST1", "ST3", "ST8", "GPST3", "Consultant", "Clinical Director", "Medical Director",
				"GP partner", "Salaried GP", "Professor");
		assertThat(grades.get("Professor")).isLessThan(grades.get("Consultant"));
		assertThat(grades.get("Medical Director") + grades.get("Clinical Director"))
			.as("leadership roles are a few of the most senior")
			.isLessThan(grades.get("Consultant") / 2);
	}

	@Test
	void someAreClosedToIntroductions() {
		long closed = people.stream().filter((p) -> p.get("openToIntroductions").equals("false")).count();
		assertThat(closed).isPositive();
		assertThat((double) closed / PEOPLE).isBetween(0.08, 0.25);
	}

	@Test
	void mentorsAreMostlySeniorWithCapacityOneToFive() {
		int mentors = 0;
		int seniorMentors = 0;
		for (CSVRecord person : people) {
			int capacity = Integer.parseInt(person.get("mentorCapacity"));
			if (person.get("openToMentoring").equals("true")) {
				mentors++;
				assertThat(capacity).isBetween(1, 5);
				int seniority = tier(person.get("grade"));
				assertThat(seniority).isGreaterThanOrEqualTo(2);
				if (seniority >= 4) {
					seniorMentors++;
				}
			}
			else {
				assertThat(capacity).isZero();
			}
		}
		assertThat(mentors).isPositive();
		assertThat(seniorMentors).isGreaterThan(mentors / 2);
	}

	@Test
	void tiesAreValid() {
		Set<String> pairs = new HashSet<>();
		LocalDate first = LocalDate.of(1995, 1, 1);
		LocalDate last = DemoNetworkGenerator.DEFAULT_AS_OF;
		for (CSVRecord tie : connections) {
			String source = tie.get("source");
			String target = tie.get("target");
			assertThat(personById).containsKeys(source, target);
			assertThat(source).isNotEqualTo(target);
			String pair = (source.compareTo(target) < 0) ? source + "|" + target : target + "|" + source;
			assertThat(pairs.add(pair)).as("duplicate pair %s", pair).isTrue();
			assertThat(tie.get("strength")).matches("[01]\\.\\d\\d");
			double strength = Double.parseDouble(tie.get("strength"));
			assertThat(strength).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
			assertThat(tie.get("context")).isIn("supervisor", "colleague", "alumni", "conference", "programme");
			LocalDate since = LocalDate.parse(tie.get("since"));
			assertThat(since).isBetween(first, last).isBeforeOrEqualTo(LocalDate.now());
		}
	}

	@Test
	void strengthDependsOnContext() {
		Map<String, double[]> sums = new HashMap<>();
		for (CSVRecord tie : connections) {
			double[] sum = sums.computeIfAbsent(tie.get("context"), (k) -> new double[2]);
			sum[0] += Double.parseDouble(tie.get("strength"));
			sum[1]++;
		}
		double supervisor = sums.get("supervisor")[0] / sums.get("supervisor")[1];
		double colleague = sums.get("colleague")[0] / sums.get("colleague")[1];
		double alumni = sums.get("alumni")[0] / sums.get("alumni")[1];
		double conference = sums.get("conference")[0] / sums.get("conference")[1];
		assertThat(supervisor).isGreaterThan(colleague);
		assertThat(colleague).isGreaterThan(alumni);
		assertThat(alumni).isGreaterThan(conference);
		assertThat(supervisor).isBetween(0.7, 0.95);
		assertThat(conference).isBetween(0.05, 0.4);
	}

	@Test
	void supervisorsAreMoreSeniorThanTheirJuniors() {
		for (CSVRecord tie : connections) {
			if (tie.get("context").equals("supervisor")) {
				int source = tier(personById.get(tie.get("source")).get("grade"));
				int target = tier(personById.get(tie.get("target")).get("grade"));
				assertThat(source).isGreaterThan(target);
			}
		}
	}

	@Test
	void degreesAverageAboutTenWithAHeavyTail() {
		int[] degree = degrees();
		double mean = Arrays.stream(degree).average().orElseThrow();
		int max = Arrays.stream(degree).max().orElseThrow();
		assertThat(mean).isBetween(8.0, 12.0);
		assertThat((double) max).isGreaterThanOrEqualTo(5 * mean);
	}

	@Test
	void clusteringIsFarAboveARandomGraphOfTheSameDensity() {
		List<Set<Integer>> adjacency = adjacency();
		double total = 0;
		for (Set<Integer> neighbours : adjacency) {
			int k = neighbours.size();
			if (k < 2) {
				continue;
			}
			Integer[] list = neighbours.toArray(Integer[]::new);
			int triangles = 0;
			for (int a = 0; a < k; a++) {
				for (int b = a + 1; b < k; b++) {
					if (adjacency.get(list[a]).contains(list[b])) {
						triangles++;
					}
				}
			}
			total += 2.0 * triangles / (k * (k - 1.0));
		}
		double clustering = total / PEOPLE;
		double density = 2.0 * connections.size() / (PEOPLE * (PEOPLE - 1.0));
		assertThat(clustering).isGreaterThan(0.1).isGreaterThan(20 * density);
	}

	@Test
	void networkBridgesRegionsAndSpecialties() {
		long crossRegion = connections.stream()
			.filter((t) -> !personById.get(t.get("source"))
				.get("region")
				.equals(personById.get(t.get("target")).get("region")))
			.count();
		long crossSpecialty = connections.stream()
			.filter((t) -> !personById.get(t.get("source"))
				.get("specialty")
				.equals(personById.get(t.get("target")).get("specialty")))
			.count();
		assertThat(crossRegion).isPositive().isLessThan(connections.size() / 2);
		assertThat(crossSpecialty).isPositive();
		assertThat(largestComponent()).isGreaterThan(PEOPLE * 9 / 10);
	}

	@Test
	void mentoringRespectsCapacityAndSeniority() {
		Map<String, Integer> active = new HashMap<>();
		Set<String> pairs = new HashSet<>();
		int ended = 0;
		for (CSVRecord relation : mentoring) {
			CSVRecord mentor = personById.get(relation.get("mentor"));
			CSVRecord mentee = personById.get(relation.get("mentee"));
			assertThat(mentor).isNotNull();
			assertThat(mentee).isNotNull();
			assertThat(mentor.get("openToMentoring")).isEqualTo("true");
			assertThat(tier(mentor.get("grade"))).isGreaterThan(tier(mentee.get("grade")));
			assertThat(pairs.add(relation.get("mentor") + "|" + relation.get("mentee"))).isTrue();
			assertThat(relation.get("status")).isIn("ACTIVE", "ENDED");
			LocalDate since = LocalDate.parse(relation.get("since"));
			assertThat(since).isBetween(LocalDate.of(1995, 1, 1), DemoNetworkGenerator.DEFAULT_AS_OF);
			if (relation.get("status").equals("ACTIVE")) {
				active.merge(relation.get("mentor"), 1, Integer::sum);
			}
			else {
				ended++;
			}
		}
		active.forEach((mentor, count) -> assertThat(count)
			.isLessThanOrEqualTo(Integer.parseInt(personById.get(mentor).get("mentorCapacity"))));
		assertThat(active).isNotEmpty();
		assertThat(ended).isPositive();
		assertThat(mentoring.stream().filter((r) -> !r.get("programme").isEmpty()).count()).isPositive();
	}

	@Test
	void everyProgrammeSomeoneBelongsToIsListedOnceWithItsKind() {
		Map<String, String> kinds = new HashMap<>();
		for (CSVRecord programme : programmes) {
			assertThat(programme.get("id")).isEqualTo(org.warmpath.people.Text.slug(programme.get("name")));
			assertThat(kinds.put(programme.get("name"), programme.get("kind"))).as(programme.get("name")).isNull();
		}
		Set<String> named = new HashSet<>();
		for (CSVRecord person : people) {
			if (!person.get("programmes").isEmpty()) {
				named.addAll(Arrays.asList(person.get("programmes").split(";")));
			}
		}
		for (CSVRecord relation : mentoring) {
			if (!relation.get("programme").isEmpty()) {
				assertThat(named).contains(relation.get("programme"));
			}
		}
		assertThat(kinds.keySet()).isEqualTo(named);
		kinds.forEach((name, kind) -> {
			String expected = name.startsWith("Royal College of ") ? "college-scheme"
					: name.endsWith("Trainee Mentoring Scheme") ? "deanery"
							: name.equals("Near-Peer Mentoring Network") ? "buddy" : "faculty";
			assertThat(kind).as(name).isEqualTo(expected);
		});
		assertThat(kinds.values()).contains("college-scheme", "deanery", "buddy", "faculty");
	}

	@Test
	void listsAreSemicolonSeparated() {
		assertThat(people.stream().anyMatch((p) -> p.get("skills").contains(";"))).isTrue();
		assertThat(people.stream().anyMatch((p) -> p.get("programmes").contains("Mentoring Scheme"))).isTrue();
		for (CSVRecord person : people) {
			for (String skill : person.get("skills").split(";")) {
				assertThat(skill).isNotBlank().isEqualTo(skill.trim());
			}
		}
	}

	@Test
	void writesWithoutADirectoryTooAndParsesBack() throws IOException {
		StringWriter p = new StringWriter();
		StringWriter c = new StringWriter();
		StringWriter m = new StringWriter();
		DemoNetwork small = new DemoNetworkGenerator().generate(100, 1L, p, c, m);
		assertThat(parse(new StringReader(p.toString()), DemoNetworkGenerator.PEOPLE_HEADER)).hasSize(100);
		assertThat(parse(new StringReader(c.toString()), DemoNetworkGenerator.CONNECTIONS_HEADER))
			.hasSize((int) small.ties());
		assertThat(parse(new StringReader(m.toString()), DemoNetworkGenerator.MENTORING_HEADER))
			.hasSize(small.mentoringRelations());
		assertThat(p.toString()).contains("p001,").contains("p100,");
	}

	@Test
	void rejectsSizesOutOfRange() {
		DemoNetworkGenerator generator = new DemoNetworkGenerator();
		assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(99, 1L, dir.resolve("x")));
		assertThatIllegalArgumentException().isThrownBy(
				() -> generator.generate(1_000_001, 1L, new StringWriter(), new StringWriter(), new StringWriter()));
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoNetworkGenerator(LocalDate.of(1990, 1, 1)));
	}

	@Test
	void asOfBoundsEveryDate() throws IOException {
		LocalDate asOf = LocalDate.of(2020, 3, 1);
		StringWriter c = new StringWriter();
		StringWriter m = new StringWriter();
		new DemoNetworkGenerator(asOf).generate(300, 3L, new StringWriter(), c, m);
		for (CSVRecord tie : parse(new StringReader(c.toString()), DemoNetworkGenerator.CONNECTIONS_HEADER)) {
			assertThat(LocalDate.parse(tie.get("since"))).isBeforeOrEqualTo(asOf);
		}
		for (CSVRecord relation : parse(new StringReader(m.toString()), DemoNetworkGenerator.MENTORING_HEADER)) {
			assertThat(LocalDate.parse(relation.get("since"))).isBeforeOrEqualTo(asOf);
		}
	}

	private static int index(String id) {
		return Integer.parseInt(id.substring(1)) - 1;
	}

	private static int[] degrees() {
		int[] degree = new int[PEOPLE];
		for (CSVRecord tie : connections) {
			degree[index(tie.get("source"))]++;
			degree[index(tie.get("target"))]++;
		}
		return degree;
	}

	private static List<Set<Integer>> adjacency() {
		List<Set<Integer>> adjacency = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			adjacency.add(new HashSet<>());
		}
		for (CSVRecord tie : connections) {
			int s = index(tie.get("source"));
			int t = index(tie.get("target"));
			adjacency.get(s).add(t);
			adjacency.get(t).add(s);
		}
		return adjacency;
	}

	private static int largestComponent() {
		List<Set<Integer>> adjacency = adjacency();
		int[] component = new int[PEOPLE];
		Arrays.fill(component, -1);
		int best = 0;
		int[] stack = new int[PEOPLE];
		for (int start = 0; start < PEOPLE; start++) {
			if (component[start] >= 0) {
				continue;
			}
			int size = 0;
			int top = 0;
			stack[top++] = start;
			component[start] = start;
			while (top > 0) {
				int node = stack[--top];
				size++;
				for (int next : adjacency.get(node)) {
					if (component[next] < 0) {
						component[next] = start;
						stack[top++] = next;
					}
				}
			}
			best = Math.max(best, size);
		}
		return best;
	}

}
