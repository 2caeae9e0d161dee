package io.github.cognitoevents.sdkbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailTimestamps;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import io.github.cognitoevents.model.cloudtrail.RequestParameters;
import io.github.cognitoevents.model.cloudtrail.ResponseElements;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * From a typed CloudTrail request or response (or any structure inside one) to the AWS SDK for Java
 * v2 object of the same shape, and back: for handlers that already hold the SDK and want to replay,
 * diff or log a call with the SDK's own types.
 *
 * <pre>{@code
 * UpdateUserPoolClientRequest seen = record.request(UpdateUserPoolClientRequest.class).orElseThrow();
 * var sdk = CognitoSdkBridge.toSdk(seen,
 *     software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest.class);
 * cognitoClient.updateUserPoolClient(sdk);   // e.g. to restore a setting
 * }</pre>
 *
 * <p>The conversion is driven by the SDK's own member metadata, so it covers every member the SDK
 * has. What CloudTrail hid ({@link Redactable#isRedacted()}) is left unset on the SDK side; a value
 * CloudTrail wrote in a form the SDK type cannot hold (a timestamp in an unknown format, a number
 * that is not one) is a {@link SdkConversionException} naming the member. Timestamps become {@link
 * Instant}s on the way in and ISO-8601 text on the way back.
 */
public final class CognitoSdkBridge {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CognitoSdkBridge() {}

  /**
   * The SDK class of a generated record type.
   *
   * @param recordType a request, response or structure record of the CloudTrail model
   * @return the SDK class, for example {@code
   *     software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest}
   * @throws SdkConversionException if the type is not one of the generated records
   */
  public static Class<?> sdkType(Class<?> recordType) {
    Class<?> sdk = SdkTypes.SDK_TYPE.get(Objects.requireNonNull(recordType, "recordType"));
    if (sdk == null) {
      throw new SdkConversionException(
          recordType.getName() + " is not a generated CloudTrail record of cognito-events-model");
    }
    return sdk;
  }

  /**
   * The SDK object of a request's parameters.
   *
   * @param request typed parameters (not {@code UntypedRequest})
   * @return the SDK request, for example a {@code ...cognitoidentityprovider.model.GetUserRequest}
   * @throws SdkConversionException if the parameters are untyped or a value does not fit
   */
  public static software.amazon.awssdk.core.SdkRequest toSdkRequest(RequestParameters request) {
    return (software.amazon.awssdk.core.SdkRequest) toSdk(request);
  }

  /**
   * The SDK object of a response's elements.
   *
   * @param response typed elements (not {@code UntypedResponse})
   * @return the SDK response
   * @throws SdkConversionException if the elements are untyped or a value does not fit
   */
  public static software.amazon.awssdk.core.SdkResponse toSdkResponse(ResponseElements response) {
    return (software.amazon.awssdk.core.SdkResponse) toSdk(response);
  }

  /**
   * The SDK object of a generated record, typed.
   *
   * @param <T> the SDK type
   * @param record a request, response or structure record
   * @param sdkType the SDK class it corresponds to ({@link #sdkType(Class)})
   * @return the SDK object
   * @throws SdkConversionException if the record is not generated, the class is not its SDK class,
   *     or a value does not fit
   */
  public static <T> T toSdk(Object record, Class<T> sdkType) {
    Object sdk = toSdk(record);
    if (!sdkType.isInstance(sdk)) {
      throw new SdkConversionException(
          record.getClass().getSimpleName()
              + " corresponds to "
              + sdk.getClass().getName()
              + ", not "
              + sdkType.getName());
    }
    return sdkType.cast(sdk);
  }

  /**
   * The SDK object of a generated record.
   *
   * @param record a request, response or structure record
   * @return the SDK object
   * @throws SdkConversionException if the record is not generated or a value does not fit
   */
  public static Object toSdk(Object record) {
    Objects.requireNonNull(record, "record");
    Class<?> sdk = sdkType(record.getClass());
    return build(sdk, json(record), record.getClass().getSimpleName());
  }

  /**
   * The typed record of an SDK object.
   *
   * @param <R> the record type
   * @param sdk an SDK model object
   * @param recordType the generated record class of that SDK class
   * @return the record, with the SDK's timestamps as ISO-8601 text
   * @throws SdkConversionException if the record class does not correspond to the SDK object's
   *     class
   */
  public static <R> R fromSdk(SdkPojo sdk, Class<R> recordType) {
    Objects.requireNonNull(sdk, "sdk");
    if (sdkType(recordType) != sdk.getClass()) {
      throw new SdkConversionException(
          recordType.getSimpleName()
              + " corresponds to "
              + sdkType(recordType).getName()
              + ", not "
              + sdk.getClass().getName());
    }
    ObjectNode json = toJson(sdk);
    try {
      return recordType.cast(recordType.getMethod("fromJson", JsonNode.class).invoke(null, json));
    } catch (InvocationTargetException e) {
      throw new SdkConversionException(
          "the SDK's "
              + sdk.getClass().getSimpleName()
              + " does not read as "
              + recordType.getSimpleName(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new SdkConversionException(recordType.getName() + " has no fromJson(JsonNode)", e);
    }
  }

  private static JsonNode json(Object record) {
    try {
      return (JsonNode) record.getClass().getMethod("toJson").invoke(record);
    } catch (InvocationTargetException e) {
      throw new SdkConversionException(
          record.getClass().getSimpleName() + " cannot be written as JSON", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new SdkConversionException(record.getClass().getName() + " has no toJson()", e);
    }
  }

  // ---- our JSON -> the SDK --------------------------------------------------------------------

  private static Object build(Class<?> sdkType, JsonNode json, String path) {
    SdkPojo builder;
    try {
      builder = (SdkPojo) sdkType.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new SdkConversionException(sdkType.getName() + " has no builder()", e);
    }
    fill(builder, json, path);
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static void fill(SdkPojo builder, JsonNode json, String path) {
    if (!json.isObject()) {
      throw new SdkConversionException("'" + path + "' is not an object");
    }
    for (SdkField<?> field : builder.sdkFields()) {
      JsonNode value = json.get(jsonName(field));
      if (value == null || value.isNull() || isMarker(value)) {
        continue;
      }
      field.set(builder, sdkValue(field, value, path + "." + jsonName(field)));
    }
  }

  private static Object sdkValue(SdkField<?> field, JsonNode value, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.LIST) {
      SdkField<?> element = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      int i = 0;
      for (JsonNode item : require(value, value.isArray(), "an array", path)) {
        list.add(item.isNull() ? null : sdkValue(element, item, path + "[" + i++ + "]"));
      }
      return list;
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> element = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      require(value, value.isObject(), "an object", path)
          .properties()
          .forEach(
              e ->
                  map.put(
                      e.getKey(),
                      e.getValue().isNull()
                          ? null
                          : sdkValue(element, e.getValue(), path + "." + e.getKey())));
      return map;
    }
    if (type == MarshallingType.SDK_POJO) {
      SdkPojo nested = field.constructor().get();
      fill(nested, value, path);
      return ((SdkBuilder<?, ?>) nested).build();
    }
    if (type == MarshallingType.STRING) {
      return require(value, value.isValueNode(), "a string", path).asText();
    }
    if (type == MarshallingType.BOOLEAN) {
      if (value.isBoolean()) {
        return value.booleanValue();
      }
      String text = value.asText();
      if (value.isTextual() && (text.equals("true") || text.equals("false"))) {
        return Boolean.valueOf(text);
      }
      throw new SdkConversionException("'" + path + "' is not a boolean");
    }
    if (type == MarshallingType.INSTANT) {
      try {
        return CloudTrailTimestamps.parse(value.asText(), path);
      } catch (EventParseException e) {
        throw new SdkConversionException("'" + path + "' is not a timestamp", e);
      }
    }
    if (type == MarshallingType.SDK_BYTES) {
      try {
        return SdkBytes.fromByteArray(Base64.getDecoder().decode(value.asText()));
      } catch (IllegalArgumentException e) {
        throw new SdkConversionException("'" + path + "' is not base64", e);
      }
    }
    if (type == MarshallingType.DOCUMENT) {
      return document(value);
    }
    BigDecimal number;
    try {
      number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
    } catch (NumberFormatException e) {
      throw new SdkConversionException("'" + path + "' is not a number", e);
    }
    try {
      if (type == MarshallingType.INTEGER) {
        return number.intValueExact();
      }
      if (type == MarshallingType.LONG) {
        return number.longValueExact();
      }
      if (type == MarshallingType.SHORT) {
        return number.shortValueExact();
      }
      if (type == MarshallingType.BYTE) {
        return number.byteValueExact();
      }
    } catch (ArithmeticException e) {
      throw new SdkConversionException("'" + path + "' does not fit the SDK's integer type", e);
    }
    if (type == MarshallingType.DOUBLE) {
      return number.doubleValue();
    }
    if (type == MarshallingType.FLOAT) {
      return number.floatValue();
    }
    if (type == MarshallingType.BIG_DECIMAL) {
      return number;
    }
    throw new SdkConversionException("'" + path + "' has a type this bridge does not convert");
  }

  private static JsonNode require(JsonNode value, boolean ok, String expected, String path) {
    if (!ok) {
      throw new SdkConversionException("'" + path + "' is not " + expected);
    }
    return value;
  }

  private static Document document(JsonNode value) {
    if (value.isObject()) {
      Map<String, Document> map = new LinkedHashMap<>();
      value.properties().forEach(e -> map.put(e.getKey(), document(e.getValue())));
      return Document.fromMap(map);
    }
    if (value.isArray()) {
      List<Document> list = new ArrayList<>();
      value.forEach(v -> list.add(document(v)));
      return Document.fromList(list);
    }
    if (value.isTextual()) {
      return Document.fromString(value.textValue());
    }
    if (value.isBoolean()) {
      return Document.fromBoolean(value.booleanValue());
    }
    if (value.isNumber()) {
      return Document.fromNumber(value.decimalValue());
    }
    return Document.fromNull();
  }

  private static boolean isMarker(JsonNode value) {
    return value.isTextual() && Redactable.isMarker(value.textValue());
  }

  private static String jsonName(SdkField<?> field) {
    String name = field.locationName() != null ? field.locationName() : field.memberName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  // ---- the SDK -> our JSON --------------------------------------------------------------------

  private static ObjectNode toJson(SdkPojo pojo) {
    ObjectNode json = NODES.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value != null
          && !(value instanceof SdkAutoConstructList)
          && !(value instanceof SdkAutoConstructMap)) {
        json.set(jsonName(field), jsonValue(value));
      }
    }
    return json;
  }

  private static JsonNode jsonValue(Object value) {
    if (value instanceof SdkPojo pojo) {
      return toJson(pojo);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(v -> array.add(v == null ? NODES.nullNode() : jsonValue(v)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach(
          (k, v) -> object.set(String.valueOf(k), v == null ? NODES.nullNode() : jsonValue(v)));
      return object;
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l.longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(new BigDecimal(value.toString()));
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Instant instant) {
      return NODES.textNode(instant.toString());
    }
    if (value instanceof SdkBytes bytes) {
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes.asByteArray()));
    }
    if (value instanceof Document document) {
      return documentJson(document);
    }
    throw new SdkConversionException(
        "an SDK value of type " + value.getClass().getName() + " has no JSON form here");
  }

  private static JsonNode documentJson(Document document) {
    if (document.isMap()) {
      ObjectNode object = NODES.objectNode();
      document.asMap().forEach((k, v) -> object.set(k, documentJson(v)));
      return object;
    }
    if (document.isList()) {
      ArrayNode array = NODES.arrayNode();
      document.asList().forEach(v -> array.add(documentJson(v)));
      return array;
    }
    if (document.isString()) {
      return NODES.textNode(document.asString());
    }
    if (document.isBoolean()) {
      return NODES.booleanNode(document.asBoolean());
    }
    if (document.isNumber()) {
      return NODES.numberNode(document.asNumber().bigDecimalValue());
    }
    return NODES.nullNode();
  }
}
