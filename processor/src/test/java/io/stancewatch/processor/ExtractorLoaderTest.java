package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtractorLoaderTest {

  @Test
  void shouldNameClassWhenExtractorCannotBeLoaded() {
    assertThatThrownBy(() -> ExtractorLoader.load("io.stancewatch.NoSuchExtractor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("io.stancewatch.NoSuchExtractor");
  }

  @Test
  void shouldNameClassWhenItIsNoExtractor() {
    assertThatThrownBy(() -> ExtractorLoader.load("java.lang.Object"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }

  @Test
  void shouldUseNoArgumentConstructorWhenClassHasNoLoadDefault() {
    assertThat(ExtractorLoader.load(ScriptedStanceExtractor.class.getName()))
        .isInstanceOf(ScriptedStanceExtractor.class);
  }
}
