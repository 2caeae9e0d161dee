package io.github.cognitoevents.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11's floor, for every operation of both services (the model's {@link CognitoOperation},
 * itself generated from the SDK's operation list; {@code OperationCoverageTest} holds it to the
 * SDK): the seeded generator's success and failure events carry every member the records declare,
 * parse to the operation's records, every member is reachable through a typed accessor, and JSON ->
 * record -> JSON gives back the same tree; values CloudTrail may hide read as redacted, and secret
 * or personal values never reach {@code toString()} or an exception message.
 */
class EveryOperationTypedTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(value = CognitoOperation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void everyMemberParsesToItsTypedAccessorAndRoundTrips(CognitoOperation op) throws Exception {
    EventGenerator generator = EventGenerator.seeded(op.ordinal());
    for (boolean failed : new boolean[] {false, true}) {
      String json = generator.nextJson(op, failed);
      JsonNode tree = MAPPER.readTree(json);

      CognitoEvent event = CognitoEvents.parse(json);
      CloudTrailRecord record = event.cloudTrailRecord().orElseThrow();

      assertThat(record.operation()).isEqualTo(op);
      assertThat(record.isFailed()).isEqualTo(failed);
      assertThat(record.requestParameters()).isExactlyInstanceOf(op.requestType());
      List<String> missing = new ArrayList<>();
      everyMemberPresent(record.requestParameters(), "requestParameters", missing);
      if (failed || op.responseType().isEmpty()) {
        assertThat(record.responseElements()).isNull();
      } else {
        assertThat(record.responseElements()).isExactlyInstanceOf(op.responseType().get());
        everyMemberPresent(record.responseElements(), "responseElements", missing);
      }
      assertThat(missing).as("members without a typed value in %s", op).isEmpty();
      // nothing unknown; an explicit null is kept there so that it is written back as null
      assertThat(record.unknownFields().keySet()).isSubsetOf("responseElements");
      assertThat(record.unknownFields().values()).allSatisfy(v -> assertThat(v.isNull()).isTrue());
      assertThat(event.toJson()).isEqualTo(tree);
      assertThat(MAPPER.readTree(event.toJson().toString())).isEqualTo(tree);
    }
  }

  @ParameterizedTest
  @EnumSource(value = CognitoOperation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void membersCloudTrailHidesReadAsRedacted(CognitoOperation op) throws Exception {
    EventGenerator generator = EventGenerator.seeded(op.ordinal());
    String json =
        generator.nextJson(
            op,
            false,
            new ModelValues(new SplittableRandom(op.ordinal()), ModelValues.Mode.HIDDEN));

    CognitoEvent event = CognitoEvents.parse(json);
    CloudTrailRecord record = event.cloudTrailRecord().orElseThrow();

    List<Redactable<?>> redactables = new ArrayList<>();
    collectRedactables(record.requestParameters(), redactables);
    collectRedactables(record.responseElements(), redactables);
    assertThat(redactables).allSatisfy(r -> assertThat(r.isRedacted()).isTrue());
    if (json.contains("HIDDEN_DUE_TO_SECURITY_REASONS")) {
      assertThat(redactables).isNotEmpty();
    }
    assertThat(event.toJson()).isEqualTo(MAPPER.readTree(json));
  }

  @ParameterizedTest
  @EnumSource(value = CognitoOperation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void secretAndPersonalValuesNeverReachToStringOrAMessage(CognitoOperation op) throws Exception {
    EventGenerator.MarkedEvent marked =
        EventGenerator.seeded(op.ordinal()).nextWithMarkedSecrets(op);

    CognitoEvent event = CognitoEvents.parse(marked.json());

    String printed =
        event
            + " "
            + event.cloudTrailRecord().orElseThrow()
            + " "
            + event.cloudTrailRecord().orElseThrow().requestParameters()
            + " "
            + event.cloudTrailRecord().orElseThrow().responseElements();
    for (String marker : marked.markers()) {
      assertThat(printed).as("%s prints %s", op, marker).doesNotContain(marker);
      assertThat(marked.json()).contains(marker);
    }
    // every member with a marker, replaced in turn by a value of the wrong kind: the message
    // names the member and the kind found, never a marker
    ObjectNode tree = (ObjectNode) MAPPER.readTree(marked.json());
    List<String> paths = new ArrayList<>();
    textPaths(tree, "", marked.markers(), paths);
    for (String path : paths) {
      ObjectNode broken = tree.deepCopy();
      int slash = path.lastIndexOf('/');
      JsonNode parent = broken.at(path.substring(0, slash));
      String last = path.substring(slash + 1);
      if (parent instanceof ObjectNode object) {
        object.putArray(last).addObject().put("x", marked.markers().get(0));
      } else {
        continue;
      }
      try {
        Object parsed = CognitoEvents.parse(broken);
        assertThat(String.valueOf(parsed)).doesNotContain(marked.markers().get(0));
      } catch (EventParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          for (String marker : marked.markers()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(marker);
          }
        }
      }
    }
  }

  @org.junit.jupiter.api.Test
  void theMarkersReachTheMembersTheModelMarksSensitive() {
    EventGenerator.MarkedEvent auth =
        EventGenerator.seeded(3).nextWithMarkedSecrets(CognitoOperation.ADMIN_INITIATE_AUTH);
    // clientId, every authParameters value, session (request); session, the three tokens of
    // authenticationResult (response) at least
    assertThat(auth.markers()).hasSizeGreaterThanOrEqualTo(7);
    EventGenerator.MarkedEvent credentials =
        EventGenerator.seeded(3)
            .nextWithMarkedSecrets(CognitoOperation.GET_CREDENTIALS_FOR_IDENTITY);
    assertThat(credentials.json()).contains("\"secretKey\":\"MARKER-");
    assertThat(credentials.json()).contains("\"sessionToken\":\"MARKER-");
    EventGenerator.MarkedEvent signUp =
        EventGenerator.seeded(3).nextWithMarkedSecrets(CognitoOperation.SIGN_UP);
    assertThat(signUp.json()).contains("\"destination\":\"MARKER-", "\"password\":\"MARKER-");
  }

  @ParameterizedTest
  @EnumSource(value = CognitoOperation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void aRequestThatIsNotAnObjectIsKeptVerbatim(CognitoOperation op) throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(EventGenerator.seeded(1).nextJson(op, true));
    ((ObjectNode) tree.get("detail")).put("requestParameters", "HIDDEN_DUE_TO_SECURITY_REASONS");

    CloudTrailRecord record = CognitoEvents.parse(tree).cloudTrailRecord().orElseThrow();

    assertThat(record.requestParameters().toJson().textValue())
        .isEqualTo("HIDDEN_DUE_TO_SECURITY_REASONS");
    ((ObjectNode) tree.get("detail")).putArray("requestParameters").add(1);
    CognitoEvent array = CognitoEvents.parse(tree);
    assertThat(array.cloudTrailRecord().orElseThrow().requestParameters().toJson())
        .isEqualTo(tree.at("/detail/requestParameters"));
    assertThat(array.toJson()).isEqualTo(tree);
  }

  /** Walks a record: every declared member non-null, at any depth; lists and maps not empty. */
  private static void everyMemberPresent(Object value, String path, List<String> missing)
      throws Exception {
    if (value instanceof Redactable<?> r) {
      everyMemberPresent(r.orElseThrow(), path, missing);
    } else if (value instanceof Collection<?> list) {
      if (list.isEmpty()) {
        missing.add(path + " (empty)");
      }
      int i = 0;
      for (Object element : list) {
        everyMemberPresent(element, path + "/" + i++, missing);
      }
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        missing.add(path + " (empty)");
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        everyMemberPresent(e.getValue(), path + "/" + e.getKey(), missing);
      }
    } else if (value != null && value.getClass().isRecord()) {
      // the typed views: enums (known values only) and instants
      for (java.lang.reflect.Method view : value.getClass().getDeclaredMethods()) {
        String name = view.getName();
        if (view.getParameterCount() == 0
            && java.lang.reflect.Modifier.isPublic(view.getModifiers())
            && !java.lang.reflect.Modifier.isStatic(view.getModifiers())
            && (name.endsWith("Enum") || name.endsWith("Enums") || name.endsWith("Instant"))) {
          Object typed = view.invoke(value);
          if (typed == null
              || String.valueOf(typed).equals("UNKNOWN")
              || String.valueOf(typed).contains("UNKNOWN,")
              || String.valueOf(typed).endsWith("UNKNOWN]")) {
            missing.add(path + "/" + name + "()");
          }
        }
      }
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        if (c.getName().equals("unknownFields")) {
          assertThat((Map<?, ?>) c.getAccessor().invoke(value)).as(path).isEmpty();
          continue;
        }
        Object member = c.getAccessor().invoke(value);
        if (member == null) {
          missing.add(path + "/" + c.getName());
        } else {
          everyMemberPresent(member, path + "/" + c.getName(), missing);
        }
      }
    } else if (value == null) {
      missing.add(path);
    }
  }

  private static void collectRedactables(Object value, List<Redactable<?>> out) throws Exception {
    if (value instanceof Redactable<?> r) {
      out.add(r);
    } else if (value instanceof Collection<?> list) {
      for (Object element : list) {
        collectRedactables(element, out);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Object element : map.values()) {
        collectRedactables(element, out);
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        collectRedactables(c.getAccessor().invoke(value), out);
      }
    }
  }

  private static void textPaths(
      JsonNode node, String path, List<String> markers, List<String> out) {
    if (node.isTextual() && markers.contains(node.textValue())) {
      out.add(path);
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(e -> textPaths(e.getValue(), path + "/" + e.getKey(), markers, out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        textPaths(node.get(i), path + "/" + i, markers, out);
      }
    }
  }
}
