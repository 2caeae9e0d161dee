package io.github.cognitoevents.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.testsupport.JsonLeaves;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's leak test, over every shared trigger and CloudTrail fixture and every entry point
 * (text, bytes, stream, tree; {@code TriggerEvents}, {@code CognitoEvents}, {@code
 * CloudTrailRecord}, {@code EventBridgeEvent}):
 *
 * <ol>
 *   <li>every string value is replaced by a unique marker; {@code toString()} may show only the
 *       markers of the members listed in {@link #PRINTABLE} (identifiers, configuration, the
 *       caller's IAM identity and IP address), never one of a secret or of personal data;
 *   <li>every value in turn is replaced by a value of the wrong kind carrying a marker (an array,
 *       an object, a long number), beside an unknown member carrying another: the exception's
 *       message and cause chain, or else {@code toString()}, never show either marker (a number
 *       read leniently into a printable member excepted).
 * </ol>
 *
 * <p>The personal-data switch is off, as by default; the last test shows what it changes.
 */
class NothingSecretOrPersonalPrintedTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NUMBER_MARKER = "987654321987";

  /** Members whose values {@code toString()} shows: none is a secret or personal data. */
  private static final Pattern PRINTABLE =
      Pattern.compile(
          String.join(
              "|",
              // triggers: the header, message placeholders, configuration and public parameters
              "/(version|triggerSource|region|userPoolId)",
              "/callerContext/(awsSdkVersion|clientId)",
              "/request/userAttributes/sub|/request/attributes/idToken/sub",
              "/request/(codeParameter|linkParameter|usernameParameter|providerName|providerType)",
              "/request/(type|challengeName|scopes/N)",
              "/request/groupConfiguration/.*",
              "/request/session/N/(challengeName|challengeMetadata)",
              "/response/(messageAction|finalUserStatus|desiredDeliveryMediums/N)",
              "/response/(challengeName|challengeMetadata|publicChallengeParameters/.*)",
              "/response/claims(AndScope)?OverrideDetails/(.*/)?"
                  + "(claimsToSuppress/N|scopesToAdd/N|scopesToSuppress/N|groupsToOverride/N"
                  + "|iamRolesToOverride/N|preferredRole)",
              // CloudTrail: ids, the caller's IAM identity and address, the error code, the pool
              "(/detail)?/(eventID|requestID|sourceIPAddress|userAgent|errorCode|eventType)",
              "(/detail)?/(eventVersion|eventSource|eventName|eventCategory|awsRegion)",
              "(/detail)?/(recipientAccountId|managementEvent|readOnly)",
              "(/detail)?/userIdentity/(type|principalId|arn|accountId|accessKeyId)",
              "(/detail)?/userIdentity/sessionContext/attributes/(mfaAuthenticated|creationDate)",
              "(/detail)?/userIdentity/sessionContext/sessionIssuer/"
                  + "(type|principalId|arn|accountId|userName)",
              "(/detail)?/additionalEventData/(userPoolId|userPoolDomain|responseParameters/status)",
              "(/detail)?/resources/N/(type|accountId|ARN)",
              // identity pools (typed since the model is generated): ids, the pool's name and
              // configuration, the access key id of issued credentials (not its secret or session
              // token) and their expiry
              "(/detail)?/(requestParameters|responseElements)/"
                  + "(identityPoolId|identityPoolName|identityId|allowUnauthenticatedIdentities"
                  + "|supportedLoginProviders/.*|loginsToRemove/N|tokenDuration)",
              "(/detail)?/responseElements/credentials/(accessKeyId|expiration)",
              // the envelope
              "/(id|detail-type|source|account|region|resources/N)"));

  /** Values the parser needs as they are (dates, dispatch keys); not markers. */
  private static final Pattern STRUCTURAL =
      Pattern.compile(
          ".*(/triggerSource|/version|/type|/challengeName|Time|time|Date|/eventVersion"
              + "|/eventSource|/eventName|/eventType|/eventCategory|/source|/detail-type)$");

  @AfterEach
  void switchOff() {
    PersonalData.showInToString(false);
  }

  static Stream<Path> triggerFixtures() throws IOException {
    return files(SharedData.triggerFixtures());
  }

  static Stream<Path> cloudTrailFixtures() throws IOException {
    return files(SharedData.cloudTrailFixtures());
  }

  @ParameterizedTest
  @MethodSource("triggerFixtures")
  void aTriggerPrintsNoSecretOrPersonalValue(Path fixture) throws IOException {
    JsonNode tree = MAPPER.readTree(fixture.toFile());
    for (Map.Entry<String, Function<JsonNode, Object>> entry :
        entryPoints(
                TriggerEvents::parse,
                TriggerEvents::parse,
                TriggerEvents::parse,
                TriggerEvents::parse,
                CognitoEvents::parse,
                CognitoEvents::parse,
                CognitoEvents::parse,
                CognitoEvents::parse)
            .entrySet()) {
      markedValuesStayHidden(tree, entry.getKey(), entry.getValue());
    }
    wrongKindsAndUnknownMembersStayHidden(tree, CognitoEvents::parse);
  }

  @ParameterizedTest
  @MethodSource("cloudTrailFixtures")
  void aCloudTrailRecordPrintsNoSecretOrPersonalValue(Path fixture) throws IOException {
    JsonNode tree = MAPPER.readTree(fixture.toFile());
    boolean envelope = EventBridgeEvent.looksLikeEnvelope(tree);
    Map<String, Function<JsonNode, Object>> points =
        envelope
            ? entryPoints(
                CloudTrailRecord::fromEventBridgeJson,
                CloudTrailRecord::fromEventBridgeJson,
                CloudTrailRecord::fromEventBridgeJson,
                CloudTrailRecord::fromEventBridgeJson,
                CognitoEvents::parse,
                CognitoEvents::parse,
                CognitoEvents::parse,
                CognitoEvents::parse)
            : entryPoints(
                CloudTrailRecord::fromJson,
                CloudTrailRecord::fromJson,
                CloudTrailRecord::fromJson,
                CloudTrailRecord::fromJson,
                CognitoEvents::parse,
                CognitoEvents::parse,
                CognitoEvents::parse,
                CognitoEvents::parse);
    if (envelope) {
      points.putAll(
          entryPoints(
              EventBridgeEvent::fromJson,
              EventBridgeEvent::fromJson,
              EventBridgeEvent::fromJson,
              EventBridgeEvent::fromJson,
              CognitoEvents::parse,
              CognitoEvents::parse,
              CognitoEvents::parse,
              CognitoEvents::parse));
    }
    for (Map.Entry<String, Function<JsonNode, Object>> entry : points.entrySet()) {
      markedValuesStayHidden(tree, entry.getKey(), entry.getValue());
    }
    wrongKindsAndUnknownMembersStayHidden(tree, CognitoEvents::parse);
  }

  @Test
  void theSwitchShowsPersonalDataButNeverSecrets() {
    String json =
        "{\"version\":\"1\",\"triggerSource\":\"UserMigration_Authentication\",\"region\":\"r\","
            + "\"userPoolId\":\"p\",\"userName\":\"jane@example.com\",\"callerContext\":{},"
            + "\"request\":{\"password\":\"SECRET-pw\",\"userAttributes\":{\"email\":\"jane@example.com\"}},"
            + "\"response\":{}}";
    assertThat(TriggerEvents.parse(json).toString())
        .doesNotContain("jane@example.com")
        .doesNotContain("SECRET-pw");
    PersonalData.showInToString(true);
    assertThat(TriggerEvents.parse(json).toString())
        .contains("jane@example.com")
        .doesNotContain("SECRET-pw");
  }

  private static void markedValuesStayHidden(
      JsonNode tree, String entryPoint, Function<JsonNode, Object> parse) {
    Map<String, String> markers = new LinkedHashMap<>();
    JsonNode marked = mark(tree, "", markers);
    String printed = String.valueOf(parse.apply(marked));
    List<String> leaked = new ArrayList<>();
    markers.forEach(
        (marker, path) -> {
          if (printed.contains(marker) && !PRINTABLE.matcher(normalised(path)).matches()) {
            leaked.add(path);
          }
        });
    assertThat(leaked).as("values printed by %s", entryPoint).isEmpty();
  }

  private static void wrongKindsAndUnknownMembersStayHidden(
      JsonNode tree, Function<String, Object> parse) throws IOException {
    List<String> leaves = JsonLeaves.of(tree);
    TreeSet<String> leaked = new TreeSet<>();
    List<JsonNode> wrong =
        List.of(
            MAPPER.readTree("[\"WRONG-KIND-MARKER\"]"),
            MAPPER.readTree("{\"k\":\"WRONG-KIND-MARKER\"}"),
            MAPPER.readTree(NUMBER_MARKER));
    for (String leaf : leaves) {
      for (JsonNode bad : wrong) {
        JsonNode copy = tree.deepCopy();
        int slash = leaf.lastIndexOf('/');
        JsonNode parent = copy.at(leaf.substring(0, slash));
        String last = leaf.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
          object.set(last, bad);
          object.set("zzUnknownMember", MAPPER.readTree("{\"k\":\"UNKNOWN-MARKER\"}"));
        } else {
          ((ArrayNode) parent).set(Integer.parseInt(last), bad);
        }
        String json = MAPPER.writeValueAsString(copy);
        try {
          String printed = String.valueOf(parse.apply(json));
          if (printed.contains("UNKNOWN-MARKER") || printed.contains("WRONG-KIND-MARKER")) {
            leaked.add("toString " + leaf);
          }
          if (printed.contains(NUMBER_MARKER) && !PRINTABLE.matcher(normalised(leaf)).matches()) {
            leaked.add("toString (number) " + leaf);
          }
        } catch (RuntimeException e) {
          for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("MARKER") || message.contains(NUMBER_MARKER)) {
              leaked.add(t.getClass().getSimpleName() + " " + leaf + ": " + message);
            }
          }
        }
      }
    }
    assertThat(leaked).isEmpty();
  }

  private static Map<String, Function<JsonNode, Object>> entryPoints(
      Function<String, ?> text,
      Function<byte[], ?> bytes,
      Function<java.io.InputStream, ?> stream,
      Function<JsonNode, ?> tree,
      Function<String, ?> cognitoText,
      Function<byte[], ?> cognitoBytes,
      Function<java.io.InputStream, ?> cognitoStream,
      Function<JsonNode, ?> cognitoTree) {
    Map<String, Function<JsonNode, Object>> points = new LinkedHashMap<>();
    points.put("text", n -> text.apply(n.toString()));
    points.put("bytes", n -> bytes.apply(utf8(n)));
    points.put("stream", n -> stream.apply(new ByteArrayInputStream(utf8(n))));
    points.put("tree", tree::apply);
    points.put("CognitoEvents text", n -> cognitoText.apply(n.toString()));
    points.put("CognitoEvents bytes", n -> cognitoBytes.apply(utf8(n)));
    points.put("CognitoEvents stream", n -> cognitoStream.apply(new ByteArrayInputStream(utf8(n))));
    points.put("CognitoEvents tree", cognitoTree::apply);
    return points;
  }

  private static byte[] utf8(JsonNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode mark(JsonNode node, String path, Map<String, String> markers) {
    if (node.isObject()) {
      ObjectNode copy = MAPPER.createObjectNode();
      node.properties()
          .forEach(e -> copy.set(e.getKey(), mark(e.getValue(), path + "/" + e.getKey(), markers)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = MAPPER.createArrayNode();
      for (int i = 0; i < node.size(); i++) {
        copy.add(mark(node.get(i), path + "/" + i, markers));
      }
      return copy;
    }
    if (node.isTextual() && !STRUCTURAL.matcher(path).matches()) {
      String marker = "MARKER" + markers.size() + "Z";
      markers.put(marker, path);
      return TextNode.valueOf(marker);
    }
    return node;
  }

  private static String normalised(String path) {
    return path.replaceAll("/\\d+(?=/|$)", "/N");
  }

  private static Stream<Path> files(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    return files.stream();
  }

  static {
    // fail early, not with a confusing message, when a fixture directory holds no JSON
    try {
      if (Files.isDirectory(Path.of(System.getProperty(SharedData.PROPERTY, "../shared")))
          && triggerFixtures().findAny().isEmpty()) {
        throw new IllegalStateException("no trigger fixtures");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
