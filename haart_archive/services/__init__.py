"""Services of an unlocked archive that join the pure domain packages to the store.

The pure packages (consent, media, search, redaction, publishing) know nothing of the
database or of keys; each service here reads and writes sealed rows through the session
context, enforces who may write, and audits what it does.
"""
