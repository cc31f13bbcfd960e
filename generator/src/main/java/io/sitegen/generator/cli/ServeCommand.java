package io.sitegen.generator.cli;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.serve.Preview;
import io.sitegen.generator.serve.ServeOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site-gen serve}: builds, serves on localhost, rebuilds on save and reloads the page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Builds the site, serves it on localhost and rebuilds it on every save.")
final class ServeCommand implements Callable<Integer> {

  @Mixin BuildArgs build;

  @Option(
      names = "--host",
      defaultValue = ServeOptions.DEFAULT_HOST,
      description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
  String host;

  @Option(
      names = "--port",
      defaultValue = "" + ServeOptions.DEFAULT_PORT,
      description = "The port to listen on, 0 for any free one. Default: ${DEFAULT-VALUE}")
  int port;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServeOptions options = ServeOptions.of(build.options()).withHost(host).withPort(port);
    try (Preview preview = Preview.start(options, build.listener(out, err))) {
      preview.awaitClose();
      return 0;
    } catch (BuildException e) {
      return SiteGenCommand.failed(e, err, build.verbose);
    }
  }
}
