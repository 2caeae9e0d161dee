package io.github.cognitoevents.pattern.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every field constant names a component of the model record that reads it. */
class CloudTrailFieldTest {

  static List<CloudTrailField> allConstants() throws IllegalAccessException {
    List<CloudTrailField> fields = new ArrayList<>();
    List<Class<?>> holders = new ArrayList<>();
    holders.add(CloudTrailField.class);
    holders.addAll(Arrays.asList(CloudTrailField.class.getDeclaredClasses()));
    for (Class<?> holder : holders) {
      for (java.lang.reflect.Field f : holder.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == CloudTrailField.class) {
          fields.add((CloudTrailField) f.get(null));
        }
      }
    }
    return fields;
  }

  @Test
  void namesAComponentOfTheModelRecordForEveryConstant() throws IllegalAccessException {
    List<CloudTrailField> fields = allConstants();
    assertThat(fields).hasSizeGreaterThan(40);
    for (CloudTrailField field : fields) {
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
  void givesEachConstantItsOwnPathUnderDetail() throws IllegalAccessException {
    List<CloudTrailField> fields = allConstants();
    Set<String> paths = new HashSet<>();
    for (CloudTrailField field : fields) {
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
}
