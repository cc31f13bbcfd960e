/** The related-posts index: shared rare tags first, then category and closeness in time. */
package io.sitegen.generator.related;
