package org.warmpath.ingest;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;
import org.warmpath.cli.ImportCommand;

/**
 * The child JVM of {@link CrashImportTests}: imports one file exactly as
 * {@code warmpath import KIND FILE} does (same app start, same {@link Imports}), but
 * prints every progress callback ({@code progress PHASE ROWS}, after each committed batch
 * when batches are small) so the test can kill it after a known number of batches. The
 * settings come from the environment ({@code WARMPATH_DATA_DIR},
 * {@code WARMPATH_IMPORT_BATCH}).
 */
public final class ImportChild {

	private ImportChild() {
	}

	public static void main(String[] args) {
		String kind = args[0];
		Path file = Path.of(args[1]);
		try (ConfigurableApplicationContext context = ImportCommand.startApp()) {
			Imports imports = context.getBean(Imports.class);
			System.out.println("ready");
			System.out.flush();
			ImportReport report = ImportCommand.importFile(imports, kind, file, ImportMode.STRICT, null,
					(phase, rows) -> {
						System.out.println("progress " + phase + " " + rows);
						System.out.flush();
					});
			System.out.println("done created " + report.created() + " unchanged " + report.unchanged() + " rejected "
					+ report.rejected());
			System.out.flush();
		}
		System.exit(0);
	}

}
