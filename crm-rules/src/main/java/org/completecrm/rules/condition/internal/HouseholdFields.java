package org.completecrm.rules.condition.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.rules.condition.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The fields over the household's facts ({@code household.*} besides {@code household.role} and
 * {@code household.size}): absent without a household view, so rule sets decide as before for
 * customers decided on their own.
 */
final class HouseholdFields {
  /** The label of the scores holding the household's value tier. */
  static final String VALUE_TIER_LABEL = "household.valueTier";

  private HouseholdFields() {}

  static void addTo(Map<String, Field> m) {
    Fields.number(m, "household.members", false, h(x -> x.view().members().size()));
    Fields.number(m, "household.complaints.open", false, h(x -> x.openComplaints().size()));
    Fields.add(m, "household.complaints.maxSeverity", ValueType.ENUM, false, (x, w) -> x.household() == null ? null
        : x.household().openComplaints().stream().map(c -> c.serviceCase().severity()).max(Enum::compareTo)
            .map(Enum::name).orElse(null));
    Fields.number(m, "household.cases.open", false, h(x -> x.view().openCases().size()));
    Fields.number(m, "household.commitments.overdue", false,
        (x, w) -> x.household() == null ? Double.NaN
            : x.overdueCommitments().size() + x.household().othersOverdueCommitments().size());
    Fields.number(m, "household.commitments.pending", false,
        (x, w) -> x.household() == null ? Double.NaN
            : x.pendingCommitments().size() + x.household().othersPendingCommitments().size());
    Fields.add(m, "household.flags", ValueType.SET, false, set(HouseholdFacts::flags));
    Fields.add(m, "household.offers.outstanding", ValueType.SET, false, set(HouseholdFacts::outstandingOfferIds));
    Fields.add(m, "household.offers.accepted", ValueType.SET, false,
        set(x -> x.answeredOfferIds(OfferResponse.ACCEPTED)));
    Fields.add(m, "household.offers.rejected", ValueType.SET, false,
        set(x -> x.answeredOfferIds(OfferResponse.REJECTED)));
    Fields.number(m, "household.contacts.count", true, (x, w) -> {
      if (x.household() == null || w == null) {
        return Double.NaN;
      }
      int n = 0;
      for (Channel c : Channel.values()) {
        n += x.household().view().contactsWithin(c, w);
      }
      return n;
    });
    Fields.add(m, "household.value", ValueType.MONEY, false,
        (x, w) -> x.household() == null ? null : x.household().view().value().orElse(null));
    Fields.add(m, "household.headroom", ValueType.MONEY, false,
        (x, w) -> x.household() == null ? null : x.household().view().headroom().orElse(null));
    Fields.number(m, "household.shareOfWallet", false, (x, w) -> x.household() == null ? Double.NaN
        : x.household().view().shareOfWallet().orElse(Double.NaN));
    Fields.add(m, "household.value.tier", ValueType.TEXT, false, (x, w) -> x.scores().labels().get(VALUE_TIER_LABEL));
  }

  private static Field.NumberExtract h(ToDoubleFunction<HouseholdFacts> f) {
    return (x, w) -> {
      HouseholdFacts hf = x.household();
      return hf == null ? Double.NaN : f.applyAsDouble(hf);
    };
  }

  private static Field.Extract set(Function<HouseholdFacts, @Nullable Object> f) {
    return (x, w) -> {
      HouseholdFacts hf = x.household();
      return hf == null ? null : f.apply(hf);
    };
  }
}
