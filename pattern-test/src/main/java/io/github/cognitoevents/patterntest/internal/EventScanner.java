package io.github.cognitoevents.patterntest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * One streaming pass over an event: validates it as TestEventPattern does (a JSON object with
 * {@code id}, {@code account}, {@code source}, {@code time}, {@code region} and {@code
 * detail-type}), and collects the leaves at the paths the program reads, each with the condition
 * bits it satisfies and its array-element context. Subtrees no path needs are skipped with {@link
 * JsonParser#skipChildren()} (still tokenized, so malformed JSON anywhere is detected). No
 * recursion: nesting depth is bounded only by Jackson's {@code StreamReadConstraints} (1000 by
 * default), which reports deeper input as a parse error.
 */
final class EventScanner {

  static final int ALL_REQUIRED = 0x3f;

  private EventScanner() {}

  /**
   * Scans the event. Returns the bit set of required top-level fields found ({@link #ALL_REQUIRED}
   * when all are present), or -1 when the event is not a JSON object.
   */
  static int scan(Program program, JsonParser p, Scratch s) throws IOException {
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_OBJECT) {
      if (t != null && t.isStructStart()) {
        p.skipChildren();
      }
      return -1;
    }
    int depth = 0;
    s.frameArray[0] = -1;
    s.frameNode[0] = program.root;
    s.frameMemb[0] = 0;
    int required = 0;
    int arrays = 0;
    while (depth >= 0) {
      t = p.nextToken();
      if (t == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end of input");
      }
      Program.TrieNode node;
      int memb;
      if (s.frameArray[depth] < 0) {
        if (t == JsonToken.END_OBJECT) {
          depth--;
          continue;
        }
        String name = p.currentName();
        if (depth == 0) {
          required |= requiredBit(name);
        }
        node = lookup(s.frameNode[depth], name);
        t = p.nextToken();
        if (node == null) {
          if (t != null && t.isStructStart()) {
            p.skipChildren();
          }
          continue;
        }
        memb = s.frameMemb[depth];
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (!wanted(node, t)) {
            p.skipChildren();
            continue;
          }
        }
      } else {
        if (t == JsonToken.END_ARRAY) {
          depth--;
          continue;
        }
        node = s.frameNode[depth];
        memb = s.frameMemb[depth];
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (!wanted(node, t)) {
            p.skipChildren();
            continue;
          }
          // objects and arrays inside an array element are tied to that element; scalars directly
          // inside an array are not (as in event-ruler's Event.traverseArray)
          memb = s.newMemb(memb, s.frameArray[depth]);
        }
      }
      if (t == JsonToken.START_OBJECT) {
        depth++;
        s.ensureFrames(depth);
        s.frameArray[depth] = -1;
        s.frameNode[depth] = node;
        s.frameMemb[depth] = memb;
      } else if (t == JsonToken.START_ARRAY) {
        depth++;
        s.ensureFrames(depth);
        s.frameArray[depth] = arrays++;
        s.frameNode[depth] = node;
        s.frameMemb[depth] = memb;
      } else {
        leaf(program, node, memb, t, p, s);
      }
    }
    s.arrayCount = arrays;
    return required;
  }

  private static boolean wanted(Program.TrieNode node, JsonToken t) {
    return node.hasChildren() || (t == JsonToken.START_ARRAY && node.pathId >= 0);
  }

  private static Program.TrieNode lookup(Program.TrieNode node, String name) {
    if (!node.hasChildren()) {
      return null;
    }
    if (name.indexOf('.') < 0) {
      return node.get(name);
    }
    // a dotted event key is the same as nesting ("a.b": 1 == "a": {"b": 1})
    Program.TrieNode current = node;
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

  private static void leaf(
      Program program, Program.TrieNode node, int memb, JsonToken t, JsonParser p, Scratch s)
      throws IOException {
    int pid = node.pathId;
    if (pid < 0) {
      return;
    }
    Leaf v = s.leaf;
    switch (t) {
      case VALUE_STRING:
      case VALUE_EMBEDDED_OBJECT:
        String text = p.getText();
        v.set(Leaf.STRING, text == null ? "" : text);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        v.set(Leaf.NUMBER, p.getText());
        break;
      case VALUE_TRUE:
        v.set(Leaf.TRUE, null);
        break;
      case VALUE_FALSE:
        v.set(Leaf.FALSE, null);
        break;
      default:
        v.set(Leaf.NULL, null);
        break;
    }
    Cond[] conds = program.pathConds[pid];
    int id = s.addLeaf(pid, memb, program.pathWords[pid]);
    int off = s.leafBits[id];
    for (int i = 0; i < conds.length; i++) {
      if (conds[i].test(v)) {
        s.bits[off + (i >>> 6)] |= 1L << (i & 63);
      }
    }
    if (s.leafDisplay != null) {
      s.leafDisplay.add(v.display());
    }
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
    StringBuilder b = new StringBuilder();
    String[] names = {"id", "account", "source", "time", "region", "detail-type"};
    for (int i = 0; i < names.length; i++) {
      if ((found & (1 << i)) == 0) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(names[i]);
      }
    }
    return b.toString();
  }
}
