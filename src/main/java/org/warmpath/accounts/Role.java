package org.warmpath.accounts;

/**
 * What an account may do: members act for their own person, analysts read aggregates,
 * admins all.
 */
enum Role {

	ADMIN, ANALYST, MEMBER

}
