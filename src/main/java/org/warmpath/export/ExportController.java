package org.warmpath.export;

import java.util.Locale;

import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Visibility;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export}: the network, an ego network or a community as a file Gephi
 * opens, streamed to the client as it is written, holding only the people and ties the
 * visibility rule lets the caller see ({@link GraphExport}).
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class ExportController {

	private final GraphExport export;

	private final Visibility visibility;

	ExportController(GraphExport export, Visibility visibility) {
		this.export = export;
		this.visibility = visibility;
	}

	@GetMapping("/api/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "graphml") String format,
			@RequestParam(defaultValue = "all") String scope, Authentication auth) {
		GraphExport.Format f;
		try {
			f = GraphExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.badRequest("format", "format must be graphml, gexf or json, not '" + format + "'");
		}
		// resolve the scope (and whom the file may hold) before streaming so a bad scope
		// is a 400/404, not a broken file
		GraphExport.Prepared prepared = this.export.prepare(scope, this.visibility.forViewer(Caller.of(auth)));
		String file = "warmpath-" + scope.replaceAll("[^A-Za-z0-9_-]", "_") + "." + f.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.body(out -> this.export.write(prepared, f, out));
	}

}
