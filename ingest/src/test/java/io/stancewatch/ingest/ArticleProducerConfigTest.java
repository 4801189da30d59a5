package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ArticleProducerConfigTest {

    @Test
    void shouldMakeDeliverySafeWhenUserGaveNothing() {
        final Properties props = ArticleProducerConfig.producerProperties(new Properties(), Optional.empty());

        assertThat(props)
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000")
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
    }

    @Test
    void shouldKeepUserValuesWhenTheyAreGiven() {
        final Properties user = new Properties();
        user.setProperty(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        user.setProperty("security.protocol", "SASL_SSL");

        final Properties props = ArticleProducerConfig.producerProperties(user, Optional.empty());

        assertThat(props)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry("security.protocol", "SASL_SSL");
        assertThat(user).doesNotContainKey(ProducerConfig.ACKS_CONFIG);
    }

    @Test
    void shouldLowerRequestTimeoutWhenDeliveryTimeoutIsShort() {
        final Properties user = new Properties();
        user.setProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "600000");

        final Properties props = ArticleProducerConfig.producerProperties(user, Optional.of(Duration.ofSeconds(5)));

        assertThat(props)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000")
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4980")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    }

    @Test
    void shouldNameTheSettingWhenDeliveryTimeoutIsNotANumber() {
        final Properties user = new Properties();
        user.setProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "two minutes");

        assertThatThrownBy(() -> ArticleProducerConfig.producerProperties(user, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delivery.timeout.ms")
                .hasMessageContaining("two minutes");
    }
}
