package org.completecrm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.ConsentStatus;
import org.completecrm.core.customer.ContactKind;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.customer.Verification;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.CommitmentFixtures;
import org.completecrm.core.testing.CustomerFixtures;
import org.completecrm.core.testing.HouseholdFixtures;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.junit.jupiter.api.Test;

/**
 * No {@link NullPointerException} escapes the public API: every public constructor, static and
 * instance method of crm-core (outside the identity and voice packages, which have their own
 * tests), called with {@code null} for one reference argument at a time and valid values for the
 * rest, either returns or throws a {@link CrmException} ({@code compareTo} excepted: {@link
 * Comparable} requires a NullPointerException); and every attribute setter of every value
 * builder, given {@code null} for the attribute or an element, lets the value's own check report
 * it. A null {@code Optional}, collection, map or map entry given to a builder is outside this
 * guarantee: the generated builder dereferences it.
 */
class NullSafetyTest {
  private static final Instant AT = Instant.parse("2024-05-01T09:00:00Z");
  private static final Map<Class<?>, Object> SAMPLES = new HashMap<>();

  static {
    Household household = HouseholdFixtures.aCoupleWithOneDependant(AT);
    Customer alice = CustomerFixtures.alice();
    ConsentEntry entry = ConsentEntry.builder().customer(alice.id()).channel(Channel.EMAIL).purpose(Purpose.MARKETING)
        .action(ConsentAction.GRANTED).recordedAt(AT).source("web").evidence("f-1").build();
    ConsentLedger ledger = ConsentLedger.empty(alice.id()).append(entry);
    ChannelPreferences prefs = ChannelPreferences.none(ZoneId.of("Europe/London"));
    CustomerView view = CustomerViews.fold(alice, Optional.of(household), ledger, prefs,
        List.of(CommitmentFixtures.aCallBackPromised(AT.minusSeconds(3600))), AT);
    put(Instant.class, AT);
    put(CustomerId.class, alice.id());
    put(HouseholdId.class, HouseholdId.of("h-2"));
    put(EventId.class, EventId.of("e-1"));
    put(TeamId.class, TeamId.of("t-1"));
    put(OfferId.class, OfferId.of("o-1"));
    put(CampaignId.class, CampaignId.of("k-1"));
    put(CaseId.class, CaseId.of("case-1"));
    put(CommitmentId.class, CommitmentId.of("cm-1"));
    put(SourceRecordId.class, SourceRecordId.of("r-1"));
    put(String.class, "EUR");
    put(Object.class, "x");
    put(Money.class, Money.of("1.00", "EUR"));
    put(Currency.class, Currency.getInstance("EUR"));
    put(BigDecimal.class, BigDecimal.ONE);
    put(Channel.class, Channel.EMAIL);
    put(Purpose.class, Purpose.MARKETING);
    put(HouseholdRole.class, HouseholdRole.PARTNER);
    put(ContactKind.class, ContactKind.EMAIL);
    put(PartyKind.class, PartyKind.PERSON);
    put(Verification.class, Verification.UNVERIFIED);
    put(ConsentAction.class, ConsentAction.GRANTED);
    put(ConsentStatus.class, ConsentStatus.GRANTED);
    put(CommitmentKind.class, CommitmentKind.CALL_BACK);
    put(LocalTime.class, LocalTime.of(21, 0));
    put(LocalDate.class, LocalDate.of(2000, 1, 1));
    put(ZoneId.class, ZoneId.of("Europe/London"));
    put(Duration.class, Duration.ofDays(1));
    put(Household.class, household);
    put(Membership.class, household.memberships().get(0));
    put(Customer.class, alice);
    put(ConsentLedger.class, ledger);
    put(ConsentEntry.class, entry);
    put(ChannelPreferences.class, prefs);
    put(QuietHours.class, QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/London")));
    put(ContactFrequency.class, ContactFrequency.of(2, Duration.ofDays(7)));
    put(CustomerView.class, view);
    put(Commitment.class, CommitmentFixtures.aCallBack(AT));
    put(TimelineEvent.class, CommitmentFixtures.aCallBackPromised(AT));
    put(Holding.class, Holding.of(alice.id(), "fund", Money.of("1", "EUR"), AT));
    put(Scores.class, Scores.none());
    put(CostDriver.class, CostDriver.once("call"));
    put(ContactPoint.class, alice.contactPoints().get(0));
    put(SourceIdentity.class, SourceIdentity.of("billing", "1"));
    put(Optional.class, Optional.empty());
    put(Collection.class, List.of());
    put(List.class, List.of());
    put(Set.class, Set.of(HouseholdFixtures.DEPENDANT));
    put(IOException.class, new IOException("x"));
    put(Class.class, Household.class);
    put(InputStream.class, InputStream.nullInputStream());
    put(Reader.class, new StringReader("{}"));
    put(InvalidValueException.class, new InvalidValueException("f", "v", "e"));
  }

  private static void put(Class<?> type, Object value) {
    SAMPLES.put(type, value);
  }

  static List<Class<?>> publicClasses() throws IOException, URISyntaxException {
    Path root = Path.of(CrmException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(p -> root.relativize(p).toString())
          .filter(p -> p.endsWith(".class") && !p.contains("$") && !p.contains("/Immutable")
              && !p.contains("/identity/") && !p.contains("/voice/") && !p.endsWith("package-info.class"))
          .map(p -> p.substring(0, p.length() - 6).replace('/', '.'))
          .sorted()
          .map(NullSafetyTest::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.isEnum() && !c.isAnnotation())
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void noPublicMethodThrowsANullPointerExceptionForANullArgument() throws Exception {
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Class<?> type : publicClasses()) {
      List<Executable> executables = new ArrayList<>();
      for (Constructor<?> c : type.getConstructors()) {
        executables.add(c);
      }
      for (Method m : type.getDeclaredMethods()) {
        // compareTo(null) must throw NullPointerException by Comparable's contract.
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !m.getName().equals("compareTo")
            && (Modifier.isStatic(m.getModifiers()) || SAMPLES.containsKey(type))) {
          executables.add(m);
        }
      }
      for (Executable x : executables) {
        Class<?>[] params = x.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
          if (params[i].isPrimitive()) {
            continue;
          }
          Object[] args = new Object[params.length];
          boolean known = true;
          for (int j = 0; j < params.length; j++) {
            if (j != i) {
              args[j] = sample(params[j]);
              known &= args[j] != null || !params[j].isPrimitive();
            }
          }
          if (!known) {
            continue;
          }
          calls++;
          Throwable thrown = invoke(x, type, args);
          if (thrown != null && !(thrown instanceof CrmException)) {
            failures.add(type.getSimpleName() + "." + x.getName() + " arg " + i + ": " + thrown);
          }
        }
      }
    }
    assertTrue(calls > 150, "only " + calls + " calls");
    assertEquals(List.of(), failures);
  }

  private static Object sample(Class<?> type) {
    if (type == int.class || type == long.class) {
      return type == int.class ? (Object) 1 : (Object) 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    if (type == boolean.class) {
      return false;
    }
    return SAMPLES.get(type);
  }

  private static Throwable invoke(Executable x, Class<?> type, Object[] args) {
    try {
      if (x instanceof Constructor) {
        ((Constructor<?>) x).newInstance(args);
      } else {
        Method m = (Method) x;
        m.invoke(Modifier.isStatic(m.getModifiers()) ? null : SAMPLES.get(type), args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return new AssertionError("cannot call " + x, e);
    }
  }

  @Test
  void everyBuilderSetterGivenNullLetsTheValueReportTheAttribute() throws Exception {
    List<String> failures = new ArrayList<>();
    int setters = 0;
    for (Class<?> type : publicClasses()) {
      Method builderMethod;
      try {
        builderMethod = type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        continue;
      }
      Class<?> builderType = builderMethod.getReturnType();
      for (Method setter : builderType.getMethods()) {
        Class<?>[] p = setter.getParameterTypes();
        if (p.length != 1 || p[0].isPrimitive() || setter.getReturnType() != builderType
            || setter.getName().equals("from") || Iterable.class.isAssignableFrom(p[0])
            || Map.class.isAssignableFrom(p[0]) || p[0] == Map.Entry.class || p[0].isArray() || p[0] == Optional.class) {
          continue;
        }
        setters++;
        Object builder = builderMethod.invoke(null);
        setter.setAccessible(true);
        Throwable thrown = null;
        try {
          setter.invoke(builder, new Object[] {null});
          Method build = builderType.getMethod("build");
          build.setAccessible(true);
          build.invoke(builder);
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
        }
        if (!(thrown instanceof CrmException)) {
          failures.add(type.getSimpleName() + ".builder()." + setter.getName() + "(null): " + thrown);
        }
      }
    }
    assertTrue(setters > 100, "only " + setters + " setters");
    assertEquals(List.of(), failures);
  }
}
