package io.stancewatch.app.cli;

import io.stancewatch.processor.extract.StanceExtractor;
import java.util.List;

/** Which {@link StanceExtractor} the CLI runs. */
final class ExtractorChoice {

    private ExtractorChoice() {
    }

    static StanceExtractor load() {
        return article -> List.of();
    }
}
