package io.github.cognitoevents.model.internal.codec;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Every registered {@link RecordCodec} by record class, for the writers and readers that start from
 * a class or a value (the Jackson module, dynamic members). A codec registers itself when it is
 * built, that is when its record class is initialised; a lookup initialises the class first.
 */
public final class Codecs {
  private static final ConcurrentHashMap<Class<?>, RecordCodec<?>> BY_TYPE =
      new ConcurrentHashMap<>();

  private Codecs() {}

  static void register(RecordCodec<?> codec) {
    BY_TYPE.putIfAbsent(codec.type(), codec);
  }

  /**
   * The codec of a record class.
   *
   * @param <T> the record type
   * @param type the record class
   * @return its codec, or {@code null} when it has none
   */
  @SuppressWarnings("unchecked")
  public static <T> RecordCodec<T> forType(Class<T> type) {
    RecordCodec<?> codec = BY_TYPE.get(type);
    return (RecordCodec<T>) (codec != null ? codec : LOOKUP.get(type).orElse(null));
  }

  /** Initialises a record class of the model once, so that its codec registers itself. */
  private static final ClassValue<java.util.Optional<RecordCodec<?>>> LOOKUP =
      new ClassValue<>() {
        @Override
        protected java.util.Optional<RecordCodec<?>> computeValue(Class<?> type) {
          if (type.isRecord() && type.getModule() == Codecs.class.getModule()) {
            try {
              Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException e) {
              return java.util.Optional.empty();
            }
          }
          return java.util.Optional.ofNullable(BY_TYPE.get(type));
        }
      };

  /**
   * The codec of a value's class.
   *
   * @param value the value
   * @return its codec, or {@code null}
   */
  @SuppressWarnings("unchecked")
  public static RecordCodec<Object> forValue(Object value) {
    return value == null ? null : (RecordCodec<Object>) forType(value.getClass());
  }
}
