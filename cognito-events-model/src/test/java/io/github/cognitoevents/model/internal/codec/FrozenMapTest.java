package io.github.cognitoevents.model.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The frozen map of the model (two arrays, a position index past a few keys) behaves as the {@code
 * LinkedHashMap} it replaced, read-only: same entries in the same order, same equality and hash,
 * lookups of present, absent and null-valued keys, and every mutator refused.
 */
class FrozenMapTest {

  @Test
  void behavesAsAnInsertionOrderedMapAtEverySize() {
    Random random = new Random(20261205);
    for (int size = 0; size <= 40; size++) {
      for (int round = 0; round < 20; round++) {
        LinkedHashMap<String, String> expected = new LinkedHashMap<>();
        Frozen.MapBuilder<String, String> builder = new Frozen.MapBuilder<>(random.nextInt(6));
        while (expected.size() < size) {
          String key = "k" + random.nextInt(size * 3 + 1);
          String value = random.nextInt(5) == 0 ? null : "v" + random.nextInt(100);
          boolean added = builder.put(key, value);
          assertThat(added).isEqualTo(!expected.containsKey(key));
          if (added) {
            expected.put(key, value);
          }
          assertThat(builder.size()).isEqualTo(expected.size());
        }
        Map<String, String> map = builder.build();

        assertThat(map).isEqualTo(expected);
        assertThat(expected).isEqualTo(map);
        assertThat(map.hashCode()).isEqualTo(expected.hashCode());
        assertThat(map.toString()).isEqualTo(expected.toString());
        assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(new ArrayList<>(map.values())).isEqualTo(new ArrayList<>(expected.values()));
        assertThat(new ArrayList<>(map.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        for (int k = 0; k <= size * 3 + 1; k++) {
          String key = "k" + k;
          assertThat(map.containsKey(key)).as(key).isEqualTo(expected.containsKey(key));
          assertThat(map.get(key)).as(key).isEqualTo(expected.get(key));
        }
        assertThat(map.get(null)).isNull();
        assertThat(map.containsKey(42)).isFalse();
        List<String> visited = new ArrayList<>();
        map.forEach((k, v) -> visited.add(k + "=" + v));
        List<String> expectedVisits = new ArrayList<>();
        expected.forEach((k, v) -> expectedVisits.add(k + "=" + v));
        assertThat(visited).isEqualTo(expectedVisits);
        assertThat(Frozen.of(map)).isSameAs(map);
        assertThat(Frozen.frozen(map)).isSameAs(map);
        assertThat(Frozen.frozen(expected)).isEqualTo(expected);
      }
    }
  }

  @Test
  void refusesEveryChange() {
    Frozen.MapBuilder<String, String> builder = new Frozen.MapBuilder<>(2);
    for (int i = 0; i < 12; i++) {
      builder.add("k" + i, "v" + i);
    }
    Map<String, String> map = builder.build();
    assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("k1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.putAll(Map.of("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    Iterator<Map.Entry<String, String>> entries = map.entrySet().iterator();
    entries.next();
    assertThatThrownBy(entries::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.keySet().remove("k2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.values().removeIf(v -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.replaceAll((k, v) -> v))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).hasSize(12).containsEntry("k11", "v11");

    Iterator<String> keys = map.keySet().iterator();
    for (int i = 0; i < 12; i++) {
      keys.next();
    }
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void copiesRejectNullKeysAndFreezeNullUnknownValuesAsJsonNull() {
    Map<String, String> withNullKey = new LinkedHashMap<>();
    withNullKey.put(null, "v");
    assertThatThrownBy(() -> Frozen.of(withNullKey)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Frozen.frozen(withNullKey))
        .isInstanceOf(IllegalArgumentException.class);
    Map<String, com.fasterxml.jackson.databind.JsonNode> unknown = new LinkedHashMap<>();
    unknown.put("a", null);
    assertThat(Frozen.unknown(unknown).get("a").isNull()).isTrue();
  }
}
