package org.completecrm.rules.condition;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.Money;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.condition.internal.Fields;
import org.completecrm.rules.condition.internal.CompiledComparisons;

/**
 * The JSON form of a condition, read strictly: an object with exactly one form ({@code
 * field/op/value/within}, {@code all}, {@code any}, {@code not} or {@code always}), no other
 * property, an operator from {@link Operator}. Errors name their JSON path below the condition
 * ({@code $.all[1].not.op}), which the reader of the enclosing document puts its own path in front
 * of. Written back in the same form, properties in alphabetical order.
 */
final class ConditionJson {
  private static final ObjectMapper MAPPER = CrmJson.mapper();
  private static final String FORMS = "exactly one of field/op/value, all, any, not or always";
  private static final Set<String> PROPERTIES =
      Set.of("all", "always", "any", "field", "not", "op", "value", "within");

  private ConditionJson() {}

  /** A Java value as the JSON a reader would give for it. */
  static JsonNode toNode(Object value) {
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    if (value instanceof Money || value instanceof Instant || value instanceof Duration) {
      return MAPPER.valueToTree(value);
    }
    if (value instanceof Enum) {
      return MAPPER.getNodeFactory().textNode(((Enum<?>) value).name());
    }
    return MAPPER.valueToTree(value);
  }

  /** Reads a condition, strictly. */
  static final class Reader extends StdDeserializer<Condition> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Condition.class);
    }

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(ctxt.readTree(p), "$");
    }
  }

  static Condition read(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new InvalidRuleException(path, node == null ? "absent" : node, "a condition (" + FORMS + ")");
    }
    int forms = 0;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!PROPERTIES.contains(name)) {
        throw new InvalidRuleException(path + "." + name, name, "one of " + new java.util.TreeSet<>(PROPERTIES));
      }
    }
    boolean comparison = given(node, "field") || given(node, "op") || given(node, "value") || given(node, "within");
    forms += comparison ? 1 : 0;
    for (String form : List.of("all", "any", "not", "always")) {
      forms += given(node, form) ? 1 : 0;
    }
    if (forms != 1) {
      throw new InvalidRuleException(path, node.toString(), FORMS);
    }
    if (comparison) {
      return comparison(node, path);
    }
    if (given(node, "all")) {
      return new AllOf(parts(node.get("all"), path + ".all"));
    }
    if (given(node, "any")) {
      return new AnyOf(parts(node.get("any"), path + ".any"));
    }
    if (given(node, "not")) {
      return new Not(read(node.get("not"), path + ".not"));
    }
    JsonNode always = node.get("always");
    if (!always.isBoolean()) {
      throw new InvalidRuleException(path + ".always", always, "true or false");
    }
    return new Always(always.booleanValue());
  }

  /** Whether {@code name} is given a value: JSON {@code null} reads as absent, as for every optional attribute. */
  private static boolean given(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  private static List<Condition> parts(JsonNode array, String path) {
    if (!array.isArray() || array.isEmpty()) {
      throw new InvalidRuleException(path, array, "a non-empty array of conditions");
    }
    List<Condition> parts = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      parts.add(read(array.get(i), path + "[" + i + "]"));
    }
    return parts;
  }

  private static Comparison comparison(JsonNode node, String path) {
    JsonNode field = node.get("field");
    if (field == null || field.isNull() || !field.isTextual()) {
      throw new InvalidRuleException(path + ".field", field == null || field.isNull() ? "absent" : field,
          "a field, one of " + Fields.names());
    }
    String name = field.asText();
    JsonNode op = node.get("op");
    Optional<Operator> operator = op == null || !op.isTextual() ? Optional.empty() : Operator.named(op.asText());
    if (operator.isEmpty()) {
      throw CompiledComparisons.unknownOperator(name, op == null || op.isNull() ? "absent" : op.asText(), path);
    }
    Optional<Duration> within = Optional.empty();
    if (given(node, "within")) {
      JsonNode w = node.get("within");
      try {
        within = Optional.of(Duration.parse(w.isTextual() ? w.asText() : "?"));
      } catch (DateTimeParseException e) {
        throw new InvalidRuleException(path + ".within", w.isTextual() ? w.asText() : w,
            "a Duration such as P7D (ISO-8601)");
      }
    }
    return new Comparison(name, operator.get(),
        given(node, "value") ? Optional.of(node.get("value")) : Optional.empty(), within);
  }

  /** Writes a condition in its JSON form. */
  static final class Writer extends StdSerializer<Condition> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Condition.class);
    }

    @Override
    public void serialize(Condition value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      try {
        value.accept(new Writing(gen, provider));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** The writing of each form; I/O errors leave as unchecked and are unwrapped by {@link Writer}. */
  private static final class Writing implements Condition.Cases<Void> {
    private final JsonGenerator gen;
    private final SerializerProvider provider;

    Writing(JsonGenerator gen, SerializerProvider provider) {
      this.gen = gen;
      this.provider = provider;
    }

    @Override
    public Void comparison(Comparison c) {
      return write(() -> {
        gen.writeStartObject();
        gen.writeStringField("field", c.field());
        gen.writeStringField("op", c.op().jsonName());
        if (c.value().isPresent()) {
          gen.writeFieldName("value");
          provider.defaultSerializeValue(c.value().get(), gen);
        }
        if (c.within().isPresent()) {
          gen.writeFieldName("within");
          provider.defaultSerializeValue(c.within().get(), gen);
        }
        gen.writeEndObject();
      });
    }

    @Override
    public Void all(AllOf all) {
      return list("all", all.conditions());
    }

    @Override
    public Void any(AnyOf any) {
      return list("any", any.conditions());
    }

    @Override
    public Void not(Not not) {
      return write(() -> {
        gen.writeStartObject();
        gen.writeFieldName("not");
        not.condition().accept(this);
        gen.writeEndObject();
      });
    }

    @Override
    public Void always(Always always) {
      return write(() -> {
        gen.writeStartObject();
        gen.writeBooleanField("always", always.holds());
        gen.writeEndObject();
      });
    }

    private Void list(String name, List<Condition> parts) {
      return write(() -> {
        gen.writeStartObject();
        gen.writeArrayFieldStart(name);
        for (Condition part : parts) {
          part.accept(this);
        }
        gen.writeEndArray();
        gen.writeEndObject();
      });
    }

    private interface Io {
      void run() throws IOException;
    }

    private static Void write(Io io) {
      try {
        io.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    }
  }
}
