"""core.inputs: JSON nesting limit, field types, http(s) URLs."""

from __future__ import annotations

import json

import pytest

from core import inputs
from core.inputs import BadURL, JSONTooDeep, check_http_url, depth, type_problem


def nested(levels: int, open_: str = "[", close: str = "]") -> str:
    return open_ * levels + close * levels


@pytest.mark.parametrize("levels", [inputs.MAX_JSON_DEPTH + 1, 900, 100_000])
def test_json_nested_beyond_the_limit_is_refused_at_any_depth(levels):
    for text in (nested(levels), '{"a":' * levels + "1" + "}" * levels):
        with pytest.raises(JSONTooDeep, match="嵌套层数超过"):
            inputs.loads(text)
        with pytest.raises(JSONTooDeep):
            inputs.loads(text.encode())


def test_ordinary_json_passes_and_depth_is_exact():
    assert inputs.loads(nested(inputs.MAX_JSON_DEPTH)) is not None
    assert depth(json.loads(nested(7))) == 7 and depth(5) == 0 and depth({"a": [1, {"b": []}]}) == 4
    assert inputs.loads('{"name": "[[[[[[" }') == {"name": "[[[[[["}  # brackets inside strings do not count
    with pytest.raises(json.JSONDecodeError):
        inputs.loads("{")
    assert issubclass(JSONTooDeep, ValueError)  # callers' "malformed JSON" handling covers it


@pytest.mark.parametrize("value, kind, expected", [
    ({"a": 1}, inputs.TEXT, "字段 name 应为文本，实际是对象"),
    ([1], inputs.ID, "字段 name 应为文本或整数，实际是列表"),
    (True, inputs.ID, "字段 name 应为文本或整数，实际是布尔值"),
    (1.5, inputs.INT, "字段 name 应为整数，实际是小数"),
    ("x", inputs.NUMBER, "字段 name 应为数字，实际是文本"),
    (["a", 3], inputs.TEXT_LIST, "字段 name 应为文本的列表 […]，其中有整数"),
    ("a", inputs.OBJECT, "字段 name 应为对象 {…}，实际是文本"),
])
def test_type_problems_name_the_field_and_both_types(value, kind, expected):
    assert type_problem("name", value, kind) == expected


def test_right_types_and_null_pass():
    for value, kind in (("x", inputs.TEXT), ("1", inputs.ID), (12, inputs.ID), (3, inputs.NUMBER),
                        (2.5, inputs.NUMBER), ([], inputs.TEXT_LIST), ({}, inputs.OBJECT), (None, inputs.TEXT),
                        ([[[]]], inputs.ANY)):
        assert type_problem("f", value, kind) is None


def test_brief_never_shows_a_whole_value():
    assert inputs.brief("x" * 10_000).endswith("…（共 10002 个字符）") and len(inputs.brief("x" * 10_000)) < 100
    assert inputs.brief([[[]]]) == "（列表）"


@pytest.mark.parametrize("url", ["http://", "https://", "http://:80", "http://:80/x", "ftp://x", "javascript:",
                                 "javascript:alert(1)", "gov.cn", "word", "", "   ", "file:///etc/passwd",
                                 "http://exa mple.cn/", "http://x:99999/", "http://x:0/", "http://[::1",
                                 "http://a..b/", "//example.cn/", "http://example.cn/\x00"])
def test_malformed_urls_are_refused_with_a_reason(url):
    with pytest.raises(BadURL) as caught:
        check_http_url(url)
    assert "网址" in str(caught.value)


@pytest.mark.parametrize("url", ["http://example.cn", "https://www.gov.cn/a?b=1#c", "http://127.0.0.1:8080/",
                                 "http://[::1]:8080/", "https://济南.政务.cn/", " http://x.cn/ "])
def test_good_urls_pass(url):
    assert check_http_url(url) == url.strip()
