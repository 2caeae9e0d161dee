package io.github.cognitoevents.samples.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A Cognito ID token as the API sees it: decoded, and checked the way an API Gateway Cognito
 * authorizer checks it (RS256 signature by a key of the pool's JWKS, issuer, audience, {@code
 * token_use}, expiry). The JDK has RSA and SHA-256; a JWT library would add a dependency for these
 * few lines, so the sample does without.
 *
 * <pre>{@code
 * IdToken token = IdToken.decode(result.tokens().idToken());
 * token.verify(issuer, clientId, Instant.now()); // throws if the API would refuse it
 * token.claims().path("tenant").asText();       // added by the PreTokenGeneration trigger
 * }</pre>
 *
 * @param header the JOSE header
 * @param claims the payload
 * @param signingInput {@code header.payload} as sent
 * @param signature the signature bytes
 */
public record IdToken(JsonNode header, JsonNode claims, String signingInput, byte[] signature) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Decodes a compact JWT (without checking it).
   *
   * @param jwt the token
   * @return the parts
   * @throws IllegalArgumentException if it is not three base64url parts of which the first two are
   *     JSON objects
   */
  public static IdToken decode(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("a JWT has three parts, this one " + parts.length);
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      JsonNode header = JSON.readTree(b64.decode(parts[0]));
      JsonNode claims = JSON.readTree(b64.decode(parts[1]));
      if (!header.isObject() || !claims.isObject()) {
        throw new IllegalArgumentException("the JWT's header or payload is not a JSON object");
      }
      return new IdToken(header, claims, parts[0] + "." + parts[1], b64.decode(parts[2]));
    } catch (IOException e) {
      throw new IllegalArgumentException("the JWT's header or payload is not JSON", e);
    }
  }

  /**
   * Checks the token as an API Gateway Cognito authorizer would, fetching the pool's keys from
   * {@code <issuer>/.well-known/jwks.json}.
   *
   * @param issuer the pool's issuer ({@code https://cognito-idp.<region>.amazonaws.com/<pool id>}
   *     on AWS)
   * @param audience the app client id
   * @param now the time to check expiry against
   * @throws IllegalStateException naming the first check that fails
   */
  public void verify(String issuer, String audience, Instant now) {
    if (!"RS256".equals(header.path("alg").asText())) {
      throw new IllegalStateException("alg is " + header.path("alg") + ", not RS256");
    }
    if (!issuer.equals(claims.path("iss").asText())) {
      throw new IllegalStateException("iss is " + claims.path("iss") + ", not " + issuer);
    }
    if (!audience.equals(claims.path("aud").asText())) {
      throw new IllegalStateException("aud is " + claims.path("aud") + ", not " + audience);
    }
    if (!"id".equals(claims.path("token_use").asText())) {
      throw new IllegalStateException("token_use is " + claims.path("token_use") + ", not id");
    }
    if (!claims.path("exp").canConvertToLong()
        || !Instant.ofEpochSecond(claims.path("exp").asLong()).isAfter(now)) {
      throw new IllegalStateException("the token has expired (exp " + claims.path("exp") + ")");
    }
    PublicKey key = key(issuer, header.path("kid").asText());
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      if (!rsa.verify(signature)) {
        throw new IllegalStateException(
            "the signature does not verify with key " + header.get("kid"));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot check the signature", e);
    }
  }

  private static PublicKey key(String issuer, String kid) {
    URI jwks = URI.create(issuer + "/.well-known/jwks.json");
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(jwks).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(jwks + " answered " + response.statusCode());
      }
      for (JsonNode key : JSON.readTree(response.body()).path("keys")) {
        if (kid.equals(key.path("kid").asText()) && "RSA".equals(key.path("kty").asText())) {
          Base64.Decoder b64 = Base64.getUrlDecoder();
          RSAPublicKeySpec spec =
              new RSAPublicKeySpec(
                  new BigInteger(1, b64.decode(key.path("n").asText())),
                  new BigInteger(1, b64.decode(key.path("e").asText())));
          return KeyFactory.getInstance("RSA").generatePublic(spec);
        }
      }
      throw new IllegalStateException(jwks + " has no RSA key " + kid);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the keys at " + jwks, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + jwks, e);
    }
  }
}
