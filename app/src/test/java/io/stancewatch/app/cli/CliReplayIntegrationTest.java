package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code stancewatch replay} on a small feed of our own against the shared test stack: Greece blocks
 * Albania's EU talks, Italy backs them, a sports story, a repeated article and a line without a date, then
 * Greece lifts its veto.
 */
@ExtendWith(StackExtension.class)
class CliReplayIntegrationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path feed;
    private static CliRun firstRun;
    private static Path firstAlerts;
    private static Path firstStates;

    @TempDir
    static Path dir;

    @BeforeAll
    static void replayOnce(final TestStack stack) throws URISyntaxException {
        feed = Path.of(Objects.requireNonNull(CliReplayIntegrationTest.class.getResource("/cli/replay-feed.jsonl"))
                .toURI());
        firstAlerts = dir.resolve("first/alerts.jsonl");
        firstStates = dir.resolve("first/states.jsonl");
        firstRun = replay(stack, firstAlerts, firstStates);
    }

    @Test
    void shouldExitZeroAndSummariseWhenFeedIsReplayed() {
        assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();
        assertThat(firstRun.out()).containsPattern(
                "replay: 5 articles, \\d+ alerts \\(\\d+ changed, \\d+ holdouts changed, \\d+ new\\), \\d+ states, DLQ 0 in");
    }

    @Test
    void shouldReportTheBadLineWhenFeedHasOne() {
        assertThat(firstRun.err()).contains(feed + ":3 publishedAt: is missing");
    }

    @Test
    void shouldWriteTheChangeWhenAMemberLiftsItsVeto() throws IOException {
        final List<JsonNode> alerts = readLines(firstAlerts);

        assertThat(alerts).anySatisfy(alert -> {
            assertThat(alert.get("changeType").asText()).isEqualTo("CHANGED");
            assertThat(alert.get("organization").asText()).isEqualTo("EU");
            assertThat(alert.get("candidate").asText()).isEqualTo("ALB");
            assertThat(alert.get("actor").asText()).isEqualTo("GRC");
            assertThat(alert.get("previousStance").asText()).isEqualTo("OPPOSE");
            assertThat(alert.get("newStance").asText()).isEqualTo("SUPPORT");
            assertThat(alert.get("statedAt").asText()).isEqualTo("2031-05-08T10:00:00Z");
        });
        assertThat(alerts).filteredOn(alert -> alert.get("actor").asText().equals("ITA")
                && alert.get("dimension").asText().equals("MEMBERSHIP")).hasSize(1);
    }

    @Test
    void shouldWriteOneFinalStatePerKeyWhenFeedIsReplayed() throws IOException {
        final List<JsonNode> states = readLines(firstStates);

        assertThat(states).extracting(state -> state.get("organization").asText() + ":" + state.get("candidate").asText()
                        + ":" + state.get("dimension").asText() + ":" + state.get("actor").asText())
                .doesNotHaveDuplicates()
                .contains("EU:ALB:MEMBERSHIP:GRC", "EU:ALB:MEMBERSHIP:ITA");
        assertThat(states).filteredOn(state -> state.get("actor").asText().equals("GRC")
                        && state.get("dimension").asText().equals("MEMBERSHIP"))
                .singleElement().satisfies(state -> assertThat(state.get("stance").asText()).isEqualTo("SUPPORT"));
    }

    @Test
    void shouldGiveIdenticalAlertIdsWhenTheSameFeedIsReplayedAgain(final TestStack stack) throws IOException {
        final Path secondAlerts = dir.resolve("second/alerts.jsonl");

        final CliRun secondRun = replay(stack, secondAlerts, dir.resolve("second/states.jsonl"));

        assertThat(secondRun.exitCode()).as(secondRun.err()).isZero();
        assertThat(alertIds(secondAlerts)).isNotEmpty().isEqualTo(alertIds(firstAlerts));
    }

    private static CliRun replay(final TestStack stack, final Path alerts, final Path states) {
        return CliRun.of("replay", "--input", feed.toString(), "--alerts", alerts.toString(), "--states",
                states.toString(), "--bootstrap-servers", stack.bootstrapServers(),
                "--schema-registry-url", stack.schemaRegistryUrl(), "--timeout", "120");
    }

    private static List<String> alertIds(final Path alerts) throws IOException {
        return readLines(alerts).stream().map(alert -> alert.get("alertId").asText()).toList();
    }

    private static List<JsonNode> readLines(final Path file) throws IOException {
        final List<JsonNode> nodes = new ArrayList<>();
        for (final String line : Files.readAllLines(file)) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }
}
