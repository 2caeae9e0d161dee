package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Defensive, order-preserving immutable copies for record compact constructors. {@link #list},
 * {@link #map} and {@link #mapOrEmpty} keep iteration order and allow {@code null} elements (JSON
 * null inside a list or map is data that must round-trip), as the trigger records need; {@link
 * #nonNullList} and {@link #nonNullStringMap} reject {@code null} elements and {@link #trees} deep
 * copies JSON values, as the CloudTrail records need.
 */
public final class Copies {
  private Copies() {}

  /**
   * An unmodifiable copy of a nullable list.
   *
   * @param <T> the element type
   * @param list the list, may be {@code null}
   * @return {@code null} for {@code null}, else an unmodifiable copy
   */
  public static <T> List<T> list(List<T> list) {
    if (list == null || list instanceof FrozenList) {
      return list;
    }
    return new FrozenList<>(new ArrayList<>(list));
  }

  /**
   * An unmodifiable, order-preserving copy of a nullable map.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param map the map, may be {@code null}
   * @return {@code null} for {@code null}, else an unmodifiable copy
   */
  public static <K, V> Map<K, V> map(Map<K, V> map) {
    if (map == null || map instanceof FrozenMap) {
      return map;
    }
    return new FrozenMap<>(new LinkedHashMap<>(map));
  }

  /**
   * An unmodifiable, order-preserving copy of a map, empty for {@code null}. Use it for
   * unknown-field maps, which are never {@code null}.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param map the map, may be {@code null}
   * @return an unmodifiable copy, empty for {@code null}
   */
  public static <K, V> Map<K, V> mapOrEmpty(Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Collections.emptyMap();
    }
    return map instanceof FrozenMap ? map : new FrozenMap<>(new LinkedHashMap<>(map));
  }

  /**
   * Takes ownership of a map built by the caller (which must not keep or change it) and returns it
   * as an unmodifiable map that {@link #map} and {@link #mapOrEmpty} return without copying.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param owned a map nobody else references
   * @return the unmodifiable view
   */
  public static <K, V> Map<K, V> frozen(LinkedHashMap<K, V> owned) {
    return new FrozenMap<>(owned);
  }

  /**
   * Takes ownership of a list built by the caller (which must not keep or change it) and returns it
   * as an unmodifiable list that {@link #list} returns without copying.
   *
   * @param <T> the element type
   * @param owned a list nobody else references
   * @return the unmodifiable view
   */
  public static <T> List<T> frozen(ArrayList<T> owned) {
    return new FrozenList<>(owned);
  }

  /**
   * An immutable copy of a map of JSON values (deep copies, JSON null for {@code null}; {@code
   * null} becomes empty), for the unknown fields of the CloudTrail records.
   *
   * @param map the map
   * @return the copy
   */
  public static Map<String, JsonNode> trees(Map<String, JsonNode> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) ->
            copy.put(requireName(k), v == null ? JsonSupport.NODES.nullNode() : v.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  private static String requireName(String name) {
    if (name == null) {
      throw new IllegalArgumentException("unknown field names must not be null");
    }
    return name;
  }

  /**
   * An immutable copy of a list that rejects {@code null} elements (like {@link List#copyOf}), or
   * {@code null}.
   *
   * @param list the list
   * @param <T> the item type
   * @return the copy or {@code null}
   */
  public static <T> List<T> nonNullList(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  /**
   * An immutable, order-preserving copy of a string map that rejects {@code null} keys and values,
   * or {@code null}.
   *
   * @param map the map
   * @return the copy or {@code null}
   */
  public static Map<String, String> nonNullStringMap(Map<String, String> map) {
    if (map == null) {
      return null;
    }
    Map<String, String> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new IllegalArgumentException("map keys and values must not be null");
          }
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A deep copy of a tree, or {@code null}.
   *
   * @param node the tree
   * @return the copy
   */
  public static JsonNode tree(JsonNode node) {
    return node == null ? null : node.deepCopy();
  }

  /** An unmodifiable map over a map only this class references. */
  private static final class FrozenMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> view;

    FrozenMap(LinkedHashMap<K, V> owned) {
      this.view = Collections.unmodifiableMap(owned);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return view.entrySet();
    }

    @Override
    public V get(Object key) {
      return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return view.containsKey(key);
    }

    @Override
    public int size() {
      return view.size();
    }

    @Override
    public Set<K> keySet() {
      return view.keySet();
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
