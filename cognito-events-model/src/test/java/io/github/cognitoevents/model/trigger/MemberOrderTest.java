package io.github.cognitoevents.model.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reader guesses each member name and map key from the order the previous event of the same
 * declaration used (a guess is checked against the input, never trusted). Events whose members and
 * keys come in any order, changing from one event to the next and across threads, read and write
 * exactly as they would with no guess; a repeated key is still rejected however many keys come
 * before it; a key spelt with escapes still reads as its text.
 */
class MemberOrderTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void everyFixtureReadsTheSameInAnyMemberOrder() throws Exception {
    Random random = new Random(1205);
    for (Path file : TriggerFixturesTest.fixtures()) {
      JsonNode original = PLAIN.readTree(file.toFile());
      TriggerEvent expected = TriggerEvents.parse(PLAIN.writeValueAsBytes(original));
      JsonNode expectedJson = PLAIN.readTree(TriggerEvents.writeBytes(expected));
      for (int round = 0; round < 12; round++) {
        JsonNode shuffled = shuffle(original, random);
        TriggerEvent read = TriggerEvents.parse(PLAIN.writeValueAsBytes(shuffled));
        assertThat(read).as(file.getFileName() + " round " + round).isEqualTo(expected);
        JsonNode written = PLAIN.readTree(TriggerEvents.writeBytes(read));
        assertThat(written).as(file.getFileName() + " round " + round).isEqualTo(expectedJson);
        assertSameKeyOrder(shuffled.path("request").path("userAttributes"), written);
      }
    }
  }

  @Test
  void threadsReadingDifferentOrdersAtOnceGetTheirOwnAnswers() throws Exception {
    Path file =
        TriggerFixturesTest.fixtures().stream()
            .filter(p -> p.getFileName().toString().startsWith("pre-token-generation-v2"))
            .findFirst()
            .orElseThrow();
    JsonNode original = PLAIN.readTree(file.toFile());
    Random random = new Random(42);
    List<byte[]> inputs = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ObjectNode shuffled = (ObjectNode) shuffle(original, random);
      ((ObjectNode) shuffled.get("request").get("userAttributes")).put("custom:n", "n" + i);
      byte[] bytes = PLAIN.writeValueAsBytes(shuffled);
      inputs.add(bytes);
      expected.add(new String(TriggerEvents.writeBytes(TriggerEvents.parse(bytes)), UTF8));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        runs.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int n = 0; n < 4_000; n++) {
                    int i = (n * 3 + offset) % inputs.size();
                    String written =
                        new String(
                            TriggerEvents.writeBytes(TriggerEvents.parse(inputs.get(i))), UTF8);
                    if (!written.equals(expected.get(i))) {
                      throw new AssertionError("input " + i + " read differently: " + written);
                    }
                    checked++;
                  }
                  return checked;
                }));
      }
      for (Future<Integer> run : runs) {
        assertThat(run.get(2, TimeUnit.MINUTES)).isEqualTo(4_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRepeatedKeyIsRejectedHoweverManyKeysComeFirst() {
    for (int before = 0; before < 20; before++) {
      for (int repeat = 0; repeat <= before; repeat++) {
        StringBuilder attributes = new StringBuilder();
        for (int k = 0; k <= before; k++) {
          attributes.append("\"a").append(k).append("\":\"x\",");
        }
        attributes.append("\"a").append(repeat).append("\":\"y\"");
        String event = preSignUp("{" + attributes + "}", "");
        assertThatThrownBy(() -> TriggerEvents.parse(event))
            .as("%d keys, key %d repeated", before + 1, repeat)
            .isInstanceOf(EventParseException.class)
            .hasMessageContaining("/request/userAttributes/a" + repeat)
            .hasMessageContaining("appears more than once");
      }
      // the same keys without the repeat read, in order, after all those failures
      StringBuilder attributes = new StringBuilder();
      for (int k = 0; k <= before; k++) {
        attributes.append(k == 0 ? "" : ",").append("\"a").append(k).append("\":\"x\"");
      }
      PreSignUpEvent read =
          (PreSignUpEvent) TriggerEvents.parse(preSignUp("{" + attributes + "}", ""));
      List<String> keys = new ArrayList<>(read.request().userAttributes().keySet());
      assertThat(keys).hasSize(before + 1).startsWith("a0").endsWith("a" + before);
    }
  }

  @Test
  void aRepeatedUnknownMemberIsRejectedHoweverManyComeFirst() {
    for (int before = 1; before < 14; before++) {
      StringBuilder extra = new StringBuilder();
      for (int k = 0; k < before; k++) {
        extra.append(",\"x").append(k).append("\":").append(k);
      }
      String ok = preSignUp("{}", extra.toString());
      assertThat(new String(TriggerEvents.writeBytes(TriggerEvents.parse(ok)), UTF8))
          .contains("\"x" + (before - 1) + "\":" + (before - 1));
      String repeated = preSignUp("{}", extra + ",\"x" + (before / 2) + "\":0");
      assertThatThrownBy(() -> TriggerEvents.parse(repeated))
          .isInstanceOf(EventParseException.class)
          .hasMessageContaining("appears more than once");
    }
  }

  @Test
  void aKeySpeltWithEscapesReadsAsItsText() {
    String plain = preSignUp("{\"email\":\"a\",\"name\":\"b\"}", "");
    String escaped = preSignUp("{\"\\u0065mail\":\"a\",\"na\\u006de\":\"b\"}", "");
    for (int i = 0; i < 3; i++) {
      PreSignUpEvent a = (PreSignUpEvent) TriggerEvents.parse(plain);
      PreSignUpEvent b = (PreSignUpEvent) TriggerEvents.parse(escaped);
      assertThat(b.request().userAttributes()).isEqualTo(a.request().userAttributes());
      assertThat(new ArrayList<>(b.request().userAttributes().keySet()))
          .containsExactly("email", "name");
    }
    String member = "{\"\\u0076ersion\":\"1\"," + preSignUp("{}", "").substring(15);
    assertThat(TriggerEvents.parse(member).header().version()).isEqualTo("1");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static String preSignUp(String attributes, String extraRequestMembers) {
    return "{\"version\":\"1\",\"triggerSource\":\"PreSignUp_SignUp\",\"region\":\"eu-west-1\","
        + "\"userPoolId\":\"eu-west-1_x\",\"userName\":\"u\",\"callerContext\":{},"
        + "\"request\":{\"userAttributes\":"
        + attributes
        + "},\"response\":{}"
        + extraRequestMembers
        + "}";
  }

  /** The tree with the members of every object in a random order (arrays keep theirs). */
  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      members.addAll(node.properties());
      Collections.shuffle(members, random);
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : members) {
        copy.set(e.getKey(), shuffle(e.getValue(), random));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : node) {
        copy.add(shuffle(element, random));
      }
      return copy;
    }
    return node;
  }

  private static void assertSameKeyOrder(JsonNode sent, JsonNode written) {
    if (!sent.isObject()) {
      return;
    }
    List<String> sentKeys = new ArrayList<>();
    sent.properties().forEach(e -> sentKeys.add(e.getKey()));
    List<String> writtenKeys = new ArrayList<>();
    written
        .path("request")
        .path("userAttributes")
        .properties()
        .forEach(e -> writtenKeys.add(e.getKey()));
    assertThat(writtenKeys).isEqualTo(sentKeys);
  }
}
