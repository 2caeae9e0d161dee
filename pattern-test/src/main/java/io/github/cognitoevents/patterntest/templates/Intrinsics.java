package io.github.cognitoevents.patterntest.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves CloudFormation intrinsic functions in one template, with the values the caller gives and
 * the template's own parameter defaults, mappings and conditions, and nothing guessed: {@code Ref},
 * {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::If}, {@code
 * Fn::FindInMap}, {@code Fn::Base64}, conditions ({@code Fn::Equals}, {@code Fn::And}, {@code
 * Fn::Or}, {@code Fn::Not}, {@code Condition}) and {@code AWS::NoValue}. A {@code Ref} to a
 * resource, a pseudo parameter such as {@code AWS::Region} or a parameter without a default, and
 * {@code Fn::GetAtt}, resolve only to a value the caller gives (the key is the name, or {@code
 * Resource.Attribute} for {@code Fn::GetAtt}). {@code Fn::ImportValue}, {@code Fn::GetAZs}, {@code
 * Fn::Cidr} and the language-extension functions do not resolve.
 */
final class Intrinsics {

  /** A value that cannot be resolved, with its path and the reason. */
  static final class Unresolvable extends Exception {
    private static final long serialVersionUID = 1L;
    final String path;

    Unresolvable(String path, String message) {
      super(message, null, false, false);
      this.path = path;
    }
  }

  /** {@code AWS::NoValue}: the property or element is left out. */
  static final JsonNode NO_VALUE = MissingNode.getInstance();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, String> given;
  private final JsonNode parameters;
  private final JsonNode mappings;
  private final JsonNode conditions;
  private final JsonNode resources;
  private final Map<String, Boolean> conditionValues = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();

  Intrinsics(JsonNode template, Map<String, String> given) {
    this.given = given;
    this.parameters = template.path("Parameters");
    this.mappings = template.path("Mappings");
    this.conditions = template.path("Conditions");
    this.resources = template.path("Resources");
  }

  /** Resolves every intrinsic in a value; {@link #NO_VALUE} when the value itself is removed. */
  JsonNode resolve(JsonNode node, String path, int depth) throws Unresolvable {
    if (depth > TemplateTrees.MAX_DEPTH) {
      throw new Unresolvable(path, "nested too deeply");
    }
    String function = function(node);
    if (function != null) {
      return call(function, node.get(function), path + "." + function, depth);
    }
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = resolve(field.getValue(), path + "." + field.getKey(), depth + 1);
        if (value != NO_VALUE) {
          out.set(field.getKey(), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = resolve(node.get(i), path + "[" + i + "]", depth + 1);
        if (value != NO_VALUE) {
          out.add(value);
        }
      }
      return out;
    }
    return node;
  }

  /** The intrinsic an object stands for: a single key, {@code Ref} or {@code Fn::...}. */
  static String function(JsonNode node) {
    if (node.isObject() && node.size() == 1) {
      String key = node.fieldNames().next();
      if (key.equals("Ref") || key.startsWith("Fn::")) {
        return key;
      }
    }
    return null;
  }

  private JsonNode call(String function, JsonNode arg, String path, int depth) throws Unresolvable {
    switch (function) {
      case "Ref":
        return ref(text(arg, path, depth), path);
      case "Fn::Sub":
        return NODES.textNode(sub(arg, path, depth));
      case "Fn::GetAtt":
        return getAtt(arg, path, depth);
      case "Fn::Join":
        {
          JsonNode args = list(arg, 2, path, depth);
          String delimiter = text(args.get(0), path + "[0]", depth);
          JsonNode items = resolve(args.get(1), path + "[1]", depth + 1);
          if (!items.isArray()) {
            throw new Unresolvable(path, "Fn::Join needs a list of values");
          }
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
              out.append(delimiter);
            }
            out.append(scalarText(items.get(i), path + "[1][" + i + "]"));
          }
          return NODES.textNode(out.toString());
        }
      case "Fn::Select":
        {
          JsonNode args = list(arg, 2, path, depth);
          String index = text(args.get(0), path + "[0]", depth);
          JsonNode items = resolve(args.get(1), path + "[1]", depth + 1);
          int i;
          try {
            i = Integer.parseInt(index);
          } catch (NumberFormatException e) {
            throw new Unresolvable(path, "Fn::Select needs a number as its index");
          }
          if (!items.isArray() || i < 0 || i >= items.size()) {
            throw new Unresolvable(path, "Fn::Select index " + i + " is out of range");
          }
          return items.get(i);
        }
      case "Fn::Split":
        {
          JsonNode args = list(arg, 2, path, depth);
          String delimiter = text(args.get(0), path + "[0]", depth);
          String source = text(args.get(1), path + "[1]", depth);
          ArrayNode out = NODES.arrayNode();
          if (delimiter.isEmpty()) {
            throw new Unresolvable(path, "Fn::Split needs a delimiter");
          }
          int start = 0;
          for (int at = source.indexOf(delimiter); at >= 0; at = source.indexOf(delimiter, start)) {
            out.add(source.substring(start, at));
            start = at + delimiter.length();
          }
          out.add(source.substring(start));
          return out;
        }
      case "Fn::If":
        {
          JsonNode args = list(arg, 3, path, depth);
          String condition = text(args.get(0), path + "[0]", depth);
          boolean holds = condition(condition, path + "[0]");
          return holds
              ? resolve(args.get(1), path + "[1]", depth + 1)
              : resolve(args.get(2), path + "[2]", depth + 1);
        }
      case "Fn::FindInMap":
        {
          JsonNode args = list(arg, 3, path, depth);
          String map = text(args.get(0), path + "[0]", depth);
          String first = text(args.get(1), path + "[1]", depth);
          String second = text(args.get(2), path + "[2]", depth);
          JsonNode value = mappings.path(map).path(first).path(second);
          if (value.isMissingNode()) {
            throw new Unresolvable(
                path, "Fn::FindInMap finds no " + map + "." + first + "." + second);
          }
          return value;
        }
      case "Fn::Base64":
        return NODES.textNode(
            Base64.getEncoder()
                .encodeToString(text(arg, path, depth).getBytes(StandardCharsets.UTF_8)));
      default:
        throw new Unresolvable(path, function + " cannot be resolved without AWS");
    }
  }

  private JsonNode ref(String name, String path) throws Unresolvable {
    if ("AWS::NoValue".equals(name)) {
      return NO_VALUE;
    }
    JsonNode parameter = parameters.path(name);
    String value = given.get(name);
    if (value == null && parameter.has("Default")) {
      value = parameter.get("Default").asText();
    }
    if (value != null) {
      String type = parameter.path("Type").asText("");
      if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
        ArrayNode list = NODES.arrayNode();
        for (String item : value.split(",", -1)) {
          list.add(item.trim());
        }
        return list;
      }
      return NODES.textNode(value);
    }
    if (name.startsWith("AWS::")) {
      throw new Unresolvable(
          path, "Ref " + name + " has no value here: give it as a parameter " + name + "=...");
    }
    if (resources.has(name)) {
      throw new Unresolvable(
          path,
          "Ref "
              + name
              + " is the resource's physical id, known only once deployed: give it as a"
              + " parameter "
              + name
              + "=...");
    }
    if (!parameter.isMissingNode()) {
      throw new Unresolvable(
          path, "parameter " + name + " has no default: give it as a parameter " + name + "=...");
    }
    throw new Unresolvable(path, "Ref " + name + " names no parameter or resource");
  }

  private JsonNode getAtt(JsonNode arg, String path, int depth) throws Unresolvable {
    String key;
    if (arg.isTextual()) {
      key = arg.asText();
    } else {
      JsonNode args = list(arg, 2, path, depth);
      key = text(args.get(0), path + "[0]", depth) + "." + text(args.get(1), path + "[1]", depth);
    }
    String value = given.get(key);
    if (value == null) {
      throw new Unresolvable(
          path,
          "Fn::GetAtt "
              + key
              + " is known only once deployed: give it as a parameter "
              + key
              + "=...");
    }
    return NODES.textNode(value);
  }

  private String sub(JsonNode arg, String path, int depth) throws Unresolvable {
    String template;
    Map<String, String> variables = new HashMap<>();
    if (arg.isArray()) {
      if (arg.size() != 2 || !arg.get(1).isObject()) {
        throw new Unresolvable(path, "Fn::Sub takes a string, or a string and a map");
      }
      template = text(arg.get(0), path + "[0]", depth);
      for (Map.Entry<String, JsonNode> f : arg.get(1).properties()) {
        variables.put(f.getKey(), text(f.getValue(), path + "[1]." + f.getKey(), depth));
      }
    } else {
      template = text(arg, path, depth);
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("${", i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new Unresolvable(path, "Fn::Sub has an unclosed ${");
      }
      String name = template.substring(open + 2, close).trim();
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
      } else if (variables.containsKey(name)) {
        out.append(variables.get(name));
      } else if (name.indexOf('.') > 0 && !name.startsWith("AWS::")) {
        out.append(getAtt(NODES.textNode(name), path, depth).asText());
      } else {
        JsonNode value = ref(name, path);
        if (!value.isValueNode()) {
          throw new Unresolvable(path, "Fn::Sub variable " + name + " is a list");
        }
        out.append(value.asText());
      }
      i = close + 1;
    }
    return out.toString();
  }

  /** Evaluates a condition of the template's {@code Conditions}. */
  boolean condition(String name, String path) throws Unresolvable {
    Boolean known = conditionValues.get(name);
    if (known != null) {
      return known;
    }
    JsonNode definition = conditions.path(name);
    if (definition.isMissingNode()) {
      throw new Unresolvable(path, "condition " + name + " is not defined");
    }
    if (!evaluating.add(name)) {
      throw new Unresolvable(path, "condition " + name + " refers to itself");
    }
    try {
      boolean value = evaluate(definition, "Conditions." + name, 0);
      conditionValues.put(name, value);
      return value;
    } finally {
      evaluating.remove(name);
    }
  }

  private boolean evaluate(JsonNode node, String path, int depth) throws Unresolvable {
    if (depth > TemplateTrees.MAX_DEPTH) {
      throw new Unresolvable(path, "nested too deeply");
    }
    if (node.isObject() && node.size() == 1 && node.has("Condition")) {
      return condition(node.get("Condition").asText(), path);
    }
    String function = function(node);
    if (function == null) {
      throw new Unresolvable(path, "a condition must be Fn::Equals, Fn::And, Fn::Or or Fn::Not");
    }
    JsonNode arg = node.get(function);
    String at = path + "." + function;
    switch (function) {
      case "Fn::Equals":
        {
          JsonNode args = list(arg, 2, at, depth);
          JsonNode a = resolve(args.get(0), at + "[0]", depth + 1);
          JsonNode b = resolve(args.get(1), at + "[1]", depth + 1);
          return scalarText(a, at + "[0]").equals(scalarText(b, at + "[1]"));
        }
      case "Fn::Not":
        {
          if (!arg.isArray() || arg.size() != 1) {
            throw new Unresolvable(at, "Fn::Not takes one condition");
          }
          return !evaluate(arg.get(0), at + "[0]", depth + 1);
        }
      case "Fn::And":
      case "Fn::Or":
        {
          if (!arg.isArray() || arg.isEmpty()) {
            throw new Unresolvable(at, function + " takes a list of conditions");
          }
          boolean and = function.equals("Fn::And");
          for (int i = 0; i < arg.size(); i++) {
            boolean value = evaluate(arg.get(i), at + "[" + i + "]", depth + 1);
            if (value != and) {
              return value;
            }
          }
          return and;
        }
      default:
        throw new Unresolvable(at, function + " is not a condition function");
    }
  }

  private JsonNode list(JsonNode arg, int size, String path, int depth) throws Unresolvable {
    if (function(arg) != null) {
      arg = resolve(arg, path, depth + 1);
    }
    if (!arg.isArray() || arg.size() != size) {
      throw new Unresolvable(path, "expected a list of " + size);
    }
    return arg;
  }

  private String text(JsonNode arg, String path, int depth) throws Unresolvable {
    return scalarText(resolve(arg, path, depth + 1), path);
  }

  private static String scalarText(JsonNode value, String path) throws Unresolvable {
    if (value == NO_VALUE || !value.isValueNode() || value.isNull()) {
      throw new Unresolvable(path, "expected a string");
    }
    return value.asText();
  }
}
