"""A learned second opinion for the ``ad`` and ``entertainment`` content classes (numpy only, no pickle).

The lexicon rules fit the wording they were written from; new posts use new wording. This linear model
(logistic regression over character 1–3-grams and a few shape features) was trained by
``scripts/train_content_model.py`` on the tuning parts ``eval/content/dev`` … ``dev15`` (plus real government
prose and the project's own warm on-topic sentences as extra clean examples, ``scripts/data/gov_prose_negatives.txt``
and ``project_written_negatives.txt``) and is stored as JSON in
``detectors/data/content_model.json``: per class an intercept, a threshold and the weight of every kept feature.
Scoring a post is a dictionary look-up per feature and a sum, so the shipped model needs no scikit-learn.

Features (``features(text)``), on text folded like everything else (``textnorm.fold``) with digits read as 0 and
the forwarding syntax removed (``strip_repost_markers``: a leading "转发：", "//@name:", "【转发】" — a forwarded
notice is read as the notice, while "转发" as a call to action stays a feature): ``c:<1–3 characters>`` (no lone
Latin letter or digit; in a model stored with ``"punct": false``, as the shipped one, no n-gram through a
punctuation mark, space or emoji, so that the wording decides and tone speaks only through the shapes),
``s:<shape>`` for links, phone numbers, WeChat-id shapes, prices, emoji, exclamation and question marks and
repeated punctuation;
``w:<jieba word>`` only for a model trained with ``--words`` (the shipped one is not: words cost more time than
the rules and gained nothing in leave-one-part-out). Each post's feature vector is binary and L2-normalised.
A text with fewer than the model's ``min_chars`` Han characters (after the forwarding syntax) gets no opinion.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba
import numpy as np

from detectors.textnorm import fold

jieba.setLogLevel(60)  # no start-up chatter on stderr

MODEL_PATH = Path(__file__).with_name("data") / "content_model.json"
CLASSES = ("ad", "entertainment")

_DIGITS = re.compile(r"\d")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"\s+")
SHAPES: dict[str, re.Pattern] = {
    "url": re.compile(r"https?://|www\.|\.(?:com|cn|net)\b"),
    "phone": re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)\d{3,4}-\d{7,8}(?!\d)|400-?\d{3}-?\d{4}"),
    "wxid": re.compile(r"(?:微信|薇信|威信|vx|v信|wx|加v|\+v|q{2}|扣扣)[号:： ]{0,3}[a-z0-9][-_a-z0-9]{4,19}"),
    "price": re.compile(r"[¥￥]\s*\d|\d+(?:\.\d+)?\s*(?:元|块|rmb)(?![^\s，。]{0,2}(?:亿|万))"),
    "discount": re.compile(r"\d+(?:\.\d)?折|买\d送\d|满\d+减\d+"),
    "emoji": re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
    "excl2": re.compile(r"[!！]{2,}|[?？][!！]|[~～]{1,}"),
    "excl": re.compile(r"[!！]"),
    "question": re.compile(r"[?？]"),
    "hashtag": re.compile(r"#[^#\s]{1,20}#"),
}


# Forwarding syntax, not the forwarder's words: a leading "转发：" / "转发微博" / "【转发】" label, the Weibo chain
# separator "//@name:" and a bare "//" before a forwarded headline. A forwarded notice is read as the notice;
# "转发" stays a feature where it is a call to action ("转发这条锦鲤", "关注+转发", "点赞、转发、评论").
REPOST_MARKER = re.compile(r"^\s*(?:转发微博|转发)(?=\s|:|/|$)\s*:?|[【\[(]转发[】\])]|//@[^:\s/]{1,30}:|//(?=\s*【)")


def strip_repost_markers(folded: str) -> str:
    """``folded`` (``textnorm.fold`` output, so colons are ASCII) without the forwarding syntax."""
    return REPOST_MARKER.sub(" ", folded).strip()


def han_count(text: str) -> int:
    """Han characters in ``text``: the length that carries a Chinese post's wording."""
    return len(_HAN.findall(text or ""))


def features(text: str, words: bool = True, punct: bool = True) -> set[str]:
    """The binary features of one post (see the module docstring); ``words``: add jieba words (costly);
    ``punct``: n-grams may hold punctuation, spaces and symbols (without it, only the shapes speak for them)."""
    return _features(strip_repost_markers(fold(text or "")), words, punct)


def _features(folded: str, words: bool, punct: bool) -> set[str]:
    """``features`` of a post already folded and stripped of its forwarding syntax."""
    norm = _SPACE.sub(" ", _DIGITS.sub("0", folded))
    feats: set[str] = set()
    n = len(norm)
    word_char = [c.isalnum() for c in norm]
    for i in range(n):
        if not punct and not word_char[i]:
            continue  # every n-gram through a punctuation mark starts or passes here
        if not norm[i].isascii() or not word_char[i]:  # a lone Latin letter or digit says nothing
            feats.add("c:" + norm[i])
        if i + 2 <= n and (punct or word_char[i + 1]):
            feats.add("c:" + norm[i:i + 2])
            if i + 3 <= n and (punct or word_char[i + 2]):
                feats.add("c:" + norm[i:i + 3])
    if words:
        for word in jieba.lcut(norm):
            word = word.strip()
            if len(word) >= 2:
                feats.add("w:" + word)
    for name, pattern in SHAPES.items():
        count = len(pattern.findall(folded))
        if count:
            feats.add("s:" + name)
            if count >= 3:
                feats.add("s:" + name + "3+")
    return feats


@dataclass(frozen=True)
class Opinion:
    cls: str
    score: float  # probability, 0..1
    threshold: float
    top: list[tuple[str, float]]  # features present in the post with the largest positive contributions


class ContentModel:
    """The stored model; ``opinions(text)`` gives the classes whose score reaches their threshold."""

    def __init__(self, name: str, feature_names: list[str], classes: dict[str, tuple[float, float, np.ndarray]],
                 words: bool = True, min_chars: int = 0, punct: bool = True):
        self.name = name
        self.words = words  # the model was trained with jieba word features
        self.punct = punct  # n-grams through punctuation are features (see ``features``)
        self.min_chars = min_chars  # shorter texts (Han characters) get no opinion: too little wording to judge
        self.feature_names = feature_names
        self.index = {f: i for i, f in enumerate(feature_names)}
        self.classes = classes  # class → (intercept, threshold, weights aligned with feature_names)

    @classmethod
    def from_dict(cls, data: dict) -> ContentModel:
        names = list(data["features"])
        classes = {}
        for c, m in data["classes"].items():
            weights = np.asarray(m["weights"], dtype=np.float64)
            if weights.shape != (len(names),):
                raise ValueError(f"content model {data.get('name')!r}: class {c} has {weights.size} weights "
                                 f"for {len(names)} features")
            classes[c] = (float(m["intercept"]), float(m["threshold"]), weights)
        return cls(str(data["name"]), names, classes, bool(data.get("words", True)), int(data.get("min_chars") or 0),
                   bool(data.get("punct", True)))

    def _indices(self, feats: set[str]) -> tuple[np.ndarray, float]:
        idx = np.fromiter((self.index[f] for f in feats if f in self.index), dtype=np.int64)
        return idx, (1.0 / math.sqrt(len(feats)) if feats else 0.0)

    def _top(self, weights: np.ndarray, idx: np.ndarray, norm: float) -> list[tuple[str, float]]:
        contrib = weights[idx] * norm
        order = np.argsort(-contrib, kind="stable")[:5]
        return [(self.feature_names[idx[j]], round(float(contrib[j]), 3)) for j in order if contrib[j] > 0]

    @staticmethod
    def _prob(z: float) -> float:
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def opinions(self, text: str) -> list[Opinion]:
        folded = strip_repost_markers(fold(text or ""))
        if han_count(folded) < self.min_chars:
            return []
        idx, norm = self._indices(_features(folded, self.words, self.punct))
        found = []
        for c, (intercept, threshold, weights) in self.classes.items():
            prob = self._prob(intercept + float(weights[idx].sum()) * norm)
            if prob >= threshold:  # the contributions are only worked out for a finding
                found.append(Opinion(c, prob, threshold, self._top(weights, idx, norm)))
        return found


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ContentModel:
    """Loaded once per path (JSON written by ``scripts/train_content_model.py``; never pickle)."""
    return ContentModel.from_dict(json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8")))
