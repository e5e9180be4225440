"""Use cases over a Store: one transaction each, input validated, every change audited.

The GUI and the CLI call only these functions, so both obey the same rules.
"""
