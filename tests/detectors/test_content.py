"""Content screening: lexicon matching after folding, exceptions, repost sources, lexicon errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.content import LexiconError, Screener, detect, load_rules, screen_posts
from detectors.context import DetectionContext
from detectors.textnorm import fold, fold_with_offsets


def post(text, *, pid="p1", original=True, source=None, account="1001"):
    return {"platform": "weibo", "account_id": account, "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": original, "is_pinned": False, "source": source,
            "url": f"https://m.weibo.cn/detail/{pid}"}


@pytest.fixture(scope="module")
def screener():
    return Screener(load_rules())


def test_fold_handles_traditional_fullwidth_and_invisible():
    assert fold("國務院辦公室") == "国务院办公室"
    assert fold("ＹＹＤＳ") == "yyds"
    assert fold("人民\u200b政\u200d俯") == "人民政俯"
    folded, offsets = fold_with_offsets("a\u200b國b")
    assert folded == "a国b" and offsets == [0, 2, 3]


def test_wrong_official_name_with_suggestion_and_span(screener):
    text = "今天，中华人民共合国成立纪念日，全市举行升旗仪式。"
    findings = list(screen_posts([post(text)], screener))
    assert len(findings) == 1
    f = findings[0]
    assert f["kind"] == "content" and f["score"] == 0.9
    ev = f["evidence"]
    assert ev["match"] == "中华人民共合国" and text[ev["start"]:ev["end"]] == "中华人民共合国"
    assert ev["suggestion"] == "中华人民共和国" and ev["category"] == "sensitive"
    assert "中华人民共合国" in ev["context"] and ev["post_id"] == "p1"
    assert "应为“中华人民共和国”" in f["reasons"][0]


def test_hidden_terms_are_found_in_original_positions(screener):
    text = "通知：國務院\u200b辦公室發布"
    (f,) = list(screen_posts([post(text)], screener))
    ev = f["evidence"]
    assert ev["match"] == "國務院\u200b辦公室" and ev["suggestion"] == "国务院办公厅"


def test_longest_term_wins(screener):
    (f,) = list(screen_posts([post("中华人民共和国国务院办公室印发通知")], screener))
    assert f["evidence"]["suggestion"] == "中华人民共和国国务院办公厅"


def test_correct_text_and_exceptions_are_not_flagged(screener):
    clean = "国务院办公厅印发通知，社区免费领取口罩，欢迎市民前往。"
    assert list(screen_posts([post(clean)], screener)) == []
    ad = list(screen_posts([post("免费领取礼品，加微信咨询！")], screener))
    assert {f["evidence"]["term"] for f in ad} == {"免费领取", "加微信咨询"}
    assert all(f["evidence"]["category"] == "advertising" for f in ad)


def test_one_finding_per_post_and_rule(screener):
    findings = list(screen_posts([post("中华人民共合国，中华人民共合国！")], screener))
    assert len(findings) == 1


def test_repost_without_source(screener):
    findings = list(screen_posts([
        post("转发一条重要通知", pid="r1", original=False),
        post("来源：新华社 重要通知", pid="r2", original=False),
        post("重要通知", pid="r3", original=False, source="人民日报"),
        post("//@山东发布: 重要通知", pid="r4", original=False),
    ], screener))
    assert [(f["evidence"]["post_id"], f["evidence"]["rule"]) for f in findings] == [("r1", "repost:no_source")]
    assert findings[0]["reasons"][0] == "转载未注明来源"


def test_detect_screens_only_registered_live_accounts():
    registry = [
        {"platform": "weibo", "account_id": "1001", "name": "山东发布", "status": "active"},
        {"platform": "weibo", "account_id": "1002", "name": "已关停账号", "status": "closed"},
    ]
    posts = [post("乡村振新工作会议", pid="a", account="1001"), post("乡村振新", pid="b", account="1002"),
             post("乡村振新", pid="c", account="9999")]
    ctx = DetectionContext(registry=registry, accounts=[], posts=posts,
                           as_of=datetime(2026, 11, 21, tzinfo=UTC))
    findings = list(detect(ctx))
    assert [(f["account_id"], f["evidence"]["post_id"]) for f in findings] == [("1001", "a")]
    assert "山东发布" in findings[0]["reasons"][1]


def test_hostile_text_is_kept_as_data(screener):
    text = '<script>alert(1)</script>乡村振新"><img src=x onerror=alert(1)>'
    (f,) = list(screen_posts([post(text)], screener))
    assert f["evidence"]["match"] == "乡村振新" and "</script>乡村振新\"><img" in f["evidence"]["context"]


def test_custom_lexicon_dir_replaces_and_adds(tmp_path):
    (tmp_path / "advertising.tsv").write_text("# 本地词库\n特价\t删除\t本地规则\n", encoding="utf-8")
    (tmp_path / "local.tsv").write_text("泉城广场施工\t\t本地关注词\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    terms = {(r.category, r.term) for r in rules}
    assert ("advertising", "特价") in terms and ("advertising", "秒杀") not in terms
    assert ("local", "泉城广场施工") in terms and ("sensitive", "中华人民共合国") in terms


def test_malformed_lexicon_names_file_and_line(tmp_path):
    (tmp_path / "bad.tsv").write_text("好词\n\t建议\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.tsv 第 2 行"):
        load_rules(tmp_path)
    with pytest.raises(LexiconError, match="词库目录不存在"):
        load_rules(tmp_path / "missing")


# ---- issue 18: classes, generated typos, political wording, ads, forced likes, reposts from the text ----------

from detectors.charsim import confusion  # noqa: E402  (grouped with the tests that use it)
from detectors.content import ContentRules  # noqa: E402
from detectors.content_repost import OverlapIndex  # noqa: E402
from detectors.content_typo import Term, classify  # noqa: E402


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def classes_of(findings):
    return {f["evidence"]["class"] for f in findings}


def screen(rules, *posts_, **kw):
    return list(screen_posts(list(posts_), rules, **kw))


def test_character_confusions_by_shape_sound_and_input_slip():
    assert confusion("党", "觉") == "形近"
    assert confusion("兴", "新") == "音近"
    assert confusion("践", "现") == "拼音输入"
    assert confusion("党", "党") is None and confusion("四", "五") is None


@pytest.mark.parametrize("wrong, correct", [
    ("中华人名共和国", "中华人民共和国"),      # sound, never in any list of wrong forms
    ("中化人民共和国", "中华人民共和国"),      # sound
    ("习近萍总书记", "习近平总书记"),          # leader's name next to the title
    ("国务院总理李墙", "国务院总理李强"),
    ("社会注意核心价值观", "社会主义核心价值观"),  # a mis-chosen word of the input method (two characters)
    ("新时代文明实现中心", "新时代文明实践中心"),  # pinyin-input slip
    ("全国人民代表大会会常务委员会", "全国人民代表大会常务委员会"),  # doubled character
    ("社会主义核心价观", "社会主义核心价值观"),    # dropped character
    ("觉中央", "党中央"),                      # shape
])
def test_misspellings_are_generated_from_correct_forms(rules, wrong, correct):
    findings = screen(rules, post(f"会议要求深入学习{wrong}的部署要求。"))
    typo = [f for f in findings if f["evidence"]["class"] == "typo"]
    assert typo, wrong
    ev = typo[0]["evidence"]
    assert ev["category"] == "sensitive" and wrong in ev["match"] and correct in ev["correct"]


@pytest.mark.parametrize("text", [
    "深入学习贯彻党的二十届四中全会精神，回顾二十届三中全会和五中全会部署。",  # numbered plenums are all right
    "公交司机李强热心助人。村民张近平种植大棚蔬菜。",  # names without a title are ordinary people
    "中国共产党党员要发挥先锋模范作用。",  # doubled 党 at the edge: the next word
    "市教育局组织教育培训，住房城乡建设部印发通知，市场监管局开展检查。",  # office names and abbreviations
    "本报记者在振新路采访。",
])
def test_correct_text_is_not_a_typo(rules, text):
    assert "typo" not in classes_of(screen(rules, post(text)))


def test_correction_notice_quoting_the_wrong_form_is_not_flagged(rules):
    text = "【更正】我号昨日推文中“中华人名共和国宪法”系误写，正确写法为“中华人民共和国宪法”，特此更正。"
    assert "typo" not in classes_of(screen(rules, post(text)))


def test_leader_typo_is_most_serious(rules):
    (f,) = [f for f in screen(rules, post("会议传达学习习近萍总书记重要讲话精神。"))
            if f["evidence"]["class"] == "typo"]
    assert f["score"] == 1.0 and f["evidence"]["leader"] is True


def test_classify_edits():
    term = Term("一带一路", "一带一路", None)
    assert classify(term, "一代一路") == "音近"
    assert classify(term, "一带一路") is None
    long_term = Term("中国人民政治协商会议", "中国人民政治协商会议", None)
    assert classify(long_term, "中国人民政治协商会意") == "音近"
    assert classify(long_term, "中国人民政治协商会议会") is None  # an extra character at the edge


@pytest.mark.parametrize("text, suggestion", [
    ("台湾总统发表讲话", "台湾地区领导人"),
    ("坚决反对台湾政府勾连外部势力", "台湾当局"),
    ("推动中港两地交流", "内地与香港"),
    ("来自台湾等32个国家的客商参展", "国家和地区"),
    ("台湾卫生福利部发布消息", "台湾地区有关机构"),
    ("国家主席李强会见外宾", "国务院总理李强"),
    ("国务院副总理韩正出席活动", "国家副主席韩正"),
    ("大陆和台湾两国人民", "两岸"),
    ("北朝鲜代表团访问", "朝鲜"),
])
def test_politically_wrong_wording(rules, text, suggestion):
    political = [f for f in screen(rules, post(text)) if f["evidence"]["class"] == "political"]
    assert political, text
    assert political[0]["evidence"]["category"] == "sensitive"  # severity high, like other 错敏字
    assert any(suggestion in f["evidence"]["suggestion"] for f in political)


@pytest.mark.parametrize("text", [
    "台湾地区领导人讲话。美国总统访问欧洲。中澳自贸协定实施十周年。数据中台上线。台中市举办活动。",
    "民国时期的老建筑。香港特区政府、澳门特区政府发布公告。内地与香港合作。",
    "国家主席习近平、国务院总理李强、全国人大常委会委员长赵乐际出席。",
])
def test_correct_political_wording_is_not_flagged(rules, text):
    assert "political" not in classes_of(screen(rules, post(text)))


@pytest.mark.parametrize("text", [
    "某品牌羽绒服今日到手仅需299元👉 https://m.tb.cn/h.gT7uPz2",
    "应急包京东自营👉 https://u.jd.com/Tm5rN2c",
    "复制口令￥Hk82QwEr1bT￥打开手机淘宝即可购买",
    "點擊左下角小黄车直接抢团购券！",
    "年卡仅需888元，扫码购买即享优惠",
    "全场满1000减300，国际美妆品牌低至5折",
])
def test_ads(rules, text):
    assert "ad" in classes_of(screen(rules, post(text))), text


@pytest.mark.parametrize("text", [
    "案例一：某电器经营部在网店首页宣称所售空调为“全网最低价”，执法人员依法作出罚款5万元的行政处罚。",
    "骗子发来一串形如“￥Ab3Xk9Qz1￥”的口令，诱导您复制后打开购物APP，不要复制陌生口令！",
    "第二批政府消费券12月1日发放，分为满100减30、满300减80两种面额。",
    "市民可通过“健康临沂”公众号扫码预约流感疫苗接种。",
    "今日秒杀？这是网友对高铁购票速度的调侃。",
])
def test_not_ads(rules, text):
    assert "ad" not in classes_of(screen(rules, post(text))), text


def test_forced_likes_are_entertainment_and_serious(rules):
    text = "请全市各中小学校组织全体教职工于今天18:00前为本条微博点赞、转发，并将截图报送，完成情况将纳入年度考核。"
    ent = [f for f in screen(rules, post(text)) if f["evidence"]["class"] == "entertainment"]
    assert ent and ent[0]["evidence"]["rule"] == "entertainment:强制点赞" and ent[0]["score"] == 1.0


def test_slang_alone_in_an_anti_fraud_post_is_allowed(rules):
    assert "entertainment" not in classes_of(screen(rules, post("真香？刷单就是诈骗！民警提醒：天上不会掉馅饼。")))
    assert "entertainment" in classes_of(screen(rules, post("集美们冲鸭！医保缴费开始啦，yyds！")))


def test_unknown_originality_is_not_a_repost(rules):
    assert screen(rules, post("国家统计局发布数据显示，10月份国民经济延续稳中有进发展态势。", original=None)) == []


@pytest.mark.parametrize("text", [
    "新华社北京11月17日电 国家统计局17日发布数据。",
    "央视新闻消息，中央气象台发布寒潮蓝色预警。",
    "【人民日报：城市更新要留住烟火气】城市更新不是推倒重来。",
    "冬季取暖知识……\n\n稿件来源：人民日报",
    "以下文章来源于深圳市人才工作局\n\n申报工作启动。",
])
def test_named_sources(rules, text):
    assert "unsourced_repost" not in classes_of(screen(rules, post(text, original=False)))


@pytest.mark.parametrize("text", [
    "文章正文。\n\n作者：林峰\n阅读原文",
    "文章正文。\n\n编辑：王芳 审核：张涛",
    "项目资金来源于市级财政，收入来源稳定。",  # 来源 inside another word names no publisher
])
def test_author_and_read_more_name_no_source(rules, text):
    assert "unsourced_repost" in classes_of(screen(rules, post(text, original=False)))


def test_other_bodys_document_and_voice(rules):
    units = {"weibo:1001": "菏泽市农业农村局"}
    doc = "山东省人民政府办公厅关于做好今冬明春农业生产工作的通知\n\n各市人民政府：\n现就有关事项通知如下。"
    voice = "近日，我部召开全国冬春农田水利建设电视电话会议。"
    own = "菏泽市农业农村局关于开展农机安全检查的通知\n\n各县区：现就有关事项通知如下。"
    found = screen(rules, post(doc, pid="a", original=None), post(voice, pid="b", original=None),
                   post(own, pid="c", original=None), units=units)
    assert {f["evidence"]["post_id"]: f["evidence"]["basis"] for f in found} == {"a": "other_document",
                                                                                   "b": "other_voice"}


def test_verbatim_copy_of_another_units_post(rules):
    source = dict(post("中央气象台11月20日06时发布寒潮蓝色预警：受强冷空气影响，20日至23日，我国中东部地区将自北向南出现大风"
                       "降温天气，气温下降6～10℃，内蒙古中东部、华北北部、东北地区局地降温幅度可达12℃以上。", pid="src",
                       account="cctv"), created_at="2026-11-20T06:30:00+08:00")
    copy = post("#珠海天气# " + source["text"], pid="copy", original=True)
    units = {"weibo:1001": "珠海市人民政府新闻办公室"}

    def unit_of(p):
        return units.get(f"{p['platform']}:{p['account_id']}") or p["account_id"]

    found = screen(rules, copy, units=units, overlap=OverlapIndex([source, copy], unit_of))
    (f,) = [f for f in found if f["evidence"]["class"] == "unsourced_repost"]
    assert f["evidence"]["basis"] == "overlap" and f["evidence"]["copied_from"]["post_id"] == "src"


def _slow_fold_with_offsets(text):
    import unicodedata

    from detectors.textnorm import _translate_table
    out, offsets = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            mapped = _translate_table().get(ord(c), c)
            if mapped is None:
                continue
            for m in mapped.lower():
                out.append(m)
                offsets.append(i)
    return "".join(out), offsets


@pytest.mark.parametrize("text", ["國務院辦公室", "ＡＢＣ全角", "a\u200b國b", "İstanbul", "ﬁle", "普通文本，没有变化。",
                                  "e\u0301x", "台灣\ufe0f政府"])
def test_fast_fold_with_offsets_agrees_with_the_character_loop(text):
    assert fold_with_offsets(text) == _slow_fold_with_offsets(text)
