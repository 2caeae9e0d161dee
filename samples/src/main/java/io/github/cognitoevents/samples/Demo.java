package io.github.cognitoevents.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.ManagedLoginEvent;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.patterntest.MatchExplanation;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.samples.listener.ClientChange;
import io.github.cognitoevents.samples.listener.ListenerTemplate;
import io.github.cognitoevents.samples.listener.UserPoolClientListener;
import io.github.cognitoevents.samples.triggers.AdminUserFlow;
import io.github.cognitoevents.samples.triggers.AdminUserRules;
import io.github.cognitoevents.samples.triggers.CustomAuthChallengeHandler;
import io.github.cognitoevents.samples.triggers.CustomMessageHandler;
import io.github.cognitoevents.samples.triggers.PreSignUpHandler;
import io.github.cognitoevents.samples.triggers.PreTokenGenerationHandler;
import io.github.cognitoevents.samples.triggers.SignInAuditHandler;
import io.github.cognitoevents.samples.triggers.TriggerRejectedException;
import io.github.cognitoevents.samples.triggers.UserMigrationHandler;
import io.github.cognitoevents.samples.wiring.SampleTriggers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main job: renders the sample rules, runs every bundled CloudTrail event ({@code
 * events/*.json}) through each rule with the local matcher (printing MATCH / NO MATCH and why),
 * hands the matched ones to the API-call listener, runs every trigger event through its sample
 * handler (printing the response), and writes the listener's CloudFormation template.
 *
 * <p>Run from the repository root with {@code mvn -B -q -DskipTests -Pdemo package}, or directly
 * with {@code Demo.run(Path.of("samples/events"), System.out)}.
 *
 * <pre>{@code
 * Demo.run(Path.of("events"), System.out);
 * }</pre>
 */
public final class Demo {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Demo() {}

  /**
   * Runs the demo over the sample events: {@code args[0]} if given, else {@code events/} of the
   * working directory, else {@code samples/events/} (when run from the repository root).
   *
   * @param args optionally the events directory
   * @throws IOException if an event file cannot be read or the template written
   */
  public static void main(String[] args) throws IOException {
    Path events;
    if (args.length > 0) {
      events = Path.of(args[0]);
    } else if (Files.isDirectory(Path.of("events"))) {
      events = Path.of("events");
    } else {
      events = Path.of("samples", "events");
    }
    run(events, System.out);
  }

  /**
   * The sample rules, by name, in the order the demo prints them.
   *
   * @return name to rule
   */
  public static Map<String, PatternMatcher> rules() {
    Map<String, PatternMatcher> rules = new LinkedHashMap<>();
    rules.put("client-changes (seed)", PatternMatcher.compile(UserPoolClientListener.RULE.build()));
    rules.put(
        "client-changes, one pool and client, succeeded only",
        PatternMatcher.compile(
            UserPoolClientListener.RULE
                .userPool("us-east-1_EXAMPLE")
                .appClient("1example23456789")
                .succeeded()
                .build()));
    rules.put(
        "managed-login token requests",
        PatternMatcher.compile(
            CognitoApiCalls.managedLogin()
                .events(ManagedLoginEvent.TOKEN_POST)
                .userPool("us-east-1_EXAMPLE")
                .succeeded()
                .build()));
    rules.put(
        "admin-created users and forced password changes",
        PatternMatcher.compile(
            AdminUserRules.ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES.build()));
    return rules;
  }

  /**
   * The sample trigger handlers, by slot.
   *
   * @return slot to handler
   */
  public static Map<TriggerSlot, CognitoTriggerHandler> triggerHandlers() {
    Map<TriggerSlot, CognitoTriggerHandler> handlers = new EnumMap<>(TriggerSlot.class);
    handlers.put(TriggerSlot.PRE_SIGN_UP, new PreSignUpHandler(Set.of("example.com")));
    handlers.put(TriggerSlot.PRE_TOKEN_GENERATION, new PreTokenGenerationHandler());
    handlers.put(TriggerSlot.CUSTOM_MESSAGE, new CustomMessageHandler("Example Corp"));
    CustomAuthChallengeHandler customAuth = new CustomAuthChallengeHandler(() -> "482913");
    handlers.put(TriggerSlot.DEFINE_AUTH_CHALLENGE, customAuth);
    handlers.put(TriggerSlot.CREATE_AUTH_CHALLENGE, customAuth);
    handlers.put(TriggerSlot.VERIFY_AUTH_CHALLENGE_RESPONSE, customAuth);
    handlers.put(
        TriggerSlot.USER_MIGRATION, new UserMigrationHandler(UserMigrationHandler.demoDirectory()));
    SignInAuditHandler audit = new SignInAuditHandler(line -> {});
    handlers.put(TriggerSlot.PRE_AUTHENTICATION, audit);
    handlers.put(TriggerSlot.POST_AUTHENTICATION, audit);
    return handlers;
  }

  /**
   * Runs the demo.
   *
   * @param eventsDir the directory of sample events (with {@code admin-flow/})
   * @param out where to print
   * @throws IOException if an event file cannot be read or the template written
   */
  public static void run(Path eventsDir, PrintStream out) throws IOException {
    long start = System.nanoTime();
    Map<String, PatternMatcher> rules = rules();
    out.println("== Rules (rendered by CognitoApiCalls)");
    for (Map.Entry<String, PatternMatcher> rule : rules.entrySet()) {
      out.println(rule.getKey() + ":");
      out.println("  " + rule.getValue().pattern().toJson());
    }

    List<Path> files = eventFiles(eventsDir);
    List<Path> apiCalls = new ArrayList<>();
    List<Path> triggers = new ArrayList<>();
    for (Path file : files) {
      JsonNode json = JSON.readTree(file.toFile());
      (EventBridgeEvent.looksLikeEnvelope(json) ? apiCalls : triggers).add(file);
    }

    out.println();
    out.println("== CloudTrail events through the rules (local matcher)");
    List<ClientChange> changes = new ArrayList<>();
    UserPoolClientListener listener = new UserPoolClientListener(changes::add);
    PatternMatcher listenerRule = rules.values().iterator().next();
    for (Path file : apiCalls) {
      byte[] bytes = Files.readAllBytes(file);
      out.println("-- " + eventsDir.relativize(file));
      for (Map.Entry<String, PatternMatcher> rule : rules.entrySet()) {
        out.println("  [" + rule.getKey() + "] " + verdict(rule.getValue().explain(bytes)));
      }
      if (listenerRule.matches(bytes)) {
        ClientChange change =
            listener.handle(
                EventBridgeEvent.fromJson(JSON.readTree(bytes), CloudTrailRecord::fromJson));
        out.println("  listener: " + change.describe());
      }
    }

    out.println();
    out.println("== Trigger events through the sample handlers");
    Map<TriggerSlot, CognitoTriggerHandler> handlers = triggerHandlers();
    for (Path file : triggers) {
      TriggerEvent event = TriggerEvents.parse(Files.readAllBytes(file));
      String relative = eventsDir.relativize(file).toString().replace('\\', '/');
      out.println("-- " + relative + " (" + event.triggerSource() + step(relative) + ")");
      CognitoTriggerHandler handler = handlers.get(event.header().source().slot());
      if (handler == null) {
        out.println("  no sample handler");
        continue;
      }
      try {
        TriggerEvent reply = handler.handle(event, null);
        JsonNode response = reply.toJson().get("response");
        out.println("  response: " + (response == null ? "(none)" : response.toString()));
      } catch (TriggerRejectedException e) {
        out.println("  REJECTED: " + e.getMessage());
      }
    }

    out.println();
    Path moduleDir = eventsDir.toAbsolutePath().normalize().getParent();
    Path template =
        ListenerTemplate.write(
            UserPoolClientListener.RULE,
            moduleDir == null
                ? ListenerTemplate.DEFAULT_OUTPUT
                : moduleDir.resolve(ListenerTemplate.DEFAULT_OUTPUT));
    out.println("== Listener template written to " + template);
    Path wiring =
        SampleTriggers.template()
            .write(
                moduleDir == null
                    ? SampleTriggers.DEFAULT_OUTPUT
                    : moduleDir.resolve(SampleTriggers.DEFAULT_OUTPUT));
    out.println("== Trigger wiring template written to " + wiring);
    out.printf(
        "Demo done: %d rules, %d CloudTrail events, %d trigger events in %d ms%n",
        rules.size(), apiCalls.size(), triggers.size(), (System.nanoTime() - start) / 1_000_000);
  }

  private static List<Path> eventFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * {@code MATCH}, or {@code NO MATCH} followed by the conditions that failed.
   *
   * @param why the matcher's explanation
   * @return one line, plus one indented line per failed condition
   */
  static String verdict(MatchExplanation why) {
    if (why.matched()) {
      return "MATCH";
    }
    StringBuilder b = new StringBuilder("NO MATCH");
    for (MatchExplanation.Check check : why.failedChecks()) {
      b.append("\n      ")
          .append(check.path())
          .append(' ')
          .append(check.pattern())
          .append(" <- ")
          .append(
              check.eventValues().isEmpty() ? "(absent)" : String.join(", ", check.eventValues()));
    }
    return b.toString();
  }

  private static String step(String relative) {
    for (AdminUserFlow.Step step : AdminUserFlow.STEPS) {
      if (step.eventFile().equals(relative)) {
        return " caused by " + step.apiCall();
      }
    }
    return "";
  }
}
