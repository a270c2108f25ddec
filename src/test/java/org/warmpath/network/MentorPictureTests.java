package org.warmpath.network;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mentor's picture: {@code marks=mentoring} and {@code filter=mentoring} on a
 * mentor's own network.
 */
@WarmPathTest
class MentorPictureTests {

	private final MockMvc mvc;

	private final TestData data;

	private final TestGraphs g;

	private final String mentor;

	@Autowired
	MentorPictureTests(MockMvc mvc, TestData data) throws Exception {
		this.mvc = mvc;
		this.data = data;
		// mentee A knows me; requester R and bystander Y are reached through F; Q asks F2
		// to
		// introduce them to me; X is only my contact
		this.g = data.graph()
			.people("me:mentor=3", "a", "f", "r", "y", "f2", "q", "x")
			.ties("me-a:0.9", "me-f:0.8", "f-r:0.7", "r-y:0.9", "me-f2:0.6", "f2-q:0.6", "me-x:0.95");
		this.mentor = data.accounts().member(this.g.id("me"));
		String base = "/api/mentoring/" + this.g.id("me");
		this.mvc.perform(post(base + "/requests").with(as(data.accounts().member(this.g.id("a")))))
			.andExpect(status().isCreated());
		this.mvc.perform(post(base + "/accept/" + this.g.id("a")).with(as(this.mentor))).andExpect(status().isOk());
		this.mvc.perform(post(base + "/requests").with(as(data.accounts().member(this.g.id("r")))))
			.andExpect(status().isCreated());
		String asked = this.mvc
			.perform(post("/api/introductions").with(as(data.accounts().member(this.g.id("q"))))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\": \"%s\", \"via\": \"%s\", \"goal\": \"a mentor\"}".formatted(this.g.id("me"),
						this.g.id("f2"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post("/api/introductions/" + JsonPath.read(asked, "$.id") + "/accept")
				.with(as(data.accounts().member(this.g.id("f2")))))
			.andExpect(status().isOk());
	}

	RequestPostProcessor as(String username) {
		return this.data.accounts().as(username);
	}

	ResultActions network(String query) throws Exception {
		return this.mvc
			.perform(get("/api/people/" + this.g.id("me") + "/network?depth=2" + query).with(as(this.mentor)))
			.andExpect(status().isOk());
	}

	String marked(String who) {
		return "$.mentoring.people[?(@.id == '" + this.g.id(who) + "')]";
	}

	@Test
	void thePlainPictureCarriesNoMarks() throws Exception {
		network("").andExpect(jsonPath("$.mentoring").doesNotExist());
	}

	@Test
	void marksShowMyMenteesRequestersAndIncomingIntroductions() throws Exception {
		network("&marks=mentoring").andExpect(jsonPath("$.mentoring.filtered").value(false))
			.andExpect(jsonPath("$.mentoring.people.length()").value(3))
			.andExpect(jsonPath(marked("a") + ".marks[0]").value("mentee"))
			.andExpect(jsonPath(marked("r") + ".marks[0]").value("requester"))
			.andExpect(jsonPath(marked("q") + ".marks[0]").value("incoming"))
			.andExpect(jsonPath(marked("q") + ".shown").value(true))
			.andExpect(jsonPath("$.nodes[*].id", hasItem(this.g.id("x"))));
	}

	@Test
	void theFilterKeepsThemAndThePathsToThem() throws Exception {
		network("&filter=mentoring").andExpect(jsonPath("$.mentoring.filtered").value(true))
			.andExpect(jsonPath("$.nodes[*].id",
					containsInAnyOrder(this.g.id("me"), this.g.id("a"), this.g.id("f"), this.g.id("r"), this.g.id("f2"),
							this.g.id("q"))))
			.andExpect(jsonPath("$.links.length()").value(5));
	}

	@Test
	void anotherFilterIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/people/" + this.g.id("me") + "/network?filter=everyone").with(as(this.mentor)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("filter"));
	}

}
