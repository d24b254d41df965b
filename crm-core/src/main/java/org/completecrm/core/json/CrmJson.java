package org.completecrm.core.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;

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
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
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
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // A null inside an array or object of values is an error at its own path, not an NPE later.
          .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
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
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** Reads a value of {@code type} from a reader of JSON. */
  public static <T> T read(Reader json, Class<T> type) {
    requireInput(json, type);
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  private static <T> T read(String json, JavaType type) {
    if (json == null) {
      throw new InvalidValueException("json", "null", "JSON text");
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw translate(e);
    }
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
      if (e instanceof InvalidFormatException) {
        InvalidFormatException ife = (InvalidFormatException) e;
        return new InvalidValueException(field(jme), ife.getValue(), expected(ife.getTargetType())).atJsonPath(path);
      }
      if (e instanceof InvalidNullException) {
        return new InvalidValueException(field(jme), "null", expected(((InvalidNullException) e).getTargetType()))
            .atJsonPath(path);
      }
      if (e instanceof MismatchedInputException) {
        MismatchedInputException mie = (MismatchedInputException) e;
        return new InvalidValueException(
                field(jme),
                firstLine(jme.getOriginalMessage()),
                mie.getTargetType() == null ? "valid input" : "a " + typeName(mie.getTargetType()))
            .atJsonPath(path);
      }
      return new InvalidValueException(field(jme), firstLine(jme.getOriginalMessage()), "valid JSON")
          .atJsonPath(path);
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      com.fasterxml.jackson.core.JsonProcessingException jpe =
          (com.fasterxml.jackson.core.JsonProcessingException) e;
      String where =
          jpe.getLocation() == null
              ? "?"
              : "line " + jpe.getLocation().getLineNr() + " column " + jpe.getLocation().getColumnNr();
      return new InvalidValueException("json", firstLine(jpe.getOriginalMessage()), "well-formed JSON at " + where);
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

  private static InvalidValueException findInvalidValue(Throwable e) {
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
    if (type == null) {
      return "value";
    }
    String name = type.getSimpleName();
    if (name.equals("Json") && type.getEnclosingClass() != null) {
      type = type.getEnclosingClass();
      name = type.getSimpleName();
    }
    if (name.startsWith("Immutable") && type.getSuperclass() != null) {
      name = type.getSuperclass().getSimpleName();
    }
    return name;
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
