package io.stancewatch.app.cli;

import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.StanceAlert;
import java.util.List;

/**
 * One alert as one readable line, for the demo's console:
 * {@code [CHANGED] NATO/UKR: HUN OPPOSE -> SUPPORT  "We lift our veto..."  (Harbour Wire)}; consensus alerts
 * show the holdouts: {@code [HOLDOUTS_CHANGED] NATO/SWE: consensus LACKING, holdouts [HUN, TUR] -> [HUN]}.
 */
final class AlertLine {

    /** Quotes longer than this are cut, so that one alert stays one line. */
    static final int MAX_QUOTE_CHARS = 110;

    private AlertLine() {
    }

    static String format(final StanceAlert alert) {
        final StringBuilder line = new StringBuilder()
                .append('[').append(alert.getChangeType()).append("] ")
                .append(alert.getOrganization()).append('/').append(alert.getCandidate()).append(": ");
        if (alert.getDimension() == Dimension.CONSENSUS) {
            line.append("consensus ").append(transition(alert));
            if (!alert.getHoldouts().isEmpty() || !alert.getPreviousHoldouts().isEmpty()) {
                line.append(", holdouts ");
                if (alert.getPreviousStance() != null) {
                    line.append(alert.getPreviousHoldouts()).append(" -> ");
                }
                line.append(alert.getHoldouts());
            }
        } else {
            line.append(alert.getActor()).append(' ').append(transition(alert));
        }
        final List<Evidence> evidence = alert.getEvidence();
        if (!evidence.isEmpty()) {
            final Evidence newest = evidence.get(evidence.size() - 1);
            line.append("  \"").append(quote(newest.getSentence())).append("\"  (").append(newest.getSource())
                    .append(')');
        }
        return line.toString();
    }

    private static String transition(final StanceAlert alert) {
        if (alert.getPreviousStance() == null || alert.getPreviousStance() == alert.getNewStance()) {
            return alert.getNewStance().toString();
        }
        return alert.getPreviousStance() + " -> " + alert.getNewStance();
    }

    private static String quote(final String sentence) {
        final String flat = sentence.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_QUOTE_CHARS ? flat : flat.substring(0, MAX_QUOTE_CHARS - 1) + "\u2026";
    }
}
