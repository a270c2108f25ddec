package org.warmpath.ingest.demo;

import java.util.List;

/**
 * The words the demo network is made of: UK regions, grades, specialties, invented
 * organisations and programmes, skills and name parts.
 * <p>
 * Every organisation and programme name is invented (place-like compounds plus an
 * NHS-style suffix), and person names are drawn independently from common first names and
 * common surnames, so no row denotes a real person or body. Weights are rough proportions
 * of the UK medical workforce, good enough for a demo, not statistics.
 */
final class DemoVocabulary {

	private DemoVocabulary() {
	}

	// ---- regions ---------------------------------------------------------------------

	static final List<String> REGIONS = List.of("London", "South East", "South West", "East of England",
			"West Midlands", "East Midlands", "North West", "North East", "Yorkshire and the Humber", "Scotland",
			"Wales", "Northern Ireland");

	static final double[] REGION_WEIGHTS = SplitMix64.cumulative(16, 13, 9, 9, 10, 7, 12, 5, 9, 9, 5, 3);

	static final int SCOTLAND = 9;

	static final int WALES = 10;

	static final int NORTHERN_IRELAND = 11;

	/** Five hospital-organisation stems per region, largest first. */
	static final String[][] HOSPITAL_STEMS = { { "Northgate", "Kingsreach", "Eastwharf", "Fleetmoor", "Aldbridge" },
			{ "Downsmere", "Weald Valley", "Chalkhaven", "Oakenfold", "Kestrel Bay" },
			{ "Moorcombe", "Granite Coast", "Brackenford", "Severnbrook", "Lydmouth" },
			{ "Fenmere", "Broadwater", "Saxonford", "Heathwick", "Wherry Coast" },
			{ "Ironmere", "Forgebridge", "Ardenholme", "Foundry Park", "Marlbrook" },
			{ "Sherwick", "Trentholm", "Charnmoor", "Peakdale", "Lacebridge" },
			{ "Mersemoor", "Pennine Gate", "Irwell Vale", "Fellbrook", "Lunebridge" },
			{ "Tynemere", "Wearholm", "Cheviot Vale", "Coalbridge", "Teesford" },
			{ "Dalesworth", "Ridingsgate", "Wolds Haven", "Calderholme", "Ousebridge" },
			{ "Glenmoor", "Lochanbrae", "Strathmere", "Cairnholm", "Firthside" },
			{ "Aberwen", "Afonlas", "Mynydd Glas", "Penrhos Bay", "Cwmteg" },
			{ "Loughside", "Ballycrane", "Mournevale", "Drumlinn", "Laganbridge" } };

	/** Two primary-care stems per region. */
	static final String[][] PRIMARY_CARE_STEMS = { { "Canal Side", "Parkway" }, { "Hopfield", "Marshgate" },
			{ "Cider Vale", "Quarry Hill" }, { "Reedbank", "Flintholm" }, { "Chainworks", "Lockside" },
			{ "Hosiery Lane", "Wolds Edge" }, { "Millstone", "Cotton Quay" }, { "Keelside", "Pitheads" },
			{ "Moorland Edge", "Steelworks" }, { "Braeside", "Kirkgate" }, { "Glannant", "Trefelin" },
			{ "Bannside", "Sperrin Vale" } };

	static final int MAX_HOSPITALS_PER_REGION = 5;

	static final int MAX_PRIMARY_CARE_PER_REGION = 2;

	private static final String[] ENGLISH_TRUST_KINDS = { "University Hospitals", "Teaching Hospitals", "Hospitals",
			"Healthcare", "General Hospital" };

	private static final String[] ENGLISH_TRUST_SUFFIXES = { " NHS Trust", " NHS Foundation Trust",
			" NHS Foundation Trust", " NHS Trust", " NHS Trust" };

	/**
	 * Full name of a hospital organisation.
	 * @param region region index
	 * @param slot 0..4
	 * @return the name, such as "Northgate University Hospitals NHS Trust"
	 */
	static String hospitalName(int region, int slot) {
		String stem = HOSPITAL_STEMS[region][slot];
		return switch (region) {
			case SCOTLAND -> "NHS " + stem;
			case WALES -> stem + " University Health Board";
			case NORTHERN_IRELAND -> stem + " Health and Social Care Trust";
			default -> hospitalShortName(region, slot) + ENGLISH_TRUST_SUFFIXES[slot];
		};
	}

	/** Name as used in a headline, such as "Northgate University Hospitals". */
	static String hospitalShortName(int region, int slot) {
		String stem = HOSPITAL_STEMS[region][slot];
		return switch (region) {
			case SCOTLAND -> "NHS " + stem;
			case WALES -> stem + " University Health Board";
			case NORTHERN_IRELAND -> stem + " HSC Trust";
			default -> stem + " " + ENGLISH_TRUST_KINDS[slot];
		};
	}

	static String primaryCareName(int region, int slot) {
		String stem = PRIMARY_CARE_STEMS[region][slot];
		return switch (region) {
			case SCOTLAND -> stem + " GP Cluster";
			case WALES -> stem + " Primary Care Cluster";
			case NORTHERN_IRELAND -> stem + " GP Federation";
			default -> stem + " Primary Care Network";
		};
	}

	// ---- grades ----------------------------------------------------------------------

	static final List<String> GRADES = List.of("Medical student", "Foundation doctor (FY1/FY2)", "Core trainee",
			"Specialty registrar (ST3-ST8)", "Consultant", "GP", "Professor");

	static final int STUDENT = 0;

	static final int FOUNDATION = 1;

	static final int CORE = 2;

	static final int REGISTRAR = 3;

	static final int CONSULTANT = 4;

	static final int GENERAL_PRACTITIONER = 5;

	static final int PROFESSOR = 6;

	static final double[] GRADE_WEIGHTS = SplitMix64.cumulative(14, 13, 13, 22, 22, 14, 2);

	/**
	 * The seniority rung per grade, as the people module's {@code Grades} reads each
	 * label (a test checks): a grade without a year is the first rung of its stage, so
	 * medical student 0, foundation doctor 6 (FY1), core trainee 8, specialty registrar
	 * 11 (ST3), consultant and GP 15, professor 18.
	 */
	static final int[] SENIORITY = { 0, 6, 8, 11, 15, 15, 18 };

	/**
	 * Career tier per grade, the coarse order the generator's tie, supervision and
	 * mentoring rules were tuned on (student &lt; foundation &lt; core &lt; registrar
	 * &lt; consultant = GP &lt; professor). It is not the stored seniority
	 * ({@link #SENIORITY}): kept apart so that a finer ladder leaves the demo network's
	 * shape as it was.
	 */
	static final int[] TIER = { 0, 1, 2, 3, 4, 4, 5 };

	/** No leadership role: the grade's own label. */
	static final int NO_ROLE = 0;

	/** A consultant who is a clinical director (rung 17). */
	static final int CLINICAL_DIRECTOR = 1;

	/** A consultant who is their organisation's medical director (rung 19). */
	static final int MEDICAL_DIRECTOR = 2;

	/**
	 * Hospital specialties whose core training is internal medicine training (IMT); the
	 * others' core trainees are CT.
	 */
	private static final java.util.Set<String> MEDICAL_SPECIALTIES = java.util.Set.of("Acute medicine", "Cardiology",
			"Clinical oncology", "Dermatology", "Endocrinology and diabetes", "Gastroenterology", "Geriatric medicine",
			"Haematology", "Infectious diseases", "Medical oncology", "Neurology", "Palliative medicine",
			"Renal medicine", "Respiratory medicine", "Rheumatology");

	/**
	 * The grade a person's people.csv row says, on the finer ladder of the people
	 * module's {@code Grades}: the stage ({@link #GRADES}) made precise with what the
	 * generator already drew ({@code level}: year of study, FY, CT/ST year; the GP track)
	 * and the leadership role it gave a few consultants. Only the text is new: the stage,
	 * and so the tier the network was built on, is the same.
	 * @param grade the stage, {@link #STUDENT}..{@link #PROFESSOR}
	 * @param level the year within the stage (see {@code Population.level})
	 * @param gpTrack whether a trainee is on the GP track
	 * @param specialty the specialty index
	 * @param role {@link #NO_ROLE}, {@link #CLINICAL_DIRECTOR} or
	 * {@link #MEDICAL_DIRECTOR}
	 * @return such as "Medical student (Year 3)", "Foundation Year 2", "IMT2", "ST6",
	 * "GPST3", "Consultant", "Medical Director"
	 */
	static String gradeLabel(int grade, int level, boolean gpTrack, int specialty, int role) {
		return switch (grade) {
			case STUDENT -> "Medical student (Year " + level + ")";
			case FOUNDATION -> "Foundation Year " + level;
			case CORE -> (gpTrack ? "GPST" : coreCode(specialty)) + level;
			case REGISTRAR -> (gpTrack ? "GPST" : "ST") + level;
			case CONSULTANT -> switch (role) {
				case CLINICAL_DIRECTOR -> "Clinical Director";
				case MEDICAL_DIRECTOR -> "Medical Director";
				default -> "Consultant";
			};
			case GENERAL_PRACTITIONER -> (level == 0) ? "GP partner" : "Salaried GP";
			default -> "Professor";
		};
	}

	/** {@code IMT} for the medical specialties, {@code CT} for the others. */
	static String coreCode(int specialty) {
		return MEDICAL_SPECIALTIES.contains(SPECIALTIES.get(specialty)) ? "IMT" : "CT";
	}

	/**
	 * The rung {@link #gradeLabel} means (a test checks that {@code Grades} reads each
	 * label so): students their year less one, FY1 6 and FY2 7, core years 8 to 10,
	 * registrars in two-year bands from 11 (ST3-ST4) to 13 (ST7-ST8), consultant and GP
	 * 15, clinical director 17, professor 18, medical director 19.
	 * @param grade the stage
	 * @param level the year within the stage
	 * @param role the leadership role
	 * @return the rung
	 */
	static int seniority(int grade, int level, int role) {
		return switch (grade) {
			case STUDENT -> level - 1;
			case FOUNDATION -> 5 + level;
			case CORE -> 7 + level;
			case REGISTRAR -> 11 + (level - 3) / 2;
			case CONSULTANT -> switch (role) {
				case CLINICAL_DIRECTOR -> 17;
				case MEDICAL_DIRECTOR -> 19;
				default -> 15;
			};
			case GENERAL_PRACTITIONER -> 15;
			default -> 18;
		};
	}

	/**
	 * Years in medicine per grade (min, max), used for plausible tie and mentoring dates.
	 */
	static final int[][] CAREER_YEARS = { { 1, 5 }, { 5, 7 }, { 7, 10 }, { 9, 16 }, { 14, 31 }, { 10, 31 },
			{ 20, 31 } };

	// ---- specialties -----------------------------------------------------------------

	static final List<String> SPECIALTIES = List.of("General practice", "Acute medicine", "Anaesthetics", "Cardiology",
			"Cardiothoracic surgery", "Clinical oncology", "Dermatology", "Emergency medicine",
			"Endocrinology and diabetes", "Gastroenterology", "General surgery", "Geriatric medicine", "Haematology",
			"Histopathology", "Infectious diseases", "Intensive care medicine", "Medical oncology", "Neurology",
			"Neurosurgery", "Obstetrics and gynaecology", "Ophthalmology", "Otolaryngology", "Paediatrics",
			"Palliative medicine", "Plastic surgery", "Psychiatry", "Public health", "Radiology", "Renal medicine",
			"Respiratory medicine", "Rheumatology", "Trauma and orthopaedic surgery", "Urology", "Vascular surgery");

	static final int GENERAL_PRACTICE = 0;

	/**
	 * Relative sizes of the hospital specialties (index 0, general practice, is handled
	 * apart).
	 */
	static final double[] HOSPITAL_SPECIALTY_WEIGHTS = SplitMix64.cumulative(0, 4, 7, 4, 1, 2, 2, 6, 2, 3, 5, 4, 2, 2,
			1, 2, 2, 2, 1, 4, 2, 2, 6, 1, 1, 7, 1, 4, 2, 3, 1, 3, 2, 1);

	/**
	 * Same sizes, general practice included: the interests of students and foundation
	 * doctors.
	 */
	static final double[] ANY_SPECIALTY_WEIGHTS = SplitMix64.cumulative(9, 4, 7, 4, 1, 2, 2, 6, 2, 3, 5, 4, 2, 2, 1, 2,
			2, 2, 1, 4, 2, 2, 6, 1, 1, 7, 1, 4, 2, 3, 1, 3, 2, 1);

	static boolean isSurgical(int specialty) {
		String name = SPECIALTIES.get(specialty);
		return name.endsWith("surgery") || name.equals("Neurosurgery") || name.equals("Urology")
				|| name.equals("Ophthalmology") || name.equals("Otolaryngology")
				|| name.equals("Obstetrics and gynaecology");
	}

	// ---- skills ----------------------------------------------------------------------

	static final List<String> SKILLS = List.of("research", "quality improvement", "teaching", "leadership",
			"medical education", "clinical audit", "simulation training", "surgical skills", "point-of-care ultrasound",
			"health informatics", "global health", "patient safety", "public speaking", "academic writing",
			"statistics", "wellbeing and resilience", "career planning", "exam preparation", "portfolio development",
			"interview skills", "management", "clinical governance", "digital health", "procedural skills");

	static final int SURGICAL_SKILLS = 7;

	/** Skill weights for juniors (student, foundation, core). */
	static final double[] JUNIOR_SKILL_WEIGHTS = { 3, 4, 3, 1, 2, 4, 3, 0, 2, 1, 2, 2, 2, 2, 1, 3, 4, 5, 5, 4, 0, 0, 2,
			3 };

	/** Skill weights for registrars. */
	static final double[] REGISTRAR_SKILL_WEIGHTS = { 4, 5, 4, 3, 3, 3, 3, 0, 2, 1, 1, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1,
			2, 3 };

	/** Skill weights for consultants, GPs and professors. */
	static final double[] SENIOR_SKILL_WEIGHTS = { 4, 4, 5, 5, 4, 2, 2, 0, 1, 1, 1, 3, 3, 3, 2, 2, 2, 1, 1, 2, 4, 4, 2,
			1 };

	// ---- programmes ------------------------------------------------------------------

	/**
	 * Programme bit: the royal-college-like mentoring scheme of the person's specialty.
	 */
	static final int PROG_COLLEGE = 0;

	static final int PROG_LEADERSHIP = 1;

	static final int PROG_FUTURE_LEADERS = 2;

	static final int PROG_EDUCATION = 3;

	static final int PROG_NEAR_PEER = 4;

	static final int PROG_ACADEMIC = 5;

	/** Programme bit: the regional trainee mentoring scheme of the person's region. */
	static final int PROG_REGIONAL = 6;

	static final String[] NATIONAL_PROGRAMMES = { null, "Clinical Leadership Fellowship",
			"Future Leaders in Medicine Programme", "Medical Education Fellowship", "Near-Peer Mentoring Network",
			"Academic Medicine Mentoring Circle" };

	/**
	 * Cohort programmes whose members meet across regions and specialties (the bridges).
	 */
	static final int[] COHORT_PROGRAMMES = { PROG_LEADERSHIP, PROG_FUTURE_LEADERS, PROG_EDUCATION };

	/**
	 * Fictional royal-college-like scheme of a specialty, such as "Royal College of
	 * Cardiology Mentoring Scheme".
	 */
	static String collegeScheme(int specialty) {
		String name = SPECIALTIES.get(specialty);
		// keep clear of the names of real colleges
		String college = switch (name) {
			case "General practice" -> "Family Medicine";
			case "Emergency medicine" -> "Urgent and Emergency Care";
			default -> titleCase(name);
		};
		return "Royal College of " + college + " Mentoring Scheme";
	}

	/**
	 * The kind of a national programme ({@link #NATIONAL_PROGRAMMES}): the leadership,
	 * education and academic fellowships and circles are faculty schemes, the near-peer
	 * network a buddy scheme.
	 */
	static final org.warmpath.programmes.ProgrammeKind[] NATIONAL_PROGRAMME_KINDS = { null,
			org.warmpath.programmes.ProgrammeKind.FACULTY, org.warmpath.programmes.ProgrammeKind.FACULTY,
			org.warmpath.programmes.ProgrammeKind.FACULTY, org.warmpath.programmes.ProgrammeKind.BUDDY,
			org.warmpath.programmes.ProgrammeKind.FACULTY };

	static String regionalScheme(int region) {
		return REGIONS.get(region) + " Trainee Mentoring Scheme";
	}

	static String titleCase(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (String word : text.split(" ")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			if (word.equals("and") || word.equals("of")) {
				out.append(word);
			}
			else {
				out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
			}
		}
		return out.toString();
	}

	// ---- names -----------------------------------------------------------------------

	/** Common first names, combined at random with {@link #SURNAMES}. */
	static final String[] FIRST_NAMES = { "Oliver", "Amelia", "Harry", "Olivia", "George", "Isla", "Noah", "Ava",
			"Jack", "Emily", "Leo", "Sophie", "Arthur", "Grace", "Oscar", "Lily", "Charlie", "Freya", "Thomas", "Ella",
			"James", "Mia", "William", "Chloe", "Daniel", "Hannah", "Samuel", "Lucy", "Joseph", "Ellie", "Adam",
			"Jessica", "Ryan", "Sarah", "Matthew", "Rebecca", "David", "Laura", "Michael", "Rachel", "Andrew", "Katie",
			"Mark", "Claire", "Paul", "Helen", "Richard", "Emma", "Peter", "Anna", "Mohammed", "Aisha", "Omar",
			"Fatima", "Ali", "Zainab", "Yusuf", "Maryam", "Hassan", "Amira", "Arjun", "Priya", "Rohan", "Ananya",
			"Vikram", "Divya", "Rahul", "Neha", "Sanjay", "Anjali", "Kwame", "Ama", "Chidi", "Ngozi", "Tunde", "Adaeze",
			"Kofi", "Efua", "Wei", "Mei", "Jun", "Li", "Hiroshi", "Yuki", "Tomasz", "Kasia", "Piotr", "Agnieszka",
			"Luca", "Giulia", "Mateo", "Sofia", "Niamh", "Ciaran", "Siobhan", "Callum", "Eilidh", "Rhys", "Cerys",
			"Dylan", "Ffion", "Ewan", "Morag", "Declan", "Aoife" };

	/** Common surnames, combined at random with {@link #FIRST_NAMES}. */
	static final String[] SURNAMES = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
			"Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
			"Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez",
			"Cox", "Alexander", "Morgan", "Moore", "Harris", "Clark", "Allen", "Young", "King", "Scott", "Baker",
			"Adams", "Hill", "Campbell", "Anderson", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris",
			"Murphy", "Cook", "Rogers", "Bailey", "Cooper", "Richardson", "Howard", "Ward", "Bell", "Kelly", "Hughes",
			"Price", "Watson", "Ahmed", "Ali", "Hussain", "Begum", "Shah", "Singh", "Kaur", "Sharma", "Gupta", "Kumar",
			"Das", "Rahman", "Chowdhury", "Okafor", "Adeyemi", "Mensah", "Owusu", "Nwosu", "Chen", "Wang", "Li",
			"Zhang", "Nguyen", "Tanaka", "Kowalski", "Nowak", "Rossi", "Garcia", "Murray", "Reid", "MacDonald",
			"Fraser", "Thomson", "Griffiths", "Lloyd", "Owen", "Doherty", "Kennedy", "Quinn", "O'Neill" };

}
