"""Future or conditional acts are expressed intents, not the acts themselves.

"Finland will give Tanzania a grant" is 0331 (intent to provide economic aid), not 071; "X wants
to attack Y" is a threat of force (138), not an attack. CAMEO's 03 and 13 codes mirror the
cooperation and conflict roots, so the mapping is a table: longest prefix wins.
"""

from __future__ import annotations

INTENT = {
    "04": "036", "05": "032", "057": "030",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "084": "0353", "085": "0354", "086": "0355", "087": "0356",
    # conflict: a future or conditional act of force or coercion is a threat
    "16": "131", "17": "137", "18": "138", "19": "138", "20": "138",
}
MODES = {"future", "hypothetical"}
THREAT_ROOTS = {"16", "17", "18", "19", "20"}


def as_intent(code: str, mode: str) -> str:
    """The intent code for a cooperative event reported as future or conditional, or for a
    coercive one announced as future ("will attack"; "may attack" is speculation, not a threat)."""
    if mode not in MODES or (code[:2] in THREAT_ROOTS and mode != "future"):
        return code
    for n in (4, 3, 2):
        if code[:n] in INTENT and len(code) >= n:
            return INTENT[code[:n]]
    return code
