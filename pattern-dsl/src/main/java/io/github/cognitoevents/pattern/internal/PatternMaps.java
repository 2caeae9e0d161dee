package io.github.cognitoevents.pattern.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pattern as plain Java values, for APIs that take a JSON-like {@code Object} (the AWS CDK's
 * {@code CfnRule.eventPattern(Object)}, template builders): objects become insertion-ordered
 * unmodifiable {@code Map<String, Object>}, arrays unmodifiable {@code List<Object>} (which may
 * hold {@code null}), strings {@code String}, booleans {@code Boolean}, numbers {@code Long} when
 * written as an integer that fits, else {@code BigDecimal} with the written digits.
 *
 * <p>Built from the renderer's compact JSON, so it is the rendered pattern exactly, through no
 * second walk over the pattern model. A key written twice keeps its first place and its last value,
 * as in EventBridge's matching. Iterative: the depth of a pattern costs heap, not stack.
 */
public final class PatternMaps {
  /** No nesting limit: the pattern was validated already, and a DSL-built one may be deep. */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
          .build();

  private PatternMaps() {}

  /**
   * Converts compact pattern JSON, as rendered.
   *
   * @param json a JSON object
   * @return the unmodifiable map
   */
  public static Map<String, Object> fromJson(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      Deque<Object> open = new ArrayDeque<>(); // Map or List under construction
      Deque<String> keys = new ArrayDeque<>(); // the pending key of each open map
      Object done = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Object value;
        switch (token) {
          case START_OBJECT:
            open.push(new LinkedHashMap<String, Object>());
            continue;
          case START_ARRAY:
            open.push(new ArrayList<Object>());
            continue;
          case FIELD_NAME:
            keys.push(parser.currentName());
            continue;
          case END_OBJECT:
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) open.pop();
            value = Collections.unmodifiableMap(map);
            break;
          case END_ARRAY:
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) open.pop();
            value = Collections.unmodifiableList(list);
            break;
          case VALUE_STRING:
            value = parser.getText();
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            value = number(parser.getText());
            break;
          case VALUE_TRUE:
            value = Boolean.TRUE;
            break;
          case VALUE_FALSE:
            value = Boolean.FALSE;
            break;
          case VALUE_NULL:
            value = null;
            break;
          default:
            throw new IllegalStateException("unexpected JSON token " + token);
        }
        if (open.isEmpty()) {
          done = value;
        } else if (open.peek() instanceof Map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> parent = (Map<String, Object>) open.peek();
          parent.put(keys.pop(), value); // a repeated key keeps its place and its last value
        } else {
          @SuppressWarnings("unchecked")
          List<Object> parent = (List<Object>) open.peek();
          parent.add(value);
        }
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> root = (Map<String, Object>) done;
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object number(String text) {
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integral && text.length() <= 18) {
      return Long.valueOf(text);
    }
    return new BigDecimal(text);
  }
}
