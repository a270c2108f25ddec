package org.warmpath.introductions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small word rules of a draft, without the app: the grade gap, the article before a
 * grade, and how goals are trimmed.
 */
class IntroductionDraftWordsTests {

	@Test
	void nearPeerIsOneOrTwoStepsAheadAndSeniorThreeOrMore() {
		assertThat(IntroductionDrafts.level(1, 2)).isEqualTo("near-peer");
		assertThat(IntroductionDrafts.level(1, 3)).isEqualTo("near-peer");
		assertThat(IntroductionDrafts.level(1, 4)).isEqualTo("senior");
		assertThat(IntroductionDrafts.level(3, 3)).isNull();
		assertThat(IntroductionDrafts.level(4, 2)).isNull();
		assertThat(IntroductionDrafts.level(null, 4)).isNull();
	}

	@Test
	void theArticleFollowsHowTheGradeIsSaid() {
		assertThat(IntroductionDrafts.article("FY1")).isEqualTo("an FY1");
		assertThat(IntroductionDrafts.article("ST3 registrar")).isEqualTo("an ST3 registrar");
		assertThat(IntroductionDrafts.article("GP")).isEqualTo("a GP");
		assertThat(IntroductionDrafts.article("Consultant")).isEqualTo("a Consultant");
		assertThat(IntroductionDrafts.article("Associate specialist")).isEqualTo("an Associate specialist");
	}

	@Test
	void goalsAreTrimmedAtAWordWithoutTheirFullStop() {
		assertThat(IntroductionDrafts.trimGoals("  Pass the MRCP.  ")).isEqualTo("Pass the MRCP");
		assertThat(IntroductionDrafts.trimGoals(" ")).isNull();
		String longGoals = "word ".repeat(100);
		String trimmed = IntroductionDrafts.trimGoals(longGoals);
		assertThat(trimmed).endsWith("word…").hasSizeLessThanOrEqualTo(IntroductionDrafts.GOALS_MAX + 1);
	}

}
