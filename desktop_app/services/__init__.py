"""Use cases over storage + domain (+ formats). Qt-free; the CLI and the GUI call these."""
