/** The orchestrator: runs the stages in order, times them and reports what each produced. */
package io.sitegen.generator.site;
