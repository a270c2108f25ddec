package org.warmpath.people;

import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 from a member's side: {@code GET /api/people/{id}/connections} answers by the
 * one visibility rule, so a contact listing a friend's connections does not see the
 * friend's tie to someone who keeps their ties private (the same tie the path, mutuals
 * and ego answers hide).
 */
@WarmPathTest
class ConnectionsVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void aContactDoesNotSeeAFriendsTieToAPrivateMember() throws Exception {
		TestGraphs g = this.data.graph()
			.people("me", "friend", "shy", "other")
			.ties("me-friend:0.9", "friend-shy:0.8", "friend-other:0.7");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		String shy = accounts.member(g.id("shy"));
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(shy));
		String url = "/api/people/" + g.id("friend") + "/connections";
		this.mvc.perform(get(url).with(accounts.as(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].person.id").value(containsInAnyOrder(g.id("me"), g.id("other"))))
			.andExpect(jsonPath("$.total").value(2));
		// the private member sees their own tie; an admin sees all three
		this.mvc.perform(get(url).with(accounts.as(shy)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(3)));
		this.mvc.perform(get(url).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.total").value(3));
		// and nobody lists a private member's connections but themselves and admins
		this.mvc.perform(get("/api/people/" + g.id("shy") + "/connections").with(accounts.as(me)))
			.andExpect(status().isForbidden());
	}

}
