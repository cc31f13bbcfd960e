#!/bin/sh
# How the images of the "gallery" fixture blog were made (ImageMagick 6 and exiftool 12).
# The images are committed; run this only to remake them:
#   sh generator/src/test/resources/sites/gallery-make.sh
set -eu
IM=/usr/bin/convert
EXIF="/usr/bin/exiftool -q -overwrite_original"
here=$(cd "$(dirname "$0")" && pwd)
site="$here/gallery"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

jpeg() { # jpeg <out> <convert args...>: a small JPEG without any metadata
  out=$1
  shift
  "$IM" "$@" -strip -sampling-factor 1x1 -quality 92 "$out"
}

# --- photos/orient: the UPRIGHT picture is 120x80, top-left quadrant red, bottom-right blue, the
# rest white. Each file stores the pixels so that its EXIF orientation turns them upright.
mkdir -p "$site/photos/orient"
"$IM" -size 120x80 xc:white -fill red -draw 'rectangle 0,0 59,39' \
  -fill blue -draw 'rectangle 60,40 119,79' "$tmp/upright.png"
jpeg "$site/photos/orient/o1.jpg" "$tmp/upright.png"
jpeg "$site/photos/orient/o3.jpg" "$tmp/upright.png" -rotate 180
jpeg "$site/photos/orient/o6.jpg" "$tmp/upright.png" -rotate -90 # stored 80x120
jpeg "$site/photos/orient/o8.jpg" "$tmp/upright.png" -rotate 90  # stored 80x120
for n in 1 3 6 8; do
  $EXIF -n -Orientation=$n "$site/photos/orient/o$n.jpg"
done

# --- photos/walk: album.yaml orders, captions, hides. Dates are out of file-name order.
mkdir -p "$site/photos/walk"
w="$site/photos/walk"
jpeg "$w/a-start.jpg" -size 120x80 xc:'#2e7d32' -fill white -draw 'rectangle 10,10 40,30'
jpeg "$w/b-creek.jpg" -size 120x80 xc:'#1565c0' -fill white -draw 'rectangle 80,50 110,70'
jpeg "$w/c-lookout.jpg" -size 80x120 xc:'#f9a825' -fill black -draw 'rectangle 10,10 30,40'
jpeg "$w/d-falls.jpg" -size 120x80 xc:'#6a1b9a' -fill white -draw 'rectangle 50,20 70,60'
jpeg "$w/e-secret.jpg" -size 120x80 xc:'#424242' -fill yellow -draw 'rectangle 5,5 20,20'
jpeg "$w/k-undated.jpg" -size 120x80 xc:'#00838f' -fill white -draw 'rectangle 90,5 115,25'
"$IM" -size 100x60 xc:'#ff7043' -fill white -draw 'rectangle 10,10 50,30' -strip "$w/map.png"

$EXIF -DateTimeOriginal='2013:03:10 11:00:00' -ImageDescription='Trailhead sign' \
  -Make=Canon -Model='Canon EOS 5D' \
  -GPSLatitude=33.7 -GPSLatitudeRef=S -GPSLongitude=150.3 -GPSLongitudeRef=E "$w/a-start.jpg"
$EXIF -DateTimeOriginal='2013:03:10 09:00:00' -ImageDescription='Creek crossing' \
  -Make=Apple -Model='iPhone 4S' "$w/b-creek.jpg"
$EXIF -DateTimeOriginal='2013:03:10 10:00:00' -ImageDescription='EXIF lookout text' \
  -GPSLatitude=33.72 -GPSLatitudeRef=S -GPSLongitude=150.37 -GPSLongitudeRef=E "$w/c-lookout.jpg"
$EXIF -DateTimeOriginal='2013:03:10 12:00:00' -ImageDescription='Wentworth Falls' "$w/d-falls.jpg"
$EXIF -DateTimeOriginal='2013:03:10 08:00:00' -ImageDescription='Not for the blog' \
  -GPSLatitude=33.0 -GPSLatitudeRef=S -GPSLongitude=151.0 -GPSLongitudeRef=E "$w/e-secret.jpg"

# --- posts/trips: images beside a post form the album "trips"; one has GPS.
mkdir -p "$site/posts/trips"
jpeg "$site/posts/trips/beach.jpg" -size 120x80 xc:'#ffe082' -fill '#0277bd' -draw 'rectangle 0,50 119,79'
jpeg "$site/posts/trips/dunes.jpg" -size 120x80 xc:'#d7ccc8' -fill '#5d4037' -draw 'circle 60,40 60,70'
$EXIF -DateTimeOriginal='2014:01:05 10:00:00' \
  -GPSLatitude=32.9 -GPSLatitudeRef=S -GPSLongitude=151.8 -GPSLongitudeRef=E "$site/posts/trips/beach.jpg"
$EXIF -DateTimeOriginal='2014:01:05 11:00:00' "$site/posts/trips/dunes.jpg"
