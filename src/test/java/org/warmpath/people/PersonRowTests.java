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
		assertThat(ada.memberships()).isEqualTo(List.of(
				Map.of("id", "near-peer-mentoring-network", "name", "Near-Peer Mentoring Network", "as", "mentor"),
				Map.of("id", "academic-circle", "name", "Academic Circle", "as", "mentee")));
		Map<String, Object> batch = PersonRow.batchParameters(List.of(ada));
		assertThat(batch.get("rows")).asList()
			.singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("seniority", 15);
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
		Map<String, Object> shared = PersonRow.batchParameters(List.of(zoe, ann));
		assertThat(shared.get("specialties")).isEqualTo(List.of("Anaesthetics", "Surgery"));
		assertThat(shared.get("regions")).isEqualTo(List.of("East", "West"));
		assertThat(shared.get("skills")).isEqualTo(List.of("audit", "coding", "triage"));
		assertThat(shared.get("organisations")).isEqualTo(List.of(Map.of("id", "alpha-trust", "name", "Alpha Trust"),
				Map.of("id", "zeta-trust", "name", "Zeta Trust")));
		assertThat(shared.get("programmes")).isEqualTo(List.of(Map.of("id", "alpha-network", "name", "Alpha Network"),
				Map.of("id", "zulu-circle", "name", "Zulu Circle")));
	}

	/**
	 * people/upsert links a row to its shared nodes by position in the batch's sorted
	 * lists (no index seek per row), so the positions must point at the row's own values.
	 */
	@Test
	void aBatchRowNamesItsSharedNodesByPositionInTheBatchLists() {
		PersonRow zoe = new PersonRow("p1", "Zoe", null, null, "Surgery", "West", "Zeta Trust",
				List.of("triage", "audit"), false, false, 0, List.of("Zulu Circle", "Alpha Network (mentee)"));
		PersonRow ann = new PersonRow("p2", "Ann", null, null, "Anaesthetics", null, "Alpha Trust", List.of("coding"),
				false, false, 0, List.of());
		Map<String, Object> batch = PersonRow.batchParameters(List.of(zoe, ann));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) batch.get("rows");
		assertThat(rows.get(0)).containsEntry("id", "p1")
			.containsEntry("specialtyAt", List.of(1))
			.containsEntry("regionAt", List.of(0))
			.containsEntry("organisationAt", List.of(1))
			.containsEntry("skillsAt", List.of(2, 0))
			.containsEntry("programmesAt", List.of(Map.of("at", 1, "as", "member"), Map.of("at", 0, "as", "mentee")));
		assertThat(rows.get(1)).containsEntry("specialtyAt", List.of(0))
			.containsEntry("regionAt", List.of())
			.containsEntry("organisationAt", List.of(0))
			.containsEntry("skillsAt", List.of(1))
			.containsEntry("programmesAt", List.of());
	}

}
