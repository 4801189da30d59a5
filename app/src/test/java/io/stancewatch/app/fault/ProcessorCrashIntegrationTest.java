package io.stancewatch.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.bench.CommittedProgress;
import io.stancewatch.app.bench.SyntheticFeed;
import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import io.stancewatch.processor.Topics;
import io.stancewatch.schemas.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code stancewatch process}, running as a process of its own, with SIGKILL in the middle of a
 * feed, starts it again on the same state directory, and checks that the alerts and states topics end
 * exactly as after an undisturbed run of the same articles: exactly-once means no alert lost, none
 * doubled, the same alert ids, the same final state per key.
 */
@ExtendWith(StackExtension.class)
class ProcessorCrashIntegrationTest {

    private static final int FIRST = 60;
    private static final int DURING_CRASH = 180;
    private static final int WHILE_DOWN = 60;

    @TempDir
    Path processorData;

    @TempDir
    Path referenceState;

    @TempDir
    Path logs;

    @Test
    void shouldEndAsAnUndisturbedRunWhenTheProcessorIsKilledMidStream(final TestStack stack) throws Exception {
        final Properties client = PipelineFixture.clientProperties(stack.bootstrapServers(), stack.schemaRegistryUrl());
        final Topics topics = PipelineFixture.uniqueTopics("crash");
        final String applicationId = "crash-" + UUID.randomUUID();
        PipelineFixture.createTopics(client, topics, Map.of());
        final List<Article> feed =
                SyntheticFeed.withDefaultTemplates(7, FIRST + DURING_CRASH + WHILE_DOWN).stream().toList();

        // Given a processor that has worked through the first articles
        PipelineFixture.send(client, topics.articles(), feed.subList(0, FIRST));
        final ProcessorProcess first = start(stack, applicationId, topics, "first.log");
        PipelineFixture.awaitCaughtUp(client, applicationId, topics.articles(), () -> requireAlive(first));

        // When it is killed with SIGKILL while it works through the next ones
        final long remainingAtKill;
        try (Admin admin = Admin.create(client)) {
            final CommittedProgress progress = new CommittedProgress(admin, applicationId, topics.articles());
            PipelineFixture.send(client, topics.articles(), feed.subList(FIRST, FIRST + DURING_CRASH));
            final long backlog = progress.remaining();
            // Kill at the first commit into the backlog: mid-stream, with the next transaction open.
            Awaitility.await().atMost(PipelineFixture.PROCESSING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .pollInterval(20, TimeUnit.MILLISECONDS)
                    .until(() -> progress.remaining() < backlog);
            assertThat(first.kill()).as("exit code of SIGKILL").isEqualTo(ProcessorProcess.SIGKILL_EXIT_CODE);
            remainingAtKill = progress.remaining();
        }
        // ... more articles arrive while it is down, and it is started again on the same state
        PipelineFixture.send(client, topics.articles(), feed.subList(FIRST + DURING_CRASH, feed.size()));
        final ProcessorProcess second = start(stack, applicationId, topics, "second.log");
        PipelineFixture.awaitCaughtUp(client, applicationId, topics.articles(), () -> requireAlive(second));
        // SIGTERM: the JVM exits with 143 whatever the command returns, so the code says nothing more.
        second.stop();

        // Then the outputs are those of an undisturbed run over the same articles
        assertThat(remainingAtKill).as("records left when killed: the kill was mid-stream").isPositive();
        final PipelineOutputs recovered = PipelineOutputs.read(client, topics);
        final PipelineOutputs undisturbed = PipelineFixture.undisturbedRun(client, feed, referenceState);
        assertThat(undisturbed.alerts()).as("the feed raises alerts").isNotEmpty();
        assertThat(recovered.doubledAlerts()).as("alerts emitted twice").isEmpty();
        assertThat(recovered.alerts()).isEqualTo(undisturbed.alerts());
        assertThat(recovered.finalStates()).isEqualTo(undisturbed.finalStates());
    }

    private ProcessorProcess start(final TestStack stack, final String applicationId, final Topics topics,
                                   final String logName) {
        return ProcessorProcess.start(stack.bootstrapServers(), stack.schemaRegistryUrl(), applicationId, topics,
                processorData, logs.resolve(logName));
    }

    private static void requireAlive(final ProcessorProcess process) {
        if (!process.isAlive()) {
            throw new AssertionError("The processor exited; its log ends:\n" + process.logTail());
        }
    }
}
