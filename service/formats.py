"""Derived data stamped with the format it was made in (a row in `settings`).

When the code's format differs from a ledger's stamp, the data is rebuilt once, under the
write lock, and restamped: several workers opening an old ledger at once rebuild it once.
"""


def _stamp(conn, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def rebuild_once(conn, key: str, version: str, rebuild) -> None:
    """Run `rebuild(conn)` and stamp `key` with `version`, unless the ledger already has it."""
    if _stamp(conn, key) == version:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _stamp(conn, key) != version:  # another worker may have done it while we waited
            rebuild(conn)
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, version])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
