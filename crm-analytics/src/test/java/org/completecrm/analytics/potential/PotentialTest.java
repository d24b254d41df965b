package org.completecrm.analytics.potential;

import static org.completecrm.analytics.testing.Fixtures.EUR;
import static org.completecrm.analytics.testing.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.junit.jupiter.api.Test;

class PotentialTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant AT = Instant.parse("2024-12-31T00:00:00Z");
  private static final CustomerId ANNA = CustomerId.of("anna");
  private static final CustomerId BEN = CustomerId.of("ben");
  private static final CustomerId CARL = CustomerId.of("carl");
  private static final HouseholdId H1 = HouseholdId.of("h1");
  private static final HouseholdId H2 = HouseholdId.of("h2");

  private static List<Household> households() {
    Household h1 = Household.empty(H1).join(ANNA, HouseholdRole.PRIMARY, T0).join(BEN, HouseholdRole.PARTNER, T0)
        .leave(BEN, Instant.parse("2024-06-01T00:00:00Z"));
    Household h2 = Household.empty(H2).join(BEN, HouseholdRole.PRIMARY, Instant.parse("2024-06-01T00:00:00Z"))
        .join(CARL, HouseholdRole.DEPENDANT, Instant.parse("2024-06-01T00:00:00Z"));
    return List.of(h2, h1);
  }

  private static List<Holding> holdings() {
    return List.of(
        Holding.of(ANNA, "equity-fund", eur("40000"), Instant.parse("2024-03-01T00:00:00Z")),
        Holding.of(ANNA, "equity-fund", eur("45000"), Instant.parse("2024-11-01T00:00:00Z")),
        Holding.of(ANNA, "bond-fund", eur("5000"), Instant.parse("2025-02-01T00:00:00Z")),
        Holding.of(BEN, "bond-fund", eur("12000"), Instant.parse("2024-10-01T00:00:00Z")),
        Holding.of(CARL, "savings", eur("500"), Instant.parse("2024-10-01T00:00:00Z")));
  }

  @Test
  void shareOfWalletAndHeadroomCountCurrentMembersLatestHoldings() {
    List<HouseholdPotential> p = ShareOfWallet.compute(households(), holdings(),
        Map.of(H1, eur("150000"), H2, eur("10000")), Map.of(ANNA, 900.0, BEN, 300.0, CARL, 20.0), AT);
    HouseholdPotential h1 = p.get(0);
    assertEquals(H1, h1.household());
    assertEquals(eur("45000"), h1.holdings());
    assertEquals(0.3, h1.shareOfWallet(), 1e-15);
    assertEquals(eur("105000"), h1.headroom());
    assertEquals(900.0, h1.futureValue());
    assertEquals(3000.0, h1.potentialValue().getAsDouble(), 1e-9);
    HouseholdPotential h2 = p.get(1);
    assertEquals(eur("12500"), h2.wallet()); // the estimate of 10,000 is below what they hold
    assertEquals(1.0, h2.shareOfWallet());
    assertEquals(eur("0"), h2.headroom());
    assertEquals(List.of(h1, h2), ShareOfWallet.topByHeadroom(p, 5));
    assertEquals(57500.0 / 162500.0, ShareOfWallet.overallShare(p), 1e-15);
  }

  @Test
  void aHouseholdWithoutAWalletIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ShareOfWallet.compute(households(), holdings(), Map.of(H1, eur("1")), Map.of(), AT));
    assertEquals("ShareOfWallet.wallets[h2]", e.field());
  }

  @Test
  void aZeroWalletHasNoShareAndNoPotential() {
    List<HouseholdPotential> p = ShareOfWallet.compute(List.of(Household.empty(H1)), List.of(), Map.of(H1, eur("0")), Map.of(), AT);
    assertEquals(0.0, p.get(0).shareOfWallet());
    assertFalse(p.get(0).potentialValue().isPresent());
  }

  @Test
  void theWalletModelRecoversALinearRuleFromKnownWallets() {
    SplittableRandom random = new SplittableRandom(7);
    List<Map<String, Double>> attributes = new ArrayList<>();
    List<Money> wallets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double income = random.nextDouble(20_000, 150_000);
      double adults = random.nextInt(1, 3);
      attributes.add(Map.of("income", income, "adults", adults));
      wallets.add(Money.of(java.math.BigDecimal.valueOf(5_000 + 1.5 * income + 8_000 * adults), EUR));
    }
    WalletModel m = WalletModel.fit(EUR, List.of("income", "adults"), attributes, wallets, 0);
    assertEquals(1.5, m.coefficients().get("income"), 1e-6);
    assertEquals(8_000, m.coefficients().get("adults"), 1e-3);
    assertEquals(5_000, m.intercept(), 1e-2);
    assertEquals(eur("171000.00"), m.estimate(Map.of("income", 100_000.0, "adults", 2.0)));
  }

  @Test
  void theWalletModelFloorsAtZeroFillsInAndNamesMissingAttributes() {
    WalletModel m = WalletModel.of(EUR, -10_000, Map.of("income", 1.5));
    assertEquals(eur("0.00"), m.estimate(Map.of("income", 1_000.0)));
    Map<HouseholdId, Money> filled = m.fillIn(Map.of(H1, eur("7")), Map.of(H1, Map.of("income", 1e5), H2, Map.of("income", 1e5)));
    assertEquals(Map.of(H1, eur("7"), H2, eur("140000")), filled);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> m.estimate(Map.of("assets", 1.0)));
    assertEquals("WalletModel.estimate.attributes.income", e.field());
  }
}
