package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: collects the unknown fields of a record tree, by JSON-ish path. */
public final class UnknownFields {
  private UnknownFields() {}

  /**
   * Every entry of every {@code unknownFields} map reachable from {@code root}, as {@code
   * path=value}, except explicit JSON nulls (which the model keeps there by design).
   */
  public static List<String> nonNull(Object root) {
    List<String> found = new ArrayList<>();
    walk(root, "", found);
    return found;
  }

  private static void walk(Object value, String path, List<String> found) {
    if (value == null) {
      return;
    }
    if (value instanceof Redactable.Present<?> present) {
      walk(present.value(), path, found);
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "/" + i, found);
      }
      return;
    }
    if (!value.getClass().isRecord()) {
      return;
    }
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object child;
      try {
        child = component.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      if (component.getName().equals("unknownFields")) {
        @SuppressWarnings("unchecked")
        Map<String, JsonNode> unknown = (Map<String, JsonNode>) child;
        unknown.forEach(
            (k, v) -> {
              if (!v.isNull()) {
                found.add(path + "/" + k + "=" + v);
              }
            });
      } else {
        walk(child, path + "/" + component.getName(), found);
      }
    }
  }
}
