/**
 * Photo folders to galleries: finds albums, reads image headers and EXIF, and makes thumbnails and
 * web-size images into a content-addressed cache.
 */
package io.sitegen.generator.gallery;
