package org.completecrm.rules.response;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.score.Scores;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.condition.InvalidRuleException;
import org.jspecify.annotations.Nullable;

/**
 * A personalised message template: text with placeholders such as {@code {customer.name}} filled
 * from the customer view when a decision is made.
 *
 * <p>Placeholders that always have a value may stand alone; those that may be missing (a given
 * name, a segment, an overdue commitment) must carry a fallback after a bar, {@code
 * {customer.givenName|there}}. A template is checked when its rule set is built, so a missing
 * field fails at validation, never at send time.
 */
public final class Template {
  /** Placeholders that always have a value. */
  public static final Set<String> ALWAYS = Placeholder.names(false);

  /** Placeholders that may be missing and so need a fallback. */
  public static final Set<String> OPTIONAL = Placeholder.names(true);

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final List<String> literals;
  private final List<String> names;
  private final List<String> fallbacks;
  // The placeholders of names, resolved once when parsed rather than by name on every message.
  private final Placeholder[] resolved;

  private Template(List<String> literals, List<Placeholder> placeholders, List<String> fallbacks) {
    this.literals = literals;
    this.names = placeholders.stream().map(p -> p.written).toList();
    this.fallbacks = fallbacks;
    this.resolved = placeholders.toArray(new Placeholder[0]);
  }

  /** The placeholders a template may use: the name written in braces, and whether it may be missing. */
  private enum Placeholder {
    CUSTOMER_NAME("customer.name", false),
    CUSTOMER_ID("customer.id", false),
    ACTION_ID("action.id", false),
    ACTION_NAME("action.name", false),
    CHANNEL("channel", false),
    DATE("date", false),
    CUSTOMER_GIVEN_NAME("customer.givenName", true),
    SEGMENT("segment", true),
    VALUE_TIER("valueTier", true),
    COMMITMENT_DESCRIPTION("commitment.description", true),
    COMMITMENT_DUE_BY("commitment.dueBy", true),
    CASE_ID("case.id", true),
    OFFER_OUTSTANDING("offer.outstanding", true);

    private final String written;
    private final boolean optional;

    Placeholder(String written, boolean optional) {
      this.written = written;
      this.optional = optional;
    }

    /** The names of the placeholders that may be missing ({@code optional}) or not, sorted, unmodifiable. */
    static Set<String> names(boolean optional) {
      Set<String> out = new TreeSet<>();
      for (Placeholder p : values()) {
        if (p.optional == optional) {
          out.add(p.written);
        }
      }
      return Collections.unmodifiableSet(out);
    }

    /** The placeholder written {@code name}, or null when there is none. */
    static @Nullable Placeholder find(String name) {
      for (Placeholder p : values()) {
        if (p.written.equals(name)) {
          return p;
        }
      }
      return null;
    }
  }

  /**
   * Parses and checks a template found at JSON path {@code path}.
   *
   * @throws InvalidRuleException for an unbalanced brace, an unknown placeholder or a
   *     placeholder that may be missing and has no fallback
   */
  public static Template parse(String text, String path) {
    if (text == null || text.isBlank()) {
      throw new InvalidRuleException(path, text == null ? "null" : text, "a non-blank message template");
    }
    List<String> literals = new ArrayList<>();
    List<Placeholder> placeholders = new ArrayList<>();
    List<String> fallbacks = new ArrayList<>();
    int i = 0;
    StringBuilder lit = new StringBuilder();
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '}') {
        throw new InvalidRuleException(path, text, "a template whose braces are balanced (a '}' at " + i + " closes nothing)");
      }
      if (ch != '{') {
        lit.append(ch);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      int nextOpen = text.indexOf('{', i + 1);
      if (close < 0 || nextOpen >= 0 && nextOpen < close) {
        throw new InvalidRuleException(path, text, "a template whose braces are balanced (the '{' at " + i + " is not closed)");
      }
      String inside = text.substring(i + 1, close);
      int bar = inside.indexOf('|');
      String name = (bar < 0 ? inside : inside.substring(0, bar)).trim();
      String fallback = bar < 0 ? null : inside.substring(bar + 1);
      Placeholder placeholder = Placeholder.find(name);
      if (placeholder == null) {
        throw new InvalidRuleException(path, name, "a placeholder, one of " + ALWAYS + " or (with a fallback) " + OPTIONAL);
      }
      if (placeholder.optional && fallback == null) {
        throw new InvalidRuleException(path, name,
            "a fallback for a placeholder that may be missing, as in {" + name + "|...}");
      }
      literals.add(lit.toString());
      lit.setLength(0);
      placeholders.add(placeholder);
      fallbacks.add(fallback);
      i = close + 1;
    }
    literals.add(lit.toString());
    return new Template(List.copyOf(literals), placeholders, Collections.unmodifiableList(fallbacks));
  }

  /** The placeholders the template uses, in order. */
  public List<String> placeholders() {
    return names;
  }

  /** The message for an action offered on a channel, filled from the decision's facts. */
  public String render(Facts facts, String actionId, String actionName, Channel channel) {
    StringBuilder sb = new StringBuilder(literals.get(0));
    for (int k = 0; k < resolved.length; k++) {
      sb.append(value(resolved[k], facts, actionId, actionName, channel).orElse(fallbacks.get(k)));
      sb.append(literals.get(k + 1));
    }
    return sb.toString();
  }

  private static Optional<String> value(Placeholder p, Facts f, String actionId, String actionName, Channel channel) {
    switch (p) {
      case CUSTOMER_NAME:
        return Optional.of(f.view().customer().displayName());
      case CUSTOMER_ID:
        return Optional.of(f.view().customerId().value());
      case ACTION_ID:
        return Optional.of(actionId);
      case ACTION_NAME:
        return Optional.of(actionName);
      case CHANNEL:
        return Optional.of(channel.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      case DATE:
        return Optional.of(DateTimeFormatter.ISO_LOCAL_DATE.format(f.at().atZone(f.view().preferences().zone())));
      case CUSTOMER_GIVEN_NAME:
        return f.view().customer().givenName();
      case SEGMENT:
        return f.scores().label(Scores.SEGMENT);
      case VALUE_TIER:
        return f.scores().label(Scores.VALUE_TIER);
      case COMMITMENT_DESCRIPTION:
        return firstOpen(f).map(Commitment::description);
      case COMMITMENT_DUE_BY:
        return firstOpen(f).map(c -> DUE.format(c.dueBy().atZone(f.view().preferences().zone())));
      case CASE_ID:
        return f.openCases().isEmpty() ? Optional.empty() : Optional.of(f.openCases().get(0).id().value());
      default:
        return f.outstandingOffers().isEmpty() ? Optional.empty()
            : Optional.of(f.outstandingOffers().get(0).presented().offer().value());
    }
  }

  private static Optional<Commitment> firstOpen(Facts f) {
    if (!f.overdueCommitments().isEmpty()) {
      return Optional.of(f.overdueCommitments().get(0));
    }
    return f.pendingCommitments().isEmpty() ? Optional.empty() : Optional.of(f.pendingCommitments().get(0));
  }
}
