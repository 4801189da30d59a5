package io.stancewatch.processor.extract.gazetteer;

/** How an organization decides to admit a new member. */
public enum Admission {
  /** Every member must consent, so a single member can hold the accession up. */
  UNANIMOUS,
  /** A vote among members decides; a member voting against is not a holdout. */
  MAJORITY,
  /** UN style: a Security Council recommendation (permanent members can veto) and a General Assembly vote. */
  SECURITY_COUNCIL_AND_ASSEMBLY
}
