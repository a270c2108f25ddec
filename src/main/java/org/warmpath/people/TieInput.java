package org.warmpath.people;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A tie as an admin creates or changes it.
 *
 * @param strength in (0, 1], default 0.5
 * @param context how they know each other
 * @param since when the tie began
 */
public record TieInput(@DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double strength,
		@Size(max = 100) String context, @PastOrPresent LocalDate since) {
}
