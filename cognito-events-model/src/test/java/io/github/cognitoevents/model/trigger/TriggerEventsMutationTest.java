package io.github.cognitoevents.model.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded, property-style companion of {@link TriggerEventsFuzzTest} that runs in every build:
 * structural mutations of valid events (any member replaced by a value of another kind, deep
 * nesting, removed members) and byte mutations (truncation, flipped bytes) must either parse to an
 * event that round-trips or throw {@link EventParseException}.
 */
class TriggerEventsMutationTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] SEEDS = {
    "pre-sign-up", "pre-token-v2", "define-auth", "takeover", "inbound"
  };

  private static List<JsonNode> seeds() throws IOException {
    List<JsonNode> seeds = new ArrayList<>();
    for (String name : SEEDS) {
      try (InputStream in =
          TriggerEventsMutationTest.class.getResourceAsStream(
              "TriggerEventsFuzzTestInputs/parse/" + name)) {
        seeds.add(MAPPER.readTree(in));
      }
    }
    return seeds;
  }

  @Test
  void structuralMutationsEitherRoundTripOrFailWithEventParseException() throws IOException {
    Random random = new Random(20261123L);
    List<JsonNode> seeds = seeds();
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < 1500; i++) {
      JsonNode tree = seeds.get(random.nextInt(seeds.size())).deepCopy();
      for (int m = 1 + random.nextInt(3); m > 0; m--) {
        mutate(tree, random);
      }
      byte[] bytes = MAPPER.writeValueAsBytes(tree);
      try {
        TriggerEvent event = TriggerEvents.parse(bytes);
        assertThat(MAPPER.readTree(TriggerEvents.write(event))).isEqualTo(MAPPER.readTree(bytes));
        parsed++;
      } catch (EventParseException e) {
        assertThat(e.getMessage()).doesNotContain(new String(bytes, StandardCharsets.UTF_8));
        rejected++;
      }
      TriggerEventsFuzzTest.check(bytes);
    }
    assertThat(parsed).isGreaterThan(150);
    assertThat(rejected).isGreaterThan(150);
  }

  @Test
  void byteMutationsNeverThrowAnythingButEventParseException() throws IOException {
    Random random = new Random(42L);
    List<JsonNode> seeds = seeds();
    for (int i = 0; i < 1000; i++) {
      byte[] bytes = MAPPER.writeValueAsBytes(seeds.get(random.nextInt(seeds.size())));
      int kind = random.nextInt(3);
      if (kind == 0) {
        bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      } else {
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      TriggerEventsFuzzTest.check(bytes);
    }
  }

  @Test
  void deeplyNestedUnknownMembersFailCleanlyOrRoundTrip() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String json = "{\"triggerSource\":\"PreSignUp_SignUp\",\"x\":" + deep + "}";
    try {
      TriggerEvent event = TriggerEvents.parse(json);
      assertThat(event).isInstanceOf(PreSignUpEvent.class);
    } catch (EventParseException e) {
      // the pointer names the member the deep value is in, the message only its start
      assertThat(e.pointer()).startsWith("/x/0/0/0");
      assertThat(e.getMessage())
          .startsWith("the document is nested deeper than 1000 levels (at '/x/0/0/0")
          .hasSizeLessThan(160);
    }
  }

  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty() || random.nextInt(6) == 0) {
        object.set("m" + random.nextInt(3), randomValue(random, 0));
      } else {
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(5) == 0) {
          object.remove(name);
        } else {
          object.set(name, randomValue(random, 0));
        }
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty()) {
        array.add(randomValue(random, 0));
      } else {
        array.set(random.nextInt(array.size()), randomValue(random, 0));
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode randomValue(Random random, int depth) {
    switch (random.nextInt(depth > 2 ? 6 : 8)) {
      case 0:
        return F.nullNode();
      case 1:
        return F.booleanNode(random.nextBoolean());
      case 2:
        return F.numberNode(random.nextInt(2000) - 1000);
      case 3:
        return F.numberNode(new java.math.BigDecimal("1.50"));
      case 4:
        return F.textNode(random.nextBoolean() ? "true" : "PreSignUp_x" + random.nextInt(9));
      case 5:
        return F.textNode("");
      case 6:
        {
          ObjectNode o = F.objectNode();
          for (int i = random.nextInt(3); i > 0; i--) {
            o.set("k" + i, randomValue(random, depth + 1));
          }
          return o;
        }
      default:
        {
          ArrayNode a = F.arrayNode();
          for (int i = random.nextInt(3); i > 0; i--) {
            a.add(randomValue(random, depth + 1));
          }
          return a;
        }
    }
  }

  @Test
  void rejectsASecondTriggerSourceThatWouldContradictTheRequestAlreadyRead() {
    // Found by Jazzer: an unknown source, then a string request, then a custom-sender source.
    String json =
        "{\"triggerSource\":\"Unknown_Thing\",\"request\":\"text\",\"userPoolId\":\"eu-west-1_Xy\","
            + "\"triggerSource\":\"CustomEmailSender_SignUp\",\"region\":\"eu-west-1\"}";

    assertThatThrownBy(() -> TriggerEvents.parse(json))
        .isInstanceOf(EventParseException.class)
        .hasMessage("field '/triggerSource' appears more than once");
  }
}
