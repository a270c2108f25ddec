package org.warmpath.mentorsearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded heap behind recommendations returns, batch after batch, exactly what a full
 * sort by score (descending) then id gives, ties and all.
 */
class MentorTopKTests {

	@Test
	void batchesFromTheBoundedHeapFollowTheFullSort() {
		Random rnd = new Random(7);
		for (int round = 0; round < 50; round++) {
			int n = rnd.nextInt(200);
			String[] ids = new String[n + 5];
			int[] rows = new int[n];
			double[] score = new double[n];
			for (int i = 0; i < n; i++) {
				rows[i] = i + 5;
				ids[i + 5] = "p" + rnd.nextInt(1000) + "-" + i;
				// few distinct scores, so ties are common
				score[i] = rnd.nextInt(8) / 8.0;
			}
			List<Integer> expected = IntStream.range(0, n)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> ids[rows[i]]))
				.toList();
			MentorSearch.TopK top = new MentorSearch.TopK(score, rows, ids);
			int batch = 1 + rnd.nextInt(30);
			List<Integer> got = new ArrayList<>();
			for (int[] b = top.next(batch); b.length > 0; b = top.next(batch)) {
				assertThat(b.length).isLessThanOrEqualTo(batch);
				for (int i : b) {
					got.add(i);
				}
			}
			assertThat(got).as("n %d, batch %d", n, batch).isEqualTo(expected);
		}
	}

}
