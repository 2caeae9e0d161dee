package io.github.cognitoevents.testkit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a generated CloudTrail record (a request, a response or a nested structure of {@code
 * cognito-events-model}) with a value in every member, by reflection over its record components:
 * the model is its own schema, so the generator needs no list of operations or members and covers
 * whatever the model covers. Enum members get one of their enum's values; free-form JSON gets a
 * small object.
 *
 * <p>{@link Mode#MARKED} puts a distinct marker text (returned by {@link #markers()}) in every
 * string the model treats as secret (inside a {@link Redactable} member that is not itself a
 * structure) or personal ({@code PersonalData}: {@code destination}, {@code
 * developerUserIdentifier}); {@link Mode#HIDDEN} writes every {@link Redactable} member as
 * CloudTrail's marker.
 */
final class ModelValues {

  /** What to put in sensitive members. */
  enum Mode {
    /** Ordinary values. */
    PLAIN,
    /** A distinct marker in every secret or personal string. */
    MARKED,
    /** CloudTrail's marker in place of every member that may be hidden. */
    HIDDEN
  }

  /** Deeper than this, structures are left empty (the Cognito model has no recursive shapes). */
  private static final int MAX_DEPTH = 12;

  private static final List<String> PERSONAL_MEMBERS =
      List.of("destination", "developerUserIdentifier");

  private final SplittableRandom random;
  private final Mode mode;
  private final List<String> markers = new ArrayList<>();

  ModelValues(SplittableRandom random, Mode mode) {
    this.random = random;
    this.mode = mode;
  }

  /**
   * The markers placed so far ({@link Mode#MARKED}).
   *
   * @return the marker texts
   */
  List<String> markers() {
    return markers;
  }

  /**
   * A record of the given generated type with every member set.
   *
   * @param type a record class of the model
   * @return the record
   */
  Object record(Class<?> type) {
    return record(type, 0, false);
  }

  private Object record(Class<?> type, int depth, boolean secret) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      if (c.getName().equals("unknownFields")) {
        args[i] = Map.of();
      } else if (depth < MAX_DEPTH) {
        args[i] =
            isTimestamp(type, c.getName())
                ? timestamp()
                : value(
                    c.getGenericType(),
                    enumOf(type, c.getName()),
                    depth,
                    secret || PERSONAL_MEMBERS.contains(c.getName()),
                    false);
      }
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private Object value(
      Type type, Class<?> enumType, int depth, boolean secret, boolean insideRedactable) {
    Class<?> raw = raw(type);
    if (raw == Redactable.class) {
      Type inner = argument(type, 0);
      if (mode == Mode.HIDDEN) {
        return Redactable.redacted();
      }
      // the members holding sensitive members are structures (or lists of them); the secret
      // leaves are the strings of the others
      boolean holder = isStructure(inner);
      return Redactable.of(value(inner, enumType, depth, secret || !holder, true));
    }
    if (raw == String.class) {
      if (secret && mode == Mode.MARKED) {
        String marker = "MARKER-" + markers.size() + "-" + Long.toHexString(random.nextLong());
        markers.add(marker);
        return marker;
      }
      if (enumType != null) {
        Object[] constants = enumType.getEnumConstants();
        String value = null;
        while (value == null) {
          value = enumValue(constants[random.nextInt(constants.length)]);
        }
        return value;
      }
      // eight characters of the base64 alphabet: also a valid blob, as CloudTrail writes them
      return String.format(java.util.Locale.ROOT, "v%07x", random.nextInt(1 << 28));
    }
    if (raw == Integer.class) {
      return 1 + random.nextInt(1000);
    }
    if (raw == Long.class) {
      return 1L + random.nextInt(1_000_000);
    }
    if (raw == Boolean.class) {
      return random.nextBoolean();
    }
    if (raw == BigDecimal.class) {
      return BigDecimal.valueOf(1 + random.nextInt(100), 1);
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("k", "v" + random.nextInt(100));
      return node;
    }
    if (raw == List.class) {
      List<Object> list = new ArrayList<>();
      int n = 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        list.add(value(argument(type, 0), enumType, depth, secret, insideRedactable));
      }
      return list;
    }
    if (raw == Map.class) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(
          "k" + random.nextInt(100),
          value(argument(type, 1), enumType, depth, secret, insideRedactable));
      return map;
    }
    if (raw.isRecord()) {
      return record(raw, depth + 1, false);
    }
    throw new IllegalStateException("no value for a member of type " + type);
  }

  /**
   * A timestamp member has an {@code xInstant()} view; its text is in one of CloudTrail's forms.
   */
  private static boolean isTimestamp(Class<?> record, String component) {
    try {
      return record.getMethod(component + "Instant").getReturnType() == java.time.Instant.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private String timestamp() {
    long seconds = 1_600_000_000L + random.nextInt(200_000_000);
    java.time.Instant instant = java.time.Instant.ofEpochSecond(seconds);
    return switch (random.nextInt(3)) {
      case 0 -> instant.toString();
      case 1 ->
          java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", java.util.Locale.US)
              .format(instant.atOffset(java.time.ZoneOffset.UTC));
      default -> Long.toString(seconds);
    };
  }

  private static boolean isStructure(Type type) {
    Class<?> raw = raw(type);
    if (raw == List.class) {
      return isStructure(argument(type, 0));
    }
    if (raw == Map.class) {
      return isStructure(argument(type, 1));
    }
    return raw.isRecord();
  }

  /** The enum of a member: the return type of its {@code xEnum()} or {@code xEnums()} view. */
  private static Class<?> enumOf(Class<?> record, String component) {
    for (String suffix : new String[] {"Enum", "Enums"}) {
      try {
        Method view = record.getMethod(component + suffix);
        Type returned = view.getGenericReturnType();
        Class<?> e = suffix.equals("Enum") ? raw(returned) : raw(argument(returned, 0));
        if (e.isEnum()) {
          return e;
        }
      } catch (NoSuchMethodException e) {
        // not an enum member
      }
    }
    return null;
  }

  private static String enumValue(Object constant) {
    try {
      return (String) constant.getClass().getMethod("value").invoke(constant);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("unexpected member type " + type);
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }
}
