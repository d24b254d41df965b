package org.completecrm.core.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Common English given-name nicknames mapped to one formal name, so that Bill and William agree. */
final class Nicknames {
  /** Formal name, then its nicknames. */
  private static final String[] TABLE = {
    "william bill billy will willy liam", "robert bob bobby rob robbie bert", "richard dick rick ricky rich",
    "james jim jimmy jamie", "john jack johnny jon", "joseph joe joey", "thomas tom tommy",
    "charles charlie chuck chas", "edward ed eddie ted teddy ned", "michael mike mikey mick mickey",
    "christopher chris kit", "daniel dan danny", "matthew matt", "anthony tony", "andrew andy drew",
    "david dave davey", "steven steve stevie stephen", "benjamin ben benny", "samuel sam sammy",
    "alexander alex alec sandy", "nicholas nick nicky", "timothy tim timmy", "patrick pat paddy",
    "peter pete", "henry harry hank", "lawrence larry laurence", "gerald gerry jerry",
    "raymond ray", "ronald ron ronnie", "donald don donnie", "kenneth ken kenny", "leonard len lenny leo",
    "frederick fred freddie freddy", "gregory greg", "jonathan jonny", "nathaniel nate nathan",
    "zachary zach zack", "joshua josh", "jeffrey jeff", "phillip phil philip", "douglas doug",
    "albert al bert", "arthur art", "walter walt wally", "eugene gene", "francis frank frankie",
    "vincent vince vinny", "terence terry", "theodore theo", "stanley stan", "harold hal",
    "elizabeth liz lizzie beth betty bess eliza libby lisa elisabeth", "margaret maggie meg peggy marge madge greta",
    "katherine kate katie kathy kathryn catherine cathy kat kitty", "jennifer jen jenny", "susan sue susie suzanne",
    "patricia pat patty trish tricia", "deborah deb debbie debra", "rebecca becky becca", "jessica jess jessie",
    "victoria vicky tori", "christine chris chrissy christina kristina tina", "alexandra alex sandra sandy lexi",
    "abigail abby gail", "barbara barb barbie babs", "dorothy dot dottie dolly", "eleanor ellie nell nora",
    "frances fran fanny", "jacqueline jackie jacqui", "josephine jo josie", "judith judy", "kimberly kim",
    "pamela pam", "samantha sam sammie", "stephanie steph", "theresa tess tessa terri teresa",
    "valerie val", "virginia ginny ginger", "cynthia cindy", "caroline carol carrie", "amanda mandy",
    "melissa mel missy", "natalie nat", "suzanne suzy", "anne ann annie anna hannah", "mary molly polly mae",
    "sarah sara sally sadie", "emily em emmy", "olivia liv livvy", "isabella bella izzy isabel isobel",
    "charlotte lottie charlie", "madeline maddie madison", "gabrielle gabby", "jonathon jon",
  };

  private static final Map<String, String> CANONICAL = build();
  private static final Map<String, List<String>> NAMES_OF = byFormal();
  /** The names of more than one formal name (Alex of Alexander and of Alexandra), with all of theirs. */
  private static final Map<String, List<String>> SHARED = shared();

  private Nicknames() {}

  private static Map<String, String> build() {
    Map<String, String> m = new HashMap<>();
    for (String row : TABLE) {
      String[] names = row.split(" ");
      for (String n : names) {
        m.putIfAbsent(n, names[0]);
      }
    }
    return Map.copyOf(m);
  }

  /** Each formal name with all the names of its row, a name shared with another row included. */
  private static Map<String, List<String>> byFormal() {
    Map<String, List<String>> m = new HashMap<>();
    for (String row : TABLE) {
      String[] names = row.split(" ");
      List<String> all = m.computeIfAbsent(names[0], k -> new ArrayList<>());
      for (String n : names) {
        if (!all.contains(n)) {
          all.add(n);
        }
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    m.forEach((formal, names) -> out.put(formal, List.copyOf(names)));
    return Map.copyOf(out);
  }

  private static Map<String, List<String>> shared() {
    Map<String, List<String>> formals = new HashMap<>();
    NAMES_OF.forEach((formal, names) -> names.forEach(n -> formals.computeIfAbsent(n, k -> new ArrayList<>()).add(formal)));
    Map<String, List<String>> out = new HashMap<>();
    formals.forEach((n, f) -> {
      if (f.size() > 1) {
        out.put(n, List.copyOf(new java.util.TreeSet<>(f)));
      }
    });
    return Map.copyOf(out);
  }

  /**
   * Whether two folded given names are one name by the table through a formal name they share,
   * where one of them belongs to several (Alex and Sandra are both Alexandra's, though Alex reads
   * as Alexander): {@link #canonical} picks one formal name per name, this looks at all of them.
   */
  static boolean shareFormalName(String a, String b) {
    List<String> fa = SHARED.get(a);
    List<String> fb = SHARED.get(b);
    if (fa == null && fb == null) {
      return false;
    }
    List<String> x = fa != null ? fa : List.of(canonical(a));
    List<String> y = fb != null ? fb : List.of(canonical(b));
    for (String f : x) {
      if (y.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name}, a name the table does not know, is one typing error away from a name of
   * the table read as {@code formal} (a mistyped nickname: Bil for William). Names shorter than
   * three letters are not read so.
   */
  static boolean mistypedNameOf(String name, String formal) {
    if (name.length() < 3 || CANONICAL.containsKey(name)) {
      return false;
    }
    List<String> names = NAMES_OF.get(formal);
    if (names == null) {
      return false;
    }
    for (String n : names) {
      if (n.length() >= 3 && Similarity.withinOneEdit(name, n)) {
        return true;
      }
    }
    return false;
  }

  /** The formal name for a folded given name, or the name itself. */
  static String canonical(String folded) {
    return CANONICAL.getOrDefault(folded, folded);
  }
}
