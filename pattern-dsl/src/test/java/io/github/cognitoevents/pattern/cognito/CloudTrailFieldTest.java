package io.github.cognitoevents.pattern.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientRequest;
import io.github.cognitoevents.pattern.JsonKind;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every field constant names a component of the model record that reads it, and its JSON kind is
 * the kind of that component's Java type.
 */
class CloudTrailFieldTest {

  static List<CloudTrailField<?>> allConstants() throws IllegalAccessException {
    List<CloudTrailField<?>> fields = new ArrayList<>();
    List<Class<?>> holders = new ArrayList<>();
    holders.add(CloudTrailField.class);
    holders.addAll(Arrays.asList(CloudTrailField.class.getDeclaredClasses()));
    for (Class<?> holder : holders) {
      for (java.lang.reflect.Field f : holder.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == CloudTrailField.class) {
          fields.add((CloudTrailField<?>) f.get(null));
        }
      }
    }
    return fields;
  }

  @Test
  void namesAComponentOfTheModelRecordForEveryConstant() throws IllegalAccessException {
    List<CloudTrailField<?>> fields = allConstants();
    assertThat(fields).hasSizeGreaterThan(40);
    for (CloudTrailField<?> field : fields) {
      Set<String> components = new HashSet<>();
      for (RecordComponent c : field.modelType().getRecordComponents()) {
        components.add(c.getName());
      }
      assertThat(components)
          .as("%s is read by %s", field, field.modelType().getSimpleName())
          .contains(field.modelComponent());
      String last = field.path().substring(field.path().lastIndexOf('.') + 1);
      if (!field.path().startsWith("additionalEventData.requestParameters.")) {
        assertThat(last).as("%s JSON name", field).isEqualToIgnoringCase(field.modelComponent());
      }
    }
  }

  @Test
  void declaresTheKindOfTheModelComponentForEveryConstant() throws Exception {
    int checked = 0;
    for (CloudTrailField<?> field : allConstants()) {
      RecordComponent component =
          Arrays.stream(field.modelType().getRecordComponents())
              .filter(c -> c.getName().equals(field.modelComponent()))
              .findFirst()
              .orElseThrow();
      Class<? extends JsonKind> expected = kindOf(component.getGenericType());
      if (expected == null) {
        // Kept as raw JSON by the model: the form fields of managed login events, whose values
        // CloudTrail records as arrays of strings.
        assertThat(field.path()).startsWith("additionalEventData.requestParameters.");
        assertThat(field.kind()).isEqualTo(JsonKind.StringList.class);
        continue;
      }
      assertThat(field.kind())
          .as(
              "%s (%s.%s is %s)",
              field,
              field.modelType().getSimpleName(),
              component.getName(),
              component.getGenericType().getTypeName())
          .isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isGreaterThan(40);
  }

  /** The JSON kind of a model component's Java type, or null for raw JSON. */
  private static Class<? extends JsonKind> kindOf(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type argument = p.getActualTypeArguments()[0];
      if (raw == Redactable.class) {
        return kindOf(argument);
      }
      if (raw == List.class) {
        Class<? extends JsonKind> element = kindOf(argument);
        return element == JsonKind.StringValue.class ? JsonKind.StringList.class : null;
      }
      return raw == Map.class ? JsonKind.ObjectValue.class : null;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class || c.isEnum()) {
      return JsonKind.StringValue.class;
    }
    if (c == Boolean.class || c == boolean.class) {
      return JsonKind.BooleanValue.class;
    }
    if (Number.class.isAssignableFrom(c) || c == int.class || c == long.class) {
      return JsonKind.NumberValue.class;
    }
    if (c.isRecord()) {
      return JsonKind.ObjectValue.class;
    }
    if (JsonNode.class.isAssignableFrom(c)) {
      return null;
    }
    // the model's enum-like value classes (a known constant or the raw string)
    return JsonKind.StringValue.class;
  }

  @Test
  void givesEachConstantItsOwnPathUnderDetail() throws IllegalAccessException {
    List<CloudTrailField<?>> fields = allConstants();
    Set<String> paths = new HashSet<>();
    for (CloudTrailField<?> field : fields) {
      assertThat(field.eventPath())
          .isEqualTo("detail." + field.path())
          .hasToString(field.toString());
      paths.add(field.path());
    }
    // the same request member of two operations shares a path; all others are distinct
    assertThat(paths).hasSizeGreaterThan(fields.size() - 8);
    assertThat(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS.path())
        .isEqualTo("requestParameters.callbackURLs");
    assertThat(CloudTrailField.SOURCE_IP_ADDRESS.path()).isEqualTo("sourceIPAddress");
  }

  @Test
  void declaresAFieldTheWayAGeneratorWould() {
    CloudTrailField<JsonKind.StringValue> clientName =
        CloudTrailField.of(
            JsonKind.StringValue.class,
            "requestParameters.clientName",
            UpdateUserPoolClientRequest.class,
            "clientName",
            CloudTrailField.ValueFormat.ANY,
            CognitoOperation.UPDATE_USER_POOL_CLIENT);

    assertThat(clientName).isEqualTo(CloudTrailField.UpdateUserPoolClient.CLIENT_NAME);
    assertThat(clientName.kind()).isEqualTo(JsonKind.StringValue.class);
    assertThat(clientName.operations()).containsExactly(CognitoOperation.UPDATE_USER_POOL_CLIENT);
    assertThat(
            CognitoApiCalls.rule()
                .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT)
                .where(clientName, "admin")
                .toJson())
        .endsWith("\"requestParameters\":{\"clientName\":[\"admin\"]}}}");
    assertThatThrownBy(
            () ->
                CloudTrailField.of(
                    JsonKind.StringValue.class,
                    "requestParameters..clientName",
                    UpdateUserPoolClientRequest.class,
                    "clientName",
                    CloudTrailField.ValueFormat.ANY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path: not a dotted path of non-empty names");
    assertThatThrownBy(
            () ->
                CloudTrailField.of(
                    JsonKind.StringValue.class,
                    "requestParameters.clientName",
                    UpdateUserPoolClientRequest.class,
                    "clientName",
                    CloudTrailField.ValueFormat.ANY,
                    CognitoOperation.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operations: UNKNOWN is not an operation");
  }
}
