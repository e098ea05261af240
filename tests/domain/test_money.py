"""Figures as text: file sizes."""

from __future__ import annotations


def test_file_sizes_read_as_people_read_them():
    from desktop_app.domain.money import format_size

    assert [format_size(n) for n in (0, 300, 740 * 1024, 12_900_000, 2_405_181_685)] == [
        "0 KB", "1 KB", "740 KB", "12,3 MB", "2,2 GB"]
