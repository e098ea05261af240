"""Laporan: coverage, money and counts for the supervisor."""
