package io.github.cognitoevents.generator;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads the facts the generator needs from the AWS SDK for Java v2 model classes on the class path:
 * the operations of a service (one {@code ...Request} class each), and for every request, response
 * and nested structure its members from the {@link SdkField} metadata (wire name, marshalling type,
 * list and map element traits, nested structure), enums from the SDK's enum classes, and which
 * members the service model marks sensitive.
 *
 * <p>The SDK keeps no sensitivity trait on its fields; its generated {@code toString()} prints
 * {@value #SDK_REDACTED} in place of a sensitive member. So every member of a shape is given a
 * value and the printed form tells which ones are sensitive.
 */
final class SdkModel {

  static final String SDK_REDACTED = "*** Sensitive Data Redacted ***";

  /** A Cognito service as the SDK and CloudTrail name it. */
  record Service(
      String id, String eventSource, String sdkPackage, String baseRequest, String prefix) {}

  /** The services, in the order their types are generated (the first keeps unprefixed names). */
  static final List<Service> SERVICES =
      List.of(
          new Service(
              "cognito-idp",
              "cognito-idp.amazonaws.com",
              "software.amazon.awssdk.services.cognitoidentityprovider.model",
              "CognitoIdentityProviderRequest",
              "UserPool"),
          new Service(
              "cognito-identity",
              "cognito-identity.amazonaws.com",
              "software.amazon.awssdk.services.cognitoidentity.model",
              "CognitoIdentityRequest",
              "IdentityPool"));

  /** The JSON kind of a scalar member as CloudTrail writes it. */
  enum Scalar {
    STRING,
    BOOLEAN,
    INT,
    LONG,
    DECIMAL,
    TIMESTAMP,
    BYTES,
    DOCUMENT
  }

  /** A member's type. */
  sealed interface MemberType permits ScalarType, ListType, MapType, StructType {}

  /** A scalar, with the enum its values come from when the SDK has one. */
  record ScalarType(Scalar scalar, EnumShape enumShape) implements MemberType {}

  /** A list. */
  record ListType(MemberType element) implements MemberType {}

  /** A map with string keys. */
  record MapType(MemberType value) implements MemberType {}

  /** A nested structure. */
  record StructType(Shape shape) implements MemberType {}

  /**
   * One member of a structure. {@code sensitive}: the service model marks it so, or the library's
   * policy adds it ({@link #EXTRA_SECRETS}); it is never printed. {@code redactable}: CloudTrail
   * may replace its whole value by a marker, because it is sensitive or holds a sensitive member at
   * any depth (CloudTrail hides {@code AdminCreateUser}'s whole {@code userAttributes} list, whose
   * {@code Value}s are sensitive).
   */
  record Member(
      String sdkName,
      String json,
      String java,
      MemberType type,
      boolean sensitive,
      boolean personal,
      boolean redactable,
      boolean required) {}

  /**
   * Members the library treats as secret although the service model does not mark them: an identity
   * provider's {@code ProviderDetails} hold its {@code client_secret}, and {@code ClientMetadata}
   * is whatever the caller passes to Lambda triggers.
   */
  static final Set<String> EXTRA_SECRETS =
      Set.of(
          "ProviderDetails",
          "ClientMetadata",
          "ChallengeParameters",
          "SessionToken",
          "ConfirmationCode",
          "Code",
          "EncodedData");

  /**
   * Members holding data about a person that the service model does not mark sensitive: masked in
   * {@code toString()} unless {@code PersonalData} says otherwise, never hidden by the model.
   * {@code Destination} is where a code was sent (an e-mail address or phone number), {@code
   * DeveloperUserIdentifier} the developer's own id of the user.
   */
  static final Set<String> PERSONAL = Set.of("Destination", "DeveloperUserIdentifier");

  /** A structure: a request, a response or a nested shape. */
  static final class Shape {
    final Service service;
    final String sdkName;
    String javaName;
    final Class<?> sdkClass;
    final List<Member> members = new ArrayList<>();

    Shape(Service service, String sdkName, Class<?> sdkClass) {
      this.service = service;
      this.sdkName = sdkName;
      this.javaName = sdkName;
      this.sdkClass = sdkClass;
    }
  }

  /** An enum of string values. */
  static final class EnumShape {
    final Service service;
    final String sdkName;
    String javaName;
    final Class<?> sdkClass;
    final Map<String, String> constants = new LinkedHashMap<>();

    EnumShape(Service service, String sdkName, Class<?> sdkClass) {
      this.service = service;
      this.sdkName = sdkName;
      this.javaName = sdkName;
      this.sdkClass = sdkClass;
    }
  }

  /**
   * An operation: its CloudTrail event name, request and response (null when it returns nothing).
   */
  record Operation(Service service, String name, Shape request, Shape response) {}

  final List<Operation> operations = new ArrayList<>();
  final Map<String, Shape> shapes = new TreeMap<>();
  final Map<String, EnumShape> enums = new TreeMap<>();

  /**
   * Reads every service of {@link #SERVICES} from the class path.
   *
   * @param reserved simple names the generated types must not take (hand-written classes of the
   *     target package)
   * @return the model
   */
  static SdkModel read(Set<String> reserved) throws IOException, ReflectiveOperationException {
    SdkModel model = new SdkModel();
    for (Service service : SERVICES) {
      model.readService(service);
    }
    model.name(reserved);
    model.markRedactable();
    return model;
  }

  private void markRedactable() {
    for (Shape shape : shapes.values()) {
      for (int i = 0; i < shape.members.size(); i++) {
        Member m = shape.members.get(i);
        boolean redactable = m.sensitive() || holdsSensitive(m.type(), new java.util.HashSet<>());
        shape.members.set(
            i,
            new Member(
                m.sdkName(),
                m.json(),
                m.java(),
                m.type(),
                m.sensitive(),
                m.personal() && !m.sensitive(),
                redactable,
                m.required()));
      }
    }
  }

  private static boolean holdsSensitive(MemberType type, Set<Shape> seen) {
    if (type instanceof ListType list) {
      return holdsSensitive(list.element(), seen);
    }
    if (type instanceof MapType map) {
      return holdsSensitive(map.value(), seen);
    }
    if (type instanceof StructType struct && seen.add(struct.shape())) {
      for (Member m : struct.shape().members) {
        if (m.sensitive() || holdsSensitive(m.type(), seen)) {
          return true;
        }
      }
    }
    return false;
  }

  private void readService(Service service) throws IOException, ReflectiveOperationException {
    Class<?> base = Class.forName(service.sdkPackage() + "." + service.baseRequest());
    Path jar;
    try {
      jar = Path.of(base.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    Set<String> requestClasses = new TreeSet<>();
    String dir = service.sdkPackage().replace('.', '/') + "/";
    if (Files.isDirectory(jar)) {
      try (var files = Files.list(jar.resolve(dir))) {
        files.map(f -> f.getFileName().toString()).forEach(requestClasses::add);
      }
    } else {
      try (JarFile file = new JarFile(jar.toFile())) {
        for (ZipEntry entry : Collections.list(file.entries())) {
          String name = entry.getName();
          if (name.startsWith(dir) && name.indexOf('/', dir.length()) < 0) {
            requestClasses.add(name.substring(dir.length()));
          }
        }
      }
    }
    for (String file : requestClasses) {
      if (!file.endsWith("Request.class") || file.contains("$")) {
        continue;
      }
      String simple = file.substring(0, file.length() - ".class".length());
      Class<?> request = Class.forName(service.sdkPackage() + "." + simple);
      if (request == base || !base.isAssignableFrom(request)) {
        continue;
      }
      String sdkName = simple.substring(0, simple.length() - "Request".length());
      Class<?> response = Class.forName(service.sdkPackage() + "." + sdkName + "Response");
      String name = apiName(service, simple);
      Shape in = shape(service, request);
      Shape out = shape(service, response);
      operations.add(new Operation(service, name, in, out.members.isEmpty() ? null : out));
    }
  }

  /**
   * The operation's name in the API (and in CloudTrail's {@code eventName}), which the SDK's class
   * names normalise ({@code GetCSVHeader} has {@code GetCsvHeaderRequest}): read from the operation
   * binding of the SDK's request marshaller.
   */
  private static String apiName(Service service, String requestClass)
      throws ReflectiveOperationException {
    String transform =
        service.sdkPackage().substring(0, service.sdkPackage().length() - ".model".length())
            + ".transform."
            + requestClass
            + "Marshaller";
    java.lang.reflect.Field binding =
        Class.forName(transform).getDeclaredField("SDK_OPERATION_BINDING");
    binding.setAccessible(true);
    Object info = binding.get(null);
    String identifier = (String) info.getClass().getMethod("operationIdentifier").invoke(info);
    return identifier.substring(identifier.lastIndexOf('.') + 1);
  }

  private Shape shape(Service service, Class<?> type) throws ReflectiveOperationException {
    String key = service.id() + ":" + type.getSimpleName();
    Shape existing = shapes.get(key);
    if (existing != null) {
      return existing;
    }
    Shape shape = new Shape(service, type.getSimpleName(), type);
    shapes.put(key, shape);
    SdkPojo builder = (SdkPojo) type.getMethod("builder").invoke(null);
    List<SdkField<?>> fields = builder.sdkFields();
    Set<String> sensitive = sensitiveMembers(builder, fields);
    for (SdkField<?> field : fields) {
      String getter = getter(type, field.memberName());
      Type javaType = type.getMethod(getter).getGenericReturnType();
      MemberType memberType = memberType(service, field, javaType);
      String json =
          lowerFirst(field.locationName() != null ? field.locationName() : field.memberName());
      shape.members.add(
          new Member(
              field.memberName(),
              json,
              getter,
              memberType,
              sensitive.contains(field.memberName()) || EXTRA_SECRETS.contains(field.memberName()),
              PERSONAL.contains(field.memberName()),
              false,
              field.containsTrait(RequiredTrait.class)));
    }
    return shape;
  }

  private MemberType memberType(Service service, SdkField<?> field, Type javaType)
      throws ReflectiveOperationException {
    MarshallingType<?> marshalling = field.marshallingType();
    if (marshalling == MarshallingType.LIST) {
      SdkField<?> element = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      return new ListType(memberType(service, element, typeArgument(javaType, 0)));
    }
    if (marshalling == MarshallingType.MAP) {
      SdkField<?> value = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
      return new MapType(memberType(service, value, typeArgument(javaType, 1)));
    }
    if (marshalling == MarshallingType.SDK_POJO) {
      return new StructType(shape(service, (Class<?>) javaType));
    }
    Scalar scalar;
    if (marshalling == MarshallingType.STRING) {
      scalar = Scalar.STRING;
    } else if (marshalling == MarshallingType.BOOLEAN) {
      scalar = Scalar.BOOLEAN;
    } else if (marshalling == MarshallingType.INTEGER
        || marshalling == MarshallingType.SHORT
        || marshalling == MarshallingType.BYTE) {
      scalar = Scalar.INT;
    } else if (marshalling == MarshallingType.LONG) {
      scalar = Scalar.LONG;
    } else if (marshalling == MarshallingType.DOUBLE
        || marshalling == MarshallingType.FLOAT
        || marshalling == MarshallingType.BIG_DECIMAL) {
      scalar = Scalar.DECIMAL;
    } else if (marshalling == MarshallingType.INSTANT) {
      scalar = Scalar.TIMESTAMP;
    } else if (marshalling == MarshallingType.SDK_BYTES) {
      scalar = Scalar.BYTES;
    } else if (marshalling == MarshallingType.DOCUMENT) {
      scalar = Scalar.DOCUMENT;
    } else {
      throw new IllegalStateException(
          "member "
              + field.memberName()
              + ": marshalling type "
              + marshalling
              + " is not modelled");
    }
    EnumShape enumShape = null;
    if (scalar == Scalar.STRING && javaType instanceof Class<?> c && c.isEnum()) {
      enumShape = enumShape(service, c);
    }
    return new ScalarType(scalar, enumShape);
  }

  private EnumShape enumShape(Service service, Class<?> type) {
    String key = service.id() + ":" + type.getSimpleName();
    EnumShape existing = enums.get(key);
    if (existing != null) {
      return existing;
    }
    EnumShape shape = new EnumShape(service, type.getSimpleName(), type);
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      if (!name.equals("UNKNOWN_TO_SDK_VERSION")) {
        shape.constants.put(name, constant.toString());
      }
    }
    enums.put(key, shape);
    return shape;
  }

  /**
   * The SDK getter of a member: the public no-argument method whose name is the member name
   * (compared without case), preferring the one typed by the SDK's enum over its {@code AsString}
   * form.
   */
  private static String getter(Class<?> type, String memberName) {
    String wanted = memberName.toLowerCase(Locale.ROOT);
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getName().toLowerCase(Locale.ROOT).equals(wanted)) {
        return method.getName();
      }
    }
    // names the SDK changed to stay legal Java (a member named like an Object method, a keyword)
    for (Method method : type.getMethods()) {
      String name = method.getName().toLowerCase(Locale.ROOT);
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && name.startsWith(wanted)
          && !name.endsWith("asstring")
          && !name.endsWith("asstrings")) {
        return method.getName();
      }
    }
    throw new IllegalStateException(type.getName() + " has no getter for member " + memberName);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  /** Members whose value the SDK's {@code toString()} redacts. */
  private static Set<String> sensitiveMembers(SdkPojo builder, List<SdkField<?>> fields)
      throws ReflectiveOperationException {
    for (SdkField<?> field : fields) {
      field.set(builder, sample(field));
    }
    String printed = ((SdkBuilder<?, ?>) builder).build().toString();
    Set<String> sensitive = new TreeSet<>();
    for (SdkField<?> field : fields) {
      String redacted = field.memberName() + "=" + SDK_REDACTED;
      int at = printed.indexOf(redacted);
      while (at > 0) {
        char before = printed.charAt(at - 1);
        int end = at + redacted.length();
        if ((before == '(' || before == ' ')
            && (end == printed.length()
                || printed.charAt(end) == ','
                || printed.charAt(end) == ')')) {
          sensitive.add(field.memberName());
          break;
        }
        at = printed.indexOf(redacted, at + 1);
      }
    }
    return sensitive;
  }

  /** A value of a member's type, so that {@code toString()} prints the member. */
  private static Object sample(SdkField<?> field) throws ReflectiveOperationException {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.LIST) {
      return List.of(sample(field.getRequiredTrait(ListTrait.class).memberFieldInfo()));
    }
    if (type == MarshallingType.MAP) {
      return Map.of("k", sample(field.getRequiredTrait(MapTrait.class).valueFieldInfo()));
    }
    if (type == MarshallingType.SDK_POJO) {
      return ((SdkBuilder<?, ?>) field.constructor().get()).build();
    }
    if (type == MarshallingType.STRING) {
      return "v";
    }
    if (type == MarshallingType.BOOLEAN) {
      return Boolean.TRUE;
    }
    if (type == MarshallingType.INTEGER) {
      return 1;
    }
    if (type == MarshallingType.LONG) {
      return 1L;
    }
    if (type == MarshallingType.SHORT) {
      return (short) 1;
    }
    if (type == MarshallingType.BYTE) {
      return (byte) 1;
    }
    if (type == MarshallingType.DOUBLE) {
      return 1.0d;
    }
    if (type == MarshallingType.FLOAT) {
      return 1.0f;
    }
    if (type == MarshallingType.BIG_DECIMAL) {
      return java.math.BigDecimal.ONE;
    }
    if (type == MarshallingType.INSTANT) {
      return Instant.EPOCH;
    }
    if (type == MarshallingType.SDK_BYTES) {
      return SdkBytes.fromUtf8String("v");
    }
    if (type == MarshallingType.DOCUMENT) {
      return Document.fromString("v");
    }
    throw new IllegalStateException("no sample for marshalling type " + type);
  }

  /**
   * Gives every generated type a unique simple name: the SDK's, except where a hand-written class
   * of the package or a type of an earlier service already has it; then the service's prefix is put
   * in front ({@code TagResourceRequest} of cognito-identity becomes {@code
   * IdentityPoolTagResourceRequest}).
   */
  private void name(Set<String> reserved) {
    Set<String> taken = new TreeSet<>(reserved);
    for (Service service : SERVICES) {
      List<Object> types = new ArrayList<>();
      shapes.values().stream().filter(s -> s.service == service).forEach(types::add);
      enums.values().stream().filter(e -> e.service == service).forEach(types::add);
      // operations first, so a request and its response are renamed together
      List<String> renamedOperations = new ArrayList<>();
      for (Operation op : operations) {
        if (op.service() == service
            && (taken.contains(op.name() + "Request") || taken.contains(op.name() + "Response"))) {
          renamedOperations.add(op.name());
        }
      }
      for (Object type : types) {
        String simple = type instanceof Shape s ? s.sdkName : ((EnumShape) type).sdkName;
        boolean rename = taken.contains(simple);
        for (String op : renamedOperations) {
          rename |= simple.equals(op + "Request") || simple.equals(op + "Response");
        }
        String name = rename ? service.prefix() + simple : simple;
        if (!taken.add(name)) {
          throw new IllegalStateException("two generated types would be named " + name);
        }
        if (type instanceof Shape s) {
          s.javaName = name;
        } else {
          ((EnumShape) type).javaName = name;
        }
      }
    }
  }

  /**
   * The operation's Java name: its request type's name without {@code Request}.
   *
   * @param op the operation
   * @return for example {@code UpdateUserPoolClient} or {@code IdentityPoolTagResource}
   */
  static String javaName(Operation op) {
    String request = op.request().javaName;
    return request.substring(0, request.length() - "Request".length());
  }

  static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
