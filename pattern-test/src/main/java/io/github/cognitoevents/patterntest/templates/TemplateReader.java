package io.github.cognitoevents.patterntest.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the EventBridge rules of CloudFormation templates (JSON or YAML, long or short-form
 * intrinsics), of SAM templates and of CDK output ({@code cdk.out/*.template.json}). Immutable:
 * each {@code with...} returns a copy.
 *
 * <pre>{@code
 * TemplateRules read = TemplateReader.create()
 *     .withParameter("Stage", "prod")
 *     .withParameter("UserPool6BA7E5F2", "us-east-1_EXAMPLE1") // a Ref to a resource
 *     .read(Path.of("cdk.out"));
 * }</pre>
 *
 * <p>What is read:
 *
 * <ul>
 *   <li>every {@code AWS::Events::Rule}: {@code EventPattern} (an object or a JSON string), {@code
 *       Name} (the logical id when it has none), {@code State} ({@code ENABLED} when absent) and
 *       {@code EventBusName} ({@code default} when absent; a bus given by {@code Ref} or {@code
 *       Fn::GetAtt} that does not resolve is named by the logical id it refers to);
 *   <li>every SAM {@code EventBridgeRule} or {@code CloudWatchEvent} event source of an {@code
 *       AWS::Serverless::Function} or {@code AWS::Serverless::StateMachine}, as the rule SAM
 *       generates from it: logical id = the function's and the event's ids joined, {@code Pattern},
 *       {@code RuleName}, {@code State} or {@code Enabled}, {@code EventBusName}.
 * </ul>
 *
 * <p>Intrinsic functions are resolved with the values given here, the template's parameter
 * defaults, mappings and conditions; nothing is guessed (see the list in the package). A rule whose
 * pattern or state uses one that does not resolve is reported in {@link TemplateRules#problems()}
 * by rule name and JSON path, and left out; so is a rule whose pattern EventBridge would reject
 * ({@code PutRule}'s limits, with EventBridge's message). Disabled rules, schedule-only rules and
 * rules whose resource {@code Condition} is false are listed in {@link TemplateRules#skipped()}.
 * Numbers and booleans of a pattern are read as the template writes them.
 */
public final class TemplateReader {

  /** Templates larger than this are refused (CloudFormation's own limit is 1 MB). */
  public static final long MAX_TEMPLATE_BYTES = 16L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> parameters;

  private TemplateReader(Map<String, String> parameters) {
    this.parameters = Map.copyOf(parameters);
  }

  /**
   * A reader with no parameter values.
   *
   * @return the reader
   */
  public static TemplateReader create() {
    return new TemplateReader(Map.of());
  }

  /**
   * A copy that resolves {@code Ref name} (a parameter, a pseudo parameter such as {@code
   * AWS::Region}, or a resource's physical id), or {@code Fn::GetAtt} when the name is {@code
   * Resource.Attribute}, to the value.
   *
   * @param name the parameter, resource or {@code Resource.Attribute}
   * @param value its value (a list parameter as comma-separated values)
   * @return the copy
   */
  public TemplateReader withParameter(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(parameters);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new TemplateReader(copy);
  }

  /**
   * A copy with several parameter values (see {@link #withParameter}).
   *
   * @param values name to value
   * @return the copy
   */
  public TemplateReader withParameters(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>(parameters);
    copy.putAll(values);
    return new TemplateReader(copy);
  }

  /**
   * Reads one template file, or the templates under a directory: files named {@code
   * *.template.json} (CDK output), {@code *.template.yaml}, {@code *.template.yml} or {@code
   * template.yaml}, {@code template.yml}, {@code template.json} (SAM), searched recursively, CDK
   * asset directories ({@code asset.*}) excluded.
   *
   * @param path the file or directory
   * @return the rules read
   * @throws TemplateException if a template cannot be read at all, or a directory holds none
   */
  public TemplateRules read(Path path) {
    return read(List.of(path));
  }

  /**
   * Reads several files or directories (see {@link #read(Path)}), in order.
   *
   * @param paths the files and directories
   * @return the rules read, names kept unique
   * @throws TemplateException if a template cannot be read at all
   */
  public TemplateRules read(Collection<Path> paths) {
    TemplateRules all = new TemplateRules(List.of(), List.of(), List.of(), List.of());
    for (Path path : paths) {
      for (Path file : templates(path)) {
        all = all.plus(read(file.toString(), text(file)));
      }
    }
    return all;
  }

  /**
   * Reads a template given as text.
   *
   * @param name the template's name, for messages and {@link RuleSource}
   * @param text the template, JSON or YAML
   * @return the rules read
   * @throws TemplateException if it is not a template
   */
  public TemplateRules read(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    JsonNode template = TemplateTrees.read(name, text);
    JsonNode resources = template.path("Resources");
    if (!resources.isObject()) {
      throw new TemplateException(name + " is not a CloudFormation template (no Resources)", null);
    }
    Intrinsics intrinsics = new Intrinsics(template, parameters);
    Reading reading = new Reading(name, intrinsics);
    for (Map.Entry<String, JsonNode> entry : resources.properties()) {
      String logicalId = entry.getKey();
      JsonNode resource = entry.getValue();
      String type = resource.path("Type").asText("");
      if (type.equals("AWS::Events::Rule")) {
        reading.rule(logicalId, resource, resource.path("Properties"), Sam.NO, "Properties.");
      } else if (type.equals("AWS::Serverless::Function")
          || type.equals("AWS::Serverless::StateMachine")) {
        for (Map.Entry<String, JsonNode> event :
            resource.path("Properties").path("Events").properties()) {
          String eventType = event.getValue().path("Type").asText("");
          if (eventType.equals("EventBridgeRule") || eventType.equals("CloudWatchEvent")) {
            reading.rule(
                logicalId + event.getKey(),
                resource,
                event.getValue().path("Properties"),
                eventType.equals("EventBridgeRule") ? Sam.EVENT_BRIDGE_RULE : Sam.CLOUD_WATCH_EVENT,
                "Properties.Events." + event.getKey() + ".Properties.");
          }
        }
      }
    }
    return new TemplateRules(List.of(name), reading.rules, reading.skipped, reading.problems);
  }

  /** Whether a rule comes from a SAM event source, and which: their property names differ. */
  private enum Sam {
    NO,
    EVENT_BRIDGE_RULE,
    CLOUD_WATCH_EVENT
  }

  /** The rules of one template as they are read. */
  private static final class Reading {
    final String template;
    final Intrinsics intrinsics;
    final List<Rule> rules = new ArrayList<>();
    final List<SkippedRule> skipped = new ArrayList<>();
    final List<TemplateProblem> problems = new ArrayList<>();
    final Set<String> names = new HashSet<>();

    Reading(String template, Intrinsics intrinsics) {
      this.template = template;
      this.intrinsics = intrinsics;
    }

    void rule(String logicalId, JsonNode resource, JsonNode properties, Sam sam, String at) {
      RuleSource source = new RuleSource(template, logicalId);
      String name = name(properties.path(sam == Sam.NO ? "Name" : "RuleName"), logicalId, at);
      try {
        JsonNode condition = resource.path("Condition");
        if (condition.isTextual() && !intrinsics.condition(condition.asText(), "Condition")) {
          skipped.add(
              new SkippedRule(source, name, "condition " + condition.asText() + " is false"));
          return;
        }
        RuleState state = state(properties, sam, at);
        if (state == RuleState.DISABLED) {
          skipped.add(new SkippedRule(source, name, "disabled"));
          return;
        }
        JsonNode patternNode = properties.path(sam == Sam.NO ? "EventPattern" : "Pattern");
        String patternPath = at + (sam == Sam.NO ? "EventPattern" : "Pattern");
        if (patternNode.isMissingNode() || patternNode.isNull()) {
          if (properties.has("ScheduleExpression")) {
            skipped.add(new SkippedRule(source, name, "a schedule rule, no event pattern"));
          } else {
            problems.add(new TemplateProblem(source, name, patternPath, "no event pattern"));
          }
          return;
        }
        JsonNode resolved = intrinsics.resolve(patternNode, patternPath, 0);
        String json;
        if (resolved.isTextual()) {
          json = resolved.asText();
        } else if (resolved.isObject()) {
          json = JSON.writeValueAsString(resolved);
        } else {
          problems.add(
              new TemplateProblem(source, name, patternPath, "the event pattern is not an object"));
          return;
        }
        EventPattern pattern;
        try {
          pattern = EventPattern.parse(json);
        } catch (InvalidEventPatternException e) {
          problems.add(new TemplateProblem(source, name, patternPath, e.reason()));
          return;
        }
        Rule rule =
            Rule.of(name, pattern)
                .withState(state)
                .withEventBusName(bus(properties.path("EventBusName"), at))
                .withSource(source);
        rules.add(TemplateRules.unique(rule, names));
      } catch (Intrinsics.Unresolvable e) {
        problems.add(new TemplateProblem(source, name, e.path, e.getMessage()));
      } catch (JsonProcessingException e) {
        problems.add(new TemplateProblem(source, name, at, "cannot be written as JSON"));
      }
    }

    private String name(JsonNode node, String logicalId, String at) {
      if (node.isMissingNode() || node.isNull()) {
        return logicalId;
      }
      try {
        JsonNode resolved = intrinsics.resolve(node, at + "Name", 0);
        return resolved.isValueNode() && !resolved.asText().isEmpty()
            ? resolved.asText()
            : logicalId;
      } catch (Intrinsics.Unresolvable e) {
        return logicalId; // the name only labels the rule
      }
    }

    private RuleState state(JsonNode properties, Sam sam, String at)
        throws Intrinsics.Unresolvable {
      JsonNode state = properties.path("State");
      if (!state.isMissingNode() && !state.isNull()) {
        JsonNode resolved = intrinsics.resolve(state, at + "State", 0);
        if (resolved == Intrinsics.NO_VALUE) {
          return RuleState.ENABLED;
        }
        return RuleState.fromValue(resolved.asText())
            .orElseThrow(
                () ->
                    new Intrinsics.Unresolvable(
                        at + "State",
                        "not a rule state (ENABLED, DISABLED,"
                            + " ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS)"));
      }
      if (sam == Sam.CLOUD_WATCH_EVENT || sam == Sam.EVENT_BRIDGE_RULE) {
        JsonNode enabled = properties.path("Enabled");
        if (!enabled.isMissingNode()) {
          JsonNode resolved = intrinsics.resolve(enabled, at + "Enabled", 0);
          return "false".equalsIgnoreCase(resolved.asText())
              ? RuleState.DISABLED
              : RuleState.ENABLED;
        }
      }
      return RuleState.ENABLED;
    }

    private String bus(JsonNode node, String at) {
      if (node.isMissingNode() || node.isNull()) {
        return Rule.DEFAULT_EVENT_BUS;
      }
      try {
        JsonNode resolved = intrinsics.resolve(node, at + "EventBusName", 0);
        if (resolved.isValueNode()) {
          return resolved.asText();
        }
      } catch (Intrinsics.Unresolvable e) {
        // the bus only labels the rule: name it by what it refers to
      }
      String function = Intrinsics.function(node);
      if (function != null) {
        JsonNode arg = node.get(function);
        String target = arg.isArray() && !arg.isEmpty() ? arg.get(0).asText() : arg.asText();
        if (function.equals("Fn::GetAtt") && arg.isTextual() && target.indexOf('.') > 0) {
          target = target.substring(0, target.indexOf('.'));
        }
        return target.isEmpty() ? function : target;
      }
      return node.toString();
    }
  }

  // ---- files ----------------------------------------------------------------------------------

  private static List<Path> templates(Path path) {
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        throw new TemplateException(path + " does not exist", null);
      }
      return List.of(path);
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(path)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> isTemplateName(f.getFileName().toString()))
          .filter(f -> !underAsset(path, f))
          .sorted()
          .forEach(found::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new TemplateException(path + " could not be listed: " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new TemplateException(
          path
              + " holds no template (*.template.json, *.template.yaml, *.template.yml,"
              + " template.yaml, template.yml or template.json)",
          null);
    }
    return found;
  }

  private static boolean isTemplateName(String name) {
    return name.endsWith(".template.json")
        || name.endsWith(".template.yaml")
        || name.endsWith(".template.yml")
        || name.equals("template.yaml")
        || name.equals("template.yml")
        || name.equals("template.json");
  }

  private static boolean underAsset(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith("asset.")) {
        return true;
      }
    }
    return false;
  }

  private static String text(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_TEMPLATE_BYTES + 1);
      if (bytes.length > MAX_TEMPLATE_BYTES) {
        throw new TemplateException(
            file + " is larger than " + (MAX_TEMPLATE_BYTES >> 20) + " MiB", null);
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new TemplateException(file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new TemplateException(file + " could not be read: " + e.getMessage(), e);
    }
  }
}
