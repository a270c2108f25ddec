package org.warmpath.embedded;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.warmpath.MemberAccounts;
import org.warmpath.WarmPathTest;
import org.warmpath.accounts.AccountManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarksUpdatedEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Data Neo4j's writes (accounts) and the driver's queries keep one set of
 * bookmarks, so on a cluster each reads what the other wrote.
 */
@WarmPathTest
class SharedBookmarksTests {

	@Autowired
	Driver driver;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void aCommitOfSpringDataNeo4jLeavesItsBookmarkWithTheDriver() {
		List<Set<Bookmark>> committed = new CopyOnWriteArrayList<>();
		ApplicationListener<Neo4jBookmarksUpdatedEvent> listener = event -> committed.add(event.getBookmarks());
		this.context.addApplicationListener(listener);
		try {
			String username = new MemberAccounts(this.accounts).analyst();
			assertThat(this.accounts.isActive(username)).isTrue();
		}
		finally {
			this.context.removeApplicationListener(listener);
		}

		assertThat(committed).isNotEmpty();
		assertThat(this.driver.executableQueryBookmarkManager().getBookmarks())
			.containsAll(committed.get(committed.size() - 1));
	}

}
