package io.github.cognitoevents.patterntest.templates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a template's text into a Jackson tree. JSON is read strictly; YAML is read with
 * CloudFormation's short-form intrinsics turned into their long form ({@code !Ref X} becomes {@code
 * {"Ref":"X"}}, {@code !GetAtt A.B} becomes {@code {"Fn::GetAtt":["A","B"]}}, {@code !Sub} becomes
 * {@code {"Fn::Sub":...}} and so on). Duplicate keys and YAML aliases, which CloudFormation does
 * not accept either, are errors. Reading keeps its own stack: no recursion.
 */
final class TemplateTrees {

  /** Nesting beyond this is rejected (CloudFormation's own limits are far lower). */
  static final int MAX_DEPTH = 500;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The short forms CloudFormation defines, and the long-form key of each. */
  private static final Map<String, String> SHORT_FORMS =
      Map.ofEntries(
          Map.entry("Ref", "Ref"),
          Map.entry("Condition", "Condition"),
          Map.entry("Sub", "Fn::Sub"),
          Map.entry("GetAtt", "Fn::GetAtt"),
          Map.entry("Join", "Fn::Join"),
          Map.entry("Select", "Fn::Select"),
          Map.entry("Split", "Fn::Split"),
          Map.entry("If", "Fn::If"),
          Map.entry("Equals", "Fn::Equals"),
          Map.entry("And", "Fn::And"),
          Map.entry("Or", "Fn::Or"),
          Map.entry("Not", "Fn::Not"),
          Map.entry("FindInMap", "Fn::FindInMap"),
          Map.entry("ImportValue", "Fn::ImportValue"),
          Map.entry("Base64", "Fn::Base64"),
          Map.entry("Cidr", "Fn::Cidr"),
          Map.entry("GetAZs", "Fn::GetAZs"),
          Map.entry("Transform", "Fn::Transform"),
          Map.entry("ToJsonString", "Fn::ToJsonString"),
          Map.entry("Length", "Fn::Length"));

  private TemplateTrees() {}

  /**
   * Reads a template: YAML unless its first non-blank character opens a JSON object.
   *
   * @param name the template's name, for messages
   * @param text the template
   * @return the tree
   * @throws TemplateException if it is neither
   */
  static JsonNode read(String name, String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    boolean json = i < text.length() && text.charAt(i) == '{';
    try {
      if (json) {
        JsonFactory factory =
            JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (JsonParser parser = factory.createParser(text)) {
          return tree(name, parser, null);
        }
      }
      return yaml(name, text);
    } catch (JsonProcessingException e) {
      throw new TemplateException(
          name + " is not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e), e);
    } catch (TemplateException e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML reports some problems (its own limits, for one) with unchecked exceptions
      throw new TemplateException(
          name + " is not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e), e);
    } catch (IOException e) {
      throw new TemplateException(name + " could not be read: " + e.getMessage(), e);
    }
  }

  private static JsonNode yaml(String name, String text) throws IOException {
    YamlTags yaml;
    try {
      yaml = new YamlTags();
    } catch (NoClassDefFoundError | ExceptionInInitializerError e) {
      throw new TemplateException(
          name
              + " is YAML: reading YAML templates needs"
              + " com.fasterxml.jackson.dataformat:jackson-dataformat-yaml on the class path",
          null);
    }
    try (JsonParser parser = yaml.parser(text)) {
      return tree(name, parser, yaml);
    }
  }

  /** What the YAML parser knows beyond JSON: tags and aliases (see {@link YamlTags}). */
  interface Tags {
    /** The current token's tag without its {@code !}s, or null. */
    String tag(JsonParser parser) throws IOException;

    /** Whether the current token is an alias. */
    boolean alias(JsonParser parser);
  }

  /** Builds the tree of the parser's first value with an explicit stack. */
  private static JsonNode tree(String name, JsonParser parser, Tags yaml) throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      throw new TemplateException(name + " is not a CloudFormation template (not a mapping)", null);
    }
    List<JsonNode> containers = new ArrayList<>();
    List<String> wrappers = new ArrayList<>(); // the intrinsic a container stands for, or null
    List<String> pendingNames = new ArrayList<>();
    JsonNode root = null;
    String fieldName = null;
    while (token != null) {
      if (token == JsonToken.FIELD_NAME) {
        fieldName = parser.currentName();
        if (((ObjectNode) containers.get(containers.size() - 1)).has(fieldName)) {
          throw new TemplateException(
              name + " has a duplicate key " + quoted(fieldName) + " at " + where(parser), null);
        }
        token = parser.nextToken();
        continue;
      }
      if (yaml != null && yaml.alias(parser)) {
        throw new TemplateException(
            name + " uses a YAML alias at " + where(parser) + "; CloudFormation does not", null);
      }
      String intrinsic = yaml == null ? null : intrinsic(name, yaml.tag(parser), parser);
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        JsonNode done = containers.remove(containers.size() - 1);
        String wrapper = wrappers.remove(wrappers.size() - 1);
        String key = pendingNames.remove(pendingNames.size() - 1);
        done = wrap(wrapper, done);
        if (containers.isEmpty()) {
          root = done;
          break;
        }
        add(containers.get(containers.size() - 1), key, done);
        token = parser.nextToken();
        continue;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        if (containers.size() >= MAX_DEPTH) {
          throw new TemplateException(
              name + " is nested deeper than " + MAX_DEPTH + " levels at " + where(parser), null);
        }
        containers.add(token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode());
        wrappers.add(intrinsic);
        pendingNames.add(fieldName);
        fieldName = null;
        token = parser.nextToken();
        continue;
      }
      JsonNode scalar = scalar(parser, token);
      if (intrinsic != null) {
        scalar =
            "Fn::GetAtt".equals(intrinsic) && scalar.isTextual()
                ? getAttShortForm(scalar.asText())
                : wrap(intrinsic, scalar);
      }
      add(containers.get(containers.size() - 1), fieldName, scalar);
      fieldName = null;
      token = parser.nextToken();
    }
    return root;
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        // YAML binary and other exotic scalars: keep their text
        return NODES.textNode(String.valueOf(parser.getText()));
    }
  }

  /** The long-form key of the current token's YAML tag, or null for no (or a standard) tag. */
  private static String intrinsic(String name, String tag, JsonParser parser) {
    if (tag == null || tag.isEmpty() || tag.startsWith("tag:yaml.org,2002:")) {
      return null;
    }
    String longForm = SHORT_FORMS.get(tag);
    if (longForm == null) {
      throw new TemplateException(
          name + " uses the unknown tag !" + tag + " at " + where(parser), null);
    }
    return longForm;
  }

  private static JsonNode wrap(String intrinsic, JsonNode value) {
    if (intrinsic == null) {
      return value;
    }
    ObjectNode wrapper = NODES.objectNode();
    wrapper.set(intrinsic, value);
    return wrapper;
  }

  /** {@code !GetAtt Resource.Attribute}: the attribute may itself contain dots. */
  private static JsonNode getAttShortForm(String text) {
    int dot = text.indexOf('.');
    ArrayNode parts = NODES.arrayNode();
    if (dot < 0) {
      parts.add(text);
    } else {
      parts.add(text.substring(0, dot));
      parts.add(text.substring(dot + 1));
    }
    return wrap("Fn::GetAtt", parts);
  }

  private static void add(JsonNode container, String key, JsonNode value) {
    if (container instanceof ObjectNode object) {
      object.set(key, value);
    } else {
      ((ArrayNode) container).add(value);
    }
  }

  private static String where(JsonParser parser) {
    return "line " + parser.currentLocation().getLineNr();
  }

  private static String quoted(String key) {
    return "\"" + (key.length() > 60 ? key.substring(0, 60) + "..." : key) + "\"";
  }

  private static String firstLine(RuntimeException e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static String firstLine(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    return line + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")";
  }
}
