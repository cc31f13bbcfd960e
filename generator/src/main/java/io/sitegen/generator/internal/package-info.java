/** Helpers shared by the stages. Not API: anything here may change without notice. */
package io.sitegen.generator.internal;
