package io.github.cognitoevents.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.EventParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sibling nested objects and list elements are read with independent state. */
class JsonCursorNestedReadTest {

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  /** Reads one element: its "s" member as text, everything else into rest(). */
  private static List<Object> element(JsonCursor c) {
    String s = null;
    while (c.next()) {
      if (c.name().equals("s")) {
        s = c.string();
      } else {
        c.keep();
      }
    }
    return List.of(String.valueOf(s), c.rest());
  }

  @Test
  void listElementsAndSiblingObjectsKeepTheirOwnUnknownAndNullMembers() {
    List<Object> out =
        JsonCursor.read(
            json(
                "{'list':[{'s':null,'u':1},{'s':'b'},{'v':[2]}],'one':{'s':'x','w':true},"
                    + "'two':{'s':'y'}}"),
            c -> {
              List<Object> read = new ArrayList<>();
              while (c.next()) {
                if (c.name().equals("list")) {
                  read.addAll(c.objectList(JsonCursorNestedReadTest::element));
                } else {
                  read.add(c.object(JsonCursorNestedReadTest::element));
                }
              }
              read.add(c.rest());
              return read;
            });

    assertThat(out).hasSize(6);
    assertThat(out.get(0)).hasToString("[null, {s=null, u=1}]");
    assertThat(out.get(1)).hasToString("[b, {}]");
    assertThat(out.get(2)).hasToString("[null, {v=[2]}]");
    assertThat(out.get(3)).hasToString("[x, {w=true}]");
    assertThat(out.get(4)).hasToString("[y, {}]");
    assertThat(out.get(5)).isEqualTo(Map.<String, JsonNode>of());
  }

  @Test
  void anErrorInALaterListElementNamesThatElementAfterEarlierElementsWereRead() {
    assertThatThrownBy(
            () ->
                JsonCursor.read(
                    json("{'a':{'b':[{'s':'ok'},{'s':'ok'},{'s':{}}]}}"),
                    c -> {
                      while (c.next()) {
                        c.object(
                            o -> {
                              while (o.next()) {
                                o.objectList(JsonCursorNestedReadTest::element);
                              }
                              return o.rest();
                            });
                      }
                      return c.rest();
                    }))
        .isInstanceOfSatisfying(
            EventParseException.class, e -> assertThat(e.pointer()).isEqualTo("/a/b/2/s"));
  }
}
