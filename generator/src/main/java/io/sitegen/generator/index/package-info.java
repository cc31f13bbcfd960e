/** The index stage: every list of posts the site shows, each computed once per build. */
package io.sitegen.generator.index;
