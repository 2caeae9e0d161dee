package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * How a user pool sends email ({@code EmailConfigurationType}).
 *
 * @param sourceArn JSON member {@code sourceArn}
 * @param replyToEmailAddress JSON member {@code replyToEmailAddress}
 * @param emailSendingAccount JSON member {@code emailSendingAccount}
 * @param from JSON member {@code from}
 * @param configurationSet JSON member {@code configurationSet}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record EmailConfiguration(
    String sourceArn,
    String replyToEmailAddress,
    String emailSendingAccount,
    String from,
    String configurationSet,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public EmailConfiguration {
    unknownFields = Copies.trees(unknownFields);
  }

  static EmailConfiguration read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new EmailConfiguration(
        r.string("sourceArn"),
        r.string("replyToEmailAddress"),
        r.string("emailSendingAccount"),
        r.string("from"),
        r.string("configurationSet"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("sourceArn", sourceArn)
        .string("replyToEmailAddress", replyToEmailAddress)
        .string("emailSendingAccount", emailSendingAccount)
        .string("from", from)
        .string("configurationSet", configurationSet)
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
}
