package org.warmpath.accounts;

import java.util.Map;
import java.util.Set;

import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;

/**
 * Who is asking, reduced to what object-level checks need: the roles and, for a member,
 * the person they speak for.
 *
 * @param username the account
 * @param personId the linked person, or {@code null}
 * @param admin whether the account is an ADMIN
 * @param analyst whether the account is an ANALYST
 * @param member whether the account is a MEMBER
 * @param ledProgrammes the programmes a PROGRAMME_LEAD leads (empty for everyone else)
 */
public record Caller(String username, String personId, boolean admin, boolean analyst, boolean member,
		Set<String> ledProgrammes) {

	/** Normalises the led programmes to a set that is never {@code null}. */
	public Caller {
		ledProgrammes = (ledProgrammes == null) ? Set.of() : Set.copyOf(ledProgrammes);
	}

	/** A caller who leads no programme. */
	public Caller(String username, String personId, boolean admin, boolean analyst, boolean member) {
		this(username, personId, admin, analyst, member, Set.of());
	}

	/**
	 * The caller behind an authentication.
	 * @param auth the signed-in account
	 * @return the caller
	 */
	public static Caller of(Authentication auth) {
		String personId = (auth.getPrincipal() instanceof CurrentUser user) ? user.personId() : null;
		boolean admin = false;
		boolean analyst = false;
		boolean member = false;
		boolean lead = false;
		for (var authority : auth.getAuthorities()) {
			switch (authority.getAuthority()) {
				case "ROLE_ADMIN" -> admin = true;
				case "ROLE_ANALYST" -> analyst = true;
				case "ROLE_MEMBER" -> member = true;
				case "ROLE_PROGRAMME_LEAD" -> lead = true;
				default -> {
				}
			}
		}
		Set<String> led = (lead && auth.getPrincipal() instanceof CurrentUser user) ? user.programmes() : Set.of();
		return new Caller(auth.getName(), personId, admin, analyst, member, led);
	}

	/**
	 * Whether this caller may act for the programme as its lead: admins for every
	 * programme, a PROGRAMME_LEAD for the programmes their account names.
	 * @param programmeId the programme
	 * @return true when they lead it
	 */
	public boolean leads(String programmeId) {
		return this.admin || (programmeId != null && this.ledProgrammes.contains(programmeId));
	}

	/** Whether this caller acts as the given person (a member linked to them). */
	public boolean is(String id) {
		return this.personId != null && this.personId.equals(id);
	}

	/**
	 * Lets admins through and members acting for themselves; everyone else gets 403.
	 * @param id the person the request is about
	 * @param field the parameter naming them, for the problem
	 */
	public void requireSelfOrAdmin(String id, String field) {
		if (this.admin) {
			return;
		}
		if (!this.member || !is(id)) {
			throw forbidden("Members may only ask about themselves: '" + field + "' must be your own person id", field);
		}
	}

	/**
	 * The person a member acts for; 403 for staff accounts without one.
	 * @return the person id
	 */
	public String requirePerson() {
		if (this.personId == null || !this.member) {
			throw forbidden("This needs a member account linked to a person", null);
		}
		return this.personId;
	}

	/** A 403 problem with the offending field. */
	public static ErrorResponseException forbidden(String detail, String field) {
		return Problems.exception(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail,
				(field == null) ? Map.of() : Map.of("field", field));
	}

}
