package org.warmpath.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.warmpath.cypher.Cypher;

import org.springframework.stereotype.Component;

/**
 * The words a member chooses from instead of typing free text: grades (with the seniority
 * {@link Grades} derives from them), specialties, regions, needs and the kinds of
 * evidence for a tie. Each has a stable {@code id} the API takes and a {@code label} for
 * people.
 *
 * <p>
 * Specialties and regions are a curated list (UK specialties, NHS regions and the four
 * nations) merged with the names the graph already holds, because imports bring their own
 * words and a member must be able to pick what their colleagues use. Their ids are the
 * slugs of their names ({@link Text#slug}); the graph stores the name, so a value may
 * also be given as an existing exact name (imports and older clients send names).
 */
@Component
public class Vocabulary {

	/**
	 * The grades, most junior first, as {@code id=label} ({@code id} left out: the slug
	 * of the label). The labels of the first ladder ("Medical student", "Foundation
	 * doctor (FY1/FY2)", "Core trainee", "Specialty registrar (ST3-ST8)", "Specialty
	 * doctor", "Associate specialist", "Consultant", "GP", "Professor"; the demo network
	 * still writes them) keep their ids and stand for the first rung of their stage; the
	 * finer grades of {@link Grades} came with ids of their own. Each label's rung is
	 * what {@link Grades#seniority} reads from it.
	 */
	static final List<String> GRADES = List.of("Medical student", "medical-student-year-1=Medical student (year 1)",
			"medical-student-year-2=Medical student (year 2)", "medical-student-year-3=Medical student (year 3)",
			"medical-student-year-4=Medical student (year 4)", "medical-student-year-5=Medical student (year 5)",
			"medical-student-year-6=Medical student (year 6, final year)", "Foundation doctor (FY1/FY2)",
			"fy1=Foundation year 1 (FY1)", "fy2=Foundation year 2 (FY2)", "Core trainee",
			"core-year-1=Core year 1 (CT1, IMT1, ACCS1, ST1, GPST1)",
			"core-year-2=Core year 2 (CT2, IMT2, ACCS2, ST2, GPST2)", "core-year-3=Core year 3 (CT3, IMT3, ACCS3)",
			"Specialty registrar (ST3-ST8)", "registrar-st3-st4=Specialty registrar (ST3-ST4, GPST3)",
			"registrar-st5-st6=Specialty registrar (ST5-ST6)", "Specialty doctor", "Staff grade",
			"registrar-st7-st8=Specialty registrar (ST7-ST8)", "Associate specialist", "Specialist grade", "Consultant",
			"GP", "Clinical lead", "Clinical director", "Head of school", "Associate medical director", "Professor",
			"Medical director", "Postgraduate dean", "Chief medical officer");

	/** UK medical specialties (the demo network's, and a few more). */
	static final List<String> SPECIALTIES = List.of("General practice", "Acute medicine", "Anaesthetics", "Cardiology",
			"Cardiothoracic surgery", "Clinical genetics", "Clinical oncology", "Clinical radiology", "Dermatology",
			"Emergency medicine", "Endocrinology and diabetes", "Gastroenterology", "General surgery",
			"Geriatric medicine", "Haematology", "Histopathology", "Infectious diseases", "Intensive care medicine",
			"Medical microbiology", "Medical oncology", "Neurology", "Neurosurgery", "Obstetrics and gynaecology",
			"Occupational medicine", "Ophthalmology", "Oral and maxillofacial surgery", "Otolaryngology",
			"Paediatric surgery", "Paediatrics", "Palliative medicine", "Plastic surgery", "Psychiatry",
			"Public health", "Radiology", "Rehabilitation medicine", "Renal medicine", "Respiratory medicine",
			"Rheumatology", "Sport and exercise medicine", "Trauma and orthopaedic surgery", "Urology",
			"Vascular surgery");

	/** NHS England's regions in the demo's words, and the three other nations. */
	static final List<String> REGIONS = List.of("London", "South East", "South West", "East of England",
			"West Midlands", "East Midlands", "North West", "North East", "Yorkshire and the Humber", "Scotland",
			"Wales", "Northern Ireland");

	/** What a mentee may ask a mentor for. */
	static final List<String> NEEDS = List.of("Career planning", "Exams", "Research", "Clinical skills", "Leadership",
			"Teaching", "Wellbeing", "Academic career", "Work-life balance", "Returning to practice",
			"International graduates", "Less than full-time training", "Portfolio and ARCP", "Interviews",
			"Quality improvement", "Management", "Other");

	private final Driver driver;

	Vocabulary(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Everything, as {@code GET /api/vocabulary} answers it.
	 * @return the lists, each in a stable order
	 */
	public Words words() {
		Record r = Cypher.read(this.driver, "people/vocabulary", Map.of()).get(0);
		return new Words(grades(), merged(SPECIALTIES, r.get("specialties").asList(v -> v.asString())),
				merged(REGIONS, r.get("regions").asList(v -> v.asString())), needs(),
				Arrays.stream(EvidenceKind.values()).map(k -> new Term(k.id(), k.label())).toList());
	}

	/**
	 * The grades with their seniority.
	 * @return the ladder, most junior first
	 */
	public static List<Grade> grades() {
		return GRADES.stream().map(g -> {
			int eq = g.indexOf('=');
			String label = g.substring(eq + 1);
			return new Grade((eq < 0) ? Text.slug(label) : g.substring(0, eq), label, Grades.seniority(label));
		}).toList();
	}

	/**
	 * The needs a mentee may name.
	 * @return the needs
	 */
	public static List<Term> needs() {
		return NEEDS.stream().map(n -> new Term(Text.slug(n), n)).toList();
	}

	/**
	 * The grade label for an id (or an exact label).
	 * @param value an id such as {@code consultant}, or a label
	 * @return the label, or empty when the ladder has no such grade
	 */
	public static Optional<String> grade(String value) {
		return grades().stream()
			.filter(g -> g.id().equals(value) || g.label().equals(value))
			.map(Grade::label)
			.findFirst();
	}

	/**
	 * Whether a need id is in the vocabulary.
	 * @param id such as {@code career-planning}
	 * @return whether it is
	 */
	public static boolean isNeed(String id) {
		return needs().stream().anyMatch(n -> n.id().equals(id));
	}

	/**
	 * The specialty name for an id of the vocabulary or an existing exact name.
	 * @param value an id such as {@code cardiology}, or a name
	 * @return the name to store, or empty when the vocabulary has neither
	 */
	public Optional<String> specialty(String value) {
		return find(words().specialties(), value);
	}

	/**
	 * The region name for an id of the vocabulary or an existing exact name.
	 * @param value an id such as {@code north-west}, or a name
	 * @return the name to store, or empty when the vocabulary has neither
	 */
	public Optional<String> region(String value) {
		return find(words().regions(), value);
	}

	private static Optional<String> find(List<Term> terms, String value) {
		for (Term t : terms) {
			if (t.id().equals(value) || t.label().equals(value)) {
				return Optional.of(t.label());
			}
		}
		return Optional.empty();
	}

	/**
	 * The curated names first, then the graph's others by name; one term per id (the
	 * curated name, or the first name met, wins).
	 */
	private static List<Term> merged(List<String> curated, List<String> held) {
		Map<String, Term> terms = new LinkedHashMap<>();
		for (String name : curated) {
			terms.putIfAbsent(Text.slug(name), new Term(Text.slug(name), name));
		}
		List<String> others = new ArrayList<>(held);
		others.sort(String.CASE_INSENSITIVE_ORDER);
		for (String name : others) {
			String id = Text.slug(name);
			if (!id.isEmpty()) {
				terms.putIfAbsent(id, new Term(id, name));
			}
		}
		return List.copyOf(terms.values());
	}

	/**
	 * The whole vocabulary.
	 *
	 * @param grades the grade ladder
	 * @param specialties the specialties
	 * @param regions the regions
	 * @param needs what a mentee may ask for
	 * @param evidenceKinds how two people know each other ({@link EvidenceKind})
	 */
	public record Words(List<Grade> grades, List<Term> specialties, List<Term> regions, List<Term> needs,
			List<Term> evidenceKinds) {
	}

	/**
	 * One word.
	 *
	 * @param id the stable id the API takes
	 * @param label the text for people
	 */
	public record Term(String id, String label) {
	}

	/**
	 * One grade.
	 *
	 * @param id the stable id the API takes
	 * @param label the grade as stored
	 * @param seniority its rung on the ladder ({@link Grades})
	 */
	public record Grade(String id, String label, Integer seniority) {
	}

}
