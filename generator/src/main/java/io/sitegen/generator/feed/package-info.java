/** RSS 2.0 and Atom 1.0 feeds, written with Rome. */
package io.sitegen.generator.feed;
