package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, whatever the thread scheduling. */
class DeterministicOutputIT {

  private static final Path EXAMPLE = Path.of("../example-site").toAbsolutePath().normalize();

  @Test
  void buildingTwiceGivesByteIdenticalTrees(@TempDir Path out) throws IOException {
    Path first = out.resolve("first");
    Path second = out.resolve("second");
    TestSites.build(EXAMPLE, first);
    TestSites.build(EXAMPLE, second);

    List<String> files = TestSites.files(first);
    assertThat(TestSites.files(second)).isEqualTo(files);
    List<String> different = new ArrayList<>();
    for (String file : files) {
      if (!Arrays.equals(
          Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)))) {
        different.add(file);
      }
    }
    assertThat(different).isEmpty();
    assertThat(files).hasSizeGreaterThan(100);
  }
}
