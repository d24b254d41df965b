package org.completecrm.core.identity;

/** Who took a logged decision. */
public enum DecisionOrigin {
  /** The resolver, from the match model and rules. */
  AUTOMATIC,
  /** A person, for example after reviewing a possible match; the resolver never undoes it. */
  PERSON
}
