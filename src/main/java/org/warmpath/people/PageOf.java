package org.warmpath.people;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the entries on this page
 * @param page zero-based page number
 * @param size requested page size
 * @param total entries across all pages
 * @param <T> entry type
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
