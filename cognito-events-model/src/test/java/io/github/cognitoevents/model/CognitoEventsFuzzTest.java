package io.github.cognitoevents.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.Samples;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fuzzes the entry point {@link CognitoEvents#parse}: whatever the input, only {@link
 * EventParseException} may escape (no NPE, no ClassCastException, no StackOverflowError), and an
 * accepted CloudTrail, EventBridge or TriggerMesh document writes back to JSON that parses to the
 * same document. A normal build replays the committed inputs under {@code
 * CognitoEventsFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CognitoEventsFuzzTest {

  private static final String[] SEEDS = {
    "cloudtrail/operations/update-user-pool-client-success.json",
    "cloudtrail/operations/delete-user-pool-client-failure.json",
    "cloudtrail/operations/admin-create-user-success.json",
    "cloudtrail/operations/admin-initiate-auth-success.json",
    "cloudtrail/operations/create-user-pool-success.json",
    "cloudtrail/operations/set-risk-configuration-success.json",
    "cloudtrail/operations/create-identity-provider-success.json",
    "entrypoint/quirky-record.json",
    "entrypoint/pre-sign-up.json",
    "triggermesh/sync-trigger-user-modified.json",
  };

  private static final List<JsonNode> SEED_TREES = new ArrayList<>();

  static {
    for (String seed : SEEDS) {
      SEED_TREES.add(Samples.tree(seed));
    }
  }

  /** Raw bytes, as a Lambda would receive them. */
  @FuzzTest(maxDuration = "60s")
  void parse(FuzzedDataProvider data) {
    byte[] input = data.consumeRemainingAsBytes();
    check(() -> CognitoEvents.parse(input));
  }

  /** A valid event with one member replaced by a fuzzed value: reaches the typed readers. */
  @FuzzTest(maxDuration = "60s")
  void parseMutatedEvent(FuzzedDataProvider data) {
    JsonNode tree = SEED_TREES.get(data.consumeInt(0, SEED_TREES.size() - 1)).deepCopy();
    int edits = data.consumeInt(1, 3);
    for (int i = 0; i < edits; i++) {
      mutate(tree, data);
    }
    check(() -> CognitoEvents.parse(tree));
  }

  private interface Parse {
    CognitoEvent run();
  }

  private static void check(Parse parse) {
    CognitoEvent event;
    try {
      event = parse.run();
    } catch (EventParseException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    if (!(event instanceof CognitoEvent.Trigger)) {
      String written = event.toJson().toString();
      String rewritten = CognitoEvents.parse(written).toJson().toString();
      // numbers compare by value: a tree built in code may hold -0.0, which JSON text reads as 0
      assertThat(tree(rewritten).equals(NUMERIC_VALUE, tree(written)))
          .as("write, read and write again gives the same JSON:%n%s%n%s", written, rewritten)
          .isTrue();
    }
  }

  private static final java.util.Comparator<JsonNode> NUMERIC_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private static JsonNode tree(String json) {
    try {
      return Samples.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("the model wrote invalid JSON", e);
    }
  }

  private static void mutate(JsonNode root, FuzzedDataProvider data) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
    JsonNode value = value(data);
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      if (names.isEmpty() || data.consumeBoolean()) {
        object.set(data.consumeString(12), value);
      } else {
        object.set(names.get(data.consumeInt(0, names.size() - 1)), value);
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty() || data.consumeBoolean()) {
        array.add(value);
      } else {
        array.set(data.consumeInt(0, array.size() - 1), value);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode value(FuzzedDataProvider data) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (data.consumeInt(0, 9)) {
      case 0:
        return f.nullNode();
      case 1:
        return f.booleanNode(data.consumeBoolean());
      case 2:
        return f.numberNode(data.consumeLong());
      case 3:
        return f.numberNode(data.consumeDouble());
      case 4:
        return f.textNode("HIDDEN_DUE_TO_SECURITY_REASONS");
      case 5:
        return f.objectNode();
      case 6:
        return f.arrayNode().add(data.consumeString(8)).addNull();
      case 7:
        return f.textNode(data.consumeBoolean() ? "true" : "200.0");
      case 8:
        return f.textNode(data.consumeBoolean() ? "2026-11-23T05:00:00Z" : "Nov 2, 2026");
      default:
        return f.textNode(data.consumeString(40));
    }
  }
}
