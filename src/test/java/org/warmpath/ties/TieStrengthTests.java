package org.warmpath.ties;

import org.warmpath.people.EvidenceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.TieExplanation;

import static org.assertj.core.api.Assertions.assertThat;

class TieStrengthTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static Evidence e(EvidenceKind kind, String since, String until) {
		return new Evidence(kind, (since == null) ? null : LocalDate.parse(since),
				(until == null) ? null : LocalDate.parse(until), null);
	}

	@Test
	void boundsHoldAtBothEnds() {
		TieStrength.Parts coldest = TieStrength.of(List.of(), List.of(1), TODAY);
		assertThat(coldest.strength()).isGreaterThan(0).isGreaterThanOrEqualTo(TieStrength.FLOOR);
		assertThat(coldest.evidence()).isZero();
		assertThat(coldest.ratings()).isZero();
		List<Evidence> everything = new ArrayList<>();
		for (EvidenceKind kind : EvidenceKind.values()) {
			everything.add(e(kind, "1990-01-01", null));
		}
		TieStrength.Parts warmest = TieStrength.of(everything, List.of(5, 5), TODAY);
		assertThat(warmest.strength()).isLessThanOrEqualTo(1).isGreaterThan(0.95);
		assertThat(List.of(warmest.evidence(), warmest.duration(), warmest.recency(), warmest.ratings()))
			.allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
		assertThat(warmest.kinds()).hasSize(EvidenceKind.values().length);
	}

	@Test
	void moreOrStrongerEvidenceNeverCoolsATie() {
		List<Evidence> evidence = new ArrayList<>();
		double last = TieStrength.of(evidence, List.of(3, 3), TODAY).strength();
		for (EvidenceKind kind : EvidenceKind.values()) {
			evidence.add(e(kind, null, null));
			double now = TieStrength.of(evidence, List.of(3, 3), TODAY).strength();
			assertThat(now).as("after adding %s", kind).isGreaterThanOrEqualTo(last);
			last = now;
		}
		// supervision says more than a conference
		assertThat(TieStrength.of(List.of(e(EvidenceKind.SUPERVISED_ME, null, null)), List.of(3), TODAY).strength())
			.isGreaterThan(
					TieStrength.of(List.of(e(EvidenceKind.CONFERENCE, null, null)), List.of(3), TODAY).strength());
	}

	@Test
	void higherRatingsLongerAndMoreRecentHistoriesWarm() {
		List<Evidence> ward = List.of(e(EvidenceKind.WORKED_TOGETHER, "2020-01-01", "2022-01-01"));
		for (int mine = 1; mine < 5; mine++) {
			for (int theirs = 1; theirs <= 5; theirs++) {
				assertThat(TieStrength.of(ward, List.of(mine + 1, theirs), TODAY).strength())
					.isGreaterThanOrEqualTo(TieStrength.of(ward, List.of(mine, theirs), TODAY).strength());
			}
		}
		assertThat(TieStrength.of(ward, List.of(5, 1), TODAY).strength())
			.isGreaterThan(TieStrength.of(ward, List.of(1, 1), TODAY).strength());
		TieStrength.Parts shorter = TieStrength.of(List.of(e(EvidenceKind.WORKED_TOGETHER, "2021-01-01", "2022-01-01")),
				List.of(3), TODAY);
		TieStrength.Parts longer = TieStrength.of(ward, List.of(3), TODAY);
		assertThat(longer.duration()).isGreaterThan(shorter.duration());
		assertThat(longer.strength()).isGreaterThan(shorter.strength());
		TieStrength.Parts older = TieStrength.of(List.of(e(EvidenceKind.WORKED_TOGETHER, "2008-01-01", "2010-01-01")),
				List.of(3), TODAY);
		assertThat(older.recency()).isLessThan(longer.recency());
		assertThat(older.strength()).isLessThan(longer.strength());
		TieStrength.Parts ongoing = TieStrength.of(List.of(e(EvidenceKind.WORKED_TOGETHER, "2020-01-01", null)),
				List.of(3), TODAY);
		assertThat(ongoing.recency()).isEqualTo(1.0);
	}

	@Test
	void theExplanationPacksIntoOneLongAndBack() {
		TieExplanation e = new TieExplanation(0b101_0000_0001, 5, 2, 0.825, 0.487, 1.0, 0.0);
		assertThat(TieExplanation.unpack(e.pack())).isEqualTo(e);
		assertThat(new TieExplanation(0, 0, 0, 0, 0, 0, 0).pack()).isNotZero();
		assertThat(TieExplanation.unpack(0)).isNull();
		assertThat(EvidenceKind.ids(0b10_0100_0001)).containsExactly("worked-together", "mentoring", "social");
	}

}
