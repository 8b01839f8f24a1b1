"""Impostor: an account that imitates a registered official account and is not itself official.

The rule, in order:

1. An account with the platform and account id of a registry entry is official — never a suspect.
2. An account platform-verified as a government unit is a real government account: the ``unregistered`` and
   ``duplicate`` detectors report it, this one never does (flagging a real government account for takedown is
   the worst error the product can make). An account verified as another organisation (media outlet, company) is
   not an impostor of a unit either — unless it uses that unit's very name. A bare badge proves nothing.
3. The name is compared with the registry layer by layer (``detectors.names``): identical, normalised-identical,
   shape-similar or same-sound character, level word, pinyin, swap, drop, insertion. Only the registry entry the
   candidate is *closest* to is the target (a name nearer to another registered account is not an impostor of
   this one); on equal layers the one with the higher edit similarity and the same platform wins.
4. The avatar supports a name match (shared templates make an avatar match alone worthless). It flags on its own
   terms only together with a government-sounding name and a description copied from the official account (or
   claiming its unit).

Score bands (``score`` of the finding, 0..1; ``detect.impostor_min_score`` = 0.6 by default):

- **0.90–1.00 near-certain**: the same name, or the same after normalisation (decorations, traditional
  characters, invisible characters), usually with the same avatar;
- **0.75–0.90 likely**: one shape-similar/same-sound character, an inserted level word, pinyin spelling, swapped
  characters — reasons name the exact substitution;
- **0.60–0.75 suspicious, review needed**: a dropped character, pinyin initials, an added character together
  with a similar avatar, or a government-sounding name with a copied avatar and description;
- below the minimum score nothing is reported.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator

import numpy as np
from rapidfuzz import fuzz

from core.findings import make_finding
from core.records import account_key
from detectors.avatar import hash_matrix, hashes_for_record, pair_distances
from detectors.context import DetectionContext
from detectors.government import government_verification, looks_governmental, same_unit, unit_key, verified_organisation
from detectors.name_index import NameIndex
from detectors.names import analyse_name, compare_names

AVATAR_BONUS = 0.06
DESCRIPTION_BONUS = 0.04
AVATAR_AND_DESCRIPTION_SCORE = 0.70  # gov-sounding name + copied avatar + copied description, no name match
DESCRIPTION_COPY_RATIO = 90  # rapidfuzz ratio (0..100) from which a description counts as copied
_LAYER_RANK = {layer: i for i, layer in enumerate(
    ("identical", "normalised", "shape", "sound", "level", "pinyin", "swap", "initials", "drop", "insert", "edit"))}


def _text_key(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(c for c in text if unicodedata.category(c)[0] in ("L", "N")).lower()


class _Officials:
    """What is known about each live registry entry: normalised name, avatar fingerprints, description."""

    def __init__(self, ctx: DetectionContext):
        decorations = ctx.setting("detect.name_decorations")
        self.entries = list(ctx.live_registry)
        self.forms = [analyse_name(e.get("name") or "", decorations) for e in self.entries]
        self.index = NameIndex(self.forms)
        crawled = [ctx.accounts_by_key.get(account_key(e["platform"], e["account_id"])) or {} for e in self.entries]
        self.hashes = [hashes_for_record(e, ctx.base_dir) or hashes_for_record(c, ctx.base_dir)
                       for e, c in zip(self.entries, crawled)]
        self.matrix = hash_matrix(self.hashes)
        self.descriptions = [_text_key(c.get("description")) for c in crawled]
        self.units = [unit_key(e.get("unit")) for e in self.entries]
        self._desc_index: dict[str, list[int]] | None = None
        self._unit_automaton = None

    # -- descriptions -------------------------------------------------------------------------------------
    def _shingles(self, text: str) -> set[str]:
        return {text[i:i + 6] for i in range(0, max(0, len(text) - 5)) if (ord(text[i]) + ord(text[i + 5])) % 3 == 0}

    def description_targets(self, description: str) -> list[tuple[int, str]]:
        """Registry positions whose official description this one copies, or whose unit it claims to be."""
        text = _text_key(description)
        if len(text) < 6:
            return []
        if self._desc_index is None:
            idx: dict[str, list[int]] = defaultdict(list)
            for i, d in enumerate(self.descriptions):
                for s in self._shingles(d):
                    idx[s].append(i)
            self._desc_index = {k: v for k, v in idx.items() if len(v) <= 50}
        counts: dict[int, int] = defaultdict(int)
        for s in self._shingles(text):
            for i in self._desc_index.get(s, ()):
                counts[i] += 1
        found = [(i, "copied") for i in counts
                 if fuzz.ratio(text, self.descriptions[i]) >= DESCRIPTION_COPY_RATIO]
        found += [(i, "claims") for i in self._units_named(text)]
        return found

    def _units_named(self, text: str) -> list[int]:
        if self._unit_automaton is None:
            import ahocorasick
            automaton = ahocorasick.Automaton()
            by_unit: dict[str, list[int]] = defaultdict(list)
            for i, u in enumerate(self.units):
                if len(u) >= 4:
                    by_unit[u].append(i)
            for u, positions in by_unit.items():
                automaton.add_word(u, positions)
            if by_unit:
                automaton.make_automaton()
            self._unit_automaton = automaton if by_unit else False
        if not self._unit_automaton:
            return []
        return [i for _, positions in self._unit_automaton.iter(text) for i in positions]


def _target(entry: dict) -> dict:
    return {"platform": entry["platform"], "account_id": entry["account_id"], "name": entry.get("name")}


def detect(ctx: DetectionContext) -> Iterator[dict]:
    min_score = float(ctx.setting("detect.impostor_min_score"))
    max_distance = int(ctx.setting("detect.avatar_max_distance"))
    decorations = ctx.setting("detect.name_decorations")
    officials = _Officials(ctx)
    if not officials.entries:
        return

    # 1-2. Who is a suspect at all.
    suspects = []
    for acc in ctx.accounts:
        if ctx.is_registered(acc.get("platform"), acc.get("account_id")):
            continue
        if government_verification(acc):
            continue
        suspects.append(acc)
    if not suspects:
        return
    forms = [analyse_name(a.get("name") or "", decorations) for a in suspects]

    # 3. Candidate pairs by blocking, edit similarity and avatar distance in bulk.
    ci, ri = officials.index.pairs(forms)
    sims = officials.index.similarities([f.core for f in forms], ci, ri)
    # Avatars only of the candidates that can use them: a name match, or a government-sounding name with a
    # description (rule 4). Row ``slot[c]`` of ``cand_matrix`` holds candidate ``c``.
    wanted = sorted(set(ci.tolist()) | {c for c, a in enumerate(suspects)
                                        if a.get("description") and looks_governmental(a.get("name"))})
    slot = {c: k for k, c in enumerate(wanted)}
    cand_hashes = [hashes_for_record(suspects[c], ctx.base_dir) for c in wanted]
    cand_matrix = hash_matrix(cand_hashes)
    rows = np.asarray([slot[c] for c in ci.tolist()], dtype=np.int64)
    dists = pair_distances(cand_matrix[rows], officials.matrix[ri]) if len(ci) else np.zeros(0, dtype=np.int64)

    best: dict[int, tuple] = {}
    for c, r, sim, dist in zip(ci.tolist(), ri.tolist(), sims.tolist(), dists.tolist()):
        match = compare_names(forms[c], officials.forms[r])
        if match is None:
            continue
        same_platform = officials.entries[r]["platform"] == suspects[c].get("platform")
        rank = (match.score, sim, same_platform, -_LAYER_RANK.get(match.layer, 99))
        if c not in best or rank > best[c][0]:
            best[c] = (rank, r, match, dist)

    reported: set[int] = set()
    for c, (_, r, match, dist) in sorted(best.items()):
        finding = _judge(ctx, officials, suspects[c], forms[c], r, match, dist, max_distance, min_score)
        if finding:
            reported.add(c)
            yield finding

    # 4. Avatar + copied description + government-sounding name, when the name itself does not match.
    for c in wanted:
        acc = suspects[c]
        if c in reported or not acc.get("description") or cand_hashes[slot[c]] is None:
            continue
        if not looks_governmental(acc.get("name")) or verified_organisation(acc):
            continue
        targets = officials.description_targets(acc["description"])
        if not targets:
            continue
        positions = np.asarray([t[0] for t in targets], dtype=np.int64)
        d = pair_distances(np.repeat(cand_matrix[slot[c]:slot[c] + 1], len(positions), axis=0),
                           officials.matrix[positions])
        k = int(np.argmin(d))
        if d[k] > max_distance:
            continue
        r, how = targets[k]
        entry = officials.entries[r]
        reasons = [f"名称“{acc.get('name')}”像政务账号",
                   f"头像与“{entry.get('name')}”相似（汉明距离 {int(d[k])}/64）",
                   (f"简介抄袭“{entry.get('name')}”的简介" if how == "copied"
                    else f"简介自称“{entry.get('unit')}”")]
        yield make_finding(
            "impostor", acc.get("platform"), acc.get("account_id"), score=AVATAR_AND_DESCRIPTION_SCORE,
            reasons=reasons, target=_target(entry), detected_at=ctx.as_of, name=acc.get("name"),
            evidence={"layer": "avatar+description", "avatar_distance": int(d[k]), "description": how,
                      "target_unit": entry.get("unit")})


def _judge(ctx, officials: _Officials, acc: dict, form, r: int, match, dist: int, max_distance: int,
           min_score: float) -> dict | None:
    entry = officials.entries[r]
    reasons = list(match.reasons)
    evidence: dict = {"layer": match.layer, "name_score": match.score, "target_unit": entry.get("unit"),
                      "normalised_name": form.core}
    org = verified_organisation(acc)
    if org:
        if same_unit(org, entry.get("unit")) or match.layer not in ("identical", "normalised"):
            return None  # verified as this very unit, or as another body with a merely similar name
        reasons.append(f"认证为“{org}”，却使用“{entry.get('name')}”的名称")
        evidence["verified_as"] = org
    elif acc.get("verified"):
        reasons.append("带认证标识但认证信息未指明单位（标识本身不能证明真实）")
    score = match.score
    if dist <= 64:
        evidence["avatar_distance"] = dist
    if dist <= max_distance:
        score += AVATAR_BONUS
        reasons.append(f"头像与“{entry.get('name')}”相似（汉明距离 {dist}/64）")
    description = acc.get("description")
    if description:
        for pos, how in officials.description_targets(description):
            if pos == r:
                score += DESCRIPTION_BONUS
                reasons.append(f"简介抄袭“{entry.get('name')}”的简介" if how == "copied"
                               else f"简介自称“{entry.get('unit')}”")
                evidence["description"] = how
                break
    score = min(score, 0.99)
    if score < min_score:
        return None
    return make_finding("impostor", acc.get("platform"), acc.get("account_id"), score=score, reasons=reasons,
                        target=_target(entry), detected_at=ctx.as_of, evidence=evidence, name=acc.get("name"))
