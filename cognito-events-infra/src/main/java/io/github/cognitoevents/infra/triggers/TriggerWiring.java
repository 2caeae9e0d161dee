package io.github.cognitoevents.infra.triggers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.Template;
import io.github.cognitoevents.infra.triggers.IamStatement.Grantee;
import io.github.cognitoevents.infra.triggers.TriggerWiringException.Code;
import io.github.cognitoevents.infra.triggers.UserPoolRef.ExistingPool;
import io.github.cognitoevents.infra.triggers.UserPoolRef.NewPool;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lambda functions wired to Cognito user pool triggers, checked and compiled the way the Serverless
 * Framework's {@code cognitoUserPool} event compiler does it.
 *
 * <p>{@link #template()} renders, for each pool the template creates, an {@code
 * AWS::Cognito::UserPool} with its {@code LambdaConfig} (depending on the functions it names), and
 * for every trigger an {@code AWS::Lambda::Permission} that lets {@code cognito-idp.amazonaws.com}
 * invoke the function from that pool only. {@link #iamStatements()} lists the permissions the
 * wiring needs beyond that: {@code kms:Decrypt} for the custom senders' roles, {@code
 * kms:CreateGrant} for whoever sets a pool's {@code KMSKeyID}, and for an existing pool {@code
 * cognito-idp:DescribeUserPool}/{@code UpdateUserPool}. An existing pool is updated in place by
 * {@link ExistingPoolTriggers}, which changes its {@code LambdaConfig} and nothing else.
 *
 * <p>Refused, with a {@link TriggerWiringException} naming pool, function and key: a custom sender
 * without a KMS key ({@code COGNITO_KMS_KEY_NOT_SET}), two KMS keys for one pool ({@code
 * COGNITO_KMS_KEY_ID_NOT_SAME_FOR_SINGLE_USER_POOL}), one function on several existing pools
 * ({@code COGNITO_MULTIPLE_USER_POOLS_PER_FUNCTION}), and two functions on one slot of a pool
 * ({@code DUPLICATE_TRIGGER}; the Serverless Framework silently keeps the last).
 *
 * <pre>{@code
 * UserPoolRef customers = UserPoolRef.newPool("Customers");
 * TriggerWiring wiring = TriggerWiring.of(
 *     CognitoTrigger.of("preSignUp", CfnValue.getAtt("PreSignUpLambdaFunction", "Arn"),
 *         customers, TriggerSlot.PRE_SIGN_UP),
 *     CognitoTrigger.of("mailer", CfnValue.getAtt("MailerLambdaFunction", "Arn"),
 *         customers, TriggerSlot.CUSTOM_EMAIL_SENDER).withKmsKey(CfnValue.ref("CodeKey")));
 * Template template = wiring.template();
 * }</pre>
 */
public final class TriggerWiring {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<CognitoTrigger> triggers;
  private final Map<UserPoolRef, PoolTriggers> pools;

  private TriggerWiring(List<CognitoTrigger> triggers, Map<UserPoolRef, PoolTriggers> pools) {
    this.triggers = triggers;
    this.pools = pools;
  }

  /**
   * Checks and collects triggers.
   *
   * @param triggers the triggers, in declaration order
   * @return the wiring
   * @throws TriggerWiringException if the combination is refused (see the class description)
   */
  public static TriggerWiring of(List<CognitoTrigger> triggers) {
    List<CognitoTrigger> list = List.copyOf(triggers);
    Map<UserPoolRef, Map<TriggerSlot, CognitoTrigger>> bySlot = new LinkedHashMap<>();
    Map<UserPoolRef, CognitoTrigger> keyOwner = new LinkedHashMap<>();
    Map<String, ExistingPool> existingPoolOf = new LinkedHashMap<>();
    for (CognitoTrigger t : list) {
      Map<TriggerSlot, CognitoTrigger> slots =
          bySlot.computeIfAbsent(t.pool(), p -> new EnumMap<>(TriggerSlot.class));
      CognitoTrigger earlier = slots.putIfAbsent(t.slot(), t);
      if (earlier != null) {
        throw new TriggerWiringException(
            Code.DUPLICATE_TRIGGER,
            "user pool \""
                + t.pool().label()
                + "\": "
                + CognitoTrigger.lambdaConfigKey(t.slot())
                + " is given to function \""
                + earlier.function()
                + "\" and to function \""
                + t.function()
                + "\"; a slot takes one function");
      }
      if (CognitoTrigger.isCustomSender(t.slot())) {
        if (t.kmsKeyId() == null) {
          throw new TriggerWiringException(
              Code.COGNITO_KMS_KEY_NOT_SET,
              "function \""
                  + t.function()
                  + "\" is the "
                  + CognitoTrigger.lambdaConfigKey(t.slot())
                  + " of user pool \""
                  + t.pool().label()
                  + "\" and needs a KMS key (kmsKeyId): Cognito encrypts the codes it gives"
                  + " custom senders with it");
        }
        CognitoTrigger owner = keyOwner.putIfAbsent(t.pool(), t);
        if (owner != null && !owner.kmsKeyId().equals(t.kmsKeyId())) {
          throw new TriggerWiringException(
              Code.COGNITO_KMS_KEY_ID_NOT_SAME_FOR_SINGLE_USER_POOL,
              "user pool \""
                  + t.pool().label()
                  + "\" has one KMSKeyID, but function \""
                  + owner.function()
                  + "\" gives "
                  + owner.kmsKeyId()
                  + " and function \""
                  + t.function()
                  + "\" gives "
                  + t.kmsKeyId());
        }
      }
      if (t.pool() instanceof ExistingPool existing) {
        ExistingPool other = existingPoolOf.putIfAbsent(t.function(), existing);
        if (other != null && !other.equals(existing)) {
          throw new TriggerWiringException(
              Code.COGNITO_MULTIPLE_USER_POOLS_PER_FUNCTION,
              "function \""
                  + t.function()
                  + "\" is attached to the existing user pools \""
                  + other.label()
                  + "\" and \""
                  + existing.label()
                  + "\"; one function can be wired to one existing pool");
        }
      }
    }
    Map<UserPoolRef, PoolTriggers> pools = new LinkedHashMap<>();
    bySlot.forEach(
        (pool, slots) -> {
          Map<TriggerSlot, CfnValue> functions = new EnumMap<>(TriggerSlot.class);
          Map<TriggerSlot, LambdaVersion> versions = new EnumMap<>(TriggerSlot.class);
          slots.forEach(
              (slot, t) -> {
                functions.put(slot, t.functionArn());
                if (t.version() != null) {
                  versions.put(slot, t.version());
                }
              });
          CognitoTrigger owner = keyOwner.get(pool);
          pools.put(
              pool,
              new PoolTriggers(pool, functions, versions, owner == null ? null : owner.kmsKeyId()));
        });
    return new TriggerWiring(list, pools);
  }

  /**
   * Checks and collects triggers.
   *
   * @param triggers the triggers, in declaration order
   * @return the wiring
   * @throws TriggerWiringException if the combination is refused (see the class description)
   */
  public static TriggerWiring of(CognitoTrigger... triggers) {
    return of(List.of(triggers));
  }

  /**
   * The triggers, in declaration order.
   *
   * @return an unmodifiable list
   */
  public List<CognitoTrigger> triggers() {
    return triggers;
  }

  /**
   * The pools, in order of first declaration.
   *
   * @return an unmodifiable list
   */
  public List<UserPoolRef> pools() {
    return List.copyOf(pools.keySet());
  }

  /**
   * The triggers of one pool.
   *
   * @param pool the pool
   * @return its triggers
   * @throws IllegalArgumentException if the wiring has no trigger on that pool
   */
  public PoolTriggers pool(UserPoolRef pool) {
    PoolTriggers p = pools.get(Objects.requireNonNull(pool, "pool"));
    if (p == null) {
      throw new IllegalArgumentException("no trigger is wired to user pool " + pool.label());
    }
    return p;
  }

  /**
   * The CloudFormation resources: the pools the template creates, with their {@code LambdaConfig},
   * and one invoke permission per trigger. Existing pools get their permissions here; their {@code
   * LambdaConfig} is changed by {@link ExistingPoolTriggers}.
   *
   * @return the template
   */
  public Template template() {
    Template.Builder t =
        Template.builder("Cognito user pool triggers (compiled by cognito-events)");
    pools.forEach(
        (pool, config) -> {
          if (pool instanceof NewPool newPool) {
            ObjectNode resource = NODES.objectNode().put("Type", "AWS::Cognito::UserPool");
            Set<String> dependsOn = new LinkedHashSet<>();
            config.functions().values().forEach(arn -> arn.resource().ifPresent(dependsOn::add));
            if (!dependsOn.isEmpty()) {
              ArrayNode d = resource.putArray("DependsOn");
              dependsOn.forEach(d::add);
            }
            ObjectNode props = resource.putObject("Properties");
            props.put("UserPoolName", newPool.name());
            props.set("LambdaConfig", config.lambdaConfig());
            t.resource(newPool.logicalId(), resource);
          }
        });
    for (CognitoTrigger trigger : triggers) {
      ObjectNode permission = NODES.objectNode().put("Type", "AWS::Lambda::Permission");
      ObjectNode props = permission.putObject("Properties");
      props.set("FunctionName", trigger.functionArn().toJson());
      props.put("Action", "lambda:InvokeFunction");
      props.put("Principal", "cognito-idp.amazonaws.com");
      props.set("SourceArn", poolArn(trigger.pool()).toJson());
      t.resource(
          trigger.normalizedFunction()
              + "LambdaPermission"
              + poolIdPart(trigger.pool())
              + "TriggerSource"
              + CognitoTrigger.lambdaConfigKey(trigger.slot()),
          permission);
    }
    return t.build();
  }

  /**
   * The IAM permissions the wiring needs beyond the invoke permissions of {@link #template()}.
   *
   * @return the statements: for each custom sender, {@code kms:Decrypt} on its key for the
   *     function; for each pool with a key, {@code kms:CreateGrant} on it for the deployer; for
   *     each existing pool, {@code cognito-idp:DescribeUserPool} and {@code
   *     cognito-idp:UpdateUserPool} on it for the deployer
   */
  public List<IamStatement> iamStatements() {
    List<IamStatement> statements = new ArrayList<>();
    for (CognitoTrigger t : triggers) {
      if (CognitoTrigger.isCustomSender(t.slot())) {
        statements.add(
            new IamStatement(Grantee.FUNCTION, t.function(), List.of("kms:Decrypt"), t.kmsKeyId()));
      }
    }
    pools.forEach(
        (pool, config) -> {
          config
              .kmsKey()
              .ifPresent(
                  key ->
                      statements.add(
                          new IamStatement(
                              Grantee.DEPLOYER, null, List.of("kms:CreateGrant"), key)));
          if (pool instanceof ExistingPool existing) {
            statements.add(
                new IamStatement(
                    Grantee.DEPLOYER,
                    null,
                    List.of("cognito-idp:DescribeUserPool", "cognito-idp:UpdateUserPool"),
                    existing.arn()));
          }
        });
    return List.copyOf(statements);
  }

  private static CfnValue poolArn(UserPoolRef pool) {
    return pool instanceof NewPool newPool
        ? CfnValue.getAtt(newPool.logicalId(), "Arn")
        : ((ExistingPool) pool).arn();
  }

  private String poolIdPart(UserPoolRef pool) {
    if (pool instanceof NewPool newPool) {
      return newPool.logicalId();
    }
    ExistingPool existing = (ExistingPool) pool;
    return "ExistingCognitoUserPool"
        + existing
            .arn()
            .literal()
            .map(a -> a.substring(a.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", ""))
            .orElse(String.valueOf(new ArrayList<>(pools.keySet()).indexOf(pool) + 1));
  }
}
