package org.warmpath.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.people.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * programmes.csv through {@code POST /api/import/programmes}: kinds land, a bad kind is a
 * rejected row naming its line and column, ids default to the slug of the name (the one
 * people.csv uses), and the same file twice changes nothing. The bulk path is compared
 * with the online one in {@link BulkLoadTests}.
 */
@WarmPathTest
class ProgrammeImportTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private final MockMvc mvc;

	private final TestGraphs g;

	private final String p;

	@Autowired
	ProgrammeImportTests(MockMvc mvc, TestData data) {
		this.mvc = mvc;
		this.g = data.graph();
		this.p = this.g.prefix();
	}

	private ResultActions upload(String query, String csv) throws Exception {
		return this.mvc
			.perform(post("/api/import/programmes" + query).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
				.contentType(CSV)
				.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private ResultActions programme(String id) throws Exception {
		return this.mvc.perform(get("/api/programmes/" + id).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)));
	}

	private long programmes() {
		return this.g.count("MATCH (g:Programme) WHERE g.id STARTS WITH $p RETURN count(g)");
	}

	private String twoRowsOneWithABadKind() {
		return "id,name,kind\n" + this.p + "a," + this.p + " Alpha,deanery\n" + this.p + "b," + this.p
				+ " Beta,guild\n";
	}

	@Test
	void strictModeRejectsABadKindNamingItsLineAndColumnAndWritesNothing() throws Exception {
		upload("", twoRowsOneWithABadKind()).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/import-rejected"))
			.andExpect(jsonPath("$.detail").value(containsString("Line 3: bad kind 'guild' in column kind")))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.created").value(0));
		assertThat(programmes()).isZero();
	}

	@Test
	void tolerantModeWritesTheGoodRows() throws Exception {
		upload("?mode=tolerant", twoRowsOneWithABadKind()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(3));
		assertThat(programmes()).isEqualTo(1);
		programme(this.p + "a").andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(this.p + " Alpha"))
			.andExpect(jsonPath("$.kind").value("deanery"));
	}

	@Test
	void theSameFileTwiceChangesNothingAndAChangedRowUpdates() throws Exception {
		String csv = "id,name,kind\n" + this.p + "a,Alpha " + this.p + ",deanery\n" + this.p + "b,Beta " + this.p
				+ ",buddy\n" + this.p + "c,Gamma " + this.p + ",\n";
		upload("", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(0));
		upload("", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));
		programme(this.p + "c").andExpect(jsonPath("$.kind").value("other"));
		// a new kind, a new name, and a row without a kind, which keeps the stored one
		upload("",
				"id,name,kind\n" + this.p + "a,Alpha " + this.p + ",faculty\n" + this.p + "b,Beta renamed " + this.p
						+ ",buddy\n" + this.p + "c,Gamma " + this.p + ",alumni\n")
			.andExpect(jsonPath("$.updated").value(3));
		upload("", "id,name\n" + this.p + "c,Gamma " + this.p + "\n").andExpect(jsonPath("$.unchanged").value(1));
		programme(this.p + "a").andExpect(jsonPath("$.kind").value("faculty"));
		programme(this.p + "b").andExpect(jsonPath("$.name").value("Beta renamed " + this.p));
		programme(this.p + "c").andExpect(jsonPath("$.kind").value("alumni"));
		assertThat(programmes()).isEqualTo(3);
	}

	@Test
	void aMissingIdIsTheSlugOfTheNameSoPeopleCsvFindsTheSameProgramme() throws Exception {
		String name = this.p + " Foundation Buddies!";
		String id = Text.slug(name);
		upload("", "name,kind\n" + name + ",buddy\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		programme(id).andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("buddy"));
		this.mvc
			.perform(post("/api/import/people").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
				.contentType(CSV)
				.content("id,name,programmes\n" + this.p + "x,Xavier," + name + " (mentee)\n"))
			.andExpect(status().isOk());
		programme(id).andExpect(jsonPath("$.kind").value("buddy")).andExpect(jsonPath("$.members").value(1));
		assertThat(this.g.count("MATCH (g:Programme) WHERE g.name STARTS WITH $p RETURN count(g)")).isEqualTo(1);
	}

	@Test
	void onlyAdminsImportProgrammes() throws Exception {
		this.mvc.perform(post("/api/import/programmes").contentType(CSV).content("name\nX\n"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theDemoNetworkListsItsProgrammesWithTheirKinds() throws Exception {
		this.mvc
			.perform(get("/api/programmes?kind=college-scheme").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem(startsWith("Royal College of "))));
		this.mvc
			.perform(get("/api/programmes?kind=deanery&q=Trainee Mentoring Scheme")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].kind", everyItem(org.hamcrest.Matchers.is("deanery"))))
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(0)));
		this.mvc
			.perform(get("/api/programmes?q=Near-Peer Mentoring Network")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[0].kind").value("buddy"));
		assertThat(this.g.count("MATCH (g:Programme) WHERE g.name STARTS WITH 'Royal College of ' "
				+ "AND coalesce(g.kind, 'other') <> 'college-scheme' RETURN count(g)"))
			.isZero();
	}

}
