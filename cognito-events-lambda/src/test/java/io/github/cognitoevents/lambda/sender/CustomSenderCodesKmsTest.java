package io.github.cognitoevents.lambda.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsKeyringInput;

/**
 * The KMS keyring path of {@link CustomSenderCodes}, against a local stand-in for the KMS API (the
 * JSON protocol's {@code GenerateDataKey} and {@code Decrypt}, on the JDK's HTTP server): the real
 * AWS SDK KMS client, the real Material Providers KMS keyring and the real Encryption SDK, only the
 * service is local. The code is encrypted as Cognito does (same keyring type, same suite).
 */
class CustomSenderCodesKmsTest {

  private static final String KEY_A =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String KEY_B =
      "arn:aws:kms:us-east-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321";
  private static final String DENIED =
      "arn:aws:kms:us-east-1:123456789012:key/deadbeef-0000-4000-8000-000000000000";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Data keys the stand-in handed out: blob to key id and plaintext. */
  private static final Map<String, String[]> BLOBS = new ConcurrentHashMap<>();

  private static final List<String> CALLS = new CopyOnWriteArrayList<>();

  private static HttpServer server;
  private static KmsClient kms;

  @BeforeAll
  static void startKms() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", CustomSenderCodesKmsTest::answer);
    server.start();
    kms =
        KmsClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
            .build();
  }

  @AfterAll
  static void stopKms() {
    kms.close();
    server.stop(0);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    JsonNode request = MAPPER.readTree(exchange.getRequestBody());
    ObjectNode reply = MAPPER.createObjectNode();
    int status = 200;
    String keyId = request.path("KeyId").asText();
    CALLS.add(target + " " + keyId);
    if ("TrentService.GenerateDataKey".equals(target)) {
      byte[] dataKey = new byte[request.path("NumberOfBytes").asInt(32)];
      RANDOM.nextBytes(dataKey);
      byte[] blob = new byte[48];
      RANDOM.nextBytes(blob);
      String blobText = Base64.getEncoder().encodeToString(blob);
      String plain = Base64.getEncoder().encodeToString(dataKey);
      BLOBS.put(blobText, new String[] {keyId, plain});
      reply.put("CiphertextBlob", blobText).put("KeyId", keyId).put("Plaintext", plain);
    } else if ("TrentService.Decrypt".equals(target)) {
      String[] known = BLOBS.get(request.path("CiphertextBlob").asText());
      if (DENIED.equals(keyId)) {
        status = 400;
        reply.put("__type", "AccessDeniedException").put("message", "not authorized: kms:Decrypt");
      } else if (known == null || !known[0].equals(keyId)) {
        status = 400;
        reply.put("__type", "IncorrectKeyException").put("message", "wrong key");
      } else {
        reply
            .put("KeyId", keyId)
            .put("Plaintext", known[1])
            .put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
      }
    } else {
      status = 400;
      reply.put("__type", "UnsupportedOperationException").put("message", String.valueOf(target));
    }
    byte[] body = MAPPER.writeValueAsBytes(reply);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** What Cognito does: the Encryption SDK with the KMS keyring of the pool's key. */
  private static String cognitoEncrypts(String keyArn, String code) {
    IKeyring keyring =
        CustomSenderCodesTest.MPL.CreateAwsKmsKeyring(
            CreateAwsKmsKeyringInput.builder().kmsKeyId(keyArn).kmsClient(kms).build());
    return Base64.getEncoder()
        .encodeToString(
            CustomSenderCodesTest.COGNITO_LIKE
                .encryptData(keyring, code.getBytes(StandardCharsets.UTF_8))
                .getResult());
  }

  @Test
  void decryptsWithThePoolsKeyThroughKms() {
    String ciphertext = cognitoEncrypts(KEY_A, "482913");
    assertThat(ciphertext).startsWith("AYAD");
    CALLS.clear();
    CustomSenderCodes codes = CustomSenderCodes.forKmsKey(KEY_A, kms);
    assertThat(codes.decrypt(ciphertext).reveal()).isEqualTo("482913");
    assertThat(CALLS).containsExactly("TrentService.Decrypt " + KEY_A);
    assertThat(codes).hasToString("CustomSenderCodes[the KMS key " + KEY_A + "]");
  }

  @Test
  void anotherKeyIsAClearErrorWithoutLeakingTheCode() {
    String ciphertext = cognitoEncrypts(KEY_A, "482913");
    Throwable thrown =
        CustomSenderCodesTest.catchDecrypt(CustomSenderCodes.forKmsKey(KEY_B, kms), ciphertext);
    assertThat(thrown)
        .isInstanceOf(CodeDecryptionException.class)
        .hasMessageStartingWith("the code could not be decrypted with the KMS key " + KEY_B);
    CustomSenderCodesTest.assertLeaksNothing(thrown, ciphertext);
  }

  @Test
  void aDeniedDecryptIsAClearErrorWithKmsAsTheCause() {
    String ciphertext = cognitoEncrypts(DENIED, "482913");
    Throwable thrown =
        CustomSenderCodesTest.catchDecrypt(CustomSenderCodes.forKmsKey(DENIED, kms), ciphertext);
    assertThat(thrown).isInstanceOf(CodeDecryptionException.class);
    assertThat(thrown.getMessage())
        .startsWith(
            "the code could not be decrypted with the KMS key " + DENIED + " (CollectionOfErrors, ")
        .contains("KmsException");
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).contains("not authorized: kms:Decrypt");
    CustomSenderCodesTest.assertLeaksNothing(thrown, ciphertext);
  }

  @Test
  void refusesSomethingThatIsNoKeyArn() {
    for (String bad :
        List.of(
            "alias/pool-key",
            "arn:aws:kms:us-east-1:123456789012:alias/pool",
            "1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:kms:us-east-1:123456789012:key/",
            "")) {
      assertThatThrownBy(() -> CustomSenderCodes.forKmsKey(bad, kms))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "not a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>): " + bad);
    }
    assertThatThrownBy(() -> CustomSenderCodes.forKmsKey("alias/pool-key"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
