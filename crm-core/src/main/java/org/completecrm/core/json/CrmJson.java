package org.completecrm.core.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.PersonalData;
import org.completecrm.core.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * The one configured JSON mapper of the library, and reading that turns every JSON problem into
 * an {@link InvalidValueException} carrying the JSON path.
 *
 * <p>Configuration: ISO-8601 instants and dates, unknown properties rejected, trailing tokens
 * rejected, {@code null} for a primitive or inside an array or map rejected, sorted map keys and
 * properties, sets read back in their written order (so writing a value read from JSON gives the
 * same text).
 */
public final class CrmJson {
  private static final String DUPLICATE = "Duplicate field '";
  private static final String HIDDEN = "(personal data, not shown)";
  private static final JsonSetter.Value OPTIONAL_NULLS = JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL);

  /** Deepest nesting of arrays and objects accepted: deeper documents are refused, never a stack overflow. */
  public static final int MAX_NESTING_DEPTH = 200;
  /** Longest string value or property name accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  // A second "timeline" or "rules" key must not silently replace the first.
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNameLength(MAX_STRING_LENGTH)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .build())
                  .build())
          .addModule(new JavaTimeModule())
          .addModule(new Jdk8Module())
          .addModule(new SimpleModule("crm-collections")
              .addAbstractTypeMapping(Set.class, LinkedHashSet.class)
              .addAbstractTypeMapping(Map.class, LinkedHashMap.class))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          // "version": 3.7 is not the integer 3.
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // A null inside an array or object of values is an error at its own path, not an NPE later.
          // A null for a value, a list or a map is an error at its path too; only an Optional
          // attribute reads null as absent (the library writes an absent value as null).
          .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
          .withConfigOverride(Optional.class, o -> o.setSetterInfo(OPTIONAL_NULLS))
          .withConfigOverride(OptionalInt.class, o -> o.setSetterInfo(OPTIONAL_NULLS))
          .withConfigOverride(OptionalLong.class, o -> o.setSetterInfo(OPTIONAL_NULLS))
          .withConfigOverride(OptionalDouble.class, o -> o.setSetterInfo(OPTIONAL_NULLS))
          .build();

  private CrmJson() {}

  /** A copy of the configured mapper, for hosts that need Jackson directly. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** Writes a value as compact JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new CrmException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a value as compact JSON as the given declared type: needed for collections of a
   * polymorphic type, such as {@code List<TimelineEvent>}, so that each element carries its kind.
   */
  public static String write(Object value, TypeReference<?> as) {
    if (as == null) {
      throw new InvalidValueException("CrmJson.write.as", "null", "the declared type to write as");
    }
    try {
      return MAPPER.writerFor(as).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new CrmException("cannot write " + (value == null ? "null" : value.getClass().getSimpleName()) + " as JSON", e);
    }
  }

  /** Writes a value as indented JSON, for people to read. */
  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new CrmException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Reads a value of {@code type} from JSON text. */
  public static <T> T read(String json, Class<T> type) {
    requireInput(json, type);
    return read(json, MAPPER.getTypeFactory().constructType(type));
  }

  /** Reads a value of a generic type from JSON text. */
  public static <T> T read(String json, TypeReference<T> type) {
    requireInput(json, type);
    return read(json, MAPPER.getTypeFactory().constructType(type));
  }

  /** Reads a value of {@code type} from a stream of JSON. */
  public static <T> T read(InputStream json, Class<T> type) {
    requireInput(json, type);
    try {
      return notNull(MAPPER.readValue(json, type), type);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** Reads a value of {@code type} from a reader of JSON. */
  public static <T> T read(Reader json, Class<T> type) {
    requireInput(json, type);
    try {
      return notNull(MAPPER.readValue(json, type), type);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  private static <T> T read(String json, JavaType type) {
    if (json == null) {
      throw new InvalidValueException("json", "null", "JSON text");
    }
    try {
      return notNull(MAPPER.readValue(json, type), type.getRawClass());
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** A document that is just {@code null} is no value of any type. */
  private static <T> T notNull(T value, Class<?> type) {
    if (value == null) {
      throw new InvalidValueException("json", "null", "a " + typeName(type)).atJsonPath("$");
    }
    return value;
  }

  /** Turns a Jackson or I/O exception into the library's exception family, with the JSON path. */
  public static CrmException translate(IOException e) {
    if (e == null) {
      throw new InvalidValueException("CrmJson.translate.e", "null", "an exception to translate");
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException jme = (JsonMappingException) e;
      String path = path(jme.getPath());
      InvalidValueException cause = findInvalidValue(e);
      if (cause != null) {
        // An error that already knows its own path (a nested document's) is only placed below ours.
        return cause.atJsonPath(cause.jsonPath().isPresent() ? path : refine(path, cause.field(), jme));
      }
      if (e instanceof UnrecognizedPropertyException) {
        UnrecognizedPropertyException upe = (UnrecognizedPropertyException) e;
        String known =
            upe.getKnownPropertyIds() == null
                ? "a known property"
                : "one of "
                    + upe.getKnownPropertyIds().stream()
                        .map(String::valueOf)
                        .sorted()
                        .collect(Collectors.toList());
        return new InvalidValueException(
                typeName(upe.getReferringClass()) + "." + upe.getPropertyName(),
                upe.getPropertyName(),
                known)
            .atJsonPath(path);
      }
      boolean personal = personal(jme);
      if (e instanceof InvalidFormatException) {
        InvalidFormatException ife = (InvalidFormatException) e;
        Object value = personal ? Redaction.mask(String.valueOf(ife.getValue())) : ife.getValue();
        return new InvalidValueException(field(jme), value, expected(ife.getTargetType())).atJsonPath(path);
      }
      if (e instanceof InvalidNullException) {
        return new InvalidValueException(field(jme), "null", expected(((InvalidNullException) e).getTargetType()))
            .atJsonPath(path);
      }
      if (e instanceof MismatchedInputException) {
        MismatchedInputException mie = (MismatchedInputException) e;
        return new InvalidValueException(
                field(jme),
                personal ? HIDDEN : firstLine(jme.getOriginalMessage()),
                mie.getTargetType() == null ? "valid input" : "a " + typeName(mie.getTargetType()))
            .atJsonPath(path);
      }
      String message = firstLine(jme.getOriginalMessage());
      String keyPath = duplicateKeyPath(path, message); // not null, as path is not
      return new InvalidValueException(field(jme), personal ? HIDDEN : message, "valid JSON")
          .atJsonPath(keyPath != null ? keyPath : path);
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      com.fasterxml.jackson.core.JsonProcessingException jpe =
          (com.fasterxml.jackson.core.JsonProcessingException) e;
      String where =
          jpe.getLocation() == null
              ? "?"
              : "line " + jpe.getLocation().getLineNr() + " column " + jpe.getLocation().getColumnNr();
      String path = jpe.getProcessor() instanceof JsonParser
          ? path(((JsonParser) jpe.getProcessor()).getParsingContext())
          : null;
      String message = firstLine(jpe.getOriginalMessage());
      path = duplicateKeyPath(path, message);
      InvalidValueException x =
          new InvalidValueException("json", message, "well-formed JSON at " + where);
      return path == null ? x : x.atJsonPath(path);
    }
    return new CrmException("cannot read JSON: " + e.getMessage(), e);
  }

  private static String expected(Class<?> target) {
    return target != null && target.isEnum()
        ? "a " + target.getSimpleName() + ", one of " + java.util.Arrays.toString(target.getEnumConstants())
        : "a " + typeName(target);
  }

  private static void requireInput(Object json, Object type) {
    if (json == null) {
      throw new InvalidValueException("json", "null", "JSON text");
    }
    if (type == null) {
      throw new InvalidValueException("type", "null", "the type to read");
    }
  }

  /**
   * Points the path at the attribute a value's own check rejected: a check of {@code
   * ConsentEntry.expiresAt} failing while Jackson builds the entry at {@code $.entries[0]} is
   * reported at {@code $.entries[0].expiresAt}. Values written as a scalar ({@code @JsonValue}, such
   * as identifiers) are already at their path.
   */
  private static String refine(String path, String field, JsonMappingException e) {
    if (!(e instanceof ValueInstantiationException) || field == null) {
      return path;
    }
    JavaType built = ((ValueInstantiationException) e).getType();
    int dot = field.indexOf('.');
    if (built == null || dot <= 0 || !field.substring(0, dot).equals(typeName(built.getRawClass()))) {
      return path;
    }
    if (MAPPER.getSerializationConfig().introspect(built).findJsonValueAccessor() != null) {
      return path;
    }
    String rest = field.substring(dot + 1);
    return path + (rest.startsWith("[") ? "" : ".") + rest;
  }

  /** Whether the attribute the error is about is marked {@link PersonalData} on its value type. */
  private static boolean personal(JsonMappingException e) {
    List<JsonMappingException.Reference> refs = e.getPath();
    for (int i = refs.size() - 1; i >= 0; i--) {
      JsonMappingException.Reference r = refs.get(i);
      if (r.getFieldName() != null) {
        Class<?> owner = valueType(r.getFrom() == null ? null : classOf(r.getFrom()));
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
          try {
            return c.getDeclaredMethod(r.getFieldName()).isAnnotationPresent(PersonalData.class);
          } catch (NoSuchMethodException notHere) {
            // look further up
          }
        }
        return false;
      }
    }
    return false;
  }

  private static @Nullable InvalidValueException findInvalidValue(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException) {
        return (InvalidValueException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The field as {@code Type.attribute}, with element indices: {@code Action.channels[0]}. */
  private static String field(JsonMappingException e) {
    List<JsonMappingException.Reference> refs = e.getPath();
    if (refs.isEmpty()) {
      return "json";
    }
    StringBuilder indices = new StringBuilder();
    for (int i = refs.size() - 1; i >= 0; i--) {
      JsonMappingException.Reference r = refs.get(i);
      if (r.getFieldName() != null) {
        String owner = r.getFrom() == null ? "json" : typeName(classOf(r.getFrom()));
        return owner + "." + r.getFieldName() + indices;
      }
      indices.insert(0, "[" + r.getIndex() + "]");
    }
    return "json" + indices;
  }

  private static Class<?> classOf(Object from) {
    return from instanceof Class ? (Class<?>) from : from.getClass();
  }

  private static String typeName(Class<?> type) {
    Class<?> value = valueType(type);
    return value == null ? "value" : value.getSimpleName();
  }

  /** The value type behind Immutables' generated classes: {@code Customer} for {@code ImmutableCustomer.Json}. */
  private static @Nullable Class<?> valueType(@Nullable Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type.getSimpleName().equals("Json") && type.getEnclosingClass() != null) {
      type = type.getEnclosingClass();
    }
    if (type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != null) {
      type = type.getSuperclass();
    }
    return type;
  }

  /** The path of a key found twice: the parser stands in the object that has it, the path names the key. */
  private static @Nullable String duplicateKeyPath(@Nullable String path, String message) {
    int end = message.indexOf('\'', DUPLICATE.length());
    if (!message.startsWith(DUPLICATE) || end < 0) {
      return path;
    }
    String key = message.substring(DUPLICATE.length(), end);
    String object = path == null ? "$" : path;
    return object.endsWith("." + key) ? object : object + "." + key;
  }

  /** The JSON path of where a parser stands, such as {@code $.rules[3].when}; null at the root. */
  private static @Nullable String path(JsonStreamContext context) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      } else if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    return parts.isEmpty() ? null : "$" + String.join("", parts);
  }

  /** A JSON path such as {@code $.rules[3].when.field}. */
  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
