package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The TLS connection of the call ({@code tlsDetails}).
 *
 * @param tlsVersion JSON member {@code tlsVersion}
 * @param cipherSuite JSON member {@code cipherSuite}
 * @param clientProvidedHostHeader JSON member {@code clientProvidedHostHeader}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record TlsDetails(
    String tlsVersion,
    String cipherSuite,
    String clientProvidedHostHeader,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public TlsDetails {
    unknownFields = Copies.trees(unknownFields);
  }

  static TlsDetails read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new TlsDetails(
        r.string("tlsVersion"),
        r.string("cipherSuite"),
        r.string("clientProvidedHostHeader"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("tlsVersion", tlsVersion)
        .string("cipherSuite", cipherSuite)
        .string("clientProvidedHostHeader", clientProvidedHostHeader)
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
