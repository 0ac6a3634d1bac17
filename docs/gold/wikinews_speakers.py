#!/usr/bin/env python3
"""Speaker-kind table for the gold quotes of quotes_wikinews_de/train.jsonl (all 700 docs).

Every distinct speaker_text (1757 of them) was read and classified by hand; the decisions are held
below as index lists over the distinct texts sorted by str.lower() (see distinct.txt), default = role.
Context was read for ambiguous short texts (Tesla, Fischer, Bayern, Frank, ...).
Rules (precedence top-down):
  person_name  : the speaker (or the source whose Angaben/Aussagen/Meinung are cited) is named by a
                 person's proper name (full, surname, first name, pseudonym, genitive "Gordons").
                 A person's name that does NOT name the speaker ("Brandt-Kenner", "Demjanjuks Sohn",
                 "McCains Kampagne", "Anwältin Samanis") does not count -> role.
  organisation : contains the proper name of an organisation / medium / party / company / agency /
                 named institution (incl. "UN-Generalsekretär", "Sprecher der CDU", "Auswärtiges Amt",
                 "Bundesregierung", "Polizeidirektion Hannover"), or a place/building name used on its
                 own as the acting collective ("Frankreich", "Aus Paris", "Das Weiße Haus", "Kreml-").
  pronoun      : personal/demonstrative/relative/indefinite pronoun, pronominal adverb (demnach, danach,
                 wonach), possessive + noun of saying ("seiner Meinung", "ihrer Homepage"), "eigenen Angaben".
  role         : everything else that is a common-noun phrase without such a name (incl. generic institution
                 nouns with place adjectives: "die russische Regierung", "Berliner Polizei", "die US-Regierung").
  none         : empty speaker, or a span without any speaker expression ("wurde eingewandt").
"""
import json, collections, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project folder
SRC = str(ROOT.parent / "shared" / "data") + "/quotes_wikinews_de/train.jsonl"
OUT = str(ROOT / "tests" / "gold" / "wikinews_speaker_kinds.jsonl")
docs = [json.loads(l) for l in open(SRC, encoding="utf-8")]

def R(s):
    out = []
    for part in s.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-"); out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out

NONE = R("0,1726")
PRON = R("""164,254,255,256,258,259,323,359,360,390,391,700,704,710,744,
1031,1032,1036,1037,1051,1052,1053,1054,1189,1205,1206,1222,1223,
1307,1309,1312,1313,1314,1315,1316,1400,1410,1472,
1585,1586,1587,1589,1590,1591,1592,1593,1594,1595,1603,1604,1704,1715,1716,1725""")
PERS = R("""7,8,11,14,16,18,19,20,25,32,33,34,58,72,85,88,89,94,98,105,116,118,121,130,135,136,141,142,147,158,167,168,
170,171,172,173,174,176,177,180,182,203,204,205,206,207,211,212,217,218,219,220,222,223,224,225,226,227,228,229,231,232,
233,234,235,236,237,238,239,240,242,243,244,246,247,248,249,251,252,253,299,
318,319,320,321,322,325,332,334,335,336,340,373,379,383,384,385,388,389,392,394,396,399,400,401,402,406,411,412,414,416,
431,433,435,445,449,451,454,455,456,458,459,460,463,464,465,466,467,469,471,472,473,474,475,476,483,486,487,489,490,491,
493,494,497,498,500,501,502,503,505,508,511,513,516,519,521,523,525,526,528,529,530,533,538,539,541,542,543,545,546,547,
548,555,561,562,572,574,575,576,577,579,585,587,588,589,590,591,595,596,597,598,600,603,605,608,609,612,613,614,615,
620,622,623,624,625,633,634,635,636,642,644,647,649,654,655,658,669,673,674,677,678,679,680,681,682,683,692,693,694,703,
712,718,725,727,735,745,752,768,776,777,778,790,799,806,810,820,822,828,843,860,862,864,865,897,898,915,917,921,
943,944,983,987,1000,1001,1039,1042,1044,1045,1049,1050,1087,1089,1101,1161,1196,1198,1199,1200,1201,1202,1203,1208,1209,
1210,1224,1229,1230,1231,1232,1237,1238,1239,1242,1243,1244,1245,1246,1247,1249,1251,1252,1253,1254,1255,1256,1257,1258,1259,
1262,1263,1264,1265,1266,1267,1270,1274,1275,1276,1278,1280,1281,1284,1285,1286,1287,1288,1290,1291,1292,1293,1294,1295,
1296,1297,1298,1300,1301,1302,1303,1304,1305,1306,1310,1317,1348,1349,1350,1351,1352,1353,1354,1355,1356,1357,1358,1359,
1360,1361,1362,1363,1364,1365,1368,1369,1370,1371,1372,1373,1374,1375,1376,1377,1380,1382,1383,1384,1385,1387,1391,1392,
1393,1394,1395,1396,1397,1398,1402,1403,1405,1406,1408,1409,1412,1413,1414,1415,1416,1417,1419,1420,1433,1437,1439,1440,
1441,1442,1443,1444,1445,1446,1448,1449,1450,1451,1455,1456,1457,1459,1460,1461,1462,1464,1471,1473,1474,1476,1477,1478,
1479,1484,1485,1486,1487,1488,1489,1490,1493,1494,1495,1496,1497,1498,1499,1500,1501,1502,1503,1504,1505,1507,1515,1517,
1518,1521,1522,1523,1524,1526,1527,1528,1529,1531,1532,1533,1534,1536,1537,1539,1540,1541,1542,1543,1544,1545,1546,1550,
1551,1552,1554,1555,1556,1559,
1560,1561,1563,1565,1566,1567,1568,1569,1570,1571,1572,1573,1580,1581,1582,1584,1597,1598,1599,1600,1601,1605,1608,1611,
1612,1616,1618,1619,1620,1621,1622,1623,1624,1627,1628,1630,1634,1636,1637,1641,1642,1643,1644,1645,1646,1647,1648,1650,
1653,1655,1658,1661,1662,1664,1667,1668,1669,1672,1674,1675,1676,1677,1679,1680,1683,1684,1691,1692,1698,1699,1702,1703,
1706,1709,1710,1713,1714,1717,1718,1722,1723,1724,1728,1729,1733,1735,1736,1741,1749""")
ORGS = R("""2,12,13,17,21,22,23,24,35,38,39,40,45,48,50,52,55,56,57,60,61,62,63,65,66,68,75,76,77,78,79,81,82,83,90,91,93,95,
96,97,99,110,112,113,114,117,119,120,122,123,124,126,131,133,143,148,151,152,153,154,155,156,162,163,166,175,178,179,181,
188,200,202,210,216,230,241,245,250,261,262,263,265,266,267,268,269,271,272,273,275,276,279,280,282,286,288,289,291,292,293,294,
303,304,305,307,311,312,314,315,316,330,331,338,341,342,343,344,345,346,348,350,355,357,363,368,403,404,405,407,409,410,
419,422,426,427,428,429,430,432,442,448,450,452,457,461,477,480,481,482,488,492,496,507,512,515,520,522,532,554,563,565,
567,568,569,570,571,573,580,582,583,584,592,593,594,599,610,617,618,
626,627,629,631,650,651,656,657,660,672,687,688,689,696,697,698,699,701,702,707,709,716,729,730,731,732,736,738,748,750,
757,758,759,762,763,764,765,766,769,770,772,774,775,779,780,781,782,783,784,786,789,791,792,793,794,795,796,798,802,803,
811,812,813,815,817,823,824,825,827,832,833,835,837,838,839,840,841,842,844,846,848,849,850,851,852,853,854,855,867,868,
871,877,880,882,883,884,885,886,887,888,889,890,891,892,893,895,899,903,905,908,910,914,922,930,931,934,935,936,937,
941,942,947,949,952,954,955,956,959,960,965,966,967,968,969,971,974,976,984,989,990,991,995,997,998,1005,1006,1007,1008,
1009,1010,1013,1015,1016,1017,1018,1019,1020,1023,1024,1025,1026,1027,1028,1029,1030,1043,1046,1047,1055,1057,1059,1063,
1066,1067,1070,1074,1077,1079,1082,1083,1084,1090,1093,1094,1097,1100,1102,1103,1104,1106,1107,1109,1114,1116,1119,1120,
1125,1127,1129,1134,1135,1136,1137,1138,1139,1140,1141,1143,1145,1146,1147,1148,1151,1154,1155,1158,1162,1163,1166,1168,
1169,1171,1173,1174,1184,1185,1187,1207,1228,1235,1236,1240,1241,
1273,1277,1279,1282,1289,1308,1319,1320,1326,1329,1331,1333,1334,1335,1336,1337,1338,1343,1381,1401,1404,1407,1428,1430,
1431,1453,1454,1463,1466,1467,1475,1519,1520,1548,1557,1558,
1562,1564,1575,1596,1606,1609,1610,1614,1615,1629,1631,1633,1635,1638,1639,1640,1649,1651,1654,1656,1657,1659,1660,1673,
1686,1693,1694,1700,1705,1708,1711,1712,1719,1721,1727,1730,1738,1739,1740,1744,1745,1746,1747,1748,1750,1751,1752,1753,
1754,1755,1756""")

def distinct_texts():
    occ = collections.OrderedDict()
    for i, d in enumerate(docs):
        for k, q in enumerate(d["quotes"]):
            occ.setdefault(q["speaker_text"], []).append(i)
    return [t for t, _ in sorted(occ.items(), key=lambda x: x[0].lower())]

def kinds_by_text():
    texts = distinct_texts()
    assert len(texts) == 1757
    # anchors: guard against a changed ordering
    assert texts[0] == "" and texts[1205] == "er" and texts[1756].startswith("„Ärzte ohne Grenzen“")
    assert texts[1639] == "Tesla" and texts[1233] == "Fischer" and texts[233] == "Bundeskanzlerin Angela Merkel"
    lists = {"none": NONE, "pronoun": PRON, "person_name": PERS, "organisation": ORGS}
    seen = collections.Counter(i for l in lists.values() for i in l)
    dup = [i for i, c in seen.items() if c > 1]
    assert not dup, f"index in two lists: {dup}"
    assert max(seen) < len(texts)
    kind = {}
    for n, t in enumerate(texts):
        kind[t] = "role"
    for k, l in lists.items():
        for n in l:
            kind[texts[n]] = k
    return texts, kind

if __name__ == "__main__":
    texts, kind = kinds_by_text()
    rows = []
    for i, d in enumerate(docs):
        for k, q in enumerate(d["quotes"]):
            rows.append({"doc": i, "quote_index": k, "speaker_text": q["speaker_text"],
                         "speaker_kind": kind[q["speaker_text"]]})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:  # the speaker text stays out: the data's licence keeps its text in ../shared
            f.write(json.dumps({k: r[k] for k in ("doc", "quote_index", "speaker_kind")}, ensure_ascii=False) + "\n")
    # sanity
    for r in rows:
        if r["speaker_text"] == "":
            assert r["speaker_kind"] == "none"
    print("rows", len(rows))
    KS = ["person_name", "pronoun", "role", "organisation", "none"]
    def show(sel, title):
        c = collections.Counter(r["speaker_kind"] for r in sel)
        print(f"{title:28} n={len(sel):5} " + " ".join(f"{k}={c[k]}" for k in KS))
    show(rows, "all 700 docs")
    show([r for r in rows if 500 <= r["doc"] <= 699], "docs 500-699")
    mine = [505, 525, 545, 565, 585, 605, 625, 645, 665, 685]
    show([r for r in rows if r["doc"] in mine], "the 10 NER docs")
    for i in mine:
        show([r for r in rows if r["doc"] == i], f"  doc {i}")
    if "-l" in sys.argv:  # listing for a second reading pass
        for k in KS:
            with open(f"/tmp/review_{k}.txt", "w") as f:
                for n, t in enumerate(texts):
                    if kind[t] == k:
                        f.write(f"{n}\t{t}\n")
