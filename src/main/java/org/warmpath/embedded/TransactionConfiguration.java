package org.warmpath.embedded;

import java.util.Set;

import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarksUpdatedEvent;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * Spring Data Neo4j's transaction manager, sharing one set of bookmarks with the driver's
 * own queries.
 *
 * <p>
 * Why: on a cluster a read may reach a reader that has not yet applied a write, unless
 * the read carries the write's bookmark. The driver code ({@code executableQuery} and the
 * sessions of {@link org.warmpath.cypher.Cypher#session}) shares the driver's
 * {@link Driver#executableQueryBookmarkManager()}; Spring Data Neo4j (accounts) would
 * otherwise keep bookmarks of its own, so an account written through one could be missed
 * by a read through the other. Replaces the transaction manager Spring Boot would create,
 * with the same database selection and customizers.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		BookmarkManager shared = driver.executableQueryBookmarkManager();
		Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			// Spring Data's transactions start from the driver's bookmarks too...
			.withBookmarkManager(Neo4jBookmarkManager.create(shared::getBookmarks))
			.build();
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}

	/** ...and the bookmarks of their commits join the driver's. */
	@Bean
	ApplicationListener<Neo4jBookmarksUpdatedEvent> springDataBookmarks(Driver driver) {
		return event -> driver.executableQueryBookmarkManager().updateBookmarks(Set.of(), event.getBookmarks());
	}

}
