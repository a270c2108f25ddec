package org.warmpath.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRowTests {

	// ---- people ----------------------------------------------------------------------

	@Test
	void programmesGetSlugIdsAndARoleFromTheirSuffixOrTheMentoringFlag() {
		PersonRow ada = new PersonRow("p1", "Ada", null, "Consultant", null, null, "St. Mary's NHS Trust", List.of(),
				true, true, 3, List.of("Near-Peer Mentoring Network", "Academic Circle (mentee)"));
		assertThat(ada.organisationId()).isEqualTo("st-mary-s-nhs-trust");
		assertThat(ada.parameters().get("programmes")).isEqualTo(List.of(
				Map.of("id", "near-peer-mentoring-network", "name", "Near-Peer Mentoring Network", "as", "mentor"),
				Map.of("id", "academic-circle", "name", "Academic Circle", "as", "mentee")));
		assertThat(ada.parameters()).containsEntry("seniority", 15)
			.containsEntry("programmeIds", List.of("near-peer-mentoring-network", "academic-circle"));
	}

	@Test
	void aPersonNeedsAnIdAndANameAndACapacityInRange() {
		assertThatThrownBy(() -> PersonRow.of(" ", "Ada")).hasMessage("blank id");
		assertThatThrownBy(() -> PersonRow.of("p1", "")).hasMessageStartingWith("blank name");
		assertThatThrownBy(
				() -> new PersonRow("p1", "Ada", null, null, null, null, null, List.of(), true, true, 51, List.of()))
			.hasMessageContaining("outside 0..50");
		assertThatThrownBy(
				() -> new PersonRow("p1", "Ada", null, null, null, null, "!!", List.of(), true, false, 0, List.of()))
			.hasMessageContaining("no letters or digits");
	}

	@Test
	void identicalPeopleShareAFingerprintWhateverTheListOrder() {
		PersonRow a = new PersonRow("p1", "Ada", null, "GP", null, null, null, List.of("x", "y"), true, false, 0,
				List.of());
		PersonRow b = new PersonRow(" p1 ", "Ada ", "", "GP", null, null, null, List.of("y", "x", "x"), true, false, 0,
				List.of());
		PersonRow c = new PersonRow("p1", "Ada", null, "GP", null, null, null, List.of("x"), true, false, 0, List.of());
		assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).isNotEqualTo(c.fingerprint());
	}

	// ---- ties ------------------------------------------------------------------------

	@Test
	void aTieIsWrittenInCanonicalOrderAndKeyedOnTheUnorderedPair() {
		TieRow tie = new TieRow("c", "a", 0.5, " ", null);
		assertThat(tie.context()).isNull();
		assertThat(tie.parameters()).containsEntry("a", "a").containsEntry("b", "c").doesNotContainKey("source");
		assertThat(tie.pairKey()).isEqualTo(new TieRow("a", "c", 0.9, null, null).pairKey());
	}

	@Test
	void aTieNeedsTwoPeopleAndAStrengthInRange() {
		assertThatThrownBy(() -> new TieRow("a", "a", 0.4, null, null)).hasMessageStartingWith("self-tie");
		assertThatThrownBy(() -> new TieRow("a", "b", 0, null, null)).hasMessageContaining("outside (0, 1]");
		assertThatThrownBy(() -> new TieRow("a", "b", 1.5, null, null)).hasMessageContaining("outside (0, 1]");
	}

	// ---- grades ----------------------------------------------------------------------

	// the ladder itself: GradesTests

	@Test
	void everyDemoGradeHasASeniority() {
		for (String grade : List.of("Medical student", "Foundation doctor (FY1/FY2)", "Core trainee",
				"Specialty registrar (ST3-ST8)", "Consultant", "GP", "Professor")) {
			assertThat(Grades.seniority(grade)).as(grade).isNotNull();
		}
	}

	/**
	 * People batches are written at once (warmpath.ingest.people-writers): each merges
	 * the shared nodes it names, so they must take those nodes' locks in one order or two
	 * batches that each create a node the other wants deadlock.
	 */
	@Test
	void aBatchNamesItsSharedNodesSortedSoParallelBatchesLockThemInOneOrder() {
		PersonRow zoe = new PersonRow("p1", "Zoe", null, null, "Surgery", "West", "Zeta Trust",
				List.of("triage", "audit"), false, false, 0, List.of("Zulu Circle", "Alpha Network"));
		PersonRow ann = new PersonRow("p2", "Ann", null, null, "Anaesthetics", "East", "Alpha Trust", List.of("coding"),
				false, false, 0, List.of());
		Map<String, Object> shared = PersonRow.sharedParameters(List.of(zoe, ann));
		assertThat(shared.get("specialties")).isEqualTo(List.of("Anaesthetics", "Surgery"));
		assertThat(shared.get("regions")).isEqualTo(List.of("East", "West"));
		assertThat(shared.get("skills")).isEqualTo(List.of("audit", "coding", "triage"));
		assertThat(shared.get("organisations")).isEqualTo(List.of(Map.of("id", "alpha-trust", "name", "Alpha Trust"),
				Map.of("id", "zeta-trust", "name", "Zeta Trust")));
		assertThat(shared.get("programmes")).isEqualTo(List.of(Map.of("id", "alpha-network", "name", "Alpha Network"),
				Map.of("id", "zulu-circle", "name", "Zulu Circle")));
	}

}
