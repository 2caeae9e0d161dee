package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;

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
  private static final FrozenMap<Object, Object> EMPTY_MAP =
      new FrozenMap<>(new Object[0], new Object[0], 0);

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
      MapBuilder<Object, Object> copy = new MapBuilder<>(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getKey() == null) {
          throw new IllegalArgumentException("map keys must not be null");
        }
        copy.put(e.getKey(), of(e.getValue()));
      }
      return (T) copy.build();
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
      return emptyMap();
    }
    if (unknownFields instanceof FrozenMap) {
      return unknownFields;
    }
    MapBuilder<String, JsonNode> copy = new MapBuilder<>(unknownFields.size());
    for (Map.Entry<String, JsonNode> e : unknownFields.entrySet()) {
      if (e.getKey() == null) {
        throw new IllegalArgumentException("unknown field names must not be null");
      }
      JsonNode v = e.getValue();
      copy.put(e.getKey(), v == null ? NullNode.instance : Json.freeze(v));
    }
    return copy.build();
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

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> emptyMap() {
    return (Map<K, V>) EMPTY_MAP;
  }

  /**
   * A map as this class's frozen map, for the codec's own reading by position (no entry objects):
   * the map itself when this class made it (the components of every record are), else a frozen
   * copy.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param map any map
   * @return the frozen map
   */
  @SuppressWarnings("unchecked")
  static <K, V> FrozenMap<K, V> frozen(Map<K, V> map) {
    if (map instanceof FrozenMap<K, V> frozen) {
      return frozen;
    }
    MapBuilder<K, V> copy = new MapBuilder<>(map.size());
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (e.getKey() == null) {
        throw new IllegalArgumentException("map keys must not be null");
      }
      copy.put(e.getKey(), e.getValue());
    }
    return (FrozenMap<K, V>) copy.build();
  }

  /**
   * Collects the entries of a map being read, in arrival order, and makes the frozen map of them
   * without copying. Keys are compared by scanning while there are few (the maps of events hold a
   * handful), by a hash set beyond that.
   *
   * @param <K> the key type
   * @param <V> the value type
   */
  static final class MapBuilder<K, V> {
    private Object[] keys;
    private Object[] values;
    private int size;
    private HashSet<Object> seen; // made past FrozenMap.SCAN keys

    MapBuilder(int capacity) {
      int c = Math.max(capacity, 2);
      keys = new Object[c];
      values = new Object[c];
    }

    int size() {
      return size;
    }

    @SuppressWarnings("unchecked")
    K keyAt(int i) {
      return (K) keys[i];
    }

    @SuppressWarnings("unchecked")
    V valueAt(int i) {
      return (V) values[i];
    }

    boolean containsKey(Object key) {
      if (seen != null) {
        return seen.contains(key);
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Adds an entry unless its key is there already.
     *
     * @return false, and nothing added, when the key is there already
     */
    boolean put(K key, V value) {
      if (containsKey(key)) {
        return false;
      }
      add(key, value);
      return true;
    }

    /** Adds an entry whose key the caller knows is new. */
    void add(K key, V value) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size] = value;
      size++;
      if (seen != null) {
        seen.add(key);
      } else if (size > FrozenMap.SCAN) {
        seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
          seen.add(keys[i]);
        }
      }
    }

    /** The frozen map; the builder is not used afterwards. */
    Map<K, V> build() {
      return size == 0 ? emptyMap() : new FrozenMap<>(keys, values, size);
    }
  }

  /**
   * An unmodifiable, insertion-ordered map held in two arrays: for a handful of entries (what
   * events carry) smaller and faster to build than a {@code LinkedHashMap}; past {@link #SCAN}
   * entries lookups go through a position index made once, in the constructor (so it is published
   * with the map's final fields).
   */
  static final class FrozenMap<K, V> extends AbstractMap<K, V> {
    /** Up to this many keys, a lookup scans them. */
    static final int SCAN = 8;

    private final Object[] keys;
    private final Object[] values;
    private final int size;
    private final HashMap<Object, Integer> index;

    FrozenMap(Object[] keys, Object[] values, int size) {
      this.keys = keys;
      this.values = values;
      this.size = size;
      if (size > SCAN) {
        index = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
          index.put(keys[i], i);
        }
      } else {
        index = null;
      }
    }

    @SuppressWarnings("unchecked")
    K keyAt(int i) {
      return (K) keys[i];
    }

    @SuppressWarnings("unchecked")
    V valueAt(int i) {
      return (V) values[i];
    }

    private int find(Object key) {
      if (index != null) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public V get(Object key) {
      int i = find(key);
      return i < 0 ? null : valueAt(i);
    }

    @Override
    public boolean containsKey(Object key) {
      return find(key) >= 0;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean isEmpty() {
      return size == 0;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
      for (int i = 0; i < size; i++) {
        action.accept(keyAt(i), valueAt(i));
      }
    }

    @Override
    public int hashCode() {
      int h = 0;
      for (int i = 0; i < size; i++) {
        h += Objects.hashCode(keys[i]) ^ Objects.hashCode(values[i]);
      }
      return h;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<K, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Entry<K, V> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(keyAt(i), valueAt(i));
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
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
