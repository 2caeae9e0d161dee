package io.github.cognitoevents.infra.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.infra.triggers.UserPoolRef.ExistingPool;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether an {@code UpdateUserPool} call recorded by CloudTrail moved a pool's triggers away from
 * the declared wiring: the check that ties the monitor of Cognito API calls (a rule on {@code
 * UpdateUserPool}) to the trigger wiring.
 *
 * <p>{@code UpdateUserPool} replaces the pool's whole {@code LambdaConfig}: a slot the request does
 * not name has no trigger afterwards. So a declared slot missing from the request is {@link
 * Change#REMOVED}, a slot the request sets but the wiring does not declare is {@link Change#ADDED},
 * and a different function, event version or KMS key is {@link Change#CHANGED}. A failed call
 * changed nothing. A {@code lambdaConfig}, or a trigger in it, that CloudTrail hid ({@code
 * HIDDEN_DUE_TO_SECURITY_REASONS}) cannot be compared and is reported as {@link Status#HIDDEN} (the
 * service model marks none of them sensitive, so CloudTrail is not expected to hide them; the check
 * does not guess if it does).
 *
 * <pre>{@code
 * TriggerDrift.Report report = TriggerDrift.check(wiring.pool(pool), record);
 * if (report.status() == TriggerDrift.Status.DRIFTED) {
 *   alert(report.toString());
 * }
 * }</pre>
 */
public final class TriggerDrift {

  private TriggerDrift() {}

  /** The outcome of a check. */
  public enum Status {
    /** The call left the declared triggers as they are. */
    NO_DRIFT,
    /** The call changed the triggers away from the wiring. */
    DRIFTED,
    /** The call failed ({@code errorCode} set): nothing changed. */
    FAILED_CALL,
    /** The call updated another pool than the declared one. */
    OTHER_POOL,
    /** CloudTrail hid the call's {@code lambdaConfig}: it cannot be compared. */
    HIDDEN
  }

  /** How one slot (or the KMS key) differs. */
  public enum Change {
    /** Declared, but the call left the slot empty. */
    REMOVED,
    /** Not declared, but the call set the slot. */
    ADDED,
    /** Declared with another function, event version or key. */
    CHANGED
  }

  /**
   * One difference.
   *
   * @param member the {@code LambdaConfig} member, such as {@code PreSignUp} or {@code KMSKeyID}
   * @param change how it differs
   * @param declared the declared value (function ARN, with {@code @V2_0} for a version), or null
   * @param actual the value the call set, or null
   */
  public record Difference(String member, Change change, String declared, String actual) {}

  /**
   * The result of a check.
   *
   * @param status the outcome
   * @param userPoolId the pool the call updated
   * @param eventId the CloudTrail event id
   * @param differences the differences, in slot order, KMS key last; empty unless {@code DRIFTED}
   */
  public record Report(
      Status status, String userPoolId, String eventId, List<Difference> differences) {
    /** Copies the list. */
    public Report {
      Objects.requireNonNull(status, "status");
      differences = List.copyOf(differences);
    }

    /**
     * Whether the call moved the triggers away from the wiring.
     *
     * @return {@code status() == DRIFTED}
     */
    public boolean drifted() {
      return status == Status.DRIFTED;
    }
  }

  /**
   * Compares an {@code UpdateUserPool} event with the declared triggers of its pool.
   *
   * @param declared the pool's declared triggers, with literal ARNs
   * @param event a CloudTrail record of {@code UpdateUserPool}
   * @return the report
   * @throws IllegalArgumentException if the record is not an {@code UpdateUserPool} call
   * @throws TriggerWiringException if a declared ARN is not a literal
   */
  public static Report check(PoolTriggers declared, CloudTrailRecord event) {
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(event, "event");
    if (event.operation() != CognitoOperation.UPDATE_USER_POOL) {
      throw new IllegalArgumentException(
          "event " + event.eventId() + " is " + event.eventName() + ", not UpdateUserPool");
    }
    JsonNode request =
        event.requestParameters() == null ? null : event.requestParameters().toJson();
    String poolId = request == null ? null : request.path("userPoolId").textValue();
    String eventId = event.eventId();
    if (declared.pool() instanceof ExistingPool existing
        && existing.arn().literal().isPresent()
        && poolId != null
        && !existing.poolId().equals(poolId)) {
      return new Report(Status.OTHER_POOL, poolId, eventId, List.of());
    }
    if (event.isFailed()) {
      return new Report(Status.FAILED_CALL, poolId, eventId, List.of());
    }
    JsonNode config = request == null ? null : request.get("lambdaConfig");
    if (config != null && config.isTextual() && Redactable.isMarker(config.textValue())) {
      return new Report(Status.HIDDEN, poolId, eventId, List.of());
    }
    Map<TriggerSlot, String> actual = new EnumMap<>(TriggerSlot.class);
    if (config != null && config.isObject()) {
      for (TriggerSlot slot : TriggerSlot.values()) {
        if (slot == TriggerSlot.UNKNOWN) {
          continue;
        }
        String value = actualValue(config, slot);
        if (value != null && Redactable.isMarker(value.split("@", 2)[0])) {
          return new Report(Status.HIDDEN, poolId, eventId, List.of());
        }
        if (value != null) {
          actual.put(slot, value);
        }
      }
    }
    List<Difference> differences = new ArrayList<>();
    Map<TriggerSlot, String> functions = declared.literalFunctions();
    for (TriggerSlot slot : TriggerSlot.values()) {
      if (slot == TriggerSlot.UNKNOWN) {
        continue;
      }
      String want = functions.containsKey(slot) ? declaredValue(declared, slot) : null;
      String got = actual.get(slot);
      String member = CognitoTrigger.lambdaConfigKey(slot);
      if (want != null && got == null) {
        differences.add(new Difference(member, Change.REMOVED, want, null));
      } else if (want == null && got != null) {
        differences.add(new Difference(member, Change.ADDED, null, got));
      } else if (want != null && !want.equals(got)) {
        differences.add(new Difference(member, Change.CHANGED, want, got));
      }
    }
    String wantKey = declared.literalKmsKey().orElse(null);
    String gotKey = config == null ? null : config.path("kMSKeyID").textValue();
    if (wantKey != null && !wantKey.equals(gotKey)) {
      differences.add(
          new Difference(
              "KMSKeyID", gotKey == null ? Change.REMOVED : Change.CHANGED, wantKey, gotKey));
    } else if (wantKey == null && gotKey != null) {
      differences.add(new Difference("KMSKeyID", Change.ADDED, null, gotKey));
    }
    return new Report(
        differences.isEmpty() ? Status.NO_DRIFT : Status.DRIFTED, poolId, eventId, differences);
  }

  private static String declaredValue(PoolTriggers declared, TriggerSlot slot) {
    String arn = declared.literalFunctions().get(slot);
    return versioned(slot) ? arn + "@" + declared.version(slot).name() : arn;
  }

  private static String actualValue(JsonNode config, TriggerSlot slot) {
    String key = CognitoTrigger.lambdaConfigKey(slot);
    String camel = Character.toLowerCase(key.charAt(0)) + key.substring(1);
    if (slot == TriggerSlot.PRE_TOKEN_GENERATION) {
      JsonNode versionConfig = config.get("preTokenGenerationConfig");
      if (versionConfig != null && versionConfig.isObject()) {
        return withVersion(versionConfig);
      }
      String plain = config.path("preTokenGeneration").textValue();
      return plain == null ? null : plain + "@" + LambdaVersion.V1_0.name();
    }
    JsonNode value = config.get(camel);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isObject() ? withVersion(value) : value.asText();
  }

  private static String withVersion(JsonNode versioned) {
    String arn = versioned.path("lambdaArn").textValue();
    String version = versioned.path("lambdaVersion").asText(LambdaVersion.V1_0.name());
    return arn == null ? null : arn + "@" + version;
  }

  private static boolean versioned(TriggerSlot slot) {
    return slot == TriggerSlot.PRE_TOKEN_GENERATION
        || CognitoTrigger.isCustomSender(slot)
        || slot == TriggerSlot.INBOUND_FEDERATION;
  }
}
