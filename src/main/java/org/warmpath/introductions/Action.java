package org.warmpath.introductions;

import java.util.Set;

/**
 * What someone can do to an introduction: from which states, to which, and who may.
 */
enum Action {

	ACCEPT(Set.of("REQUESTED"), "ACCEPTED"), DECLINE(Set.of("REQUESTED"), "DECLINED"),
	COMPLETE(Set.of("ACCEPTED"), "COMPLETED"), WITHDRAW(Set.of("REQUESTED", "ACCEPTED"), "WITHDRAWN");

	final Set<String> from;

	final String to;

	Action(Set<String> from, String to) {
		this.from = from;
		this.to = to;
	}

	boolean allowedFor(String person, String requester, String introducer) {
		return switch (this) {
			case ACCEPT, DECLINE -> person.equals(introducer);
			case COMPLETE -> person.equals(requester) || person.equals(introducer);
			case WITHDRAW -> person.equals(requester);
		};
	}

	String verb() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
