package io.github.cognitoevents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rows of the hostile-input table in {@code cognito-events-model/README.md}, each run against
 * every entry point of the model: {@code TriggerEvents.parse} (with and without a type), {@code
 * CognitoEvents.parse}, {@code CloudTrailRecord.fromJson} and {@code fromEventBridgeJson}, {@code
 * EventBridgeEvent.fromJson} and {@code TriggerMeshEvent.fromJson}, each from a {@code String},
 * bytes, a stream and a Jackson tree. A tree cannot hold a duplicate key, trailing content or a
 * byte order mark, so those rows run on the three text forms.
 */
class HostileInputsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String TRIGGER =
      "{\"version\":\"1\",\"triggerSource\":\"PreSignUp_SignUp\",\"region\":\"us-east-1\","
          + "\"userPoolId\":\"us-east-1_AbCdEf123\",\"userName\":\"u\",\"callerContext\":{},"
          + "\"request\":{\"userAttributes\":{}},\"response\":{}}";
  static final String RECORD =
      "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-01-01T00:00:00Z\","
          + "\"eventSource\":\"cognito-idp.amazonaws.com\",\"eventName\":\"ListUsers\","
          + "\"awsRegion\":\"us-east-1\",\"eventID\":\"e\",\"eventType\":\"AwsApiCall\"}";
  static final String ENVELOPE =
      "{\"version\":\"0\",\"id\":\"i\",\"detail-type\":\"AWS API Call via CloudTrail\","
          + "\"source\":\"aws.cognito-idp\",\"account\":\"123456789012\","
          + "\"time\":\"2024-01-01T00:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],"
          + "\"detail\":"
          + RECORD
          + "}";
  static final String MESH =
      "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"arn:aws:cognito-idp:us-east-1:1:userpool/p\","
          + "\"type\":\"com.amazon.cognito-idp.sync_trigger\",\"datacontenttype\":\"application/json\","
          + "\"data\":{\"Username\":\"u\"}}";

  /** An entry point: its name, a valid document for it, and the call from each input form. */
  record EntryPoint(
      String name,
      String valid,
      Function<String, ?> text,
      Function<byte[], ?> bytes,
      Function<InputStream, ?> stream,
      Function<JsonNode, ?> tree) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<EntryPoint> entryPoints() {
    List<EntryPoint> points = new ArrayList<>();
    points.add(
        new EntryPoint(
            "TriggerEvents.parse",
            TRIGGER,
            TriggerEvents::parse,
            TriggerEvents::parse,
            TriggerEvents::parse,
            TriggerEvents::parse));
    points.add(
        new EntryPoint(
            "TriggerEvents.parse(json, type)",
            TRIGGER,
            j -> TriggerEvents.parse(j, PreSignUpEvent.class),
            j -> TriggerEvents.parse(j, PreSignUpEvent.class),
            j -> TriggerEvents.parse(j, PreSignUpEvent.class),
            j -> TriggerEvents.parse(j, PreSignUpEvent.class)));
    for (String valid : List.of(TRIGGER, RECORD, ENVELOPE)) {
      points.add(
          new EntryPoint(
              "CognitoEvents.parse",
              valid,
              CognitoEvents::parse,
              CognitoEvents::parse,
              CognitoEvents::parse,
              CognitoEvents::parse));
    }
    points.add(
        new EntryPoint(
            "CloudTrailRecord.fromJson",
            RECORD,
            CloudTrailRecord::fromJson,
            CloudTrailRecord::fromJson,
            CloudTrailRecord::fromJson,
            CloudTrailRecord::fromJson));
    points.add(
        new EntryPoint(
            "CloudTrailRecord.fromEventBridgeJson",
            ENVELOPE,
            CloudTrailRecord::fromEventBridgeJson,
            CloudTrailRecord::fromEventBridgeJson,
            CloudTrailRecord::fromEventBridgeJson,
            CloudTrailRecord::fromEventBridgeJson));
    points.add(
        new EntryPoint(
            "EventBridgeEvent.fromJson",
            ENVELOPE,
            EventBridgeEvent::fromJson,
            EventBridgeEvent::fromJson,
            EventBridgeEvent::fromJson,
            EventBridgeEvent::fromJson));
    points.add(
        new EntryPoint(
            "EventBridgeEvent.fromJson(json, type)",
            ENVELOPE,
            j -> EventBridgeEvent.fromJson(j, CloudTrailRecord.class),
            j -> EventBridgeEvent.fromJson(j, CloudTrailRecord.class),
            j -> EventBridgeEvent.fromJson(j, CloudTrailRecord.class),
            j -> EventBridgeEvent.fromJson(j, CloudTrailRecord.class)));
    points.add(
        new EntryPoint(
            "TriggerMeshEvent.fromJson",
            MESH,
            TriggerMeshEvent::fromJson,
            TriggerMeshEvent::fromJson,
            TriggerMeshEvent::fromJson,
            TriggerMeshEvent::fromJson));
    return points;
  }

  static Stream<EntryPoint> everyEntryPoint() {
    return entryPoints().stream();
  }

  private static List<Function<String, ?>> textForms(EntryPoint p) {
    return List.of(
        p.text(),
        s -> p.bytes().apply(s.getBytes(StandardCharsets.UTF_8)),
        s -> p.stream().apply(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void theValidDocumentReadsFromEveryForm(EntryPoint p) throws Exception {
    for (Function<String, ?> form : textForms(p)) {
      assertThat((Object) form.apply(p.valid())).isNotNull();
    }
    assertThat((Object) p.tree().apply(MAPPER.readTree(p.valid()))).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void aDuplicateKeyIsRejected(EntryPoint p) {
    String duplicated = p.valid().replaceFirst("\\{\"", "{\"zz\":1,\"zz\":2,\"");
    String nested = p.valid().substring(0, p.valid().length() - 1) + ",\"x\":{\"a\":1,\"a\":1}}";
    for (Function<String, ?> form : textForms(p)) {
      for (String json : List.of(duplicated, nested)) {
        assertThatThrownBy(() -> form.apply(json))
            .isInstanceOf(EventParseException.class)
            .hasMessageContaining("more than once")
            .hasNoCause();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void trailingContentIsRejected(EntryPoint p) {
    for (Function<String, ?> form : textForms(p)) {
      for (String tail : List.of(" {}", " x", "]")) {
        assertThatThrownBy(() -> form.apply(p.valid() + tail))
            .isInstanceOf(EventParseException.class)
            .hasNoCause();
      }
      assertThat((Object) form.apply(p.valid() + " \n\t")).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void aByteOrderMarkIsSkipped(EntryPoint p) {
    for (Function<String, ?> form : textForms(p)) {
      assertThat((Object) form.apply("\uFEFF" + p.valid())).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void aDeepDocumentIsRejectedWithoutStackOverflow(EntryPoint p) {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String json = p.valid().substring(0, p.valid().length() - 1) + ",\"x\":" + deep + "}";
    for (Function<String, ?> form : textForms(p)) {
      assertThatThrownBy(() -> form.apply(json))
          .isInstanceOf(EventParseException.class)
          .hasMessageContaining("deeper than")
          .hasNoCause();
    }
    ObjectNode tree = (ObjectNode) readTree(p.valid());
    ObjectNode inner = JsonNodeFactory.instance.objectNode();
    tree.set("x", inner);
    for (int i = 0; i < 100_000; i++) {
      inner = inner.putObject("d");
    }
    assertThatThrownBy(() -> p.tree().apply(tree))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("deeper than")
        .hasNoCause();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void nonFiniteNumbersAreRejected(EntryPoint p) {
    for (String token : List.of("NaN", "Infinity", "-Infinity")) {
      String json = p.valid().substring(0, p.valid().length() - 1) + ",\"x\":" + token + "}";
      for (Function<String, ?> form : textForms(p)) {
        assertThatThrownBy(() -> form.apply(json))
            .isInstanceOf(EventParseException.class)
            .hasNoCause();
      }
    }
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      ObjectNode tree = (ObjectNode) readTree(p.valid());
      tree.set("x", DoubleNode.valueOf(value));
      assertThatThrownBy(() -> p.tree().apply(tree))
          .isInstanceOf(EventParseException.class)
          .hasMessageContaining("/x")
          .hasNoCause();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void aMissingDetailIsRejectedWhereAnEnvelopeIsRead(EntryPoint p) {
    if (!p.valid().equals(ENVELOPE)) {
      return;
    }
    String noDetail = ENVELOPE.substring(0, ENVELOPE.indexOf(",\"detail\":")) + "}";
    for (Function<String, ?> form : textForms(p)) {
      assertThatThrownBy(() -> form.apply(noDetail))
          .isInstanceOf(EventParseException.class)
          .hasMessageContaining("/detail")
          .hasNoCause();
    }
    assertThatThrownBy(() -> p.tree().apply(readTree(noDetail)))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("/detail");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntryPoint")
  void aNullDocumentIsAnEventParseException(EntryPoint p) {
    assertThatThrownBy(() -> p.text().apply(null))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document is null");
    assertThatThrownBy(() -> p.bytes().apply(null))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document is null");
    assertThatThrownBy(() -> p.stream().apply(null))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document is null");
    assertThatThrownBy(() -> p.tree().apply(null))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document is null");
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
