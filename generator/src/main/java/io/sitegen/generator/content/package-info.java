/** The load stage: walks the blog folder and reads posts, front matter and tag metadata. */
package io.sitegen.generator.content;
