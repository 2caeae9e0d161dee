package io.github.cognitoevents.pattern.cognito;

import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CognitoService;
import io.github.cognitoevents.model.cloudtrail.EventType;
import io.github.cognitoevents.model.cloudtrail.IdentityType;
import io.github.cognitoevents.model.cloudtrail.ManagedLoginEvent;
import io.github.cognitoevents.pattern.Cidr;
import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.JsonKind;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.pattern.Member;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.PatternValue;
import io.github.cognitoevents.pattern.Patterns;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.pattern.TypedMatch;
import io.github.cognitoevents.pattern.cognito.CloudTrailField.ValueFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Cognito rule being described: an immutable value whose methods each return a narrower copy, and
 * {@link #build()} renders it as an {@link EventPattern}. Start from {@link CognitoApiCalls#rule()}
 * or {@link CognitoApiCalls#managedLogin()}.
 *
 * <pre>{@code
 * CognitoRule clientChanges = CognitoApiCalls.rule()
 *     .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT);
 * EventPattern prod = clientChanges.userPool("us-east-1_PROD").succeeded().build();
 * EventPattern fromCi = clientChanges.callerRole("arn:aws:iam::123456789012:role/ci").build();
 * }</pre>
 *
 * <p>The pattern always names {@code source}, {@code detail.eventSource}, {@code detail.eventType}
 * and, when chosen, {@code detail.eventName}, in that order; the other conditions follow in a fixed
 * order (outcome, caller, source IP, pool, client), then the {@link #where(CloudTrailField,
 * TypedMatch, TypedMatch...) where} conditions in the order given. Values given to one method
 * several times are OR-ed; distinct methods are AND-ed.
 */
public final class CognitoRule {

  private enum Kind {
    API_CALL,
    MANAGED_LOGIN
  }

  private enum Outcome {
    SUCCEEDED,
    FAILED
  }

  private enum ReadFilter {
    READ_ONLY,
    MUTATING
  }

  private final Kind kind;
  private final Set<CognitoOperation> operations;
  private final Set<ManagedLoginEvent> loginEvents;
  private final ReadFilter readFilter;
  private final Outcome outcome;
  private final List<String> userPools;
  private final List<String> appClients;
  private final List<String> callerTypes;
  private final List<String> callerArns;
  private final List<String> roleArns;
  private final List<String> sourceRanges;
  private final Map<CloudTrailField<?>, MatchList> wheres;

  private CognitoRule(
      Kind kind,
      Set<CognitoOperation> operations,
      Set<ManagedLoginEvent> loginEvents,
      ReadFilter readFilter,
      Outcome outcome,
      List<String> userPools,
      List<String> appClients,
      List<String> callerTypes,
      List<String> callerArns,
      List<String> roleArns,
      List<String> sourceRanges,
      Map<CloudTrailField<?>, MatchList> wheres) {
    this.kind = kind;
    this.operations = operations;
    this.loginEvents = loginEvents;
    this.readFilter = readFilter;
    this.outcome = outcome;
    this.userPools = userPools;
    this.appClients = appClients;
    this.callerTypes = callerTypes;
    this.callerArns = callerArns;
    this.roleArns = roleArns;
    this.sourceRanges = sourceRanges;
    this.wheres = wheres;
  }

  static CognitoRule apiCalls() {
    return empty(Kind.API_CALL);
  }

  static CognitoRule managedLogin() {
    return empty(Kind.MANAGED_LOGIN);
  }

  private static CognitoRule empty(Kind kind) {
    return new CognitoRule(
        kind,
        EnumSet.noneOf(CognitoOperation.class),
        EnumSet.noneOf(ManagedLoginEvent.class),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Map.of());
  }

  private CognitoRule copy(
      Set<CognitoOperation> newOperations,
      Set<ManagedLoginEvent> newLoginEvents,
      ReadFilter newReadFilter,
      Outcome newOutcome) {
    return new CognitoRule(
        kind,
        newOperations,
        newLoginEvents,
        newReadFilter,
        newOutcome,
        userPools,
        appClients,
        callerTypes,
        callerArns,
        roleArns,
        sourceRanges,
        wheres);
  }

  // ---- what happened --------------------------------------------------------------------------

  /**
   * Only these operations ({@code detail.eventName}). Repeated calls add operations.
   *
   * @param first an operation, not {@link CognitoOperation#UNKNOWN}
   * @param more further operations
   * @return the narrower rule
   * @throws InvalidCognitoRuleException for {@code UNKNOWN}, on a managed login rule, or after
   *     {@link #readOnly()} / {@link #mutating()}
   */
  public CognitoRule operations(CognitoOperation first, CognitoOperation... more) {
    List<CognitoOperation> all = new ArrayList<>();
    all.add(Objects.requireNonNull(first, "first"));
    for (CognitoOperation operation : more) {
      all.add(Objects.requireNonNull(operation, "operation"));
    }
    return operations(all);
  }

  /**
   * Only these operations ({@code detail.eventName}). Repeated calls add operations.
   *
   * @param chosen one or more operations, none {@link CognitoOperation#UNKNOWN}
   * @return the narrower rule
   * @throws InvalidCognitoRuleException for {@code UNKNOWN} or no operation, on a managed login
   *     rule, or after {@link #readOnly()} / {@link #mutating()}
   */
  public CognitoRule operations(Collection<CognitoOperation> chosen) {
    Objects.requireNonNull(chosen, "operations");
    if (kind != Kind.API_CALL) {
      throw new InvalidCognitoRuleException(
          "operations: managed login events are not API operations; use events(ManagedLoginEvent...)");
    }
    if (readFilter != null) {
      throw new InvalidCognitoRuleException(
          "operations: the rule already selects operations by "
              + readFilterName(readFilter)
              + "(); name the operations or use the filter, not both");
    }
    if (chosen.isEmpty()) {
      throw new InvalidCognitoRuleException("operations: at least one operation is needed");
    }
    EnumSet<CognitoOperation> next = EnumSet.noneOf(CognitoOperation.class);
    next.addAll(operations);
    for (CognitoOperation operation : chosen) {
      if (Objects.requireNonNull(operation, "operation") == CognitoOperation.UNKNOWN) {
        throw new InvalidCognitoRuleException(
            "operations: UNKNOWN is not an operation a rule can name");
      }
      if (operation.service() != CognitoService.USER_POOLS) {
        throw new InvalidCognitoRuleException(
            "operations: "
                + operation
                + " is an identity pools (cognito-identity) operation; this rule selects user"
                + " pools (cognito-idp) calls");
      }
      next.add(operation);
    }
    return copy(next, loginEvents, readFilter, outcome);
  }

  /**
   * Only the read-only operations ({@code Describe*}, {@code Get*}, {@code List*}, ...), expanded
   * to the list of {@link CognitoOperation#isReadOnly() read-only} operations. Such a rule sees
   * these events only in state {@code ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS} (see {@link
   * #ruleState()}).
   *
   * @return the narrower rule
   * @throws InvalidCognitoRuleException after {@link #operations(CognitoOperation,
   *     CognitoOperation...) operations} or {@link #mutating()}, or on a managed login rule
   */
  public CognitoRule readOnly() {
    return readFilter(ReadFilter.READ_ONLY);
  }

  /**
   * Only operations that are not {@link CognitoOperation#isReadOnly() read-only}: rendered as
   * {@code anything-but} the read-only operations (the mutating ones are too many to list within
   * the rule size limit), so operations newer than this library match too.
   *
   * @return the narrower rule
   * @throws InvalidCognitoRuleException after {@link #operations(CognitoOperation,
   *     CognitoOperation...) operations} or {@link #readOnly()}, or on a managed login rule
   */
  public CognitoRule mutating() {
    return readFilter(ReadFilter.MUTATING);
  }

  private CognitoRule readFilter(ReadFilter filter) {
    String name = readFilterName(filter);
    if (kind != Kind.API_CALL) {
      throw new InvalidCognitoRuleException(
          name + ": managed login events are not API operations; use events(ManagedLoginEvent...)");
    }
    if (!operations.isEmpty()) {
      throw new InvalidCognitoRuleException(
          name + ": the rule already names operations " + names(operations));
    }
    if (readFilter != null && readFilter != filter) {
      throw new InvalidCognitoRuleException(
          name + ": the rule already selects " + readFilterName(readFilter) + "() operations");
    }
    return copy(operations, loginEvents, filter, outcome);
  }

  private static String readFilterName(ReadFilter filter) {
    return filter == ReadFilter.READ_ONLY ? "readOnly" : "mutating";
  }

  /**
   * Only these managed login events ({@code detail.eventName}). Repeated calls add events.
   *
   * @param first an event, not {@link ManagedLoginEvent#UNKNOWN}
   * @param more further events
   * @return the narrower rule
   * @throws InvalidCognitoRuleException for {@code UNKNOWN} or on an API call rule
   */
  public CognitoRule events(ManagedLoginEvent first, ManagedLoginEvent... more) {
    if (kind != Kind.MANAGED_LOGIN) {
      throw new InvalidCognitoRuleException(
          "events: API call rules name operations; use operations(CognitoOperation...)");
    }
    EnumSet<ManagedLoginEvent> next = EnumSet.noneOf(ManagedLoginEvent.class);
    next.addAll(loginEvents);
    next.add(Objects.requireNonNull(first, "first"));
    for (ManagedLoginEvent event : more) {
      next.add(Objects.requireNonNull(event, "event"));
    }
    if (next.contains(ManagedLoginEvent.UNKNOWN)) {
      throw new InvalidCognitoRuleException("events: UNKNOWN is not an event a rule can name");
    }
    return copy(operations, next, readFilter, outcome);
  }

  /**
   * Only successful calls: {@code errorCode} absent (for managed login events, also {@code ""},
   * which they send on success).
   *
   * @return the narrower rule
   * @throws InvalidCognitoRuleException after {@link #failed()}
   */
  public CognitoRule succeeded() {
    return outcome(Outcome.SUCCEEDED);
  }

  /**
   * Only failed calls: an {@code errorCode} is present (for managed login events, one other than
   * {@code ""}).
   *
   * @return the narrower rule
   * @throws InvalidCognitoRuleException after {@link #succeeded()}
   */
  public CognitoRule failed() {
    return outcome(Outcome.FAILED);
  }

  private CognitoRule outcome(Outcome wanted) {
    if (outcome != null && outcome != wanted) {
      throw new InvalidCognitoRuleException(
          "errorCode: the rule already keeps only "
              + (outcome == Outcome.SUCCEEDED ? "succeeded" : "failed")
              + " calls");
    }
    return copy(operations, loginEvents, readFilter, wanted);
  }

  // ---- where --------------------------------------------------------------------------------

  /**
   * Only calls on these user pools: {@code requestParameters.userPoolId} for API calls, {@code
   * additionalEventData.userPoolId} for managed login events. Repeated calls add pools. Calls that
   * name no pool ({@code ListUserPools}, {@code CreateUserPool}) then never match.
   *
   * @param first a pool id such as {@code us-east-1_AbCdEf123}
   * @param more further pool ids
   * @return the narrower rule
   */
  public CognitoRule userPool(String first, String... more) {
    return new CognitoRule(
        kind,
        operations,
        loginEvents,
        readFilter,
        outcome,
        plus(userPools, "userPool", ValueFormat.USER_POOL_ID, first, more),
        appClients,
        callerTypes,
        callerArns,
        roleArns,
        sourceRanges,
        wheres);
  }

  /**
   * Only calls on these app clients: {@code requestParameters.clientId} for API calls (so not
   * {@code CreateUserPoolClient}, whose id is in the response), the form field {@code
   * additionalEventData.requestParameters.client_id} for managed login events. Repeated calls add
   * clients.
   *
   * @param first a client id
   * @param more further client ids
   * @return the narrower rule
   */
  public CognitoRule appClient(String first, String... more) {
    return new CognitoRule(
        kind,
        operations,
        loginEvents,
        readFilter,
        outcome,
        userPools,
        plus(appClients, "appClient", ValueFormat.APP_CLIENT_ID, first, more),
        callerTypes,
        callerArns,
        roleArns,
        sourceRanges,
        wheres);
  }

  /**
   * Only calls made by these kinds of identity ({@code userIdentity.type}).
   *
   * @param first an identity type, not {@link IdentityType#UNKNOWN}
   * @param more further types
   * @return the narrower rule
   * @throws InvalidCognitoRuleException for {@code UNKNOWN}
   */
  public CognitoRule callerType(IdentityType first, IdentityType... more) {
    List<String> values = new ArrayList<>(callerTypes);
    List<IdentityType> all = new ArrayList<>();
    all.add(Objects.requireNonNull(first, "first"));
    for (IdentityType type : more) {
      all.add(Objects.requireNonNull(type, "type"));
    }
    for (IdentityType type : all) {
      if (type == IdentityType.UNKNOWN) {
        throw new InvalidCognitoRuleException(
            "userIdentity.type: UNKNOWN is not a value a rule can name (CloudTrail's \"Unknown\" is"
                + " UNKNOWN_PRINCIPAL)");
      }
      if (!values.contains(type.value())) {
        values.add(type.value());
      }
    }
    return new CognitoRule(
        kind,
        operations,
        loginEvents,
        readFilter,
        outcome,
        userPools,
        appClients,
        List.copyOf(values),
        callerArns,
        roleArns,
        sourceRanges,
        wheres);
  }

  /**
   * Only calls made by these principals ({@code userIdentity.arn}, exact).
   *
   * @param first a principal ARN, such as {@code arn:aws:iam::123456789012:user/alice}
   * @param more further ARNs
   * @return the narrower rule
   */
  public CognitoRule callerArn(String first, String... more) {
    return new CognitoRule(
        kind,
        operations,
        loginEvents,
        readFilter,
        outcome,
        userPools,
        appClients,
        callerTypes,
        plus(callerArns, "callerArn", ValueFormat.PRINCIPAL_ARN, first, more),
        roleArns,
        sourceRanges,
        wheres);
  }

  /**
   * Only calls made in a session of these roles ({@code
   * userIdentity.sessionContext.sessionIssuer.arn}, exact), whatever the session name.
   *
   * @param first a role ARN, such as {@code arn:aws:iam::123456789012:role/deployer}
   * @param more further role ARNs
   * @return the narrower rule
   * @throws InvalidCognitoRuleException if an ARN is not a role ARN ({@code :role/})
   */
  public CognitoRule callerRole(String first, String... more) {
    List<String> values = plus(roleArns, "callerRole", ValueFormat.ROLE_ARN, first, more);
    return new CognitoRule(
        kind,
        operations,
        loginEvents,
        readFilter,
        outcome,
        userPools,
        appClients,
        callerTypes,
        callerArns,
        values,
        sourceRanges,
        wheres);
  }

  /**
   * Only calls from these source IP ranges ({@code sourceIPAddress}, {@code cidr}). Calls made by
   * AWS services carry a service name there and never match.
   *
   * @param first an IPv4 or IPv6 CIDR range, such as {@code 203.0.113.0/24}
   * @param more further ranges
   * @return the narrower rule
   * @throws io.github.cognitoevents.pattern.InvalidEventPatternException with EventBridge's message
   *     if a range is malformed
   */
  public CognitoRule sourceIpIn(String first, String... more) {
    List<String> values = plus(sourceRanges, "sourceIpIn", ValueFormat.ANY, first, more);
    for (String range : values) {
      Cidr valid = Patterns.cidr(range); // throws EventBridge's message if malformed
      assert valid.text().equals(range);
    }
    return new CognitoRule(
        kind,
        operations,
        loginEvents,
        readFilter,
        outcome,
        userPools,
        appClients,
        callerTypes,
        callerArns,
        roleArns,
        values,
        wheres);
  }

  /**
   * Any further condition on a field of the record, such as a request parameter. The matches must
   * apply to the field's {@link JsonKind kind}: {@code prefix} to a string field, {@code
   * greaterThan} to a number field, and so on; a match of another kind does not compile.
   *
   * <pre>{@code
   * rule.where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, prefix("http://"))
   * rule.where(CloudTrailField.UpdateUserPoolClient.ACCESS_TOKEN_VALIDITY, greaterThan(60))
   * }</pre>
   *
   * @param <K> the field's kind
   * @param field the field
   * @param first a match ({@link Patterns} builds them: {@code prefix}, {@code exists}, ...)
   * @param more further matches, OR-ed
   * @return the narrower rule
   * @throws InvalidCognitoRuleException if the field already has a condition
   */
  @SafeVarargs
  public final <K extends JsonKind> CognitoRule where(
      CloudTrailField<K> field, TypedMatch<? super K> first, TypedMatch<? super K>... more) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(first, "first");
    return where(field, Patterns.anyOf(first, more));
  }

  /**
   * Any further condition on a string field of the record: one of these exact strings. The values
   * of an identifier field (pool id, client id, region, account id, ARN: see {@link
   * CloudTrailField#format()}) must have its form.
   *
   * @param field the field
   * @param first a value
   * @param more further values, OR-ed
   * @return the narrower rule
   * @throws InvalidCognitoRuleException if the field already has a condition, or a value is empty
   *     or not of the field's form
   */
  public CognitoRule where(
      CloudTrailField<? extends JsonKind.StringValue> field, String first, String... more) {
    Objects.requireNonNull(field, "field");
    List<String> values = plus(List.of(), field.eventPath(), field.format(), first, more);
    return where(
        field,
        Patterns.anyOf(values.get(0), values.subList(1, values.size()).toArray(new String[0])));
  }

  /**
   * Any further condition on a boolean field of the record: this value.
   *
   * @param field the field
   * @param value {@code true} or {@code false}
   * @return the narrower rule
   * @throws InvalidCognitoRuleException if the field already has a condition
   */
  public CognitoRule where(CloudTrailField<? extends JsonKind.BooleanValue> field, boolean value) {
    Objects.requireNonNull(field, "field");
    return where(field, Patterns.anyOf(Patterns.value(value)));
  }

  private CognitoRule where(CloudTrailField<?> field, MatchList list) {
    if (wheres.containsKey(field)) {
      throw new InvalidCognitoRuleException(
          field.eventPath()
              + ": the rule already has a condition there; give all values in one call");
    }
    Map<CloudTrailField<?>, MatchList> next = new LinkedHashMap<>(wheres);
    next.put(field, list);
    return new CognitoRule(
        kind,
        operations,
        loginEvents,
        readFilter,
        outcome,
        userPools,
        appClients,
        callerTypes,
        callerArns,
        roleArns,
        sourceRanges,
        java.util.Collections.unmodifiableMap(next));
  }

  // ---- results ------------------------------------------------------------------------------

  /**
   * The operations this rule can match: the named ones, or those chosen by {@link #readOnly()} /
   * {@link #mutating()}, or all known ones (empty for managed login rules).
   *
   * @return an unmodifiable set
   */
  public Set<CognitoOperation> matchedOperations() {
    if (kind != Kind.API_CALL) {
      return Set.of();
    }
    if (!operations.isEmpty()) {
      return java.util.Collections.unmodifiableSet(EnumSet.copyOf(operations));
    }
    EnumSet<CognitoOperation> all = EnumSet.allOf(CognitoOperation.class);
    all.removeIf(op -> op.service() != CognitoService.USER_POOLS);
    if (readFilter != null) {
      all.removeIf(op -> op.isReadOnly() != (readFilter == ReadFilter.READ_ONLY));
    }
    return java.util.Collections.unmodifiableSet(all);
  }

  /**
   * The EventBridge rule state this rule needs to receive all the events it matches: {@code
   * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS} when one of its operations {@link
   * CognitoOperation#needsAllManagementEventsRule() needs it}, {@code ENABLED} otherwise.
   *
   * @return {@link RuleState#ENABLED} or {@link
   *     RuleState#ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}
   */
  public RuleState ruleState() {
    for (CognitoOperation operation : matchedOperations()) {
      if (operation.needsAllManagementEventsRule()) {
        return RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS;
      }
    }
    return RuleState.ENABLED;
  }

  /**
   * Renders the rule.
   *
   * @return the event pattern
   * @throws InvalidCognitoRuleException if a {@link #where(CloudTrailField, TypedMatch,
   *     TypedMatch...) where} field belongs to none of the rule's operations, or collides with
   *     another condition
   * @throws io.github.cognitoevents.pattern.InvalidEventPatternException if EventBridge would
   *     reject the pattern (for instance, longer than the rule size limit)
   */
  public EventPattern build() {
    checkFieldsBelongToOperations();
    Node detail = new Node();
    detail.put("eventSource", Patterns.anyOf(CognitoApiCalls.EVENT_SOURCE));
    detail.put(
        "eventType",
        Patterns.anyOf(
            (kind == Kind.API_CALL ? EventType.AWS_API_CALL : EventType.AWS_SERVICE_EVENT)
                .value()));
    MatchList eventName = eventNameMatch();
    if (eventName != null) {
      detail.put("eventName", eventName);
    }
    if (outcome != null) {
      detail.put("errorCode", outcomeMatch());
    }
    putStrings(detail, CloudTrailField.Caller.TYPE.path(), callerTypes);
    putStrings(detail, CloudTrailField.Caller.ARN.path(), callerArns);
    putStrings(detail, CloudTrailField.Caller.ROLE_ARN.path(), roleArns);
    if (!sourceRanges.isEmpty()) {
      List<Condition> cidrs = new ArrayList<>();
      for (String range : sourceRanges) {
        cidrs.add(Patterns.cidr(range));
      }
      detail.put(CloudTrailField.SOURCE_IP_ADDRESS.path(), new MatchList(cidrs));
    }
    boolean api = kind == Kind.API_CALL;
    putStrings(
        detail,
        api ? "requestParameters.userPoolId" : CloudTrailField.ManagedLogin.USER_POOL_ID.path(),
        userPools);
    putStrings(
        detail,
        api ? "requestParameters.clientId" : CloudTrailField.ManagedLogin.FORM_CLIENT_ID.path(),
        appClients);
    for (Map.Entry<CloudTrailField<?>, MatchList> where : wheres.entrySet()) {
      detail.put(where.getKey().path(), where.getValue());
    }
    return Patterns.pattern(
        Patterns.field("source", CognitoApiCalls.SOURCE), new Field("detail", detail.toObject()));
  }

  /**
   * The compact JSON of {@link #build()}.
   *
   * @return the pattern JSON
   */
  public String toJson() {
    return build().toJson();
  }

  /**
   * The compact JSON of the pattern.
   *
   * @return {@link #toJson()}, or a description of the problem if the rule cannot be built
   */
  @Override
  public String toString() {
    try {
      return toJson();
    } catch (RuntimeException e) {
      return "CognitoRule(invalid: " + e.getMessage() + ")";
    }
  }

  private MatchList eventNameMatch() {
    if (kind == Kind.MANAGED_LOGIN) {
      if (loginEvents.isEmpty()) {
        return null;
      }
      Set<String> sorted = new TreeSet<>();
      for (ManagedLoginEvent event : loginEvents) {
        sorted.add(event.value());
      }
      return strings(List.copyOf(sorted));
    }
    if (!operations.isEmpty()) {
      return strings(names(operations));
    }
    if (readFilter == null) {
      return null;
    }
    EnumSet<CognitoOperation> readOnlyOps = EnumSet.allOf(CognitoOperation.class);
    readOnlyOps.removeIf(op -> !op.isReadOnly() || op.service() != CognitoService.USER_POOLS);
    List<String> readOnlyNames = names(readOnlyOps);
    if (readFilter == ReadFilter.READ_ONLY) {
      return strings(readOnlyNames);
    }
    return new MatchList(
        List.of(
            Patterns.anythingBut(
                readOnlyNames.get(0),
                readOnlyNames.subList(1, readOnlyNames.size()).toArray(new String[0]))));
  }

  private MatchList outcomeMatch() {
    if (kind == Kind.API_CALL) {
      return new MatchList(
          List.of(outcome == Outcome.SUCCEEDED ? Patterns.doesNotExist() : Patterns.exists()));
    }
    return outcome == Outcome.SUCCEEDED
        ? new MatchList(List.of(Patterns.doesNotExist(), Patterns.value("")))
        : new MatchList(List.of(Patterns.anythingBut("")));
  }

  private void checkFieldsBelongToOperations() {
    for (CloudTrailField<?> field : wheres.keySet()) {
      if (field.operations().isEmpty()) {
        continue;
      }
      Set<CognitoOperation> possible = matchedOperations();
      boolean overlap = false;
      for (CognitoOperation operation : field.operations()) {
        overlap |= possible.contains(operation);
      }
      if (!overlap) {
        throw new InvalidCognitoRuleException(
            field.eventPath()
                + ": only "
                + names(field.operations())
                + " records have this field, and the rule "
                + (kind == Kind.API_CALL
                    ? "matches none of them (it matches " + describe(possible) + ")"
                    : "is on managed login events"));
      }
    }
  }

  private static String describe(Set<CognitoOperation> possible) {
    List<String> names = names(possible);
    return names.size() <= 5 ? names.toString() : names.size() + " other operations";
  }

  private static List<String> names(Collection<CognitoOperation> operations) {
    Set<String> sorted = new TreeSet<>();
    for (CognitoOperation operation : operations) {
      if (operation.apiName() != null) {
        sorted.add(operation.apiName());
      }
    }
    return List.copyOf(sorted);
  }

  private static MatchList strings(List<String> values) {
    return Patterns.anyOf(values.get(0), values.subList(1, values.size()).toArray(new String[0]));
  }

  private static void putStrings(Node detail, String path, List<String> values) {
    if (!values.isEmpty()) {
      detail.put(path, strings(values));
    }
  }

  private static List<String> plus(
      List<String> old, String what, ValueFormat format, String first, String... more) {
    Set<String> values = new LinkedHashSet<>(old);
    values.add(checked(what, format, 1, first));
    for (int i = 0; i < more.length; i++) {
      values.add(checked(what, format, i + 2, more[i]));
    }
    return List.copyOf(values);
  }

  private static String checked(String what, ValueFormat format, int position, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidCognitoRuleException(
          what
              + ": the value must be a non-empty string, not "
              + (value == null ? "null" : "\"\""));
    }
    Identifiers.check(what, position, format, value);
    return value;
  }

  /** A JSON object under construction: dotted paths become nested objects. */
  private static final class Node {
    private final Map<String, Object> members = new LinkedHashMap<>();

    void put(String dottedPath, MatchList leaf) {
      String[] parts = dottedPath.split("\\.");
      Node node = this;
      for (int i = 0; i < parts.length - 1; i++) {
        Object child = node.members.get(parts[i]);
        if (child instanceof MatchList) {
          throw collision(dottedPath);
        }
        if (child == null) {
          child = new Node();
          node.members.put(parts[i], child);
        }
        node = (Node) child;
      }
      String last = parts[parts.length - 1];
      if (node.members.containsKey(last)) {
        throw collision(dottedPath);
      }
      node.members.put(last, leaf);
    }

    private static InvalidCognitoRuleException collision(String dottedPath) {
      return new InvalidCognitoRuleException(
          "detail."
              + dottedPath
              + ": the rule already has a condition on this field or on a field inside it");
    }

    ObjectPattern toObject() {
      List<Member> fields = new ArrayList<>();
      for (Map.Entry<String, Object> member : members.entrySet()) {
        PatternValue value =
            member.getValue() instanceof Node child
                ? child.toObject()
                : (MatchList) member.getValue();
        fields.add(new Field(member.getKey(), value));
      }
      return new ObjectPattern(fields);
    }
  }
}
