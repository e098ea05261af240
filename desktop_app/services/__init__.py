"""Use cases over storage + domain (+ exports). Qt-free; the CLI and the GUI call these."""
