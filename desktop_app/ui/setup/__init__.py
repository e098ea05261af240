"""Setting up the office: the first-run wizard and the Settings page (Pengaturan)."""
