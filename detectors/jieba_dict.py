"""jieba's dictionary (``dict.txt`` in the jieba package, MIT: 349k words, each with a frequency and a part of
speech), read in one place.

Only the data file is read: jieba itself is not imported (its import and segmenter cost time and memory the readers
do not need). The lines are not cached here: each user keeps, cached on its side, the view it needs —
``detectors.names.dictionary_words`` (hashes of the words of 2..4 characters), ``detectors.affixes.idioms`` (成语),
``detectors.affixes.jieba_classes`` (one-character adjectives, verbs and nouns, two-character nouns and verbs, by
part of speech),
``detectors.content_typo`` (frequencies of the two-character words, the longer words, all words),
``detectors.content_typo_lm`` (words of 2..4 characters by masked form and sound; its probabilities are jieba's own
``FREQ`` through the tokenizer the content model loads anyway). A cached copy of
every line would cost some 70 MB beside the million candidate names of the impostor detector, which needs none of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path


def dict_path() -> Path:
    """Where jieba's ``dict.txt`` is, found without importing jieba."""
    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed: its dictionary (dict.txt) is needed")
    return Path(spec.origin).with_name("dict.txt")


def entries() -> Iterator[tuple[str, int, str]]:
    """Each line of the dictionary as (word, frequency, part of speech), in the file's order (a word listed twice
    comes twice: a reader building a mapping keeps the last)."""
    with dict_path().open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                yield parts[0], int(parts[1]) if len(parts) > 1 else 0, parts[2] if len(parts) > 2 else ""


def words() -> Iterator[str]:
    """Each line's word alone, in the file's order (what ``entries`` gives first, without splitting off and reading
    the frequency and the part of speech: a third less time for a reader that wants the words only)."""
    with dict_path().open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(maxsplit=1)
            if parts:
                yield parts[0]
