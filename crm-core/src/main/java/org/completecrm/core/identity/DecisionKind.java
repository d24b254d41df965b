package org.completecrm.core.identity;

/** What a logged decision did to the resolution. */
public enum DecisionKind {
  /** A new customer with the given records. */
  CREATE,
  /** Records added to an existing customer. */
  ADD,
  /** Records taken out of a customer (changed or withdrawn records); an emptied customer ends. */
  REMOVE,
  /** Two customers merged: the other's records join the customer, the other id ends. */
  MERGE,
  /** A customer split: the given records leave to a customer of their own. */
  UNMERGE
}
