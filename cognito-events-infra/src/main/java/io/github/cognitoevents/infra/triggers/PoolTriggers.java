package io.github.cognitoevents.infra.triggers;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.triggers.TriggerWiringException.Code;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The triggers declared for one user pool: a function per slot, the event versions, the KMS key of
 * the custom senders. Renders the pool's {@code LambdaConfig}.
 *
 * @param pool the pool
 * @param functions the function ARN of each slot, in slot order
 * @param versions the declared event version of each versioned slot that has one
 * @param kmsKeyId the custom senders' KMS key, or {@code null}
 */
public record PoolTriggers(
    UserPoolRef pool,
    Map<TriggerSlot, CfnValue> functions,
    Map<TriggerSlot, LambdaVersion> versions,
    CfnValue kmsKeyId) {

  /** Copies the maps. */
  public PoolTriggers {
    Objects.requireNonNull(pool, "pool");
    functions = Collections.unmodifiableMap(copy(functions));
    versions = Collections.unmodifiableMap(copy(versions));
  }

  private static <V> Map<TriggerSlot, V> copy(Map<TriggerSlot, V> map) {
    Map<TriggerSlot, V> copy = new EnumMap<>(TriggerSlot.class);
    if (map != null) {
      copy.putAll(map);
    }
    return copy;
  }

  /**
   * The KMS key.
   *
   * @return the key, or empty when no custom sender is declared
   */
  public Optional<CfnValue> kmsKey() {
    return Optional.ofNullable(kmsKeyId);
  }

  /**
   * The event version a versioned slot gets: the declared one, else {@code V1_0}.
   *
   * @param slot a versioned slot
   * @return the version
   */
  public LambdaVersion version(TriggerSlot slot) {
    return versions.getOrDefault(slot, LambdaVersion.V1_0);
  }

  /**
   * The {@code LambdaConfig} property of {@code AWS::Cognito::UserPool}: plain ARNs for the
   * unversioned slots, {@code {LambdaArn, LambdaVersion}} for the custom senders and inbound
   * federation, {@code PreTokenGenerationConfig} when pre token generation has a declared version
   * (else {@code PreTokenGeneration}, as the Serverless Framework writes it), and {@code KMSKeyID}.
   *
   * @return a new JSON object
   */
  public ObjectNode lambdaConfig() {
    ObjectNode config = JsonNodeFactory.instance.objectNode();
    functions.forEach(
        (slot, arn) -> {
          String key = CognitoTrigger.lambdaConfigKey(slot);
          if (slot == TriggerSlot.PRE_TOKEN_GENERATION && versions.containsKey(slot)) {
            ObjectNode c = config.putObject("PreTokenGenerationConfig");
            c.set("LambdaArn", arn.toJson());
            c.put("LambdaVersion", versions.get(slot).name());
          } else if (CognitoTrigger.isCustomSender(slot)
              || slot == TriggerSlot.INBOUND_FEDERATION) {
            ObjectNode c = config.putObject(key);
            c.set("LambdaArn", arn.toJson());
            c.put("LambdaVersion", version(slot).name());
          } else {
            config.set(key, arn.toJson());
          }
        });
    if (kmsKeyId != null) {
      config.set("KMSKeyID", kmsKeyId.toJson());
    }
    return config;
  }

  /**
   * The function ARNs as literals, for a change applied outside CloudFormation.
   *
   * @return each slot's ARN
   * @throws TriggerWiringException ({@code UNRESOLVED_VALUE}) if an ARN is an intrinsic function
   */
  public Map<TriggerSlot, String> literalFunctions() {
    Map<TriggerSlot, String> literals = new EnumMap<>(TriggerSlot.class);
    functions.forEach((slot, arn) -> literals.put(slot, literal(arn, slot)));
    return Collections.unmodifiableMap(literals);
  }

  /**
   * The KMS key ARN as a literal.
   *
   * @return the key, or empty
   * @throws TriggerWiringException ({@code UNRESOLVED_VALUE}) if it is an intrinsic function
   */
  public Optional<String> literalKmsKey() {
    return kmsKey().map(k -> literal(k, null));
  }

  private String literal(CfnValue value, TriggerSlot slot) {
    return value
        .literal()
        .orElseThrow(
            () ->
                new TriggerWiringException(
                    Code.UNRESOLVED_VALUE,
                    "user pool \""
                        + pool.label()
                        + "\": "
                        + (slot == null ? "KMSKeyID" : CognitoTrigger.lambdaConfigKey(slot))
                        + " is "
                        + value
                        + ", which only CloudFormation resolves; give the ARN"));
  }
}
