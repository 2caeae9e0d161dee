package io.github.cognitoevents.patterntest.templates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * The YAML side of {@link TemplateTrees}, in its own class so that JSON templates are read without
 * jackson-dataformat-yaml on the class path: this class is loaded only for a YAML template.
 */
final class YamlTags implements TemplateTrees.Tags {

  private final YAMLFactory factory = YAMLFactory.builder().build();

  JsonParser parser(String text) throws IOException {
    return factory.createParser(text);
  }

  @Override
  public String tag(JsonParser parser) throws IOException {
    Object id = parser.getTypeId();
    return id == null ? null : id.toString();
  }

  @Override
  public boolean alias(JsonParser parser) {
    return ((YAMLParser) parser).isCurrentAlias();
  }
}
