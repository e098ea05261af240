"""Data Peserta: the records list over the whole database, with search, filters, edit and delete."""
