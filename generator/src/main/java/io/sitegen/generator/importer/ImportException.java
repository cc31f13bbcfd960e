package io.sitegen.generator.importer;

/** The source of an import cannot be used: the message says what and what to do. */
public final class ImportException extends RuntimeException {

  public ImportException(String message) {
    super(message);
  }
}
