"""Files in and out — Excel, Word, PDF, mail. Plain data in, plain data out: no Qt, no sessions."""
