package org.warmpath.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.warmpath.people.People;
import org.warmpath.problems.Problems;

/**
 * Uploads of programmes.csv, people.csv, connections.csv, mentoring.csv and LinkedIn's
 * Connections.csv (admins only, see {@code SecurityConfiguration}).
 *
 * <p>
 * The body is {@code text/csv} (or {@code application/octet-stream}, {@code text/plain}),
 * or a {@code multipart/form-data} upload with a {@code file} part. It is spooled to a
 * temporary file, since a strict import reads it twice. The answer is the
 * {@link ImportReport}, or a 400 {@code import-rejected} problem carrying the report's
 * fields when a strict import rejected rows or nothing at all could be imported.
 */
@RestController
@RequestMapping("/api/import")
class ImportController {

	private static final List<MediaType> ACCEPTED = List.of(MediaType.parseMediaType("text/csv"),
			MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, MediaType.MULTIPART_FORM_DATA);

	private final Imports imports;

	private final People people;

	ImportController(Imports imports, People people) {
		this.imports = imports;
		this.people = people;
	}

	@PostMapping("/programmes")
	ImportReport programmes(HttpServletRequest request, @RequestParam(required = false) String mode,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		ImportMode m = mode(request, mode);
		return answer(m, withBody(request, file, in -> this.imports.importProgrammes(in, m)));
	}

	@PostMapping("/people")
	ImportReport people(HttpServletRequest request, @RequestParam(required = false) String mode,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		ImportMode m = mode(request, mode);
		return answer(m, withBody(request, file, in -> this.imports.importPeople(in, m)));
	}

	@PostMapping("/connections")
	ImportReport connections(HttpServletRequest request, @RequestParam(required = false) String mode,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		ImportMode m = mode(request, mode);
		return answer(m, withBody(request, file, in -> this.imports.importConnections(in, m)));
	}

	@PostMapping("/mentoring")
	ImportReport mentoring(HttpServletRequest request, @RequestParam(required = false) String mode,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		ImportMode m = mode(request, mode);
		return answer(m, withBody(request, file, in -> this.imports.importMentoring(in, m)));
	}

	@PostMapping("/linkedin")
	ImportReport linkedin(HttpServletRequest request, @RequestParam String owner,
			@RequestParam(required = false) String mode,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		ImportMode m = mode(request, mode);
		this.people.requireExists(owner);
		return answer(m, withBody(request, file, in -> this.imports.importLinkedIn(owner, in, m)));
	}

	/**
	 * Checks the content type first (415), then the mode (400), before reading the body.
	 */
	static ImportMode mode(HttpServletRequest request, String mode) {
		MediaType type = null;
		try {
			type = (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType()) : null;
		}
		catch (InvalidMediaTypeException ex) {
			// answered below as unsupported
		}
		MediaType given = type;
		if (given == null || ACCEPTED.stream().noneMatch(accepted -> accepted.includes(given))) {
			throw Problems.exception(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"Unsupported media type",
					"Send the CSV as text/csv or application/octet-stream, or as the 'file' part of multipart/form-data",
					Map.of("contentType", String.valueOf(request.getContentType())));
		}
		if (mode == null || mode.isBlank()) {
			return ImportMode.STRICT;
		}
		try {
			return ImportMode.parse(mode);
		}
		catch (IllegalArgumentException ex) {
			throw Problems.badRequest("mode", "Unknown mode '" + Text.shorten(mode) + "'; use strict or tolerant");
		}
	}

	@FunctionalInterface
	interface Importer {

		ImportReport apply(InputStream in);

	}

	static ImportReport withBody(HttpServletRequest request, MultipartFile file, Importer importer) {
		boolean multipart = MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(request.getContentType()));
		if (multipart && file == null) {
			throw Problems.badRequest("file", "A multipart upload needs the CSV in a part named 'file'");
		}
		try (InputStream in = multipart ? file.getInputStream() : request.getInputStream()) {
			return importer.apply(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ImportReport answer(ImportMode mode, ImportReport report) {
		boolean strictRejection = mode == ImportMode.STRICT && report.rejected() > 0;
		boolean nothingImported = report.rejected() > 0 && !report.anyAccepted();
		if (strictRejection || nothingImported) {
			throw rejected(report, strictRejection);
		}
		return report;
	}

	private static ErrorResponseException rejected(ImportReport report, boolean strict) {
		String detail = report.rejected() + ((report.rejected() == 1) ? " row was" : " rows were") + " rejected"
				+ (strict ? "; nothing was imported (strict mode)" : " and none could be imported");
		if (!report.errors().isEmpty()) {
			ImportReport.RowError first = report.errors().get(0);
			detail += ". Line " + first.line() + ": " + first.message();
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("created", report.created());
		properties.put("updated", report.updated());
		properties.put("unchanged", report.unchanged());
		properties.put("rejected", report.rejected());
		properties.put("errors", report.errors());
		properties.put("rows", report.rows());
		properties.put("consentKept", report.consentKept());
		properties.put("consentKeptLines", report.consentKeptLines());
		properties.put("millis", report.millis());
		return Problems.exception(HttpStatus.BAD_REQUEST, "import-rejected", "Import rejected", detail, properties);
	}

}
