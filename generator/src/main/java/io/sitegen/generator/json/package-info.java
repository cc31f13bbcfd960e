/** A small JSON writer for JSON Feed and JSON-LD. */
package io.sitegen.generator.json;
