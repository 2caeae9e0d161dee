package io.github.cognitoevents.patterntest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: what Jackson's default byte parser says about an event (the reference the scanner
 * must agree with), and the scanner's answer in the same terms.
 */
final class JacksonOracle {

  enum Outcome {
    /** The first token is not an object start (or fails): an invalid event either way. */
    NOT_OBJECT,
    /** Jackson fails inside the top-level object. */
    INVALID,
    /** A well-formed top-level object. */
    VALID,
    /**
     * Jackson accepted a field name whose bytes are not UTF-8: its symbol table took the bytes for
     * a name it had seen (a Jackson quirk we do not reproduce; such a name is rejected).
     */
    JACKSON_NAME_QUIRK
  }

  /** The paths whose values are compared. */
  static final List<String> PATHS =
      List.of("a", "b", "c", "a.a", "a.b", "a.c", "b.a", "b.b", "c.c", "a.b.c", "é", "a.é");

  private JacksonOracle() {}

  /** Jackson's verdict, and the values at {@link #PATHS} (path to rendered values, in order). */
  static Outcome jackson(byte[] bytes, Map<String, List<String>> values) {
    // a fresh factory per document: with a shared one, Jackson 2.22's verdict on a field name
    // holding invalid UTF-8 depends on the names earlier documents left in the factory's symbol
    // table; a fresh factory gives the deterministic answer
    try (JsonParser p = new JsonFactory().createParser(bytes)) {
      JsonToken t;
      try {
        t = p.nextToken();
      } catch (IOException e) {
        return Outcome.NOT_OBJECT;
      }
      if (t != JsonToken.START_OBJECT) {
        return Outcome.NOT_OBJECT;
      }
      List<String> path = new ArrayList<>();
      List<Boolean> arrays = new ArrayList<>();
      arrays.add(false);
      path.add(null); // the root: names below it have no prefix
      String pending = null;
      while (true) {
        t = p.nextToken();
        if (t == null) {
          return Outcome.INVALID; // never: Jackson throws on an unclosed object
        }
        switch (t) {
          case FIELD_NAME:
            pending = p.currentName();
            if (!utf8Name(bytes, (int) p.currentTokenLocation().getByteOffset())) {
              return Outcome.JACKSON_NAME_QUIRK;
            }
            break;
          case START_OBJECT:
          case START_ARRAY:
            {
              String here =
                  arrays.get(arrays.size() - 1) ? path.get(path.size() - 1) : join(path, pending);
              path.add(here);
              arrays.add(t == JsonToken.START_ARRAY);
              break;
            }
          case END_OBJECT:
          case END_ARRAY:
            path.remove(path.size() - 1);
            arrays.remove(arrays.size() - 1);
            if (path.isEmpty()) {
              return Outcome.VALID;
            }
            break;
          default:
            {
              String here =
                  arrays.get(arrays.size() - 1) ? path.get(path.size() - 1) : join(path, pending);
              if (values != null && PATHS.contains(here)) {
                values.computeIfAbsent(here, k -> new ArrayList<>()).add(render(p, t));
              }
            }
        }
      }
    } catch (IOException e) {
      return Outcome.INVALID;
    }
  }

  /** Whether the raw bytes of the name whose opening quote is at {@code at} are UTF-8. */
  private static boolean utf8Name(byte[] bytes, int at) {
    int i = at + 1;
    while (i < bytes.length && bytes[i] != '"') {
      int c = bytes[i++] & 0xff;
      if (c == '\\') {
        i += bytes[i] == 'u' ? 5 : 1;
        continue;
      }
      int more =
          c < 0x80
              ? 0
              : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
      if (more < 0) {
        return false;
      }
      for (int k = 0; k < more; k++) {
        if (i >= bytes.length || (bytes[i++] & 0xC0) != 0x80) {
          return false;
        }
      }
    }
    return true;
  }

  private static String join(List<String> path, String name) {
    String parent = path.get(path.size() - 1);
    return parent == null ? name : parent + "." + name;
  }

  private static String render(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return JsonText.quote(p.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return p.getText();
    }
  }

  /** The scanner's verdict with the patterns that read {@link #PATHS}, and the values it read. */
  static Outcome scanner(byte[] bytes, Map<String, List<String>> values) {
    Scratch s = new Scratch();
    s.reset(PROGRAM, values != null);
    int found;
    try {
      found = Engine.scanBytes(PROGRAM, bytes, s);
    } catch (io.github.cognitoevents.patterntest.InvalidEventException e) {
      return Outcome.INVALID;
    }
    if (found < 0) {
      return Outcome.NOT_OBJECT;
    }
    if (values != null) {
      for (int pid = 0; pid < PROGRAM.paths.length; pid++) {
        List<String> list = new ArrayList<>();
        for (int leaf = s.pathHead[pid]; leaf >= 0; leaf = s.leafNext[leaf]) {
          list.add(0, s.leafDisplay.get(leaf));
        }
        if (!list.isEmpty()) {
          values.put(PROGRAM.paths[pid], list);
        }
      }
    }
    return Outcome.VALID;
  }

  private static final Compiled PROGRAM = program();

  private static Compiled program() {
    List<io.github.cognitoevents.pattern.EventPattern> patterns = new ArrayList<>();
    for (String path : PATHS) {
      StringBuilder json = new StringBuilder();
      String[] parts = path.split("\\.");
      for (String part : parts) {
        json.append("{\"").append(part).append("\":");
      }
      json.append("[{\"exists\":true}]").append("}".repeat(parts.length));
      patterns.add(io.github.cognitoevents.pattern.EventPattern.parse(json.toString()));
    }
    return Compiled.compile(patterns);
  }

  /** Both verdicts and value maps, for assertions. */
  static String compare(byte[] bytes) {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    Map<String, List<String>> actual = new LinkedHashMap<>();
    Outcome j = jackson(bytes, expected);
    Outcome o = scanner(bytes, actual);
    if (j == Outcome.JACKSON_NAME_QUIRK) {
      return o == Outcome.VALID ? "Jackson's name quirk, but the scanner accepted the name" : null;
    }
    if (j == Outcome.NOT_OBJECT) {
      return o == Outcome.VALID ? "Jackson: not an object, scanner: valid" : null;
    }
    if (j != o) {
      return "Jackson: " + j + ", scanner: " + o;
    }
    if (j == Outcome.VALID && !new LinkedHashMap<>(expected).equals(sorted(actual, expected))) {
      return "values differ: Jackson " + expected + ", scanner " + actual;
    }
    return null;
  }

  private static Map<String, List<String>> sorted(
      Map<String, List<String>> actual, Map<String, List<String>> order) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String key : order.keySet()) {
      if (actual.containsKey(key)) {
        out.put(key, actual.get(key));
      }
    }
    for (Map.Entry<String, List<String>> e : actual.entrySet()) {
      out.putIfAbsent(e.getKey(), e.getValue());
    }
    return out;
  }
}
