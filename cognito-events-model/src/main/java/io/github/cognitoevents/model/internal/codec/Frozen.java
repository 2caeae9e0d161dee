package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Deep, order-preserving, unmodifiable copies for the compact constructors of the records: the
 * "copy on the way in" half of the model's immutability (the other half: accessors hand out these
 * values as they are, since nothing in them can change).
 *
 * <p>{@link #of(Object)} copies lists and maps (keeping {@code null} elements, which are JSON
 * nulls), freezes JSON trees ({@link Json#freeze(JsonNode)}) and the value of a present {@link
 * Redactable}, recursively; records, strings, numbers and enums are immutable already. A value this
 * class made is returned as it is, so a record built by a reader is not copied twice.
 */
public final class Frozen {
  private static final FrozenMap<String, JsonNode> NO_UNKNOWN =
      new FrozenMap<>(new LinkedHashMap<>());

  private Frozen() {}

  /**
   * An unmodifiable deep copy of a component value.
   *
   * @param <T> the value type
   * @param value the value, may be {@code null}
   * @return the copy, or {@code value} itself when it cannot change
   * @throws IllegalArgumentException for a map with a {@code null} key, or a JSON tree {@link
   *     Json#freeze(JsonNode)} rejects
   */
  @SuppressWarnings("unchecked")
  public static <T> T of(T value) {
    if (value == null
        || value instanceof FrozenList
        || value instanceof FrozenMap
        || value instanceof String) {
      return value;
    }
    if (value instanceof JsonNode node) {
      return (T) Json.freeze(node);
    }
    if (value instanceof List<?> list) {
      ArrayList<Object> copy = new ArrayList<>(list.size());
      for (Object e : list) {
        copy.add(of(e));
      }
      return (T) new FrozenList<>(copy);
    }
    if (value instanceof Map<?, ?> map) {
      LinkedHashMap<Object, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getKey() == null) {
          throw new IllegalArgumentException("map keys must not be null");
        }
        copy.put(e.getKey(), of(e.getValue()));
      }
      return (T) new FrozenMap<>(copy);
    }
    if (value instanceof Redactable.Present<?> present) {
      Object inner = of(present.value());
      return inner == present.value() ? value : (T) Redactable.of(inner);
    }
    return value;
  }

  /**
   * The unknown fields of a record: an unmodifiable, order-preserving copy with frozen values
   * ({@code null} values become JSON null); empty for {@code null}.
   *
   * @param unknownFields the members, may be {@code null}
   * @return the copy
   * @throws IllegalArgumentException for a {@code null} name
   */
  public static Map<String, JsonNode> unknown(Map<String, JsonNode> unknownFields) {
    if (unknownFields == null || unknownFields.isEmpty()) {
      return NO_UNKNOWN;
    }
    if (unknownFields instanceof FrozenMap) {
      return unknownFields;
    }
    LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : unknownFields.entrySet()) {
      if (e.getKey() == null) {
        throw new IllegalArgumentException("unknown field names must not be null");
      }
      JsonNode v = e.getValue();
      copy.put(e.getKey(), v == null ? NullNode.instance : Json.freeze(v));
    }
    return new FrozenMap<>(copy);
  }

  /**
   * Takes a list of frozen values the caller built and gives away.
   *
   * @param <T> the element type
   * @param owned the list, not referenced elsewhere
   * @return the unmodifiable list
   */
  static <T> List<T> ownedList(ArrayList<T> owned) {
    return new FrozenList<>(owned);
  }

  /**
   * Takes a map of frozen values the caller built and gives away.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param owned the map, not referenced elsewhere
   * @return the unmodifiable map
   */
  static <K, V> Map<K, V> ownedMap(LinkedHashMap<K, V> owned) {
    return owned.isEmpty() ? emptyMap() : new FrozenMap<>(owned);
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> emptyMap() {
    return (Map<K, V>) NO_UNKNOWN;
  }

  /**
   * Whether a value is a list or map this class made (and so holds only frozen values).
   *
   * @param value any value
   * @return whether it is frozen
   */
  static boolean isFrozenContainer(Object value) {
    return value instanceof FrozenList || value instanceof FrozenMap;
  }

  /**
   * The entries of a map, for the codec's own reading (never changed through them): those of the
   * map a {@link FrozenMap} wraps, without the unmodifiable wrapper's entry objects.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param map any map
   * @return its entries
   */
  static <K, V> Set<Map.Entry<K, V>> entries(Map<K, V> map) {
    return map instanceof FrozenMap<K, V> frozen ? frozen.owned.entrySet() : map.entrySet();
  }

  /** An unmodifiable map over a map only this class references. */
  private static final class FrozenMap<K, V> extends AbstractMap<K, V> {
    private final LinkedHashMap<K, V> owned;
    private Map<K, V> view; // made when first asked for: racy, but the view has final fields

    FrozenMap(LinkedHashMap<K, V> owned) {
      this.owned = owned;
    }

    private Map<K, V> view() {
      Map<K, V> v = view;
      if (v == null) {
        v = Collections.unmodifiableMap(owned);
        view = v;
      }
      return v;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return view().entrySet();
    }

    @Override
    public V get(Object key) {
      return owned.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return owned.containsKey(key);
    }

    @Override
    public int size() {
      return owned.size();
    }

    @Override
    public boolean isEmpty() {
      return owned.isEmpty();
    }

    @Override
    public Set<K> keySet() {
      return view().keySet();
    }
  }

  /** An unmodifiable list over a list only this class references. */
  private static final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> owned;

    FrozenList(ArrayList<T> owned) {
      this.owned = owned;
    }

    @Override
    public T get(int index) {
      return owned.get(index);
    }

    @Override
    public int size() {
      return owned.size();
    }
  }
}
