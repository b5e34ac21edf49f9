"""Pure Python: enums, value objects, parsers. No I/O, no Qt, no database."""
