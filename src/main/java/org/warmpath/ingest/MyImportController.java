package org.warmpath.ingest;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;

/**
 * A member's own LinkedIn file, {@code POST /api/me/import/linkedin}: any signed-in
 * account that speaks for a person (409 {@code no-person} otherwise), the body as the
 * admin's LinkedIn import takes it ({@code text/csv} and the other types
 * {@link ImportController} accepts, {@code ?mode=strict|tolerant}, strict by default) and
 * the same report or 400 {@code import-rejected} problem. Its body limit is
 * {@code warmpath.web.max-my-import-body} and it counts against the account's query rate
 * limit as ten queries (see the {@code web} and {@code ratelimits} modules).
 */
@RestController
@RequestMapping("/api/me/import")
class MyImportController {

	private final MyLinkedInImport imports;

	MyImportController(MyLinkedInImport imports) {
		this.imports = imports;
	}

	@PostMapping("/linkedin")
	ImportReport linkedin(HttpServletRequest request, @RequestParam(required = false) String mode,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication auth) {
		Caller caller = Caller.of(auth);
		if (caller.personId() == null) {
			throw Problems.exception(HttpStatus.CONFLICT, "no-person", "No person",
					"This account speaks for no person, so there is no one to tie your contacts to; "
							+ "claim your person first (POST /api/me/claims)",
					Map.of());
		}
		ImportMode m = ImportController.mode(request, mode);
		return ImportController.answer(m,
				ImportController.withBody(request, file, in -> this.imports.importFor(caller.personId(), in, m)));
	}

}
