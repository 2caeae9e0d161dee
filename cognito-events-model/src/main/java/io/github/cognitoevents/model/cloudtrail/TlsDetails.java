package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<TlsDetails> CODEC =
      RecordCodec.builder(TlsDetails.class)
          .field("tlsVersion", Kinds.STRING, TlsDetails::tlsVersion)
          .field("cipherSuite", Kinds.STRING, TlsDetails::cipherSuite)
          .field("clientProvidedHostHeader", Kinds.STRING, TlsDetails::clientProvidedHostHeader)
          .unknownFields(TlsDetails::unknownFields)
          .build(v -> new TlsDetails(v.get(0), v.get(1), v.get(2), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
