package org.warmpath.privacy;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Asks for introductions through the API, so the privacy tests check who sees them rather
 * than how one is made.
 */
final class IntroductionRequests {

	private IntroductionRequests() {
	}

	/**
	 * Posts an introduction request, which must be created.
	 * @param mvc the test's MockMvc
	 * @param as who asks
	 * @param body the request as JSON
	 * @return the new introduction's id
	 */
	static String create(MockMvc mvc, RequestPostProcessor as, String body) throws Exception {
		String response = mvc
			.perform(post("/api/introductions").with(as).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(response, "$.id");
		assertThat(id).as(response).isNotBlank();
		return id;
	}

}
