package io.sitegen.generator.gallery;

/** An image file that cannot be published; the message says why, for a warning. */
final class UnusableImageException extends Exception {

  UnusableImageException(String reason) {
    super(reason);
  }

  UnusableImageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
