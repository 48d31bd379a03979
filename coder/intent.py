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
    # conflict: a future act of force or coercion is a threat, of the kind the act names
    "14": "133",
    "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "17": "137", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "18": "1383", "19": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384",
    "20": "138", "204": "1385",
}
MODES = {"future", "hypothetical"}


def specificity(code: str) -> int:
    """How specific a CAMEO code is: 2 for a 4-digit code, 1 for a 3-digit code that is not its
    root's "not specified" (x0), 0 for that one."""
    return 2 if len(code) > 3 else int(not code.endswith("0"))
THREAT_ROOTS = {"14", "16", "17", "18", "19", "20"}


def as_intent(code: str, mode: str) -> str:
    """The intent code for a cooperative event reported as future or conditional, or for a
    coercive one announced as future ("will attack"; "may attack" is speculation, not a threat)."""
    if mode not in MODES or (code[:2] in THREAT_ROOTS and mode != "future"):
        return code
    for n in (4, 3, 2):
        if code[:n] in INTENT and len(code) >= n:
            return INTENT[code[:n]]
    return code


# what is demanded or appealed for decides the 10x / 02x code ("urged Iran to release the
# prisoners" is 0253, "said Israel must withdraw" 1056): the asked act's code, longest prefix
# (CAMEO manual ch. 6: 106 meeting, 107 settling, 108 mediation; withdrawal is 1056)
DEMANDED = {
    "04": "106", "045": "108", "05": "102", "06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
    "084": "1053", "085": "1054", "086": "1055", "087": "1056",
    # an intent asked for is the act asked for ("must be ready to mediate" is a demand to mediate)
    "031": "101", "0311": "1011", "0312": "1012", "0313": "1013", "0314": "1014", "032": "102",
    "033": "103", "0331": "1031", "0332": "1032", "0333": "1033", "0334": "1034", "034": "104",
    "0341": "1041", "0342": "1042", "0343": "1043", "0344": "1044", "035": "105", "0351": "1051",
    "0352": "1052", "0353": "1053", "0354": "1054", "0355": "1055", "0356": "1056", "036": "106",
    "037": "107", "038": "108", "039": "108",
}
APPEALED = {
    "04": "026", "05": "022", "06": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
    "07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
    "08": "025", "081": "0251", "082": "0252", "083": "024", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
    "084": "0253", "085": "0254", "086": "0255", "087": "0256", "045": "028",
    "031": "021", "0311": "0211", "0312": "0212", "0313": "0213", "0314": "0214", "032": "022",
    "033": "023", "0331": "0231", "0332": "0232", "0333": "0233", "0334": "0234", "034": "024",
    "0341": "0241", "0342": "0242", "0343": "0243", "0344": "0244", "035": "025", "0351": "0251",
    "0352": "0252", "0353": "0253", "0354": "0254", "0355": "0255", "0356": "0256", "036": "026",
    "037": "027", "038": "028", "039": "028",
}
_ASKED = {"100": DEMANDED, "020": APPEALED}


def as_request(code: str, act: str) -> str:
    """The 10x/02x code of an unspecified demand or appeal (100, 020) for the act `act`."""
    table = _ASKED.get(code)
    if table is None:
        return code
    for n in (4, 3, 2):
        if len(act) >= n and act[:n] in table:
            return table[act[:n]]
    return code
