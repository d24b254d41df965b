package org.completecrm.core.identity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.Checks;

/**
 * Household inference: customers who share an address together with a family name, or who share
 * an account or a phone number, are proposed as one household, with roles from their ages.
 *
 * <p>Signals per pair of customers: the same address (house number, street, postcode or locality)
 * counts 1, the same family name 1, a shared account or phone number 2; a pair scoring 2 or more
 * is linked, and linked customers form one suggestion. An address shared by more than
 * {@link #MAX_GROUP} customers (a care home, a block of flats recorded without flat numbers, a
 * business address) gives no suggestion. Roles: the eldest is primary; a member born within 15
 * years of the primary is the partner (the closest in age); one born 16 or more years later is a
 * dependant; anyone else, or of unknown age, is {@code OTHER}.
 */
public final class HouseholdInference {
  /** The largest group of customers sharing one address, account or phone that is considered. */
  public static final int MAX_GROUP = 8;

  private HouseholdInference() {}

  /** Household suggestions for the customers, ordered by household id. */
  public static List<HouseholdSuggestion> suggest(Collection<GoldenRecord> customers) {
    Checks.noNulls(customers, "HouseholdInference.customers");
    List<GoldenRecord> sorted = new ArrayList<>(customers);
    sorted.sort(Comparator.comparing(GoldenRecord::customer));
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      GoldenRecord g = sorted.get(i);
      address(g).ifPresent(key(groups, "address", i));
      g.get(AttributeType.ACCOUNT_ID).map(Standardise::code).filter(s -> !s.isEmpty()).ifPresent(key(groups, "account", i));
      g.get(AttributeType.PHONE).map(Standardise::phone).filter(s -> s.length() >= 7).ifPresent(key(groups, "phone", i));
    }
    int[] parent = new int[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Long, TreeSet<String>> pairReasons = new HashMap<>();
    for (List<Integer> group : groups.values()) {
      if (group.size() < 2 || group.size() > MAX_GROUP) {
        continue;
      }
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          int i = group.get(a);
          int j = group.get(b);
          long pair = (long) Math.min(i, j) << 32 | Math.max(i, j);
          if (pairReasons.containsKey(pair)) {
            continue;
          }
          TreeSet<String> reasons = reasons(sorted.get(i), sorted.get(j));
          int score = reasons.stream().mapToInt(r -> r.startsWith("share an account") || r.startsWith("share a phone") ? 2 : 1).sum();
          pairReasons.put(pair, reasons);
          if (score >= 2) {
            union(parent, i, j);
          }
        }
      }
    }
    Map<Integer, List<Integer>> components = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      components.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    List<HouseholdSuggestion> out = new ArrayList<>();
    for (List<Integer> members : components.values()) {
      if (members.size() < 2) {
        continue;
      }
      TreeSet<String> reasons = new TreeSet<>();
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          TreeSet<String> r = pairReasons.get((long) members.get(a) << 32 | members.get(b));
          if (r != null) {
            reasons.addAll(r);
          }
        }
      }
      out.add(suggestion(members, sorted, reasons));
    }
    out.sort(Comparator.comparing(HouseholdSuggestion::household));
    return out;
  }

  private static java.util.function.Consumer<String> key(Map<String, List<Integer>> groups, String kind, int i) {
    return v -> groups.computeIfAbsent(kind + ":" + v, k -> new ArrayList<>()).add(i);
  }

  /** The address key: house number, street, then postcode or locality; empty without street and area. */
  static Optional<String> address(GoldenRecord g) {
    String street = Standardise.street(g.get(AttributeType.STREET).orElse(g.get(AttributeType.ADDRESS_LINE).orElse("")));
    String area = Standardise.code(g.get(AttributeType.POSTCODE).orElse(null));
    if (area.isEmpty()) {
      area = Standardise.text(g.get(AttributeType.LOCALITY).orElse(""));
    }
    if (street.isEmpty() || area.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Standardise.code(g.get(AttributeType.STREET_NUMBER).orElse(null)) + "|" + street + "|" + area);
  }

  private static TreeSet<String> reasons(GoldenRecord a, GoldenRecord b) {
    TreeSet<String> r = new TreeSet<>();
    Optional<String> aa = address(a);
    if (aa.isPresent() && aa.equals(address(b))) {
      r.add("share an address");
    }
    String fa = Standardise.name(a.get(AttributeType.FAMILY_NAME).orElse(""));
    if (!fa.isEmpty() && fa.equals(Standardise.name(b.get(AttributeType.FAMILY_NAME).orElse("")))) {
      r.add("share a family name");
    }
    String ca = Standardise.code(a.get(AttributeType.ACCOUNT_ID).orElse(null));
    if (!ca.isEmpty() && ca.equals(Standardise.code(b.get(AttributeType.ACCOUNT_ID).orElse(null)))) {
      r.add("share an account");
    }
    String pa = Standardise.phone(a.get(AttributeType.PHONE).orElse(null));
    if (pa.length() >= 7 && pa.equals(Standardise.phone(b.get(AttributeType.PHONE).orElse(null)))) {
      r.add("share a phone number");
    }
    return r;
  }

  private static HouseholdSuggestion suggestion(List<Integer> members, List<GoldenRecord> sorted, TreeSet<String> reasons) {
    List<GoldenRecord> people = new ArrayList<>();
    members.forEach(i -> people.add(sorted.get(i)));
    people.sort(Comparator.comparing((GoldenRecord g) -> birth(g).orElse(LocalDate.MAX)).thenComparing(GoldenRecord::customer));
    Map<CustomerId, HouseholdRole> roles = new LinkedHashMap<>();
    GoldenRecord primary = people.get(0);
    Optional<LocalDate> pb = birth(primary);
    roles.put(primary.customer(), HouseholdRole.PRIMARY);
    CustomerId partner = null;
    long partnerGap = Long.MAX_VALUE;
    for (GoldenRecord g : people.subList(1, people.size())) {
      Optional<LocalDate> b = birth(g);
      HouseholdRole role = HouseholdRole.OTHER;
      if (pb.isPresent() && b.isPresent()) {
        long years = ChronoUnit.YEARS.between(pb.get(), b.get());
        if (years >= 16) {
          role = HouseholdRole.DEPENDANT;
        } else if (years < 15 && years < partnerGap) {
          if (partner != null) {
            roles.put(partner, HouseholdRole.OTHER);
          }
          partner = g.customer();
          partnerGap = years;
          role = HouseholdRole.PARTNER;
        }
      }
      roles.put(g.customer(), role);
    }
    List<CustomerId> ids = new ArrayList<>();
    people.forEach(g -> ids.add(g.customer()));
    TreeSet<CustomerId> byId = new TreeSet<>(ids);
    HouseholdId id = HouseholdId.of(String.format(Locale.ROOT, "h-%016x", Blocking.hash(97, byId.first().value())));
    List<String> why = new ArrayList<>();
    reasons.forEach(r -> why.add("members " + r));
    return HouseholdSuggestion.builder().household(id).members(ids).roles(roles).reasons(why).build();
  }

  private static Optional<LocalDate> birth(GoldenRecord g) {
    return g.get(AttributeType.BIRTH_DATE).flatMap(d -> Standardise.date(d, List.of()));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a != b) {
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
}
