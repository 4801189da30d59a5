package io.stancewatch.app.bench;

import io.stancewatch.schemas.Article;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline the pipeline is measured against: reads articles and writes them unchanged to another
 * topic, decoding and re-encoding each with the same Avro serde as the pipeline. Whatever this costs
 * (consuming, the serde, producing, exactly-once transactions) is the floor of any topology on the
 * same machine; the ratio pipeline/pass-through is the share of that floor the stance logic leaves.
 */
final class PassThroughTopology {

    private PassThroughTopology() {
    }

    /** Articles from {@code input} copied to {@code output}, keyed by article id. */
    static Topology build(final String input, final String output, final Serde<Article> articleSerde) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), articleSerde).withName("bench-articles-in"))
                .to(output, Produced.with(Serdes.String(), articleSerde).withName("bench-articles-out"));
        return builder.build();
    }

}
