package io.github.cognitoevents.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's mutation test, over every shared trigger and CloudTrail fixture: everything reachable
 * from a record's accessors (nested records, lists, maps, JSON trees, unknown members, at any
 * depth) is tried with every mutator; each attempt must throw or leave the record equal to itself
 * and its written JSON unchanged.
 */
class DeepImmutabilityTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new CognitoEventsModule());

  static Stream<Path> fixtures() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path dir : List.of(SharedData.triggerFixtures(), SharedData.cloudTrailFixtures())) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void nothingReachableChangesTheRecordOrItsJson(Path fixture) throws Exception {
    CognitoEvent event = CognitoEvents.parse(Files.readAllBytes(fixture));
    String before = MAPPER.writeValueAsString(event);
    CognitoEvent same = CognitoEvents.parse(Files.readAllBytes(fixture));

    List<String> changed = new ArrayList<>();
    int[] attempts = {0};
    walk(event, "", new IdentityHashMap<>(), changed, attempts, event, before);

    assertThat(changed).as("mutations that changed %s", fixture.getFileName()).isEmpty();
    assertThat(attempts[0]).isPositive();
    assertThat(event).isEqualTo(same);
    assertThat(MAPPER.writeValueAsString(event)).isEqualTo(before);
  }

  private static void walk(
      Object value,
      String path,
      IdentityHashMap<Object, Boolean> seen,
      List<String> changed,
      int[] attempts,
      CognitoEvent root,
      String json)
      throws Exception {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        c.getAccessor().setAccessible(true);
        walk(
            c.getAccessor().invoke(record),
            path + "." + c.getName(),
            seen,
            changed,
            attempts,
            root,
            json);
      }
    } else if (value instanceof Optional<?> optional) {
      walk(optional.orElse(null), path, seen, changed, attempts, root, json);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", seen, changed, attempts, root, json);
      }
      @SuppressWarnings("unchecked")
      List<Object> raw = (List<Object>) list;
      attempt(path, () -> raw.add(null), changed, attempts, root, json);
      if (!raw.isEmpty()) {
        attempt(path, () -> raw.set(0, null), changed, attempts, root, json);
        attempt(path, () -> raw.remove(0), changed, attempts, root, json);
      }
      attempt(path, raw::clear, changed, attempts, root, json);
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getValue(), path + "{" + e.getKey() + "}", seen, changed, attempts, root, json);
      }
      @SuppressWarnings("unchecked")
      Map<Object, Object> raw = (Map<Object, Object>) map;
      attempt(path, () -> raw.put("tampered", null), changed, attempts, root, json);
      if (!raw.isEmpty()) {
        Object key = raw.keySet().iterator().next();
        attempt(path, () -> raw.remove(key), changed, attempts, root, json);
        attempt(
            path,
            () -> raw.entrySet().iterator().next().setValue(null),
            changed,
            attempts,
            root,
            json);
      }
      attempt(path, raw::clear, changed, attempts, root, json);
    } else if (value instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      object.properties().forEach(members::add);
      for (Map.Entry<String, JsonNode> e : members) {
        walk(e.getValue(), path + "/" + e.getKey(), seen, changed, attempts, root, json);
      }
      attempt(path, () -> object.put("tampered", true), changed, attempts, root, json);
      attempt(path, object::removeAll, changed, attempts, root, json);
      if (!members.isEmpty()) {
        String name = members.get(0).getKey();
        attempt(path, () -> object.remove(name), changed, attempts, root, json);
        attempt(path, () -> object.put(name, "tampered"), changed, attempts, root, json);
      }
    } else if (value instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), path + "/" + i, seen, changed, attempts, root, json);
      }
      attempt(path, () -> array.add("tampered"), changed, attempts, root, json);
      attempt(path, array::removeAll, changed, attempts, root, json);
    }
  }

  private static void attempt(
      String path,
      Runnable mutation,
      List<String> changed,
      int[] attempts,
      CognitoEvent root,
      String json) {
    attempts[0]++;
    try {
      mutation.run();
    } catch (UnsupportedOperationException | IllegalStateException expected) {
      return;
    }
    try {
      if (!MAPPER.writeValueAsString(root).equals(json)) {
        changed.add(path);
      }
    } catch (IOException e) {
      changed.add(path + " (" + e + ")");
    }
  }
}
