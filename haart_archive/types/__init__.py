"""Values the command line and the desktop app hold: one module per noun.

Everything here is a plain value (frozen dataclasses, enums, constants) or a pure function
that makes one from plain data; nothing here opens the store or holds a key. Values that a
pure domain package defines (consent, redaction, importing...) are re-exported from the
module of their noun, so a client imports values from `haart_archive.types.*` and everything
else through the facade, `haart_archive.archive`.
"""
