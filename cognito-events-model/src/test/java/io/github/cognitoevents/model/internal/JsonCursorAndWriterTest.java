package io.github.cognitoevents.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCursorAndWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static JsonNode tree(String text) throws IOException {
    return MAPPER.readTree(json(text));
  }

  /** Reads flag/n/attrs/list/gone/later and writes them back, optionally changed. */
  private static ObjectNode readAndWrite(String text, boolean change) {
    return JsonCursor.read(
        json(text),
        c -> {
          Boolean flag = null;
          String n = null;
          Map<String, String> attrs = null;
          List<String> list = null;
          String gone = null;
          Boolean later = null;
          while (c.next()) {
            switch (c.name()) {
              case "flag" -> flag = c.bool();
              case "n" -> n = c.string();
              case "attrs" -> attrs = c.stringMap();
              case "list" -> list = c.stringList();
              case "gone" -> gone = c.string();
              case "later" -> later = c.bool();
              default -> c.keep();
            }
          }
          if (change) {
            flag = Boolean.FALSE;
            later = Boolean.TRUE;
          }
          return JsonObjectWriter.create(c.rest())
              .bool("flag", flag)
              .string("n", n)
              .stringMap("attrs", attrs)
              .stringList("list", list)
              .string("gone", gone)
              .bool("later", later)
              .finish();
        });
  }

  @Test
  void readsConvertedScalarsAndWritesThemBackAsReceivedWhileUnchanged() throws IOException {
    String in =
        "{'flag':'true','n':1.50,'attrs':{'v':true,'s':'x','z':null},'list':[1,'a'],'extra':[1]}";
    assertThat(readAndWrite(in, false))
        .isEqualTo(
            JsonCursor.read(
                json(in),
                c -> {
                  ObjectNode all = MAPPER.createObjectNode();
                  while (c.next()) {
                    all.set(c.name(), c.node());
                  }
                  return all;
                }));
    assertThat(readAndWrite(in, false).toString())
        .isEqualTo(
            json("{'flag':'true','n':1.50,'attrs':{'s':'x','v':true,'z':null},'list':[1,'a'],'extra':[1]}")
                .replace("{\"s\":\"x\",\"v\":true", "{\"v\":true,\"s\":\"x\""));
  }

  @Test
  void aValueChangedAfterReadingWinsOverTheReceivedFormAndOverAReceivedNull() throws IOException {
    assertThat(readAndWrite("{'flag':'true','gone':null,'later':null,'extra':[1]}", true))
        .isEqualTo(tree("{'flag':false,'gone':null,'later':true,'extra':[1]}"));
  }

  @Test
  void aDuplicatedMemberCountsOnceWithItsLastValueAsInAJacksonTree() throws IOException {
    for (String in :
        List.of(
            "{'n':1,'n':'1'}",
            "{'n':null,'n':'x'}",
            "{'n':'x','n':null}",
            "{'flag':'true','flag':true}",
            "{'attrs':{'a':true},'attrs':{'a':'true'}}",
            "{'z':1,'z':[2]}")) {
      assertThat(readAndWrite(in, false)).as(in).isEqualTo(tree(in));
    }
  }

  @Test
  void absentStaysAbsentAndUnknownMembersFollowTheModelledOnes() {
    assertThat(readAndWrite("{'z':1,'n':'x'}", false).toString())
        .isEqualTo("{\"n\":\"x\",\"z\":1}");
  }

  @Test
  void wrongKindsFailWithThePointerAndAShortValueNeverThePayload() {
    assertThatThrownBy(
            () -> readAndWrite("{'attrs':{'ok':'x','bad':{'deep':'secret-payload'}}}", false))
        .isInstanceOfSatisfying(
            EventParseException.class, e -> assertThat(e.pointer()).isEqualTo("/attrs/bad"))
        .hasMessage("field '/attrs/bad' must be a string but is an object");
    assertThatThrownBy(() -> readAndWrite("{'flag':'maybe'}", false))
        .isInstanceOf(EventParseException.class)
        .hasMessage("field '/flag' must be a boolean but is the string \"maybe\"");
    assertThatThrownBy(() -> readAndWrite("{'n':[1]}", false))
        .isInstanceOf(EventParseException.class)
        .hasMessage("field '/n' must be a string but is an array");
    assertThatThrownBy(() -> readAndWrite("[1]", false))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document must be a JSON object but is an array");
    assertThatThrownBy(() -> readAndWrite("{'n':'a'} {}", false))
        .isInstanceOf(EventParseException.class)
        .hasMessageStartingWith("the document has content after the JSON object");
    assertThatThrownBy(() -> readAndWrite("{'n':'a'", false))
        .isInstanceOf(EventParseException.class)
        .hasMessageStartingWith("the document is not valid JSON at line 1");
    assertThatThrownBy(() -> readAndWrite("", false))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document is empty");
  }

  @Test
  void pointersOfNestedObjectsAndListsEscapeSlashAndTilde() {
    assertThatThrownBy(
            () ->
                JsonCursor.read(
                    json("{'a/b~c':[{'x':{'y':{}}}]}"),
                    c -> {
                      List<Object> out = new ArrayList<>();
                      while (c.next()) {
                        out.add(
                            c.objectList(
                                e -> {
                                  while (e.next()) {
                                    e.stringMap();
                                  }
                                  return e.rest();
                                }));
                      }
                      return out;
                    }))
        .isInstanceOfSatisfying(
            EventParseException.class, e -> assertThat(e.pointer()).isEqualTo("/a~1b~0c/0/x/y"));
  }

  @Test
  void redactionMasksSecretsAndMapValues() {
    String text =
        Redaction.of("R")
            .field("user", "jane")
            .secret("password", "hunter2")
            .secret("absent", null)
            .keysOnly("meta", Map.of("k", "v"))
            .unknown(Map.of("extra", MAPPER.getNodeFactory().textNode("hidden")))
            .toString();
    assertThat(text)
        .isEqualTo("R[user=jane, password=***, absent=null, meta={k=***}, unknownFields=[extra]]");
  }
}
