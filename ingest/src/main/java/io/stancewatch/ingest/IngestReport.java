package io.stancewatch.ingest;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param read non-blank lines read
 * @param sent valid articles the broker acknowledged
 * @param rejected invalid lines, never sent
 * @param failed valid articles that could not be delivered (the broker or registry refused or timed out)
 * @param failures a bounded sample of why deliveries failed, oldest first
 */
public record IngestReport(long read, long sent, long rejected, long failed, List<String> failures) {

    /** Copies the failure sample. */
    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** Whether every valid article was delivered; rejected lines do not count against a run. */
    public boolean allValidDelivered() {
        return failed == 0;
    }

    /** One line for people: {@code read 12, sent 10, rejected 2, failed 0}. */
    public String summary() {
        return "read " + read + ", sent " + sent + ", rejected " + rejected + ", failed " + failed;
    }
}
