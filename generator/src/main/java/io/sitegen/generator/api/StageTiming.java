package io.sitegen.generator.api;

import java.time.Duration;

/**
 * How long one pipeline stage took and what it produced.
 *
 * @param stage the stage name
 * @param duration wall time of the stage
 * @param summary counts, e.g. {@code "34 posts, 11 categories"}
 */
public record StageTiming(String stage, Duration duration, String summary) {}
