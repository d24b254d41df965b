package org.completecrm.examples.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.GoldenRecord;
import org.completecrm.core.identity.ResolutionSteps;
import org.completecrm.core.identity.SourceIdentity;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Golden records in the compact form of {@link Codec}, as the resolution keeps them until they
 * are read: a partition's golden records are one byte array, and the {@code Row} of Scala
 * collections that Spark's encoder takes ({@link SparkResolution#GOLDEN_SCHEMA}) is made only
 * when the records are read (written out, collected), one at a time.
 *
 * <p>A golden record is its customer id, its sources ({@code count, system, key, ...} in the
 * record's order), then per typed attribute ({@link SparkResolution#ATTRIBUTES}, in order) its
 * value or {@code null}, and for a value the index of its source among the sources (a golden
 * record's provenance is always one of its sources).
 */
final class Goldens {
  private static final String ID_PREFIX = "c-";

  private Goldens() {}

  /** Appends a golden record to {@code out}. */
  static void write(Codec.Out out, GoldenRecord g) {
    out.string(g.customer().value());
    List<SourceIdentity> sources = new ArrayList<>(g.sources());
    out.integer(sources.size());
    for (SourceIdentity s : sources) {
      out.string(s.system());
      out.string(s.key());
    }
    for (AttributeType t : SparkResolution.ATTRIBUTES) {
      String v = g.attributes().get(t);
      out.string(v);
      if (v != null) {
        out.integer(sources.indexOf(g.provenance().get(t)));
      }
    }
  }

  /**
   * Appends the golden record of a customer of one record, from the record's table columns
   * ({@link SparkResolution#RECORD_SCHEMA}): what {@link #write} writes for {@code
   * ResolutionSteps.resolveComponent} of that record alone (each typed value that is not blank,
   * from the record; the id derived from its identity), without making the record or its golden
   * record as objects (most customers have one record).
   */
  static void writeOne(Codec.Out out, String[] columns) {
    SourceIdentity id = SourceIdentity.of(columns[0], columns[1]);
    out.string(ResolutionSteps.customerId(id).value());
    out.integer(1);
    out.string(id.system());
    out.string(id.key());
    for (int t = 0; t < SparkResolution.ATTRIBUTES.size(); t++) {
      String v = columns[2 + t];
      if (v == null || v.isBlank()) {
        out.string(null);
      } else {
        out.string(v);
        out.integer(0);
      }
    }
  }

  /** The row ({@link SparkResolution#GOLDEN_SCHEMA}) of the golden record at the reader's position. */
  static Row row(Codec.In in) {
    String id = in.string();
    int n = in.integer();
    List<Row> sources = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      sources.add(RowFactory.create(in.string(), in.string()));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    Map<String, Row> provenance = new LinkedHashMap<>();
    for (AttributeType t : SparkResolution.ATTRIBUTES) {
      String v = in.string();
      if (v != null) {
        attributes.put(t.name(), v);
        provenance.put(t.name(), sources.get(in.integer()));
      }
    }
    // Spark's row encoder takes Scala collections
    return RowFactory.create(id, CollectionConverters.asScala(sources).toSeq(), CollectionConverters.asScala(attributes),
        CollectionConverters.asScala(provenance));
  }

  /** The rows of the golden records of one array, made one at a time as they are read. */
  static Iterator<Row> rows(byte[] records) {
    Codec.In in = new Codec.In(records);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.more();
      }

      @Override
      public Row next() {
        if (!in.more()) {
          throw new NoSuchElementException();
        }
        return row(in);
      }
    };
  }

  /** The customer ids of the golden records of one array, as the 64 bits they are derived from ({@link #idBits}). */
  static long[] ids(byte[] records) {
    Codec.In in = new Codec.In(records);
    Longs out = new Longs(1024);
    while (in.more()) {
      out.add(idBits(in.string()));
      int n = in.integer();
      for (int k = 0; k < 2 * n; k++) {
        in.skipString();
      }
      for (int t = 0; t < SparkResolution.ATTRIBUTES.size(); t++) {
        if (in.skipString()) {
          in.integer();
        }
      }
    }
    return out.toArray();
  }

  /** The 64 bits of a customer id {@code c-} followed by 16 hexadecimal digits (two ids are equal exactly when their bits are). */
  static long idBits(String id) {
    if (id.length() != ID_PREFIX.length() + 16 || !id.startsWith(ID_PREFIX)) {
      throw new InvalidValueException("SparkResolution.customerId", id, "c- followed by 16 hexadecimal digits");
    }
    try {
      return Long.parseUnsignedLong(id, ID_PREFIX.length(), id.length(), 16);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("SparkResolution.customerId", id, "c- followed by 16 hexadecimal digits");
    }
  }
}
