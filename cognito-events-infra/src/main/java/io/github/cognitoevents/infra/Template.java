package io.github.cognitoevents.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.cognitoevents.model.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable CloudFormation template: description, parameters, resources and outputs, in the
 * order they were added, rendered as JSON or YAML (intrinsic functions in their long form, which
 * both formats accept). Templates combine with {@link #merge(Template)}.
 *
 * <pre>{@code
 * Template t = Template.builder("Cognito monitoring")
 *     .resource("Rule", ruleJson)
 *     .output("RuleArn", CfnValue.getAtt("Rule", "Arn"))
 *     .build();
 * Files.writeString(path, t.toYaml());
 * }</pre>
 */
public final class Template {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final YAMLMapper YAML =
      YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

  private final String description;
  private final Map<String, ObjectNode> parameters;
  private final Map<String, ObjectNode> resources;
  private final Map<String, ObjectNode> outputs;

  private Template(Builder b) {
    this.description = b.description;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
    this.resources = Collections.unmodifiableMap(new LinkedHashMap<>(b.resources));
    this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(b.outputs));
  }

  /**
   * Starts a template.
   *
   * @param description the template's {@code Description}, or null for none
   * @return an empty builder
   */
  public static Builder builder(String description) {
    return new Builder(description);
  }

  /**
   * The template's description.
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * One resource.
   *
   * @param logicalId its logical id
   * @return a copy of its definition, or empty when the template has no such resource
   */
  public Optional<ObjectNode> resource(String logicalId) {
    ObjectNode r = resources.get(logicalId);
    return r == null ? Optional.empty() : Optional.of(r.deepCopy());
  }

  /**
   * The logical ids of the resources, in template order.
   *
   * @return an unmodifiable set
   */
  public java.util.Set<String> resourceIds() {
    return resources.keySet();
  }

  /**
   * A template holding this one's parts and then the other's. The description is this one's.
   *
   * @param other another template
   * @return the merged template
   * @throws InvalidTemplateException if both define a parameter, resource or output of the same
   *     name differently
   */
  public Template merge(Template other) {
    return toBuilder().include(other).build();
  }

  /**
   * A builder holding this template's parts.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(description);
    b.parameters.putAll(parameters);
    b.resources.putAll(resources);
    b.outputs.putAll(outputs);
    return b;
  }

  /**
   * The template as a JSON tree.
   *
   * @return a new object
   */
  public ObjectNode toJson() {
    ObjectNode t = JsonNodeFactory.instance.objectNode();
    t.put("AWSTemplateFormatVersion", "2010-09-09");
    if (description != null) {
      t.put("Description", description);
    }
    section(t, "Parameters", parameters);
    section(t, "Resources", resources);
    section(t, "Outputs", outputs);
    return t;
  }

  /**
   * The template as indented JSON text, ending with a newline.
   *
   * @return the text
   */
  public String toJsonText() {
    try {
      return JSON.writeValueAsString(toJson()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always renders", e);
    }
  }

  /**
   * The template as YAML text.
   *
   * @return the text
   */
  public String toYaml() {
    try {
      return YAML.writeValueAsString(toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always renders as YAML", e);
    }
  }

  /**
   * Writes the template, as YAML when the file name ends with {@code .yaml} or {@code .yml}, as
   * JSON otherwise; parent directories are created.
   *
   * @param file the file
   * @return {@code file}
   * @throws UncheckedIOException if it cannot be written
   */
  public Path write(Path file) {
    String name = file.getFileName().toString();
    String text = name.endsWith(".yaml") || name.endsWith(".yml") ? toYaml() : toJsonText();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public String toString() {
    return "Template[" + resources.keySet() + "]";
  }

  private static void section(ObjectNode t, String name, Map<String, ObjectNode> parts) {
    if (!parts.isEmpty()) {
      ObjectNode section = t.putObject(name);
      parts.forEach((k, v) -> section.set(k, v.deepCopy()));
    }
  }

  /** Collects the parts of a template; not thread-safe. */
  @CanIgnoreReturnValue // mutable: the adders return this builder for chaining
  public static final class Builder {
    private final String description;
    private final Map<String, ObjectNode> parameters = new LinkedHashMap<>();
    private final Map<String, ObjectNode> resources = new LinkedHashMap<>();
    private final Map<String, ObjectNode> outputs = new LinkedHashMap<>();

    private Builder(String description) {
      this.description = description;
    }

    /**
     * Adds a parameter.
     *
     * @param name its logical id
     * @param definition its definition ({@code Type}, {@code Default}, ...)
     * @return this builder
     * @throws InvalidTemplateException if the name is malformed or defined differently already
     */
    public Builder parameter(String name, ObjectNode definition) {
      return put(parameters, "parameter", name, definition);
    }

    /**
     * Adds a resource.
     *
     * @param logicalId its logical id
     * @param definition its definition ({@code Type}, {@code Properties}, ...)
     * @return this builder
     * @throws InvalidTemplateException if the id is malformed or defined differently already
     */
    public Builder resource(String logicalId, ObjectNode definition) {
      return put(resources, "resource", logicalId, definition);
    }

    /**
     * Adds an output.
     *
     * @param name its logical id
     * @param value its value
     * @return this builder
     * @throws InvalidTemplateException if the name is malformed or defined differently already
     */
    public Builder output(String name, CfnValue value) {
      ObjectNode output = JsonNodeFactory.instance.objectNode();
      output.set("Value", value.toJson());
      return put(outputs, "output", name, output);
    }

    /**
     * Adds every parameter, resource and output of another template.
     *
     * @param other the template
     * @return this builder
     * @throws InvalidTemplateException if a part of the same name is defined differently already
     */
    public Builder include(Template other) {
      other.parameters.forEach((k, v) -> put(parameters, "parameter", k, v));
      other.resources.forEach((k, v) -> put(resources, "resource", k, v));
      other.outputs.forEach((k, v) -> put(outputs, "output", k, v));
      return this;
    }

    /**
     * Builds the template.
     *
     * @return the template
     */
    public Template build() {
      return new Template(this);
    }

    private Builder put(Map<String, ObjectNode> parts, String kind, String id, JsonNode value) {
      CfnValue.requireLogicalId(id, kind);
      Objects.requireNonNull(value, kind);
      if (!value.isObject()) {
        throw new InvalidTemplateException(kind + " " + id + ": a definition must be an object");
      }
      ObjectNode existing = parts.get(id);
      if (existing != null && !existing.equals(value)) {
        throw new InvalidTemplateException(
            kind + " " + id + " is defined twice, differently; logical ids must be unique");
      }
      parts.put(id, ((ObjectNode) value).deepCopy());
      return this;
    }
  }
}
