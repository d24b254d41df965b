package org.completecrm.core.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.completecrm.core.testing.LoyaltyGen;
import org.completecrm.core.testing.LoyaltyGen.PointsOp;

/** A member's ledger built by appending generated operations, with what each append returned. */
record LedgerWorld(PointsLedger ledger, List<LedgerChange> changes, List<Instant> instants) {
  static final CustomerId MEMBER = CustomerId.of("m-1");
  static final CustomerId OTHER = CustomerId.of("m-2");

  static LedgerWorld of(LoyaltyProgramme programme, List<PointsOp> ops) {
    return of(programme, MEMBER, ops);
  }

  static LedgerWorld of(LoyaltyProgramme programme, CustomerId member, List<PointsOp> ops) {
    PointsLedger ledger = PointsLedger.empty(member);
    List<LedgerChange> changes = new ArrayList<>();
    List<Instant> instants = new ArrayList<>();
    Instant t = LoyaltyFixtures.START;
    int n = 0;
    for (PointsOp op : ops) {
      t = t.plusSeconds(86_400L * op.daysLater() + op.secondOfDay());
      var e = LedgerEntry.builder().id("e" + n++).member(member).at(t).kind(op.kind()).points(op.points());
      if (op.kind() == EntryKind.EARN) {
        e.spend(LoyaltyGen.spendFor(op.points()));
      }
      if (op.kind() == EntryKind.TRANSFER_IN || op.kind() == EntryKind.TRANSFER_OUT) {
        e.counterparty(member.equals(OTHER) ? MEMBER : OTHER);
      }
      LedgerChange c = ledger.append(programme, e.build());
      changes.add(c);
      instants.add(t);
      ledger = c.ledger();
    }
    return new LedgerWorld(ledger, changes, instants);
  }

  /** Every instant of an entry, a second before and after it, and two years after the last. */
  List<Instant> probes() {
    List<Instant> out = new ArrayList<>();
    out.add(LoyaltyFixtures.START.minusSeconds(1));
    for (Instant i : instants) {
      out.add(i.minusSeconds(1));
      out.add(i);
      out.add(i.plusSeconds(1));
    }
    Instant last = instants.isEmpty() ? LoyaltyFixtures.START : instants.get(instants.size() - 1);
    out.add(last.plusSeconds(86_400L * 400));
    out.add(last.plusSeconds(86_400L * 800));
    return out;
  }
}
