package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Goals that need no POM run where Maven has no project folder to fill the folders in. */
class AbstractSiteMojoTest {

  @Test
  void withoutAProjectTheBlogIsTheCurrentFolderAndItsOutputIsUnderTarget() {
    NewPostMojo mojo = new NewPostMojo(); // no field set: what Maven leaves without a pom.xml
    Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    assertThat(mojo.siteDirectory()).isEqualTo(here);
    assertThat(mojo.projectDirectory()).isEqualTo(here);
    assertThat(mojo.outputDirectory()).isEqualTo(here.resolve("target/site"));
    assertThat(mojo.cacheDirectory()).isEqualTo(here.resolve("target/sitegen-cache"));
  }
}
