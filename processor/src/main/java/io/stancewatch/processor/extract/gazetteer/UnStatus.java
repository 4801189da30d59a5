package io.stancewatch.processor.extract.gazetteer;

/** A country's standing at the United Nations. */
public enum UnStatus {
  MEMBER,
  OBSERVER,
  NONE
}
