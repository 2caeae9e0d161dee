package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code responseElements} of {@code SetUserPoolMfaConfig}.
 *
 * @param smsMfaConfiguration JSON member {@code smsMfaConfiguration}
 * @param softwareTokenMfaConfiguration JSON member {@code softwareTokenMfaConfiguration}
 * @param emailMfaConfiguration JSON member {@code emailMfaConfiguration}
 * @param mfaConfiguration JSON member {@code mfaConfiguration}
 * @param webAuthnConfiguration JSON member {@code webAuthnConfiguration}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record MfaConfigResponse(
    SmsMfaConfig smsMfaConfiguration,
    SoftwareTokenMfaConfig softwareTokenMfaConfiguration,
    EmailMfaConfig emailMfaConfiguration,
    String mfaConfiguration,
    WebAuthnConfig webAuthnConfiguration,
    Map<String, JsonNode> unknownFields)
    implements ResponseElements {

  /** Creates the record, copying collections so that it is immutable. */
  public MfaConfigResponse {
    unknownFields = Copies.trees(unknownFields);
  }

  static MfaConfigResponse read(JsonNode json, String pointer) {
    return read(FieldReader.of(json, pointer));
  }

  /** Reads the MFA members from {@code r}, then takes the members nobody read as unknown. */
  static MfaConfigResponse read(FieldReader r) {
    return new MfaConfigResponse(
        r.object("smsMfaConfiguration", SmsMfaConfig::read),
        r.object("softwareTokenMfaConfiguration", SoftwareTokenMfaConfig::read),
        r.object("emailMfaConfiguration", EmailMfaConfig::read),
        r.string("mfaConfiguration"),
        r.object("webAuthnConfiguration", WebAuthnConfig::read),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    return writeMembers(JsonObjectWriter.create()).finish(unknownFields);
  }

  /** Writes the MFA members (not the unknown fields) to {@code w}. */
  JsonObjectWriter writeMembers(JsonObjectWriter w) {
    return w.object("smsMfaConfiguration", smsMfaConfiguration, SmsMfaConfig::toJson)
        .object(
            "softwareTokenMfaConfiguration",
            softwareTokenMfaConfiguration,
            SoftwareTokenMfaConfig::toJson)
        .object("emailMfaConfiguration", emailMfaConfiguration, EmailMfaConfig::toJson)
        .string("mfaConfiguration", mfaConfiguration)
        .object("webAuthnConfiguration", webAuthnConfiguration, WebAuthnConfig::toJson);
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
