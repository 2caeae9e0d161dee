package io.github.cognitoevents.patterntest.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written splitter against Jackson's streaming parser: on generated valid documents
 * (escapes, multi-byte text, nesting, whitespace and newlines everywhere, other top-level members,
 * lookup pages) it hands on the same elements, members and lines; read through streams that return
 * a few bytes at a time into a buffer that starts at 16 bytes, so every boundary is crossed; on
 * broken input it reports the line and reason and stops, holding at most one record.
 */
class RecordSplitterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  /** What a split gave: one line per element or problem. */
  static List<String> split(byte[] document, int initialBytes, int maxBytes, long seed)
      throws IOException {
    List<String> out = new ArrayList<>();
    InputStream in = new Trickle(document, new SplittableRandom(seed));
    new RecordSplitter(in, initialBytes, maxBytes)
        .read(
            new RecordSplitter.Handler() {
              @Override
              public void record(
                  Delivery.Fields fields, byte[] json, int offset, int length, long line)
                  throws IOException {
                JsonNode tree = MAPPER.readTree(json, offset, length);
                Delivery.Fields expected = Delivery.Fields.of(tree, true);
                if (fields != null) {
                  assertThat(fields)
                      .isEqualTo(Delivery.Fields.of(tree, onceEach(json, offset, length)));
                }
                out.add("record " + line + " " + expected + " " + tree);
              }

              @Override
              public void lookupEntry(byte[] json, int offset, int length, long line)
                  throws IOException {
                out.add("entry " + line + " " + MAPPER.readTree(json, offset, length));
              }

              @Override
              public void malformed(long line, String reason) {
                out.add("malformed " + line + " " + reason);
              }
            });
    return out;
  }

  /** Whether each member delivery reads appears at most once at the top of a record. */
  static boolean onceEach(byte[] json, int offset, int length) throws IOException {
    java.util.Set<String> wanted = java.util.Set.of(Documents.WANTED);
    java.util.Set<String> seen = new java.util.HashSet<>();
    try (JsonParser p = FACTORY.createParser(json, offset, length)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        if (wanted.contains(p.currentName()) && !seen.add(p.currentName())) {
          return false;
        }
        p.nextToken();
        p.skipChildren();
      }
    }
    return true;
  }

  /** The same from Jackson's parser, for valid documents. */
  static List<String> oracle(byte[] document) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(document)) {
      p.nextToken();
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ((name.equals("Records") || name.equals("Events")) && value == JsonToken.START_ARRAY) {
          found = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            JsonNode element = MAPPER.readTree(p);
            if (!element.isObject()) {
              out.add("malformed " + line + " a record that is not a JSON object");
            } else if (name.equals("Records")) {
              out.add("record " + line + " " + Delivery.Fields.of(element, true) + " " + element);
            } else {
              out.add("entry " + line + " " + element);
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (!found) {
        out.add("malformed 1 not a CloudTrail log file (no Records or Events array)");
      }
    }
    return out;
  }

  @Test
  void handsOnWhatJacksonReadsFromValidDocuments() throws IOException {
    SplittableRandom random = new SplittableRandom(20261205);
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      byte[] document = Documents.document(random).getBytes(StandardCharsets.UTF_8);
      List<String> expected = oracle(document);
      assertThat(split(document, 1 << 16, 1 << 20, i)).as("document %d", i).isEqualTo(expected);
      assertThat(split(document, 16, 1 << 20, i)).as("document %d", i).isEqualTo(expected);
      all.addAll(expected);
    }
    assertThat(all).hasSizeGreaterThan(2500);
    assertThat(all).filteredOn(e -> e.startsWith("entry")).hasSizeGreaterThan(100);
    assertThat(all).filteredOn(e -> e.startsWith("malformed")).hasSizeGreaterThan(10);
    assertThat(all).filteredOn(e -> e.contains("eventName=UpdateUserPoolClient")).isNotEmpty();
  }

  @Test
  void readsAByteOrderMarkAndAnEmptyArray() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] doc = "{\"Records\":[{\"eventName\":\"SignUp\"}]}".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + doc.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(doc, 0, both, 3, doc.length);
    assertThat(split(both, 16, 1 << 20, 1)).hasSize(1).first().asString().startsWith("record 1");
    assertThat(split(bytes("{\"Records\":[ ]}"), 16, 1 << 20, 1)).isEmpty();
    assertThat(split(bytes(" {}"), 16, 1 << 20, 1))
        .containsExactly("malformed 1 not a CloudTrail log file (no Records or Events array)");
  }

  @Test
  void reportsBrokenInputByLineAndStops() throws IOException {
    String good = "{\"eventName\":\"SignUp\"}";
    assertThat(split(bytes("[1]"), 16, 1 << 20, 1))
        .containsExactly("malformed 1 not a CloudTrail log file (no top-level object)");
    assertThat(split(bytes(""), 16, 1 << 20, 1))
        .containsExactly("malformed 1 not a CloudTrail log file (no top-level object)");
    assertThat(split(bytes("{\"Records\":[\n" + good + ",\n" + good), 16, 1 << 20, 1))
        .hasSize(3)
        .last()
        .isEqualTo("malformed 3 the file ends early");
    assertThat(split(bytes("{\"Records\":[\n" + good + "\n" + good + "]}"), 16, 1 << 20, 1))
        .hasSize(2)
        .last()
        .isEqualTo("malformed 3 not JSON");
    assertThat(split(bytes("{\"Records\":[\n{\"a\" 1}]}"), 16, 1 << 20, 1))
        .containsExactly("malformed 2 not JSON");
    assertThat(split(bytes("{\"Records\":[\n{\"a\":\"x\\"), 16, 1 << 20, 1))
        .containsExactly("malformed 2 the file ends early");
    assertThat(split(bytes("{\"Records\":[\n{\"a\":[{\"b\":\"}\"}"), 16, 1 << 20, 1))
        .containsExactly("malformed 2 the file ends early");
    assertThat(split(bytes("{\"Events\":[\n{\"a\":[}]}"), 16, 1 << 20, 1))
        .containsExactly("malformed 2 not JSON");
    assertThat(split(bytes("{\"Records\":[\n{\"a\":tr:ue}]}"), 16, 1 << 20, 1))
        .containsExactly("malformed 2 not JSON");
    assertThat(split(bytes("{\"Records\":[\"x\",\n7,\n" + good + "]}"), 16, 1 << 20, 1))
        .containsExactly(
            "malformed 1 a record that is not a JSON object",
            "malformed 2 a record that is not a JSON object",
            "record 3 "
                + new Delivery.Fields(null, "SignUp", null, null, null, null, null, false, true)
                + " "
                + good);
  }

  @Test
  void holdsAtMostOneRecordOfBoundedSize() throws IOException {
    String big = "{\"eventName\":\"" + "x".repeat(3 << 20) + "\"}";
    String small = "{\"eventName\":\"SignUp\"}";
    StringBuilder many = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < 20_000; i++) {
      many.append(small).append(",\n");
    }
    many.append(small).append("]}");
    assertThat(split(bytes(many.toString()), 16, 4096, 1)).hasSize(20_001);
    assertThat(
            split(
                bytes("{\"Records\":[" + small + ",\n" + big + "," + small + "]}"), 16, 1 << 20, 1))
        .hasSize(2)
        .last()
        .isEqualTo("malformed 2 a record larger than 1 MiB (the rest of the file is not read)");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A stream that returns a few bytes, sometimes none-then-one, per read. */
  static final class Trickle extends InputStream {
    private final byte[] data;
    private final SplittableRandom random;
    private int pos;

    Trickle(byte[] data, SplittableRandom random) {
      this.data = data;
      this.random = random;
    }

    @Override
    public int read() {
      return pos < data.length ? data[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int count) {
      if (pos == data.length) {
        return -1;
      }
      if (count > 0 && random.nextInt(50) == 0) {
        return 0;
      }
      int n = Math.min(Math.min(count, data.length - pos), 1 + random.nextInt(40));
      System.arraycopy(data, pos, into, offset, n);
      pos += n;
      return n;
    }
  }

  /** Generated valid log documents. */
  static final class Documents {
    /** The members delivery reads. */
    static final String[] WANTED = {
      "eventSource",
      "eventName",
      "eventTime",
      "eventType",
      "awsRegion",
      "recipientAccountId",
      "eventID",
      "readOnly"
    };

    static String document(SplittableRandom r) throws JsonProcessingException {
      StringBuilder out = new StringBuilder();
      out.append(space(r)).append('{').append(space(r));
      boolean lookup = r.nextInt(6) == 0;
      List<String> members = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        members.add(string(r, "Other" + r.nextInt(9)) + ":" + space(r) + value(r, 3));
      }
      if (r.nextInt(10) > 0) {
        StringBuilder array = new StringBuilder("[");
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            array.append(space(r)).append(',').append(space(r));
          }
          if (r.nextInt(40) == 0) {
            array.append(value(r, 2));
          } else {
            array.append(lookup ? entry(r) : record(r));
          }
        }
        array.append(space(r)).append(']');
        members.add(
            r.nextInt(members.size() + 1), (lookup ? "\"Events\"" : "\"Records\"") + ":" + array);
      }
      for (int i = 0; i < members.size(); i++) {
        out.append(i > 0 ? "," + space(r) : "").append(members.get(i));
      }
      return out.append(space(r)).append('}').toString();
    }

    private static String record(SplittableRandom r) {
      StringBuilder out = new StringBuilder("{").append(space(r));
      int n = r.nextInt(14);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(',').append(space(r));
        }
        String name =
            r.nextInt(3) > 0 ? WANTED[r.nextInt(WANTED.length)] : "member" + r.nextInt(20);
        out.append(r.nextInt(25) == 0 ? escapedName(name) : string(r, name));
        out.append(space(r)).append(':').append(space(r));
        int kind = r.nextInt(10);
        out.append(
            kind < 6
                ? string(r, text(r))
                : kind == 6 ? (r.nextBoolean() ? "true" : "\"true\"") : value(r, 3));
      }
      return out.append(space(r)).append('}').toString();
    }

    private static String entry(SplittableRandom r) throws JsonProcessingException {
      return "{\"EventId\":"
          + string(r, text(r))
          + ",\"CloudTrailEvent\":"
          + MAPPER.writeValueAsString(record(r))
          + "}";
    }

    private static String value(SplittableRandom r, int depth) {
      int kind = depth == 0 ? r.nextInt(5) : r.nextInt(7);
      switch (kind) {
        case 0:
          return string(r, text(r));
        case 1:
          return Long.toString(r.nextLong(-100000, 100000));
        case 2:
          return "-1.5e" + r.nextInt(10);
        case 3:
          return r.nextBoolean() ? "true" : "false";
        case 4:
          return "null";
        case 5:
          {
            StringBuilder out = new StringBuilder("[").append(space(r));
            for (int i = r.nextInt(4); i > 0; i--) {
              out.append(value(r, depth - 1)).append(i > 1 ? "," + space(r) : "");
            }
            return out.append(space(r)).append(']').toString();
          }
        default:
          {
            StringBuilder out = new StringBuilder("{").append(space(r));
            for (int i = r.nextInt(4); i > 0; i--) {
              out.append(string(r, r.nextBoolean() ? "Records" : text(r)))
                  .append(':')
                  .append(value(r, depth - 1))
                  .append(i > 1 ? "," : "");
            }
            return out.append('}').toString();
          }
      }
    }

    private static String text(SplittableRandom r) {
      String[] parts = {
        "a",
        "UpdateUserPoolClient",
        "é",
        "\u20ac",
        "\ud83d\ude00",
        "\"",
        "\\",
        "/",
        "\n",
        "\t",
        "\u0001",
        "}",
        "]",
        "{",
        ",",
        ":",
        " ",
        "cognito-idp.amazonaws.com",
        "2026-06-01T09:15:02Z"
      };
      StringBuilder out = new StringBuilder();
      for (int i = r.nextInt(8); i > 0; i--) {
        out.append(parts[r.nextInt(parts.length)]);
      }
      return out.toString();
    }

    /** A JSON string, sometimes with optional escapes ({@code \/}, {@code \\u} for letters). */
    private static String string(SplittableRandom r, String value) {
      StringBuilder out = new StringBuilder("\"");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else if (c == '/' && r.nextBoolean()) {
          out.append("\\/");
        } else {
          out.append(c);
        }
      }
      return out.append('"').toString();
    }

    private static String escapedName(String name) {
      return "\""
          + name.charAt(0)
          + String.format("\\u%04x", (int) name.charAt(1))
          + name.substring(2)
          + "\"";
    }

    private static String space(SplittableRandom r) {
      switch (r.nextInt(6)) {
        case 0:
          return " ";
        case 1:
          return "\n";
        case 2:
          return "\r\n\t ";
        case 3:
          return r.nextBoolean() ? "\r" : "\r\r\n\n";
        default:
          return "";
      }
    }
  }
}
