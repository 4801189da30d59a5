package io.stancewatch.processor.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.lang.Factory;
import opennlp.tools.util.Span;

/**
 * Splits paragraphs into sentences with OpenNLP's English sentence model. The model is loaded
 * once and shared; {@link SentenceDetectorME} is not thread-safe, so each thread gets its own.
 */
final class SentenceSplitter {

  /** The English model the {@code opennlp-models-sentdetect-en} artifact ships. */
  static final String MODEL_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final ThreadLocal<SentenceDetectorME> detector;

  private SentenceSplitter(SentenceModel model) {
    this.detector = ThreadLocal.withInitial(() -> detectorFor(model));
  }

  /**
   * OpenNLP's detector for the model, with {@link EndOfSentenceCharacters} as its scanner and
   * {@link SentenceContextFeatures} as its context generator: the default ones boxed every character
   * they looked at into a set lookup and copied every token twice, over half of sentence detection.
   * Both give what the defaults give; the model, its end characters, abbreviations and token-end
   * setting are the model's own. Only the constructor taking a language factory lets scanner and
   * context generator be chosen, hence the deprecated call.
   */
  @SuppressWarnings("deprecation")
  private static SentenceDetectorME detectorFor(SentenceModel model) {
    if (model.getEosCharacters() == null || model.getEosCharacters().length == 0) {
      return new SentenceDetectorME(model); // language defaults: leave the scanner to OpenNLP
    }
    return new SentenceDetectorME(model, new LeanFactory());
  }

  /** OpenNLP's language factory, with the leaner scanner and context generator for custom end characters. */
  private static final class LeanFactory extends Factory {
    @Override
    public EndOfSentenceScanner createEndOfSentenceScanner(char[] endCharacters) {
      return new EndOfSentenceCharacters(endCharacters);
    }

    @Override
    public SDContextGenerator createSentenceContextGenerator(Set<String> abbreviations, char[] endCharacters) {
      return new SentenceContextFeatures(abbreviations, endCharacters);
    }
  }

  static SentenceSplitter loadDefault() {
    try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " is not on the classpath");
      }
      return new SentenceSplitter(new SentenceModel(in));
    } catch (IOException e) {
      throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " is unreadable", e);
    }
  }

  /** The [start, end) spans of the sentences of one paragraph {@code [start, end)} of {@code text}. */
  List<int[]> sentences(String text, int[] paragraph) {
    Span[] spans = detector.get().sentPosDetect(text.substring(paragraph[0], paragraph[1]));
    List<int[]> sentences = new ArrayList<>(spans.length);
    for (Span span : spans) {
      sentences.add(new int[] {paragraph[0] + span.getStart(), paragraph[0] + span.getEnd()});
    }
    return sentences;
  }
}
