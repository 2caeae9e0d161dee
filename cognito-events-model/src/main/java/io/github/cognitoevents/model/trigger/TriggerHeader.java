package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import io.github.cognitoevents.model.internal.codec.Values;
import java.util.Map;

/**
 * The members every trigger event shares: {@code version}, {@code triggerSource}, {@code region},
 * {@code userPoolId}, {@code userName} and {@code callerContext}.
 *
 * <p>Every member may be absent in hand-written events (and {@code userName} in machine-to-machine
 * token events), so all are nullable. {@code version} is kept as text; a JSON number {@code 1} is
 * read as {@code "1"} and written back as a number while unchanged.
 *
 * <p><b>Unknown fields.</b> Every record of this package that maps a JSON object has an {@code
 * unknownFields} component holding (a) members the record does not model, and (b) for modelled
 * members, the JSON as received when it was JSON null or needed a conversion (a number where text
 * is modelled, {@code "true"} where a boolean is). Writing puts the typed value first: a modelled
 * member set to {@code null} is written as JSON null only when it arrived as JSON null, and omitted
 * otherwise; a changed typed value always wins over the received form. The header's map holds the
 * top-level members of the event, including an explicit {@code "response": null}. The map and its
 * JSON values are read-only (mutators throw {@link UnsupportedOperationException}; {@code
 * deepCopy()} gives an editable copy).
 *
 * <p>{@code toString()} masks {@code userName} (personal data, see {@link
 * io.github.cognitoevents.model.PersonalData}) and names unknown members without their values.
 *
 * @param version the event schema version ({@code "1"}, or {@code "2"}/{@code "3"} for token
 *     generation V2_0/V3_0)
 * @param triggerSource the raw trigger source; see {@link #source()}
 * @param region the AWS region, e.g. {@code "us-east-1"}
 * @param userPoolId the pool id, e.g. {@code "us-east-1_AbCdEf123"}
 * @param userName the user name; may be null
 * @param callerContext the caller context; may be null
 * @param unknownFields top-level members not modelled, kept verbatim
 */
public record TriggerHeader(
    String version,
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    CallerContext callerContext,
    Map<String, JsonNode> unknownFields) {

  static final RecordCodec<TriggerHeader> CODEC =
      RecordCodec.builder(TriggerHeader.class)
          .field("version", Kinds.STRING, TriggerHeader::version)
          .field("triggerSource", Kinds.STRING, TriggerHeader::triggerSource)
          .field("region", Kinds.STRING, TriggerHeader::region)
          .field("userPoolId", Kinds.STRING, TriggerHeader::userPoolId)
          .field("userName", Kinds.STRING, Sensitivity.PERSONAL, TriggerHeader::userName)
          .field(
              "callerContext",
              Kinds.record(() -> CallerContext.CODEC),
              TriggerHeader::callerContext)
          .unknownFields(TriggerHeader::unknownFields)
          .build(TriggerHeader::of);

  /** Copies the unknown fields. */
  public TriggerHeader {
    unknownFields = Frozen.unknown(unknownFields);
  }

  /** The header of the members read: indices 0 to 5 and the unknown fields (see {@link Shape}). */
  static TriggerHeader of(Values v) {
    return new TriggerHeader(
        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.unknown());
  }

  /**
   * The typed trigger source.
   *
   * @return the constant, {@link TriggerSource#UNKNOWN} for an undocumented value
   */
  public TriggerSource source() {
    return TriggerSource.of(triggerSource);
  }

  /**
   * The trigger slot, judged by the prefix of {@link #triggerSource()}.
   *
   * @return the slot
   */
  public TriggerSlot slot() {
    return TriggerSlot.of(triggerSource);
  }

  /**
   * A copy with another trigger source.
   *
   * @param triggerSource the raw value
   * @return the copy
   */
  public TriggerHeader withTriggerSource(String triggerSource) {
    return new TriggerHeader(
        version, triggerSource, region, userPoolId, userName, callerContext, unknownFields);
  }

  /**
   * A copy with another version.
   *
   * @param version the raw value
   * @return the copy
   */
  public TriggerHeader withVersion(String version) {
    return new TriggerHeader(
        version, triggerSource, region, userPoolId, userName, callerContext, unknownFields);
  }

  @Override
  public String toString() {
    return CODEC.toString(this);
  }
}
