package io.github.cognitoevents.patterntest.internal;

import io.github.cognitoevents.patterntest.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One pass over the UTF-8 bytes of an event: validates it as TestEventPattern does (well-formed
 * JSON, an object with {@code id}, {@code account}, {@code source}, {@code time}, {@code region}
 * and {@code detail-type}) and collects the values at the paths the compiled patterns read, each
 * with the condition bits it satisfies and its array-element node.
 *
 * <p><b>Why not Jackson's parser.</b> Matching is mostly skipping: a rule reads a handful of the
 * hundreds of values in a CloudTrail record. Jackson tokenizes every skipped value (it decodes
 * every field name, buffers every number), so a pass through {@code JsonParser} costs about what
 * event-ruler's whole match costs. This scanner validates skipped subtrees with a tight loop over
 * bytes and decodes only the names and values on the patterns' paths. It accepts exactly what
 * Jackson's default byte parser ({@code UTF8StreamJsonParser}, the parser behind TestEventPattern's
 * validation) accepts: strict JSON (no comments, {@code NaN}, single quotes, leading zeros,
 * unescaped control characters), Jackson's UTF-8 checks (a lead byte must be followed by its
 * continuation bytes; overlong forms and encoded surrogates pass, as they do in Jackson), its
 * default limits (nesting depth 1,000, numbers of at most 1,000 digits, names of at most 50,000
 * bytes, strings of at most 20,000,000 characters) and its decoding of names and strings. Content
 * after the top-level object is ignored, as Jackson does. {@code ScannerDifferentialTest} and a
 * Jazzer target hold it to Jackson's verdicts.
 *
 * <p>No recursion: the scan keeps an explicit stack, bounded by the nesting limit.
 */
final class EventScanner {

  static final int ALL_REQUIRED = 0x3f;

  /** Jackson's default {@code StreamReadConstraints}. */
  static final int MAX_DEPTH = 1000;

  static final int MAX_NUMBER_LENGTH = 1000;
  static final int MAX_NAME_LENGTH = 50_000;
  static final int MAX_STRING_LENGTH = 20_000_000;

  private static final byte PLAIN = 0;
  private static final byte QUOTE = 1;
  private static final byte ESCAPE = 2;
  private static final byte CONTROL = 3;
  private static final byte LEAD2 = 4;
  private static final byte LEAD3 = 5;
  private static final byte LEAD4 = 6;
  private static final byte INVALID = 7;

  /** Byte classes inside a string, as Jackson's {@code CharTypes.sInputCodesUTF8}. */
  private static final byte[] STRING_CLASS = new byte[256];

  /** Bytes that end the fast path of a field name: anything but plain ASCII, and {@code .}. */
  private static final boolean[] NAME_SLOW = new boolean[256];

  private static final byte[] HEX = new byte[256];

  static {
    for (int c = 0; c < 256; c++) {
      byte cls;
      if (c < 0x20) {
        cls = CONTROL;
      } else if (c == '"') {
        cls = QUOTE;
      } else if (c == '\\') {
        cls = ESCAPE;
      } else if (c < 0x80) {
        cls = PLAIN;
      } else if ((c & 0xE0) == 0xC0) {
        cls = LEAD2;
      } else if ((c & 0xF0) == 0xE0) {
        cls = LEAD3;
      } else if ((c & 0xF8) == 0xF0) {
        cls = LEAD4;
      } else {
        cls = INVALID;
      }
      STRING_CLASS[c] = cls;
      NAME_SLOW[c] = cls != PLAIN || c == '.';
      HEX[c] = -1;
    }
    for (int c = '0'; c <= '9'; c++) {
      HEX[c] = (byte) (c - '0');
    }
    for (int c = 'a'; c <= 'f'; c++) {
      HEX[c] = (byte) (c - 'a' + 10);
      HEX[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
    }
  }

  private byte[] b;
  private int pos;
  private int end;
  private Compiled program;
  private Scratch s;
  private int depth;

  // the last field name read
  private int nameStart;
  private int nameEnd;
  private int nameHash;
  private String nameText; // null when the name is plain ASCII without dots or escapes

  /**
   * Scans an event. Returns the bit set of required top-level fields found ({@link #ALL_REQUIRED}
   * when all are present), or -1 when the event is not a JSON object.
   *
   * @throws InvalidEventException if the event is not well-formed JSON
   */
  int scan(Compiled program, byte[] bytes, int offset, int length, Scratch s) {
    this.b = bytes;
    this.pos = offset;
    this.end = offset + length;
    this.program = program;
    this.s = s;
    this.depth = 0;
    try {
      return run();
    } finally {
      this.b = null;
      this.program = null;
      this.s = null;
    }
  }

  private int run() {
    int c = nextNonSpaceOrEnd();
    if (c != '{') {
      return -1;
    }
    push(false, program.root, 0, -1, -1);
    int required = 0;
    while (true) {
      int f = s.frames - 1;
      c = nextNonSpace();
      if (!s.frameArray[f]) {
        if (c == '}') {
          if (pop()) {
            return required;
          }
          continue;
        }
        if (s.frameAfterValue[f]) {
          if (c != ',') {
            fail("expected ',' or '}'");
          }
          c = nextNonSpace();
        }
        if (c != '"') {
          fail("expected a field name");
        }
        readName();
        Compiled.Trie node = s.frameNode[f];
        Compiled.Trie child = node.hasChildren() ? lookupName(node) : null;
        if (f == 0) {
          required |= requiredBit();
        }
        if (nextNonSpace() != ':') {
          fail("expected ':'");
        }
        s.frameAfterValue[f] = true;
        value(nextNonSpace(), child, s.frameMemb[f], -1);
      } else {
        if (c == ']') {
          if (pop()) {
            return required;
          }
          continue;
        }
        if (s.frameAfterValue[f]) {
          if (c != ',') {
            fail("expected ',' or ']'");
          }
          c = nextNonSpace();
        }
        s.frameAfterValue[f] = true;
        value(c, s.frameNode[f], s.frameMemb[f], s.frameArrayId[f]);
      }
    }
  }

  /**
   * One value whose first byte {@code c} was just read. {@code array} is the array it is an element
   * of, or -1 for a field's value.
   */
  private void value(int c, Compiled.Trie node, int memb, int array) {
    switch (c) {
      case '{':
        if (node != null && node.hasChildren()) {
          int owned = array >= 0 ? s.newMemb(memb, array) : -1;
          push(false, node, owned >= 0 ? owned : memb, -1, owned);
        } else {
          skipContainer(true);
        }
        return;
      case '[':
        if (node != null && (node.hasChildren() || node.pathId >= 0)) {
          int owned = array >= 0 ? s.newMemb(memb, array) : -1;
          push(true, node, owned >= 0 ? owned : memb, s.newArray(), owned);
        } else {
          skipContainer(false);
        }
        return;
      case '"':
        if (node != null && node.pathId >= 0) {
          leaf(node.pathId, memb, Leaf.STRING, decodeString(MAX_STRING_LENGTH, false));
        } else {
          skipString();
        }
        return;
      case 't':
        literal("rue");
        leafIfWanted(node, memb, Leaf.TRUE);
        return;
      case 'f':
        literal("alse");
        leafIfWanted(node, memb, Leaf.FALSE);
        return;
      case 'n':
        literal("ull");
        leafIfWanted(node, memb, Leaf.NULL);
        return;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          int start = pos - 1;
          number(start);
          if (node != null && node.pathId >= 0) {
            leaf(
                node.pathId,
                memb,
                Leaf.NUMBER,
                new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
          }
          return;
        }
        fail(c < 0 ? "unexpected end of input, expected a value" : "expected a value");
    }
  }

  private void leafIfWanted(Compiled.Trie node, int memb, int kind) {
    if (node != null && node.pathId >= 0) {
      leaf(node.pathId, memb, kind, null);
    }
  }

  /** Records a value and tests it against every condition of its path. */
  private void leaf(int pathId, int memb, int kind, String raw) {
    Leaf v = s.leaf.set(kind, raw);
    Compiled.PathTable table = program.tables[pathId];
    int id = s.addLeaf(pathId, memb, table.words);
    int off = s.leafBits[id];
    hitTable = table;
    hitOffset = off;
    long[] bits = s.bits;
    if (kind == Leaf.STRING) {
      String text = null;
      if (table.exact != null) {
        text = v.normalized();
        int[] hits = table.exact.get(text);
        if (hits != null) {
          for (int c : hits) {
            hit(c);
          }
        }
      }
      if (table.prefixes != null) {
        table.prefixes.find(text == null ? v.normalized() : text, hit);
      }
      if (table.ipv4 != null || table.ipv6 != null) {
        byte[] ip = v.ip();
        if (ip != null) {
          ConditionIndex.Ranges ranges = ip.length == 4 ? table.ipv4 : table.ipv6;
          if (ranges != null) {
            ranges.find(ip, hit);
          }
        }
      }
    }
    if (table.exclusions != null) {
      long[] mask = table.exclusionMask;
      for (int w = 0; w < mask.length; w++) {
        bits[off + w] |= mask[w];
      }
      if (kind == Leaf.STRING) {
        int[] excluded = table.exclusions.excluding(v.normalized());
        if (excluded != null) {
          for (int c : excluded) {
            bits[off + (c >>> 6)] &= ~(1L << c);
          }
        }
      }
      for (int c : table.indexedExclusions) {
        if ((bits[off + (c >>> 6)] & (1L << c)) != 0) {
          index(table, c);
        }
      }
    }
    Cond[] conds = table.conds;
    for (int c : table.tested) {
      if (conds[c].test(v)) {
        hit(c);
      }
    }
    if (s.leafDisplay != null) {
      s.leafDisplay.add(v.display());
    }
  }

  private Compiled.PathTable hitTable;
  private int hitOffset;
  private final ConditionIndex.Hits hit = this::hit;

  /** Sets a satisfied condition's bit and marks the sub-rules indexed under it. */
  private void hit(int c) {
    s.bits[hitOffset + (c >>> 6)] |= 1L << c;
    int[] subRules = hitTable.indexed[c];
    if (subRules != null) {
      for (int sr : subRules) {
        s.candidate(sr);
      }
    }
  }

  private void index(Compiled.PathTable table, int cond) {
    int[] subRules = table.indexed[cond];
    if (subRules != null) {
      for (int sr : subRules) {
        s.candidate(sr);
      }
    }
  }

  private void push(boolean array, Compiled.Trie node, int memb, int arrayId, int owned) {
    if (++depth > MAX_DEPTH) {
      tooDeep();
    }
    int f = s.frames++;
    s.ensureFrames(f);
    s.frameArray[f] = array;
    s.frameNode[f] = node;
    s.frameMemb[f] = memb;
    s.frameArrayId[f] = arrayId;
    s.frameOwned[f] = owned;
    s.frameAfterValue[f] = false;
  }

  /** Closes the top frame; returns true when it was the top-level object. */
  private boolean pop() {
    int f = --s.frames;
    depth--;
    if (s.frameOwned[f] >= 0) {
      s.membEnd[s.frameOwned[f]] = s.membCount - 1;
    }
    if (s.frameArray[f]) {
      s.arrEnd[s.frameArrayId[f]] = s.membCount - 1;
    }
    return f == 0;
  }

  // ---- names ----------------------------------------------------------------------------------

  /** Reads a field name; {@code pos} is just after its opening quote. */
  private void readName() {
    int start = pos;
    int h = 0;
    byte[] bytes = b;
    int limit = end;
    int p = start;
    while (p < limit) {
      int c = bytes[p] & 0xff;
      if (NAME_SLOW[c]) {
        if (c == '"') {
          nameStart = start;
          nameEnd = p;
          nameHash = h;
          nameText = null;
          pos = p + 1;
          if (p - start > MAX_NAME_LENGTH) {
            fail("field name longer than " + MAX_NAME_LENGTH + " bytes");
          }
          return;
        }
        break;
      }
      h = 31 * h + c;
      p++;
    }
    pos = start;
    nameText = decodeString(Integer.MAX_VALUE, true);
  }

  private Compiled.Trie lookupName(Compiled.Trie node) {
    if (nameText == null) {
      return node.get(b, nameStart, nameEnd, nameHash);
    }
    String name = nameText;
    if (name.indexOf('.') < 0) {
      return node.get(name);
    }
    // a dotted event key is the same as nesting ("a.b": 1 == "a": {"b": 1})
    Compiled.Trie current = node;
    int start = 0;
    while (current != null) {
      int dot = name.indexOf('.', start);
      String segment = dot < 0 ? name.substring(start) : name.substring(start, dot);
      current = current.get(segment);
      if (dot < 0) {
        return current;
      }
      start = dot + 1;
    }
    return null;
  }

  private int requiredBit() {
    if (nameText != null) {
      return requiredBit(nameText);
    }
    int length = nameEnd - nameStart;
    switch (length) {
      case 2:
        return is("id") ? 1 : 0;
      case 4:
        return is("time") ? 8 : 0;
      case 6:
        return is("source") ? 4 : is("region") ? 16 : 0;
      case 7:
        return is("account") ? 2 : 0;
      case 11:
        return is("detail-type") ? 32 : 0;
      default:
        return 0;
    }
  }

  private boolean is(String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      if (b[nameStart + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int requiredBit(String name) {
    switch (name) {
      case "id":
        return 1;
      case "account":
        return 2;
      case "source":
        return 4;
      case "time":
        return 8;
      case "region":
        return 16;
      case "detail-type":
        return 32;
      default:
        return 0;
    }
  }

  /** The names of the required fields missing from a {@link #scan} result. */
  static String missing(int found) {
    StringBuilder out = new StringBuilder();
    String[] names = {"id", "account", "source", "time", "region", "detail-type"};
    for (int i = 0; i < names.length; i++) {
      if ((found & (1 << i)) == 0) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(names[i]);
      }
    }
    return out.toString();
  }

  // ---- strings --------------------------------------------------------------------------------

  /**
   * Decodes a string or name as Jackson does; {@code pos} is just after the opening quote and ends
   * after the closing one.
   */
  private String decodeString(int maxLength, boolean name) {
    int start = pos;
    byte[] bytes = b;
    int p = start;
    p = plainRun(bytes, p, end);
    if (p < end && bytes[p] == '"' && !name) {
      pos = p + 1;
      if (p - start > maxLength) {
        fail("string longer than " + maxLength + " characters");
      }
      return new String(bytes, start, p - start, StandardCharsets.ISO_8859_1);
    }
    char[] out = s.chars(Math.max(16, (p - start) * 2 + 16));
    int n = 0;
    for (int i = start; i < p; i++) {
      out[n++] = (char) bytes[i];
    }
    pos = p;
    int utf8Length = p - start; // for the name limit: Jackson counts the UTF-8 bytes of a name
    while (true) {
      if (pos >= end) {
        fail("unexpected end of input in a string");
      }
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
        s.chars = out;
      }
      int c = bytes[pos++] & 0xff;
      switch (STRING_CLASS[c]) {
        case PLAIN:
          out[n++] = (char) c;
          utf8Length++;
          break;
        case QUOTE:
          if (name && utf8Length > MAX_NAME_LENGTH) {
            fail("field name longer than " + MAX_NAME_LENGTH + " bytes");
          }
          if (n > maxLength) {
            fail("string longer than " + maxLength + " characters");
          }
          return new String(out, 0, n);
        case ESCAPE:
          {
            char e = escape();
            if (name && Character.isSurrogate(e)) {
              // Jackson 2.22: in a field name an escaped high surrogate must be followed by an
              // escaped low one, and a low one cannot stand alone
              if (Character.isLowSurrogate(e)) {
                fail("unexpected low surrogate in a field name");
              }
              if (pos >= end) {
                fail("unexpected end of input in a field name");
              }
              if (b[pos] != '\\') {
                fail("broken surrogate pair in a field name");
              }
              pos++;
              char low = escape();
              if (!Character.isLowSurrogate(low)) {
                fail("broken surrogate pair in a field name");
              }
              out[n++] = e;
              out[n++] = low;
              utf8Length += 4;
              break;
            }
            out[n++] = e;
            utf8Length += e < 0x80 ? 1 : e < 0x800 ? 2 : 3;
            break;
          }
        case CONTROL:
          fail("unescaped control character in a string");
          break;
        case LEAD2:
          out[n++] = (char) (((c & 0x1F) << 6) | continuation());
          utf8Length += 2;
          break;
        case LEAD3:
          {
            int d = continuation();
            int ch = ((c & 0x0F) << 12) | (d << 6) | continuation();
            if (ch >= 0xD800 && ch <= 0xDFFF) {
              // Jackson 2.22 rejects a UTF-8-encoded surrogate in a name or a value it decodes
              // (a skipped value passes)
              fail("UTF-8-encoded surrogate");
            }
            out[n++] = (char) ch;
            utf8Length += 3;
            break;
          }
        case LEAD4:
          {
            int d = continuation();
            int e = continuation();
            int v = (((c & 0x07) << 18) | (d << 12) | (e << 6) | continuation()) - 0x10000;
            out[n++] = (char) (0xD800 | (v >> 10));
            out[n++] = (char) (0xDC00 | (v & 0x3FF));
            utf8Length += 4;
            break;
          }
        default:
          fail("invalid UTF-8 start byte");
      }
    }
  }

  /**
   * The end of a run of plain string bytes (printable ASCII other than {@code "} and {@code \\})
   * starting at {@code p}: the index of the first byte that needs attention, or {@code limit}. (A
   * word-at-a-time version measured slower on CloudTrail's short strings.)
   */
  private static int plainRun(byte[] bytes, int p, int limit) {
    while (p < limit && STRING_CLASS[bytes[p] & 0xff] == PLAIN) {
      p++;
    }
    return p;
  }

  /** The next byte as a UTF-8 continuation byte: its low six bits. */
  private int continuation() {
    if (pos >= end) {
      fail("unexpected end of input in a UTF-8 sequence");
    }
    int d = b[pos++];
    if ((d & 0xC0) != 0x80) {
      fail("invalid UTF-8 continuation byte");
    }
    return d & 0x3F;
  }

  /** The character of an escape; {@code pos} is just after the backslash. */
  private char escape() {
    if (pos >= end) {
      fail("unexpected end of input in an escape");
    }
    int c = b[pos++];
    switch (c) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case '"':
      case '/':
      case '\\':
        return (char) c;
      case 'u':
        {
          int value = 0;
          for (int i = 0; i < 4; i++) {
            if (pos >= end) {
              fail("unexpected end of input in an escape");
            }
            int digit = HEX[b[pos++] & 0xff];
            if (digit < 0) {
              fail("expected a hex digit in a \\u escape");
            }
            value = (value << 4) | digit;
          }
          return (char) value;
        }
      default:
        fail("unrecognized escape");
        return 0;
    }
  }

  /** Skips and validates a string; {@code pos} is just after its opening quote. */
  private void skipString() {
    byte[] bytes = b;
    int limit = end;
    int p = pos;
    while (true) {
      p = plainRun(bytes, p, limit);
      if (p >= limit) {
        pos = p;
        fail("unexpected end of input in a string");
      }
      int c = bytes[p++] & 0xff;
      switch (STRING_CLASS[c]) {
        case QUOTE:
          pos = p;
          return;
        case ESCAPE:
          pos = p;
          escape();
          p = pos;
          break;
        case LEAD2:
          p = continuations(p, 1);
          break;
        case LEAD3:
          p = continuations(p, 2);
          break;
        case LEAD4:
          p = continuations(p, 3);
          break;
        case CONTROL:
          pos = p;
          fail("unescaped control character in a string");
          break;
        default:
          pos = p;
          fail("invalid UTF-8 start byte");
      }
    }
  }

  private int continuations(int p, int count) {
    for (int i = 0; i < count; i++) {
      if (p >= end) {
        pos = p;
        fail("unexpected end of input in a UTF-8 sequence");
      }
      if ((b[p++] & 0xC0) != 0x80) {
        pos = p;
        fail("invalid UTF-8 continuation byte");
      }
    }
    return p;
  }

  /**
   * Skips and validates a field name in a skipped subtree. Jackson decodes every name, even in a
   * subtree nobody reads, so a name gets a name's checks (its surrogate rules, its length limit).
   */
  private void skipName() {
    int start = pos;
    byte[] bytes = b;
    int p = plainRun(bytes, start, end);
    if (p < end && bytes[p] == '"' && p - start <= MAX_NAME_LENGTH) {
      pos = p + 1;
      return;
    }
    pos = start;
    decodeString(Integer.MAX_VALUE, true);
  }

  // ---- numbers and literals -------------------------------------------------------------------

  /** Validates a number starting at {@code start}; leaves {@code pos} after it. */
  private void number(int start) {
    byte[] bytes = b;
    int p = start;
    if (bytes[p] == '-') {
      p++;
    }
    if (p >= end) {
      pos = p;
      fail("unexpected end of input in a number");
    }
    int intStart = p;
    int c = bytes[p];
    if (c == '0') {
      p++;
      if (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
        pos = p;
        fail("leading zeroes are not allowed");
      }
    } else if (c >= '1' && c <= '9') {
      p++;
      while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
        p++;
      }
    } else {
      pos = p;
      fail("expected a digit");
    }
    int length = p - intStart;
    boolean integer = true;
    if (p < end && bytes[p] == '.') {
      integer = false;
      int fraction = ++p;
      while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
        p++;
      }
      if (p == fraction) {
        pos = p;
        fail("decimal point not followed by a digit");
      }
      length += p - fraction;
    }
    if (p < end && (bytes[p] | 0x20) == 'e') {
      integer = false;
      p++;
      if (p < end && (bytes[p] == '+' || bytes[p] == '-')) {
        p++;
      }
      int exponent = p;
      while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
        p++;
      }
      if (p == exponent) {
        pos = p;
        fail("exponent indicator not followed by a digit");
      }
      length += p - exponent;
    }
    pos = p;
    if (length > MAX_NUMBER_LENGTH) {
      fail(
          (integer ? "integer" : "number")
              + " longer than "
              + MAX_NUMBER_LENGTH
              + " digits (Jackson's limit)");
    }
  }

  /** Matches the rest of {@code true}, {@code false} or {@code null}. */
  private void literal(String rest) {
    for (int i = 0; i < rest.length(); i++) {
      if (pos >= end || b[pos] != rest.charAt(i)) {
        fail("unrecognized token");
      }
      pos++;
    }
  }

  // ---- skipping -------------------------------------------------------------------------------

  /**
   * Skips and validates an object or array whose opening byte was just read, without recursion: the
   * kinds of the open containers are bits of {@link Scratch#skipKinds}.
   */
  private void skipContainer(boolean object) {
    long[] kinds = s.skipKinds;
    int open = 0;
    boolean inObject = object;
    boolean afterValue = false;
    if (++depth > MAX_DEPTH) {
      tooDeep();
    }
    setKind(kinds, open, object);
    while (true) {
      int c = nextNonSpace();
      if (c == (inObject ? '}' : ']')) {
        depth--;
        if (open == 0) {
          return;
        }
        open--;
        inObject = (kinds[open >>> 6] & (1L << open)) != 0;
        afterValue = true;
        continue;
      }
      if (afterValue) {
        if (c != ',') {
          fail(inObject ? "expected ',' or '}'" : "expected ',' or ']'");
        }
        c = nextNonSpace();
      }
      if (inObject) {
        if (c != '"') {
          fail("expected a field name");
        }
        skipName();
        if (nextNonSpace() != ':') {
          fail("expected ':'");
        }
        c = nextNonSpace();
      }
      afterValue = true;
      switch (c) {
        case '{':
        case '[':
          if (++depth > MAX_DEPTH) {
            tooDeep();
          }
          open++;
          inObject = c == '{';
          setKind(kinds, open, inObject);
          afterValue = false;
          break;
        case '"':
          skipString();
          break;
        case 't':
          literal("rue");
          break;
        case 'f':
          literal("alse");
          break;
        case 'n':
          literal("ull");
          break;
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            number(pos - 1);
          } else {
            fail(c < 0 ? "unexpected end of input, expected a value" : "expected a value");
          }
      }
    }
  }

  private static void setKind(long[] kinds, int index, boolean object) {
    if (object) {
      kinds[index >>> 6] |= 1L << index;
    } else {
      kinds[index >>> 6] &= ~(1L << index);
    }
  }

  // ---- whitespace and errors ------------------------------------------------------------------

  /** The next byte that is not JSON whitespace, consumed; fails at the end of input. */
  private int nextNonSpace() {
    byte[] bytes = b;
    int p = pos;
    int limit = end;
    if (p < limit && bytes[p] > ' ') {
      // compact JSON: the common case
      pos = p + 1;
      return bytes[p];
    }
    while (p < limit) {
      int c = bytes[p++];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        pos = p;
        return c & 0xff;
      }
    }
    pos = p;
    fail("unexpected end of input");
    return -1;
  }

  /** Like {@link #nextNonSpace()}, but -1 at the end of input. */
  private int nextNonSpaceOrEnd() {
    while (pos < end) {
      int c = b[pos++];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c & 0xff;
      }
    }
    return -1;
  }

  private void tooDeep() {
    fail(
        "document nesting depth ("
            + depth
            + ") exceeds the maximum allowed ("
            + MAX_DEPTH
            + ", Jackson's limit)");
  }

  /** Never quotes the payload: the problem and the byte offset only. */
  private void fail(String problem) {
    throw new InvalidEventException("not valid JSON: " + problem + " at byte " + pos, null);
  }
}
