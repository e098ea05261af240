"""Impor: the wizard that brings a village list into a draft batch."""
