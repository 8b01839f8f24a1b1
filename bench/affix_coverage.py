"""Coverage of the prefix and suffix tactics (issue #12) by what was added, on generated names (not a recall).

    python bench/affix_coverage.py [--parts dev dev2 …] [--per-part 0] [--show-misses 20] [--check]

**This is generated data, written alongside the code** — not a labelled set, and its figures are no recall. For the
registered names of the tuning parts' registries (``eval/impostor/devN/registry.csv``; names only, never the parts'
accounts or labels) the script adds words before or after each name, once per *added-word class* below (the words
and places chosen by a hash of the name from the short lists written here and from the gazetteer,
``detectors/data/divisions.tsv``), runs the impostor detector on the generated names (one account each, no avatar, no
profile) against that part's registry, and reports per class how many were flagged at all and how many with a
registry entry of the same name as target. The word lists below are general vocabulary written for this script, not
taken from any evaluation part.

Added-word classes (P: a county-level division of the registered name's province outside its own chain, the
"neighbouring place"; N: the registered name):
  place_goods     N + P + a local product (丰县发布 + 沛县 + 红枣): another place's speciality after the name
  place_goods2    N + P + a product + a second phrase of no class (… + 红枣 + 上新啦): a long run after the name
  goods_before    P + a product + ⎸ + N: the same before the name, parted by a separator
  old_group       老 + a common noun of a group (职工, 干部, 知青) + ⎸ + N: the old ones of a group addressed
  parted_runs     two or three colloquial phrases, each parted by a separator, before N written with one character
                  respelt by sound, and one after it (咋回事⎸瞧好了⎸N'⎸这事儿): a long run of added phrases beside a
                  name disguised once more
  addressee_call  N + a word for persons on 员 + a call to act (N + 党员扫码报到, N + 退休人员请登记): the people a
                  notice calls on (twenty-sixth round)
  telling         a first-person pronoun telling the reader + ⎸ + N (我跟你讲⎸N, 俺给恁说⎸N)
  province_region R + N, R a customary sub-region of the name's province (``detectors/data/regions.tsv``) that may
                  or may not cover the unit (关中 + a unit of 陕北)
  region_epithet  八百里 / 千里 + R + N: the same region praised by its extent
  level_sound     N with a character sounding like its place's level word (县 → 纤, 市 → 是) written right after
                  its place, and a service phrase after it (神木纤12345 + 补贴领取)
  particle_call   阿 or 老 + a particle or an interjection (么了, 呀, 嘛: a phrase of speech, not 阿/老 + a name) + ⎸ + N
                  (twenty-seventh round: a person prefix before a function character begins no person's name)
  speech_call     阿 or 老 + one character + a particle of aspect or mood (阿门了, 老李呢) + ⎸ + N (thirty-first round:
                  the particle closes a phrase of speech, so the prefix begins no person's name)
  benefit_named   N + a crop or nothing + a word for persons on 员/者 + a payout noun (N + 大豆生产者补贴, N + 参保人员补助):
                  a benefit named for those it is paid to (twenty-eighth round: the persons word was read as the
                  account's owner and ruled the match out)
  named_feature   F + N, F a natural feature whose name begins with a division of the name's province outside its own
                  chain (``detectors.affixes.named_features``, jieba's ``ns`` words: 长白山 of 长白县 before a unit of
                  抚松; twenty-eighth round: the feature was read as that division, another place, ruling the match out)
Negatives (``no_*``; counted as flagged when the detector points the name at the registered entry; they should stay 0):
  no_other_unit   N + P + a government body's word (公安, 税务): another place's own unit named after the name
  no_other_end    N + P: another place ending the name, the place of the account's own
  no_person       老 + a surname + ⎸ + N: a person's handle (老王⎸…)
  no_medium       P + 日报 / 晚报 + ⎸ + N: a medium's column
  no_teller       老 + a surname + 跟你说 + ⎸ + N: a named person telling the reader, a commentary
  no_feature_head H + N, H the division alone that begins F of ``named_feature`` (长白 + 抚松…): another place;
                  only where H reads as one, like P (``_lone_head_is_elsewhere``, thirty-fourth round: not an everyday
                  word, not a class word as a whole, not a former place of N's region, not a township beneath N's
                  place)
  no_agency_trade N + an agency word + 所 or 处 where N's last word and an agency word make a trade of the dictionary
                  (…税务 + 代办所: 税务代理 is a trade, so 税务代办 is too): a tax or business agent's office

``--check`` exits non-zero when a positive class is flagged for less than ``CHECK_MIN`` of its names or a negative
class is pointed at the registered entry for more than ``CHECK_NEGATIVE_MAX`` of them — the generated check of the
brief. It fails before the twenty-fifth round's mechanism (another place before a product ruled the match out, 老
before a common noun read as a person's name, unknown words in segments of their own cost as much as in the name's,
and a respelt character was folded by the last character of the phrase before the separator).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from level_prefix_coverage import (  # noqa: E402
    _chain,
    _h,
    _pick,
    detect_generated,
    main_with,
    registry_of,
    respelt_by_sound,
    tally,
)

POSITIVES = ("place_goods", "place_goods2", "goods_before", "old_group", "parted_runs", "addressee_call", "telling",
             "province_region", "region_epithet", "level_sound", "particle_call", "speech_call", "benefit_named",
             "named_feature")
NEGATIVES = ("no_other_unit", "no_other_end", "no_person", "no_medium", "no_teller", "no_agency_trade",
             "no_feature_head")
CHECK_MIN = 0.9  # the share of a positive class's names that must be flagged under --check
# ... and the share of a negative class's names that may be pointed at the registered entry: other layers read a few
# names of the negative classes for reasons of their own (广东检察 + 源城: a body of the system at a place; 聊城公安 +
# 莒南: the unit's full name 聊城市公安局 with 局 respelt by sound). Measured at 0.015 (no_other_unit) and 0.018
# (no_other_end) over all tuning registries before the twenty-fifth round and after it, on the very same names.
CHECK_NEGATIVE_MAX = 0.025
# Local products sold under a place's name (general vocabulary of 土特产 and 农产品, written for this script)
GOODS = ("红枣", "蜂蜜", "木耳", "小米", "板栗", "核桃", "粉条", "腊肉", "茶叶", "香菇", "土豆", "柿饼", "花生", "山楂",
         "榛蘑", "酸菜", "豆腐皮", "烧饼", "黄豆", "红薯干")
# A second phrase of no class after a product (a seller's call)
AFTER_GOODS = ("上新啦", "刚出锅", "真地道", "走一波", "不好买")
# Colloquial phrases of several dialects (general vocabulary, written for this script)
PHRASES = ("咋回事", "瞧好了", "这事儿", "嘛情况", "晓得伐", "搞么子", "得劲儿", "中不中", "巴适得很", "真滴吗", "莫慌")
# Common nouns 老 stands before as "old" (jieba's common nouns: groups of people, things)
GROUPS = ("职工", "干部", "知青", "工人", "战友", "物件", "家具", "住户")
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "赵", "周")
BODIES = ("公安", "税务", "交警", "法院", "文旅", "应急")
MEDIA = ("日报", "晚报")
SEPARATORS = ("⎸", "｜", "丨", "·", " | ")
# Words for persons on 员 and the calls a notice makes them (general vocabulary of notices, written for this script)
ADDRESSEES = ("党员", "退休人员", "参保人员", "公务员", "驾驶员", "教职员")
CALLS = ("扫码报到", "扫码激活", "请登记", "速领", "注意", "尽快认证")
# A speaker telling the reader: pronoun, preposition, addressee, verb (northern and north-western usage)
TELLERS = ("我跟你讲", "俺给你说", "咱跟大家唠", "额给你说", "我给恁说", "俺们跟你聊聊")
EPITHETS = ("八百里", "千里")
# Particles and interjections after a person prefix (jieba's u/y/e/o characters: 么, 了, 呀, 嘛, 呗, 哇)
PARTICLE_CALLS = ("阿么了", "阿呀", "老了嘛", "阿嘛", "老呗", "阿哇")
# A person prefix, one character and a particle of aspect or mood closing the phrase (阿门了, 老李呢: speech, not a name;
# jieba tags 啊, 哦 and 哟 zg too, so they are not read so)
SPEECH_CALLS = ("阿门了", "阿来了", "老李呢", "阿福呀", "老张吗", "阿强嘛")
AGENCY_OFFICES = ("所", "处")
SERVICE_TAILS = ("补贴领取", "在线办理", "便民服务", "社保激活")
# Benefits named for their recipients: the crops of the producer subsidies (or none), a word for persons on 员/者 and a
# payout noun (general vocabulary of agricultural and social-security benefits, written for this script)
BENEFIT_CROPS = ("大豆", "稻谷", "小麦", "棉花", "油料", "")
RECIPIENTS = ("生产者", "种植者", "参保人员", "驾驶员", "退役人员", "养殖者")
BENEFITS = ("补贴", "补助", "补偿款", "津贴", "补助金")


def _neighbour(name: str, region: str, registered: set[str]) -> str:
    """The short form of a county-level division of the registered name's province outside its own chain (and outside
    the prefectures that governed it before, ``detectors.places.former_places``), read as a place (not an everyday word
    such as 向阳), written in no registered name of the part (发布 + 工农 would read as another entry reordered), chosen
    by a hash of the name; "" when none."""
    from detectors.places import former_places, gazetteer
    gaz = gazetteer()
    chain, _ = _chain(region)
    if not chain:
        return ""
    own = set(chain)
    former = set(former_places(region))
    pool = sorted(c for c, d in gaz.divisions.items() if d.level == 3 and c[:2] == chain[0][:2] and c not in own
                  and len(d.short) >= 2 and d.short not in name and name[:2] not in d.short
                  and not own.intersection(gaz.ancestors(c)[:1]) and d.short not in former
                  and gaz.name_at(d.short, 0) == d.short and not any(d.short in r for r in registered)
                  and not _begins_a_class_word(d.short))
    return gaz.divisions[_pick(pool, name + "nb")].short if pool else ""


def _named_feature(name: str, region: str, registered: set[str]) -> tuple[str, str]:
    """A natural feature named like a division (``detectors.affixes.named_features``) whose leading division lies in
    the registered name's province outside its own chain and not under its place and is written in no registered name of the part, with that
    division's name, chosen by a hash of the name; ("", "") when none."""
    from detectors.affixes import named_features
    from detectors.places import gazetteer
    gaz = gazetteer()
    chain, _ = _chain(region)
    if not chain:
        return "", ""
    own = set(chain)
    pool = []
    for word in sorted(w for ws in named_features().values() for w in ws):
        head = gaz.name_at(word, 0, common_words=True)
        codes = set(gaz.named(head))
        if (head and head not in name and not any(head in r for r in registered)
                and any(c[:2] == chain[0][:2] for c in codes) and not codes & own
                and not any(chain[-1] in gaz.ancestors(c) for c in codes)):  # not under the name's own place
            pool.append((word, head))
    return _pick(pool, name + "feature") if pool else ("", "")


def _lone_head_is_elsewhere(head: str, region: str) -> bool:
    """Whether the division ``head`` written alone before the name reads as another place, as ``_neighbour``'s places
    do (thirty-fourth round): not an everyday word (和平, 江南, 城西, 东山: the detector reads these as words, a
    choice of its own, ``detectors.affixes.explain_added``), not a word of a class of added words as a whole (惠民 is
    a service word), not a former place of the name's region (拉萨 before a unit of 林芝: ``detectors.places.
    former_places``, the unit's own place) and not the short form of a township beneath the name's own place (舟山
    before a unit of 永康, which has 舟山镇: a sub-place of the unit's)."""
    from detectors.affixes import affix_vocabulary
    from detectors.places import former_places, gazetteer
    gaz = gazetteer()
    chain, _ = _chain(region)
    if not chain or gaz.name_at(head, 0) != head or head in affix_vocabulary() or head in former_places(region):
        return False
    return not any(county == chain[-1] or (county in gaz.divisions and chain[-1] in gaz.ancestors(county))
                   for _, _, county in _towns_by_short().get(head, ()))


@lru_cache(maxsize=1)
def _towns_by_short() -> dict[str, list[tuple[str, str, str]]]:
    """The rows of ``detectors/data/towns.tsv`` by their township's short form, read once."""
    from detectors.places import town_rows, town_short
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in town_rows():
        out.setdefault(town_short(row[1]), []).append(row)
    return out


def _agency_trade(name: str) -> str:
    """An agency word (``detectors.affixes.AGENCY_HEADS``) that the dictionary does *not* write after the name's last
    word, where another one it does (…税务: 税务代理 is a word, so 代办), chosen by a hash of the name; "" when the
    name's last word makes no agency trade."""
    from detectors.affixes import AGENCY_HEADS
    from detectors.names import MAX_WORD_LEN, dictionary_words
    words = dictionary_words()
    for i in range(1, min(len(name), MAX_WORD_LEN - 2) + 1):
        written = [h for h in AGENCY_HEADS if name[-i:] + h in words]
        if written:
            others = [h for h in AGENCY_HEADS if h not in written]
            return _pick(others, name + "agency") if others else ""
    return ""


def _begins_a_class_word(place: str) -> bool:
    """Whether ``place`` begins with a word of a class of added words (爱民: 爱, 云城: 云 are generic words): the
    detector reads such a place as that word, not as a place (a limit of its own, not what this script measures)."""
    from detectors.affixes import affix_vocabulary
    vocab = affix_vocabulary()
    return any(place[:k] in vocab for k in range(1, len(place) + 1))


def _surname(name: str) -> str:
    """A surname, chosen by a hash of the name, that makes no dictionary word with the name's first character (李 +
    广东 would write 李广 split by the separator, a disguise of its own: ``detectors.impostor.split_word``)."""
    from detectors.names import dictionary_words
    words = dictionary_words()
    fits = [s for s in SURNAMES if s + name[:1] not in words]
    return _pick(fits, name + "surname") if fits else ""


def _splits_word(last: str, name: str) -> bool:
    """Whether ``last`` and the name's first character make a dictionary word (说 + 白河 writes 说白 split by the
    separator, a disguise of its own: ``detectors.impostor.split_word``)."""
    from detectors.names import dictionary_words
    return last + name[:1] in dictionary_words()


def _province_region(name: str, region: str) -> str:
    """A customary sub-region of the name's province (``detectors/data/regions.tsv``, read through
    ``detectors.affixes.region_provinces``), chosen by a hash of the name; "" when none."""
    from detectors.affixes import region_provinces
    from detectors.places import gazetteer
    chain, _ = _chain(region)
    if not chain:
        return ""
    province = gazetteer().divisions[chain[0]].short
    pool = sorted(r for r, ps in region_provinces().items() if province in ps and r not in name)
    return _pick(pool, name + "region") if pool else ""


def _level_sound(name: str, region: str) -> str:
    """``name`` with a character sounding like its place's level word (县, 市, 区) written right after the place and
    breaking every dictionary word there; "" when the name does not begin with its deepest division's short form."""
    from detectors.names import breaks_word, short_level_sound_alikes
    from detectors.places import gazetteer
    chain, town = _chain(region)
    if not chain or town:
        return ""
    div = gazetteer().divisions[chain[-1]]
    level = div.name[-1:]
    if level not in "县市区" or len(div.short) < 2 or not name.startswith(div.short) or name.startswith(div.name):
        return ""
    k = len(div.short)
    fits = [c for c, lv in short_level_sound_alikes().items() if lv == level and breaks_word(name[:k] + c + name[k:], k)]
    return name[:k] + _pick(sorted(fits), name + "lsound") + name[k:] if fits else ""


def generate(name: str, region: str, registered: set[str] = frozenset()) -> dict[str, str]:
    """Added-word class → the generated name (only the classes this registered name can carry)."""
    out: dict[str, str] = {}
    sep = _pick(SEPARATORS, name + "sep")
    place = _neighbour(name, region, registered)
    goods = _pick(GOODS, name + "goods")
    if place:
        out["place_goods"] = name + place + goods
        out["place_goods2"] = name + place + goods + _pick(AFTER_GOODS, name + "after")
        out["goods_before"] = place + goods + sep + name
        out["no_other_unit"] = name + place + _pick(BODIES, name + "body")
        out["no_other_end"] = name + place
        out["no_medium"] = place + _pick(MEDIA, name + "medium") + sep + name
    out["old_group"] = "老" + _pick(GROUPS, name + "group") + sep + name
    out["particle_call"] = _pick(PARTICLE_CALLS, name + "particle") + sep + name
    out["speech_call"] = _pick(SPEECH_CALLS, name + "speech") + sep + name
    agency = _agency_trade(name)
    if agency:
        out["no_agency_trade"] = name + agency + _pick(AGENCY_OFFICES, name + "office")
    surname = _surname(name)
    if surname:
        out["no_person"] = "老" + surname + sep + name
    out["addressee_call"] = name + _pick(ADDRESSEES, name + "addressee") + _pick(CALLS, name + "call")
    out["telling"] = _pick(TELLERS, name + "teller") + sep + name
    feature, head = _named_feature(name, region, registered)
    if feature:
        out["named_feature"] = feature + name
        if _lone_head_is_elsewhere(head, region):
            out["no_feature_head"] = head + name
    out["benefit_named"] = (name + _pick(BENEFIT_CROPS, name + "crop") + _pick(RECIPIENTS, name + "recipient")
                            + _pick(BENEFITS, name + "benefit"))
    if surname and not _splits_word("说", name):
        out["no_teller"] = "老" + surname + "跟你说" + sep + name
    reg = _province_region(name, region)
    if reg:
        out["province_region"] = reg + name
        out["region_epithet"] = _pick(EPITHETS, name + "epithet") + reg + name
    sounded = _level_sound(name, region)
    if sounded:
        out["level_sound"] = sounded + _pick(SERVICE_TAILS, name + "tail")
    respelt = respelt_by_sound(name, name, name + "parted")
    if respelt:
        k = 2 + _h(name + "runs") % 2
        first = [PHRASES[(_h(name) + i * 5) % len(PHRASES)] for i in range(k)]
        last = PHRASES[(_h(name) + 3) % len(PHRASES)]
        out["parted_runs"] = "".join(p + sep for p in first) + respelt + sep + last
    return out


def run(part: str, per_part: int, show: list) -> dict:
    _cfg, _entries, _rows, registered, first = registry_of(part)
    cases = []
    for name, row in list(first.items())[: per_part or None]:
        for form, text in generate(name, row.get("region") or "", registered).items():
            if text not in registered:
                cases.append((form, name, text, row))
    outcomes = detect_generated(part, cases, f"affix-{part}")
    return tally(outcomes, part, show, lambda form, right: (form in NEGATIVES) == right)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in argv
    if check:
        argv.remove("--check")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])

    def counted(part: str, per_part: int, show: list) -> dict:
        counts = run(part, per_part, show)
        for form, c in counts.items():
            for i in range(3):
                totals[form][i] += c[i]
        return counts

    code = main_with(argv, ("所加词语类别", (*POSITIVES, *NEGATIVES)), counted, __doc__.split("\n\n")[0],
                     "前后加词手法按所加词语类别", "漏标的正例与指向备案账号的负例",
                     "\n（no_* 为负例：“目标正确”一栏是被指向该备案账号的比例，应为 0）")
    if not check:
        return code
    failed = [form for form in POSITIVES if totals[form][0] and totals[form][1] / totals[form][0] < CHECK_MIN]
    failed += [form for form in NEGATIVES if totals[form][0] and totals[form][2] / totals[form][0] > CHECK_NEGATIVE_MAX]
    if failed:
        print(f"\n检查未通过：{'、'.join(failed)}（正例被标记比例须 ≥ {CHECK_MIN}，负例指向备案账号的比例须 ≤ "
              f"{CHECK_NEGATIVE_MAX}）")
        return 1
    print("\n检查通过")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
