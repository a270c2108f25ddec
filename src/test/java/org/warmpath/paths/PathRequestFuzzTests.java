package org.warmpath.paths;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile query parameters of {@code GET /api/paths}: parsing yields a valid, bounded
 * request or a 400 problem naming the field, never anything else.
 */
class PathRequestFuzzTests {

	@FuzzTest(maxDuration = "60s")
	void pathRequest(FuzzedDataProvider data) {
		String from = data.consumeString(300);
		String to = data.consumeString(300);
		String mode = data.pickValue(new String[] { "warmest", "fewest", "WARMEST", "Fewest", "", "x" });
		if (data.consumeBoolean()) {
			mode = data.consumeString(20);
		}
		int k = data.consumeBoolean() ? data.consumeInt(-2, 12) : data.consumeInt();
		int maxHops = data.consumeBoolean() ? data.consumeInt(-2, 8) : data.consumeInt();
		Double minStrength = switch (data.consumeInt(0, 3)) {
			case 0 -> null;
			case 1 -> data.consumeDouble();
			case 2 -> data.consumeRegularDouble(-0.5, 1.5);
			default -> data.pickValue(new Double[] { Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1.0 });
		};
		String avoid = data.consumeBoolean() ? null : data.consumeRemainingAsString();
		PathRequest request;
		try {
			request = PathController.request(from, to, mode, k, maxHops, minStrength, avoid);
		}
		catch (ErrorResponseException ex) {
			assertThat(ex.getStatusCode().value()).isEqualTo(400);
			assertThat(ex.getBody().getProperties()).containsKey("field");
			return;
		}
		assertThat(request.k()).isBetween(1, PathFinder.MAX_K);
		assertThat(request.maxHops()).isBetween(1, SearchLimits.MAX_HOPS);
		// numerically (a fuzzing run found -0.0, which is a valid 0)
		assertThat(request.minStrength() >= 0.0 && request.minStrength() <= 1.0)
			.as("minStrength %s", request.minStrength())
			.isTrue();
		assertThat(request.avoid()).hasSizeLessThanOrEqualTo(100);
		assertThat(request.from()).isNotBlank().isNotEqualTo(request.to());
	}

}
