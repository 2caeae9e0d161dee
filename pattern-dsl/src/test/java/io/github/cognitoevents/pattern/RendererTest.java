package io.github.cognitoevents.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rendering keeps key order, duplicates and number text, and escapes strings as JSON. */
class RendererTest {

  @Test
  void keepsNumbersAsWritten() {
    String json =
        "{\"x\":[{\"numeric\":[\"=\",3.018e2]}],\"y\":[300.0,-0,1E+2,123456789012345678901234]}";
    assertThat(EventPattern.parse(json).toJson()).isEqualTo(json);
    NumberLiteral n = new NumberLiteral("3.018e2");
    assertThat(n.decimal()).isEqualByComparingTo("301.8");
    assertThat(n.isComparable()).isTrue();
    assertThat(new NumberLiteral("9007199254740993").isComparable()).isFalse();
  }

  @Test
  void keepsKeyOrderAndDuplicateKeysAsWritten() {
    String json =
        "{\"location\":[{\"prefix\":\"us-\"}],\"b\":[1],\"location\":[{\"anything-but\":\"us-east\"}]}";
    EventPattern p = EventPattern.parse(json);
    assertThat(p.toJson()).isEqualTo(json);
    assertThat(p.root().members()).hasSize(3);
    assertThat(p.root().effectiveFields()).extracting(Field::name).containsExactly("location", "b");
    assertThat(p.root().effectiveFields().get(0).value().toString())
        .isEqualTo("[{\"anything-but\":\"us-east\"}]");
  }

  @Test
  void mergesDuplicateObjectKeysInTheEffectiveFields() {
    EventPattern p = EventPattern.parse("{\"d\":{\"a\":[\"1\"]},\"x\":[1],\"d\":{\"b\":[\"2\"]}}");
    assertThat(p.root().effectiveFields())
        .extracting(Object::toString)
        .containsExactly("\"d\":{\"a\":[\"1\"],\"b\":[\"2\"]}", "\"x\":[1]");
  }

  @Test
  void escapesStringsAsJson() {
    String json =
        "{\"k\\\"ey\":[\"tab\\there\",\"quote\\\"\",\"back\\\\slash\",\"\\u0001\",\"\u00e9\ud83d\ude80\"]}";
    EventPattern p = EventPattern.parse(json);
    assertThat(p.root().effectiveFields().get(0).name()).isEqualTo("k\"ey");
    assertThat(EventPattern.parse(p.toJson())).isEqualTo(p);
    assertThat(p.toJson()).isEqualTo(json);
  }

  @Test
  void rendersPrettyJsonWithTwoSpaceIndent() {
    EventPattern p =
        EventPattern.parse(
            "{\"source\":[\"aws.ec2\"],\"detail\":{\"$or\":[{\"a\":[{\"numeric\":[\">\",0,\"<\",5]}]},{\"b\":[\"x\",\"y\"]}]}}");
    assertThat(p.toPrettyJson())
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"source\": [\"aws.ec2\"],",
                "  \"detail\": {",
                "    \"$or\": [",
                "      {",
                "        \"a\": [{\"numeric\": [\">\", 0, \"<\", 5]}]",
                "      },",
                "      {",
                "        \"b\": [\"x\", \"y\"]",
                "      }",
                "    ]",
                "  }",
                "}"));
    assertThat(EventPattern.parse(p.toPrettyJson())).isEqualTo(p);
  }

  @Test
  void everyNodeRendersItselfAsCompactJson() {
    EventPattern p =
        EventPattern.parse("{\"a\":{\"b\":[{\"suffix\":{\"equals-ignore-case\":\".PNG\"}}]}}");
    Field a = (Field) p.root().members().get(0);
    assertThat(a.toString())
        .isEqualTo("\"a\":{\"b\":[{\"suffix\":{\"equals-ignore-case\":\".PNG\"}}]}");
    assertThat(a.value().toString())
        .isEqualTo("{\"b\":[{\"suffix\":{\"equals-ignore-case\":\".PNG\"}}]}");
    assertThat(p.root().toString()).isEqualTo(p.toJson());
  }
}
