"""Pivot: a local-first desktop tracker for a job hunt into AI roles."""

__version__ = "0.1.0"
