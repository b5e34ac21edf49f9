"""Hostile-input attempts against the command line: ``python tests/hostile/attempts.py``."""
