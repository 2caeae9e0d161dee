package io.github.cognitoevents.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CanIgnoreReturnValue;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A string-valued CloudFormation property: a literal, or one of the intrinsic functions that name
 * another resource ({@code Ref}, {@code Fn::GetAtt}) or build a string ({@code Fn::Sub}). Typed so
 * that a function ARN can be "the {@code Arn} of resource {@code PreSignUpFunction}" instead of a
 * string that happens to look like JSON.
 *
 * <pre>{@code
 * CfnValue arn = CfnValue.getAtt("PreSignUpLambdaFunction", "Arn");  // {"Fn::GetAtt": [..., "Arn"]}
 * CfnValue key = CfnValue.of("arn:aws:kms:us-east-1:123456789012:key/1234abcd-...");
 * CfnValue pool = CfnValue.sub("arn:${AWS::Partition}:cognito-idp:${AWS::Region}:...");
 * }</pre>
 */
public sealed interface CfnValue
    permits CfnValue.Literal, CfnValue.Ref, CfnValue.GetAtt, CfnValue.Sub {

  /** CloudFormation logical ids: ASCII letters and digits, at most 255 of them. */
  Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");

  /**
   * A literal string.
   *
   * @param value the value, not empty
   * @return the literal
   */
  static CfnValue of(String value) {
    return new Literal(value);
  }

  /**
   * {@code {"Ref": logicalId}}: a parameter's value or a resource's default reference.
   *
   * @param logicalId the resource or parameter
   * @return the reference
   */
  static CfnValue ref(String logicalId) {
    return new Ref(logicalId);
  }

  /**
   * {@code {"Fn::GetAtt": [logicalId, attribute]}}.
   *
   * @param logicalId the resource
   * @param attribute the attribute, such as {@code Arn}
   * @return the attribute reference
   */
  static CfnValue getAtt(String logicalId, String attribute) {
    return new GetAtt(logicalId, attribute);
  }

  /**
   * {@code {"Fn::Sub": template}}.
   *
   * @param template the template, with {@code ${...}} variables
   * @return the substitution
   */
  static CfnValue sub(String template) {
    return new Sub(template);
  }

  /**
   * The value as it goes into a template.
   *
   * @return a new JSON string or intrinsic-function object
   */
  JsonNode toJson();

  /**
   * The resource this value certainly names, for {@code DependsOn}: the logical id of an {@code
   * Fn::GetAtt}. A {@code Ref} may name a parameter as well as a resource, so it names none here.
   *
   * @return the logical id, or empty
   */
  default Optional<String> resource() {
    return Optional.empty();
  }

  /**
   * The literal text.
   *
   * @return the literal, or empty for an intrinsic function
   */
  default Optional<String> literal() {
    return Optional.empty();
  }

  /**
   * A literal string.
   *
   * @param value the value
   */
  record Literal(String value) implements CfnValue {
    /** Checks the value is a non-empty string. */
    public Literal {
      if (value == null || value.isEmpty()) {
        throw new InvalidTemplateException("a literal value must be a non-empty string");
      }
    }

    @Override
    public JsonNode toJson() {
      return JsonNodeFactory.instance.textNode(value);
    }

    @Override
    public Optional<String> literal() {
      return Optional.of(value);
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /**
   * {@code {"Ref": logicalId}}.
   *
   * @param logicalId the resource or parameter
   */
  record Ref(String logicalId) implements CfnValue {
    /** Checks the logical id. */
    public Ref {
      requireLogicalId(logicalId, "Ref");
    }

    @Override
    public JsonNode toJson() {
      return JsonNodeFactory.instance.objectNode().put("Ref", logicalId);
    }

    @Override
    public String toString() {
      return "!Ref " + logicalId;
    }
  }

  /**
   * {@code {"Fn::GetAtt": [logicalId, attribute]}}.
   *
   * @param logicalId the resource
   * @param attribute the attribute
   */
  record GetAtt(String logicalId, String attribute) implements CfnValue {
    /** Checks the logical id and the attribute. */
    public GetAtt {
      requireLogicalId(logicalId, "Fn::GetAtt");
      if (attribute == null || attribute.isEmpty()) {
        throw new InvalidTemplateException("Fn::GetAtt needs an attribute name");
      }
    }

    @Override
    public JsonNode toJson() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.putArray("Fn::GetAtt").add(logicalId).add(attribute);
      return node;
    }

    @Override
    public Optional<String> resource() {
      return Optional.of(logicalId);
    }

    @Override
    public String toString() {
      return "!GetAtt " + logicalId + "." + attribute;
    }
  }

  /**
   * {@code {"Fn::Sub": template}}.
   *
   * @param template the template
   */
  record Sub(String template) implements CfnValue {
    /** Checks the template is not empty. */
    public Sub {
      if (template == null || template.isEmpty()) {
        throw new InvalidTemplateException("Fn::Sub needs a non-empty template");
      }
    }

    @Override
    public JsonNode toJson() {
      return JsonNodeFactory.instance.objectNode().put("Fn::Sub", template);
    }

    @Override
    public String toString() {
      return "!Sub " + template;
    }
  }

  /**
   * Checks a CloudFormation logical id.
   *
   * @param logicalId the id
   * @param what what it is, for the message
   * @return the id
   * @throws InvalidTemplateException if it is not 1 to 255 ASCII letters and digits
   */
  @CanIgnoreReturnValue // also used as a plain check
  static String requireLogicalId(String logicalId, String what) {
    Objects.requireNonNull(what, "what");
    if (logicalId == null || !LOGICAL_ID.matcher(logicalId).matches()) {
      throw new InvalidTemplateException(
          what + ": a logical id must be 1 to 255 ASCII letters and digits");
    }
    return logicalId;
  }
}
