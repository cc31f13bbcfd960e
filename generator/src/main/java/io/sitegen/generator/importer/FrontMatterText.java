package io.sitegen.generator.importer;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A post or comment file: YAML written by the YAML library (titles with colons, quotes and leading
 * dashes come out quoted as they must), then the body.
 */
final class FrontMatterText {

  private static final DumpSettings SETTINGS =
      DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1000).build();

  private FrontMatterText() {}

  /** {@code ---}, the keys in their order, {@code ---}, the body. */
  static String post(Map<String, Object> keys, String body) {
    return "---\n" + yaml(keys) + "---\n" + body + (body.endsWith("\n") ? "" : "\n");
  }

  /** A comment file is YAML alone. */
  static String yaml(Map<String, Object> keys) {
    return new Dump(SETTINGS).dumpToString(keys);
  }
}
