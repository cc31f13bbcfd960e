package io.sitegen.generator.render;

import java.util.Map;

/**
 * One page to render.
 *
 * @param outputPath where it goes below the site root
 * @param origin what asked for it, for collision messages ({@code post posts/a/b.md})
 * @param template the template name
 * @param context the template's variables
 */
public record PageJob(
    String outputPath, String origin, String template, Map<String, Object> context) {}
