package org.warmpath.accounts;

/**
 * What an account may do: members act for their own person, analysts read aggregates,
 * programme leads manage the membership of the programmes their account names, admins
 * all.
 */
enum Role {

	ADMIN, ANALYST, MEMBER, PROGRAMME_LEAD

}
