"""A registry whose names run to thousands of characters builds its name index in time linear in their length
(robust28), and the repost reader reads a closing state signature once per post.

``AffixIndex._variants`` read a registered name with no place at either end reordered at every cut: n patterns of n
characters for a name of n characters, so 20 names of 500–2,000 characters took two minutes to index and 200 over
300 s. Only names up to ``MAX_REORDERED_LEN`` (above any real name) are read at every cut now.
Names and texts invented for these tests."""

from __future__ import annotations

from detectors import content_repost, impostor
from detectors.content_repost import OverlapIndex, repost_hit
from detectors.name_index import MAX_REORDERED_LEN, AffixIndex
from detectors.names import analyse_name
from tests.detectors.impostor_cases import acc, reg

WORDS = ("交通运输", "市场监督管理", "人民政府", "应急管理", "卫生健康", "文化和旅游", "生态环境", "委员会", "发布")


def _long_name(n: int) -> str:
    out, k = "", 0
    while len(out) < n:
        out, k = out + WORDS[k % len(WORDS)], k + 3
    return out[:n]


def test_a_long_name_gives_patterns_linear_in_its_length():
    name = _long_name(2000)
    variants = AffixIndex._variants(name, "青禾县交通运输局", ["青禾县"])
    assert sum(len(text) for _, text in variants) <= 10 * len(name)


def test_a_name_of_real_length_is_still_read_at_every_cut():
    name = "交通运输应急管理发布"  # no place at either end
    reordered = {text for kind, text in AffixIndex._variants(name, "", []) if kind == "reorder"}
    assert reordered == {name[k:] + name[:k] for k in range(2, len(name) - 1)}
    assert len(_long_name(MAX_REORDERED_LEN)) == MAX_REORDERED_LEN
    at_cap = AffixIndex._variants(_long_name(MAX_REORDERED_LEN), "", [])
    assert sum(kind == "reorder" for kind, _ in at_cap) == MAX_REORDERED_LEN - 3


def test_the_index_of_long_names_holds_few_patterns():
    registry = [reg(_long_name(500 + 300 * i), f"青禾县单位{i}", f"r{i}", "weibo", "浙江省湖州市青禾县") for i in range(6)]
    index = AffixIndex(registry, [analyse_name(r["name"]) for r in registry])
    assert len(index.automaton) < 20 * len(registry)


def test_a_run_with_long_registered_names_still_finds_the_impostor():
    registry = [reg(_long_name(1500), "青禾县交通运输局", "long", "weibo", "浙江省湖州市青禾县"),
                reg(_long_name(900)[::-1], "青禾县人民政府", "long2", "douyin", "浙江省湖州市青禾县"),
                reg("青禾发布", "青禾县人民政府新闻办公室", "r1", "weibo", "浙江省湖州市青禾县")]
    ctx = impostor.DetectionContext(registry=registry, accounts=[acc("青禾发布", "x"), acc(_long_name(1500) + "官方", "y")])
    found = {f["account_id"]: f for f in impostor.detect(ctx)}
    assert found["x"]["target"]["name"] == "青禾发布"


# ---- the repost reader: ``state_signature`` read once ------------------------------------------------------------

FOOTER = "\n\n往期推荐\n▶ 冬季用电安全提示\n\n编辑：周明　审核：钱洁"
COLUMN = ("让社区食堂既便宜又好吃\n\n社区食堂开在家门口，一荤两素十几元，解决了不少老人和上班族的吃饭难题。"
          "办好社区食堂，既要控住成本，也要守住食品安全底线，让群众吃得放心、吃得舒心。")


def _post(account: str, pid: str, text: str, when: str, **extra) -> dict:
    return {"platform": "wechat", "account_id": account, "post_id": pid, "text": text, "created_at": when, **extra}


def _counted(monkeypatch) -> list[int]:
    calls: list[int] = []
    read = content_repost.state_signature

    def counted(*args, **kwargs):
        calls.append(1)
        return read(*args, **kwargs)
    monkeypatch.setattr(content_repost, "state_signature", counted)
    return calls


def test_a_copied_title_reads_the_state_signature_once(monkeypatch):
    calls = _counted(monkeypatch)
    text = "青禾日报评论：" + COLUMN
    source = _post("paper", "1", text, "2026-11-10T07:00:00+08:00")
    copy = _post("bureau", "2", text + FOOTER, "2026-11-10T18:00:00+08:00")
    overlap = OverlapIndex([source, copy], lambda p: {"paper": "青禾日报社", "bureau": "青禾县民政局"}[p["account_id"]],
                           lambda p: "青禾日报" if p["account_id"] == "paper" else "")
    hit = repost_hit(copy, "青禾县民政局", overlap)
    assert hit is not None and hit.basis == "overlap"
    assert len(calls) <= 1


def test_a_post_without_a_source_reads_the_state_signature_once(monkeypatch):
    calls = _counted(monkeypatch)
    repost_hit(_post("bureau", "3", "今天天气晴好，适合出行。\n\n青禾县民政局", "2026-11-10T18:00:00+08:00"), "青禾县民政局",
               None)
    assert len(calls) == 1


# ---- the repost reader: white space read in linear time ----------------------------------------------------------
# ``WIRE_DATELINE``, ``SHORT_SELF``, ``DOC_TITLE`` and ``SOURCE_NAMED`` read white space at a line start by trying
# every split of it (``\s*`` … ``\s*``, or ``^\s*`` before a long alternation, at every line of a blank run): a post of
# 2,000 blank lines took over 200 s of ``repost_hit``, 5,000 now 1.2 s. A test of the matches kept, and
# of the time (a bound far above the linear reading's few milliseconds, far below the cubic one's minutes).

def test_a_post_of_blank_lines_is_read_at_once():
    import time

    repost_hit(_post("bureau", "4", "热身\n", "2026-11-10T18:00:00+08:00"), "青禾县民政局", None)  # (lazy tables)
    for blank in ("\n" * 3000, " " * 3000, "\n \u3000\t" * 800):
        post = _post("bureau", "4", blank, "2026-11-10T18:00:00+08:00")
        start = time.process_time()
        assert repost_hit(post, "青禾县民政局", None) is None
        assert time.process_time() - start < 5


def test_the_datelines_and_the_short_self_voice_still_match():
    from detectors.content_repost import SHORT_SELF, WIRE_DATELINE

    for text in ("  （青禾 11月20日电）记者从县里获悉", "\n\n【要闻】 青禾11月20日电 今天", "11月20日电 今天"):
        assert WIRE_DATELINE.match(text), text
    assert not WIRE_DATELINE.match("\n\n \n青禾县11月20日召开会议")
    assert SHORT_SELF.search("本周，\n 近日，总局印发通知").group(1) == "总局"
    assert SHORT_SELF.search("\n\n   总署发布公告") is not None
