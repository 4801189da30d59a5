package io.stancewatch.app.embedded;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics an application needs when they are missing and leaves existing ones alone, so it
 * can run on every start (the embedded broker never creates topics by itself).
 */
public final class TopicProvisioner {

    private static final long TIMEOUT_SECONDS = 30;

    private TopicProvisioner() {
    }

    /** Connects to {@code bootstrapServers} and {@link #ensureTopics(Admin, Collection) ensures} the topics. */
    public static Set<String> ensureTopics(final String bootstrapServers, final Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return ensureTopics(admin, topics);
        }
    }

    /**
     * Creates each topic that does not exist yet, with its partitions, replication and configs as given.
     * An existing topic is kept as it is, even when its settings differ.
     *
     * @return the names of the topics this call created
     * @throws EmbeddedStackException when a topic can be neither created nor found
     */
    public static Set<String> ensureTopics(final Admin admin, final Collection<NewTopic> topics) {
        final Map<String, KafkaFuture<Void>> creations = admin.createTopics(topics).values();
        final Set<String> created = new LinkedHashSet<>();
        for (Map.Entry<String, KafkaFuture<Void>> creation : creations.entrySet()) {
            if (awaitCreation(creation.getKey(), creation.getValue())) {
                created.add(creation.getKey());
            }
        }
        return created;
    }

    private static boolean awaitCreation(final String topic, final KafkaFuture<Void> creation) {
        try {
            creation.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new EmbeddedStackException("Cannot create topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new EmbeddedStackException("Topic " + topic + " was not created within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStackException("Interrupted while creating topic " + topic, e);
        }
    }
}
