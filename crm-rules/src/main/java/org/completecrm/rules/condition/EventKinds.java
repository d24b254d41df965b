package org.completecrm.rules.condition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;

/**
 * The event kinds for which a condition (assumed valid) can hold: those an {@code event.kind}
 * comparison admits, narrowed through {@code all} and widened through {@code any}; every kind
 * where nothing is known (other fields, {@code not}). A superset: a decision may skip a rule for
 * the other kinds without testing it.
 */
final class EventKinds {
  private EventKinds() {}

  static Set<EventKind> of(Condition c) {
    if (c.always().isPresent()) {
      return c.always().get() ? EnumSet.allOf(EventKind.class) : EnumSet.noneOf(EventKind.class);
    }
    if (!c.all().isEmpty()) {
      Set<EventKind> kinds = EnumSet.allOf(EventKind.class);
      for (Condition part : c.all()) {
        kinds.retainAll(of(part));
      }
      return kinds;
    }
    if (!c.any().isEmpty()) {
      Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
      for (Condition part : c.any()) {
        kinds.addAll(of(part));
      }
      return kinds;
    }
    if (c.field().isEmpty() || !c.field().get().equals("event.kind") || c.op().isEmpty() || c.value().isEmpty()) {
      return EnumSet.allOf(EventKind.class);
    }
    String op = c.op().get();
    JsonNode v = c.value().get();
    EnumSet<EventKind> named = EnumSet.noneOf(EventKind.class);
    for (JsonNode name : v.isArray() ? v : List.of(v)) {
      EventKind k = EVENT_KINDS.get(name.asText());
      if (k == null) {
        return EnumSet.allOf(EventKind.class);
      }
      named.add(k);
    }
    switch (op) {
      case "eq":
      case "in":
        return named;
      case "ne":
      case "notIn":
        return EnumSet.complementOf(named);
      default:
        return EnumSet.allOf(EventKind.class);
    }
  }

  private static final Map<String, EventKind> EVENT_KINDS = eventKindsByName();

  private static Map<String, EventKind> eventKindsByName() {
    Map<String, EventKind> m = new HashMap<>();
    for (EventKind k : EventKind.values()) {
      m.put(k.name(), k);
    }
    return m;
  }
}
