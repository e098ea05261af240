"""Lindungi: register pekerja rentan for BPJS Ketenagakerjaan cover paid by regional budgets."""

__version__ = "0.1.0"
APP_NAME = "Lindungi"
