/** HTML post-processing of rendered post bodies with Jsoup. */
package io.sitegen.generator.html;
