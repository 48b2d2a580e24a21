"""Media of the archive: the encrypted blob store, import checks, metadata and redaction.

* `blobs.BlobStore`: sealed, chunked, atomically written files for originals.
* `probe.probe`: is an incoming file what its name says, whole and not too big?
* `metadata.describe_metadata`: what an original reveals, in plain words.
* `images.redact_image`, `images.preview_image`, `cleanliness.assert_clean`: derived
  images built from pixels alone, checked to carry no metadata.
* `audio.audio_duration`: length of a recording from its headers.
"""
