package org.completecrm.rules.condition.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.condition.AllOf;
import org.completecrm.rules.condition.Always;
import org.completecrm.rules.condition.AnyOf;
import org.completecrm.rules.condition.Comparison;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.Not;

/**
 * The event kinds for which a condition (assumed valid) can hold: those an {@code event.kind}
 * comparison admits, narrowed through {@code all} and widened through {@code any}; every kind
 * where nothing is known (other fields, {@code not}). A superset: a decision may skip a rule for
 * the other kinds without testing it.
 */
final class EventKinds implements Condition.Cases<Set<EventKind>> {
  static final EventKinds OF = new EventKinds();

  private EventKinds() {}

  @Override
  public Set<EventKind> comparison(Comparison c) {
    if (!c.field().equals("event.kind") || c.value().isEmpty()) {
      return EnumSet.allOf(EventKind.class);
    }
    JsonNode v = c.value().get();
    EnumSet<EventKind> named = EnumSet.noneOf(EventKind.class);
    for (JsonNode name : v.isArray() ? v : List.of(v)) {
      Optional<EventKind> k = kind(name.asText());
      if (k.isEmpty()) {
        return EnumSet.allOf(EventKind.class);
      }
      named.add(k.get());
    }
    return switch (c.op()) {
      case EQ, IN -> named;
      case NE, NOT_IN -> EnumSet.complementOf(named);
      case LT, LTE, GT, GTE, CONTAINS, NOT_CONTAINS, CONTAINS_ANY, IS_EMPTY, NOT_EMPTY, BEFORE, AFTER, PRESENT,
          ABSENT -> EnumSet.allOf(EventKind.class);
    };
  }

  @Override
  public Set<EventKind> all(AllOf all) {
    Set<EventKind> kinds = EnumSet.allOf(EventKind.class);
    for (Condition part : all.conditions()) {
      kinds.retainAll(part.accept(this));
    }
    return kinds;
  }

  @Override
  public Set<EventKind> any(AnyOf any) {
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    for (Condition part : any.conditions()) {
      kinds.addAll(part.accept(this));
    }
    return kinds;
  }

  @Override
  public Set<EventKind> not(Not not) {
    return EnumSet.allOf(EventKind.class);
  }

  @Override
  public Set<EventKind> always(Always always) {
    return always.holds() ? EnumSet.allOf(EventKind.class) : EnumSet.noneOf(EventKind.class);
  }

  private static Optional<EventKind> kind(String name) {
    for (EventKind k : EventKind.values()) {
      if (k.name().equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
