package org.warmpath.embedded;

import java.nio.file.Path;

/**
 * Fills the embedded store before the DBMS first opens it, the only moment Neo4j's
 * offline importer ({@link OfflineImport}) may write it. Called once, at start-up, only
 * when the default database has never been created; loaders are asked in order until one
 * loads.
 */
@FunctionalInterface
public interface EmptyStoreLoader {

	/**
	 * Loads the absent store of {@code home}, or leaves it absent.
	 * @param home the folder the DBMS is about to open
	 * @return whether it loaded something
	 */
	boolean load(Path home);

}
