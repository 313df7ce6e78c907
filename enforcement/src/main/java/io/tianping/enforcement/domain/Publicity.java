package io.tianping.enforcement.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The published penalty: shown until {@code shownUntil} (3 months if minor, else 3 years). */
public record Publicity(boolean minor, Instant publishedAt, LocalDate shownUntil) {
}
