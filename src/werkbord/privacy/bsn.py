"""The BSN's eleven-test, shared by the typed rules (:mod:`.rules`) and the spoken ones (:mod:`.spoken`)."""

from __future__ import annotations


def passes_eleven_test(number: str) -> bool:
    """The BSN check: 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9:
        return False
    total = sum(w * d for w, d in zip(range(9, 1, -1), digits[:8], strict=True)) - digits[8]
    return total % 11 == 0 and total != 0
