package io.github.cognitoevents.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.UnknownTriggerEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CognitoEventsPojoSerializerTest {

  /** Field holders whose generic types stand for handler type arguments. */
  @SuppressWarnings("unused")
  private static final class Types {
    EventBridgeEvent<CloudTrailRecord> cloudTrail;
    EventBridgeEvent<JsonNode> tree;
    Map<String, Object> map;
  }

  private static Type generic(String field) throws NoSuchFieldException {
    return Types.class.getDeclaredField(field).getGenericType();
  }

  @Test
  void readsAndWritesTheModelsRecordsAndNothingElse() throws Exception {
    assertThat(CognitoEventsPojoSerializer.supports(PreSignUpEvent.class)).isTrue();
    assertThat(CognitoEventsPojoSerializer.supports(TriggerEvent.class)).isTrue();
    assertThat(CognitoEventsPojoSerializer.supports(UnknownTriggerEvent.class)).isTrue();
    assertThat(CognitoEventsPojoSerializer.supports(CloudTrailRecord.class)).isTrue();
    assertThat(CognitoEventsPojoSerializer.supports(CognitoEvent.class)).isTrue();
    assertThat(CognitoEventsPojoSerializer.supports(generic("cloudTrail"))).isTrue();
    assertThat(CognitoEventsPojoSerializer.supports(generic("tree"))).isFalse();
    assertThat(CognitoEventsPojoSerializer.supports(EventBridgeEvent.class)).isFalse();
    assertThat(CognitoEventsPojoSerializer.supports(generic("map"))).isFalse();
    assertThat(CognitoEventsPojoSerializer.supports(String.class)).isFalse();
  }

  @Test
  void isTheOneServiceThisJarRegisters() {
    List<String> found = new ArrayList<>();
    ServiceLoader.load(CustomPojoSerializer.class).forEach(s -> found.add(s.getClass().getName()));
    assertThat(found).containsExactly(CognitoEventsPojoSerializer.class.getName());
  }

  @Test
  void handsOtherTypesToTheFallbackItWasGiven() throws Exception {
    List<String> calls = new ArrayList<>();
    CustomPojoSerializer fallback =
        new CustomPojoSerializer() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T fromJson(InputStream input, Type type) {
            calls.add("stream " + type.getTypeName());
            return (T) "from stream";
          }

          @Override
          @SuppressWarnings("unchecked")
          public <T> T fromJson(String input, Type type) {
            calls.add("string " + type.getTypeName());
            return (T) "from string";
          }

          @Override
          public <T> void toJson(T value, OutputStream output, Type type) {
            calls.add("write " + value);
          }
        };
    CognitoEventsPojoSerializer serializer = new CognitoEventsPojoSerializer(fallback);
    assertThat((String) serializer.fromJson(new ByteArrayInputStream(new byte[0]), String.class))
        .isEqualTo("from stream");
    assertThat((String) serializer.fromJson("x", generic("map"))).isEqualTo("from string");
    serializer.toJson("reply", new ByteArrayOutputStream(), String.class);

    String trigger = "{\"triggerSource\":\"Passkey_Register\",\"request\":{\"x\":[1]}}";
    TriggerEvent event = serializer.fromJson(trigger, TriggerEvent.class);
    assertThat(event).isInstanceOf(UnknownTriggerEvent.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    serializer.toJson(event, out, TriggerEvent.class);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(trigger);
    assertThat(calls)
        .containsExactly(
            "stream java.lang.String",
            "string java.util.Map<java.lang.String, java.lang.Object>",
            "write reply");
  }

  @Test
  void writesANullReplyAsJsonNull() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CognitoEventsPojoSerializer().toJson(null, out, PreSignUpEvent.class);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("null");
  }
}
