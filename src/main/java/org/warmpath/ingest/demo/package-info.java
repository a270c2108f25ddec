/**
 * The synthetic demo network: a seeded generator of people, ties and mentoring with the
 * shape of a medical network, written as the import CSV files. Exposed as the
 * {@code demo} named interface because the command line's {@code generate} writes it
 * without starting the app.
 */
@NamedInterface("demo")
package org.warmpath.ingest.demo;

import org.springframework.modulith.NamedInterface;
