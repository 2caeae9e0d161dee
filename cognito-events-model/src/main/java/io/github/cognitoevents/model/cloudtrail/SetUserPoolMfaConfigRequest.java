package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code SetUserPoolMfaConfig}.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param smsMfaConfiguration JSON member {@code smsMfaConfiguration}
 * @param softwareTokenMfaConfiguration JSON member {@code softwareTokenMfaConfiguration}
 * @param emailMfaConfiguration JSON member {@code emailMfaConfiguration}
 * @param mfaConfiguration JSON member {@code mfaConfiguration}
 * @param webAuthnConfiguration JSON member {@code webAuthnConfiguration}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SetUserPoolMfaConfigRequest(
    String userPoolId,
    SmsMfaConfig smsMfaConfiguration,
    SoftwareTokenMfaConfig softwareTokenMfaConfiguration,
    EmailMfaConfig emailMfaConfiguration,
    String mfaConfiguration,
    WebAuthnConfig webAuthnConfiguration,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public SetUserPoolMfaConfigRequest {
    unknownFields = Copies.trees(unknownFields);
  }

  static SetUserPoolMfaConfigRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    String userPoolId = r.string("userPoolId");
    MfaConfigResponse m = MfaConfigResponse.read(r);
    return new SetUserPoolMfaConfigRequest(
        userPoolId,
        m.smsMfaConfiguration(),
        m.softwareTokenMfaConfiguration(),
        m.emailMfaConfiguration(),
        m.mfaConfiguration(),
        m.webAuthnConfiguration(),
        m.unknownFields());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    MfaConfigResponse m =
        new MfaConfigResponse(
            smsMfaConfiguration,
            softwareTokenMfaConfiguration,
            emailMfaConfiguration,
            mfaConfiguration,
            webAuthnConfiguration,
            null);
    return m.writeMembers(JsonObjectWriter.create().string("userPoolId", userPoolId))
        .finish(unknownFields);
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }

  /**
   * {@code mfaConfiguration} as an enum.
   *
   * @return the constant, {@link MfaConfiguration#UNKNOWN} for a value this library does not know,
   *     or {@code null} when absent
   */
  public MfaConfiguration mfaConfigurationEnum() {
    return mfaConfiguration == null ? null : MfaConfiguration.fromValue(mfaConfiguration);
  }
}
