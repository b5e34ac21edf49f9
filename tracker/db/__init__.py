"""Persistence: the tables, the engine and its pragmas, sessions, queries and migrations."""
