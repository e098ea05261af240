"""Pure-Python rules of the enrolment domain: no Qt, no SQLite, no files."""
