package io.github.cognitoevents.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test (no fuzzing engine): 5,000 random edits of the CloudTrail, EventBridge and
 * TriggerMesh samples. Each edited document either fails with {@link EventParseException} or is
 * read, and its JSON written, read and written again gives the same JSON.
 */
class CognitoEventsPropertyTest {

  private static final long SEED = 20261123L;
  private static final int CASES = 5_000;

  private static final String[] SAMPLES = {
    "cloudtrail/operations/update-user-pool-client-success.json",
    "cloudtrail/operations/create-user-pool-client-success.json",
    "cloudtrail/operations/delete-user-pool-client-failure.json",
    "cloudtrail/operations/admin-create-user-success.json",
    "cloudtrail/operations/admin-respond-to-auth-challenge-success.json",
    "cloudtrail/operations/create-user-pool-success.json",
    "cloudtrail/operations/update-user-pool-failure.json",
    "cloudtrail/operations/set-user-pool-mfa-config-success.json",
    "cloudtrail/operations/update-identity-provider-success.json",
    "cloudtrail/operations/set-risk-configuration-success.json",
    "cloudtrail/operations/add-custom-attributes-success.json",
    "entrypoint/quirky-record.json",
    "triggermesh/sync-trigger-user-modified.json",
  };

  @Test
  void randomEditsEitherFailCleanlyOrRoundTrip() {
    Random random = new Random(SEED);
    List<JsonNode> samples = new ArrayList<>();
    for (String sample : SAMPLES) {
      samples.add(Samples.tree(sample));
    }
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      JsonNode tree = samples.get(random.nextInt(samples.size())).deepCopy();
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        mutate(tree, random);
      }
      CognitoEvent event;
      try {
        event = CognitoEvents.parse(tree);
      } catch (EventParseException expected) {
        assertThat(expected.getMessage()).isNotBlank();
        assertThat(expected.pointer()).isNotNull();
        rejected++;
        continue;
      }
      accepted++;
      assertThat(event.toJson()).as("case %d", i).isEqualTo(tree);
      String written = event.toJson().toString();
      assertThat(read(CognitoEvents.parse(written).toJson().toString()))
          .as("case %d", i)
          .isEqualTo(read(written));
    }
    // the generator must exercise both outcomes, or the property says little
    assertThat(accepted).isGreaterThan(CASES / 10);
    assertThat(rejected).isGreaterThan(CASES / 10);
  }

  private static JsonNode read(String json) {
    try {
      return Samples.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode value = value(random);
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      int choice = random.nextInt(10);
      if (names.isEmpty() || choice == 0) {
        object.set("extra" + random.nextInt(5), value);
      } else if (choice == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), value);
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextBoolean()) {
        array.add(value);
      } else {
        array.set(random.nextInt(array.size()), value);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode value(Random random) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (random.nextInt(12)) {
      case 0:
        return f.nullNode();
      case 1:
        return f.booleanNode(random.nextBoolean());
      case 2:
        return f.numberNode(random.nextInt(1000));
      case 3:
        return f.numberNode(random.nextLong());
      case 4:
        return f.numberNode(random.nextInt(500) + 0.5);
      case 5:
        return f.textNode("HIDDEN_DUE_TO_SECURITY_REASONS");
      case 6:
        return f.objectNode().put("k", "v");
      case 7:
        return f.arrayNode().add("a").add("b");
      case 8:
        return f.textNode(random.nextBoolean() ? "true" : "200.0");
      case 9:
        return f.textNode("2026-11-23T05:00:00Z");
      case 10:
        return f.textNode("");
      default:
        return f.textNode("value-" + random.nextInt(100));
    }
  }
}
