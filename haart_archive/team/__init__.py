"""Team mode: the same archive on a PostgreSQL server that only ever holds ciphertext.

The server keeps what a folder keeps, in tables: the SQLAlchemy models through the same
Alembic migrations, every descriptive value sealed exactly as in the folder, the vault
header (`vault_record`), media as sealed chunks (`blob_chunk`), failed-unlock notes sealed
to the inbox key (`unlock_note`), and a change feed of testimony ids (`change_entry`). Each
desktop keeps its own sealed search index in a local cache folder per archive.
"""
