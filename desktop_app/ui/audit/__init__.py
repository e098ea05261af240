"""Pengaturan › Log pemrosesan: the processing-log reader, the data-subject view and the retention purge."""
