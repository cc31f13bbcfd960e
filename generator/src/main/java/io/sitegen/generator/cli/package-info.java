/** The command line: {@code java -jar site-gen.jar build --source DIR --output DIR}. */
package io.sitegen.generator.cli;
