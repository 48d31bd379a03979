"""Future or conditional cooperation is an expressed intent (CAMEO 03x), not the act itself.

"Finland will give Tanzania a grant" is 0331 (intent to provide economic aid), not 071. CAMEO's
03 codes mirror the material-cooperation roots, so the mapping is a table: longest prefix wins.
"""

from __future__ import annotations

INTENT = {
    "04": "036", "05": "032", "057": "030",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}
MODES = {"future", "hypothetical"}


def as_intent(code: str, mode: str) -> str:
    """The 03x code for a cooperative event reported as future or conditional, else the code."""
    if mode not in MODES:
        return code
    for n in (4, 3, 2):
        if code[:n] in INTENT and len(code) >= n:
            return INTENT[code[:n]]
    return code
