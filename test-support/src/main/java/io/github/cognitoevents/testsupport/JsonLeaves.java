package io.github.cognitoevents.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The JSON pointers of every scalar in a tree, for tests that change values one at a time. */
public final class JsonLeaves {
  private JsonLeaves() {}

  /**
   * The pointers of every scalar (member names escaped as RFC 6901 says), in document order.
   *
   * @param tree the tree
   * @return the pointers; a scalar document has none
   */
  public static List<String> of(JsonNode tree) {
    List<String> out = new ArrayList<>();
    collect(tree, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e ->
                  collect(
                      e.getValue(),
                      path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                      out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, out);
      }
    } else if (!path.isEmpty()) {
      out.add(path);
    }
  }
}
