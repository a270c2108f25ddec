package org.warmpath.ingest.demo;

import static org.warmpath.ingest.demo.DemoVocabulary.CONSULTANT;
import static org.warmpath.ingest.demo.DemoVocabulary.CORE;
import static org.warmpath.ingest.demo.DemoVocabulary.FOUNDATION;
import static org.warmpath.ingest.demo.DemoVocabulary.GENERAL_PRACTICE;
import static org.warmpath.ingest.demo.DemoVocabulary.GENERAL_PRACTITIONER;
import static org.warmpath.ingest.demo.DemoVocabulary.PROFESSOR;
import static org.warmpath.ingest.demo.DemoVocabulary.REGISTRAR;
import static org.warmpath.ingest.demo.DemoVocabulary.STUDENT;

/**
 * The people of the demo network, one column per attribute (structure of arrays), so that
 * a million people cost a few tens of megabytes and no per-person objects.
 * <p>
 * Organisations are numbered {@code region * 8 + slot}: slots 0..4 are hospital
 * organisations, 5..6 primary-care ones. How many of them a region uses grows with the
 * size of the network, so that a small network still has teams of several people.
 */
final class Population {

	static final int ORG_SLOTS = 8;

	static final int PRIMARY_CARE_SLOT = 5;

	/**
	 * Consultants a hospital organisation needs for one of them to be its medical
	 * director.
	 */
	static final int MEDICAL_DIRECTOR_STAFF = 10;

	/** Consultants a specialty team needs for one of them to be its clinical director. */
	static final int CLINICAL_DIRECTOR_STAFF = 4;

	private static final double[] HOSPITAL_SIZE_WEIGHTS = { 5, 4, 3, 3, 2 };

	final int size;

	final byte[] region;

	final byte[] grade;

	final byte[] specialty;

	/** {@code region * ORG_SLOTS + slot}. */
	final byte[] organisation;

	/**
	 * Year of study, FY year, CT/ST year, GP partner (0) or salaried (1); meaning depends
	 * on grade.
	 */
	final byte[] level;

	final boolean[] gpTrack;

	final short[] firstName;

	final short[] surname;

	final boolean[] openToIntroductions;

	final boolean[] openToMentoring;

	final byte[] mentorCapacity;

	/** Bit set over {@link DemoVocabulary#SKILLS}. */
	final int[] skills;

	/** Bit set over the {@code PROG_*} constants of {@link DemoVocabulary}. */
	final byte[] programmes;

	/**
	 * First day in medicine, in days since 1970-01-01; ties and mentoring start after it.
	 */
	final int[] careerStart;

	/** Attractiveness for conference ties (Pareto distributed: a few people are hubs). */
	final float[] fitness;

	final int hospitalsPerRegion;

	final int primaryCarePerRegion;

	private Population(int size, int hospitalsPerRegion, int primaryCarePerRegion) {
		this.size = size;
		this.hospitalsPerRegion = hospitalsPerRegion;
		this.primaryCarePerRegion = primaryCarePerRegion;
		this.region = new byte[size];
		this.grade = new byte[size];
		this.specialty = new byte[size];
		this.organisation = new byte[size];
		this.level = new byte[size];
		this.gpTrack = new boolean[size];
		this.firstName = new short[size];
		this.surname = new short[size];
		this.openToIntroductions = new boolean[size];
		this.openToMentoring = new boolean[size];
		this.mentorCapacity = new byte[size];
		this.skills = new int[size];
		this.programmes = new byte[size];
		this.careerStart = new int[size];
		this.fitness = new float[size];
	}

	/**
	 * The person's career tier ({@link DemoVocabulary#TIER}), not their stored seniority.
	 */
	int tier(int person) {
		return DemoVocabulary.TIER[this.grade[person]];
	}

	/**
	 * The leadership role of each person ({@code DemoVocabulary.NO_ROLE},
	 * {@code CLINICAL_DIRECTOR} or {@code MEDICAL_DIRECTOR}), derived from what was drawn
	 * (no random draw, so the network is the same with or without roles): the
	 * longest-serving consultant of a hospital organisation with at least
	 * {@value #MEDICAL_DIRECTOR_STAFF} consultants is its medical director; the
	 * longest-serving other consultant of a specialty team with at least
	 * {@value #CLINICAL_DIRECTOR_STAFF} consultants, and a consultant in the clinical
	 * leadership fellowship, is a clinical director. Ties go to the lower index.
	 * @return one role per person
	 */
	byte[] leadershipRoles() {
		int teams = ORG_SLOTS * DemoVocabulary.REGIONS.size();
		int specialties = DemoVocabulary.SPECIALTIES.size();
		int[] director = new int[teams];
		int[] consultants = new int[teams];
		int[] lead = new int[teams * specialties];
		int[] teamConsultants = new int[teams * specialties];
		java.util.Arrays.fill(director, -1);
		java.util.Arrays.fill(lead, -1);
		for (int i = 0; i < this.size; i++) {
			if (this.grade[i] != CONSULTANT || this.organisation[i] % ORG_SLOTS >= PRIMARY_CARE_SLOT) {
				continue;
			}
			int org = this.organisation[i];
			consultants[org]++;
			if (director[org] < 0 || this.careerStart[i] < this.careerStart[director[org]]) {
				director[org] = i;
			}
		}
		byte[] roles = new byte[this.size];
		for (int org = 0; org < teams; org++) {
			if (consultants[org] >= MEDICAL_DIRECTOR_STAFF) {
				roles[director[org]] = DemoVocabulary.MEDICAL_DIRECTOR;
			}
		}
		for (int i = 0; i < this.size; i++) {
			if (this.grade[i] != CONSULTANT || roles[i] == DemoVocabulary.MEDICAL_DIRECTOR) {
				continue;
			}
			if (inProgramme(i, DemoVocabulary.PROG_LEADERSHIP)) {
				roles[i] = DemoVocabulary.CLINICAL_DIRECTOR;
			}
			int team = this.organisation[i] * specialties + this.specialty[i];
			teamConsultants[team]++;
			if (lead[team] < 0 || this.careerStart[i] < this.careerStart[lead[team]]) {
				lead[team] = i;
			}
		}
		for (int team = 0; team < lead.length; team++) {
			if (teamConsultants[team] >= CLINICAL_DIRECTOR_STAFF) {
				roles[lead[team]] = DemoVocabulary.CLINICAL_DIRECTOR;
			}
		}
		return roles;
	}

	boolean inProgramme(int person, int programme) {
		return (this.programmes[person] & (1 << programme)) != 0;
	}

	static String organisationName(int organisation) {
		int region = organisation / ORG_SLOTS;
		int slot = organisation % ORG_SLOTS;
		return (slot < PRIMARY_CARE_SLOT) ? DemoVocabulary.hospitalName(region, slot)
				: DemoVocabulary.primaryCareName(region, slot - PRIMARY_CARE_SLOT);
	}

	static String organisationShortName(int organisation) {
		int region = organisation / ORG_SLOTS;
		int slot = organisation % ORG_SLOTS;
		return (slot < PRIMARY_CARE_SLOT) ? DemoVocabulary.hospitalShortName(region, slot)
				: DemoVocabulary.primaryCareName(region, slot - PRIMARY_CARE_SLOT);
	}

	/**
	 * Draws every person's attributes, in id order, from one seeded stream.
	 * @param size number of people
	 * @param rng the stream
	 * @param asOfDay the generation date, in epoch days
	 * @param firstDay earliest allowed date, in epoch days
	 * @return the population
	 */
	static Population generate(int size, SplitMix64 rng, int asOfDay, int firstDay) {
		int hospitals = Math.max(1, Math.min(DemoVocabulary.MAX_HOSPITALS_PER_REGION, size / 1000 + 1));
		int primaryCare = (size < 1000) ? 1 : DemoVocabulary.MAX_PRIMARY_CARE_PER_REGION;
		Population p = new Population(size, hospitals, primaryCare);
		double[] hospitalWeights = new double[hospitals];
		System.arraycopy(HOSPITAL_SIZE_WEIGHTS, 0, hospitalWeights, 0, hospitals);
		double[] hospitalCumulative = SplitMix64.cumulative(hospitalWeights);
		double[] juniorSkills = SplitMix64.cumulative(DemoVocabulary.JUNIOR_SKILL_WEIGHTS);
		double[] registrarSkills = SplitMix64.cumulative(DemoVocabulary.REGISTRAR_SKILL_WEIGHTS);
		double[] seniorSkills = SplitMix64.cumulative(DemoVocabulary.SENIOR_SKILL_WEIGHTS);
		for (int i = 0; i < size; i++) {
			int region = rng.weighted(DemoVocabulary.REGION_WEIGHTS);
			int grade = rng.weighted(DemoVocabulary.GRADE_WEIGHTS);
			boolean gpTrack = switch (grade) {
				case GENERAL_PRACTITIONER -> true;
				case CORE, REGISTRAR -> rng.chance(0.22);
				default -> false;
			};
			int specialty;
			if (gpTrack) {
				specialty = GENERAL_PRACTICE;
			}
			else if (grade == STUDENT || grade == FOUNDATION) {
				specialty = rng.weighted(DemoVocabulary.ANY_SPECIALTY_WEIGHTS);
			}
			else {
				specialty = rng.weighted(DemoVocabulary.HOSPITAL_SPECIALTY_WEIGHTS);
			}
			int slot = gpTrack ? PRIMARY_CARE_SLOT + rng.nextInt(primaryCare) : rng.weighted(hospitalCumulative);
			int level = switch (grade) {
				case STUDENT -> rng.between(3, 5); // clinical years, on placement
				case FOUNDATION -> rng.between(1, 2);
				case CORE -> gpTrack ? rng.between(1, 2) : rng.between(1, 3);
				case REGISTRAR -> gpTrack ? 3 : rng.between(3, 8);
				case GENERAL_PRACTITIONER -> rng.chance(0.55) ? 0 : 1;
				default -> 0;
			};
			p.region[i] = (byte) region;
			p.grade[i] = (byte) grade;
			p.gpTrack[i] = gpTrack;
			p.specialty[i] = (byte) specialty;
			p.organisation[i] = (byte) (region * ORG_SLOTS + slot);
			p.level[i] = (byte) level;
			p.firstName[i] = (short) rng.nextInt(DemoVocabulary.FIRST_NAMES.length);
			p.surname[i] = (short) rng.nextInt(DemoVocabulary.SURNAMES.length);

			double closed = switch (grade) {
				case STUDENT, FOUNDATION -> 0.10;
				case CONSULTANT, GENERAL_PRACTITIONER -> 0.18;
				case PROFESSOR -> 0.25;
				default -> 0.14;
			};
			p.openToIntroductions[i] = !rng.chance(closed);
			double mentoring = switch (grade) {
				case CORE -> 0.10;
				case REGISTRAR -> 0.35;
				case CONSULTANT -> 0.55;
				case GENERAL_PRACTITIONER -> 0.50;
				case PROFESSOR -> 0.70;
				default -> 0.0;
			};
			boolean mentor = rng.chance(mentoring);
			p.openToMentoring[i] = mentor;
			if (mentor) {
				p.mentorCapacity[i] = (byte) switch (grade) {
					case CORE -> 1;
					case REGISTRAR -> rng.between(1, 2);
					case PROFESSOR -> rng.between(2, 5);
					default -> Math.min(5, 1 + rng.poisson(1.2));
				};
			}

			double[] skillWeights = (grade <= CORE) ? juniorSkills
					: (grade == REGISTRAR) ? registrarSkills : seniorSkills;
			int skillCount = rng.between(2, 5);
			int skillSet = 0;
			for (int s = 0; s < skillCount; s++) {
				skillSet |= 1 << rng.weighted(skillWeights);
			}
			if (DemoVocabulary.isSurgical(specialty) && grade != STUDENT && rng.chance(0.8)) {
				skillSet |= 1 << DemoVocabulary.SURGICAL_SKILLS;
			}
			if (grade == PROFESSOR) {
				skillSet |= 1; // research
			}
			p.skills[i] = skillSet;
			p.programmes[i] = (byte) programmes(rng, grade, mentor);

			int[] years = DemoVocabulary.CAREER_YEARS[grade];
			int career = rng.between(years[0] * 365, years[1] * 365);
			p.careerStart[i] = Math.max(firstDay, asOfDay - career);

			// Pareto(alpha) tail: x = u^(-1/alpha); seniors and leaders draw larger
			// audiences
			double pareto = Math.pow(1.0 - rng.nextDouble(), -1.0 / 1.25);
			double boost = switch (grade) {
				case STUDENT -> 0.5;
				case FOUNDATION -> 0.6;
				case CORE -> 0.8;
				case REGISTRAR -> 1.0;
				case PROFESSOR -> 3.0;
				default -> 1.5;
			};
			p.fitness[i] = (float) Math.min(600.0, pareto * boost);
		}
		return p;
	}

	private static int programmes(SplitMix64 rng, int grade, boolean mentor) {
		int set = 0;
		int seniority = DemoVocabulary.TIER[grade];
		if (rng.chance(mentor ? 0.55 : (seniority <= 3 ? 0.12 : 0.05))) {
			set |= 1 << DemoVocabulary.PROG_COLLEGE;
		}
		if (rng.chance((mentor && seniority >= 3) ? 0.25 : (seniority <= 3 && grade != STUDENT ? 0.15 : 0.0))) {
			set |= 1 << DemoVocabulary.PROG_REGIONAL;
		}
		if ((grade == REGISTRAR && rng.chance(0.03)) || (grade == CONSULTANT && rng.chance(0.02))) {
			set |= 1 << DemoVocabulary.PROG_LEADERSHIP;
		}
		if ((grade == FOUNDATION || grade == CORE) && rng.chance(0.02)) {
			set |= 1 << DemoVocabulary.PROG_FUTURE_LEADERS;
		}
		if ((grade == REGISTRAR || grade == CONSULTANT || grade == GENERAL_PRACTITIONER) && rng.chance(0.02)) {
			set |= 1 << DemoVocabulary.PROG_EDUCATION;
		}
		if (((grade == STUDENT || grade == FOUNDATION) && rng.chance(0.10))
				|| ((grade == CORE || grade == REGISTRAR) && mentor && rng.chance(0.4))) {
			set |= 1 << DemoVocabulary.PROG_NEAR_PEER;
		}
		if ((grade == PROFESSOR && rng.chance(0.6)) || (grade == CONSULTANT && mentor && rng.chance(0.08))) {
			set |= 1 << DemoVocabulary.PROG_ACADEMIC;
		}
		return set;
	}

}
