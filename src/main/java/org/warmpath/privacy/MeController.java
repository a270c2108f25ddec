package org.warmpath.privacy;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.warmpath.accounts.Caller;

import org.warmpath.people.Directory;
import org.warmpath.people.PersonDetails;
import org.warmpath.problems.Problems;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MeController {

	private final ProfileSettings settings;

	private final Directory directory;

	private final PersonalData personalData;

	MeController(ProfileSettings settings, Directory directory, PersonalData personalData) {
		this.settings = settings;
		this.directory = directory;
		this.personalData = personalData;
	}

	/**
	 * The member's own profile with every field {@code PATCH /api/me} takes ({@code GET
	 * /api/me} is the account: who is signed in).
	 */
	@GetMapping("/profile")
	MyProfile profile(Authentication auth) {
		return profile(Caller.of(auth).requirePerson());
	}

	@GetMapping("/export")
	PersonalDataExport export(Authentication auth) {
		Caller caller = Caller.of(auth);
		return this.personalData.export(caller.requirePerson(), caller.username(),
				auth.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", "")).sorted().toList());
	}

	/** Erases the member's person and account; the session ends with it. */
	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void erase(Authentication auth, HttpServletRequest request) {
		this.personalData.erase(Caller.of(auth).requirePerson());
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	/**
	 * Replaces every setting (the profile fields it leaves out stay). The body stays a
	 * map (documented as {@link SettingsChange}) because presence matters: PUT must name
	 * every field, and a field sent as {@code null} is told apart from one left out.
	 */
	@PutMapping
	MyProfile replace(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = SettingsChange.class))) @RequestBody(
					required = false) Map<String, Object> body,
			Authentication auth) {
		return update(body, auth, true);
	}

	/**
	 * Changes the settings named in the body and leaves the others: a map, because a
	 * field left out is left alone while {@code "headline": null} clears the headline,
	 * and a value of the wrong type or an unknown field gets a problem naming that field.
	 */
	@PatchMapping
	MyProfile patch(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = SettingsChange.class))) @RequestBody(
					required = false) Map<String, Object> body,
			Authentication auth) {
		return update(body, auth, false);
	}

	private MyProfile update(Map<String, Object> body, Authentication auth, boolean replace) {
		String me = Caller.of(auth).requirePerson();
		this.settings.update(me, body, replace);
		return profile(me);
	}

	private MyProfile profile(String me) {
		PersonDetails person = this.directory.find(me).orElseThrow(() -> Problems.notFound("person", me));
		ProfileSettings.Own own = this.settings.own(me);
		return new MyProfile(person, own.goals(), own.needs());
	}

}
