package io.sitegen.generator.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  private final ObjectMapper jackson = new ObjectMapper();

  @Test
  void everyAwkwardCharacterSurvivesARoundTripThroughAJsonParser() throws Exception {
    String nasty =
        "quote \" backslash \\ slash / tab \t nl \n cr \r nul \u0000 bell \u0007"
            + " </script> & U+2028 \u2028 emoji 😀 日本語";
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", nasty);
    value.put(nasty, List.of(1, 2L, true, false, "x"));
    value.put("nothing", null);
    value.put("empty", Map.of());
    value.put("none", List.of());
    String written = Json.write(value);
    JsonNode read = jackson.readTree(written);
    assertThat(read.path("text").asText()).isEqualTo(nasty);
    assertThat(read.path(nasty).get(1).asLong()).isEqualTo(2L);
    assertThat(read.path(nasty).get(2).asBoolean()).isTrue();
    assertThat(read.path("nothing").isNull()).isTrue();
    assertThat(read.path("empty").isObject()).isTrue();
    assertThat(read.path("none").isArray()).isTrue();
    // Safe inside <script>: no raw <, > or & and no raw line separators.
    assertThat(written).doesNotContain("<", ">", "&", "\u2028", "\u0000");
    assertThat(written).contains("\\u003c/script\\u003e", "\\u0000", "\\n", "\\\"", "\\\\");
  }

  @Test
  void charactersAreEscapedInOneFormSoFeedsStayByteIdentical() {
    // Lower-case four-digit escapes for < > & and control characters; \n and \" short.
    assertThat(Json.write("a<b>&c\u0001\u001f\u2028\u2029\n\"\\/é😀"))
        .isEqualTo("\"a\\u003cb\\u003e\\u0026c\\u0001\\u001f\\u2028\\u2029\\n\\\"\\\\/é😀\"\n");
    assertThat(Json.write("plain")).isEqualTo("\"plain\"\n");
    assertThat(Json.write("")).isEqualTo("\"\"\n");
  }

  @Test
  void keysKeepTheirOrderAndOutputIsIndented() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", "1");
    value.put("a", List.of("x"));
    assertThat(Json.write(value)).isEqualTo("{\n  \"b\": \"1\",\n  \"a\": [\n    \"x\"\n  ]\n}\n");
  }
}
