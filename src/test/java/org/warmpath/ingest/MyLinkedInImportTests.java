package org.warmpath.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/me/import/linkedin}: a member's own Connections.csv.
 */
@WarmPathTest
class MyLinkedInImportTests {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private final MockMvc mvc;

	private final Driver driver;

	private final TestData data;

	private final TestGraphs g;

	/** A slug prefix no other test uses: LinkedIn ids are global. */
	private final String slug = "m" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	MyLinkedInImportTests(MockMvc mvc, Driver driver, TestData data) {
		this.mvc = mvc;
		this.driver = driver;
		this.data = data;
		this.g = data.graph().people("me", "bea");
	}

	/** Bea is known to the graph by her profile URL (as an earlier import left her). */
	private void beaHasAProfileUrl() {
		this.driver.executableQuery("MATCH (p:Person {id: $id}) SET p.linkedinUrl = $url")
			.withParameters(Map.of("id", this.g.id("bea"), "url", url("bea")))
			.execute();
	}

	private String url(String who) {
		return "https://www.linkedin.com/in/" + this.slug + who;
	}

	String export() {
		return """
				Notes:
				"When exporting your connection data, you may notice that some of the email addresses are missing, see https://www.linkedin.com/help."

				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Beatrix,Other Name,https://www.linkedin.com/in/%1$sbea/,,,,12 Mar 2024
				Priya,Shah,https://www.linkedin.com/in/%1$spriya,,"Fleetmoor Hospitals, NHS Trust",Registrar,1 Jan 2020
				"""
			.formatted(this.slug);
	}

	ResultActions upload(RequestPostProcessor as, String csv) throws Exception {
		return this.mvc.perform(post("/api/me/import/linkedin").with(as)
			.contentType(CSV)
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void tiesMeToMyContactsMatchingByUrlAndCreatingTheOthersUnclaimedAndClosed() throws Exception {
		beaHasAProfileUrl();
		String me = this.data.accounts().member(this.g.id("me"));
		upload(this.data.accounts().as(me), export()).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected").value(0));

		// Bea matched by URL: tied to me, not duplicated, her profile left as it was
		Record bea = this.driver
			.executableQuery("MATCH (:Person {id: $me})-[k:KNOWS]-(b:Person {id: $bea}) RETURN b, k")
			.withParameters(Map.of("me", this.g.id("me"), "bea", this.g.id("bea")))
			.execute()
			.records()
			.get(0);
		assertThat(bea.get("b").get("name").asString()).isEqualTo("Test bea");
		assertThat(bea.get("k").get("source").asString()).isEqualTo("linkedin");
		assertThat(bea.get("k").get("strength").asDouble()).isEqualTo(0.3);
		assertThat(
				this.data.count("MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", "li:" + this.slug + "bea")))
			.isZero();

		// Priya created: unclaimed, closed, tied to me
		Record priya = this.driver.executableQuery("MATCH (:Person {id: $me})-[k:KNOWS]-(p:Person {id: $id}) RETURN p")
			.withParameters(Map.of("me", this.g.id("me"), "id", "li:" + this.slug + "priya"))
			.execute()
			.records()
			.get(0);
		assertThat(priya.get("p").get("claimed").asBoolean()).isFalse();
		assertThat(priya.get("p").get("createdBy").asString()).isEqualTo(this.g.id("me"));
		assertThat(priya.get("p").get("openToIntroductions").asBoolean()).isFalse();
		assertThat(priya.get("p").get("headline").asString()).isEqualTo("Registrar at Fleetmoor Hospitals, NHS Trust");

		// in the projection at once: my network shows both
		this.mvc.perform(get("/api/people/" + this.g.id("me") + "/network").with(this.data.accounts().as(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id", hasItem("li:" + this.slug + "priya")))
			.andExpect(jsonPath("$.nodes[*].id", hasItem(this.g.id("bea"))));
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws Exception {
		String me = this.data.accounts().member(this.g.id("me"));
		upload(this.data.accounts().as(me), export()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		long ties = this.data.count("MATCH (:Person {id: $me})-[k:KNOWS]-() RETURN count(k)",
				Map.of("me", this.g.id("me")));
		upload(this.data.accounts().as(me), export()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(this.data.count("MATCH (:Person {id: $me})-[k:KNOWS]-() RETURN count(k)",
				Map.of("me", this.g.id("me"))))
			.isEqualTo(ties);
	}

	@Test
	void aTieIRemovedStaysRemovedWhenIImportMyFileAgain() throws Exception {
		beaHasAProfileUrl();
		String me = this.data.accounts().member(this.g.id("me"));
		upload(this.data.accounts().as(me), export()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		this.mvc.perform(delete("/api/me/connections/" + this.g.id("bea")).with(this.data.accounts().as(me)))
			.andExpect(status().is2xxSuccessful());
		upload(this.data.accounts().as(me), export()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(this.data.count("MATCH (:Person {id: $me})-[k:KNOWS]-(:Person {id: $bea}) RETURN count(k)",
				Map.of("me", this.g.id("me"), "bea", this.g.id("bea"))))
			.isZero();
		this.mvc.perform(get("/api/people/" + this.g.id("me") + "/network").with(this.data.accounts().as(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id", not(hasItem(this.g.id("bea")))));
	}

	@Test
	void aBadRowRejectsTheWholeFileNamingItsLineAndWritesNothing() throws Exception {
		String me = this.data.accounts().member(this.g.id("me"));
		String bad = export() + "Tom,Jones,https://example.com/tom,,,,\n";
		upload(this.data.accounts().as(me), bad).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/import-rejected"))
			.andExpect(jsonPath("$.errors[0].line").value(7))
			.andExpect(jsonPath("$.detail", containsString("Line 7")));
		assertThat(this.data.count("MATCH (p:Person {id: $id}) RETURN count(p)",
				Map.of("id", "li:" + this.slug + "priya")))
			.isZero();
		assertThat(this.data.count("MATCH (:Person {id: $me})-[k:KNOWS]-() RETURN count(k)",
				Map.of("me", this.g.id("me"))))
			.isZero();
	}

	@Test
	void aFileThatIsNotALinkedInExportIsRejected() throws Exception {
		String me = this.data.accounts().member(this.g.id("me"));
		upload(this.data.accounts().as(me), "id,name\nx,y\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/import-rejected"))
			.andExpect(jsonPath("$.errors[0].line").exists());
	}

	@Test
	void myOwnProfileInMyFileIsRejectedAsASelfTie() throws Exception {
		this.driver.executableQuery("MATCH (p:Person {id: $id}) SET p.linkedinUrl = $url")
			.withParameters(Map.of("id", this.g.id("me"), "url", url("me")))
			.execute();
		String me = this.data.accounts().member(this.g.id("me"));
		String mine = export() + "Me,Myself,https://www.linkedin.com/in/" + this.slug + "me,,,,\n";
		upload(this.data.accounts().as(me), mine).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(7))
			.andExpect(jsonPath("$.errors[0].message", containsString("self-tie")));
	}

	@Test
	void anAccountWithoutAPersonIsAConflict() throws Exception {
		String analyst = this.data.accounts().analyst();
		upload(this.data.accounts().as(analyst), export()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/no-person"));
		assertThat(this.data.count("MATCH (p:Person {id: $id}) RETURN count(p)",
				Map.of("id", "li:" + this.slug + "priya")))
			.isZero();
	}

	@Test
	void aMemberMayNotUseTheAdminImport() throws Exception {
		String me = this.data.accounts().member(this.g.id("me"));
		this.mvc
			.perform(post("/api/import/linkedin").param("owner", this.g.id("bea"))
				.with(this.data.accounts().as(me))
				.contentType(CSV)
				.content(export()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/people/" + this.g.id("me") + "/network").with(this.data.accounts().as(me)))
			.andExpect(jsonPath("$.nodes[*].id", not(hasItem("li:" + this.slug + "priya"))));
	}

}
