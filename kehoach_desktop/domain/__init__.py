"""Pure rules of the domain: Vietnamese text, numerals, timing, periods, dates, numbers.

Nothing here imports Qt or SQLAlchemy, so every function can be tested by a table.
"""
