package org.warmpath.paths;

/** Thrown by a search kernel whose time budget ran out before it had an answer. */
public class SearchTimeoutException extends RuntimeException {

	public SearchTimeoutException() {
		super("graph search exceeded its time budget");
	}

}
