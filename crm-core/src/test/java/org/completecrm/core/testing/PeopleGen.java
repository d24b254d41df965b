package org.completecrm.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;

/**
 * A seeded generator of people living in households, seen by several source systems with
 * realistic duplicates, labelled with the true person of every record.
 *
 * <p>People live in households (couples, families with children, twins, parents and children of
 * the same given name), so that the hard non-matches are there too. Each person has one to five
 * records in billing, fulfilment, web shop and contact centre; copies carry typos (substitution,
 * insertion, deletion), transpositions, nicknames, missing values, a moved address, a changed
 * family name (after marriage), swapped name fields, swapped day and month, and differently
 * formatted phone numbers and e-mail addresses.
 */
public final class PeopleGen {
  private static final String[] MALE = {
    "william", "robert", "richard", "james", "john", "joseph", "thomas", "charles", "edward", "michael",
    "christopher", "daniel", "matthew", "anthony", "andrew", "david", "steven", "benjamin", "samuel",
    "alexander", "nicholas", "timothy", "patrick", "peter", "henry", "george", "oliver", "jacob", "harry",
    "noah", "ethan", "lucas", "mason", "logan", "aiden", "ryan", "kevin", "brian", "gary", "mark", "paul",
    "jason", "eric", "adam", "scott", "frank", "raymond", "gregory", "joshua", "dennis", "jerry", "tyler",
    "aaron", "jose", "henrik", "lars", "sean", "connor", "kyle", "ian", "colin", "graham", "stuart", "neil",
    "rupert", "hugo", "felix", "oscar", "arthur", "leonard", "frederick", "ronald", "donald", "kenneth",
  };
  private static final String[] FEMALE = {
    "elizabeth", "margaret", "katherine", "jennifer", "susan", "patricia", "deborah", "rebecca", "jessica",
    "victoria", "christine", "alexandra", "abigail", "barbara", "dorothy", "eleanor", "jacqueline",
    "judith", "kimberly", "pamela", "samantha", "stephanie", "theresa", "valerie", "caroline", "amanda",
    "melissa", "natalie", "anne", "mary", "sarah", "emily", "olivia", "isabella", "charlotte", "sophie",
    "chloe", "grace", "lucy", "emma", "amelia", "ava", "mia", "zoe", "laura", "helen", "claire", "rachel",
    "nicola", "joanne", "fiona", "karen", "linda", "lisa", "julie", "donna", "wendy", "hazel", "iris",
    "freya", "imogen", "harriet", "phoebe", "matilda", "beatrice", "ingrid", "agnes", "ruth", "esther",
  };
  private static final String[] FAMILY = {
    "smith", "jones", "williams", "taylor", "brown", "davies", "evans", "wilson", "thomas", "johnson",
    "roberts", "robinson", "thompson", "wright", "walker", "white", "edwards", "hughes", "green", "hall",
    "lewis", "harris", "clarke", "patel", "jackson", "wood", "turner", "martin", "cooper", "hill", "ward",
    "morris", "moore", "clark", "lee", "king", "baker", "harrison", "morgan", "allen", "james", "scott",
    "phillips", "watson", "davis", "parker", "price", "bennett", "young", "griffiths", "mitchell", "kelly",
    "cook", "carter", "richardson", "bailey", "collins", "bell", "shaw", "murphy", "miller", "cox",
    "richards", "khan", "marshall", "anderson", "simpson", "ellis", "adams", "singh", "begum", "wilkinson",
    "foster", "chapman", "powell", "webb", "rogers", "gray", "mason", "ali", "hunt", "hussain", "campbell",
    "matthews", "owen", "palmer", "holmes", "mills", "barnes", "knight", "lloyd", "butler", "russell",
    "barker", "fisher", "stevens", "jenkins", "murray", "dixon", "harvey", "graham", "pearson", "ahmed",
    "fletcher", "walsh", "kaur", "gibson", "howard", "andrews", "stewart", "elliott", "reynolds", "saunders",
    "payne", "fox", "ford", "pearce", "day", "brooks", "west", "lawrence", "cole", "atkinson", "bradley",
    "spencer", "gill", "dawson", "ball", "burton", "obrien", "watts", "rose", "booth", "perry", "ryan",
    "grant", "wells", "armstrong", "francis", "rees", "hayes", "hart", "hudson", "newman", "barrett",
    "webster", "hunter", "gregory", "carr", "lowe", "page", "marsh", "riley", "dunn", "woods", "parsons",
    "berry", "stone", "reid", "holland", "hawkins", "harding", "porter", "robertson", "newton", "oliver",
    "reed", "kennedy", "williamson", "bird", "gardner", "shah", "dean", "lane", "cooke", "bates", "henderson",
    "parry", "burgess", "bishop", "walton", "burns", "nicholson", "shepherd", "ross", "cross", "long",
    "freeman", "warren", "nicholls", "hamilton", "byrne", "sutton", "mcdonald", "yates", "hodgson",
    "robson", "curtis", "hopkins", "oconnor", "harper", "coleman", "watkins", "moss", "mccarthy", "chambers",
    "oneill", "griffin", "sharp", "hardy", "wheeler", "potter", "osborne", "johnston", "gordon", "doyle",
    "wallace", "george", "jordan", "hutchinson", "rowe", "burke", "may", "pritchard", "gilbert", "willis",
    "higgins", "read", "miles", "stevenson", "stephenson", "hammond", "arnold", "buckley", "walters",
    "hewitt", "barber", "nelson", "slater", "austin", "sullivan", "whitehead", "mann", "frost", "lambert",
    "zielinski", "nowak", "kowalski", "schmidt", "muller", "fernandez", "garcia", "rossi", "dubois", "novak",
  };
  private static final Map<String, String[]> NICKNAMES = Map.ofEntries(
      Map.entry("william", new String[] {"bill", "will", "billy"}), Map.entry("robert", new String[] {"bob", "rob", "bobby"}),
      Map.entry("richard", new String[] {"rick", "dick", "rich"}), Map.entry("james", new String[] {"jim", "jimmy", "jamie"}),
      Map.entry("john", new String[] {"jack", "johnny"}), Map.entry("joseph", new String[] {"joe", "joey"}),
      Map.entry("thomas", new String[] {"tom", "tommy"}), Map.entry("charles", new String[] {"charlie", "chuck"}),
      Map.entry("edward", new String[] {"ed", "ted", "eddie"}), Map.entry("michael", new String[] {"mike", "mick"}),
      Map.entry("christopher", new String[] {"chris"}), Map.entry("daniel", new String[] {"dan", "danny"}),
      Map.entry("matthew", new String[] {"matt"}), Map.entry("anthony", new String[] {"tony"}),
      Map.entry("andrew", new String[] {"andy", "drew"}), Map.entry("david", new String[] {"dave"}),
      Map.entry("steven", new String[] {"steve"}), Map.entry("benjamin", new String[] {"ben"}),
      Map.entry("samuel", new String[] {"sam"}), Map.entry("alexander", new String[] {"alex"}),
      Map.entry("nicholas", new String[] {"nick"}), Map.entry("timothy", new String[] {"tim"}),
      Map.entry("patrick", new String[] {"pat"}), Map.entry("peter", new String[] {"pete"}),
      Map.entry("henry", new String[] {"harry", "hank"}), Map.entry("elizabeth", new String[] {"liz", "beth", "betty", "lisa"}),
      Map.entry("margaret", new String[] {"maggie", "peggy", "meg"}), Map.entry("katherine", new String[] {"kate", "kathy", "katie"}),
      Map.entry("jennifer", new String[] {"jen", "jenny"}), Map.entry("susan", new String[] {"sue", "susie"}),
      Map.entry("patricia", new String[] {"pat", "trish"}), Map.entry("deborah", new String[] {"debbie", "deb"}),
      Map.entry("rebecca", new String[] {"becky", "becca"}), Map.entry("jessica", new String[] {"jess"}),
      Map.entry("victoria", new String[] {"vicky", "tori"}), Map.entry("christine", new String[] {"chris", "tina"}),
      Map.entry("alexandra", new String[] {"alex", "sandra"}), Map.entry("abigail", new String[] {"abby"}),
      Map.entry("barbara", new String[] {"barb"}), Map.entry("dorothy", new String[] {"dot", "dolly"}),
      Map.entry("eleanor", new String[] {"ellie", "nell"}), Map.entry("samantha", new String[] {"sam"}),
      Map.entry("stephanie", new String[] {"steph"}), Map.entry("caroline", new String[] {"carol", "carrie"}),
      Map.entry("amanda", new String[] {"mandy"}), Map.entry("frederick", new String[] {"fred", "freddie"}),
      Map.entry("ronald", new String[] {"ron"}), Map.entry("donald", new String[] {"don"}),
      Map.entry("kenneth", new String[] {"ken"}), Map.entry("leonard", new String[] {"len", "leo"}));
  private static final String[] STREETS = {
    "high", "station", "main", "park", "church", "london", "victoria", "green", "manor", "kings", "queens",
    "new", "mill", "school", "grange", "north", "west", "south", "east", "windsor", "alexander", "york",
    "richmond", "chester", "albert", "springfield", "oak", "elm", "ash", "beech", "cedar", "willow", "maple",
    "meadow", "orchard", "river", "lake", "hill", "forest", "abbey", "castle", "bridge", "market", "princess",
    "cromwell", "nelson", "wellington", "marlborough", "belmont", "clarence", "stanley", "grosvenor",
    "highfield", "woodland", "brook", "heather", "holly", "juniper", "laurel", "rowan", "sycamore", "thorn",
  };
  private static final String[] STREET_TYPES = {"street", "road", "avenue", "lane", "close", "drive", "place", "crescent", "way", "gardens"};
  private static final String[] TOWNS = {
    "london", "birmingham", "manchester", "leeds", "sheffield", "bristol", "liverpool", "newcastle",
    "nottingham", "leicester", "coventry", "bradford", "cardiff", "edinburgh", "glasgow", "belfast",
    "brighton", "plymouth", "southampton", "reading", "derby", "swansea", "york", "oxford", "cambridge",
    "norwich", "exeter", "bath", "chester", "durham", "lincoln", "ipswich", "preston", "bolton", "stockport",
    "wolverhampton", "sunderland", "portsmouth", "aberdeen", "dundee", "inverness", "carlisle", "lancaster",
    "worcester", "gloucester", "hereford", "salisbury", "winchester", "canterbury", "peterborough",
  };
  private static final String[] DOMAINS = {"gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "btinternet.com", "icloud.com"};
  private static final String[] SYSTEMS = {"billing", "fulfilment", "webshop", "contactcentre"};
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private PeopleGen() {}

  /**
   * Generated records with the true person of each.
   *
   * @param records every record, in generation order
   * @param person the index of the true person of each record
   * @param household the index of the true household of each person
   * @param corruptions the kinds of corruption applied to each record (none for a clean record)
   */
  public record Labelled(List<SourceRecord> records, Map<SourceIdentity, Integer> person, Map<Integer, Integer> household,
      Map<SourceIdentity, Set<Corruption>> corruptions) {}

  /** A kind of corruption a source applied to a record, for accuracy per kind. */
  public enum Corruption {
    /** A nickname instead of the given name. */
    NICKNAME,
    /** A typing error in the given name. */
    GIVEN_NAME_TYPO,
    /** A typing error in the family name. */
    FAMILY_NAME_TYPO,
    /** The family name before marriage. */
    FORMER_FAMILY_NAME,
    /** The address before a move. */
    FORMER_ADDRESS,
    /** Day and month of the birth date swapped. */
    DAY_MONTH_SWAPPED,
    /** One digit of the birth date wrong. */
    BIRTH_DATE_DIGIT,
    /** Another day of the same month of birth. */
    BIRTH_DAY_WRONG,
    /** A typing error in the national id. */
    NATIONAL_ID_TYPO,
    /** Given and family name swapped. */
    NAMES_SWAPPED,
    /** A typing error in the street or town. */
    ADDRESS_TYPO
  }

  /** Rates of the corruptions: the realistic ones of {@link #generate} and the harder ones of {@link #harder}. */
  private record Rates(double idTypo, double dateDigit, double dateOther, double swap, double[] copies) {}

  private static final Rates REALISTIC = new Rates(0.05, 0, 0.06, 0.02, new double[] {0.35, 0.65, 0.85, 0.95, 1.0});
  private static final Rates HARDER = new Rates(0.15, 0.08, 0.08, 0.05, new double[] {0.25, 0.5, 0.7, 0.82, 0.92, 1.0});

  /** A person as generated (before any source's errors). */
  private static final class Person {
    int id;
    int household;
    boolean female;
    String given;
    String family;
    String birthFamily;
    LocalDate dob;
    String email;
    String phone;
    String nationalId;
    String account;
    Address address;
    Address previous;
  }

  private record Address(String number, String street, String town, String postcode) {}

  /** About {@code people} people in households, each seen one to five times, from {@code seed}. */
  public static Labelled generate(int people, long seed) {
    return generate(people, seed, REALISTIC);
  }

  /**
   * Harder data: people seen one to six times (up to five duplicates), with typing errors in
   * three times as many national ids (15 % of records that carry one), one digit of the birth
   * date wrong (8 %), day and month swapped or another day (8 %) and given and family name swapped
   * (5 %), on top of the corruptions of {@link #generate}.
   */
  public static Labelled harder(int people, long seed) {
    return generate(people, seed, HARDER);
  }

  private static Labelled generate(int people, long seed, Rates rates) {
    Random rnd = new Random(seed);
    List<Person> persons = new ArrayList<>(people);
    Set<String> usedEmails = new HashSet<>();
    int household = 0;
    while (persons.size() < people) {
      household(rnd, persons, household++, people, usedEmails);
    }
    List<SourceRecord> records = new ArrayList<>();
    Map<SourceIdentity, Integer> truth = new HashMap<>();
    Map<Integer, Integer> households = new HashMap<>();
    Map<SourceIdentity, Set<Corruption>> corruptions = new HashMap<>();
    int[] keys = new int[SYSTEMS.length];
    for (Person p : persons) {
      households.put(p.id, p.household);
      double u = rnd.nextDouble();
      int copies = 1;
      while (u >= rates.copies()[copies - 1]) {
        copies++;
      }
      for (int c = 0; c < copies; c++) {
        int s = rnd.nextInt(SYSTEMS.length);
        SourceIdentity id = SourceIdentity.of(SYSTEMS[s], String.format(Locale.ROOT, "%s-%07d", SYSTEMS[s].substring(0, 3), ++keys[s]));
        Set<Corruption> kinds = java.util.EnumSet.noneOf(Corruption.class);
        records.add(record(rnd, p, id, s, c > 0, rates, kinds));
        truth.put(id, p.id);
        corruptions.put(id, kinds);
      }
    }
    return new Labelled(records, truth, households, corruptions);
  }

  private static void household(Random rnd, List<Person> persons, int h, int limit, Set<String> emails) {
    Address home = address(rnd);
    String family = pick(rnd, FAMILY);
    String landline = rnd.nextDouble() < 0.3 ? "01" + digits(rnd, 9) : null;
    double kind = rnd.nextDouble();
    int adults = kind < 0.35 ? 1 : 2;
    int children = kind < 0.35 ? 0 : kind < 0.55 ? 0 : 1 + rnd.nextInt(3);
    LocalDate base = LocalDate.of(1940 + rnd.nextInt(50), 1, 1).plusDays(rnd.nextInt(365));
    Person first = null;
    for (int a = 0; a < adults && persons.size() < limit; a++) {
      Person p = person(rnd, persons.size(), h, a == 0 ? rnd.nextBoolean() : !first.female, home, emails);
      p.dob = a == 0 ? base : base.plusDays(rnd.nextInt(3000) - 1500);
      p.family = a == 0 || rnd.nextDouble() < 0.7 ? family : pick(rnd, FAMILY);
      p.birthFamily = p.female && a == 1 && rnd.nextDouble() < 0.6 ? pick(rnd, FAMILY) : p.family;
      finish(rnd, p, landline, emails);
      persons.add(p);
      first = a == 0 ? p : first;
    }
    LocalDate childBase = base.plusYears(22 + rnd.nextInt(15)).plusDays(rnd.nextInt(365));
    boolean twins = children >= 2 && rnd.nextDouble() < 0.2;
    for (int c = 0; c < children && persons.size() < limit; c++) {
      boolean female = rnd.nextBoolean();
      Person p = person(rnd, persons.size(), h, female, home, emails);
      p.family = family;
      p.birthFamily = family;
      p.dob = twins && c == 1 ? childBase : childBase.plusDays(c * (500L + rnd.nextInt(1500)));
      if (c == 0 && first != null && !female && !first.female && rnd.nextDouble() < 0.25) {
        p.given = first.given; // a son named after his father
      }
      finish(rnd, p, landline, emails);
      persons.add(p);
    }
  }

  private static Person person(Random rnd, int id, int h, boolean female, Address home, Set<String> emails) {
    Person p = new Person();
    p.id = id;
    p.household = h;
    p.female = female;
    p.given = pick(rnd, female ? FEMALE : MALE);
    p.address = home;
    p.previous = rnd.nextDouble() < 0.25 ? address(rnd) : null;
    return p;
  }

  private static void finish(Random rnd, Person p, String landline, Set<String> emails) {
    if (rnd.nextDouble() < 0.85) {
      String local;
      do {
        double k = rnd.nextDouble();
        local = k < 0.4 ? p.given + "." + p.family : k < 0.7 ? p.given.charAt(0) + p.family + rnd.nextInt(100)
            : p.given + p.family.charAt(0) + (1950 + rnd.nextInt(60));
      } while (!emails.add(local));
      p.email = local + "@" + pick(rnd, DOMAINS);
    }
    p.phone = rnd.nextDouble() < 0.8 ? "07" + digits(rnd, 9) : landline;
    p.nationalId = rnd.nextDouble() < 0.6 ? digits(rnd, 9) : null;
    p.account = rnd.nextDouble() < 0.3 ? "A" + digits(rnd, 8) : null;
  }

  private static Address address(Random rnd) {
    int town = rnd.nextInt(TOWNS.length);
    String postcode = TOWNS[town].substring(0, 2).toUpperCase(Locale.ROOT) + (1 + rnd.nextInt(20)) + " "
        + (1 + rnd.nextInt(9)) + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26));
    return new Address(String.valueOf(1 + rnd.nextInt(200)), pick(rnd, STREETS) + " " + pick(rnd, STREET_TYPES),
        TOWNS[town], postcode);
  }

  private static SourceRecord record(Random rnd, Person p, SourceIdentity id, int system, boolean duplicate, Rates rates,
      Set<Corruption> kinds) {
    Map<AttributeType, String> a = new EnumMap<>(AttributeType.class);
    String given = p.given;
    String family = p.family;
    Address addr = p.address;
    LocalDate dob = p.dob;
    String dobText = null;
    if (duplicate || rnd.nextDouble() < 0.3) {
      if (rnd.nextDouble() < 0.15 && NICKNAMES.containsKey(given)) {
        given = pick(rnd, NICKNAMES.get(given));
        kinds.add(Corruption.NICKNAME);
      }
      if (rnd.nextDouble() < 0.12) {
        given = typo(rnd, given);
        kinds.add(Corruption.GIVEN_NAME_TYPO);
      }
      if (rnd.nextDouble() < 0.12) {
        family = typo(rnd, family);
        kinds.add(Corruption.FAMILY_NAME_TYPO);
      }
      if (!p.birthFamily.equals(p.family) && rnd.nextDouble() < 0.5) {
        family = p.birthFamily; // the source still has the family name before marriage
        kinds.add(Corruption.FORMER_FAMILY_NAME);
      }
      if (p.previous != null && rnd.nextDouble() < 0.6) {
        addr = p.previous; // the source still has the address before the move
        kinds.add(Corruption.FORMER_ADDRESS);
      }
      if (rnd.nextDouble() < rates.dateOther()) {
        boolean swap = rnd.nextBoolean() && dob.getDayOfMonth() <= 12;
        dob = swap ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue())
            : dob.withDayOfMonth(1 + rnd.nextInt(28));
        kinds.add(swap ? Corruption.DAY_MONTH_SWAPPED : Corruption.BIRTH_DAY_WRONG);
      } else if (rates.dateDigit() > 0 && rnd.nextDouble() < rates.dateDigit()) {
        // one digit of the year, month or day mistyped, kept as written when it is no valid date
        String iso = dob.toString();
        int[] positions = {2, 3, 6, 8, 9};
        int at = positions[rnd.nextInt(positions.length)];
        char d = (char) ('0' + (iso.charAt(at) - '0' + 1 + rnd.nextInt(9)) % 10);
        dobText = iso.substring(0, at) + d + iso.substring(at + 1);
        kinds.add(Corruption.BIRTH_DATE_DIGIT);
      }
    }
    boolean swap = rnd.nextDouble() < rates.swap();
    if (swap) {
      kinds.add(Corruption.NAMES_SWAPPED);
    }
    putMaybe(rnd, a, AttributeType.GIVEN_NAME, format(rnd, swap ? family : given), 0.03);
    putMaybe(rnd, a, AttributeType.FAMILY_NAME, format(rnd, swap ? given : family), 0.01);
    putMaybe(rnd, a, AttributeType.BIRTH_DATE, dobText != null ? dobText : dob.toString(), system == 2 ? 0.4 : 0.1);
    putMaybe(rnd, a, AttributeType.EMAIL, p.email == null ? null : emailFormat(rnd, p.email), system == 2 ? 0.02 : 0.4);
    putMaybe(rnd, a, AttributeType.PHONE, p.phone == null ? null : phoneFormat(rnd, p.phone), 0.3);
    if (system != 2 || rnd.nextDouble() < 0.5) {
      putMaybe(rnd, a, AttributeType.STREET_NUMBER, addr.number(), 0.05);
      putMaybe(rnd, a, AttributeType.STREET, rnd.nextDouble() < 0.08
          ? marked(kinds, Corruption.ADDRESS_TYPO, typo(rnd, addr.street())) : streetFormat(rnd, addr.street()), 0.03);
      putMaybe(rnd, a, AttributeType.LOCALITY, rnd.nextDouble() < 0.05
          ? marked(kinds, Corruption.ADDRESS_TYPO, typo(rnd, addr.town())) : format(rnd, addr.town()), 0.05);
      putMaybe(rnd, a, AttributeType.POSTCODE, rnd.nextDouble() < 0.5 ? addr.postcode() : addr.postcode().toLowerCase(Locale.ROOT).replace(" ", ""), 0.1);
    }
    boolean idTypo = p.nationalId != null && rnd.nextDouble() < rates.idTypo();
    putMaybe(rnd, a, AttributeType.NATIONAL_ID, p.nationalId == null ? null
        : idTypo ? typo(rnd, p.nationalId) : p.nationalId, system == 0 ? 0.2 : 0.7);
    if (idTypo && a.containsKey(AttributeType.NATIONAL_ID)) {
      kinds.add(Corruption.NATIONAL_ID_TYPO);
    }
    if (system <= 2 && p.account != null && rnd.nextDouble() < 0.7) {
      a.put(AttributeType.ACCOUNT_ID, p.account);
    }
    Set<AttributeType> verified = new HashSet<>();
    if (system == 2 && a.containsKey(AttributeType.EMAIL) && p.email != null && rnd.nextDouble() < 0.5) {
      a.put(AttributeType.EMAIL, p.email);
      verified.add(AttributeType.EMAIL);
    }
    return SourceRecord.builder().identity(id).attributes(a).verified(verified)
        .updatedAt(EPOCH.plusSeconds(rnd.nextInt(300 * 86400))).build();
  }

  private static String marked(Set<Corruption> kinds, Corruption kind, String value) {
    kinds.add(kind);
    return value;
  }

  private static void putMaybe(Random rnd, Map<AttributeType, String> a, AttributeType t, String v, double missing) {
    if (v != null && rnd.nextDouble() >= missing) {
      a.put(t, v);
    }
  }

  private static String typo(Random rnd, String s) {
    if (s.length() < 2) {
      return s;
    }
    char[] c = s.toCharArray();
    int i = rnd.nextInt(c.length);
    boolean digits = Character.isDigit(c[i]);
    char r = digits ? (char) ('0' + rnd.nextInt(10)) : (char) ('a' + rnd.nextInt(26));
    switch (rnd.nextInt(4)) {
      case 0:
        c[i] = r;
        return new String(c);
      case 1:
        return s.substring(0, i) + r + s.substring(i);
      case 2:
        return s.substring(0, i) + s.substring(i + 1);
      default:
        int j = Math.min(i + 1, c.length - 1);
        char t = c[i];
        c[i] = c[j];
        c[j] = t;
        return new String(c);
    }
  }

  private static String format(Random rnd, String s) {
    double k = rnd.nextDouble();
    if (k < 0.5) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    if (k < 0.7) {
      return s.toUpperCase(Locale.ROOT);
    }
    if (k < 0.8) {
      return " " + s + " ";
    }
    return s;
  }

  private static String streetFormat(Random rnd, String street) {
    String s = format(rnd, street);
    if (rnd.nextDouble() < 0.3) {
      s = s.replace("street", "st").replace("road", "rd").replace("avenue", "ave").replace("Street", "St");
    }
    return s;
  }

  private static String emailFormat(Random rnd, String email) {
    return rnd.nextDouble() < 0.2 ? email.toUpperCase(Locale.ROOT) : email;
  }

  private static String phoneFormat(Random rnd, String phone) {
    double k = rnd.nextDouble();
    if (k < 0.3) {
      return "+44 " + phone.substring(1, 5) + " " + phone.substring(5);
    }
    if (k < 0.5) {
      return phone.substring(0, 5) + " " + phone.substring(5);
    }
    if (k < 0.55) {
      return typo(rnd, phone);
    }
    return phone;
  }

  private static String digits(Random rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  private static <T> T pick(Random rnd, T[] values) {
    // squared uniform: earlier entries (common names) are picked more often, as in real populations
    double u = rnd.nextDouble();
    return values[(int) (u * u * values.length)];
  }
}
