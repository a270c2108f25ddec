package org.warmpath.ingest.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.warmpath.people.Text;
import org.warmpath.programmes.ProgrammeKind;

/**
 * Generates a deterministic, synthetic UK medical professional network for demos, load
 * tests and benchmarks, in WarmPath's import formats ({@code people.csv},
 * {@code connections.csv}) plus {@code mentoring.csv} (existing mentoring relationships)
 * and {@code programmes.csv} (every programme someone belongs to, with its kind).
 *
 * <h2>Why</h2> WarmPath's features only show on a network with realistic structure: warm
 * paths need strong local ties and a few long-range bridges, broker analytics need
 * communities and hubs, mentor search needs mentors with capacity and history, and
 * consent needs some people who are closed to introductions. Real data cannot be shipped,
 * so this class invents it. All names are random combinations of common first names and
 * surnames; all organisations and programmes are invented.
 *
 * <h2>How the structure is built</h2>
 * <ul>
 * <li>People: region (12 UK regions, weighted by workforce), grade ladder (students to
 * professors, realistic proportions; labelled on the people module's finer ladder, such
 * as "Medical student (Year 4)", "Foundation Year 2", "IMT2", "ST6", "Medical Director":
 * see {@code DemoVocabulary.gradeLabel}), specialty (34, GP-track trainees and GPs in
 * general practice), organisation (invented trusts and primary-care networks of their
 * region), skills, programmes, consent flags; mentors are mostly seniors (registrars as
 * near-peers), capacity 1-5; about 85% are open to introductions.</li>
 * <li>Ties, about ten a person (see {@link NetworkStructure}): dense small teams within
 * an organisation and specialty (colleague and supervisor ties, high clustering),
 * supervision of juniors by seniors, regional training cohorts (alumni), triadic closure,
 * national programme cohorts that bridge regions and specialties, and weak conference
 * ties drawn by Pareto fitness and preferential attachment (heavy-tailed degrees).
 * Strength depends on context (supervisor 0.70-0.95, colleague 0.50-0.90, programme
 * 0.35-0.75, alumni 0.30-0.70, conference 0.05-0.40, plus noise), two decimals, in (0,
 * 1]. A tie starts after both people entered medicine.</li>
 * <li>Mentoring: each mentor has between 0 and capacity active mentees (a mentee has at
 * most two active mentors) and a few ended relationships, always with a less senior
 * mentee, usually someone they already know or someone in their specialty.</li>
 * </ul>
 *
 * <h2>Determinism</h2> The same size, seed and as-of date give byte-identical files on
 * any JVM: randomness comes from {@link SplitMix64} (fixed algorithm), one independent
 * stream per phase, and nothing depends on hashing order, wall-clock time or the default
 * locale. Dates lie between 1995-01-01 and the as-of date, which is fixed
 * ({@link #DEFAULT_AS_OF}) rather than "today" so that output does not change from one
 * day to the next.
 *
 * <h2>Cost</h2> Time {@code O(n log n + m)} for {@code n} people and {@code m ≈ 5n} ties
 * (a few sorts of packed keys; every other phase is linear). Memory about 100 bytes per
 * person plus 12 bytes per tie plus an open-addressing pair set of at most 32 bytes per
 * tie, and no object per tie: a million people and five million ties fit well within a 1
 * GiB heap. Rows are formatted as they are written.
 *
 * <p>
 * Instances are immutable and thread-safe; each call generates independently.
 */
public final class DemoNetworkGenerator {

	/** Smallest network generated. */
	public static final int MIN_PEOPLE = 100;

	/** Largest network generated. */
	public static final int MAX_PEOPLE = 1_000_000;

	/** The default as-of date: no tie or mentoring relationship starts later. */
	public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

	/** Earliest date of any tie or mentoring relationship. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1995, 1, 1);

	/** File name of the people. */
	public static final String PEOPLE_FILE = "people.csv";

	/** File name of the ties. */
	public static final String CONNECTIONS_FILE = "connections.csv";

	/** File name of the mentoring relationships. */
	public static final String MENTORING_FILE = "mentoring.csv";

	/** File name of the programmes with their kinds. */
	public static final String PROGRAMMES_FILE = "programmes.csv";

	/** Header of {@code programmes.csv}. */
	public static final List<String> PROGRAMMES_HEADER = List.of("id", "name", "kind");

	/** Header of {@code people.csv}. */
	public static final List<String> PEOPLE_HEADER = List.of("id", "name", "headline", "grade", "specialty", "region",
			"organisation", "skills", "openToIntroductions", "openToMentoring", "mentorCapacity", "programmes");

	/** Header of {@code connections.csv}. */
	public static final List<String> CONNECTIONS_HEADER = List.of("source", "target", "strength", "context", "since");

	/** Header of {@code mentoring.csv}. */
	public static final List<String> MENTORING_HEADER = List.of("mentor", "mentee", "since", "status", "programme");

	private static final int PHASE_PEOPLE = 1;

	private static final int PHASE_MENTORING = 17;

	private static final int MAX_ACTIVE_MENTORS_PER_MENTEE = 2;

	/**
	 * The mean degree (ties per person counted at both ends) the demo loader and the
	 * command line ask for: 10 ties a person, so 100,000 people give about a million
	 * ties.
	 */
	public static final double DEFAULT_MEAN_DEGREE = 20;

	/** The largest mean degree accepted. */
	public static final double MAX_MEAN_DEGREE = 60;

	private final LocalDate asOf;

	/** Mean degree asked for; 0 for the natural density of the structure phases. */
	private final double meanDegree;

	/**
	 * A generator dated {@link #DEFAULT_AS_OF}, at the natural density of its structure
	 * (mean degree about 10.7: see {@link #withMeanDegree(double)} for denser networks).
	 */
	public DemoNetworkGenerator() {
		this(DEFAULT_AS_OF);
	}

	/**
	 * A generator whose dates end at {@code asOf}.
	 * @param asOf latest date written; between 1996-01-01 and 2080-12-31
	 */
	public DemoNetworkGenerator(LocalDate asOf) {
		Objects.requireNonNull(asOf, "asOf");
		if (asOf.isBefore(LocalDate.of(1996, 1, 1)) || asOf.isAfter(LocalDate.of(2080, 12, 31))) {
			throw new IllegalArgumentException("asOf must lie between 1996-01-01 and 2080-12-31: " + asOf);
		}
		this.asOf = asOf;
		this.meanDegree = 0;
	}

	private DemoNetworkGenerator(LocalDate asOf, double meanDegree) {
		this.asOf = asOf;
		this.meanDegree = meanDegree;
	}

	/**
	 * The same generator, topping the network up with closure and conference ties until
	 * its mean degree is {@code meanDegree} (see {@link NetworkStructure}). A mean degree
	 * at or below the natural one (about 10.7) changes nothing: ties are only added.
	 * Output for a given size, seed and mean degree is as deterministic as ever.
	 * @param meanDegree 0 (natural density) to {@value #MAX_MEAN_DEGREE}
	 * @return the generator
	 */
	public DemoNetworkGenerator withMeanDegree(double meanDegree) {
		if (!(meanDegree >= 0 && meanDegree <= MAX_MEAN_DEGREE)) {
			throw new IllegalArgumentException(
					"mean degree must be between 0 and " + MAX_MEAN_DEGREE + ": " + meanDegree);
		}
		return new DemoNetworkGenerator(this.asOf, meanDegree);
	}

	/**
	 * The latest date this generator writes.
	 * @return the as-of date
	 */
	public LocalDate asOf() {
		return this.asOf;
	}

	/**
	 * Writes {@code people.csv}, {@code connections.csv}, {@code mentoring.csv} and
	 * {@code programmes.csv} into a directory (created if missing; existing files of
	 * those names are replaced only once all four are complete).
	 * @param people number of people, {@value #MIN_PEOPLE}..{@value #MAX_PEOPLE}
	 * @param seed the seed
	 * @param dir target directory
	 * @return what was written
	 * @throws IOException if a file cannot be written
	 */
	public DemoNetwork generate(int people, long seed, Path dir) throws IOException {
		checkSize(people);
		Objects.requireNonNull(dir, "dir");
		Files.createDirectories(dir);
		Path peopleTmp = dir.resolve(PEOPLE_FILE + ".tmp");
		Path connectionsTmp = dir.resolve(CONNECTIONS_FILE + ".tmp");
		Path mentoringTmp = dir.resolve(MENTORING_FILE + ".tmp");
		Path programmesTmp = dir.resolve(PROGRAMMES_FILE + ".tmp");
		boolean done = false;
		try {
			DemoNetwork network;
			try (Writer peopleOut = writer(peopleTmp);
					Writer connectionsOut = writer(connectionsTmp);
					Writer mentoringOut = writer(mentoringTmp);
					Writer programmesOut = writer(programmesTmp)) {
				network = generate(people, seed, peopleOut, connectionsOut, mentoringOut, programmesOut);
			}
			move(peopleTmp, dir.resolve(PEOPLE_FILE));
			move(connectionsTmp, dir.resolve(CONNECTIONS_FILE));
			move(mentoringTmp, dir.resolve(MENTORING_FILE));
			move(programmesTmp, dir.resolve(PROGRAMMES_FILE));
			done = true;
			return network;
		}
		finally {
			if (!done) {
				Files.deleteIfExists(peopleTmp);
				Files.deleteIfExists(connectionsTmp);
				Files.deleteIfExists(mentoringTmp);
				Files.deleteIfExists(programmesTmp);
			}
		}
	}

	/**
	 * Writes the three CSV documents to the given sinks, each with its header row. The
	 * sinks are flushed (if {@link java.io.Flushable}) but not closed; pass buffered
	 * ones, since rows are written field by field.
	 * @param people number of people, {@value #MIN_PEOPLE}..{@value #MAX_PEOPLE}
	 * @param seed the seed
	 * @param peopleOut receives {@code people.csv}
	 * @param connectionsOut receives {@code connections.csv}
	 * @param mentoringOut receives {@code mentoring.csv}
	 * @return what was written
	 * @throws IOException if a sink fails
	 */
	public DemoNetwork generate(int people, long seed, Appendable peopleOut, Appendable connectionsOut,
			Appendable mentoringOut) throws IOException {
		return generate(people, seed, peopleOut, connectionsOut, mentoringOut, null);
	}

	/**
	 * As {@link #generate(int, long, Appendable, Appendable, Appendable)}, writing
	 * {@code programmes.csv} too.
	 * @param people number of people, {@value #MIN_PEOPLE}..{@value #MAX_PEOPLE}
	 * @param seed the seed
	 * @param peopleOut receives {@code people.csv}
	 * @param connectionsOut receives {@code connections.csv}
	 * @param mentoringOut receives {@code mentoring.csv}
	 * @param programmesOut receives {@code programmes.csv}, or {@code null} for none
	 * @return what was written
	 * @throws IOException if a sink fails
	 */
	public DemoNetwork generate(int people, long seed, Appendable peopleOut, Appendable connectionsOut,
			Appendable mentoringOut, Appendable programmesOut) throws IOException {
		checkSize(people);
		Objects.requireNonNull(peopleOut, "peopleOut");
		Objects.requireNonNull(connectionsOut, "connectionsOut");
		CSVPrinter printer = printer(connectionsOut, CONNECTIONS_HEADER);
		DemoNetwork network = generate(people, seed, peopleOut, null, printer, mentoringOut, programmesOut);
		printer.flush();
		return network;
	}

	/**
	 * About how many ties a network of {@code people} gets, for a consumer sizing its
	 * arrays once: what the mean degree asks for, or the natural density (about 5.4 ties
	 * per person) when that is more.
	 * @param people how many people
	 * @return the ties expected (the network may have a few more or fewer)
	 */
	public int expectedTies(int people) {
		return (int) Math.min(Integer.MAX_VALUE - 16, Math.ceil(Math.max(2.8, this.meanDegree / 2) * people));
	}

	/**
	 * Receives each generated tie by its codes, not as the text connections.csv holds:
	 * the bulk load of the demo hands them straight to the offline importer's input
	 * instead of a CSV it would read back and parse. Why codes: at 1M people the ten
	 * million ties are handed over on the thread that builds the network, and looking
	 * their strength, context and date up again from text (four hash lookups and an id
	 * comparison a tie) was about 3 s of it. The text of each code is {@link #personId},
	 * {@link #strengthText}, {@link #contextText} and {@link #day}.
	 */
	@FunctionalInterface
	public interface TieSink {

		/**
		 * One tie. People's ids sort as their rows do ({@link #personId}: fixed width),
		 * so the person whose id sorts first is the one with the smaller row.
		 * @param sourceRow the first person's row in people.csv, from 0 (the bulk load's
		 * node id for them)
		 * @param targetRow the second person's row in people.csv, from 0
		 * @param strength in hundredths, 0 to 100 ({@link #strength})
		 * @param context from 0 ({@link #contextText})
		 * @param since days since {@link #FIRST_DAY} ({@link #day})
		 * @throws IOException when the sink cannot write
		 */
		void tie(int sourceRow, int targetRow, int strength, int context, int since) throws IOException;

		/**
		 * Called once programmes.csv and people.csv are written in full, before the
		 * network is built and the first tie is handed over (a few seconds at 1M people).
		 * @throws IOException when the sink cannot take the files in
		 */
		default void peopleWritten() throws IOException {
		}

	}

	/**
	 * As {@link #generate(int, long, Appendable, Appendable, Appendable)}, with the ties
	 * handed to {@code ties} rather than written as CSV (the same ties, in the same
	 * order).
	 * @param people how many people
	 * @param seed the seed
	 * @param peopleOut people.csv
	 * @param ties receives each tie
	 * @param mentoringOut mentoring.csv
	 * @return what was generated
	 * @throws IOException when a sink cannot write
	 */
	public DemoNetwork generate(int people, long seed, Appendable peopleOut, TieSink ties, Appendable mentoringOut)
			throws IOException {
		return generate(people, seed, peopleOut, ties, mentoringOut, null);
	}

	/**
	 * As {@link #generate(int, long, Appendable, TieSink, Appendable)}, writing
	 * {@code programmes.csv} too.
	 * @param people how many people
	 * @param seed the seed
	 * @param peopleOut people.csv
	 * @param ties receives each tie
	 * @param mentoringOut mentoring.csv
	 * @param programmesOut programmes.csv, or {@code null} for none
	 * @return what was generated
	 * @throws IOException when a sink cannot write
	 */
	public DemoNetwork generate(int people, long seed, Appendable peopleOut, TieSink ties, Appendable mentoringOut,
			Appendable programmesOut) throws IOException {
		Objects.requireNonNull(ties, "ties");
		return generate(people, seed, peopleOut, ties, null, mentoringOut, programmesOut);
	}

	/** Ties to {@code ties} when given, else as text to {@code connections}. */
	private DemoNetwork generate(int people, long seed, Appendable peopleOut, TieSink ties, CSVPrinter connections,
			Appendable mentoringOut, Appendable programmesOut) throws IOException {
		checkSize(people);
		Objects.requireNonNull(peopleOut, "peopleOut");
		Objects.requireNonNull(mentoringOut, "mentoringOut");
		int asOfDay = (int) this.asOf.toEpochDay();
		int firstDay = (int) FIRST_DAY.toEpochDay();
		Population population = Population.generate(people, SplitMix64.forPhase(seed, PHASE_PEOPLE), asOfDay, firstDay);
		Output out = new Output(population.size, firstDay, asOfDay, connections != null);

		// programmes and people before the ties are even drawn (the people need
		// nothing of the network, and each phase draws from its own stream, so the
		// files are the same bytes): a reader of both files (BulkLoad's demo path)
		// takes them in while the network is built
		if (programmesOut != null) {
			writeProgrammes(population, programmesOut);
		}
		int mentors = writePeople(population, out, peopleOut);
		if (ties != null) {
			ties.peopleWritten();
		}
		NetworkStructure structure = new NetworkStructure(population, seed, asOfDay, firstDay, this.meanDegree).build();
		long written = (ties != null) ? writeConnections(structure.ties, ties)
				: writeConnections(structure.ties, out, connections);
		int relations = writeMentoring(population, structure, seed, asOfDay, out, mentoringOut);
		return new DemoNetwork(people, written, mentors, relations, seed);
	}

	private static void checkSize(int people) {
		if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
			throw new IllegalArgumentException(
					"people must be between " + MIN_PEOPLE + " and " + MAX_PEOPLE + ": " + people);
		}
	}

	private static Writer writer(Path path) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader(header.toArray(String[]::new))
			.setRecordSeparator('\n')
			.get();
		return new CSVPrinter(out, format);
	}

	// ---- people.csv ------------------------------------------------------------------

	private static int writePeople(Population p, Output out, Appendable sink) throws IOException {
		CSVPrinter printer = printer(sink, PEOPLE_HEADER);
		String[] organisations = new String[Population.ORG_SLOTS * DemoVocabulary.REGIONS.size()];
		String[] shortNames = new String[organisations.length];
		for (int org = 0; org < organisations.length; org++) {
			if (org % Population.ORG_SLOTS < Population.PRIMARY_CARE_SLOT
					+ DemoVocabulary.MAX_PRIMARY_CARE_PER_REGION) {
				organisations[org] = Population.organisationName(org);
				shortNames[org] = Population.organisationShortName(org);
			}
		}
		StringBuilder list = new StringBuilder(128);
		byte[] roles = p.leadershipRoles();
		int mentors = 0;
		for (int i = 0; i < p.size; i++) {
			int grade = p.grade[i];
			int specialty = p.specialty[i];
			String name = DemoVocabulary.FIRST_NAMES[p.firstName[i]] + " " + DemoVocabulary.SURNAMES[p.surname[i]];
			String label = DemoVocabulary.gradeLabel(grade, p.level[i], p.gpTrack[i], specialty, roles[i]);
			String headline = headline(grade, p.level[i], p.gpTrack[i], specialty, roles[i],
					shortNames[p.organisation[i]]);
			list.setLength(0);
			for (int s = 0; s < DemoVocabulary.SKILLS.size(); s++) {
				if ((p.skills[i] & (1 << s)) != 0) {
					separate(list).append(DemoVocabulary.SKILLS.get(s));
				}
			}
			String skills = list.toString();
			list.setLength(0);
			if (p.inProgramme(i, DemoVocabulary.PROG_COLLEGE)) {
				list.append(DemoVocabulary.collegeScheme(specialty));
			}
			for (int programme = 1; programme < DemoVocabulary.NATIONAL_PROGRAMMES.length; programme++) {
				if (p.inProgramme(i, programme)) {
					separate(list).append(DemoVocabulary.NATIONAL_PROGRAMMES[programme]);
				}
			}
			if (p.inProgramme(i, DemoVocabulary.PROG_REGIONAL)) {
				separate(list).append(DemoVocabulary.regionalScheme(p.region[i]));
			}
			if (p.openToMentoring[i]) {
				mentors++;
			}
			printer.printRecord(out.id(i), name, headline, label, DemoVocabulary.SPECIALTIES.get(specialty),
					DemoVocabulary.REGIONS.get(p.region[i]), organisations[p.organisation[i]], skills,
					p.openToIntroductions[i] ? "true" : "false", p.openToMentoring[i] ? "true" : "false",
					Integer.toString(p.mentorCapacity[i]), list.toString());
		}
		printer.flush();
		return mentors;
	}

	private static StringBuilder separate(StringBuilder list) {
		if (list.length() > 0) {
			list.append(';');
		}
		return list;
	}

	static String headline(int grade, int level, boolean gpTrack, int specialtyIndex, int role, String organisation) {
		String specialty = DemoVocabulary.SPECIALTIES.get(specialtyIndex);
		return switch (grade) {
			case DemoVocabulary.STUDENT -> "Medical student (year " + level + ") on placement at " + organisation;
			case DemoVocabulary.FOUNDATION -> "FY" + level + " doctor in " + specialty + " at " + organisation;
			case DemoVocabulary.CORE,
					DemoVocabulary.REGISTRAR ->
				gpTrack ? "GP specialty trainee (GPST" + level + ") at " + organisation
						: ((grade == DemoVocabulary.CORE) ? DemoVocabulary.coreCode(specialtyIndex) : "ST") + level
								+ " in " + specialty + " at " + organisation;
			case DemoVocabulary.CONSULTANT -> switch (role) {
				case DemoVocabulary.MEDICAL_DIRECTOR ->
					"Medical Director and consultant in " + specialty + " at " + organisation;
				case DemoVocabulary.CLINICAL_DIRECTOR -> "Clinical Director for " + specialty + " at " + organisation;
				default -> "Consultant in " + specialty + " at " + organisation;
			};
			case DemoVocabulary.GENERAL_PRACTITIONER ->
				((level == 0) ? "GP partner" : "Salaried GP") + " at " + organisation;
			default -> "Professor of " + specialty + " at " + organisation;
		};
	}

	// ---- programmes.csv --------------------------------------------------------------

	/**
	 * Every programme some person belongs to, with its kind: college schemes in specialty
	 * order, then the national programmes, then the regional (deanery) schemes in region
	 * order; the id is the slug of the name, as people.csv and mentoring.csv derive it.
	 */
	private static void writeProgrammes(Population p, Appendable sink) throws IOException {
		CSVPrinter printer = printer(sink, PROGRAMMES_HEADER);
		boolean[] college = new boolean[DemoVocabulary.SPECIALTIES.size()];
		boolean[] national = new boolean[DemoVocabulary.NATIONAL_PROGRAMMES.length];
		boolean[] regional = new boolean[DemoVocabulary.REGIONS.size()];
		for (int i = 0; i < p.size; i++) {
			college[p.specialty[i]] |= p.inProgramme(i, DemoVocabulary.PROG_COLLEGE);
			regional[p.region[i]] |= p.inProgramme(i, DemoVocabulary.PROG_REGIONAL);
			for (int programme = 1; programme < national.length; programme++) {
				national[programme] |= p.inProgramme(i, programme);
			}
		}
		for (int specialty = 0; specialty < college.length; specialty++) {
			if (college[specialty]) {
				programme(printer, DemoVocabulary.collegeScheme(specialty), ProgrammeKind.COLLEGE_SCHEME);
			}
		}
		for (int programme = 1; programme < national.length; programme++) {
			if (national[programme]) {
				programme(printer, DemoVocabulary.NATIONAL_PROGRAMMES[programme],
						DemoVocabulary.NATIONAL_PROGRAMME_KINDS[programme]);
			}
		}
		for (int region = 0; region < regional.length; region++) {
			if (regional[region]) {
				programme(printer, DemoVocabulary.regionalScheme(region), ProgrammeKind.DEANERY);
			}
		}
		printer.flush();
	}

	private static void programme(CSVPrinter printer, String name, ProgrammeKind kind) throws IOException {
		printer.printRecord(Text.slug(name), name, kind.id());
	}

	// ---- connections.csv -------------------------------------------------------------

	private static long writeConnections(Ties ties, Output out, CSVPrinter printer) throws IOException {
		for (int e = 0; e < ties.size; e++) {
			printer.printRecord(out.id(ties.source[e]), out.id(ties.target[e]), Output.STRENGTHS[ties.strength[e]],
					Ties.CONTEXTS[ties.context[e]], out.date(ties.since[e]));
		}
		return ties.size;
	}

	private static long writeConnections(Ties ties, TieSink sink) throws IOException {
		for (int e = 0; e < ties.size; e++) {
			sink.tie(ties.source[e], ties.target[e], ties.strength[e], ties.context[e], ties.since[e]);
		}
		return ties.size;
	}

	/**
	 * A person's id as people.csv writes it: {@code p} and their row plus one, padded
	 * with zeros to the width of the network's size ({@code p0001} to {@code p2000}), so
	 * that ids sort as rows do.
	 * @param row the person's row, from 0
	 * @param people the network's size
	 * @return the id
	 */
	public static String personId(int row, int people) {
		return idOf(row, Integer.toString(people).length());
	}

	/** {@link #personId} with its number of digits given. */
	private static String idOf(int row, int width) {
		char[] digits = new char[width + 1];
		digits[0] = 'p';
		int value = row + 1;
		for (int d = width; d >= 1; d--) {
			digits[d] = (char) ('0' + value % 10);
			value /= 10;
		}
		return new String(digits);
	}

	/**
	 * A tie's strength as connections.csv writes it ({@code 0.05}, {@code 1.00}).
	 * @param strength in hundredths, 0 to 100
	 * @return the text
	 */
	public static String strengthText(int strength) {
		return Output.STRENGTHS[strength];
	}

	/**
	 * A tie's strength as its text parses ({@code Double.valueOf(strengthText(s))}).
	 * @param strength in hundredths, 0 to 100
	 * @return the value
	 */
	public static double strength(int strength) {
		return Output.STRENGTH_VALUES[strength];
	}

	/**
	 * A tie's context as connections.csv writes it.
	 * @param context from 0 to {@link #contexts()} - 1
	 * @return such as {@code colleague}
	 */
	public static String contextText(int context) {
		return Ties.CONTEXTS[context];
	}

	/**
	 * How many contexts a tie may have.
	 * @return the number of contexts
	 */
	public static int contexts() {
		return Ties.CONTEXTS.length;
	}

	/**
	 * A tie's start date.
	 * @param since days since {@link #FIRST_DAY}
	 * @return the date
	 */
	public static LocalDate day(int since) {
		return LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + since);
	}

	// ---- mentoring.csv ---------------------------------------------------------------

	private static int writeMentoring(Population p, NetworkStructure structure, long seed, int asOfDay, Output out,
			Appendable sink) throws IOException {
		CSVPrinter printer = printer(sink, MENTORING_HEADER);
		SplitMix64 rng = SplitMix64.forPhase(seed, PHASE_MENTORING);
		byte[] activeMentors = new byte[p.size];
		int[] offsets = structure.closeOffsets;
		int[] neighbours = structure.closeNeighbours;
		int[] chosen = new int[16];
		List<String> programmes = new ArrayList<>(4);
		int relations = 0;
		for (int mentor = 0; mentor < p.size; mentor++) {
			if (!p.openToMentoring[mentor]) {
				continue;
			}
			int seniority = p.tier(mentor);
			int active = rng.chance(0.25) ? 0 : rng.between(1, p.mentorCapacity[mentor]);
			int ended = Math.min(chosen.length - active, rng.poisson((seniority >= 4) ? 1.2 : 0.4));
			int degree = offsets[mentor + 1] - offsets[mentor];
			int specialty = p.specialty[mentor];
			int from = structure.specialtyStart[specialty];
			int to = structure.specialtyStart[specialty + 1];
			int count = 0;
			for (int r = 0; r < active + ended; r++) {
				boolean isActive = r < active;
				for (int attempt = 0; attempt < 12; attempt++) {
					int mentee = (degree > 0 && rng.chance(0.6)) ? neighbours[offsets[mentor] + rng.nextInt(degree)]
							: structure.bySpecialty[from + rng.nextInt(to - from)];
					if (mentee == mentor || p.tier(mentee) >= seniority || contains(chosen, count, mentee)
							|| (isActive && activeMentors[mentee] >= MAX_ACTIVE_MENTORS_PER_MENTEE)) {
						continue;
					}
					int earliest = Math.max(p.careerStart[mentor], p.careerStart[mentee]);
					int latest = asOfDay;
					if (isActive) {
						earliest = Math.max(earliest, asOfDay - 3 * 365);
					}
					else {
						latest = asOfDay - 180;
					}
					if (earliest > latest) {
						continue;
					}
					int day = earliest + rng.nextInt(latest - earliest + 1);
					chosen[count++] = mentee;
					if (isActive) {
						activeMentors[mentee]++;
					}
					printer.printRecord(out.id(mentor), out.id(mentee), out.date(day - out.firstDay),
							isActive ? "ACTIVE" : "ENDED", programme(p, mentor, mentee, rng, programmes));
					relations++;
					break;
				}
			}
		}
		printer.flush();
		return relations;
	}

	private static boolean contains(int[] values, int count, int value) {
		for (int i = 0; i < count; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A programme both take part in, or the mentor's scheme, or "" for an informal
	 * relationship.
	 */
	private static String programme(Population p, int mentor, int mentee, SplitMix64 rng, List<String> options) {
		options.clear();
		if (p.inProgramme(mentor, DemoVocabulary.PROG_COLLEGE) && p.specialty[mentor] == p.specialty[mentee]) {
			options.add(DemoVocabulary.collegeScheme(p.specialty[mentor]));
		}
		if (p.inProgramme(mentor, DemoVocabulary.PROG_REGIONAL) && p.region[mentor] == p.region[mentee]) {
			options.add(DemoVocabulary.regionalScheme(p.region[mentor]));
		}
		if (p.inProgramme(mentor, DemoVocabulary.PROG_NEAR_PEER)
				&& p.inProgramme(mentee, DemoVocabulary.PROG_NEAR_PEER)) {
			options.add(DemoVocabulary.NATIONAL_PROGRAMMES[DemoVocabulary.PROG_NEAR_PEER]);
		}
		if (p.inProgramme(mentor, DemoVocabulary.PROG_ACADEMIC)) {
			options.add(DemoVocabulary.NATIONAL_PROGRAMMES[DemoVocabulary.PROG_ACADEMIC]);
		}
		if (options.isEmpty() || rng.chance(0.3)) {
			return "";
		}
		return options.get(rng.nextInt(options.size()));
	}

	/**
	 * Cached text of dates and strengths, and of ids when the ties are written as text
	 * (two per tie): the hot path formats nothing. Handed to a {@link TieSink}, the ties
	 * need no id, and a person's id is made as their row and their mentoring are written:
	 * a million ids kept through the network's generation were a million strings every
	 * young collection copied.
	 */
	private static final class Output {

		static final String[] STRENGTHS = new String[101];

		static final double[] STRENGTH_VALUES = new double[101];

		static {
			for (int h = 0; h <= 100; h++) {
				STRENGTHS[h] = (h == 100) ? "1.00" : (h < 10) ? "0.0" + h : "0." + h;
				STRENGTH_VALUES[h] = Double.parseDouble(STRENGTHS[h]);
			}
		}

		final int firstDay;

		/** The digits of an id ({@link DemoNetworkGenerator#personId}). */
		private final int width;

		/** Each person's id, or null: made as asked. */
		private final String[] ids;

		private final String[] dates;

		Output(int people, int firstDay, int asOfDay, boolean idTable) {
			this.firstDay = firstDay;
			this.width = Integer.toString(people).length();
			this.ids = idTable ? new String[people] : null;
			for (int i = 0; idTable && i < people; i++) {
				this.ids[i] = idOf(i, this.width);
			}
			this.dates = new String[asOfDay - firstDay + 1];
			for (int d = 0; d < this.dates.length; d++) {
				this.dates[d] = LocalDate.ofEpochDay(firstDay + d).toString();
			}
		}

		String id(int person) {
			return (this.ids != null) ? this.ids[person] : idOf(person, this.width);
		}

		String date(int daysSinceFirst) {
			return this.dates[daysSinceFirst];
		}

	}

}
