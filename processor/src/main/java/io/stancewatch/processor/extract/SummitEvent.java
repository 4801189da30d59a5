package io.stancewatch.processor.extract;

import java.time.LocalDate;

/** A well-known meeting of an organization, from {@code extract/events.yaml}. */
record SummitEvent(String organization, String place, LocalDate date) {}
