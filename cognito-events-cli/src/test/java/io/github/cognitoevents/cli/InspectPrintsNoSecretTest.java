package io.github.cognitoevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.testkit.generate.EventGenerator;
import io.github.cognitoevents.testsupport.JsonLeaves;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect} over every shared fixture with every string replaced by a marker, and with every
 * value in turn replaced by a wrong-kind value carrying a marker beside an unknown member carrying
 * another: neither its output nor its error lines show a marker (issue 12: no value in CLI output).
 */
class InspectPrintsNoSecretTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String KEEP =
      ".*(/triggerSource|/version|/type|Time|time|/eventVersion|/eventSource|/eventName"
          + "|/eventType|/source|/detail-type|/specversion)$";

  @Test
  void noMarkerReachesTheOutput(@TempDir Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    int n = 0;
    for (Path fixtures : List.of(SharedData.triggerFixtures(), SharedData.cloudTrailFixtures())) {
      List<Path> all;
      try (Stream<Path> walk = Files.walk(fixtures)) {
        all = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path fixture : all) {
        JsonNode tree = MAPPER.readTree(fixture.toFile());
        files.add(write(dir, n++, mark(tree, "")));
        List<String> leaves = JsonLeaves.of(tree);
        for (String leaf : leaves) {
          JsonNode copy = tree.deepCopy();
          int slash = leaf.lastIndexOf('/');
          JsonNode parent = copy.at(leaf.substring(0, slash));
          String last = leaf.substring(slash + 1).replace("~1", "/").replace("~0", "~");
          JsonNode bad = MAPPER.readTree("[\"MARKER-WRONG-KIND\"]");
          if (parent instanceof ObjectNode object) {
            object.set(last, bad);
            object.set("zzUnknown", TextNode.valueOf("MARKER-UNKNOWN"));
          } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), bad);
          }
          files.add(write(dir, n++, copy));
        }
      }
    }

    CognitoEventsCliTest.Run run =
        CognitoEventsCliTest.run(
            Stream.concat(Stream.of("inspect"), files.stream()).toArray(String[]::new));

    assertThat(files).hasSizeGreaterThan(1000);
    assertThat(run.outLines().size() + run.err().lines().count())
        .isGreaterThanOrEqualTo(files.size());
    assertThat(run.out() + run.err()).doesNotContain("MARKER");
  }

  @Test
  void noSecretOrPersonalValueOfAnyOperationReachesTheOutput(@TempDir Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    EventGenerator generator = EventGenerator.seeded(11);
    for (CognitoOperation op : CognitoOperation.values()) {
      if (op == CognitoOperation.UNKNOWN) {
        continue;
      }
      EventGenerator.MarkedEvent event = generator.nextWithMarkedSecrets(op);
      markers.addAll(event.markers());
      files.add(write(dir, files.size(), MAPPER.readTree(event.json())));
    }

    CognitoEventsCliTest.Run run =
        CognitoEventsCliTest.run(
            Stream.concat(Stream.of("inspect"), files.stream()).toArray(String[]::new));

    assertThat(markers).hasSizeGreaterThan(200);
    assertThat(run.outLines()).hasSizeGreaterThanOrEqualTo(files.size());
    for (String marker : markers) {
      assertThat(run.out() + run.err()).doesNotContain(marker);
    }
  }

  private static String write(Path dir, int n, JsonNode json) throws IOException {
    Path file = dir.resolve("event-" + n + ".json");
    Files.writeString(file, json.toString());
    return file.toString();
  }

  private static JsonNode mark(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = MAPPER.createObjectNode();
      object
          .properties()
          .forEach(e -> copy.set(e.getKey(), mark(e.getValue(), path + "/" + e.getKey())));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = MAPPER.createArrayNode();
      for (int i = 0; i < array.size(); i++) {
        copy.add(mark(array.get(i), path + "/" + i));
      }
      return copy;
    }
    return node.isTextual() && !path.matches(KEEP) ? TextNode.valueOf("MARKER-" + path) : node;
  }
}
