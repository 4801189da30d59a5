package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void shouldUseTeamDefaultsWhenConfigIsEmpty() {
    assertThat(Topics.fromConfig(Map.of()))
        .isEqualTo(new Topics("articles", "articles.dlq", "stance-alerts", "stance-states"))
        .isEqualTo(Topics.defaults());
  }

  @Test
  void shouldReplaceOnlyNamesConfigSetsWhenOverridden() {
    final Topics topics = Topics.fromConfig(Map.of(
        Topics.ALERTS_CONFIG, "eu-alerts", Topics.STATES_CONFIG, " eu-states "));

    assertThat(topics).isEqualTo(new Topics("articles", "articles.dlq", "eu-alerts", "eu-states"));
  }

  @Test
  void shouldNameKeyWhenTopicNameIsIllegal() {
    assertThatThrownBy(() -> Topics.fromConfig(Map.of(Topics.ARTICLES_CONFIG, "news articles")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Topics.ARTICLES_CONFIG)
        .hasMessageContaining("'news articles'");
  }

  @Test
  void shouldRejectConfigWhenTwoTopicsShareAName() {
    assertThatThrownBy(() -> Topics.fromConfig(Map.of(Topics.STATES_CONFIG, "stance-alerts")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must differ");
  }
}
