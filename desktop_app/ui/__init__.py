"""The window: the only package importing PySide6."""
