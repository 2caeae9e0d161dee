package io.github.cognitoevents.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Test helper: generates event patterns derived from an event's own paths and values, so that a
 * good share of them match, over every operator, with {@code $or}, dotted keys and nested objects.
 */
public final class EventDrivenPatterns {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** A leaf of the event: dotted path, JSON node. */
  public record LeafValue(String path, JsonNode value) {}

  private final SplittableRandom random;

  public EventDrivenPatterns(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public static List<LeafValue> leaves(String eventJson) {
    try {
      JsonNode root = MAPPER.readTree(eventJson);
      List<LeafValue> out = new ArrayList<>();
      collect(root, null, out);
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void collect(JsonNode node, String path, List<LeafValue> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), path == null ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, path, out);
      }
    } else {
      out.add(new LeafValue(path, node));
    }
  }

  /** A pattern for the event whose leaves are given. */
  public String pattern(List<LeafValue> leaves) {
    Map<String, Object> root = new LinkedHashMap<>();
    int fields = 1 + random.nextInt(4);
    for (int i = 0; i < fields; i++) {
      put(root, pickPath(leaves), matchList(leaves));
    }
    if (random.nextInt(4) == 0) {
      List<Object> branches = new ArrayList<>();
      int n = 2 + random.nextInt(2);
      for (int b = 0; b < n; b++) {
        Map<String, Object> branch = new LinkedHashMap<>();
        put(branch, pickPath(leaves), matchList(leaves));
        if (random.nextInt(3) == 0) {
          put(branch, pickPath(leaves), matchList(leaves));
        }
        branches.add(branch);
      }
      root.put("$or", branches);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private LeafValue current;

  private String pickPath(List<LeafValue> leaves) {
    if (random.nextInt(20) == 0) {
      current = null;
      return random.nextBoolean() ? "detail.missing" : "detail.requestParameters.nothere";
    }
    current = leaves.get(random.nextInt(leaves.size()));
    return current.path();
  }

  @SuppressWarnings("unchecked")
  private void put(Map<String, Object> root, String path, List<Object> list) {
    if (random.nextInt(5) == 0) {
      root.put(path, list); // dotted key in the pattern
      return;
    }
    String[] parts = path.split("\\.", -1);
    Map<String, Object> node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      Object child = node.get(parts[i]);
      if (child == null) {
        Map<String, Object> created = new LinkedHashMap<>();
        node.put(parts[i], created);
        node = created;
      } else if (child instanceof Map) {
        node = (Map<String, Object>) child;
      } else {
        node.put(String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length)), list);
        return;
      }
    }
    Object existing = node.get(parts[parts.length - 1]);
    if (existing instanceof Map) {
      return; // keep the nested object; skip this field
    }
    node.put(parts[parts.length - 1], list);
  }

  private List<Object> matchList(List<LeafValue> leaves) {
    List<Object> list = new ArrayList<>();
    int n = random.nextInt(6) == 0 ? 2 : 1;
    for (int i = 0; i < n; i++) {
      list.add(condition(current == null ? null : current.value()));
    }
    return list;
  }

  private Object condition(JsonNode v) {
    if (v == null) {
      switch (random.nextInt(4)) {
        case 0:
          return Map.of("exists", false);
        case 1:
          return Map.of("exists", true);
        case 2:
          return Map.of("anything-but", "x");
        default:
          return "x";
      }
    }
    int r = random.nextInt(10);
    if (r == 0) {
      return Map.of("exists", random.nextInt(4) != 0);
    }
    if (v.isTextual()) {
      return stringCondition(v.asText());
    }
    if (v.isNumber()) {
      return numberCondition(v);
    }
    if (v.isBoolean()) {
      switch (random.nextInt(4)) {
        case 0:
          return v.asBoolean();
        case 1:
          return !v.asBoolean();
        case 2:
          return Map.of("anything-but", "true");
        default:
          return Map.of("prefix", "");
      }
    }
    // null
    switch (random.nextInt(4)) {
      case 0:
        return raw("null");
      case 1:
        return Map.of("anything-but", "null");
      case 2:
        return Map.of("numeric", List.of(">", raw("0")));
      default:
        return "null";
    }
  }

  private Object stringCondition(String s) {
    switch (random.nextInt(14)) {
      case 0:
      case 1:
        return random.nextInt(4) == 0 ? mutate(s) : s;
      case 2:
        return Map.of("prefix", prefixOf(s));
      case 3:
        return Map.of("prefix", Map.of("equals-ignore-case", flipCase(prefixOf(s))));
      case 4:
        return Map.of("suffix", suffixOf(s));
      case 5:
        return Map.of("suffix", Map.of("equals-ignore-case", flipCase(suffixOf(s))));
      case 6:
        return Map.of("equals-ignore-case", random.nextInt(4) == 0 ? mutate(s) : flipCase(s));
      case 7:
        return Map.of("wildcard", wildcardOf(s));
      case 8:
        return Map.of("anything-but", random.nextBoolean() ? s : List.of(mutate(s), s));
      case 9:
        {
          String p = prefixOf(s);
          return Map.of("anything-but", Map.of("prefix", p.isEmpty() ? "z" : p));
        }
      case 10:
        {
          String p = suffixOf(s);
          Object value = p.isEmpty() ? "z" : p;
          return Map.of(
              "anything-but", Map.of("suffix", random.nextBoolean() ? value : List.of(value, "q")));
        }
      case 11:
        return Map.of(
            "anything-but",
            Map.of(
                random.nextBoolean() ? "equals-ignore-case" : "wildcard",
                random.nextBoolean() ? flipCase(s) : wildcardOf(s)));
      case 12:
        {
          String cidr = cidrOf(s);
          if (cidr != null) {
            return Map.of("cidr", cidr);
          }
          return Map.of("prefix", prefixOf(s));
        }
      default:
        return Map.of("numeric", List.of("<", raw("10")));
    }
  }

  private Object numberCondition(JsonNode v) {
    String text =
        v.isFloatingPointNumber() || v.isBigInteger() || v.isBigDecimal()
            ? v.numberValue().toString()
            : v.asText();
    BigDecimal d;
    try {
      d = new BigDecimal(v.asText());
    } catch (NumberFormatException e) {
      d = BigDecimal.ZERO;
    }
    String lo = d.subtract(BigDecimal.valueOf(random.nextInt(3))).toPlainString();
    String hi = d.add(BigDecimal.valueOf(1 + random.nextInt(3))).toPlainString();
    switch (random.nextInt(9)) {
      case 0:
        return raw(text);
      case 1:
        return raw(d.toPlainString());
      case 2:
        return raw(d.scale() > 0 ? d.stripTrailingZeros().toPlainString() : d + ".0");
      case 3:
        return Map.of("numeric", List.of(random.nextBoolean() ? ">=" : ">", raw(lo)));
      case 4:
        return Map.of("numeric", List.of("<", raw(hi)));
      case 5:
        return Map.of(
            "numeric", List.of(">=", raw(lo), random.nextBoolean() ? "<" : "<=", raw(hi)));
      case 6:
        return Map.of("numeric", List.of("=", raw(d.toPlainString())));
      case 7:
        return Map.of(
            "anything-but",
            random.nextBoolean() ? raw(d.toPlainString()) : List.of(raw(hi), raw(lo)));
      default:
        return random.nextBoolean() ? text : Map.of("anything-but", text);
    }
  }

  private static RawValue raw(String text) {
    return new RawValue(text);
  }

  private String prefixOf(String s) {
    if (s.isEmpty()) {
      return "";
    }
    int end = random.nextInt(s.length() + 1);
    while (end > 0 && end < s.length() && Character.isLowSurrogate(s.charAt(end))) {
      end--;
    }
    return random.nextInt(6) == 0 ? mutate(s.substring(0, end)) : s.substring(0, end);
  }

  private String suffixOf(String s) {
    if (s.isEmpty()) {
      return "";
    }
    int start = random.nextInt(s.length() + 1);
    while (start > 0 && start < s.length() && Character.isLowSurrogate(s.charAt(start))) {
      start--;
    }
    return random.nextInt(6) == 0 ? mutate(s.substring(start)) : s.substring(start);
  }

  private String flipCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (random.nextBoolean()) {
        b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private String mutate(String s) {
    if (s.isEmpty()) {
      return "a";
    }
    int i = random.nextInt(s.length());
    char c = s.charAt(i);
    if (Character.isSurrogate(c)) {
      return s + "x";
    }
    return s.substring(0, i) + (char) (c == 'z' ? 'a' : c + 1) + s.substring(i + 1);
  }

  private String wildcardOf(String s) {
    StringBuilder b = new StringBuilder();
    boolean lastStar = false;
    int stars = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (stars < 2 && !lastStar && random.nextInt(6) == 0) {
        b.append('*');
        lastStar = true;
        stars++;
        // skip some characters under the star
        int skip = random.nextInt(4);
        i += skip - 1;
        if (i >= s.length() - 1) {
          break;
        }
        continue;
      }
      if (c == '*' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
      lastStar = false;
    }
    String w = b.toString();
    if (random.nextInt(8) == 0) {
      w = mutate(w);
      if (w.contains("**") || w.endsWith("\\") || w.matches(".*\\\\[^*\\\\].*")) {
        w = "*";
      }
    }
    return w;
  }

  private String cidrOf(String s) {
    if (s.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
      String[] p = s.split("\\.");
      int mask = 8 * (1 + random.nextInt(3)) + (random.nextBoolean() ? 0 : random.nextInt(8));
      if (random.nextInt(5) == 0) {
        p[1] = Integer.toString((Integer.parseInt(p[1]) + 1) % 256);
      }
      return String.join(".", p) + "/" + Math.min(mask, 31);
    }
    if (s.startsWith("2001:db8:")) {
      return (random.nextBoolean()
              ? "2001:db8::"
              : "2001:db8:" + Integer.toHexString(random.nextInt(3)) + "::")
          + "/"
          + (random.nextBoolean() ? 32 : 48);
    }
    return null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
