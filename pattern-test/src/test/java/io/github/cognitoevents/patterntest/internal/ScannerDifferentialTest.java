package io.github.cognitoevents.patterntest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner accepts exactly what Jackson's default byte parser accepts and reads the same values:
 * seeded random JSON documents (nested objects and arrays, dotted and escaped keys, every number
 * form, escapes, non-ASCII text), half of them damaged at the byte level (a byte deleted, inserted
 * or replaced with one of the bytes that matter to JSON or UTF-8, a cut, a repeated slice), plus
 * the edge cases of Jackson's limits.
 */
class ScannerDifferentialTest {

  private static final long SEED = Long.getLong("scanner.seed", 20261205L);
  private static final int DOCUMENTS = Integer.getInteger("scanner.documents", 60_000);

  private static final byte[] INTERESTING = {
    '"',
    '\\',
    ',',
    ':',
    '{',
    '}',
    '[',
    ']',
    0x00,
    0x1F,
    0x7F,
    (byte) 0x80,
    (byte) 0xBF,
    (byte) 0xC0,
    (byte) 0xC3,
    (byte) 0xE2,
    (byte) 0xED,
    (byte) 0xF0,
    (byte) 0xF5,
    (byte) 0xF8,
    (byte) 0xFF,
    'e',
    'E',
    '-',
    '+',
    '0',
    '1',
    '.',
    ' ',
    '\t',
    '\n',
    'u',
    't',
    'n',
    'f',
    '/'
  };

  @Test
  void agreesWithJacksonOnGeneratedAndDamagedDocuments() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> disagreements = new ArrayList<>();
    int valid = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      byte[] doc = document(random);
      if (random.nextBoolean()) {
        doc = damage(doc, random);
      }
      String problem = JacksonOracle.compare(doc);
      if (problem != null && disagreements.size() < 10) {
        disagreements.add(
            problem + "\n  document: " + new String(doc, StandardCharsets.ISO_8859_1));
      }
      if (JacksonOracle.jackson(doc, null) == JacksonOracle.Outcome.VALID) {
        valid++;
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(valid).as("valid documents").isBetween(DOCUMENTS / 4, DOCUMENTS * 3 / 4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"a\":1}x",
        "{\"a\":01}",
        "{\"a\":-}",
        "{\"a\":1.}",
        "{\"a\":.5}",
        "{\"a\":1e}",
        "{\"a\":1e+}",
        "{\"a\":+1}",
        "{\"a\":-0.0e-0}",
        "{\"a\":NaN}",
        "{\"a\":tru}",
        "{\"a\":truex}",
        "{\"a\":true1}",
        "{\"a\":nul}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"\\ud800\"}",
        "{\"a\":\"\\ud83d\\ude80\"}",
        "{\"\\ud800\":1}",
        "{\"x\":{\"\\ud800\":1}}",
        "{\"\\udc00\":1}",
        "{\"\\ud800\\n\":1}",
        "{\"\\ud800x\":1}",
        "{\"\\ud83d\\ude80\":1}",
        "{\"x\":{\"\\ud83d\\ude80\":[\"\\udc00\"]}}",
        "{\"a\":\"\t\"}",
        "{\"a\":[1,]}",
        "{\"a\":[,1]}",
        "{\"a\":1,}",
        "{,\"a\":1}",
        "{\"a\" 1}",
        "{\"a\":1 \"b\":2}",
        "{'a':1}",
        "{\"a\":1/*c*/}",
        "{\"a.b\":{\"c\":\"x\"},\"a\":{\"b.c\":\"y\"}}",
        "{\"\\u0061\":{\"\\u0062\":[\"\\u00e9\"]}}",
        "\uFEFF{\"a\":1}",
        "  \n{\"a\":[[[[1]]]]}  ",
        "{\"a\":\"\u00e9\u20ac\ud83d\ude80\"}"
      })
  void agreesWithJacksonOnEdgeCases(String text) {
    assertThat(JacksonOracle.compare(text.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void agreesOnJacksonsUtf8Checks() {
    // overlong forms, encoded surrogates and leads beyond U+10FFFF pass Jackson; a lead without
    // its continuation bytes, a stray continuation byte and 0xF8-0xFF do not
    int[][] sequences = {
      {0xC0, 0x80},
      {0xC1, 0x81},
      {0xE0, 0x80, 0x80},
      {0xED, 0xA0, 0x80},
      {0xF4, 0x90, 0x80, 0x80},
      {0xF7, 0xBF, 0xBF, 0xBF},
      {0xC3},
      {0xE2, 0x82},
      {0x80},
      {0xBF},
      {0xF8, 0x80, 0x80, 0x80},
      {0xFF},
      {0xC3, 0x28},
      {0xF0, 0x9F, 0x98}
    };
    for (int[] sequence : sequences) {
      for (String template : List.of("{\"a\":\"%s\"}", "{\"%s\":1}", "{\"x\":{\"%s\":\"%s\"}}")) {
        byte[] doc = fill(template, sequence);
        assertThat(JacksonOracle.compare(doc)).as(hex(sequence) + " in " + template).isNull();
      }
    }
  }

  @Test
  void agreesOnJacksonsLimits() {
    String deep = "[".repeat(999) + "]".repeat(999);
    assertThat(JacksonOracle.compare(bytes("{\"a\":" + deep + "}"))).isNull();
    assertThat(JacksonOracle.scanner(bytes("{\"a\":" + deep + "}"), null))
        .isEqualTo(JacksonOracle.Outcome.VALID);
    String tooDeep = "[".repeat(1000) + "]".repeat(1000);
    assertThat(JacksonOracle.scanner(bytes("{\"a\":" + tooDeep + "}"), null))
        .isEqualTo(JacksonOracle.Outcome.INVALID);
    assertThat(JacksonOracle.compare(bytes("{\"a\":" + tooDeep + "}"))).isNull();
    assertThat(JacksonOracle.compare(bytes("{\"x\":" + tooDeep + "}"))).isNull();
    for (int digits : new int[] {1000, 1001}) {
      String n = "1".repeat(digits);
      for (String number : List.of(n, "-" + n, n.substring(1) + ".5", "1." + n.substring(1))) {
        assertThat(JacksonOracle.compare(bytes("{\"a\":" + number + "}"))).as(number).isNull();
        assertThat(JacksonOracle.compare(bytes("{\"x\":[" + number + "]}"))).as(number).isNull();
      }
    }
    for (int length : new int[] {50_000, 50_001}) {
      String name = "k".repeat(length);
      assertThat(JacksonOracle.compare(bytes("{\"" + name + "\":1}"))).isNull();
      assertThat(JacksonOracle.compare(bytes("{\"x\":{\"" + name + "\":1}}"))).isNull();
      String escaped = "\\u006b" + "k".repeat(length - 1);
      assertThat(JacksonOracle.compare(bytes("{\"x\":{\"" + escaped + "\":1}}"))).isNull();
    }
  }

  // ---- generator --------------------------------------------------------------------------------

  private static final String[] KEYS = {"a", "b", "c", "a.b", "é", "\\u0061", "d", "b.c"};

  static byte[] document(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    object(out, random, 0);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void object(StringBuilder out, SplittableRandom r, int depth) {
    out.append('{');
    int n = r.nextInt(depth == 0 ? 1 : 0, 4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      space(out, r);
      out.append('"').append(KEYS[r.nextInt(KEYS.length)]).append('"');
      space(out, r);
      out.append(':');
      value(out, r, depth + 1);
    }
    space(out, r);
    out.append('}');
  }

  private static void value(StringBuilder out, SplittableRandom r, int depth) {
    space(out, r);
    int kind = r.nextInt(depth > 4 ? 4 : 7);
    switch (kind) {
      case 0:
        string(out, r);
        break;
      case 1:
        number(out, r);
        break;
      case 2:
        out.append(r.nextBoolean() ? "true" : r.nextBoolean() ? "false" : "null");
        break;
      case 3:
        string(out, r);
        break;
      case 4:
      case 5:
        object(out, r, depth);
        break;
      default:
        out.append('[');
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          value(out, r, depth + 1);
        }
        space(out, r);
        out.append(']');
    }
    space(out, r);
  }

  private static final String[] PIECES = {
    "x",
    "Up",
    "é",
    "€",
    "😀",
    " ",
    "\\\"",
    "\\\\",
    "\\/",
    "\\n",
    "\\t",
    "\\u00e9",
    "\\ud83d\\ude00",
    "\\ud800",
    "10.0.0.1",
    "-",
    "."
  };

  private static void string(StringBuilder out, SplittableRandom r) {
    out.append('"');
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      out.append(PIECES[r.nextInt(PIECES.length)]);
    }
    out.append('"');
  }

  private static final String[] NUMBERS = {
    "0",
    "-0",
    "7",
    "-12",
    "3.25",
    "1e5",
    "1E+5",
    "2.5e-3",
    "-0.0",
    "300.0",
    "9007199254740993",
    "1e400",
    "123456789012345678901234567890"
  };

  private static void number(StringBuilder out, SplittableRandom r) {
    out.append(NUMBERS[r.nextInt(NUMBERS.length)]);
  }

  private static void space(StringBuilder out, SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      out.append(" \n\t\r".charAt(r.nextInt(4)));
    }
  }

  static byte[] damage(byte[] doc, SplittableRandom r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = doc.length == 0 ? 0 : r.nextInt(doc.length);
    switch (r.nextInt(5)) {
      case 0: // delete
        out.write(doc, 0, at);
        out.write(doc, Math.min(doc.length, at + 1), Math.max(0, doc.length - at - 1));
        break;
      case 1: // insert
        out.write(doc, 0, at);
        out.write(INTERESTING[r.nextInt(INTERESTING.length)]);
        out.write(doc, at, doc.length - at);
        break;
      case 2: // replace
        out.write(doc, 0, at);
        out.write(INTERESTING[r.nextInt(INTERESTING.length)]);
        out.write(doc, Math.min(doc.length, at + 1), Math.max(0, doc.length - at - 1));
        break;
      case 3: // cut
        out.write(doc, 0, at);
        break;
      default: // repeat a slice
        int to = at + r.nextInt(Math.max(1, doc.length - at));
        out.write(doc, 0, to);
        out.write(doc, at, to - at);
        out.write(doc, to, doc.length - to);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] fill(String template, int[] sequence) {
    StringBuilder hole = new StringBuilder();
    for (int b : sequence) {
      hole.append((char) b);
    }
    return template.replace("%s", hole).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String hex(int[] sequence) {
    StringBuilder out = new StringBuilder();
    for (int b : sequence) {
      out.append(String.format("%02X ", b));
    }
    return out.toString().trim();
  }
}
