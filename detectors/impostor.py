"""Impostor: an account that imitates a registered official account and is not itself official.

The rule, in order:

1. An account with the platform and account id of a registry entry is official — never a suspect.
2. An account platform-verified as a government unit is a real government account: the ``unregistered`` and
   ``duplicate`` detectors report it, this one never does (flagging a real government account for takedown is
   the worst error the product can make). An account verified as another organisation (media outlet, company) is
   an impostor only when its name imitates a unit's name near-certainly (≥ ``ORG_MIN_NAME_SCORE``, at most
   ``ORG_MAX_UNKNOWN`` unexplained character added) and the added words are not its own name (中国平安广州 by
   中国平安…公司 is not), or when, verified as a company, its description introduces the account as a government
   body of that unit (汉寿县人民政府新闻办公室官方公众号 under 汉筹发哺: ``detectors.government.claimed_government_bodies``,
   not a sentence of relation such as 与…无关, 对面, 合作) — the claim is the impersonation, and the name only needs
   to reach the usual threshold, as does a name that writes the place of the registered name otherwise while the
   organisation's own name writes it as it is and the account's description writes no place as it is (發布‗醒國 for
   兴国发布 by 兴国…协会: ``_respelt_own_place``), or one whose description copies the unit's own (a business writes
   what it sells, not the unit's introduction of itself: the badge is read after the description); so does
   a description that runs a government-impersonation scam (a private contact,
   a fee, an ID or bank card to send, a subsidy to claim, a takeover story: ``detectors.profile_claims``), under any
   badge but a medium's. A bare badge proves nothing.
   Such a description is evidence wherever the name already points at a unit: it adds ``SCAM_BONUS`` to a name
   pair, turns a business's, person's or medium's words around a registered name (小店, 旗舰店, 直营) into a
   disguise (``_disguised_pairs``), and lets an avatar-rule suspect count (rule 4). Beside a name that writes the
   registered name with look-alike or same-sound characters among words of no class (below the review floor on its
   name alone), such a description, or one that introduces the account as that very unit (``detectors.government.
   claimed_government_bodies``), is the name disguised a second time: the pair is floored for review
   (``SCAM_RESPELT``, ``CLAIMED_RESPELT``; unverified accounts only). A description that denies being a government
   body (``detectors.government.denies_being_official``: 与文旅部门无关, 非官方, 并非) makes a registered name written as
   it is with words added another account about the unit (a person's travel notes), unless it runs a scam; the name
   alone, or respelt, is still flagged. Descriptions are read only for
   such candidates. A business's words around a whole registered name are the disguise too when the profile shows
   no business: the unit's description copied, or (the profile read) neither a verification nor a description
   (``_unbacked_shop``, for review).
3. The name is compared with the registry in two ways. Whole names, layer by layer (``detectors.names``):
   identical, normalised-identical, shape-similar (glyph table from the CJK font, shape tables) or same-sound
   character, level word, pinyin, swap, drop, insertion. And registered names *inside* the candidate
   (``detectors.name_index.AffixIndex``, ``detectors.affixes``): the name, its two parts swapped (公安济南), or its
   unit's full name (济南市公安局), with any words added before or after — scored by what was added (generic
   words such as 官方/平台/在线/客服 and the target's own or parent place cost nothing, other characters cost
   ``UNKNOWN_PENALTY`` each, a business/person/medium word or another place rules the match out). And
   abbreviations of a unit's full name: its place, then characters of the rest of the name kept in order (one
   look-alike allowed where it breaks a word). And names with generic words or a place above the target (山东
   before 寿光…) taken off the front, one change away from a registered name. And registered names with two
   blocks swapped (交警英德英城中队 for 英德交警英城中队, ``detectors.name_index.BlockSwaps``), found from the
   places the candidate spells out. And names with a place *below* a registered county-level unit's place: one of
   its county's townships (乡、镇、街道, ``detectors/data/towns.tsv``) written after the place, before the name, or
   instead of the place when no other township of China has that name (义乌稠城发布, 稠城义乌发布, 稠城发布 for
   义乌发布); what is left must match the registered name in any of the layers above. Scored for review
   (``SUB_PLACE_PENALTY`` below the rest, at most ``SUB_PLACE_MAX``): a real township's own account reads the same
   way, so a township with its own registered unit, or followed by its own body (人民政府, 办事处, 党委 …), is not
   read. The same reading for a kind of development zone or sub-place body (高新区, 经开区, 综合保税区, 景区, 林场 …,
   ``detectors/data/zones.tsv``) right after the target's own place, whatever its level (平江高新区发布 for 平江发布;
   not followed by the zone's own body 管委会, 党工委 …), and for a word naming a level there (省直, 市级; 乡, 镇, 街道,
   社区, 村: 湖南省直示场监管 for 湖南市场监管, 黄草乡应急 for 黄草镇's 黄草应急), scored ``LEVEL_WORD_PENALTY`` below
   the rest, at most the level layer's score. In all three the rest may carry any other disguise. And a province
   written by its one-character abbreviation (简称) before its level word or a department's name (川省发布, 粤省交通运输,
   川市监局 for 四川发布, 广东交通运输, 四川市场监管), or at the start of a name before what a registered name of that
   province writes after the province's name (黔发布, 滇交警 for 贵州发布, 云南交警: ``_Officials.province_tails``): the
   name with the province written out, read in every layer for that province's entries,
   ``PROVINCE_ABBREVIATION_PENALTY`` below, at most the level layer's score. And a place of the registry written
   in Latin letters — the initials of its pinyin or its whole pinyin — before the rest of a name (JX市场监管退款专席,
   jiangxi公安 for 江西市场监管, 江西公安: ``_Officials.latin_place_matches``): the name with the place written out,
   read in every layer for that place's entries, at most the score of a whole name written in initials; a spelling
   shared by two places neither of which lies inside the other (GZ: 贵州, 广州) is no reading. And a province written
   by its customary name or a region of a few provinces (燕赵发布, 申城发布, 岭南慈善 for 河北发布, 上海发布, 广东慈善;
   not a city's nickname: 泉城公安 is left to the avatar rule), also disguised by one look-alike or same-sound
   character (燕赳, 京津机: ``detectors.place_aliases``, ``_Officials.alias_matches``): the name with the place written
   out, read in every layer for that place's entries (a region only where one of its places reads), ``ALIAS_PENALTY``
   below; the nickname is read whole before a county's
   one-character short form could split it (燕赵发布 is not 赵县发布 with 燕 added).
   Of all pairs, the one with the highest score (name score plus avatar and description bonuses) is the target;
   ties go to the nearest copy of an entry's own description, then to the same platform, then to the reading that
   leaves fewer added characters unexplained, then the nearer avatar (``_target_rank``).
   A copy on a platform where the unit has no account often fits several of the unit's entries equally (one name,
   one avatar, no description copied from one of them): nothing in the account says which one was copied. It is
   one impostor account, so it gets one finding (one alert, counted once in reports) whose target is one of them
   and whose ``evidence.equally_near`` and reasons name the others.
4. The avatar supports a name match. Without one it flags only (a) together with a government-sounding name and
   a description copied from the official account (or claiming its unit), or (b) when it is a near copy of a
   unit's *distinctive* avatar — not a template (shared by several units, or crowding a hash band), nearer by
   ``AVATAR_MARGIN`` bits than any other unit's avatar (or, recoloured, whose drawing — its edge map, read from
   local files — singles the unit out where colour cannot: ``STRUCTURE_MIN``; or, one layout serving units of
   several places, the name's place, written out or by its nickname, leaves one of them) — on a government-sounding name that
   names no other place, or on any name when the description copies or names that unit (``_Officials.claimed_units``);
   (c) a copy cropped deep, shrunk into a screenshot, turned or painted over, found by pixels in local avatar files
   (``_PixelSearch``), for review — a copy turned about its centre on any name without a word of a business, person
   or medium (``_PixelSearch._turned``), as the close copy of (b); the pixel comparisons of one run are bounded
   (``detect.avatar_pixel_max_pairs``) and the suspects left without one are counted in the run's summary; where a
   reading leaves several units level, the description, the copy's own colours or the name giving one's own place (a
   township's short name too) choose among them as in (b) (``_PixelSearch._settled``); a township written in the name
   lists its own unit's avatars, and a township of a registered county the county's.
   And the avatar overrules a name that says little (``_avatar_owners``): when the name gives no more than a place
   and words of no department (no body word of ``detectors.systems``) and its pair's target has no avatar like it,
   a near copy of one unit's distinctive avatar (b) makes that unit — the avatar's owner — the target; only with the
   owner's own picture (its colours, or recoloured its drawing: a hash band also holds unrelated pictures) and not
   when the description names or copies the unit the name's words fit (``_owner_overrules``).

Score bands (``score`` of the finding, 0..1; ``detect.impostor_min_score`` = 0.6 by default):

- **0.90–1.00 near-certain**: the same name, or the same after normalisation (decorations, traditional
  characters, invisible characters), usually with the same avatar;
- **0.75–0.90 likely**: one shape-similar/same-sound character, an inserted level word, pinyin spelling, swapped
  characters, a registered name (or its reordering, or its unit's full name) with only generic words or its own
  places added, the unit's full name abbreviated the customary way (荣成新闻办 for 荣成市人民政府新闻办公室,
  ``detectors.departments``) or the way units shorten it (荣成市府新闻办, ``detectors.name_index.UnitAbbreviations``), a
  province written by its abbreviation with its level word (川省发布) — reasons name the exact substitution and the
  added words;
- **0.60–0.75 suspicious, review needed**: a township of the target's county in the place position (义乌稠城发布),
  a dropped character, pinyin initials, an added character together
  with a similar avatar, a registered name with unexplained words added, or a government-sounding name with a
  copied distinctive avatar (or a copied avatar and description);
- below the minimum score nothing is reported.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cached_property
from itertools import pairwise
from operator import itemgetter

import numpy as np
from rapidfuzz import fuzz

from core.findings import make_finding
from core.records import PLATFORM_FORM_ZH, PLATFORM_FORMS, PLATFORM_ZH, account_key
from detectors.affixes import (
    AFFIX_SCORES,
    MAX_PLACE_LEN,
    MIN_PEELED_CORE,
    PERSON_PREFIXES,
    SHORT_NAME,
    SUBSTITUTION_PENALTY,
    UNKNOWN_FLOOR,
    abbreviation_match,
    affix_match,
    affix_vocabulary,
    apart_lengths,
    changed_positions,
    changes_break_words,
    explain_added,
    has_separator,
    jieba_classes,
    medium_desk_words,
    name_segments,
    names_a_thing,
    peel_generic,
    peeled_match,
    person_words,
    place_peeled_match,
    role_backed,
    ruled_out_reason,
    trade_words_only,
)
from detectors.avatar import (
    EXACT_PAIRS,
    FINE_DEEP_SIZES,
    FINE_SIDE,
    PALETTE_GAP,
    PALETTE_REGISTRY_SIDE,
    PALETTE_SIDE,
    SHOT_FINE_SIDE,
    SHOT_REGISTRY_SIDE,
    AvatarIndex,
    OverlayImage,
    ShotFrame,
    ShotTemplates,
    colour_crop_reading,
    colour_distances,
    colour_matrix,
    colour_palette,
    drawing_for_record,
    drawing_similarities,
    fine_crop_similarity,
    frame_similarity,
    grey_levels,
    hash_matrix,
    hashes_for_record,
    local_avatar_path,
    located_copy,
    native_pixels_for_record,
    object_margin,
    overlay_reading,
    pair_distances,
    palette_gap,
    pixel_similarity,
    pixels_for_record,
    quick_matrix,
    rotated_similarity,
    shot_pixels_for_record,
    shot_reading,
    shot_templates,
    structure_for_record,
    structure_similarity,
    tiny_shot_reading,
    turn_signature,
    turn_similarities,
)
from detectors.context import DetectionContext
from detectors.government import (
    claimed_government_bodies,
    claims_official,
    denies_being_official,
    government_verification,
    looks_governmental,
    offers_public_service,
    publishes_local_news,
    same_unit,
    unit_key,
    verified_organisation,
)
from detectors.name_index import (
    MAX_ADDED,
    MAX_KEYED_LEN,
    MIN_ABBREVIATED,
    MIN_BLOCK,
    MIN_CONTAINED,
    AffixIndex,
    BlockSwaps,
    DoubleIndex,
    Marker,
    NameIndex,
    SubPlaces,
    UnitAbbreviations,
    Variant,
    text_starts,
    texts_holding,
)
from detectors.names import (
    DOUBLE_MAX_LEN,
    DOUBLE_NAME_LEN,
    LAYER_SCORES,
    NameForm,
    NameMatch,
    _is_cjk,
    _strip_levels,
    analyse_name,
    breaks_word,
    compare_names,
    dictionary_words,
    following_decoration,
    is_shape_similar,
    place_respelt,
    same_sound,
    short_level_sound_alikes,
    substitution,
    toneless_all,
)
from detectors.place_aliases import aliases
from detectors.places import (
    COMMON_WORDS,
    PLACE_LEVEL_WORDS,
    TOWNSHIP_LEVEL_WORDS,
    Town,
    former_name_forms,
    former_places,
    gazetteer,
    geographic_spans,
    inside_longer,
    league_abbreviations,
    nickname_places,
    nickname_spans,
    other_division,
    own_divisions,
    places_namesake,
    province_abbreviations,
    region_division,
    stands_alone,
    town_short,
    township_names,
)
from detectors.profile_claims import ScamReading, read_scam
from detectors.systems import (
    SYSTEM_OWN_BODY_SCORE,
    SystemIndex,
    body_words,
    department_words,
    has_body,
    system_match,
    trade_words,
)
from detectors.textnorm import MIN_NUMERAL_RUN, lookalike_digit_runs, numeral_runs, t2s_table

AVATAR_BONUS = 0.06
DESCRIPTION_BONUS = 0.04
# A look-alike of a registered name among added words of no class, with a scam description (``_disguised_pairs``)
SCAM_RESPELT = "名称用形近或同音字写备案名称，简介又是冒充政务的诈骗话术"
# ... and one whose description introduces the account as the very unit whose name it respells (``_score_pair``)
CLAIMED_RESPELT = "名称用形近或同音字写备案名称，简介又自称是该单位"
SCAM_BONUS = 0.08  # a description that reads as a government-impersonation scam (``detectors.profile_claims``)
AVATAR_AND_DESCRIPTION_SCORE = 0.70  # gov-sounding name + copied avatar + copied description, no name match
AVATAR_ONLY_SCORE = 0.70  # gov-sounding name of the same place + near copy of a distinctive avatar (rule 5)
# Registry avatars of different units this close are one template (re-encodings of one emblem); distinct designs
# of flat emblem graphics come closer than ``detect.avatar_max_distance`` more often than re-encodings drift apart.
TEMPLATE_DISTANCE = 3
AVATAR_MARGIN = 4  # an avatar-only suspect's nearest unit must be this many bits nearer than any other unit's
# Colour (hue histograms, 0..1): registry avatars of one layout are one template only when their colours agree this
# well (re-encodings of one emblem differ by < 0.01); a rival unit's avatar of the same layout no longer competes
# when its colours are this much further from the suspect's than the target's are.
SAME_COLOUR = 0.15
COLOUR_MARGIN = 0.25
# Rule 5 without a government-sounding name or a place of the unit: only a close copy whose colours agree.
AVATAR_ONLY_BARE_SCORE = 0.62
BARE_MAX_DISTANCE = 6
BARE_MAX_COLOUR = 0.2
# Drawing without its colours (``detectors.avatar.structure_similarity``, edge maps of local files, -1..1): a recoloured
# copy keeps its unit's edges (copies and recolourings 0.99-1.00) where another unit's design of the same layout does
# not (up to 0.97-0.99 for two badges of one layout, far less for any other drawing). Another unit's avatar as near by
# hash and not told apart by colour no longer competes when the target's drawing is this close (``STRUCTURE_MIN``) and
# this much closer than the other's (``STRUCTURE_MARGIN``); a copy whose colours differ counts as the close copy of the
# bare rule when its drawing is at least ``STRUCTURE_BARE`` (and as clearly closer than any other unit's near avatar).
STRUCTURE_MIN = 0.95
STRUCTURE_MARGIN = 0.05
STRUCTURE_BARE = 0.985
# The numbers of the government's public service lines: 123 and two digits, the block the telecom numbering plan
# (工业和信息化部《电信网码号资源管理办法》) reserves for 政府公益服务 (12345 政务服务, 12366 税务, 12315 市场监管, 12333 人社,
# 12369 生态环境 …). A name that writes one keeps a government body's words as written, like 发布 or 公安: the folding
# of ``_refolded_pairs`` reads it (凤乡12366 after an added region for 凤翔12366). Twenty-sixth round, general knowledge.
GOV_HOTLINE = re.compile(r"(?<![0-9])123[0-9]{2}(?![0-9])")
ORG_MIN_NAME_SCORE = 0.80  # an account verified as another body needs a name imitation at least this strong
# ... and at most this many added characters that are neither generic words nor the target's places (each already
# costs ``UNKNOWN_PENALTY``): 云上汕尾公安 by an information company is the unit's name behind one odd character, an
# organisation's own name wraps a unit's name in several words of its own (潮州12345开锁王). A medium gets none: it
# names its columns after the units it covers (济南发布厅 by 济南日报社)
ORG_MAX_UNKNOWN = 1
# A description shorter than this (letters and digits) says nothing of the account's own business (``_unbacked_shop``)
MIN_OWN_DESCRIPTION = 4
# A shop's words made a disguise by the profile alone (``_unbacked_shop``) leave the name at most this: review needed
SHOP_PROFILE_MAX = 0.70
MIN_MENTIONED_NAME = 4  # a registered account name this long, spelled out in a description, points at its unit
# Rule 5 by pixels (``_PixelSearch``): crops and screenshots the hashes miss.
PIXEL_MIN = 0.96  # normalised cross-correlation (``detectors.avatar.pixel_similarity``) of a contained copy
PIXEL_MIN_PLACE_ONLY = 0.975  # ... when only a place in the name points at the unit (济南人在济南 is a person; a name
# repeating the unit's own words besides the place, 数字 of 数字安徽, is more than a place: ``PIXEL_MIN``)
PIXEL_MARGIN = 0.03  # ... and this much better than any other listed unit's avatar
# A pair whose coarse reading reaches this is read again twice as fine for a deep crop (``detectors.avatar.
# fine_crop_similarity``): a copy cut to a third of its side reads 0.93-0.96 coarse, another unit's badge rarely 0.9.
# Below it, a crop deeper than the coarse reading's smallest template may still hide: such a pair is read at the deep
# sizes alone (``detectors.avatar.FINE_DEEP_SIZES``), and only when the candidate's colours are all the registry
# avatar's own (``detectors.avatar.palette_gap`` ≤ ``PALETTE_GAP``: a cheap look that leaves ~1 pair in 20).
FINE_FROM = 0.9
# A description that both claims the unit (names or copies it) and runs a government-impersonation scam, on a name that
# gives the unit's own place, already says whose account this pretends to be; the avatar need only agree: a crop cut
# deep into a flat badge (a disc, a band of colour) correlates 0.80-0.90 whole with its unit's avatar, and counts from
# ``PIXEL_MIN_SCAM_CLAIM`` when it leads every other listed unit's avatar by ``PIXEL_MARGIN_SCAM_CLAIM``.
PIXEL_MIN_SCAM_CLAIM = 0.80
PIXEL_MARGIN_SCAM_CLAIM = 0.10
# A crop cut into a flat part of the avatar (``detectors.avatar.colour_crop_reading``: its colours line it up where
# its grey levels cannot) counts when the RMS colour difference at its place is at most ``COLOUR_CROP_GAP`` (true
# crops 0.005-0.015 after JPEG), every window a quarter of its side away lies ``COLOUR_CROP_SINGLE`` further off (a
# piece of one colour lines up anywhere in that colour, and says nothing of where), and every other listed unit's
# avatar lies ``COLOUR_CROP_MARGIN`` further off. A flat piece carries little of the drawing: it is read only for the
# units the description claims or whose own place the name gives, in their own colours (``PALETTE_GAP``), and counts
# only where the name or the description says more than the place (a government word, the unit's own words, the
# description claiming it), never on a place alone.
COLOUR_CROP_GAP = 0.02
COLOUR_CROP_SINGLE = 0.02
COLOUR_CROP_MARGIN = 0.03
PIXEL_NEAREST = 6  # distinctive avatars nearest by hash put on the short list
PIXEL_MAX_PER_PLACE = 16  # a place with more distinctive avatars than this says too little to list them
PIXEL_WORDS_MIN = 2  # ... unless the name repeats a registered name's own words (工会, 数字) of this many characters
PIXEL_MAX_REGISTRY = 20_000  # above this many distinctive avatars the nearest by hash are not looked for
# A copy turned by 40° or more is as far by hash from its original as from any other design, so the nearest by hash
# leave it out: the registry avatar files nearest by what a turn leaves of an image (``detectors.avatar.
# turn_signature``: its own file 0.97-1.0, other designs 0.7-0.9) are listed too, this many and only this near.
TURN_NEAREST = 2
TURN_SIGNATURE_MIN = 0.95
# A copy turned about its centre is the unit's emblem turned, whatever the name says: on a name that neither sounds
# governmental nor names a place nor has its description point at a unit (searched by the turned reading alone,
# ``_PixelSearch._turned``), a copy counts as the hash rule's close copy does (``AVATAR_ONLY_BARE_SCORE``, for review)
# when the turned-back avatar is contained almost perfectly (``PIXEL_MIN_PLACE_ONLY``: copies turned 40-55° read
# 0.98-1.0, other designs 0.71-0.97) and leads every other listed file, template or other unit's, by ``PIXEL_MARGIN``
# (the colours choosing among units level, as ``_PixelSearch._settled``), on a name without a word of a business,
# person or medium.
TURN_BARE_MIN = PIXEL_MIN_PLACE_ONLY
# A copy under an overlay (``detectors.avatar.overlay_reading``: a watermark, a sticker, a band of text, a frame painted
# over its edge), read when the readings above single out no unit: the unit's avatar counts when the candidate lined up
# whole keeps this share of its drawing unchanged (copies under a watermark or a sticker keep 0.86-1.0, another unit's
# design at most 0.84, a template badge 0.18), over this share of its area ...
OVERLAY_KEPT = 0.86
OVERLAY_AREA = 0.6
# ... this much more than any other listed unit's avatar and than the template avatars nearest by hash (a template
# under an overlay is a template: it never counts on its own) ...
OVERLAY_MARGIN = 0.15
# ... and, when only a place in the name points at the unit, more of it (as ``PIXEL_MIN_PLACE_ONLY``)
OVERLAY_KEPT_PLACE_ONLY = 0.92
# A copy whose colours were edited (grayscale, sepia, inverted, hue turned, channels swapped, posterised, saturation or
# contrast pushed, a vignette) keeps its drawing where every reading above compares grey levels or colours (inverted, a
# copy correlates -1). Read last, when those single out no unit: the candidate's drawing (``detectors.avatar.
# drawing_of``: edge maps without their contrast, of the colour channels and of the grey levels) against *every*
# registry avatar file's at once (``_Officials.drawings``). A unit counts when its avatar's drawing is the candidate's
# (copies edited so: 0.98-1.00; different designs of the tuning parts' registries: median 0.93, nearest 0.97 or less
# unless one layout is drawn for several units) ...
DRAWING_MIN = 0.95
DRAWING_MIN_PLACE_ONLY = 0.97  # ... (more when only a place in the name points at the unit, as ``PIXEL_MIN_PLACE_ONLY``)
# ... and leads every other unit's avatar file by this much: one layout drawn for several units in their own colours,
# and a template file shown by several units, are one drawing to this reading, a tie, never a copy of one unit's.
DRAWING_MARGIN = 0.03
# A copy shrunk small into a screenshot (a thin ring or small characters at 13-16 px) correlates 0.85-0.95 only, as do
# other units' broad designs there; but where it lies, its colours are the registry avatar's own (the mean absolute
# difference of the blurred levels, ``detectors.avatar.ShotFrame.colour_gap``: 0.02-0.07 for copies, 0.09-0.4 for other
# designs at that size). Such a copy counts from a lower correlation when its colours agree that well, ranked on its own
# (a unit must lead the others whose colours agree as well).
SHOT_COLOUR_GAP = 0.07
SHOT_COLOURED_MIN = 0.84
SHOT_COLOURED_MIN_PLACE_ONLY = 0.88
# ... and when the description names or copies the unit (as ``PIXEL_MIN_SCAM_CLAIM``: it already says whose account
# this pretends to be), from this: on every tuning part no non-copy the description points at (hard negatives,
# impostors of other units: 29 pairs on dev … dev26, one more on dev27, its nearest gap 0.21) reached a colour gap of
# 0.09 or less in either shot reading at any correlation — the colours, not the correlation, part them from copies.
# The bar only asks that the unit's drawing be found at all where its colours are: the copies so pointed at read
# 0.73-0.96 (tiny screenshots of 0.07-0.08 of the frame the lowest), and no reading of another design in the unit's
# colours came near; the lead over every other unit the description names stays (``detectors/data/README.md``,
# twenty-ninth and thirty-first rounds).
SHOT_COLOURED_MIN_CLAIMED = 0.70
# Under a tenth of the frame (``detectors.avatar.tiny_shot_similarity``, read only for the units a description or the
# name's own place points at) a copy is 15-26 px of the finer frame and its edge pixels blend with the page: the colour
# gap at its best size runs larger than a larger copy's. Set from the non-copies that reach that reading on every
# tuning part (hard negatives, genuine accounts of other units, other units' impostors): at a correlation of 0.80 or
# more their gap was never under 0.11, copies read 0.04-0.08 (one 0.108). The limit is the lowest non-copy gap less a
# margin of 0.02.
SHOT_TINY_COLOUR_GAP = 0.09
# ... and on a name that only gives the unit's place (no government word, none of the unit's own words, no description
# pointing at it), whose copies must also reach ``SHOT_COLOURED_MIN_PLACE_ONLY``: set the same way from the non-copies
# such names bring to the tiny reading (dev … dev11 and dev28, 1,676 pairs of a suspect and a distinctive avatar of
# the place its name gives): at a correlation of 0.88 or more their gap was never under 0.093 (a hard negative's 0.098,
# 0.116), under 0.88 two came to 0.078 and 0.089 (0.864, 0.856); copies at 0.88 or more read 0.050-0.087. The limit is
# the lowest non-copy gap at the bar less 0.02, as ``SHOT_TINY_COLOUR_GAP`` (``detectors/data/README.md``, thirty-third round).
SHOT_TINY_COLOUR_GAP_PLACE_ONLY = 0.073
# A copy located in the file's own pixels and lined up to a quarter pixel (``detectors.avatar.located_copy``), for
# the same units as the tiny reading (the name's own place, the description's unit). Its correlation and colour gap
# alone never parted copies from non-copies (thirty-sixth round: non-copies at gaps of 0.044-0.049, 0.88-0.96, all
# found at the smallest template). It counts only as **an object of its own on the page**: a tile of at least
# ``LOCATED_OBJECT_MIN_PX`` px whose strips just outside are each one flat colour (``detectors.avatar.object_margin``
# within ``LOCATED_OBJECT_SPREAD``: a page, a header band, a frame line, or the file's edge), its colours within
# ``LOCATED_OBJECT_COLOUR_GAP`` of the unit's, and then from ``LOCATED_MIN`` (the coloured readings' bars are for
# copies the whole frame shows). Every bar was set from non-copies (hard negatives, unrelated pictures, template
# avatars, other units' avatars and screenshots of other units' avatars, dev … dev31), never from the copies'
# own scores (``detectors/data/README.md``, thirty-seventh round, a separate object).
LOCATED_READ = True
LOCATED_MIN = 0.70
LOCATED_OBJECT_MIN_PX = 8.0
LOCATED_OBJECT_SPREAD = 0.06
LOCATED_OBJECT_COLOUR_GAP = 0.05
_LOCATED_LOG: str | None = None  # measurement only (set by bench/avatar_located_pairs.py): each located reading appended to this file
# A copy the pixel readings find (a crop, a border, a frame) shows its unit's own hues, in other proportions than the
# whole avatar (a crop keeps the centre): hue histograms within this of the unit's (0.03-0.25 for crops and borders of
# flat badges; a screenshot's own page colours put every unit at 0.5 or more) let the colours choose among units the
# pixels leave level (``_PixelSearch._settled``, with ``COLOUR_MARGIN`` as in rule 5 by hashes).
PIXEL_OWN_COLOUR = 0.35
# What chose among units a pixel reading leaves level (``_PixelSearch._settled``), as the findings' reasons say it.
SETTLED_ZH = {"description": "几个单位的头像同样相近，简介点名的是该单位",
              "colour": "几个单位的头像同一版式、像素同样相近，颜色与该单位的一致",
              "place": "几个单位的头像像素同样相近，名称中的地方指明了是该单位"}
MAX_FOLDED_ABBREVIATIONS = 2  # folded spellings of a candidate tried as abbreviations when the plain one is none
DESCRIPTION_COPY_RATIO = 90  # rapidfuzz ratio (0..100) from which a description counts as copied
SUB_PLACE_PENALTY = 0.15  # a township of the target's county in the place position: the rest's score minus this ...
SUB_PLACE_MAX = 0.75  # ... and at most this (for review: a real township's own account reads the same way)
# A word naming a level right after the target's own place (湖南省直示场监管, 黄草乡应记), the rest read in every layer:
# the rest's score minus this, at most the level layer's score (an inserted level word alone is that layer's).
LEVEL_WORD_PENALTY = 0.05
# A province written by its one-character abbreviation before its level word or a department's name (川省发布, 粤省交通
# 运输, 川市监局 for 四川发布, 广东交通运输, 四川市场监管): the name with the province written out, minus this, at most
# the level layer's score (the abbreviation with 省 is how people say the province, an official name never writes it).
PROVINCE_ABBREVIATION_PENALTY = 0.05
# The same abbreviation at the start of a name before what a registered name of its province writes after the
# province's name (黔发布, 黔交警, 黔移民 for 贵州发布, 贵州交警, 贵州移民: ``_Officials.province_tails``), at least this
# many characters of it.
PROVINCE_TAIL_MIN = 2
# A place of the registry written in Latin letters, by the initials of its pinyin or its whole pinyin, before the rest
# of a name (jx市场监管退款专席, jx过劢 for 江西市场监管, 江西国动: ``_Officials.latin_place_matches``): at least this many
# letters, the name with the place written out minus this, at most the score of a whole name written in initials.
LATIN_PLACE_MIN = 2
LATIN_PLACE_PENALTY = 0.0
# A place written by its nickname or a region of few provinces (燕赵发布, 岭南慈善 for 河北发布, 广东慈善:
# ``_Officials.alias_matches``): the name with the place written out minus this, at most the level layer's score; a
# nickname disguised by one look-alike or same-sound character (燕赳, 燕召, 京津机) minus the second too (what one
# changed character costs a registered name found inside a name, ``detectors.affixes.SUBSTITUTION_PENALTY``).
ALIAS_PENALTY = 0.05
DISGUISED_ALIAS_PENALTY = SUBSTITUTION_PENALTY
_LAYER_RANK = {layer: i for i, layer in enumerate(
    ("identical", "normalised", "shape", "sound", "level", "pinyin", "swap", "affix", "unit", "office", "short", "system",
     "reorder", "subplace",
     "abbrev", "initials", "double", "broken",
     "drop", "insert", "edit"))}


def _text_key(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(c for c in text if unicodedata.category(c)[0] in ("L", "N")).lower()


_DIGIT_RUN = re.compile(rf"[0-9]{{{MIN_NUMERAL_RUN},}}")
_LEADING_LEVELS = tuple(sorted((*PLACE_LEVEL_WORDS, "省", "市", "县", "区"), key=len, reverse=True))


def _drop_leading_level(text: str) -> str:
    """``text`` without the level words it starts with (省/市/县/区, 州/盟/旗, 自治区 …: the rest of a place's name;
    not 镇/乡/街道, which begin words of their own)."""
    changed = True
    while changed:
        changed = False
        for word in _LEADING_LEVELS:
            if text.startswith(word):
                text, changed = text[len(word):], True
                break
    return text


def _place_syllables(place: str, read: dict[str, list[str]]) -> list[str]:
    """``pypinyin.lazy_pinyin(place, style=NORMAL)``, for the hundred thousand places of a large registry: pypinyin
    reads a text as words of its phrase list (重庆 → chong qing) and every other character alone, so a place no part of
    which (two characters or more) is in the phrase list, all of whose characters pypinyin segments as Chinese, reads as
    its characters read alone — kept in ``read`` (a few thousand characters) instead of a pypinyin pass per place."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT, RE_HANS
    n = len(place)
    if any(place[i:j] in PHRASES_DICT for i in range(n - 1) for j in range(i + 2, n + 1)) or \
            not all(RE_HANS.match(ch) for ch in place):
        return lazy_pinyin(place, style=Style.NORMAL)
    out: list[str] = []
    for ch in place:
        alone = read.get(ch)
        if alone is None:
            alone = read[ch] = lazy_pinyin(ch, style=Style.NORMAL)
        out += alone
    return out


class _Officials:
    """What is known about each live registry entry: normalised name, avatar fingerprints, description."""

    def __init__(self, ctx: DetectionContext):
        decorations = ctx.setting("detect.name_decorations")
        self.entries = list(ctx.live_registry)
        self.forms = [analyse_name(e.get("name") or "", decorations) for e in self.entries]
        self.index = NameIndex(self.forms)
        self.units = [unit_key(e.get("unit")) for e in self.entries]
        self.affixes = AffixIndex(self.entries, self.forms, self.units)
        self._abbreviations: UnitAbbreviations | None = None
        self._doubles: DoubleIndex | None = None
        self._numbers: frozenset[str] | None = None  # digit runs of registered names (12345), read on first use
        self._block_swaps: BlockSwaps | None = None
        self._systems: SystemIndex | None = None
        self._sub_places: SubPlaces | bool | None = None
        self._county_places: dict[str, str] | None = None  # county code -> its registered place (town_county_places)
        self._area_automaton = None  # other names of a registered place's area -> the places (``area_places_in``)
        self._registered_words: dict[str, bool] = {}  # word -> whether some registered name writes it
        self._own_places: dict[int, frozenset[str]] = {}  # entry -> its places and former places (``own_places``)
        self._former_words: dict[int, tuple[str, ...]] | None = None  # entry -> its division's former names
        self._former_levelled: dict[int, tuple[str, ...]] = {}  # entry -> its former names with their level word
        self._more_than_place: dict[int, bool] = {}  # entry -> ``names_more_than_place``
        self._province_pattern: re.Pattern | bool | None = None
        self._province_tails: dict[str, frozenset[str]] | None = None
        self._latin_places: dict[str, dict[str, int]] | None = None
        self._latin_pattern: re.Pattern | bool | None = None
        self._alias_pattern: re.Pattern | bool | None = None
        by_key = ctx.crawled_registry()
        crawled = [by_key.get(account_key(e["platform"], e["account_id"])) or {} for e in self.entries]
        self.hashes = [hashes_for_record(e, ctx.base_dir) or hashes_for_record(c, ctx.base_dir)
                       for e, c in zip(self.entries, crawled)]
        self.matrix = hash_matrix(self.hashes)
        self._colours: np.ndarray | None = None
        self.base_dir = ctx.base_dir
        self._structures: dict[str, np.ndarray | None] = {}  # avatar file -> edge map (``structure``)
        self._drawings: tuple[np.ndarray, list[list[int]]] | None = None  # (``drawings``)
        self.avatars = AvatarIndex(self.matrix)
        self.distinctive_positions = self._distinctive_positions()
        self.distinctive = AvatarIndex(self.matrix, self.distinctive_positions, every_variant=True)
        self._every_variant: AvatarIndex | None = None
        self._place_automaton = None
        self.descriptions = [_text_key(c.get("description")) for c in crawled]
        self.followers = [_count(c.get("followers")) for c in crawled]  # of the crawled record; 0 when unknown
        self._desc_index: dict[str, list[int]] | None = None
        self._unit_automaton = None
        self._name_automaton = None

    def build_name_tables(self) -> None:
        """Build every registry table the name layers build on first use (``_name_pairs``), all at once: before
        worker processes are forked to read names, so that each inherits them instead of building its own."""
        self._places()
        _ = (self.abbreviations, self.doubles, self.block_swaps, self.systems, self.sub_places,  # built when read
             self.province_abbreviations, self.province_tails, self.latin_place_pattern, self.alias_pattern,
             self.body_tails, self.tail_automaton)

    def _distinctive_positions(self) -> list[int]:
        """Registry avatars that belong to one unit: not crowded into a template's bands, and no near-identical
        copy (``TEMPLATE_DISTANCE``) among other units' registry avatars."""
        every = self.avatars
        keys = {}  # one small int per unit (an entry without a unit is a unit of its own)
        groups = np.fromiter((keys.setdefault(u or f"#{i}", len(keys)) for i, u in enumerate(self.units)),
                             dtype=np.int64, count=len(self.units))
        # one layout in different colours is two designs (a NaN distance — a grey avatar — proves nothing)
        shared = every.crowded | every.shared_across(groups, TEMPLATE_DISTANCE, lambda: self.colours, SAME_COLOUR)
        return [k for k, h in enumerate(self.hashes) if h and not shared[k]]

    def read_numerals(self, forms: list[NameForm], decorations=None) -> dict[int, str]:
        """Candidates whose names write a registered number in Chinese numerals (江阴一二三四五, 壹贰叁肆伍 for the
        12345 of 江阴12345) or with characters drawn like digits (界首l2З4S, 广东ⅠⅡⅢⅣⅤ: ``lookalike_digit_runs``, read
        in the name as written, before folding turns Ⅲ into iii; a vertical bar beside digits is the digit 1 or a
        separator, whichever spells a registered number: 江阴丨2345, 江阴1丨2丨3丨4丨5): their forms (``forms``, changed in place) get the
        digits, the returned dict the reason for each. Only numbers that registered names hold are read (一二三 in a
        phrase stays a phrase, SOS a word)."""
        if self._numbers is None:
            self._numbers = frozenset(m for f in self.forms for m in _DIGIT_RUN.findall(f.core))
        out: dict[int, str] = {}
        if not self._numbers:
            return out
        for c, form in enumerate(forms):
            drawn = lookalike_digit_runs(form.raw, self._numbers)
            if drawn:
                raw = form.raw
                for i, j, digits in reversed(drawn):
                    raw = raw[:i] + digits + raw[j:]
                form = forms[c] = replace(analyse_name(raw, decorations), raw=form.raw)
            runs = [(i, j, digits) for i, j, digits in numeral_runs(form.core) if digits in self._numbers]
            if not runs and not drawn:
                continue
            notes = []
            if drawn:
                notes.append("名称用形似数字的字母、数字符号或竖线写备案名称中的号码："
                             + "、".join(f"{forms[c].raw[i:j]}→{digits}" for i, j, digits in drawn))
            if runs:
                core = form.core
                for i, j, digits in reversed(runs):
                    core = core[:i] + digits + core[j:]
                written = "、".join(f"{form.core[i:j]}→{digits}" for i, j, digits in runs)
                forms[c] = NameForm(raw=form.raw, cleaned=form.cleaned, core=core, hidden=form.hidden,
                                    traditional=form.traditional, decorations=form.decorations)
                notes.append(f"名称用汉字数字写备案名称中的号码：{written}")
            out[c] = "；".join(notes)
        return out

    @property
    def doubles(self) -> DoubleIndex:
        """Registry names of four to eight characters keyed for the ``double`` layer (built on first use)."""
        if self._doubles is None:
            self._doubles = DoubleIndex([f.core for f in self.forms])
        return self._doubles

    @property
    def block_swaps(self) -> BlockSwaps:
        """Registered names by the places they hold, for names with two blocks swapped (built on first use)."""
        if self._block_swaps is None:
            self._block_swaps = BlockSwaps([f.core for f in self.forms], self.affixes.places)
        return self._block_swaps

    @property
    def systems(self) -> SystemIndex:
        """Registered units by own place and government system (built on first use)."""
        if self._systems is None:
            self._systems = SystemIndex(self.units, self.affixes.places)
        return self._systems

    def system_matches(self, core: str) -> list[tuple[int, NameMatch]]:
        """(registry position, match) for each unit whose own place ``core`` names followed by a body of the unit's
        government system (德化文化馆 for 德化县文化和旅游局, ``detectors.systems``)."""
        text = _strip_levels(core)
        if not has_body(text) or not self._places():
            return []
        found = [(end, place) for end, place in self._place_automaton.iter(text)]
        return self._system_matches(text, found)

    def _system_matches(self, text: str, places: list[tuple[int, str]]) -> list[tuple[int, NameMatch]]:
        out = []
        for r, system, before, place, words, after in self.systems.find(text, places):
            entry = self.entries[r]
            match = system_match(system, before, place, words, after, entry.get("name") or "", entry.get("unit"),
                                 self.own_places(r), self.affixes.all_places)
            if match is not None:
                out.append((r, match))
        return out

    @property
    def sub_places(self) -> SubPlaces | None:
        """The townships beneath the registry's county-level places (built on first use; None when the registry has
        no county-level unit, so the township table is never read)."""
        if self._sub_places is None:
            index = SubPlaces(self.entries, self.affixes.places, self.affixes.all_places)
            self._sub_places = False if index.empty else index
        return self._sub_places or None

    def affixed(self, variant: Variant, before: str, after: str, changed: list,
                following: str = "", owner_disguise: str = "", raw_name: str = "",
                core: str | None = None, described: str = "", claimed_scam: str = "") -> NameMatch | None:
        """``affix_match`` of a registered name found inside a candidate's (``AffixIndex.find``, or a block swap),
        against the registry entry it belongs to. ``following``: the decoration taken off the candidate's name
        right after its core (``following_decoration``). ``raw_name``: the candidate's name as written, read for a
        second disguise beside a changed character (``double_disguise``). ``core``: the candidate's core with its
        level words (``NameForm.core``), for ``lone_place_respelt``; None when the caller has none. ``described``: why
        the account's profile disguises the name a second time (``_disguised_pairs``: a look-alike of the name beside
        a scam description), read like a second disguise in the name (``double_disguise``). ``claimed_scam``: why
        every class of mention around the name gives way (``affix_match``; ``_disguised_pairs``)."""
        r = variant.position
        if changed and self.spells_another_place(variant.text, changed, r,
                                                 self.former_words(r) if variant.kind == "former" else ()):
            return None
        entry = self.entries[r]
        match = affix_match(variant, before, after, changed, entry.get("name") or "", entry.get("unit"),
                            self.own_places(r), self.affixes.all_places, following, owner_disguise,
                            (double_disguise(raw_name, variant.text, changed) if raw_name and changed else "")
                            or described, apart_lengths(raw_name, before, variant.text, after), claimed_scam)
        lone = self.lone_place_respelt(variant.text, changed, r, core) if match and changed and core is not None else ""
        if match and changed and variant.kind == "former" and any(
                ch in former for _, ch, _ in changed for former in self.former_words(r)) and not (
                core is not None and self.writes_former_level(core, changed, r)):
            match = _weaken_respelt_former(match)
        return _weaken_lone_place(match, lone) if lone else match

    def names_more_than_place(self, r: int) -> bool:
        """Whether entry ``r``'s registered name says more than its place and generic words (湖北汉江河务: 汉江河务 is
        no word of a class, unlike 安顺发布's 发布): a name that holds it whole names that unit, whatever words of no
        department ``detectors.systems`` knows it by (``_avatar_owners``)."""
        if r not in self._more_than_place:
            core = _strip_levels(self.forms[r].core)
            self._more_than_place[r] = bool(explain_added(core, self.own_places(r), self.affixes.all_places).unknown)
        return self._more_than_place[r]

    def own_places(self, r: int) -> frozenset[str]:
        """Entry ``r``'s places as the words added around its name are read against (``detectors.affixes.
        explain_added``): its region's places (``AffixIndex.places``) and their former places, the prefectures that
        governed them and their former names since 1980 (``detectors.places.former_places``: 郧阳地区 for 郧西县 of
        十堰市, 思茅 for 普洱市), and the customary abbreviations of the leagues it lies in, today's or former
        (``detectors.places.league_abbreviations``: 昭盟 for a banner of 赤峰). Built for an entry when a candidate first
        matches it, never per candidate."""
        got = self._own_places.get(r)
        if got is None:
            region = self.entries[r].get("region") or ""
            got = self._own_places[r] = frozenset(self.affixes.places[r]) | frozenset(
                former_places(region)) | frozenset(league_abbreviations(region))
        return got

    def spells_another_place(self, text: str, changed: list, r: int, former: Iterable[str] = ()) -> bool:
        """Whether the characters ``changed`` in ``text`` (a registered name of entry ``r`` found with look-alike or
        same-sound characters folded in) fall in one of the entry's places and spell another real place there
        (``_other_place``: 山西发布 is the genuine account of 山西, not 陕西发布 with 陕 → 山). Folding turns any
        character no registered name uses into one that some name does, so which real place a name writes can not
        depend on which others the registry holds. ``former``: the former names of the entry's division the name
        may write its place by (``former_words``), read like its places (南汁 for 南汇 is a disguise; a real place
        one character from a former name is that place)."""
        registered = "".join(next((b for a, b, _ in changed if a == ch), ch) for ch in text)
        positions = [k for k, ch in enumerate(text) if any(ch == a for a, _, _ in changed)]
        return _other_place(text, registered, positions, [*self.affixes.places[r], *former], self.affixes.all_places)

    def writes_former_level(self, core: str, changed: list, r: int) -> bool:
        """Whether ``core``, its look-alikes of ``changed`` read back, writes a former name of entry ``r``'s division
        with that name's own level word (南汁区 → 南汇区, 卡海县 → 上海县): the level word is written evidence of the
        old division, which a reading of today's name leaves unexplained."""
        folded = core
        for written, registered, _how in changed:
            folded = folded.replace(written, registered)
        if r not in self._former_levelled:
            code = region_division(self.entries[r].get("region") or "")
            self._former_levelled[r] = tuple(w for w in former_name_forms(code) if _strip_levels(w) != w) if code \
                else ()
        return any(word in folded for word in self._former_levelled[r])

    def former_words(self, r: int) -> tuple[str, ...]:
        """The former names of entry ``r``'s division as its ``former`` patterns write them (``detectors.name_index.
        AffixIndex.former_written``), level words removed; built once for all entries, when first asked."""
        if self._former_words is None:
            words: dict[int, set[str]] = defaultdict(set)
            for (x, _key), forms in self.affixes.former_written.items():
                words[x].update(_strip_levels(word) for _, word, _ in forms)
            self._former_words = {x: tuple(sorted(w)) for x, w in words.items()}
        return self._former_words.get(r, ())

    def lone_place_respelt(self, text: str, changed: list, r: int, core: str) -> str:
        """The place of entry ``r`` whose short form is one character (赵县: 赵, 芒市: 芒) when a changed character of
        ``text`` (a registered name found with look-alike or same-sound characters folded in, level words removed)
        is that character and the candidate's ``core`` does not write the level word after it; "" otherwise. Nothing
        of the place is then left as written: 兆发布 is 赵县发布 only through a sound dozens of characters share (兆,
        召, 照 …), weaker evidence than a two-character place respelt in both characters (丈兆 for 张北), which must
        not lose to it (``LONE_PLACE_PENALTY``). 兆县发布 still writes the place."""
        registered = "".join(next((b for a, b, _ in changed if a == ch), ch) for ch in text)
        positions = [k for k, ch in enumerate(text) if any(ch == a for a, _, _ in changed)]
        for place in self.affixes.places[r]:
            short = _strip_levels(place)
            if len(short) == 1 and short != place and any(
                    registered[k] == short and text[k] + place[1:] not in core for k in positions):
                return place
        return ""

    def thing_of_place(self, core: str, r: int) -> str:
        """The word that makes ``core`` name a thing of entry ``r``'s own place rather than the unit: the place,
        then a noun one character away from the verb the registered name writes there (``detectors.affixes.
        names_a_thing``: 隆昌夏布 against 隆昌发布), that no registered name writes (平安 of 平安深圳 is a
        government word); "" when none."""
        registered = self.forms[r].core
        if len(core) != len(registered) or core == registered:
            return ""
        for place in self.affixes.places[r]:
            if registered.startswith(place) and core.startswith(place):
                written = core[len(place):]
                if names_a_thing(written, registered[len(place):]) and not self._registered_word(written):
                    return written
        return ""

    def _registered_word(self, word: str) -> bool:
        if word not in self._registered_words:
            self._registered_words[word] = any(word in f.core for f in self.forms)
        return self._registered_words[word]

    def other_place(self, core: str, r: int) -> str:
        """The real division other than entry ``r``'s own place that the name ``core`` writes with its level word
        (``detectors.places.other_division``: 长沙市 against 长沙县's entry); "" when none. A division the entry's
        name or unit writes is its own."""
        if not any(ch in _DIVISION_ENDINGS for ch in core):
            return ""  # a division's full name ends with one of these: none written
        return other_division(core, self.entries[r].get("region") or "", self.forms[r].core + self.units[r])

    def reduced_matches(self, form: NameForm, text: str) -> dict[int, NameMatch]:
        """The best match per registry position of ``text`` (the candidate's name with a township taken out), read
        like a whole name (every layer of ``compare_names``, the two-substitution one included) and like an affixed
        one (``affix_match``); a plain edit distance is no match. The candidate's traditional and hidden characters
        still count in the reasons."""
        changed = form.hidden or form.traditional or form.decorations  # then not "the very same name"
        reduced = NameForm(raw=form.raw if changed else text, cleaned=text, core=text, hidden=form.hidden,
                           traditional=form.traditional, decorations=form.decorations)
        regs = set(self.index.block(reduced))
        if DOUBLE_NAME_LEN <= len(text) <= DOUBLE_MAX_LEN:
            regs |= self.doubles.block(text)
        found: list[tuple[int, NameMatch | None]] = [(r, compare_names(reduced, self.forms[r])) for r in regs]
        for variant, before, after, changed in self.affixes.find(text):
            found.append((variant.position, self.affixed(variant, before, after, changed, core=form.core)))
        best: dict[int, NameMatch] = {}
        for r, match in found:
            if match is not None and match.layer != "edit" and (r not in best or match.score > best[r].score):
                best[r] = match
        return best

    def sub_place_matches_of(self, form: NameForm) -> dict[int, NameMatch]:
        """``sub_place_matches`` of one name, its townships looked up on their own (``govwatch detect explain``)."""
        index = self.sub_places
        if index is None or not SUB_PLACE_MIN_LEN <= len(form.core) <= MAX_KEYED_LEN:
            return {}
        hits = index.hits(form.core, index.automaton.iter(form.core))
        return self.sub_place_matches(form, hits) if hits else {}

    def sub_place_matches(self, form: NameForm, hits: list[tuple[int, int, Town]]) -> dict[int, NameMatch]:
        """(registry position → match) for a candidate whose name holds a township of a registered county-level
        unit's county in the place position (``hits``: ``SubPlaces.hits``), once the township is taken out:

        - after the place: 义乌稠城发布 → 义乌发布 (the place may itself be disguised: 樂卿乐成公安 → 乐卿公安 ≈ 乐清公安);
        - before the registered name: 稠城义乌发布 → 义乌发布;
        - instead of the place, when no other township of China has that name: 稠城发布 → 义乌发布.

        The township must lie in the target's county (``SubPlaces.counties``), so 城南 is read only after 桐庐 (whose
        城南街道 it is) and never in another county's name. Scored ``SUB_PLACE_PENALTY`` below the rest's match, at
        most ``SUB_PLACE_MAX``; the reasons name the township and its division."""
        index = self.sub_places
        core = form.core
        gaz = gazetteer()
        out: dict[int, NameMatch] = {}
        for start, stop, town in hits:
            if isinstance(town, Marker):
                self._marker_matches(form, start, stop, town, out)
                continue
            county = gaz.divisions[town.county]
            written, rest = core[start:stop], core[stop:]
            division = f"{gaz.qualified_name(town.county)}{town.name}，乡级区划代码 {town.code}"
            tries = []
            if start >= 2:
                tries.append((core[:start] + rest, f"地名后插入下级地名“{written}”（{division}），去掉后比对", core[:start]))
            elif start == 0:
                tries.append((rest, f"名称前加下级地名“{written}”（{division}），去掉后比对", None))
                if town.unique and len(county.short) >= 2:
                    tries.append((county.short + rest, f"以下级地名“{written}”代替“{county.short}”（{division}；"
                                  "全国没有同名乡镇街道），换回后比对", ""))
            for text, reason, prefix in tries:
                for r, match in self.reduced_matches(form, text).items():
                    if index.counties.get(r) != town.county:
                        continue
                    if not _in_place_position(prefix if prefix is not None else rest, county.short,
                                              self.affixes.places[r], before=prefix is None):
                        continue
                    score = round(min(SUB_PLACE_MAX, match.score - SUB_PLACE_PENALTY), 3)
                    if r in out and out[r].score >= score:
                        continue
                    out[r] = NameMatch("subplace", score, [reason, *match.reasons], added=written + match.added,
                                       unknown=match.unknown, base=match.layer, sub_place=written)
        return out

    def _marker_matches(self, form: NameForm, start: int, stop: int, marker: Marker, out: dict[int, NameMatch]) -> None:
        """Matches (into ``out``, the best per registry position) of a name with a zone word or a level word
        (``Marker``) right after a place: the name without the word, read in every layer (``reduced_matches``: the
        rest may carry a look-alike, a same-sound character or added words), for the entries whose own place
        (``SubPlaces.own``) is the place before it, spelled the same or one character off. A zone (平江高新区发布 for
        平江发布) is scored like a township (``SUB_PLACE_PENALTY``, at most ``SUB_PLACE_MAX``: a real zone's own
        account reads the same way, and is verified as government when it is one); a level word (湖南省直示场监管 for
        湖南市场监管) ``LEVEL_WORD_PENALTY`` below the rest, at most the level layer's score. A township's level word
        (乡, 镇, 街道, 苏木) that makes the place the full name of a real township (``detectors.places.township_names``)
        other than the entry's own is that township, not a disguise (古城镇便民服务 against a 古城街道 unit's 古城便民服务;
        as ``detectors.name_index.AffixIndex._town_forms`` leaves such forms out)."""
        core = form.core
        prefix, written = core[:start], core[start:stop]
        own = self.sub_places.own
        for r, match in self.reduced_matches(form, prefix + core[stop:]).items():
            if not own[r] or not _after_place(prefix, own[r]):
                continue
            town = own[r] + written if own[r] + written in self.sub_places.place_towns else ""
            if (marker.kind == "level" and not town and written in TOWNSHIP_LEVEL_WORDS
                    and own[r] + written in township_names()
                    and own[r] + written not in self.affixes.places[r]):
                continue  # 古城镇 for a 古城街道 unit's 古城: a real township of that name elsewhere, another place
            if marker.kind == "sound_level" and not town:
                level = short_level_sound_alikes()[written]
                reason = f"地名“{own[r]}”后用同音字“{written}”代替行政级别词“{level}”，去掉后比对"
                score = round(min(LAYER_SCORES["sound"], match.score - LEVEL_WORD_PENALTY), 3)
                layer = "level"
            elif marker.kind == "zone" or town:
                reason = (f"地名“{own[r]}”后插入开发区、园区类词“{written}”（非备案单位本身的名称），去掉后比对"
                          if not town else f"地名写成同名的下级乡镇“{town}”，去掉“{written}”后比对")
                score = round(min(SUB_PLACE_MAX, match.score - SUB_PLACE_PENALTY), 3)
                layer = "subplace"
            else:
                reason = f"地名“{own[r]}”后插入行政级别词“{written}”，去掉后比对"
                score = round(min(LAYER_SCORES["level"], match.score - LEVEL_WORD_PENALTY), 3)
                layer = "level"
            if r in out and out[r].score >= score:
                continue
            out[r] = NameMatch(layer, score, [reason, *match.reasons], added=written + match.added,
                               unknown=match.unknown, base=match.layer)

    @property
    def province_abbreviations(self) -> re.Pattern | None:
        """One pattern finding the abbreviation (简称) of a province the registry has units in, followed by a level
        word of a province (省, 市, 自治区, 特别行政区) or a department's name (``detectors.systems.department_words``:
        公安厅, 市监局, 人民政府 …); None when the registry has no unit of a province (built on first use)."""
        if self._province_pattern is None:
            table = province_abbreviations()
            chars = sorted(a for a, (short, _) in table.items() if short in self.affixes.all_places)
            if not chars:
                self._province_pattern = False
            else:
                levels = sorted({level for a in chars for level in table[a][1]}, key=len, reverse=True)
                follow = "|".join(map(re.escape, (*levels, *department_words())))
                pattern = f"[{''.join(chars)}](?={follow})"
                vocab = affix_vocabulary()
                heads = [a for a in chars if a not in vocab and self.province_tails.get(table[a][0])]
                if heads:  # at the start of a name: 黔 + 发布 (``province_tails``), one trie-shaped alternation
                    tails = {t for a in heads for t in self.province_tails[table[a][0]]}
                    pattern += f"|[{''.join(heads)}](?<![^\x00].)(?={_trie_pattern(tails)})"
                self._province_pattern = re.compile(pattern)
        return self._province_pattern or None

    @property
    def province_tails(self) -> dict[str, frozenset[str]]:
        """Province (short form) → what its registered names write after the province's name (贵州发布, 贵州省交警 →
        发布, 交警: ``PROVINCE_TAIL_MIN`` characters or more, no level word first): the rest of a name of that
        province, which its one-character abbreviation stands before in the province's own way of shortening
        (黔发布, 黔交警, 川观察 …). Not for an abbreviation that is itself an added word (云, 新, 台: ``detectors.affixes``'
        vocabulary), which reads as one before any name (新发布 is a new release, 云 a cloud)."""
        if self._province_tails is None:
            table = province_abbreviations()
            vocab = affix_vocabulary()
            levels = {short: sorted(lv, key=len, reverse=True) for a, (short, lv) in table.items() if a not in vocab}
            tails: dict[str, set[str]] = defaultdict(set)
            for form in self.forms:
                core = form.core
                for short in (core[:2], core[:3]):  # 贵州, 内蒙古
                    if short in levels:
                        rest = core[len(short):]
                        rest = rest[len(next((w for w in levels[short] if rest.startswith(w)), "")):]
                        if len(rest) >= PROVINCE_TAIL_MIN:
                            tails[short].add(rest)
            self._province_tails = {k: frozenset(v) for k, v in tails.items()}
        return self._province_tails

    def province_abbreviation_matches(self, form: NameForm, starts: list[int]) -> dict[int, NameMatch]:
        """(registry position → match) for a name that writes a province by its abbreviation at ``starts`` (the
        ``province_abbreviations`` pattern's hits): where the character stands alone (no division's name holds it:
        not 川 of 四川 or 汶川) and is followed by its own province's level word (川省, not 川市; not where the two
        make another word: 沪市) or a department's name (川市监局, 粤公安厅), the name with the province written out
        (四川省发布) is read in every layer (``reduced_matches``, and as a body of a system), for the entries of that
        province only."""
        core = form.core
        table = province_abbreviations()
        departments = department_words()
        out: dict[int, NameMatch] = {}
        for i in starts:
            short, levels = table[core[i]]
            rest = core[i + 1:]
            level = next((w for w in levels if rest.startswith(w)), "")
            if level and level != "省" and core[i] + level in dictionary_words():
                level = ""  # 沪市 is the Shanghai stock market, 新区 a new district (粤省, 闽省 are the provinces)
            tail = (i == 0 and not level and core[i] not in affix_vocabulary()
                    and any(rest.startswith(t) for t in self.province_tails.get(short, ())))
            if not level and not rest.startswith(departments) and not tail:
                continue
            if not stands_alone(core, i):
                continue
            text = core[:i] + short + rest
            found = list(self.reduced_matches(form, text).items()) + self.system_matches(text)
            reason = f"以省级行政区简称“{core[i]}”加" + (f"级别词“{level}”" if level else "部门名称" if not tail else
                                                   "该省备案名称在省名后的部分") + f"代替“{short}”，换回后比对"
            for r, match in found:
                if short not in self.affixes.places[r]:
                    continue
                score = round(min(LAYER_SCORES["level"], match.score - PROVINCE_ABBREVIATION_PENALTY), 3)
                if r in out and out[r].score >= score:
                    continue
                out[r] = NameMatch("level", score, [reason, *match.reasons], added=match.added,
                                   unknown=match.unknown, base=match.layer)
        return out

    @property
    def latin_places(self) -> dict[str, dict[str, int]]:
        """Latin spelling → {place of the registry it spells: that place's level}: every place the registry's entries
        name (``detectors.name_index.places_of``: provinces, prefectures, counties, towns) spelled by the initials of
        its pinyin syllables (jx for 江西, sz for 深圳) and by its whole toneless pinyin (jiangxi), as pypinyin reads
        the place's name as a phrase (重庆 → cq, chongqing). Complete by construction: a place no entry names has no
        registered name a spelling of it could stand in. Not a spelling that is itself an added word (my, hi, tv:
        ``detectors.affixes``' vocabulary), nor one of fewer than ``LATIN_PLACE_MIN`` letters. The level (1 province,
        2 prefecture, 3 county, 4 anything below) tells places of one spelling apart (``latin_place_matches``)."""
        if self._latin_places is None:
            vocab = affix_vocabulary()
            gaz = gazetteer()
            out: dict[str, dict[str, int]] = defaultdict(dict)
            read: dict[str, list[str]] = {}  # character -> pypinyin's reading of it alone (``_place_syllables``)
            for place in self.affixes.all_places:
                if len(place) < 2 or not all("\u3400" <= ch <= "\u9fff" for ch in place):
                    continue
                syllables = _place_syllables(place, read)
                if not all(s.isascii() and s.isalpha() for s in syllables):
                    continue
                level = min((gaz.divisions[code].level for code in gaz.named(place)), default=4)
                for key in ("".join(s[0] for s in syllables), "".join(syllables)):
                    if len(key) >= LATIN_PLACE_MIN and key not in vocab:
                        out[key][place] = min(level, out[key].get(place, level))
            self._latin_places = dict(out)
        return self._latin_places

    @property
    def latin_place_pattern(self) -> re.Pattern | None:
        """One pattern finding a spelling of ``latin_places`` written right before a Chinese character (jx市场监管,
        ◈jx过劢); None when the registry names no place (built on first use)."""
        if self._latin_pattern is None:
            keys = self.latin_places
            # no look-behind for the run's start: it would cost a test at every character of every name; the few hits
            # inside a longer run (abjx发布) are dropped by ``latin_place_matches``
            self._latin_pattern = re.compile(f"(?:{_trie_pattern(keys)})(?=[\u3400-\u9fff])") if keys else False
        return self._latin_pattern or None

    def latin_place_matches(self, form: NameForm, starts: list[int]) -> dict[int, NameMatch]:
        """(registry position → match) for a name that writes a place of the registry in Latin letters at ``starts``
        (the ``latin_place_pattern``'s hits: jx市场监管退款专席, jx过劢 for 江西市场监管, 江西国动): the name with the
        place written out (江西市场监管退款专席) read in every layer (``reduced_matches``, and as a body of a system),
        for the entries of that place only. One spelling stands for several places (jx: 江西, 进贤, 吉县 …): when
        the readings of several match a registered name of their place, the highest place counts when the others lie
        inside it (江西 over its county 进贤: JX发布 is 江西发布, the province being what initials abbreviate by
        custom), none when two lie apart (gz: 贵州 and 广州, sz: 深圳 and 苏州: ambiguous). Scored like the whole name
        written in initials at most (``LAYER_SCORES["initials"]``)."""
        core = form.core
        pattern = self.latin_place_pattern
        out: dict[int, NameMatch] = {}
        for i in starts:
            hit = pattern.match(core, i) if pattern is not None else None
            if hit is None or (i and "a" <= core[i - 1] <= "z"):
                continue  # not a whole run of letters (abjx发布)
            key = hit.group()
            by_place: dict[str, dict[int, NameMatch]] = {}
            for place in self.latin_places.get(key, {}):
                text = core[:i] + place + core[i + len(key):]
                found = list(self.reduced_matches(form, text).items()) + self.system_matches(text)
                kept = {}
                for r, match in found:
                    if place in self.affixes.places[r] and (r not in kept or match.score > kept[r].score):
                        kept[r] = match
                if kept:
                    by_place[place] = kept
            if not by_place:
                continue
            place = min(by_place, key=lambda p: self.latin_places[key][p])
            if any(p != place and not _lies_beneath(p, place) for p in by_place):
                continue  # two places spelled alike, neither inside the other (gz: 贵州, 广州): nothing says which
            reason = f"以拉丁字母“{key}”（{place}的拼音{'首字母' if len(key) < len(place) * 2 else ''}）代替地名“{place}”，换回后比对"
            for r, match in by_place[place].items():
                score = round(min(LAYER_SCORES["initials"], match.score - LATIN_PLACE_PENALTY), 3)
                if r in out and out[r].score >= score:
                    continue
                out[r] = NameMatch("initials", score, [reason, *match.reasons], added=match.added,
                                   unknown=match.unknown, base=match.layer)
        return out

    @property
    def alias_pattern(self) -> re.Pattern | None:
        """One pattern finding the nicknames and regions (``detectors.place_aliases.aliases``, disguised ones too)
        that stand for a place of the registry; None when none does (built on first use)."""
        if self._alias_pattern is None:
            places = self.affixes.all_places
            keys = [w for w, found in aliases().items() if any(set(a.places) & places for a in found)]
            self._alias_pattern = re.compile(_trie_pattern(keys)) if keys else False
        return self._alias_pattern or None

    def alias_spans(self, core: str, starts: list[int]) -> list[tuple[int, int]]:
        """(start, end) of the nicknames ``alias_pattern`` found at ``starts`` in ``core``."""
        pattern = self.alias_pattern
        return [(i, hit.end()) for i in starts if pattern is not None and (hit := pattern.match(core, i))]

    def alias_matches(self, form: NameForm, starts: list[int]) -> dict[int, NameMatch]:
        """(registry position → match) for a name that writes a place by its nickname or a region at ``starts``
        (``alias_pattern``'s hits: 燕赵发布, 岭南慈善, 燕赳12320): the name with the place written out (河北发布) read
        in every layer (``reduced_matches``, and as a body of a system), for the entries of that place only; when the
        nickname stands for several places (岭南: 广东, 广西, 海南), only where one of them reads (or the others lie
        inside it). A disguised nickname (燕赳, 京津机) is also put back as itself, then a word of any place it covers
        before that place's name (京津冀肃宁发布), for the entries of a place it covers."""
        core = form.core
        pattern = self.alias_pattern
        all_places = self.affixes.all_places
        out: dict[int, NameMatch] = {}
        for i in starts:
            hit = pattern.match(core, i) if pattern is not None else None
            if hit is None:
                continue
            written = hit.group()
            for alias in aliases().get(written, ()):
                penalty = ALIAS_PENALTY + (DISGUISED_ALIAS_PENALTY if alias.change else 0.0)
                said = (f"“{written}”是“{alias.nickname}”的{alias.change[2]}写法（{alias.change[0]}→{alias.change[1]}），"
                        if alias.change else "")
                by_place: dict[str, dict[int, NameMatch]] = {}
                for place in alias.places:
                    if place not in all_places:
                        continue
                    kept = self._read_with(form, core[:i] + place + core[hit.end():], {place})
                    if kept:
                        by_place[place] = kept
                readings: list[tuple[str, dict[int, NameMatch]]] = []
                if by_place:
                    place = next((p for p in by_place if all(q == p or _lies_beneath(q, p) for q in by_place)), "")
                    if place:
                        kind = "别称" if len(alias.places) == 1 else "区域名（含该地）"
                        readings.append((f"{said}以“{place}”的{kind}“{alias.nickname}”代替地名，换回后比对",
                                         by_place[place]))
                if alias.change:
                    kept = self._read_with(form, core[:i] + alias.nickname + core[hit.end():], set(alias.places))
                    if kept:
                        readings.append((f"{said}换回“{alias.nickname}”后比对", kept))
                for reason, kept in readings:
                    for r, match in kept.items():
                        score = round(min(LAYER_SCORES["level"], match.score - penalty), 3)
                        if r in out and out[r].score >= score:
                            continue
                        out[r] = NameMatch("level", score, [reason, *match.reasons], added=match.added,
                                           unknown=match.unknown, base=match.layer)
        return out

    def _read_with(self, form: NameForm, text: str, places: set[str]) -> dict[int, NameMatch]:
        """``text`` read in every layer (``reduced_matches``, and as a body of a system): the best match per entry
        with one of ``places`` among its places."""
        kept: dict[int, NameMatch] = {}
        found = list(self.reduced_matches(form, text).items()) + self.system_matches(text)
        following = following_decoration(form)  # as ``assess`` reads the name as written: its disguise counts
        for variant, before, after, changed in self.affixes.find(text):
            found.append((variant.position, self.affixed(variant, before, after, changed, following, raw_name=form.raw)))
        for r, match in found:
            if match is None or match.layer == "edit":
                continue
            if not places.isdisjoint(self.affixes.places[r]) and (r not in kept or match.score > kept[r].score):
                kept[r] = match
        return kept

    @property
    def abbreviations(self) -> UnitAbbreviations:
        """Units' full names by place, for abbreviated names (built on first use)."""
        if self._abbreviations is None:
            self._abbreviations = UnitAbbreviations(self.entries, self.affixes.places, self.units)
        return self._abbreviations

    def place_peeled_matches(self, core: str) -> list[tuple[int, NameMatch]]:
        """(registry position, match) for a name that starts with a place of the target's own region above its
        registered name (山东 before 寿光…) and is one change away from that name once the place is taken off."""
        out = []
        places = self.affixes.all_places
        if len(core) < 2 + MIN_PEELED_CORE:
            return out  # no place of two characters and a name of three
        for k in range(2, min(MAX_PLACE_LEN, len(core) - MIN_PEELED_CORE) + 1):
            place = core[:k]
            if place not in places:
                continue
            rest = _drop_leading_level(core[k:])
            if len(rest) < MIN_PEELED_CORE:
                continue
            form = NameForm(raw=rest, cleaned=rest, core=rest)
            for r in self.index.block(form):
                if place not in self.affixes.places[r] or self.forms[r].core.startswith(place):
                    continue  # only a place of the target, and one its name does not already start with
                match = place_peeled_match(compare_names(form, self.forms[r]), place, self.entries[r].get("name") or "")
                if match is not None:
                    out.append((r, match))
        return out

    def abbreviation_matches(self, core: str) -> list[tuple[int, NameMatch]]:
        """(registry position, match) for each unit whose full name ``core`` abbreviates; when none, the same for
        its spellings with unknown characters folded into the registered ones they imitate (灿尾新闻办: 灿 drawn
        like 汕), each substitution costing ``SUBSTITUTION_PENALTY`` (``detectors.name_index.AffixIndex.folds``)."""
        out = []
        for r, before, place, tail in self.abbreviations.find(core):
            entry = self.entries[r]
            match = abbreviation_match(before, place, tail, entry.get("name") or "", entry.get("unit"),
                                       self.own_places(r), self.affixes.all_places)
            if match is not None:
                out.append((r, match))
        if out:
            return out
        text = _strip_levels(core)
        for spelling in self.affixes.folded_spellings(text, MAX_FOLDED_ABBREVIATIONS):  # kept by find_each's fold
            changed = [k for k, (a, b) in enumerate(zip(text, spelling)) if a != b]
            for r, before, place, tail in self.abbreviations.find(spelling):
                inside = [k for k in changed if k >= len(before)]
                if len(inside) != 1 or not breaks_word(text, inside[0]):
                    continue  # one look-alike inside the abbreviated name, breaking its word (汉川 is a place)
                entry = self.entries[r]
                match = abbreviation_match(before, place, tail, entry.get("name") or "", entry.get("unit"),
                                           self.own_places(r), self.affixes.all_places)
                if match is not None:
                    k = inside[0]
                    match.score = round(match.score - SUBSTITUTION_PENALTY, 3)
                    match.reasons.append(f"形近或音近字替换：{spelling[k]}→{text[k]}")
                    lone = self.lone_place_respelt(text[len(before):], [(text[k], spelling[k], "")], r, core)
                    out.append((r, _weaken_lone_place(match, lone) if lone else match))
        return out

    @property
    def colours(self) -> np.ndarray:
        """Hue histograms of the registry avatars (``colour_matrix``), read on first use."""
        if self._colours is None:
            self._colours = colour_matrix(self.hashes)
        return self._colours

    def structure(self, r: int) -> np.ndarray | None:
        """The edge map of entry ``r``'s local avatar file (``detectors.avatar.structure_for_record``), read on first
        use and once per file; None without one."""
        path = self.entries[r].get("avatar")
        if not isinstance(path, str) or not path:
            return None
        if path not in self._structures:
            self._structures[path] = structure_for_record(self.entries[r], self.base_dir)
        return self._structures[path]

    @property
    def drawings(self) -> tuple[np.ndarray, list[list[int]]]:
        """The drawings (``detectors.avatar.drawing_of``) of the registry's local avatar files, one row per file (the
        first ``PIXEL_MAX_REGISTRY`` files), and the entries showing each: read on first use (only a suspect that
        reaches the pixel layer's last reading, ``_PixelSearch._by_drawing``, needs them)."""
        if self._drawings is None:
            files: dict[str, list[int]] = {}
            for r, entry in enumerate(self.entries):
                path = entry.get("avatar")
                if isinstance(path, str) and path and local_avatar_path(entry, self.base_dir) is not None:
                    files.setdefault(path, []).append(r)
            rows, owners = [], []
            for entries in list(files.values())[:PIXEL_MAX_REGISTRY]:
                drawing = drawing_for_record(self.entries[entries[0]], self.base_dir)
                if drawing is not None:
                    rows.append(drawing)
                    owners.append(entries)
            self._drawings = (np.stack(rows) if rows else np.zeros((0, 2, 0), dtype=np.float32), owners)
        return self._drawings

    @property
    def every_variant(self) -> AvatarIndex:
        """All registry avatars indexed by every variant (built on first use: only rule 5's few suspects need it)."""
        if self._every_variant is None:
            self._every_variant = AvatarIndex(self.matrix, every_variant=True)
        return self._every_variant

    def names_a_place(self, text: str) -> bool:
        """Whether ``text`` contains a place name of the registry (one Aho-Corasick pass)."""
        return bool(self._places()) and next(self._place_automaton.iter(text), None) is not None

    def places_in(self, text: str) -> list[str]:
        """The registry's place names ``text`` contains (one Aho-Corasick pass), less those written only inside a
        longer nickname or landmark (``detectors.places.nickname_spans``: 长白 and 白山 in 长白山, 白山 in 白山松水): the
        name writes the landmark, which points where ``nicknamed_places`` says, not at the places its characters
        spell (the avatar rules only)."""
        if not self._places():
            return []
        found = [(end + 1 - len(p), end + 1, p) for end, p in self._place_automaton.iter(text)]
        spans = nickname_spans(text) if found else []
        return list(dict.fromkeys(p for a, b, p in found
                                  if not inside_longer(a, b, spans) and not geographic_spans(text, p, a)))

    def nicknamed_places(self, text: str, named: list[str]) -> list[str]:
        """Registry places that nicknames in ``text`` stand for (铁城 → 邵武, ``detectors.places.nickname_places``),
        beyond those already ``named``: where a name points without naming the place (the avatar rules only). None
        for a name with a business, person or medium word."""
        added = explain_added(text)
        if added.owner or added.persons:
            return []  # 泉城美食, 泉城守望者: a business or a persona named after its city's nickname, not a place's body
        return [p for p in nickname_places(text) if p in self.affixes.all_places and p not in named]

    def town_county_places(self, core: str) -> list[str]:
        """The places of the registered county-level units whose county holds a township ``core`` writes (by its
        full name, or by its short form when no other township of China has it and it is no division's name or
        common word: ``SubPlaces``, ``Town.unique``): 蓝塘 of 蓝塘镇 points at 紫金, as a nickname does — every township
        of the county (``detectors/data/towns.tsv``), not only the registry's own. It lists, it never rules out (the
        avatar rules only: rule 5 by hashes and the pixel search)."""
        sub = self.sub_places
        if sub is None or not sub.towns:
            return []
        if self._county_places is None:
            places = self.affixes.places
            self._county_places = {}
            for r, county in sub.counties.items():
                if places[r]:
                    self._county_places.setdefault(county, places[r][-1])
        out = []
        for _, (key, found) in sub.automaton.iter(core):
            if isinstance(found, str):
                continue  # a zone or level word
            for k in found:
                town = sub.towns[k]
                if key == town.name or town.unique:
                    place = self._county_places.get(town.county)
                    if place and place not in out:
                        out.append(place)
        return out

    def towns_pointed_at(self, core: str, named: list[str]) -> list[str]:
        """``town_county_places`` beyond those already ``named``, for a name with no business, person or medium
        word (as ``nicknamed_places``: 王家坝美食 is a restaurant named after its township)."""
        added = explain_added(core)
        if added.owner or added.persons:
            return []
        return [p for p in self.town_county_places(core) if p not in named]

    def area_places_in(self, core: str) -> list[str]:
        """The registered places ``core`` points at by another name of their area than the registry's own: a former
        name of the division or of a prefecture that governed it (``detectors.places.former_places``, from the 民政部
        code tables since 1980 and the names before them: 思茅 for 普洱, 郧阳 for 郧西, 奉天 for 辽宁), or a division of
        today beneath it that no registry entry lies in (``detectors/data/divisions.tsv``: a county of a registered
        prefecture, a prefecture or county of a registered province, by its full name or its short form of two
        characters or more). Each is read as the entry's own place (its deepest, as ``_gives_own_place`` reads it).
        Only words holding no place of the registry and no everyday word (``COMMON_WORDS``): the registry's places
        are read as themselves (``places_in``). It lists, it never rules out (the avatar rules only: rule 5 by hashes
        and the pixel search), as a nickname or a township does."""
        if self._area_automaton is None:
            import ahocorasick
            gaz = gazetteer()
            table: dict[str, set[str]] = defaultdict(set)
            places = self.affixes.places
            for r, entry in enumerate(self.entries):
                if not places[r]:
                    continue
                region = entry.get("region") or ""
                for word in former_places(region):
                    table[word].add(places[r][-1])
                code = own_divisions(region).get(places[r][-1])
                for c in (gaz.beneath(code) - {code}) if code in gaz.divisions else ():
                    div = gaz.divisions[c]
                    for word in {div.name, div.short}:
                        table[word].add(places[r][-1])
            holds_place = self._places() and {w for w in table if next(self._place_automaton.iter(w), None)}
            table = {w: found for w, found in table.items()
                     if len(w) >= 2 and w not in COMMON_WORDS and w not in (holds_place or ())}
            automaton = ahocorasick.Automaton()
            for word, found in table.items():
                automaton.add_word(word, (word, tuple(sorted(found))))
            if len(automaton):
                automaton.make_automaton()
            self._area_automaton = automaton if len(automaton) else False
        if not self._area_automaton:
            return []
        spans = nickname_spans(core)
        return list(dict.fromkeys(p for end, (word, found) in self._area_automaton.iter(core)
                                  if not inside_longer(end + 1 - len(word), end + 1, spans)
                                  and not geographic_spans(core, word, end + 1 - len(word))
                                  for p in found))

    def area_pointed_at(self, core: str, named: list[str]) -> list[str]:
        """``area_places_in`` beyond those already ``named``, for a name with no business, person or medium word
        (as ``nicknamed_places``: a shop named after its town's old name is the shop's)."""
        added = explain_added(core)
        if added.owner or added.persons:
            return []
        return [p for p in self.area_places_in(core) if p not in named]

    def own_town_shorts(self, r: int) -> list[str]:
        """Entry ``r``'s township places written without their ending (天堂镇 → 天堂, ``detectors.places.town_short``):
        a short form many townships of China share, so it names no place on its own, but it points at the unit's
        place once its avatar has singled the unit out (the avatar rules only)."""
        return [short for short, _ in self.own_towns(r)]

    def own_towns(self, r: int) -> list[tuple[str, str]]:
        """(short form, township place) of each of entry ``r``'s township places (``own_town_shorts``)."""
        return [(short, p) for p in self.affixes.places[r] for short in (town_short(p),) if short and short != p]

    def own_words(self, r: int) -> list[str]:
        """Entry ``r``'s registered name less one of its own places, when two characters or more are left (数字安徽 →
        数字, 安徽工会 → 工会), and the words of its unit's public trade (``detectors.systems.trade_words``: 农资 of a
        供销合作社, 路况 of the traffic police): the words a name repeats when it points at this unit rather than only
        at its place."""
        core = self.forms[r].core
        rests = [rest for p in self.affixes.places[r] if p in core
                 for rest in (core.replace(p, "", 1),) if len(rest) >= PIXEL_WORDS_MIN]
        return list(dict.fromkeys((*rests, *trade_words(self.entries[r].get("unit")))))

    @cached_property
    def platform_entries(self) -> dict[tuple[str, str], list[int]]:
        """(unit, platform) -> the unit's entries with an avatar hash on that platform, built once when first asked
        (``_own_platform_holder`` reads one cell per candidate instead of scanning the registry)."""
        out: dict[tuple[str, str], list[int]] = defaultdict(list)
        for x, e in enumerate(self.entries):
            if self.units[x] and e.get("platform") and self.hashes[x]:
                out[(self.units[x], e.get("platform"))].append(x)
        return dict(out)

    @cached_property
    def body_tails(self) -> frozenset[str]:
        """What registered names write after one of their own places (level words removed; 公安 of 沧源公安, 人民政府
        of 云南省人民政府), ``MIN_TAIL`` to ``MAX_TAIL`` characters: the block a swapped name begins with."""
        out = set()
        for r, form in enumerate(self.forms):
            core = _strip_levels(form.core)
            for place in self.affixes.places[r]:
                place = _strip_levels(place)
                if len(place) >= 2 and core.startswith(place) and MIN_TAIL <= len(core) - len(place) <= MAX_TAIL:
                    out.add(core[len(place):])
        return frozenset(out)

    @cached_property
    def tail_automaton(self):
        """``body_tails`` in one automaton (``texts_holding``), or None when there are none: a name holding one has kept
        a registered name's body as written, whatever it did to the place before it (``_refolded_pairs``)."""
        import ahocorasick
        if not self.body_tails:
            return None
        automaton = ahocorasick.Automaton()
        for tail in self.body_tails:
            automaton.add_word(tail, tail)
        automaton.make_automaton()
        return automaton

    def _places(self) -> bool:
        if self._place_automaton is None:
            import ahocorasick
            automaton = ahocorasick.Automaton()
            for place in self.affixes.all_places:
                automaton.add_word(place, place)
            if len(automaton):
                automaton.make_automaton()
            self._place_automaton = automaton if len(automaton) else False
        return bool(self._place_automaton)

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

    def copy_ratio(self, description: str | None, r: int) -> float:
        """How closely ``description`` copies registry entry ``r``'s own description (rapidfuzz ratio 0..100), 0 below
        ``DESCRIPTION_COPY_RATIO``: a unit's entries on several platforms share name, avatar and unit, but each has
        its own description, so the nearest copy says which one was copied."""
        text = _text_key(description)
        if len(text) < 6 or not self.descriptions[r]:
            return 0.0
        ratio = fuzz.ratio(text, self.descriptions[r])
        return ratio if ratio >= DESCRIPTION_COPY_RATIO else 0.0

    def claimed_units(self, description: str | None) -> set[str]:
        """Units a description points at on its own: the unit of the official description it copies most closely
        (unit descriptions follow templates, so only the nearest copy counts), and every unit whose full name
        (济南市公安局) or registered account name (济南公安) it spells out ("本号为济南公安授权合作账号")."""
        text = _text_key(description)
        if len(text) < 4:
            return set()
        units: set[str] = set()
        copied = [i for i, how in self.description_targets(description or "") if how == "copied"]
        if copied:
            ratios = [fuzz.ratio(text, self.descriptions[i]) for i in copied]
            best = max(ratios)
            units.update(self.units[i] for i, x in zip(copied, ratios) if x == best and self.units[i])
        units.update(self.units[i] for i in self._units_named(text) if self.units[i])
        units.update(self.units[i] for i in self._names_mentioned(text) if self.units[i])
        # thirty-third round: a description that writes the name in traditional characters (西藏政務) names it too,
        # as the name normalisation folds them (``textnorm.t2s_table``)
        folded = text.translate(t2s_table())
        if folded != text:
            units.update(self.units[i] for i in self._names_mentioned(folded) if self.units[i])
        return units

    def _names_mentioned(self, text: str) -> list[int]:
        """Registry positions whose account name (at least ``MIN_MENTIONED_NAME`` characters) occurs in ``text``
        (one Aho-Corasick pass; built on first use: only avatar-rule suspects need it), normalised as names are or
        as written: the name normalisation folds a few characters a description keeps (a traditional character of
        a name's own word folded to its simplified form: 乾 is kept only in the words ``names._keep_qian`` knows),
        so a description naming the unit as registered must be read as written too."""
        if self._name_automaton is None:
            import ahocorasick
            automaton = ahocorasick.Automaton()
            by_name: dict[str, list[int]] = defaultdict(list)
            for i, f in enumerate(self.forms):
                for key in dict.fromkeys((f.core, _text_key(self.entries[i].get("name")))):
                    if len(key) >= MIN_MENTIONED_NAME:
                        by_name[key].append(i)
            for name, positions in by_name.items():
                automaton.add_word(name, positions)
            if by_name:
                automaton.make_automaton()
            self._name_automaton = automaton if by_name else False
        if not self._name_automaton:
            return []
        return [i for _, positions in self._name_automaton.iter(text) for i in positions]

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
    for _acc, verdict in assess(ctx):
        if verdict is not None:
            yield verdict


def assess(ctx: DetectionContext, *, keep_all: bool = False) -> Iterator[tuple[dict, dict | None]]:
    """(account, finding or None) for every suspect; ``keep_all`` also yields the best pair under the threshold
    (as a finding dict with its score) and every candidate pair in ``finding["evidence"]["pairs"]``, for
    ``govwatch detect explain``."""
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
    # 3. Candidate pairs: each candidate's name read against the registry alone (``_name_pairs``), in
    # ``detect.workers`` processes when there are many candidates; everything that follows runs here.
    # Avatars of the candidates that can use them: a name match, a government-sounding name (rules 4-5), or an
    # avatar sharing a hash band with a unit's distinctive avatar (rule 5).
    forms, numerals, pairs = _read_names(officials, suspects, decorations, min_score,
                                         int(ctx.setting("detect.workers")))
    lookalikes = _distinctive_lookalikes(officials, suspects, forms, ctx.base_dir, max_distance)
    wanted = sorted({c for c, _, _ in pairs} | {c for c, a in enumerate(suspects) if looks_governmental(a.get("name"))}
                    | lookalikes)
    slot = {c: k for k, c in enumerate(wanted)}
    cand_hashes = [hashes_for_record(suspects[c], ctx.base_dir) for c in wanted]
    cand_matrix = hash_matrix(cand_hashes)
    cand_colours = colour_matrix(cand_hashes)
    if pairs:
        rows = np.asarray([slot[c] for c, _, _ in pairs], dtype=np.int64)
        regs = np.asarray([r for _, r, _ in pairs], dtype=np.int64)
        dists = pair_distances(cand_matrix, officials.matrix, rows, regs).tolist()
        sims = officials.index.similarities([f.core for f in forms], np.asarray([c for c, _, _ in pairs]), regs)
    else:
        dists, sims = [], np.zeros(0)

    pixels = _PixelSearch(officials, ctx.base_dir, int(ctx.setting("detect.avatar_pixel_max_pairs")))
    best: dict[int, tuple] = {}
    ties: dict[int, tuple[tuple, dict[int, tuple]]] = {}  # candidate -> (rank[:2], entry -> its best pair)
    described: dict[int, list[tuple[int, str]]] = {}
    scams: dict[int, ScamReading | None] = {}  # read once per candidate with a name match, never for the rest
    everything: dict[int, list] = defaultdict(list)
    whole: dict[int, list] = {}  # candidate -> its pairs that read every character with a sub-place word taken out
    spelt: dict[int, list] = {}  # candidate -> its pairs at the bar, outside the sub-place layer, with words added
    for (c, r, match), dist, sim in zip(pairs, dists, sims.tolist()):
        acc = suspects[c]
        if c not in described:
            described[c] = officials.description_targets(acc.get("description") or "")
            scams[c] = read_scam(acc.get("description"))
        verdict = _score_pair(officials, acc, forms[c], r, match, dist, max_distance, described[c], scams[c])
        if verdict is None:
            continue
        rank = _target_rank(officials, acc, r, match, dist, sim, verdict, max_distance, forms[c].core)
        if keep_all:
            everything[c].append((rank, r, match, dist, verdict))
        if _outranks(rank, r, best.get(c)):
            best[c] = (rank, r, match, dist, verdict)
        _note_tie(ties, c, (rank, r, match, dist, verdict))
        if match.layer == "subplace" and not match.unknown and verdict[0] >= min_score:
            whole.setdefault(c, []).append((rank, r, match, dist, verdict))
        elif match.layer != "subplace" and match.added and verdict[0] >= min_score:
            spelt.setdefault(c, []).append((rank, r, match, dist, verdict))
    for c, held in best.items():  # a copy that fits several of one unit's entries exactly alike: which it copied
        best[c] = _copied_entry(officials, suspects[c], held, ties.get(c))
    for c, readings in whole.items():  # the unit the whole name points at, not the one its first words spell
        best[c] = _whole_name_target(officials, forms[c].core, best[c], readings)
    for c, readings in spelt.items():  # a registered name written whole, not a township standing for its county
        best[c] = _written_whole_target(officials, best[c], readings)
    for c, held in best.items():  # the avatar copied is the unit's account on the suspect's own platform
        best[c] = _own_platform_holder(officials, suspects[c], held, cand_matrix[slot[c]] if c in slot else None,
                                       max_distance)

    owned = _avatar_owners(officials, suspects, forms, best, lookalikes, slot, cand_matrix, cand_colours,
                           max_distance)
    owned.update(_described_pixel_owners(officials, pixels, suspects, forms, best, owned, slot, cand_matrix,
                                         max_distance, min_score))
    reported: set[int] = set()
    for c, (_, r, _match, _dist, verdict) in sorted(best.items()):
        if c in owned and owned[c][0] >= min_score:  # the avatar's owner, not the unit the name's words happen to fit
            score, r, reasons, evidence = owned[c]
            reported.add(c)
            yield suspects[c], make_finding(
                "impostor", suspects[c].get("platform"), suspects[c].get("account_id"), score=score,
                reasons=reasons, target=_target(officials.entries[r]), detected_at=ctx.as_of,
                evidence=evidence, name=suspects[c].get("name"))
            continue
        score, reasons, evidence = verdict
        if score < min_score and not keep_all:
            continue
        if score >= min_score:
            reported.add(c)
        same = _same_unit_ties(officials, ties, c, r)
        if same:
            evidence = dict(evidence, equally_near=same)
            on_own_platform = officials.entries[r]["platform"] == suspects[c].get("platform")
            reasons = reasons + [f"同一单位另有 {len(same)} 个账号与它同样相符（"
                                 + "、".join(f"{t['platform']}“{t['name']}”" for t in same) + "），"
                                 + ("目标取同平台的账号" if on_own_platform else
                                    "账号所在平台上该单位没有备案账号，"
                                    + _copy_target_reason(officials, suspects[c], ties, c, r) + "，处置时一并核对")]
        if c in numerals:
            reasons = [numerals[c], *reasons]
            evidence = dict(evidence, numerals=numerals[c])
        if keep_all:
            evidence = dict(evidence, pairs=[
                {"target": _target(officials.entries[x[1]]), "layer": x[2].layer, "name_score": x[2].score,
                 "score": x[4][0], "avatar_distance": x[3] if x[3] <= 64 else None}
                for x in sorted(everything[c], key=lambda x: x[0], reverse=True)[:5]])
        yield suspects[c], make_finding(
            "impostor", suspects[c].get("platform"), suspects[c].get("account_id"), score=score, reasons=reasons,
            target=_target(officials.entries[r]), detected_at=ctx.as_of, evidence=evidence,
            name=suspects[c].get("name"))

    # 4-5. No name match: a distinctive avatar copied, or an avatar plus a copied description.
    for c in wanted:
        if c in reported or cand_hashes[slot[c]] is None:
            continue
        acc = suspects[c]
        found = _avatar_and_description(officials, acc, cand_matrix[slot[c]], max_distance) or \
            _avatar_only(officials, acc, forms[c], cand_matrix[slot[c]], cand_colours[slot[c]], max_distance) or \
            pixels.match(acc, forms[c], cand_matrix[slot[c]])
        if found is None:
            if keep_all and c not in best:
                yield acc, None
            continue
        score, r, reasons, evidence = found
        yield acc, make_finding("impostor", acc.get("platform"), acc.get("account_id"), score=score,
                                reasons=reasons, target=_target(officials.entries[r]), detected_at=ctx.as_of,
                                name=acc.get("name"), evidence=evidence)
    # 5b. The rest: names that point at a place of the registry, with a local avatar file, searched by pixels.
    for c, acc in enumerate(suspects):
        if c in best or c in slot:
            continue
        found = pixels.match(acc, forms[c], None) if pixels.may_match(acc) else None
        if found is not None:
            score, r, reasons, evidence = found
            yield acc, make_finding("impostor", acc.get("platform"), acc.get("account_id"), score=score,
                                    reasons=reasons, target=_target(officials.entries[r]), detected_at=ctx.as_of,
                                    name=acc.get("name"), evidence=evidence)
        elif keep_all:
            yield acc, None
    pixels.report(ctx)



def _name_pairs(officials: _Officials, suspects: list[dict], forms: list, min_score: float) -> list:
    """Name pairs ``(candidate, registry row, match)`` of the candidates ``suspects`` (their names read as ``forms``):
    whole names by blocking keys, affixed/reordered/full-unit names by the affix automaton, then every layer that
    starts from a name without a match yet. Each candidate's pairs depend on its own name and profile and the
    registry only — never on another candidate nor on a budget shared by the run — so the candidates may be read
    in slices, in any number of processes (``_name_pairs_of_all``), with the same pairs for each."""
    ci, ri = officials.index.pairs(forms)
    pairs: list[tuple[int, int, NameMatch]] = []
    for c, r in zip(ci.tolist(), ri.tolist()):
        match = compare_names(forms[c], officials.forms[r])
        if match is not None and not (match.layer in ("sound", "shape")
                                      and _sound_alike_other_place(officials, forms[c].core, r)):
            pairs.append((c, r, match))
    ruled_out: dict[int, list] = defaultdict(list)  # registered names found inside a name whose added words vetoed them
    found_each = list(officials.affixes.find_each([form.core for form in forms]))
    held = {c for c, _ in found_each}
    found_each += [(c, found) for c, form in enumerate(forms) if c not in held
                   for found in [_segment_hits(officials, form)] if found]
    for c, found in found_each:
        form = forms[c]
        for variant, before, after, changed in found:
            match = officials.affixed(variant, before, after, changed, following_decoration(form), raw_name=form.raw,
                                      core=form.core)
            if match is not None:
                pairs.append((c, variant.position, match))
            else:
                ruled_out[c].append((variant, before, after, changed))

    pairs += _peeled_pairs(officials, forms, pairs, min_score)
    refolded_out: dict[int, list] = defaultdict(list)  # the same, found by the refolding pass: read beside a scam only
    pairs += _refolded_pairs(officials, forms, pairs, min_score, refolded_out)
    pairs += _abbreviated_pairs(officials, forms, pairs, min_score)
    pairs += _double_pairs(officials, forms, pairs, min_score)
    pairs += _place_layer_pairs(officials, forms, pairs, min_score)
    pairs += _sub_place_pairs(officials, forms, pairs, min_score)
    pairs += _province_abbreviation_pairs(officials, forms, pairs, min_score)
    pairs += _latin_place_pairs(officials, forms, pairs, min_score)
    pairs = _alias_pairs(officials, forms, pairs)
    pairs += _disguised_pairs(officials, suspects, forms, ruled_out, pairs, refolded_out)
    pairs = _same_place_pairs(officials, forms, pairs)
    pairs = [(c, r, match) for c, r, match in pairs if not officials.thing_of_place(forms[c].core, r)]
    return pairs


PARALLEL_MIN_CANDIDATES = 20_000  # fewer candidates are read in this process: a fork costs more than it saves
PARALLEL_SLICE = 8_000  # candidates per slice: what a worker holds at once (its forms, its keys) is one slice's
PARALLEL_WARM_UP = 0.02  # the share of the candidates read here before forking (the lazy tables built once)
_FORKED: tuple | None = None  # (officials, names, suspects, decorations, min_score, slices, taken), for the workers


def _read_names(officials: _Officials, suspects: list[dict], decorations, min_score: float,
                workers: int) -> tuple[list, dict[int, str], list]:
    """Every candidate's name read: ``(forms, numerals, pairs)`` — its form (``analyse_name``, with the numerals of
    ``_Officials.read_numerals`` written as digits), the reasons of those numerals, and the name pairs of
    ``_name_pairs``.

    In one process (``detect.workers`` 1, fewer than ``PARALLEL_MIN_CANDIDATES`` candidates, no ``fork``, or inside a
    daemonic process, which may not have children) that is done in that order. Otherwise ``workers`` processes read:
    this one and ``workers - 1`` forked ones. The registry's tables are built (``_Officials.build_name_tables``) and
    the first ``PARALLEL_WARM_UP`` of the candidates read here (which loads every table a name reading builds on
    first use), so no worker builds one again; the names are joined into one string with their offsets (two
    objects), the objects are frozen (``gc.freeze``: the collector writes to none of their pages) and the workers
    forked. The rest of the candidates is cut into slices of ``PARALLEL_SLICE``, which every process takes from one
    shared counter until none is left, so the load evens out whatever else a process does; this process first makes
    the forms of the rest. Every process makes forms from the joined names, never from the records: after the fork a
    page written by one process is copied (a reference taken to an object writes its count), and a million records
    and names touched would be copied whole. So the workers touch none of this process's candidate objects, only the
    records of the few candidates whose description ``_disguised_pairs`` reads, and the rest of the candidates' work
    (``_distinctive_lookalikes`` …) waits until the workers are gone. (This process reads too instead of waiting: a
    page two workers write is held three times, one this process and one worker write twice.) The pairs are joined
    in candidate order. A candidate's form and pairs depend on its own name and profile and the registry alone, so
    they are those of one process, a candidate's pairs in the same order; only the interleaving of different
    candidates' pairs differs, which nothing after depends on (pairs are gathered per candidate, findings made in
    candidate order)."""
    def forms_of(part: list[dict]) -> tuple[list, dict[int, str]]:
        forms = [analyse_name(a.get("name") or "", decorations) for a in part]
        return forms, officials.read_numerals(forms, decorations)

    if workers <= 1 or len(suspects) < PARALLEL_MIN_CANDIDATES or not hasattr(os, "fork") \
            or multiprocessing.current_process().daemon:
        forms, numerals = forms_of(suspects)
        return forms, numerals, _name_pairs(officials, suspects, forms, min_score)
    officials.build_name_tables()
    first = max(1, int(len(suspects) * PARALLEL_WARM_UP))
    forms, numerals = forms_of(suspects[:first])  # also reads the registered numbers (``read_numerals``)
    pairs = _name_pairs(officials, suspects[:first], forms, min_score)
    raw = [a.get("name") or "" for a in suspects]
    raw = [n if isinstance(n, str) else str(n) for n in raw]  # as ``analyse_name`` reads a name that is no string
    ends = np.cumsum(np.fromiter(map(len, raw), dtype=np.int64, count=len(raw)))
    names = ("".join(raw), np.concatenate(([0], ends)))
    del raw
    slices = [(lo, min(lo + PARALLEL_SLICE, len(suspects))) for lo in range(first, len(suspects), PARALLEL_SLICE)]
    fork = multiprocessing.get_context("fork")
    taken = fork.Value("q", 0)  # the next slice to read, shared by every process
    global _FORKED
    _FORKED = (officials, names, suspects, decorations, min_score, slices, taken)
    gc.freeze()
    try:
        with fork.Pool(workers - 1) as pool:
            # one task per slice, each reading the next slice not taken (or none): the pairs come back slice by slice
            pending = pool.imap_unordered(_name_pairs_taken, range(len(slices)))
            rest = _forms_between(names, first, len(suspects), decorations)
            more = officials.read_numerals(rest, decorations)
            forms += rest
            numerals.update((c + first, why) for c, why in more.items())
            read: dict[int, list] = {}
            while (k := _take_slice(taken, len(slices))) is not None:
                lo, hi = slices[k]
                read[k] = [(c + lo, r, match) for c, r, match in
                           _name_pairs(officials, _Offset(suspects, lo), forms[lo:hi], min_score)]
            read.update(got for got in pending if got is not None)
    finally:
        gc.unfreeze()
        _FORKED = None
    for k in range(len(slices)):
        pairs += read[k]
    return forms, numerals, pairs


def _take_slice(taken, count: int) -> int | None:
    """The next slice no process has taken (``_read_names``), or None when all are."""
    with taken.get_lock():
        k = taken.value
        if k >= count:
            return None
        taken.value = k + 1
    return k


class _Offset:
    """The records ``suspects[lo:]`` numbered from 0, read one at a time (no slice: see ``_read_names``)."""

    def __init__(self, suspects: list[dict], lo: int):
        self.suspects, self.lo = suspects, lo

    def __getitem__(self, c: int) -> dict:
        return self.suspects[self.lo + c]


def _forms_between(names: tuple[str, np.ndarray], lo: int, hi: int, decorations) -> list:
    """``analyse_name`` of the candidates ``lo:hi`` read from the joined names (``_read_names``)."""
    text, offsets = names
    ends = offsets[lo:hi + 1].tolist()
    return [analyse_name(text[i:j], decorations) for i, j in pairwise(ends)]


def _name_pairs_taken(_task: int) -> tuple[int, list] | None:
    """A forked worker of ``_read_names``: the next slice no process has taken and its ``_name_pairs`` (None when all
    are taken), the slice's forms made here from the joined names, its candidates numbered as in the whole list."""
    assert _FORKED is not None, "run only in a worker forked by _read_names"
    officials, names, suspects, decorations, min_score, slices, taken = _FORKED
    k = _take_slice(taken, len(slices))
    if k is None:
        return None
    lo, hi = slices[k]
    forms = _forms_between(names, lo, hi, decorations)
    officials.read_numerals(forms, decorations)
    return k, [(c + lo, r, match) for c, r, match in _name_pairs(officials, _Offset(suspects, lo), forms, min_score)]


def _segment_hits(officials: _Officials, form) -> list:
    """``AffixIndex.find``'s hits in each segment of a name parted by separators (``detectors.affixes.name_segments``:
    咋回事⎸曲附发布⎸…), the other segments added before and after: a respelt character of a registered name is folded
    by its neighbours (``AffixIndex.folds``), and in the name read whole its neighbour across a separator is the last
    character of another phrase, which says nothing of it. Only for a name that found nothing read whole, and only the
    segments holding a character no registered name uses (a segment written in registered characters alone was found
    already, as written)."""
    if not has_separator(form.raw):
        return []  # one segment at most (``name_segments``): not cleaned a second time (a million names at scale)
    segments = name_segments(form.raw)
    if len(segments) < 2:
        return []
    alphabet = officials.affixes.alphabet
    stripped = [_strip_levels(seg) for seg in segments]
    hits = []
    for k, seg in enumerate(segments):
        if alphabet.issuperset(stripped[k]):
            continue
        before, after = "".join(stripped[:k]), "".join(stripped[k + 1:])
        if len(before) > MAX_ADDED or len(after) > MAX_ADDED:
            continue
        hits += [(variant, before + b, a + after, changed) for variant, b, a, changed in officials.affixes.find(seg)]
    return hits


def _disguised_pairs(officials: _Officials, suspects: list[dict], forms: list, ruled_out: dict[int, list],
                     pairs: list, refolded_out: dict[int, list] | None = None) -> list:
    """Pairs of candidates that hold a registered name whole (or with look-alike characters) but were ruled out only
    by words of a business, a person or a medium (云南发布旗舰店, …小店, …直营), when those words are a disguise
    and so count as unknown words (``affix_match(owner_disguise=…)``):

    - the account's description runs a government-impersonation scam (``detectors.profile_claims.read_scam``:
      旧号已停用新号请加QQ…, 上传身份证和银行卡领津贴): a shop does not collect ID cards for an allowance;
    - the name writes the registered name with look-alike or same-sound characters (莲华网恪特产铺 for 莲花网格),
      hides characters in its name (zero-width, tag or combining characters, ``hidden_marks``), or splits a word of
      its with a separator or a symbol (花ꞏ炮专卖, ``split_word``): a business that names itself after a government
      account writes the name as it is, it has no reason to dodge a search for it;
    - the registered name is there whole beside a business's words only (驴肉火烧店, 搬家公司: ``detectors.affixes.
      trade_words_only``) and the account shows no business of its own (``_unbacked_shop``): its description copies
      the unit's own, or it has neither a verification nor a description. A business that really trades under a
      unit's name is verified as a company or says what it sells (劳保用品销售，与公安机关无关); a shop sign hung on a
      unit's name with nothing behind it is the unit's name with unknown words added.

    A name that writes the registered name with a look-alike or same-sound character that breaks its word among added
    words of no class (手工压榨岳羊发布山茶油礼盒) is another name by its words alone; with a scam description
    it is the name disguised twice (``SCAM_RESPELT``), floored for review like a look-alike beside hidden marks.

    The names the refolding pass found (``refolded_out``: a character registered names also use, read as a look-alike
    of another) are read only beside a scam description: a known character changed is weaker evidence than an unknown
    one, and without a scam a trade's words beside it stay a business's (发布会 after a look-alike is a press event).

    Only candidates without any other pair are read, and their descriptions only then: no description is read for
    a name that holds no registered name."""
    paired = {c for c, _, _ in pairs}
    out = []
    refolded = refolded_out or {}
    for c in sorted(set(ruled_out) | set(refolded)):
        if c in paired:
            continue
        scam = read_scam(suspects[c].get("description")) is not None
        hits = ruled_out.get(c, []) + (refolded.get(c, []) if scam else [])
        if not hits:
            continue
        hidden = hidden_marks(suspects[c].get("name") or "")
        split = split_word(suspects[c].get("name") or "")
        for variant, before, after, changed in hits:
            why = disguise_reason(scam, hidden, changed, variant.text, split)
            by_profile = not why and not changed
            if by_profile:
                why = _unbacked_shop(officials, suspects[c], variant.position, before + after)
            if not why:
                continue
            # a look-alike of the name among words of no class is another name (affix_match), unless the description
            # runs a scam too: the respelt name and the scam are two disguises, as a look-alike and hidden marks are
            described = SCAM_RESPELT if scam and changed and changes_break_words(variant.text, changed) else ""
            match = officials.affixed(variant, before, after, changed, following_decoration(forms[c]), why,
                                      raw_name=forms[c].raw, core=forms[c].core, described=described)
            if match is not None and by_profile and match.score > SHOP_PROFILE_MAX:
                match = replace(match, score=SHOP_PROFILE_MAX)  # what the profile lacks is no more than a suspicion
            if match is not None:
                out.append((c, variant.position, match))
        if scam and not any(o[0] == c for o in out):
            out += _claimed_scam_pairs(officials, suspects[c], forms[c], c, hits)
    return out


CLAIMED_SCAM_ZH = "简介自称该单位并且是冒充政务的诈骗话术"


def _claimed_scam_pairs(officials: _Officials, acc: dict, form, c: int, hits: list) -> list:
    """Thirty-third round: the pairs of a candidate ruled out by words of another class of mention (another place, a
    column's, a locative's or a person's words, not only an owner's), when its description runs a scam *and* names the
    unit of the registered name the candidate holds (``_Officials.claimed_units``: its full name, its account name, or
    a copy of its description) — the description says whose account this pretends to be, so the mention words are
    a disguise (``affix_match(claimed_scam=…)``). Read only for candidates with a scam description and no other
    pair."""
    claimed = officials.claimed_units(acc.get("description"))
    if not claimed:
        return []
    out = []
    for variant, before, after, changed in hits:
        if officials.units[variant.position] not in claimed:
            continue
        match = officials.affixed(variant, before, after, changed, following_decoration(form), raw_name=form.raw,
                                  core=form.core, claimed_scam=CLAIMED_SCAM_ZH)
        if match is not None:
            out.append((c, variant.position, match))
    return out


def _unbacked_shop(officials: _Officials, acc: dict, r: int, added: str) -> str:
    """Why a business's words around registry entry ``r``'s whole name are a disguise by the account's own profile,
    in Chinese ("" when the profile backs a business, or the words are not a business's only): the description
    copies the official description of ``r``'s unit (what no shop says of itself), or the account has no
    verification and no description at all (no business of its own to show) — read only when the record carries
    both fields and the platform said them (``unknown_fields``: unknown, not false; a record of a name alone says
    nothing of a profile). Any verification (a company, a person, a medium) or a description of the account's own
    is left to speak for it."""
    description = acc.get("description") or ""
    described = len(_text_key(description)) >= MIN_OWN_DESCRIPTION
    unknown = acc.get("unknown_fields") or ()
    read = all(f in acc and f not in unknown for f in ("verified", "description"))  # else unknown, not empty
    verified = acc.get("verified") or acc.get("verified_type") or (acc.get("verified_reason") or "").strip()
    # the cheap fields first: most records either carry a description of their own or were never read for one
    if (described and acc.get("verified_type") == "media") or (not described and (not read or verified)):
        return ""
    if not trade_words_only(added, officials.own_places(r), officials.affixes.all_places):
        return ""
    if not described:
        return "账号既无认证也无简介，看不出是哪家商户"
    unit = officials.units[r]
    if unit and any(how == "copied" and officials.units[i] == unit
                    for i, how in officials.description_targets(description)):
        return "简介抄袭该单位的官方简介"
    return ""


# Characters that hide in a name: format characters (zero-width space and joiners' kin, bidi controls, tags) and
# combining marks on a letter or digit (1̭2̭3̭, enclosing 1⃢2⃢3⃢), but not what emoji sequences are made of (the zero-width joiner,
# variation selectors 15/16, the keycap and skin tones), which a shop's name may well carry.
_EMOJI_PARTS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def split_word(name: str) -> str:
    """A word of two characters (jieba's dictionary) that a name writes with a separator or a symbol between them
    (花ꞏ炮, 公‗安), as the name writes it; "" when none. Between two words a separator is a name's punctuation
    (大众日报·法治山东); inside one it keeps the word from being searched for, which no business names itself so."""
    words, fold = dictionary_words(), t2s_table()
    prev, gap = "", False
    for ch in name:
        if _is_cjk(ch):
            if gap and prev and (prev + ch).translate(fold) in words:
                return prev + ch
            prev, gap = ch, False
        elif unicodedata.normalize("NFKC", ch).isascii() and ch.isalnum():  # a letter or digit, not ꞏ (U+A78F)
            prev, gap = "", False
        elif prev:
            gap = True
    return ""


def disguise_reason(scam: bool, hidden: list[str], changed: list, text: str = "", split: str = "") -> str:
    """Why words of a business, a person or a medium around a registered name are a disguise (``_disguised_pairs``),
    in Chinese; "" when nothing says so. ``text``: the registered name as the candidate writes it (``changed`` holds
    its substitutions); a changed character counts only where it breaks its word — 重情 (for 重庆) is a word of its
    own, and 重情发布会 the name of an event, not a disguise."""
    if scam:
        return "简介是冒充政务的诈骗话术"
    if changed and changes_break_words(text, changed):
        return "名称用形近或同音字写备案名称，正当商家不会这样写"
    if hidden:
        return f"名称中插入了不可见字符（{'、'.join(hidden)}），正当商家不会这样写"
    if split:
        return f"名称用符号把词“{split}”拆开，正当商家不会这样写"
    return ""


def double_disguise(name: str, text: str, changed: list) -> str:
    """Why ``name`` disguises a registered name twice over, in Chinese ("" when it does not): a look-alike or
    same-sound character in ``text`` (the registered name as the candidate writes it; ``changed`` its substitutions)
    that breaks its word, *and* characters hidden in the name (``hidden_marks``: 稀川1̋2̋3̋4̋5̋ for 淅川12345) or a
    word of it split by a symbol (``split_word``). Either edit alone is weak — a respelt character may be a shop's pun,
    a stray mark a paste — but a name that does both is dodging a search for the unit's name on two counts
    (``detectors.affixes.affix_match(disguised=…)``)."""
    if not changed or not changes_break_words(text, changed):
        return ""
    hidden = hidden_marks(name)
    if hidden:
        return f"名称既用形近或同音字写备案名称，又插入了不可见字符（{'、'.join(hidden)}）"
    split = split_word(name)
    if split:
        return f"名称既用形近或同音字写备案名称，又用符号把词“{split}”拆开"
    return ""


def hidden_marks(name: str) -> list[str]:
    """The hidden characters of ``name`` as code points (U+200B …), in order, each once."""
    out: dict[str, None] = {}
    for k, ch in enumerate(name):
        if ch in _EMOJI_PARTS:
            continue
        cat = unicodedata.category(ch)
        # a combining mark on a letter or digit: non-spacing (1̭) or enclosing (1⃢, 1⃤: Me, the keycap excepted)
        if cat == "Cf" or (cat in ("Mn", "Me") and k and name[k - 1].isalnum()):
            out[f"U+{ord(ch):04X}"] = None
    return list(out)


def _refolded_pairs(officials: _Officials, forms: list, pairs: list, min_score: float,
                    ruled_out: dict[int, list] | None = None) -> list:
    """Pairs of candidates without a name match yet that hold a registered name (its reordering, its unit's name)
    with one or two characters changed into look-alike or same-sound characters that registered names also use, and
    words added around it: 直击芯昌公安 for 新昌公安, 每日浏市洽理 for 柳市治理. The changed characters are found
    as those that make no registered character pair with their neighbours (``AffixIndex.strays``: a dict look-up per
    character, no scan of the registry), tried as the registered characters they look or sound like, and the
    registered name is then looked up like any affixed name (``AffixIndex.find``) and scored by what was added
    (``detectors.affixes.affix_match``), each change costing ``SUBSTITUTION_PENALTY``. A change must break the word
    it stands in (海燕 is a word, not a disguise of 海盐), and one inside the target's place must not spell another
    real place (``_Officials.spells_another_place``, as in every affixed match: 海城 for 海盐 is a genuine account of
    海城). Only names that spell out a registry place or a government word, or keep the words a registered name
    writes after its place (``_Officials.tail_automaton``), are looked at (a name with its place changed keeps its
    body's words: 芯昌公安, 舞工猕猴桃). Two changes are allowed in a name of more than ``SHORT_NAME`` characters, and
    in a shorter one only when they are its whole place (``_place_respelt_whole``: 掌上舞工发布 for 武功发布).
    A name found so whose added words rule it out is filed in ``ruled_out`` for ``_disguised_pairs``, which reads it
    only beside a scam description (a look-alike of the name beside a shop's words and a scam: the shop is the
    disguise)."""
    matched = {c for c, _, m in pairs if m.score >= min_score}
    affixes = officials.affixes
    todo = [c for c, form in enumerate(forms) if c not in matched and len(form.core) >= MIN_CONTAINED]
    placed = bytearray(len(forms))  # which of them name a registry place (``names_a_place``), a chunk at a time
    tails = officials.tail_automaton
    if officials._places() or tails is not None:
        for k in range(0, len(todo), BLOCK_SCAN_CHUNK):
            chunk = todo[k:k + BLOCK_SCAN_CHUNK]
            cores = [forms[c].core for c in chunk]
            for automaton in (officials._place_automaton or None, tails):
                if automaton is not None:
                    for i in texts_holding(automaton, cores):
                        placed[chunk[i]] = 1
    out = []
    for c in todo:
        form = forms[c]
        if not (placed[c] or looks_governmental(form.core) or GOV_HOTLINE.search(form.core)):
            continue  # an imitation keeps the unit's place or its body's words as written (C-speed passes)
        found = False
        for variant, before, after, changed in affixes.find(form.core, strays=True):
            r = variant.position
            text = variant.text
            if len(changed) > (1 if len(text) <= SHORT_NAME and not _place_respelt_whole(officials, variant, changed)
                               else 2):
                continue  # half of a short name changed is another name (常熟小囡 is no 常熟公安)
            if not changes_break_words(text, changed):
                continue
            # ``_Officials.affixed`` first checks that no other real place is spelt (``spells_another_place``)
            match = officials.affixed(variant, before, after, changed, following_decoration(form), core=form.core)
            if match is not None:
                out.append((c, r, match))
                found = True
            elif ruled_out is not None:
                ruled_out[c].append((variant, before, after, changed))
        if not found:
            out += _swapped_refolded(officials, c, form)
    return out


def _place_respelt_whole(officials: _Officials, variant: Variant, changed: list) -> bool:
    """Whether the two characters ``changed`` in a short registered name found by folding (``_refolded_pairs``) are
    the whole of one of its entry's places as the name writes it (two characters, or the first two of a longer place:
    前郭 of 前郭尔罗斯), at the start of the name or (swapped) at its end, the rest written as it is: 舞工发布 for
    武功发布, 发布舞工 for 武功发布. The place respelt in both characters is the disguise (as 丈兆 for 张北 in the
    ``double`` layer); half of the body's words changed is another name (常熟小囡)."""
    if len(changed) != 2:
        return False
    text = variant.text
    at = changed_positions(text, changed)
    if len(at) != 2 or at[1] != at[0] + 1 or at[0] not in (0, len(text) - 2):
        return False
    registered = "".join(next((b for a, b, _ in changed if a == ch), ch) for ch in text)
    respelt = registered[at[0]:at[0] + 2]
    # the place as the name writes it: whole, or by its first two characters (前郭 of 前郭尔罗斯)
    return any(_strip_levels(place).startswith(respelt) for place in officials.affixes.places[variant.position])


def _swapped_refolded(officials: _Officials, c: int, form) -> list:
    """A registered name with its place and its body's words swapped *and* characters of the place changed into
    look-alike or same-sound ones (文旅沦园 for 沧源文旅: 沦 is drawn like 沧, 园 reads like 源). The changed place
    is no registered place, so the block-swap layer cannot find it, and the seam of the swap makes no registered pair,
    so the folding of ``_refolded_pairs`` has no neighbour to go by. Looked at only when the name begins with the
    words a registered name ends with after its place (``_Officials.body_tails``: a set look-up of the first few
    characters), and then the name with that block put back after the rest is folded like any other: it must be the
    whole registered name (nothing added), every changed character must break its word as written and as put back,
    and it is scored as a reordered name with the changes' penalties (``affix_match``), after the check that no other
    real place is spelt."""
    text = _strip_levels(form.core)
    tails = officials.body_tails
    out = []
    for size in range(MIN_TAIL, min(MAX_TAIL, len(text) - MIN_TAIL) + 1):
        if text[:size] not in tails:
            continue
        swapped = text[size:] + text[:size]
        for variant, before, after, changed in officials.affixes.find(swapped, strays=True):
            if before or after or not changed or len(changed) > 2:
                continue
            if not (changes_break_words(text, changed) and changes_break_words(swapped, changed)):
                continue
            match = officials.affixed(Variant("reorder", variant.position, swapped), "", "", changed, core=form.core)
            if match is not None:
                out.append((c, variant.position, match))
        if not out and DOUBLE_NAME_LEN <= len(swapped) <= DOUBLE_MAX_LEN:
            out += _swapped_doubles(officials, c, form, text, swapped, size)
    return out


def _swapped_doubles(officials: _Officials, c: int, form, text: str, swapped: str, size: int) -> list:
    """Two neighbouring characters of the place changed in a swapped name (文旅沦园: neither has a neighbour as
    written to be folded by): the name put back is looked up by the two-substitution keys (``DoubleIndex``), and a
    registered name is kept when each changed character stands for the registered one by shape or sound
    (``substitution``, no rare character), all changes lie in a division name the registered name writes and in none
    the candidate writes (``place_respelt``: the unit's place respelt into no place), and each breaks its word both
    as written and put back. ``size``: the length of the block moved to the end (``swapped[k]`` is
    ``text[(k + size) % len(text)]``)."""
    out = []
    for _, r in zip(*(a.tolist() for a in officials.doubles.block_many([swapped]))):
        b = officials.forms[r].core
        if len(b) != len(swapped):
            continue
        diffs = [k for k in range(len(b)) if swapped[k] != b[k]]
        how = [substitution(form, swapped[k], b[k]) for k in diffs]
        if not diffs or not all(h in ("形近", "音近") for h in how) or not place_respelt(swapped, b, diffs):
            continue
        back = [(k + size) % len(text) for k in diffs]  # where each changed character stands as written
        if not (all(breaks_word(swapped, k) for k in diffs) and all(breaks_word(text, k) for k in back)):
            continue
        changed = [(swapped[k], b[k], "shape" if h == "形近" else "sound") for k, h in zip(diffs, how)]
        match = officials.affixed(Variant("reorder", r, swapped), "", "", changed, core=form.core)
        if match is not None:
            out.append((c, r, match))
    return out


MIN_TAIL = 2  # a body's words after the place: 公安, 发布, 文旅 …
MAX_TAIL = 4  # … up to 人民政府, 12345


def _peeled_other_place(officials: _Officials, core: str, r: int) -> bool:
    """Whether ``core`` (a name with generic words peeled off) is registry entry ``r``'s name with a character of its
    place changed so that it spells another real place (``_other_place``)."""
    text, registered = _strip_levels(core), _strip_levels(officials.forms[r].core)
    if len(text) != len(registered):
        return False
    positions = [k for k, (a, b) in enumerate(zip(text, registered)) if a != b]
    return bool(positions) and _other_place(text, registered, positions, officials.affixes.places[r],
                                            officials.affixes.all_places)


def _sound_alike_other_place(officials: _Officials, core: str, r: int) -> str:
    """Whether ``core`` (a whole name) is registry entry ``r``'s name with characters of its place changed into ones
    that read alike, with or without the tone (drawn alike as well, or not), so that it spells another real place
    (``_other_place``). Places that sound alike are told apart only by how they are written (陕西/山西, 长宁/常宁,
    德清/德庆, 清河/青河): the name is that place's own, as the affixed layers read it
    (``_Officials.spells_another_place``). A real place drawn like the target's but read otherwise (秦安 for 泰安) is
    still a look-alike to review. The place written ("" when none)."""
    text, registered = _strip_levels(core), _strip_levels(officials.forms[r].core)
    if len(text) != len(registered):
        return ""
    positions = [k for k, (a, b) in enumerate(zip(text, registered)) if a != b]
    if not positions or not all(same_sound(text[k], registered[k]) or toneless_all(text[k]) & toneless_all(registered[k])
                                for k in positions):
        return ""
    return _written_other_place(text, registered, positions, officials.affixes.places[r], officials.affixes.all_places)


def _other_place(text: str, registered: str, positions: list[int], own_places: list[str],
                 all_places: frozenset[str]) -> bool:
    """Whether a changed character at ``positions`` falls in one of the target's places in ``registered`` and the
    candidate's ``text`` spells another real place there (a division of the gazetteer or a place of the registry)."""
    return bool(_written_other_place(text, registered, positions, own_places, all_places))


def _written_other_place(text: str, registered: str, positions: list[int], own_places: list[str],
                         all_places: frozenset[str]) -> str:
    """The other real place ``text`` spells where ``registered`` has one of the target's places (``_other_place``);
    "" when none."""
    gaz = gazetteer()
    for place in own_places:
        place = _strip_levels(place)
        i = registered.find(place) if len(place) >= 2 else -1
        if i < 0 or not any(i <= k < i + len(place) for k in positions):
            continue
        written = text[i:i + len(place)]
        if written in all_places or gaz.named(written):
            return written
    return ""


def _same_place_pairs(officials: _Officials, forms: list, pairs: list) -> list:
    """The pairs whose candidate does not write another real division of the target's place name: a name matched
    with its level words removed (长沙市发布 ≈ 长沙县发布, 海城区发布 ≈ 海城发布) is that place's only when the place
    and level word it writes are the target's own division or no division at all (怀宁区 for 怀宁县, 天长县级 for
    天长市: the target's place written wrongly); a real 长沙市 or 海城区 is another place (``other_division``)."""
    return [(c, r, match) for c, r, match in pairs if not officials.other_place(forms[c].core, r)]


_DIVISION_ENDINGS = frozenset("省市县区州盟旗")


def _peeled_pairs(officials: _Officials, forms: list, pairs: list, min_score: float) -> list:
    """Pairs of candidates without a name match yet whose name, with generic words peeled off both ends
    (``detectors.affixes.peel_generic``), is one change away from a registered name: 权威山东消坊 → 山东消坊 ≈ 山东消防."""
    matched = {c for c, _, m in pairs if m.score >= min_score}
    out = []
    for c, form in enumerate(forms):
        if c in matched:
            continue
        for before, peeled, after in _peeled_forms(form.core):
            for r in officials.index.block(peeled):
                if _peeled_other_place(officials, peeled.core, r):
                    continue  # 今日德庆发布: 德庆 is a county of its own, not 德清 misspelt
                name = officials.entries[r].get("name") or ""
                match = peeled_match(compare_names(peeled, officials.forms[r]), before, after, name)
                if match is not None:
                    out.append((c, r, match))
        if len(form.core) >= 2 + MIN_PEELED_CORE:
            out += [(c, r, match) for r, match in officials.place_peeled_matches(form.core)]
    return out


def _abbreviated_pairs(officials: _Officials, forms: list, pairs: list, min_score: float) -> list:
    """Pairs of candidates without a name match yet whose name abbreviates a registered unit's full name
    (荣成市府新闻办 for 荣成市人民政府新闻办公室, whose account is 荣成发布)."""
    matched = {c for c, _, m in pairs if m.score >= min_score}
    shortest = 2 + MIN_ABBREVIATED  # a place of two characters, then the abbreviated rest
    todo = [c for c, form in enumerate(forms) if len(form.core) >= shortest and c not in matched]
    if not todo:
        return []
    abbreviations, alphabet = officials.abbreviations, officials.affixes.alphabet
    out = []
    for k in range(0, len(todo), BLOCK_SCAN_CHUNK):
        # a name whose text (level words removed) holds no unit's place, and no character that registered names do
        # not use (nothing to fold: ``AffixIndex.folds``), abbreviates nothing: one automaton pass for the chunk
        chunk = todo[k:k + BLOCK_SCAN_CHUNK]
        texts = [_strip_levels(forms[c].core) for c in chunk]
        placed = texts_holding(abbreviations.automaton, texts) if not abbreviations.empty else set()
        for i, c in enumerate(chunk):
            if i in placed or not alphabet.issuperset(texts[i]):
                out += [(c, r, match) for r, match in officials.abbreviation_matches(forms[c].core)]
    return out


def _double_pairs(officials: _Officials, forms: list, pairs: list, min_score: float) -> list:
    """Pairs of candidates of four to eight characters without a name match yet that are two look-alike, same-sound
    or rare characters away from a registered name (``detectors.names`` layer ``double``: 单悬罚布 for 单县发布,
    东泰兯安 for 东台公安)."""
    matched = {c for c, _, m in pairs if m.score >= min_score}
    todo = [c for c, form in enumerate(forms)
            if c not in matched and DOUBLE_NAME_LEN <= len(form.core) <= DOUBLE_MAX_LEN]
    out = []
    for k in range(0, len(todo), DOUBLE_SCAN_CHUNK):
        chunk = todo[k:k + DOUBLE_SCAN_CHUNK]
        for i, r in zip(*(a.tolist() for a in officials.doubles.block_many([forms[c].core for c in chunk]))):
            c = chunk[i]
            a, b = forms[c].core, officials.forms[r].core
            if len(a) != len(b) or not all(substitution(forms[c], x, y) for x, y in zip(a, b) if x != y):
                continue  # cheap test first: every changed character must be explained (most hits are unrelated)
            match = compare_names(forms[c], officials.forms[r])
            if match is not None and match.layer == "double":
                out.append((c, r, match))
    return out


DOUBLE_SCAN_CHUNK = 20_000  # candidate names whose two-substitution keys are looked up at once (≤ 560k keys)


def _place_layer_pairs(officials: _Officials, forms: list, pairs: list, min_score: float) -> list:
    """The two layers that start from the registry places a candidate spells out, in one pass over the candidates
    (their names without level words and the places in them are computed once for both):

    - **block swaps**: candidates without a name match as strong as a reordered name that hold a registered name with
      two blocks of it swapped (交警英德英城中队 for 英德交警英城中队, ``detectors.name_index.BlockSwaps``), scored
      like a reordered name with the words added around it (a weaker match may be to a shorter name inside the
      candidate: 发布济南 in 发布济南市中中心客服, whose whole is 济南市中发布 reordered);
    - **bodies of a system**: candidates without a name match as strong as a unit's other name (the block swaps just
      found included) whose name is a body of a registered unit's government system at the unit's own place
      (德化文化馆 for 德化文旅, 福建疾控中心 for 健康福建, 石狮公安巡特警 for 平安石狮: ``detectors.systems``).
      Accounts verified as government never get here (rule 2). A name that is already the unit's own name in
      another form (an abbreviation, its full name, its other name) is explained by that layer: 湖州新闻办
      abbreviates 湖州市人民政府新闻办公室.

    Block-swap pairs come first in the result, then system pairs, as if the layers had run one after the other."""
    if not officials._places():
        return []
    swap_done = {c for c, _, m in pairs if m.score >= max(min_score, AFFIX_SCORES["reorder"])}
    system_bar = max(min_score, SYSTEM_OWN_BODY_SCORE)
    system_done = {c for c, _, m in pairs if m.score >= system_bar}
    own_named = {(c, officials.units[r]) for c, r, m in pairs if m.layer in ("abbrev", "unit", "office", "short")}
    swapped, bodies = [], []
    todo = [c for c in range(len(forms))
            if len(forms[c].core) >= PLACE_LAYER_MIN_LEN and not (c in swap_done and c in system_done)]
    for k in range(0, len(todo), BLOCK_SCAN_CHUNK):
        chunk = todo[k:k + BLOCK_SCAN_CHUNK]
        texts = [_strip_levels(forms[c].core) for c in chunk]
        for i, places in _places_in_each(officials._place_automaton, texts).items():
            c, text = chunk[i], texts[i]
            done = c in system_done
            if c not in swap_done:
                for r, start, end in officials.block_swaps.find(text, places):
                    match = officials.affixed(Variant("reorder", r, text[start:end]), text[:start], text[end:], [])
                    if match is not None:
                        swapped.append((c, r, match))
                        done = done or match.score >= system_bar
            if not done and has_body(text):
                bodies += [(c, r, match) for r, match in officials._system_matches(text, places)
                           if (c, officials.units[r]) not in own_named]
    return swapped + bodies


def _sub_place_pairs(officials: _Officials, forms: list, pairs: list, min_score: float) -> list:
    """Pairs of candidates without a name match yet whose name holds a township of a registered county-level unit's
    county where a place sits (义乌稠城发布 for 义乌发布, ``_Officials.sub_place_matches``). The townships are found
    by one automaton pass over the candidates' names (``SubPlaces``); the township table is read only when the
    registry has county-level units and some candidate is left to look at."""
    # A candidate counts as matched when one of its pairs reaches the bar with no words added around a registered name
    # and none unexplained; one whose every such pair adds words (海南自贸港 + 税务, + 发布) is read here too: with the
    # zone word the registered name writes taken out, the rest may spell another registered name of the place
    # (海南税务, 海南发布), which the whole name points at (``_whole_name_target``).
    matched = {c for c, _, m in pairs if m.score >= min_score and not m.unknown
               and not (m.layer == "affix" and m.added)}
    todo = [c for c in range(len(forms))
            if c not in matched and SUB_PLACE_MIN_LEN <= len(forms[c].core) <= MAX_KEYED_LEN]
    if not todo or officials.sub_places is None:
        return []
    index = officials.sub_places
    out = []
    for k in range(0, len(todo), BLOCK_SCAN_CHUNK):
        chunk = todo[k:k + BLOCK_SCAN_CHUNK]
        texts = [forms[c].core for c in chunk]
        for i, found in _places_in_each(index.automaton, texts).items():
            hits = index.hits(texts[i], found)
            if hits:
                c = chunk[i]
                out += [(c, r, match) for r, match in officials.sub_place_matches(forms[c], hits).items()]
    return out


SUB_PLACE_MIN_LEN = 4  # a township of two characters and a body word of two


def _province_abbreviation_pairs(officials: _Officials, forms: list, pairs: list, min_score: float) -> list:
    """Pairs of candidates without a name match yet that write a province of the registry by its one-character
    abbreviation before a level word or a department's name (川省发布 for 四川发布, 川市监局 for 四川市场监管:
    ``_Officials.province_abbreviation_matches``). The abbreviations are found by one pattern pass over all the
    candidates' names joined (C speed; no per-name Python work unless the pattern hits a name)."""
    return _pattern_pairs(officials.province_abbreviations, officials.province_abbreviation_matches, forms, pairs,
                          min_score)


def _pattern_pairs(pattern, matches, forms: list, pairs: list, min_score: float) -> list:
    """Pairs ``(candidate, registry row, match)`` from ``matches(form, starts)`` for the candidates without a name
    match yet whose names ``pattern`` hits, found by one pass over the names joined per block (C speed; no per-name
    Python work unless the pattern hits a name)."""
    if pattern is None:
        return []
    matched = {c for c, _, m in pairs if m.score >= min_score}
    out = []
    for k in range(0, len(forms), BLOCK_SCAN_CHUNK):
        for i, starts in _pattern_hits(pattern, [f.core for f in forms[k:k + BLOCK_SCAN_CHUNK]]).items():
            c = k + i
            if c in matched or len(forms[c].core) > MAX_KEYED_LEN:
                continue
            out += [(c, r, match) for r, match in matches(forms[c], starts).items()]
    return out


def _lies_beneath(place: str, above: str) -> bool:
    """Whether some division named ``place`` lies inside some division named ``above`` (进贤 inside 江西)."""
    gaz = gazetteer()
    tops = set(gaz.named(above))
    return any(tops.intersection(gaz.ancestors(code)) for code in gaz.named(place))


def _latin_place_pairs(officials: _Officials, forms: list, pairs: list, min_score: float) -> list:
    """Pairs of candidates without a name match yet that write a place of the registry in Latin letters before the
    rest of a name (jx市场监管退款专席 for 江西市场监管: ``_Officials.latin_place_matches``). The spellings are found by
    one pattern pass over all the candidates' names joined (C speed; no per-name Python work unless it hits)."""
    return _pattern_pairs(officials.latin_place_pattern, officials.latin_place_matches, forms, pairs, min_score)


def _alias_pairs(officials: _Officials, forms: list, pairs: list) -> list:
    """``pairs`` with the readings of names that write a place by its nickname or a region (燕赵发布, 岭南慈善:
    ``_Officials.alias_matches``), found by one pattern pass over the names joined. A nickname is read whole before
    its characters are (the longest match): where it reads, a pair of the same name whose target's places the name
    writes only inside the nickname is dropped (燕赵发布 is not 赵县发布 with 燕 added: 赵 is Zhao of 燕赵); a place
    that runs on past the nickname's end keeps its pair (``_written_beyond``: 辽 + 沈北发布 beside 辽沈), and so does a
    pair whose target's places the nickname does not spell at all (魔都 + 怅宁12345: 长宁 respelt after the nickname, which
    stands for 长宁's own city: the reading took nothing from the nickname's characters)."""
    pattern = officials.alias_pattern
    if pattern is None:
        return pairs
    found: dict[int, tuple[list[tuple[int, int]], dict[int, NameMatch]]] = {}
    for k in range(0, len(forms), BLOCK_SCAN_CHUNK):
        for i, starts in _pattern_hits(pattern, [f.core for f in forms[k:k + BLOCK_SCAN_CHUNK]]).items():
            c = k + i
            if len(forms[c].core) > MAX_KEYED_LEN:
                continue
            matches = officials.alias_matches(forms[c], starts)
            if matches:
                found[c] = (officials.alias_spans(forms[c].core, starts), matches)
    if not found:
        return pairs
    out = []
    for c, r, match in pairs:
        if c in found and _read_from_nickname(forms[c].core, officials.affixes.places[r], found[c][0]):
            continue
        out.append((c, r, match))
    return out + [(c, r, match) for c, (_, matches) in found.items() for r, match in matches.items()]


def _read_from_nickname(core: str, places, spans: list[tuple[int, int]]) -> bool:
    """Whether a pair whose target has ``places`` read its place from the characters of a nickname at ``spans``: one
    of the places is written wholly inside a nickname (赵 of 燕赵) and none anywhere else (``_written_beyond``)."""
    if any(_written_beyond(core, p, spans) for p in places):
        return False
    return any(p and a <= k and k + len(p) <= b for p in places for a, b in spans
               for k in range(a, b) if core.startswith(p, k))


def _written_beyond(core: str, place: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``core`` writes ``place`` somewhere not wholly inside one of the nicknames at ``spans``: outside them
    (岭南 + 广州发布), or running on past a nickname's end (辽 + 沈北发布, where 辽沈 reads as Liaoning's nickname but
    沈北 goes on after it: the province's one-character abbreviation before the unit's own place, not 辽宁北发布).
    燕赵发布 writes 赵 only inside 燕赵."""
    if not place:
        return False
    k = core.find(place)
    while k >= 0:
        if not any(a <= k and k + len(place) <= b for a, b in spans):
            return True
        k = core.find(place, k + 1)
    return False


# Groups nested deeper than this make ``re.compile`` recurse past Python's limit (RecursionError near 250): a trie
# that deep (names of the registry that are each other's beginnings, hundreds deep) is written as a flat alternation.
TRIE_NESTING_MAX = 64


def _trie_pattern(words) -> str:
    """A regex alternation of ``words`` shaped as a trie (common beginnings written once), so that the regex engine
    tries one branch per character instead of every word in turn. Built without recursion: a word of thousands of
    characters (a hostile registry row) is as deep a trie; one nested past ``TRIE_NESTING_MAX`` groups is written as a
    flat alternation, longest word first (the same longest match at each position)."""
    words = list(words)
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    built: dict[int, tuple[str, int]] = {}  # id(node) -> (its pattern, groups nested in it)
    stack: list[tuple[dict, bool]] = [(trie, False)]
    while stack:  # children before their parent, without recursion
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            stack.extend((child, False) for ch, child in node.items() if ch)
            continue
        branches = [(re.escape(ch) + built[id(child)][0], built[id(child)][1])
                    for ch, child in sorted(node.items()) if ch]
        for _, child in node.items():
            built.pop(id(child), None)
        optional = "" in node
        if not branches:
            built[id(node)] = ("", 0)
        elif len(branches) == 1 and not optional:
            built[id(node)] = branches[0]
        else:
            body = "(?:" + "|".join(b for b, _ in branches) + ")"
            built[id(node)] = (body + "?" if optional else body, 1 + max(d for _, d in branches))
    pattern, depth = built[id(trie)]
    if depth > TRIE_NESTING_MAX:
        return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
    return pattern


def _pattern_hits(pattern: re.Pattern, texts: list[str]) -> dict[int, list[int]]:
    """Start of each hit of ``pattern`` in each of ``texts`` that has any, by the text's index: one pass over the
    texts joined by a character no name holds; a hit's text is told by counting the separators before it."""
    joined = "\x00".join(texts)
    found: dict[int, list[int]] = defaultdict(list)
    index, last = 0, 0
    for m in pattern.finditer(joined):
        pos = m.start()
        index += joined.count("\x00", last, pos)
        last = pos
        found[index].append(pos - joined.rfind("\x00", 0, pos) - 1)
    return found


def _after_place(text: str, own: str) -> bool:
    """Whether ``text`` (what precedes a zone or level word) ends with the place ``own``, spelled the same or one
    character off (芈容 for 华容; not a one-character place: 澧 of 澧县) but not as another real division's name (桐城 is
    not 桐庐 disguised)."""
    s = _strip_levels(text)
    if len(s) < len(own):
        return False
    tail = s[-len(own):]
    return tail == own or (len(own) >= 2 and _spells_place(tail, own))


def _spells_place(written: str, place: str) -> bool:
    """Whether ``written`` (as long as ``place``) is the place, or the place one character off that is not another
    real division's name (乐卿 for 乐清; 桐城 is not 桐庐 disguised)."""
    if written == place:
        return True
    gaz = gazetteer()
    return sum(a != b for a, b in zip(written, place)) <= 1 and written not in gaz.short and written not in gaz.full


def _in_place_position(text: str, short: str, places: list[str], *, before: bool) -> bool:
    """Whether a township sits where the target's place sits: ``text`` is what precedes it — the county's short
    form, spelled the same or one character off (乐卿 for 乐清), after nothing but the target's places above it
    (浙江, 金华) and not another real division's name (桐城 is not 桐庐 disguised) — or, with ``before``, what
    follows a township written first (稠城义乌发布: the rest starts with the county). "" (the township written
    instead of the place) is the place position by definition."""
    if not text and not before:
        return True
    k = _strip_levels(short)
    s = _strip_levels(text)
    if len(k) < 2 or len(s) < len(k):
        return False
    tail = s[:len(k)] if before else s[-len(k):]
    if not _spells_place(tail, k):
        return False
    if before:
        return True
    head = s[:-len(k)]
    upper = sorted({_strip_levels(p) for p in places if p and _strip_levels(p) != k}, key=len, reverse=True)
    while head:
        place = next((p for p in upper if p and head.startswith(p)), "")
        if not place:
            return False
        head = head[len(place):]
    return True


PLACE_LAYER_MIN_LEN = 2 * MIN_BLOCK  # two blocks of two characters; a place and a body word need as many
BLOCK_SCAN_CHUNK = 50_000  # candidate names joined into one text per automaton pass (a few MB at a time)


def _places_in_each(automaton, texts: list[str]) -> dict[int, list[tuple[int, str]]]:
    """(end index, place) of the automaton's places in each of ``texts`` that holds any, by the text's index: one
    pass over the texts joined by a character no place holds (one call per name costs more than the search)."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    hits = list(automaton.iter("\x00".join(texts)))
    if not hits:
        return found
    ends = np.fromiter(map(itemgetter(0), hits), dtype=np.int64, count=len(hits))
    starts = text_starts(texts)
    owners = np.searchsorted(starts, ends, side="right") - 1  # which text each hit is in, and where it ends there
    for i, end, (_, place) in zip(owners.tolist(), (ends - starts[owners]).tolist(), hits):
        found[i].append((end, place))
    return found


def _peeled_forms(core: str) -> Iterator[tuple[str, NameForm, str]]:
    """(words peeled off the front, the rest as a name form, words peeled off the end) for each way
    ``detectors.affixes.peel_generic`` takes generic words off both ends of ``core``."""
    for before, inner, after in peel_generic(core):
        yield before, NameForm(raw=inner, cleaned=inner, core=inner), after


def _avatar_owners(officials: _Officials, suspects: list[dict], forms: list, best: dict[int, tuple],
                   lookalikes: set[int], slot: dict[int, int], cand_matrix: np.ndarray, cand_colours: np.ndarray,
                   max_distance: int) -> dict[int, tuple]:
    """Name pairs that the avatar overrules (rule 5 beside rule 3): when the name says no more than a place and
    words of no department (安顺便民小助手: a place, 便民, 小助手 — no body word of ``detectors.systems``), the name fits
    any unit of that place about as well, and the pair's own target has no avatar like the candidate's. If the
    avatar is then a near copy of one unit's distinctive avatar (``avatar_only_verdict``: template avatars never
    count, nor an avatar another unit's is as near to, nor a name naming another place), that unit — the avatar's
    owner — is the target, with the avatar rule's score and reasons and the name pair named beside them (the caller
    keeps the name pair when that score is under the threshold). A name that does name a department (a body word,
    or the registered name whole) yields to the avatar only when the description names or copies the avatar's unit
    and not the name pair's (``_described_owner``): a copied distinctive avatar of the unit the profile names outranks
    an office word fitting a unit it does not name.
    Only candidates holding a name pair *and* an avatar that rule 5's first look already found near a distinctive
    avatar (``lookalikes``, ``_distinctive_lookalikes``) are read: no hashing and no cost on the other candidates.
    Returns {candidate: (score, target, reasons, evidence)}."""
    owned = {}
    for c in sorted(lookalikes.intersection(best)):
        _, r, match, dist, _verdict = best[c]
        if dist <= max_distance or match.layer in ("identical", "normalised") or c not in slot:
            continue  # the pair's own target has a like avatar, or the name is the registered name
        # the name itself names a department (or is the registered name whole, with nothing unexplained added, and
        # that says more than its place): the avatar then takes the candidate only when the description names the
        # avatar's unit as well (``_described_owner``)
        worded = (has_body(_strip_levels(forms[c].core)) or bool(respelt_body(forms[c], officials.forms[r].core))
                  or (match.layer == "affix" and not match.unknown and officials.names_more_than_place(r)))
        found = _avatar_only(officials, suspects[c], forms[c], cand_matrix[slot[c]], cand_colours[slot[c]],
                             max_distance, read_scam_description=False)
        if found is None or (officials.units[found[1]] or found[1]) == (officials.units[r] or r):
            continue
        score, target, reasons, evidence = found
        if worded and not _described_owner(officials, suspects[c], r, target, evidence):
            continue
        if not _owner_overrules(officials, suspects[c], r, target, evidence):
            continue
        named = officials.entries[r]
        why = ("名称中的部门用词虽与" if worded else "名称只写了地方和通用词、未写明部门，与")
        reasons = [*reasons, f"{why}“{named.get('name')}”也相近（名称层 {match.score}），但头像是"
                   f"“{officials.entries[target].get('name')}”的专属头像"
                   + ("，简介也指向该单位" if worded else "") + "：目标取头像所属单位"]
        owned[c] = (score, target, reasons, dict(evidence, name_pair={"target": _target(named), "layer": match.layer,
                                                                     "name_score": match.score}))
    return owned


def _described_pixel_owners(officials: _Officials, pixels: _PixelSearch, suspects: list[dict], forms: list,
                            best: dict[int, tuple], owned: dict[int, tuple], slot: dict[int, int],
                            cand_matrix: np.ndarray, max_distance: int, min_score: float) -> dict[int, tuple]:
    """``_avatar_owners`` for the copies the hashes cannot see (rotated, cropped, painted over): a name pair at or
    over the threshold whose description names or copies units (``_Officials.claimed_units``) that do not include
    the pair's own unit, whose own target has no avatar like the candidate's, is searched by pixels
    (``_PixelSearch``, its short list led by the units the description names); when the copy found is the
    distinctive avatar of a unit the description names, that unit is the target (the emblem and the profile point at
    one unit, an office word of the name at another it does not name). The name pair is named beside the reasons.
    Returns {candidate: (score, target, reasons, evidence)}."""
    out = {}
    for c in sorted(best):
        if c in owned:
            continue
        _, r, match, dist, verdict = best[c]
        if verdict[0] < min_score or dist <= max_distance or match.layer in ("identical", "normalised"):
            continue
        acc = suspects[c]
        if government_verification(acc) or not pixels.may_match(acc):
            continue
        claimed = officials.claimed_units(acc.get("description"))
        if not claimed or officials.units[r] in claimed:
            continue
        found = pixels.match(acc, forms[c], cand_matrix[slot[c]] if c in slot else None)
        if found is None or not officials.units[found[1]] or officials.units[found[1]] not in claimed:
            continue
        score, target, reasons, evidence = found
        named = officials.entries[r]
        reasons = [*reasons, f"名称与“{named.get('name')}”相近（名称层 {match.score}），但简介指向的是"
                   f"“{officials.entries[target].get('name')}”所属单位，头像也是该单位的专属头像：目标取头像所属单位"]
        out[c] = (score, target, reasons, dict(evidence, name_pair={"target": _target(named), "layer": match.layer,
                                                                   "name_score": match.score}))
    return out


def _described_owner(officials: _Officials, acc: dict, r: int, target: int, evidence: dict) -> bool:
    """Whether the avatar rule's ``target`` may take a candidate whose name names a department from its name pair's
    entry ``r`` (``_avatar_owners``): the avatar is a near copy of the distinctive avatar of the unit the description
    names or copies (``_Officials.claimed_units``), and the description does not name the name pair's unit. Two
    independent copies (the emblem and the profile) then point at one unit, and an office word of the name (发布,
    办事处) fitting another unit's name is the weaker reading."""
    if not evidence.get("description_points_at_unit"):
        return False
    claimed = officials.claimed_units(acc.get("description"))
    return officials.units[target] in claimed and officials.units[r] not in claimed


def _owner_overrules(officials: _Officials, acc: dict, r: int, target: int, evidence: dict) -> bool:
    """Whether the avatar rule's ``target`` may take the candidate from its name pair's entry ``r``
    (``_avatar_owners``): the avatar must be the owner's own picture, not merely near it by hash — its colours the
    owner's (``BARE_MAX_COLOUR``, or unknown) or, recoloured, its drawing the owner's (``STRUCTURE_BARE``: a hash
    band alone also holds unrelated pictures of another hue) — and the description must not point at the name
    pair's unit instead (its unit's full name or account name spelt out, its description copied: the name and the
    description then agree on one unit, the avatar alone on another)."""
    tint = evidence.get("colour_distance")
    recoloured = tint is not None and tint > BARE_MAX_COLOUR
    if recoloured and evidence.get("structure_similarity", 0.0) < STRUCTURE_BARE:
        drawing = _Drawing(officials, acc, target)
        if not drawing.singles_out([], STRUCTURE_BARE):
            return False
    claimed = officials.claimed_units(acc.get("description"))
    own = officials.units[r]
    return not (own and own in claimed and officials.units[target] not in claimed)


LONE_PLACE_PENALTY = 0.12  # a one-character place respelt without its level word (``_Officials.lone_place_respelt``)


FORMER_RESPELT_PENALTY = 0.06  # a former name written with look-alikes of its own (南汁区 for 南汇区): two steps from
# today's registered name (the old name, then the disguise), weaker than today's name respelt (蕴城 reads as 郓城 by
# sound before it reads as 莱城, 莱芜区's former name, by a shared part)


def _weaken_respelt_former(match: NameMatch) -> NameMatch:
    """``match`` less ``FORMER_RESPELT_PENALTY``, with the reason: the former name it writes is itself respelt."""
    match.score = round(match.score - FORMER_RESPELT_PENALTY, 3)
    match.reasons.append(f"写的旧地名本身也改了字：比改写今名多隔一层，证据较弱（扣 {FORMER_RESPELT_PENALTY}）")
    return match


def _weaken_lone_place(match: NameMatch, place: str) -> NameMatch:
    """``match`` less ``LONE_PLACE_PENALTY``, with the reason: its place ``place`` is one character, respelt."""
    match.score = round(match.score - LONE_PLACE_PENALTY, 3)
    match.reasons.append(f"改写的是一字地名“{place}”的那个字，且未写级别字：地名一字不剩，证据较弱"
                         f"（扣 {LONE_PLACE_PENALTY}）")
    return match


def respelt_body(cand: NameForm, registered: str) -> str:
    """The body word of the registered name (``detectors.systems.has_body``: 卫健委, 公安, 发布) that ``cand`` writes
    with one character changed into a look-alike or same-sound one (``detectors.names.substitution``: 卫减委 for
    卫健委), "" when none. Such a name names the department all the same, disguised: it says more than a place and
    general words."""
    text, reg = _strip_levels(cand.core), _strip_levels(registered)
    for word in dict.fromkeys(m.group() for m in body_words(reg)):
        size = len(word)
        for i in range(len(text) - size + 1):
            window = text[i:i + size]
            diffs = [k for k in range(size) if window[k] != word[k]]
            if len(diffs) == 1 and substitution(cand, window[diffs[0]], word[diffs[0]]):
                return word
    return ""


def _distinctive_lookalikes(officials: _Officials, suspects: list[dict], forms: list, base_dir,
                            max_distance: int) -> set[int]:
    """Suspects whose avatar may be a near copy of a unit's distinctive registry avatar (rule 5's first look).

    Small runs (suspects × distinctive avatars ≤ ``EXACT_PAIRS``) look at every suspect and compare exactly. In
    large runs hash bands would let nearly everything through, so only names that mention a place of the registry
    are looked at (government-sounding names are looked at anyway): a name with neither is not examined there.
    Stored fingerprints are read with numpy (``quick_matrix``); only records without them and with a local avatar
    file are hashed here."""
    if not officials.distinctive_positions:
        return set()
    pool = list(range(len(suspects)))
    if len(pool) * len(officials.distinctive_positions) > EXACT_PAIRS:
        pool = [c for c in pool if officials.names_a_place(forms[c].core)]
    if not pool:
        return set()
    stored = [suspects[c].get("avatar_hashes") if isinstance(suspects[c].get("avatar_hashes"), dict) else None
              for c in pool]
    hits = officials.distinctive.hits(quick_matrix(stored), max_distance)
    missing = [k for k, h in enumerate(stored) if h is None and suspects[pool[k]].get("avatar")]
    if missing:
        computed = hash_matrix([hashes_for_record(suspects[pool[k]], base_dir) for k in missing])
        hits[np.asarray(missing, dtype=np.int64)] |= officials.distinctive.hits(computed, max_distance)
    return {pool[k] for k in np.flatnonzero(hits).tolist()}


def _avatar_only(officials: _Officials, acc: dict, form, row: np.ndarray, colour: np.ndarray, max_distance: int,
                 read_scam_description: bool = True):
    """Rule 5 (see ``avatar_only_verdict``): the finding's score, target, reasons and evidence, or None."""
    return avatar_only_verdict(officials, acc, form, row, colour, max_distance, read_scam_description)[0]


def avatar_only_verdict(officials: _Officials, acc: dict, form, row: np.ndarray, colour: np.ndarray,
                        max_distance: int, read_scam_description: bool = True) -> tuple[tuple | None, str]:
    """Rule 5: a near copy of one unit's distinctive avatar, on a name that points at no other place.
    Returns (the finding's score, target, reasons and evidence, or None; why, in Chinese, for ``explain``).

    The registry avatars near the suspect's (those within ``AVATAR_MARGIN`` bits of the nearest) are ranked by
    colour first (those whose colours are as close as any, or unknown), then by distance; the first is the target.
    Another unit's avatar as near (within ``AVATAR_MARGIN`` bits) makes the image ambiguous unless its colours are
    clearly further (``COLOUR_MARGIN``).
    A government-sounding name (``sounds_official``: a service desk's words count too) or a place of the target unit
    gives ``AVATAR_ONLY_SCORE``; any other name needs a close copy (``BARE_MAX_DISTANCE``) with the same colours
    (``BARE_MAX_COLOUR``), no word of a business, person or medium (``detectors.affixes.OWNER_WORDS``: 泉城美食 is a
    food blog), and gives the lower ``AVATAR_ONLY_BARE_SCORE``. An account verified as a medium is never judged by
    its avatar alone (a medium shows the units it reports on); one verified as another organisation (a company)
    only on that close copy, at the lower score: a company has no use for a unit's own emblem."""
    org = verified_organisation(acc)
    if org and acc.get("verified_type") == "media":
        return None, "账号认证为媒体，头像规则不适用"
    near = officials.distinctive.near(row, max_distance)
    if not near:
        return None, f"头像与任何单位的专属头像都不接近（汉明距离 ≤ {max_distance}）；与模板头像相同不能说明问题"
    tints = colour_distances(colour, officials.colours[np.asarray([r for r, _ in near], dtype=np.int64)])
    closest = float(np.nanmin(tints)) if not np.isnan(tints).all() else None

    def fits(t: float) -> bool:
        return closest is None or np.isnan(t) or t <= closest + COLOUR_MARGIN

    # Colour only chooses among the avatars about as near as the nearest (within ``AVATAR_MARGIN`` bits): a copy
    # recoloured by the impostor matches its own unit's layout exactly and no colour, and must not be handed to a
    # farther design that merely shares its new hue.
    # The description, when it copies or names one unit, chooses among them first ("本号为…授权合作账号").
    claimed = officials.claimed_units(acc.get("description"))
    nearest = min(dist for _, dist in near)
    # Among one unit's entries (one avatar on several platforms) the one whose own description is copied is the one
    # copied; then the same platform.
    # Then (colour not deciding) the unit of the place the name gives, written out or by its nickname.
    literal = officials.places_in(form.core)  # one automaton pass, in the order the name writes them
    pointed = literal + officials.nicknamed_places(form.core, literal)
    towns = officials.towns_pointed_at(form.core, pointed)  # a township of the county (王家坝 of 阜南)
    pointed += towns
    formers = officials.area_pointed_at(form.core, pointed)  # a former name or a division in it (思茅 of 普洱)
    pointed += formers
    if pointed:  # the place written out, by its nickname or landmark, or by one of its townships
        near, nearest = _recoloured_of_named_place(officials, acc, row, near, nearest, pointed, max_distance)
    k = min(range(len(near)), key=lambda i: (near[i][1] > nearest + AVATAR_MARGIN,
                                             officials.units[near[i][0]] not in claimed, not fits(tints[i]),
                                             not _gives_own_place(officials.affixes.places[near[i][0]], pointed),
                                             near[i][1],
                                             -officials.copy_ratio(acc.get("description"), near[i][0]),
                                             officials.entries[near[i][0]]["platform"] != acc.get("platform"),
                                             near[i][0]))
    (r, d), tint = near[k], float(tints[k])
    rivals = [x for x, _ in officials.every_variant.near(row, d + AVATAR_MARGIN)
              if officials.units[x] != officials.units[r]]
    if rivals and not np.isnan(tint):
        rival_tints = colour_distances(colour, officials.colours[np.asarray(rivals, dtype=np.int64)])
        rivals = [x for x, t in zip(rivals, rival_tints.tolist()) if not t >= tint + COLOUR_MARGIN]
    described = bool(officials.units[r]) and officials.units[r] in claimed
    if described:  # the description singles out the unit where the image alone does not
        rivals = [x for x in rivals if officials.units[x] in claimed]
    drawing = _Drawing(officials, acc, r)
    if rivals and drawing.singles_out(rivals, STRUCTURE_MIN):  # a recoloured copy: its edges are the target's
        rivals = []
    entry = officials.entries[r]
    own = officials.affixes.places[r]
    named = list(literal)
    if named and not any(p in own for p in named):
        return None, f"头像接近“{entry.get('name')}”，但名称指向其他地方（{'、'.join(named)}）"
    named += [p for p in officials.nicknamed_places(form.core, named) if p in own]  # a nickname only supports
    named += [p for p in officials.own_town_shorts(r) if p in form.core and p not in named]  # so does 天堂 for 天堂镇
    named += [p for p in towns if p in own and p not in named]  # and any township of the unit's county
    named += [p for p in formers if p in own and p not in named]  # and a former name or a division in it
    by_place = False
    if rivals and _gives_own_place(own, named):
        # One layout shared by units of several places (each city's 卫健委 badge, recoloured): the name giving the
        # unit's own place (written out or by its nickname: 泉城 for 济南; a province only for the province's own
        # units, 广东 says nothing of which city) chooses among them, as a description does — a rival within the
        # named place as well still makes the image ambiguous.
        kept = [x for x in rivals if any(p in officials.affixes.places[x] for p in named)]
        by_place = len(kept) < len(rivals)
        rivals = kept
    if rivals:  # another unit's avatar is nearly as close: the image does not single out one unit
        other = officials.entries[rivals[0]]
        return None, (f"头像最接近“{entry.get('name')}”（汉明距离 {d}），但另一单位的“{other.get('name')}”同样接近，"
                      "颜色也无法区分：头像不能指向单一单位")
    governmental = sounds_official(acc, form)
    worded = [w for w in officials.own_words(r) if w in form.core]  # 数字 of 数字安徽 in 江淮大地数字生活
    same_colours = not np.isnan(tint) and tint <= BARE_MAX_COLOUR

    def close_copy() -> bool:
        """A close copy (``BARE_MAX_DISTANCE``) with the same colours — or with its colours changed and its drawing
        kept, a recoloured copy (its edges singling out the unit among the registry avatars near it by hash) — on a
        name without a word of a business, person or medium."""
        if d > BARE_MAX_DISTANCE or explain_added(form.core).owner:
            return False
        return same_colours or drawing.singles_out(
            [x for x, _ in near if officials.units[x] != officials.units[r]], STRUCTURE_BARE)
    told = f"简介抄袭或点名“{entry.get('name')}”所属单位"
    # what the description asks of its reader (a fee, a bank card, a private contact): read only here, for a suspect
    # whose avatar already singles out one unit
    # (not when the avatar is asked whether it overrules a name pair, ``_avatar_owners``: a scam says the account is
    # an impostor, not whose emblem it copied, so it must not hand the target from the name's unit to the avatar's)
    scam = read_scam(acc.get("description")) if read_scam_description else None
    if org:
        if described:
            score = AVATAR_ONLY_BARE_SCORE
            reasons = [f"账号认证为“{org}”，却使用“{entry.get('name')}”的单位专属头像，且{told}；需人工复核"]
        elif scam is not None:
            score = AVATAR_ONLY_BARE_SCORE
            reasons = [f"账号认证为“{org}”，却使用“{entry.get('name')}”的单位专属头像，且简介是冒充政务的诈骗话术；"
                       "需人工复核"]
        elif not close_copy():
            return None, (f"账号认证为“{org}”；头像接近“{entry.get('name')}”的专属头像（汉明距离 {d}），但其他机构只在"
                          f"颜色一致（差异 ≤ {BARE_MAX_COLOUR}）或仅改了颜色（轮廓相关 ≥ {STRUCTURE_BARE}）、距离 ≤ {BARE_MAX_DISTANCE} "
                          "且名称无商业或个人用词时才算冒用")
        else:
            score = AVATAR_ONLY_BARE_SCORE
            reasons = [f"账号认证为“{org}”，却使用“{entry.get('name')}”的单位专属头像；需人工复核"]
    elif governmental or ((named or worded) and not explain_added(form.core).persons):
        # (a place or the unit's own words alone, beside a noun naming a person — 考古迷, 解说员, 老读者 — name a
        # person's account about the place: it then needs what any other name needs, below; 老 of 老照片 is no person)
        score = AVATAR_ONLY_SCORE
        reasons = [f"名称“{acc.get('name')}”" + ("像政务账号" if governmental else "不像政务账号，但")
                   + (("，且" if governmental else "") + f"指向同一地方（{'、'.join(named)}）" if named else "")
                   + (("，" if governmental or named else "") + f"重复该单位名称中地名以外的词或其业务用词（{'、'.join(worded)}）"
                      if worded else "")]
        if described:
            reasons.append(told)
    elif described:
        # Two independent copies point at one unit: its distinctive emblem and its description or name. The
        # account's own words (生活圈, 观察) do not make it somebody else's then.
        score = AVATAR_ONLY_SCORE
        reasons = [f"名称“{acc.get('name')}”不像政务账号，但{told}"]
    elif close_copy():
        score = AVATAR_ONLY_BARE_SCORE
        reasons = [f"名称“{acc.get('name')}”不像政务账号，也未指明其他地方；仅凭头像判断，需人工复核"]
    elif scam is not None:
        # the unit's own emblem on an account that asks the public for fees, bank cards or a private contact
        score = AVATAR_ONLY_BARE_SCORE
        reasons = [f"名称“{acc.get('name')}”不像政务账号，但简介是冒充政务的诈骗话术；需人工复核"]
    else:
        return None, (f"头像接近“{entry.get('name')}”的专属头像（汉明距离 {d}），但名称既不像政务账号也未指明该地"
                      "（或只写了地方、另含指人的称呼）；"
                      f"这时只认颜色一致（差异 ≤ {BARE_MAX_COLOUR}）或仅改了颜色（轮廓相关 ≥ {STRUCTURE_BARE}）、"
                      f"距离 ≤ {BARE_MAX_DISTANCE} 且名称无商业或个人用词的副本")
    reasons.append(f"头像与“{entry.get('name')}”的专属头像几乎相同（汉明距离 {d}/64"
                   + (f"，颜色差异 {tint:.2f}" if not np.isnan(tint) else "")
                   + (f"，轮廓相关 {drawing.own:.3f}（颜色改过，图形未变）" if drawing.used else "")
                   + "；该头像不是多个单位共用的模板）")
    if scam is not None:
        reasons.append(scam.summary())
    evidence = {"layer": "avatar", "avatar_distance": d, "target_unit": entry.get("unit"),
                "name_governmental": governmental, "name_places": named, "description_points_at_unit": described}
    if scam is not None:
        evidence["profile_scam"] = scam.as_evidence()
    if by_place:
        evidence["layout_shared_by_places"] = True
        reasons.append("同一版式的头像也有其他地方的单位在用（颜色无法区分），名称中的地方指明了是哪一个")
    if worded:
        evidence["name_unit_words"] = worded
    if not np.isnan(tint):
        evidence["colour_distance"] = round(tint, 3)
    if drawing.used:
        evidence["structure_similarity"] = round(drawing.own, 3)
    return (score, r, reasons, evidence), "头像层：" + "；".join(reasons)


def _recoloured_of_named_place(officials: _Officials, acc: dict, row: np.ndarray, near: list, nearest: int,
                               named: list[str], max_distance: int) -> tuple[list, int]:
    """Rule 5 when the avatars nearest by hash are other places' while the name gives a place: a copy recoloured by
    the impostor can come out nearer by hash to another unit's design of the same layout (each county's police badge
    in its own colours) than to its own unit's. Then the avatars a little farther (up to ``AVATAR_MARGIN`` bits beyond
    ``max_distance``) of a unit of the named place are looked at, and one whose drawing without colours is the
    suspect's (edge maps, ``STRUCTURE_BARE``, and ``STRUCTURE_MARGIN`` closer than every other unit's avatar near by
    hash: ``_Drawing.singles_out``) replaces the list: the image is that unit's, recoloured. (near, nearest)
    unchanged otherwise."""
    places = officials.affixes.places
    if any(_gives_own_place(places[r], named) for r, dist in near if dist <= nearest + AVATAR_MARGIN):
        return near, nearest
    wide = officials.distinctive.near(row, max_distance + AVATAR_MARGIN)
    units = officials.units
    for r, _dist in sorted(wide, key=lambda x: x[1]):
        if not _gives_own_place(places[r], named):
            continue
        others = [x for x, _ in near if units[x] != units[r]]
        if _Drawing(officials, acc, r).singles_out(others, STRUCTURE_BARE):
            own = [(x, dist) for x, dist in wide if units[x] == units[r]]
            return own, min(dist for _, dist in own)
    return near, nearest


def _province_level(entry: dict, places: list[str]) -> bool:
    """Whether a registry entry is a unit of a province's own level: its region's most specific division is a
    province (``detectors.places.region_division``; an autonomous region is written several ways, 广西 and 广西区,
    so the number of its places does not tell), or, for a region the gazetteer does not know, it has one place."""
    code = region_division(entry.get("region") or "")
    division = gazetteer().divisions.get(code) if code else None
    return division.level == 1 if division is not None else len(places) == 1


def _gives_own_place(places: list[str], named: list[str]) -> bool:
    """Whether ``named`` holds a unit's own place: the last (deepest) of its ``places``, 济南 for 济南卫健委 (山东 is
    also the province's other units' place)."""
    return bool(places) and places[-1] in named


def person_handle(core: str) -> list[str]:
    """The words of a name ``core`` that make it a person's handle for the pixel search's gate
    (``detectors.affixes.person_words``: 酸汤妹, 老王), less a person prefix (老/阿) whose word is a modifier: the
    prefix, one character and one character that jieba's dictionary holds as a noun and not as a verb, closing the
    name (老爸 + 茶, 阿婆 + 面) — a compound headed by its last noun, a thing named for a person (a local drink, a
    dish), not a person speaking (老王说: 说 is a verb) nor a person alone (老王). Every 老/阿 of the name must be
    so; any other person word keeps the name a person's."""
    words = person_words(core)
    if not words or any(w not in PERSON_PREFIXES for w in words):
        return words
    classes = jieba_classes()
    single_verbs, single_nouns = classes.single_verbs, classes.single_nouns
    starts = [i for i, ch in enumerate(core) if ch in PERSON_PREFIXES]
    if starts and all(i + 3 == len(core) and core[-1] in single_nouns and core[-1] not in single_verbs
                      for i in starts):
        return []
    return words


def sounds_official(acc: dict, form) -> bool:
    """Whether a name sounds like a government account to the avatar rules: a government word
    (``detectors.government.looks_governmental``: 发布, 公安, 政情), or the words of an office's service desk
    (``offers_public_service``: 办事咨询, 百事帮, 诉求直通) or of a local news bulletin (``publishes_local_news``: 快讯,
    播报, 新鲜事) on a name with no word of a business, a person, a column or a place beside the unit
    (``detectors.affixes.explain_added``: 美食咨询, 打卡指南, 门口办事, 美食头条 are somebody else's).
    Only read once an avatar has singled out one unit: a service desk's words alone say nothing of whose desk."""
    if looks_governmental(acc.get("name")):
        return True
    return ((offers_public_service(form.core) or publishes_local_news(form.core))
            and not explain_added(form.core).rules_out)


class _Drawing:
    """The suspect's drawing without its colours against registry avatars (``detectors.avatar.structure_similarity``
    of edge maps), for rule 5 when colour cannot decide: read from the suspect's local avatar file on first use."""

    def __init__(self, officials: _Officials, acc: dict, r: int):
        self.officials, self.acc, self.r = officials, acc, r
        self._mine: np.ndarray | None = None
        self._read = False
        self.own = float("nan")  # the target's correlation, once read
        self.used = False  # the drawing decided something

    def _similarity(self, x: int) -> float | None:
        if not self._read:
            self._mine, self._read = structure_for_record(self.acc, self.officials.base_dir), True
        return structure_similarity(self._mine, self.officials.structure(x))

    def singles_out(self, others: list[int], minimum: float) -> bool:
        """Whether the suspect's drawing is the target's (at least ``minimum``) and clearly closer
        (``STRUCTURE_MARGIN``) than each of ``others`` (entries of other units) — all of them known."""
        own = self._similarity(self.r)
        if own is None or own < minimum:
            return False
        self.own = own
        for x in dict.fromkeys(others):
            theirs = self._similarity(x)
            if theirs is None or theirs > own - STRUCTURE_MARGIN:
                return False
        self.used = True
        return True


class _PixelSearch:
    """Rule 5 for copies the hashes cannot see: an avatar cropped deep into its centre, shrunk into a screenshot or
    turned by 4° or more (``detectors.avatar.pixel_similarity``), or painted over (a watermark, a sticker, a frame:
    ``detectors.avatar.overlay_reading``, ``OVERLAY_KEPT``), on a name that points at the unit.

    Only suspects with a local avatar file, not verified as a medium, whose name sounds governmental or names a
    place of the registry or whose description points at a unit (``_Officials.claimed_units``) — any other suspect
    only for a copy turned about its centre (``_turned``); one verified as
    another organisation (a company) only when its description points at a unit, or its name writes the unit's place
    without a word of a business, person or medium and the copy is contained almost perfectly
    (``PIXEL_MIN_PLACE_ONLY``; as in rule 5 by hashes: a company has no use for a unit's own emblem). A name that
    only names a place, with a person's nickname (凯里酸汤妹, 老王: ``detectors.affixes.person_words``), is a person's
    own picture of the place and is not searched. Each is
    compared with a short list of distinctive registry avatars:
    those of the units its description points at, of the places its name names (a place shared by more than
    ``PIXEL_MAX_PER_PLACE`` avatars says too little: then only those of its units whose registered name's own words
    the name repeats, 安徽工会 for 扩散安徽省级工会) and the ``PIXEL_NEAREST`` nearest by hash (when the registry
    has at most ``PIXEL_MAX_REGISTRY`` distinctive avatars). A unit counts when its avatar is contained almost
    perfectly (``PIXEL_MIN``; ``PIXEL_MIN_PLACE_ONLY`` when nothing but a place in the name points at it) and
    clearly better (``PIXEL_MARGIN``) than any other listed unit's; the name must not name another place, and the
    finding (``AVATAR_ONLY_BARE_SCORE``) asks for review.

    The run's comparisons are bounded (``detect.avatar_pixel_max_pairs``, ~15-35 ms each): a suspect whose short
    list no longer fits in what is left is not searched, and is counted (``unchecked``) so that the run reports
    how many suspects went without a pixel check (``report``)."""

    def __init__(self, officials: _Officials, base_dir, max_pairs: int):
        self.officials = officials
        self.base_dir = base_dir
        self.max_pairs = max_pairs
        self.tried = 0  # pairs compared by pixels in this run
        self.searched = 0  # suspects searched
        self.unchecked = 0  # suspects that qualified but found the run's budget spent
        self._pixels: dict[int, np.ndarray | None] = {}
        self._shots: dict[int, ShotTemplates | None] = {}  # registry avatars as ``shot_templates``
        self._fine: dict[int, tuple[np.ndarray, np.ndarray] | None] = {}  # grey and RGB levels at ``FINE_SIDE``
        self._palettes: dict[int, np.ndarray] = {}  # the registry avatar's colours (``_registry_palette``)
        self._overlays: dict[int, OverlayImage | None] = {}  # registry avatars as the overlay reading reads them
        self._template_rows: list[int] | None = None  # one entry per template avatar (``_nearest_templates``)
        # (signatures, entry, distinctive?) of one entry per registry avatar file (``_nearest_turned``)
        self._turns: tuple[np.ndarray, list[int], list[bool]] | None = None
        self._file_entries: dict[str, list[int]] = {}  # registry avatar file -> every entry showing it
        self._by_unit: dict[str, list[int]] | None = None
        self._by_place: dict[str, list[int]] | None = None
        self._by_own_place: dict[str, list[int]] = {}  # a province -> the entries of the province's own level
        self._by_rest: dict[str, dict[str, list[int]]] = {}  # place -> registered name less the place -> entries
        self._candidate_colour: tuple[dict, np.ndarray] | None = None  # (the record, its hue histogram)
        self._towns = None  # Aho-Corasick automaton of the registry townships' short forms (``_towns_in``)

    def may_match(self, acc: dict) -> bool:
        """A cheap first look (no file read): a local avatar path and distinctive registry avatars to look for."""
        return bool(self.officials.distinctive_positions) and local_avatar_path(acc) is not None

    def report(self, ctx: DetectionContext) -> None:
        """The run's pixel figures in ``ctx.stats``, and a note when suspects went without a pixel check."""
        ctx.stats["impostor.pixel_pairs"] = ctx.stats.get("impostor.pixel_pairs", 0) + self.tried
        ctx.stats["impostor.pixel_searched"] = ctx.stats.get("impostor.pixel_searched", 0) + self.searched
        ctx.stats["impostor.pixel_unchecked"] = ctx.stats.get("impostor.pixel_unchecked", 0) + self.unchecked
        if self.unchecked:
            ctx.notes.append(
                f"仿冒检测：头像像素比对已达本次上限（detect.avatar_pixel_max_pairs = {self.max_pairs} 对，已比对 "
                f"{self.tried} 对、{self.searched} 个账号），另有 {self.unchecked} 个嫌疑账号未做像素比对（深度裁切、截图或旋转中的"
                "头像可能漏检）；可调高该设置或缩小检测范围后重新运行")

    def _indexes(self) -> None:
        by_unit: dict[str, list[int]] = defaultdict(list)
        by_place: dict[str, list[int]] = defaultdict(list)
        for r in self.officials.distinctive_positions:
            if self.officials.units[r]:
                by_unit[self.officials.units[r]].append(r)
            for p in self.officials.affixes.places[r]:
                by_place[p].append(r)
        by_own: dict[str, list[int]] = defaultdict(list)
        for r in self.officials.distinctive_positions:
            if _province_level(self.officials.entries[r], self.officials.affixes.places[r]):
                for p in self.officials.affixes.places[r]:  # 广西 and 广西区 both name the region
                    by_own[p].append(r)
        self._by_unit, self._by_place, self._by_own_place = by_unit, by_place, by_own
        towns: dict[str, set[str]] = defaultdict(set)  # a township's short form -> its places (天堂 -> 天堂镇)
        for r in self.officials.distinctive_positions:
            for short, p in self.officials.own_towns(r):
                towns[short].add(p)
        if towns:
            import ahocorasick
            automaton = ahocorasick.Automaton()
            for short, full in towns.items():
                automaton.add_word(short, sorted(full))
            automaton.make_automaton()
            self._towns = automaton

    def _place_listing(self, place: str, core: str) -> set[int]:
        """The distinctive avatars (entries) a name ``core`` giving ``place`` lists for the pixel search: all of the
        place's, unless more than ``PIXEL_MAX_PER_PLACE`` avatar files show there — crowded by its avatars, not its
        accounts (a unit showing one file on four platforms is one avatar to compare: eight designs on 22 accounts
        are as few as eight) — then those whose registered name's own words the name repeats and, for a province,
        the units of its own level (湖南办件查询: the province's bureaus), when few."""
        if self._by_place is None:
            self._indexes()
        positions = self._by_place.get(place, ())
        if len({self._file(r) for r in positions}) <= PIXEL_MAX_PER_PLACE:
            return set(positions)
        listed = set(self._by_words(place, core))
        own_level = self._by_own_place.get(place, ())
        if len({self._file(r) for r in own_level}) <= PIXEL_MAX_PER_PLACE:
            listed.update(own_level)
        return listed

    def _towns_in(self, core: str) -> list[str]:
        """The registry townships (of distinctive avatars) whose short form ``core`` writes (赊店 → 赊店镇,
        ``detectors.places.town_short``), besides the places it writes out: rule 5 by hashes counts the short form as
        the unit's place once the avatar has singled the unit out (``_Officials.own_town_shorts``); here it lists
        the township's avatars for the pixel search, as a place of the registry would."""
        if self._towns is None:
            return []
        return list(dict.fromkeys(p for _, full in self._towns.iter(core) for p in full))

    def _by_words(self, place: str, core: str) -> list[int]:
        """The distinctive avatars of ``place`` whose registered name, less the place, ``core`` contains (数字安徽 →
        数字, 安徽工会 → 工会: 扩散安徽省级工会), or, for the place's own units (not those of a place beneath it), one of
        the words of their unit's public trade (``detectors.systems.trade_words``: 山东农资服务 → 山东供销), when there
        are at most ``PIXEL_MAX_PER_PLACE`` of them."""
        if place not in self._by_rest:
            table: dict[str, list[int]] = defaultdict(list)
            places = self.officials.affixes.places
            for r in self._by_place.get(place, ()):
                name = self.officials.forms[r].core
                words = [name.replace(place, "", 1)] if place in name and len(name) - len(place) >= PIXEL_WORDS_MIN else []
                if _gives_own_place(places[r], [place]):
                    words += trade_words(self.officials.entries[r].get("unit"))
                for word in dict.fromkeys(words):
                    table[word].append(r)
            self._by_rest[place] = table
        table = self._by_rest[place]
        found = {r for i in range(len(core)) for j in range(i + PIXEL_WORDS_MIN, len(core) + 1)
                 for r in table.get(core[i:j], ())}
        return sorted(found) if len({self._file(r) for r in found}) <= PIXEL_MAX_PER_PLACE else []

    def _file(self, r: int) -> str:
        """The registry avatar file entry ``r`` shows (one key for a unit's accounts that show one file), or the
        entry's own position when it names no file."""
        return self.officials.entries[r].get("avatar") or f"#{r}"

    def _registry_pixels(self, r: int) -> np.ndarray | None:
        if r not in self._pixels:
            entry = self.officials.entries[r]
            self._pixels[r] = pixels_for_record(entry, self.base_dir)
        return self._pixels[r]

    def _registry_shots(self, r: int) -> ShotTemplates | None:
        if r not in self._shots:
            rgb = shot_pixels_for_record(self.officials.entries[r], self.base_dir, SHOT_REGISTRY_SIDE)
            self._shots[r] = shot_templates(rgb) if rgb is not None else None
        return self._shots[r]

    def _registry_fine(self, r: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The registry avatar's grey and RGB levels at ``FINE_SIDE`` (``fine_crop_similarity``)."""
        if r not in self._fine:
            rgb = shot_pixels_for_record(self.officials.entries[r], self.base_dir, FINE_SIDE)
            self._fine[r] = (grey_levels(rgb), rgb) if rgb is not None else None
        return self._fine[r]

    def _registry_palette(self, r: int) -> np.ndarray:
        """The registry avatar's colours (``colour_palette`` at ``PALETTE_REGISTRY_SIDE``; ``_registry_fine`` read)."""
        if r not in self._palettes:
            self._palettes[r] = colour_palette(self._registry_fine(r)[1], PALETTE_REGISTRY_SIDE)
        return self._palettes[r]

    def _registry_overlay(self, r: int) -> OverlayImage | None:
        if r not in self._overlays:
            shots = self._registry_shots(r)
            self._overlays[r] = OverlayImage(np.asarray(shots.image, dtype=np.float64) / 255.0) if shots else None
        return self._overlays[r]

    def _nearest_templates(self, row: np.ndarray) -> list[int]:
        """The ``PIXEL_NEAREST`` registry avatars shared by several units (templates: not distinctive) nearest to
        ``row`` by hash, one entry per avatar file (at most ``PIXEL_MAX_REGISTRY`` files are looked at)."""
        officials = self.officials
        if self._template_rows is None:
            distinctive = set(officials.distinctive_positions)
            files: dict[str, int] = {}
            for r, h in enumerate(officials.hashes):
                if h and r not in distinctive:
                    files.setdefault(self._file(r), r)
            self._template_rows = list(files.values())[:PIXEL_MAX_REGISTRY]
        rows = np.asarray(self._template_rows, dtype=np.int64)
        if not len(rows):
            return []
        dist = pair_distances(np.repeat(row[None, :], len(rows), axis=0), officials.matrix[rows])
        return rows[np.argsort(dist, kind="stable")[:PIXEL_NEAREST]].tolist()

    def _turn_index(self) -> tuple[np.ndarray, list[int], list[bool]]:
        """The turn signatures (``turn_signature``) of one entry per registry avatar file, distinctive and template
        (at most ``PIXEL_MAX_REGISTRY`` of each), read on first use: only a suspect the pixel search reaches needs it."""
        if self._turns is None:
            officials = self.officials
            distinctive = set(officials.distinctive_positions)
            files: dict[str, tuple[int, bool]] = {}
            for group in (officials.distinctive_positions[:PIXEL_MAX_REGISTRY],
                          [r for r, h in enumerate(officials.hashes) if h and r not in distinctive][:PIXEL_MAX_REGISTRY]):
                for r in group:
                    files.setdefault(self._file(r), (r, r in distinctive))
            for r in range(len(officials.entries)):  # every platform's entry, not only the one listed
                self._file_entries.setdefault(self._file(r), []).append(r)
            signatures, rows, kinds = [], [], []
            for r, own in files.values():
                levels = self._registry_pixels(r)
                signature = turn_signature(levels) if levels is not None else None
                if signature is not None:
                    signatures.append(signature)
                    rows.append(r)
                    kinds.append(own)
            matrix = np.stack(signatures) if signatures else np.zeros((0, 1, 1), dtype=np.float32)
            self._turns = (matrix, rows, kinds)
        return self._turns

    def _nearest_turned(self, mine: np.ndarray | None) -> list[tuple[float, int, bool]]:
        """(signature similarity, entry, distinctive?) of the ``TURN_NEAREST`` registry avatar files nearest the
        candidate by what a turn leaves of it (``turn_similarities``), at least ``TURN_SIGNATURE_MIN``, best first."""
        signature = turn_signature(mine) if mine is not None else None
        matrix, rows, kinds = self._turn_index()
        if signature is None or not len(rows):
            return []
        sims = turn_similarities(signature, matrix)
        order = np.argsort(-sims, kind="stable")[:TURN_NEAREST].tolist()
        return [(float(sims[k]), rows[k], kinds[k]) for k in order if sims[k] >= TURN_SIGNATURE_MIN]

    def _turned_copies(self, mine: np.ndarray | None, listed: set[int]) -> list[int]:
        """The distinctive registry avatars nearest by turn signature (``_nearest_turned``) not yet ``listed`` that the
        turned reading finds the candidate a turned copy of (``PIXEL_MIN``): only those join the short list, whose
        every pair is read in full (the screenshot, frame and overlay readings cost ten turned readings). Read only
        while the run's pixel budget is not spent; the turned readings themselves are not counted in it."""
        files = {self._file(r) for r in listed}
        out = []
        for _, r, own in self._nearest_turned(mine):
            if not own or self._file(r) in files:
                continue
            theirs = self._registry_pixels(r)
            if theirs is not None and rotated_similarity(mine, theirs)[0] >= PIXEL_MIN:
                # every entry showing the file (a unit's accounts on several platforms: ``_ranked`` prefers the
                # candidate's own platform among them)
                out.extend(self._file_entries.get(self._file(r), [r]))
        return out

    def _turned(self, acc: dict, form, org: str | None) -> tuple[tuple | None, str]:
        """The pixel search of a suspect whose name neither sounds governmental nor names a place and whose description
        points at no unit: a copy of one unit's distinctive avatar turned about its centre (``rotated_similarity``)
        among the registry files nearest by turn signature (``_nearest_turned``), ``TURN_BARE_MIN`` and ahead of every
        other listed file (a template's or another unit's) by ``PIXEL_MARGIN``; never for an account verified as
        another body, nor on a name with a word of a business, a person or a medium."""
        refused = "名称不像政务账号、未指明地方，简介也未指向某一单位"
        if self.tried >= self.max_pairs:  # the run's budget spent (no file is read: not yet known to be a suspect)
            return None, f"{refused}；本次运行的像素比对已达上限（{self.max_pairs} 对），不再按转角比对"
        if org:
            return None, f"{refused}，且账号认证为“{org}”：像素层不判断"
        if explain_added(form.core).owner or person_words(form.core):
            return None, f"{refused}，且名称含商业、个人或媒体用词：像素层不判断"
        mine = pixels_for_record(acc, self.base_dir)
        near = self._nearest_turned(mine)
        if not any(own for _, _, own in near):
            return None, f"{refused}；头像也不像任何单位专属头像转过角度的副本：像素层不判断"
        if self.tried + len(near) > self.max_pairs:
            self.unchecked += 1
            return None, (f"本次运行的像素比对已达上限（{self.max_pairs} 对，已用 {self.tried} 对），"
                          f"此账号需比对 {len(near)} 对，未做像素比对")
        self.searched += 1
        officials = self.officials
        read: dict[int, tuple[float, float]] = {}
        by_unit: dict[str, tuple[float, int]] = {}
        for _, r, own in near:
            theirs = self._registry_pixels(r)
            sim, angle, _zoom = rotated_similarity(mine, theirs) if theirs is not None else (-1.0, 0.0, 1.0)
            self.tried += 1
            read[r] = (sim, angle)
            unit = (officials.units[r] or f"#{r}") if own else f"模板#{r}"
            if unit not in by_unit or sim > by_unit[unit][0]:
                by_unit[unit] = (sim, r)
        ranked, settled = self._settled(acc, sorted(by_unit.values(), key=lambda x: -x[0]), PIXEL_MARGIN, set(), [])
        sim, r = ranked[0]
        listed_row = r
        # one unit's entries on several platforms show one file: the candidate's platform first (as ``_ranked``)
        r = min((x for x in self._file_entries.get(self._file(r), [r])
                 if officials.units[x] == officials.units[r]),
                key=lambda x: (officials.entries[x]["platform"] != acc.get("platform"), x), default=r)
        runner_up = ranked[1][0] if len(ranked) > 1 else -1.0
        entry = officials.entries[r]
        seen = (f"{refused}；按转角比对 {len(near)} 个备案头像文件，最像“{entry.get('name')}”（相关 {sim:.2f}，"
                f"其他最高 {max(runner_up, 0.0):.2f}）")
        if not any(own for _, x, own in near if x == listed_row):
            return None, f"{seen}，但那是多个单位共用的模板头像：模板不能指向单一单位"
        if sim < TURN_BARE_MIN:
            return None, f"{seen}，低于 {TURN_BARE_MIN:.3f}：不算转过角度的副本"
        if sim - runner_up < PIXEL_MARGIN:
            return None, f"{seen}，领先不足 {PIXEL_MARGIN}：不能指向单一单位"
        angle = read[listed_row][1]
        reasons = [f"头像像是“{entry.get('name')}”专属头像转过约 {abs(angle):.0f}° 的副本（转回后像素相关 {sim:.2f}，"
                   f"其他单位或模板最高 {max(runner_up, 0.0):.2f}）",
                   f"名称“{acc.get('name')}”不像政务账号，也未指明地方；仅凭头像判断，需人工复核"]
        evidence = {"layer": "avatar_pixels", "pixel_similarity": round(sim, 3),
                    "runner_up_similarity": round(runner_up, 3), "target_unit": entry.get("unit"),
                    "name_governmental": False, "name_places": [], "description_points_at_unit": False,
                    "pixel_reading": "turned", "turn_angle": round(float(angle), 1)}
        if settled:
            evidence["pixel_settled_by"] = settled
            reasons.insert(1, SETTLED_ZH[settled])
        return (AVATAR_ONLY_BARE_SCORE, r, reasons, evidence), "像素层：" + "；".join(reasons)

    def _template_under(self, acc: dict, row: np.ndarray | None, mine: OverlayImage, bar: float) -> bool:
        """Whether one of the template avatars nearest by hash (``_nearest_templates``) keeps ``bar`` or more of its
        drawing in the candidate (``overlay_reading``): the candidate is then a template under an overlay."""
        if row is None:
            row = hash_matrix([hashes_for_record(acc, self.base_dir)])[0]
        for t in self._nearest_templates(row):
            registered = self._registry_overlay(t)
            if registered is not None and overlay_reading(mine, registered)[0] >= bar:
                return True
        return False

    def _ranked(self, acc: dict, listed: set[int], similarity, count: bool = True
                ) -> tuple[list[tuple[float, int]], int]:
        """(similarity, entry) of each unit's best listed avatar by ``similarity(r, pixels)``, best first (one
        unit's entries on several platforms: the acc's platform wins a tie), and the number of files compared. Each
        registry file is compared once per reading; ``count`` adds the pairs to the run's budget (the frame window
        reads the same pairs again, at a fraction of the cost: half the template sizes, one mask, no turning)."""
        officials = self.officials
        by_unit: dict[str, tuple[float, int]] = {}
        seen_files: dict[str, float] = {}
        for r in sorted(listed):
            path = officials.entries[r].get("avatar") or ""
            if path in seen_files:
                sim = seen_files[path]
            else:
                theirs = self._registry_pixels(r)
                sim = similarity(r, theirs) if theirs is not None else -1.0
                self.tried += count and theirs is not None
                if path:
                    seen_files[path] = sim
            unit = officials.units[r] or f"#{r}"
            held = by_unit.get(unit)
            better = held is None or sim > held[0] or (
                sim == held[0] and officials.entries[r]["platform"] == acc.get("platform")
                and officials.entries[held[1]]["platform"] != acc.get("platform"))
            if better:
                by_unit[unit] = (sim, r)
        return sorted(by_unit.values(), key=lambda x: -x[0]), len(seen_files)

    def _colour(self, acc: dict) -> np.ndarray:
        """The candidate's hue histogram (``colour_matrix``; NaN when grey or unreadable), read on first use."""
        if self._candidate_colour is None or self._candidate_colour[0] is not acc:  # the record itself, not its id:
            # an id may be reused by a later record once this one is freed
            self._candidate_colour = (acc, colour_matrix([hashes_for_record(acc, self.base_dir)])[0])
        return self._candidate_colour[1]

    def _settled(self, acc: dict, ranked: list[tuple[float, int]], margin: float, claimed: set[str],
                 named: list[str]) -> tuple[list[tuple[float, int]], str]:
        """``ranked`` (similarity, entry; best first) with the unit chosen first when the reading leaves several
        units level (within ``margin`` of the best), as rule 5 by hashes chooses among avatars about as near, and what
        chose it ("" when nothing did, or when one unit leads already):

        - the description, when it copies or names one of them (``claimed``: the caller then leaves the others out);
        - else the colours, when the candidate shows one of them in its own colours (hue histograms within
          ``PIXEL_OWN_COLOUR``: a crop, a frame or a border keeps the copy's colours) and the others' are clearly further
          (``COLOUR_MARGIN``): one layout drawn for several units in their own colours (each city's police badge) is
          one drawing to the grey levels, and the colours tell whose it is;
        - else the name giving one's own place (``_gives_own_place``: 修武 for 修武发布, not 河南 for 河南文旅): the others
          drop unless the named place is theirs as well (a city's unit beside its province's: still level).
        Units behind by ``margin`` or more keep their places after the level ones."""
        top = ranked[0][0]
        level = [x for x in ranked if x[0] > top - margin]
        if len(level) < 2:
            return ranked, ""
        rest = ranked[len(level):]
        units, places = self.officials.units, self.officials.affixes.places
        said = [x for x in level if units[x[1]] in claimed]
        if said and len(said) < len(level):
            return said + [x for x in level if x not in said] + rest, "description"
        tints = colour_distances(self._colour(acc), self.officials.colours[np.asarray([r for _, r in level])])
        if not np.isnan(tints).all():
            best = float(np.nanmin(tints))
            kept = [x for x, t in zip(level, tints.tolist()) if np.isnan(t) or t < best + COLOUR_MARGIN]
            if best <= PIXEL_OWN_COLOUR and len(kept) < len(level):
                return kept + rest, "colour"
        own = [x for x in level if _gives_own_place(places[x[1]], named)]
        if own:
            kept = own[:1] + [x for x in level if x is not own[0] and any(p in places[x[1]] for p in named)]
            if len(kept) < len(level):
                return kept + rest, "place"
        return ranked, ""

    def _by_drawing(self, acc: dict) -> tuple[float, int, float] | None:
        """(similarity, entry, the best other unit's similarity) of the registry avatar file whose drawing is nearest
        the candidate's (``drawing_similarities`` against ``_Officials.drawings``; a file shown by several units puts
        them level), or None without a drawing on either side. One unit's entries on several platforms: the
        candidate's platform first."""
        mine = drawing_for_record(acc, self.base_dir)
        matrix, owners = self.officials.drawings
        if mine is None or not len(matrix):
            return None
        sims = drawing_similarities(mine, matrix)
        units = self.officials.units
        best: tuple[float, int] | None = None
        for k in np.argsort(-sims, kind="stable").tolist():
            for r in sorted(owners[k], key=lambda x: self.officials.entries[x]["platform"] != acc.get("platform")):
                if best is None:
                    best = (float(sims[k]), r)
                elif (units[r] or f"#{r}") != (units[best[1]] or f"#{best[1]}"):
                    return best[0], best[1], float(sims[k])
        return (best[0], best[1], -1.0) if best is not None else None

    def match(self, acc: dict, form, row: np.ndarray | None):
        """The finding's score, target, reasons and evidence, or None."""
        return self.verdict(acc, form, row)[0]

    def verdict(self, acc: dict, form, row: np.ndarray | None) -> tuple[tuple | None, str]:
        """(the finding's score, target, reasons and evidence, or None; why, in Chinese, for ``explain``)."""
        if not self.may_match(acc):
            return None, ("备案库没有专属头像，像素层不判断" if not self.officials.distinctive_positions
                          else "没有本地头像文件，像素层不判断")
        officials = self.officials
        org = verified_organisation(acc)
        if org and acc.get("verified_type") == "media":
            return None, "账号认证为媒体，像素层不判断"
        if self._by_unit is None:
            self._indexes()
        named = literal = officials.places_in(form.core)
        named = literal + officials.nicknamed_places(form.core, literal)  # a nickname lists, never rules out
        # so does a township's short form (赊店 of 赊店镇), and a township of a registered county (蓝塘镇 of 紫金)
        named += [p for p in self._towns_in(form.core) if p not in named and not any(p in q for q in named)]
        named += [p for p in officials.town_county_places(form.core) if p not in named]
        named += officials.area_pointed_at(form.core, named)  # 思茅 of 普洱 (those not yet named)
        claimed = officials.claimed_units(acc.get("description"))
        scam = bool(claimed) and read_scam(acc.get("description")) is not None
        governmental = sounds_official(acc, form)
        if org and not claimed and not (literal and not explain_added(form.core).owner):
            # as rule 5 by hashes, another body counts only on the closest copies: here one contained almost
            # perfectly (``PIXEL_MIN_PLACE_ONLY``) on a name that names the unit's place without a word of its own
            return None, f"账号认证为“{org}”，简介未指向某一单位，名称也未写明地方（或含商业、个人用词）：像素层不判断"
        if not (governmental or named or claimed):
            return self._turned(acc, form, org)  # only a turned copy, found by the turn alone
        if not (governmental or claimed) and person_handle(form.core):
            # only a place points at the unit, and a person's nickname says whose name it is (凯里酸汤妹, 老王): the
            # person's own picture of the place (a screenshot of the unit's page), not a copy of its emblem
            return None, "名称只写了地方，另含指人的称呼：个人账号，像素层不判断"
        listed: set[int] = set()
        for u in claimed:
            listed.update(self._by_unit.get(u, ()))
        for p in named:
            listed.update(self._place_listing(p, form.core))
        distinctive = officials.distinctive_positions
        if len(distinctive) <= PIXEL_MAX_REGISTRY:
            if row is None:
                row = hash_matrix([hashes_for_record(acc, self.base_dir)])[0]
            dist = pair_distances(np.repeat(row[None, :], len(distinctive), axis=0),
                                  officials.matrix[np.asarray(distinctive, dtype=np.int64)])
            listed.update(distinctive[k] for k in np.argsort(dist, kind="stable")[:PIXEL_NEAREST].tolist())
        mine = pixels_for_record(acc, self.base_dir)
        if self.tried < self.max_pairs:  # the run's pixel budget not spent: a turned copy the hashes miss
            listed.update(self._turned_copies(mine, listed))
        if not listed:
            return None, "没有可比对的专属头像"
        files = {self._file(r) for r in listed}
        if self.tried + len(files) > self.max_pairs:
            self.unchecked += 1
            return None, (f"本次运行的像素比对已达上限（{self.max_pairs} 对，已用 {self.tried} 对），"
                          f"此账号需比对 {len(files)} 对，未做像素比对")
        mine_rgb = shot_pixels_for_record(acc, self.base_dir)
        if mine is None or mine_rgb is None:
            return None, "头像文件无法读取，像素层不判断"
        frame = ShotFrame(mine_rgb)
        mine_fine = grey_levels(mine_rgb) if mine_rgb.shape[0] == FINE_SIDE else None
        mine_palette = colour_palette(mine_rgb, PALETTE_SIDE)
        self.searched += 1

        def beyond_place(r: int) -> bool:
            """The name or description says more of unit ``r`` than its place: a government word, one of the unit's
            own words besides its place (数字安徽联络员: 数字), or a description claiming the unit; else the place-only
            bars hold."""
            return (governmental or officials.units[r] in claimed
                    or any(w in form.core for w in officials.own_words(r)))

        def whole(r: int, theirs: np.ndarray) -> float:
            shots = self._registry_shots(r)
            sim = pixel_similarity(mine, theirs)
            if sim < PIXEL_MIN_PLACE_ONLY and mine_fine is not None:  # a deep crop, read finer
                fine = self._registry_fine(r)
                if fine is not None and sim >= FINE_FROM:
                    sim = max(sim, fine_crop_similarity(mine_fine, fine[0], mine_rgb, fine[1]))
                elif fine is not None and palette_gap(mine_palette, self._registry_palette(r)) <= PALETTE_GAP:
                    # deeper than the coarse reading sees: only the deep sizes, and only in the registry's colours
                    sim = max(sim, fine_crop_similarity(mine_fine, fine[0], mine_rgb, fine[1], FINE_DEEP_SIZES))
            if shots is None:
                return sim
            shot_read[self._file(r)] = read = shot_reading(frame, shots)
            return max(sim, read[0])  # or shrunk into a shot

        shot_read: dict[str, tuple[float, float]] = {}  # registry file -> (shot correlation, colour gap there)

        fine: list[ShotFrame | None] = []  # the candidate at ``SHOT_FINE_SIDE``, read on first use
        native: list[np.ndarray | None] = []  # the candidate on its own side (``located_copy``)
        tiny_read: dict[str, float] = {}  # registry file -> colour gap of the tiny reading, where it beat the coarse
        located: set[str] = set()  # registry files the located reading counted for (``LOCATED_MIN`` is their bar)

        def coloured(r: int, theirs: np.ndarray) -> float:
            sim, gap = shot_read.get(self._file(r), (-1.0, 1.0))
            sim = sim if gap <= SHOT_COLOUR_GAP else -1.0
            if (officials.units[r] in claimed or _gives_own_place(officials.affixes.places[r], named)) \
                    and sim < SHOT_COLOURED_MIN and (shots := self._registry_shots(r)):
                # the unit the description points at, or a unit of the place the name gives as its own (the county
                # for a county's unit; never one merely nearest by hash), shrunk under a tenth of the frame: read
                # finer, in its colours (four times a frame's pixels: only for the few avatars the name's place or
                # the description points at). A name giving only the place (梨树 + 湖边人家: no government word, none
                # of the unit's own words, no description pointing at it) is read too, with the place-only bar
                # (``SHOT_COLOURED_MIN_PLACE_ONLY``) and its own colour limit (``SHOT_TINY_COLOUR_GAP_PLACE_ONLY``)
                if not fine:
                    rgb = shot_pixels_for_record(acc, self.base_dir, SHOT_FINE_SIDE)
                    fine.append(ShotFrame(rgb) if rgb is not None else None)
                place_only = not beyond_place(r)
                if fine[0] is not None:
                    tiny, tiny_gap = tiny_shot_reading(
                        fine[0], shots, SHOT_TINY_COLOUR_GAP_PLACE_ONLY if place_only else SHOT_TINY_COLOUR_GAP)
                    if tiny > sim:  # the tiny reading counted: its own gap is the one the finding reports
                        sim, tiny_read[self._file(r)] = tiny, tiny_gap
                bar = (SHOT_COLOURED_MIN_CLAIMED if officials.units[r] in claimed else
                       SHOT_COLOURED_MIN_PLACE_ONLY if place_only else SHOT_COLOURED_MIN)
                if (LOCATED_READ and sim < bar) or _LOCATED_LOG:  # under its bar: located in the file's own pixels
                    if not native:
                        native.append(native_pixels_for_record(acc, self.base_dir))
                    if native[0] is not None:
                        loc, loc_gap, size, top, left = located_copy(native[0], shots)
                        spread = object_margin(native[0], size, top, left)
                        if _LOCATED_LOG:
                            with open(_LOCATED_LOG, "a", encoding="utf-8") as fh:
                                fh.write(f"{acc.get('platform')}\t{acc.get('account_id')}\t{self._file(r)}\t"
                                         f"{loc:.4f}\t{loc_gap:.4f}\t{size:.2f}\t{native[0].shape[0]}\t"
                                         f"{spread:.4f}\t{sim:.4f}\t{int(place_only)}\n")
                        if (LOCATED_READ and loc >= LOCATED_MIN and size >= LOCATED_OBJECT_MIN_PX
                                and spread <= LOCATED_OBJECT_SPREAD and loc_gap <= LOCATED_OBJECT_COLOUR_GAP):
                            # a copy of its own on the page (``object_margin``): counted from ``LOCATED_MIN``
                            located.add(self._file(r))
                            if loc > sim:
                                sim, tiny_read[self._file(r)] = loc, loc_gap
            return sim

        def window(r: int, theirs: np.ndarray) -> float:
            return frame_similarity(mine, theirs)

        mine_overlay = OverlayImage(mine_rgb)
        areas: dict[int, float] = {}
        colour_gaps: dict[str, float] = {}  # registry file -> RMS colour gap of the flat crop's reading

        def flat_crop(r: int, theirs: np.ndarray) -> float:
            """1 - the RMS colour gap of a crop into a flat part of unit ``r``'s avatar, lined up by its colours
            (``colour_crop_reading``), when it lines up at one place only; -1 for other units and elsewhere."""
            if not (officials.units[r] in claimed or _gives_own_place(officials.affixes.places[r], named)):
                return -1.0
            fine = self._registry_fine(r)
            if mine_fine is None or fine is None or palette_gap(mine_palette, self._registry_palette(r)) > PALETTE_GAP:
                return -1.0
            gap, apart = colour_crop_reading(mine_rgb, fine[1])
            if apart - gap < COLOUR_CROP_SINGLE:
                return -1.0
            colour_gaps[self._file(r)] = gap
            return 1.0 - gap

        def overlaid(r: int, theirs: np.ndarray) -> float:
            registered = self._registry_overlay(r)
            if registered is None:
                return -1.0
            kept, areas[self._file(r)] = overlay_reading(mine_overlay, registered)
            return kept

        # The whole image first (crops, screenshots, round frames, turned copies); only when that singles out no
        # unit, the centre a frame of another shape leaves (a diamond), ranked on its own: the centres of one
        # layout's badges are alike, so a unit must lead by that reading alone, and only among the units the name's
        # place or the description lists (avatars merely nearest by hash may leave out the unit copied). Last, the
        # copy lined up whole with whatever covers it left out (``OVERLAY_KEPT``), ranked on its own as well, among
        # the listed avatars; a unit singled out so is then held against the template avatars nearest by hash (a
        # template under a watermark stays a template: ``_template_under``).
        readings = [("", whole, PIXEL_MIN, PIXEL_MIN_PLACE_ONLY, PIXEL_MARGIN)]
        if not org or claimed:  # another body counts only on a copy contained almost perfectly (as above)
            readings.append(("（截图中颜色一致）", coloured, SHOT_COLOURED_MIN, SHOT_COLOURED_MIN_PLACE_ONLY, PIXEL_MARGIN))
        if named or claimed:
            readings.append(("（画框中心）", window, PIXEL_MIN, PIXEL_MIN_PLACE_ONLY, PIXEL_MARGIN))
            # never on a place alone (``COLOUR_CROP_GAP``): the place-only bar is out of reach
            readings.append(("（单色部分按颜色对位）", flat_crop, 1.0 - COLOUR_CROP_GAP, 2.0, COLOUR_CROP_MARGIN))
        readings.append(("（遮盖之外）", overlaid, OVERLAY_KEPT, OVERLAY_KEPT_PLACE_ONLY, OVERLAY_MARGIN))
        whys: list[str] = []  # each reading's verdict, for ``explain``
        for reading, similarity, least, least_place_only, margin in readings:
            ranked, files = self._ranked(acc, listed, similarity, count=not reading)
            if not ranked:
                return None, "备案头像文件无法读取"
            before_settled = ranked
            ranked, settled = self._settled(acc, ranked, margin, claimed, named)
            sim, r = ranked[0]
            rivals = ranked[1:]
            if officials.units[r] in claimed:  # the description singles out the unit where the image alone does
                rivals = [(s, x) for s, x in rivals if officials.units[x] in claimed]  # not (as in rule 5 by hashes)
            runner_up = rivals[0][0] if rivals else -1.0
            # before the description, the colours or the name's place narrowed the rivals (one entry per unit)
            nearest_other = max((s for s, y in before_settled if y != r), default=-1.0)
            narrowed = len(rivals) < len(ranked) - 1  # the description left other units' near copies out
            entry = officials.entries[r]
            seen = (f"像素比对{reading} {files or len(before_settled)} 个专属头像，最像“{entry.get('name')}”（相关 {sim:.2f}，"
                    f"其他单位最高 {max(nearest_other, 0.0):.2f}"
                    + ("，但简介点名的是该单位" if narrowed else "") + (f"，{SETTLED_ZH[settled]}" if settled else "")
                    + "）")
            needed = least if beyond_place(r) else least_place_only
            if org and officials.units[r] not in claimed:
                needed = least_place_only
            if similarity is coloured and officials.units[r] in claimed:
                needed = min(needed, SHOT_COLOURED_MIN_CLAIMED)
            if similarity is coloured and self._file(r) in located and not org:
                needed = min(needed, LOCATED_MIN)
            lead = margin
            # the description claims the unit *and* runs a scam, and the name gives the unit's own place: the
            # avatar only has to agree with them, a deep crop of the unit's avatar read whole (``PIXEL_MIN_SCAM_CLAIM``)
            scam_claim = (similarity is whole and not org and scam and officials.units[r] in claimed
                          and _gives_own_place(officials.affixes.places[r], named) and PIXEL_MIN_SCAM_CLAIM <= sim < needed)
            if scam_claim:
                needed, lead = PIXEL_MIN_SCAM_CLAIM, PIXEL_MARGIN_SCAM_CLAIM
                runner_up = max(runner_up, nearest_other)  # held against every listed unit, not only those claimed
            if sim < needed or areas.get(self._file(r), 1.0) < OVERLAY_AREA:
                why = f"{seen}，低于 {needed:.3f}：不算裁切、截图、旋转或遮盖的副本"
            elif claimed and officials.units[r] not in claimed:
                # the description names another unit: this reading's unit is not the one copied, so the next reading
                # is asked (a screenshot's page can resemble some unit's whole avatar while the claimed unit's badge
                # sits small in it, in its own colours) instead of ending the search
                why = f"{seen}，但简介指向的是其他单位"
            elif sim - runner_up < lead:
                why = f"{seen}，领先不足 {lead}：不能指向单一单位"
            elif similarity is overlaid and self._template_under(acc, row, mine_overlay, sim - margin):
                why = f"{seen}，但同样像多个单位共用的模板头像：模板不能指向单一单位"
            else:
                break
            whys.append(why)
        else:
            if org and not claimed:  # as the colours of a shot: another body only on a copy contained almost perfectly
                return None, "；".join(whys)
            drawn = self._by_drawing(acc)
            if drawn is None:
                return None, "；".join(whys + ["头像没有可比的图形"])
            sim, r, nearest_other = drawn
            entry = officials.entries[r]
            reading, similarity, settled, narrowed, scam_claim = "（颜色改动、图形一致）", None, "", False, False
            needed = DRAWING_MIN if beyond_place(r) else DRAWING_MIN_PLACE_ONLY
            seen = (f"图形比对{reading} {len(officials.drawings[1])} 个备案头像文件，最像“{entry.get('name')}”"
                    f"（相关 {sim:.2f}，其他单位最高 {max(nearest_other, 0.0):.2f}）")
            if sim < needed:
                return None, "；".join(whys + [f"{seen}，低于 {needed:.3f}：不算只改了颜色的副本"])
            if sim - nearest_other < DRAWING_MARGIN:
                return None, "；".join(whys + [f"{seen}，领先不足 {DRAWING_MARGIN}：同一图形不止一个单位在用（模板或同一版式）"])
        own = officials.affixes.places[r]
        if literal and not any(p in own for p in literal):
            return None, f"{seen}，但名称指向其他地方（{'、'.join(literal)}）"
        if claimed and officials.units[r] not in claimed:
            return None, f"{seen}，但简介指向的是其他单位"
        overlay = similarity is overlaid
        drawn = similarity is None
        flat = similarity is flat_crop
        gap = (tiny_read.get(self._file(r), shot_read.get(self._file(r), (-1.0, 1.0))[1])
               if similarity is coloured else None)
        reasons = [f"头像像是“{entry.get('name')}”专属头像的副本（"
                   + (f"上面另加了水印、贴纸或画框等遮盖，遮盖之外保留了该头像 {sim:.2f} 的图形，" if overlay else
                      f"深度裁切到该头像中近乎单色的一块，按颜色只能对到原图一处：均方根色差 {1.0 - sim:.3f}，"
                      if flat else
                      f"颜色改过（灰度、反色、换色调等），图形与之一致，轮廓相关 {sim:.2f}，" if drawn else
                      f"缩小在截图中；像素相关 {sim:.2f}，该处颜色与之一致（平均差 {gap:.3f}），" if gap is not None else
                      f"裁切、截图或旋转；像素相关 {sim:.2f}，")
                   + ((f"其他单位最小 {1.0 - nearest_other:.3f}" if nearest_other > -1.0 else "其他单位颜色不符、未对位")
                      if flat else f"其他单位最高 {max(nearest_other, 0.0):.2f}")
                   + ("；其他单位的相近头像不计：简介点名的是该单位" if narrowed else "") + "）",
                   (f"账号认证为“{org}”，" if org else "") + f"名称“{acc.get('name')}”"
                   + ("像政务账号" if governmental else "")
                   + (f"{'，' if governmental else ''}指向同一地方（{'、'.join(named)}）" if named else "")
                   + ("" if governmental or named else "的简介抄袭或点名该单位")
                   + "；仅凭头像判断，需人工复核"]
        evidence = {"layer": "avatar_pixels", "pixel_similarity": round(sim, 3),
                    "runner_up_similarity": round(nearest_other, 3),
                    "target_unit": entry.get("unit"),
                    "name_governmental": governmental, "name_places": named,
                    "description_points_at_unit": officials.units[r] in claimed}
        if reading:
            evidence["pixel_reading"] = ("overlay" if overlay else "drawing" if drawn else "flat_crop" if flat else
                                         "shot_colours" if gap is not None else "frame_centre")
        if gap is not None:
            evidence["colour_gap"] = round(gap, 3)
        if scam_claim:
            reasons.insert(1, f"简介点名该单位且是冒充政务的诈骗话术，名称写明该单位所在地：深度裁切的头像按较低的像素门槛"
                              f"（{PIXEL_MIN_SCAM_CLAIM}，领先其他单位 {PIXEL_MARGIN_SCAM_CLAIM}）计")
            evidence["pixel_scam_claim"] = True
        if settled:
            evidence["pixel_settled_by"] = settled
            if settled != "description":  # the first reason already says so
                reasons.insert(1, SETTLED_ZH[settled])
        if org:
            evidence["verified_as"] = org
        return (AVATAR_ONLY_BARE_SCORE, r, reasons, evidence), "像素层：" + "；".join(reasons)


def _avatar_and_description(officials: _Officials, acc: dict, row: np.ndarray, max_distance: int):
    """Rule 4: avatar similar to the official one (template or not) and the official description copied."""
    if not acc.get("description") or not looks_governmental(acc.get("name")) or verified_organisation(acc):
        return None
    targets = officials.description_targets(acc["description"])
    if not targets:
        return None
    positions = np.asarray([t[0] for t in targets], dtype=np.int64)
    d = pair_distances(np.repeat(row[None, :], len(positions), axis=0), officials.matrix[positions])
    # the nearest avatar; then the entry whose own description is copied most closely (templates put several over
    # the copy threshold, and the set of them comes in no particular order); then the same platform
    k = min(range(len(targets)), key=lambda i: (int(d[i]), targets[i][1] != "copied",
                                                -officials.copy_ratio(acc["description"], targets[i][0]),
                                                officials.entries[targets[i][0]]["platform"] != acc.get("platform"),
                                                targets[i][0]))
    if d[k] > max_distance:
        return None
    r, how = targets[k]
    entry = officials.entries[r]
    reasons = [f"名称“{acc.get('name')}”像政务账号",
               f"头像与“{entry.get('name')}”相似（汉明距离 {int(d[k])}/64）",
               (f"简介抄袭“{entry.get('name')}”的简介" if how == "copied"
                else f"简介自称“{entry.get('unit')}”")]
    return AVATAR_AND_DESCRIPTION_SCORE, r, reasons, {"layer": "avatar+description", "avatar_distance": int(d[k]),
                                                     "description": how, "target_unit": entry.get("unit")}


def _score_pair(officials: _Officials, acc: dict, form, r: int, match: NameMatch, dist: int, max_distance: int,
                described: list[tuple[int, str]], scam: ScamReading | None = None
                ) -> tuple[float, list[str], dict] | None:
    """Score, reasons and evidence of "``acc`` imitates registry entry ``r``", or None when it cannot.
    ``scam``: what the account's description asks of its reader (``detectors.profile_claims.read_scam``) — a hand-off
    to a private contact, a fee, an ID or bank card, a subsidy to claim, a takeover story: on a name that points at the
    unit it adds ``SCAM_BONUS`` (the name may match below the threshold, or with unknown words added), and it
    overrides a company's or another organisation's badge as a claim to be the unit does."""
    entry = officials.entries[r]
    if match.namesake and places_namesake(f"{acc.get('description') or ''} {acc.get('verified_reason') or ''}",
                                          match.namesake):
        return None  # 松江发布 introducing itself as 上海市松江区's: the place its name writes, not the old province
    if (match.added and not match.respelt and scam is None and match.layer not in ("identical", "normalised")
            and not claims_official(match.added) and denies_being_official(acc.get("description"))):
        # 于田文旅随手拍 whose description says 个人游记……与文旅部门无关: another account about the unit (a name that adds
        # 官方/客服/政务 contradicts its own denial: still the impersonation it looks like)
        return None
    if (match.respelt and match.score < UNKNOWN_FLOOR and not acc.get("verified")
            and (scam is not None or _claimed_body(officials, acc, r))):
        # the name writes the registered name with look-alikes among words of no class, and the profile disguises
        # it a second time: a scam, or an introduction of the account as this very unit (``CLAIMED_RESPELT``)
        why = SCAM_RESPELT if scam is not None else CLAIMED_RESPELT
        match = replace(match, score=UNKNOWN_FLOOR,
                        reasons=[*match.reasons, f"所加词语类别不明，但{why}：两种伪装叠加，按待复核计（{UNKNOWN_FLOOR}）"])
    reasons = list(match.reasons)
    evidence: dict = {"layer": match.layer, "name_score": match.score, "target_unit": entry.get("unit"),
                      "normalised_name": form.core}
    # a platform's media verification is a medium's even when its text names a programme, not an organisation
    # (某卫视健康栏目官方微博): its columns are named after the units it covers (…卫健科普课)
    org = verified_organisation(acc) or (_verified_text(acc) if acc.get("verified_type") == "media" else None)
    if org:
        # Verified as another body: only a near-certain imitation counts, and not when the added words are the
        # body's own name (中国平安广州 by 中国平安…公司).
        if same_unit(org, entry.get("unit")):
            return None
        medium = acc.get("verified_type") == "media"
        # the company's own words, not its place: a company's name begins with its county (贺兰…电子商务有限公司), and a
        # piece of the unit's own place in the added words (贺兰山下 before 贺兰发布) is the unit's, not the company's
        # (thirty-sixth round)
        places = officials.own_places(r)
        own_words = bool(match.added and any(w in unit_key(org) and not any(w in p for p in places)
                                             for w in _chunks(match.added)))
        # the registered name itself with a township of its county inserted (长兴雉城发布 by a 商会): no township's
        # own account is verified as a company, so the copy is as plain as the name itself (not for a medium)
        township_copy = (match.layer == "subplace" and match.base in ("identical", "normalised") and not medium
                         and not own_words)
        strong = match.layer in ("identical", "normalised") or township_copy or (
            match.score >= ORG_MIN_NAME_SCORE
            and match.unknown <= (0 if medium else ORG_MAX_UNKNOWN)
            and not own_words
            and not (medium and match.added and medium_desk_words(match.added)))  # its column or desk (…直通车, …受理点)
        # a company whose description says it *is* the unit's government body, under a look-alike of the unit's
        # name: that claim is the impersonation, so its company badge no longer stands for it (not for a medium,
        # whose columns speak for the units they cover). Also when the added words are the company's own (thirty-
        # sixth round: 八百里秦川 + the name by a 秦川…公司 introducing itself as the county's 新闻办公室): the badge's
        # own words explain a company's name beside the unit's, not a description that says it is the unit itself
        claim = None if strong or medium else _claimed_body(officials, acc, r)
        # so does a description that runs a government-impersonation scam (加QQ办理, 上传身份证和银行卡领补贴): no
        # company or association has a use for a unit's name to collect fees and bank cards (not for a medium)
        scammed = not (strong or claim or medium or own_words) and scam is not None
        # so does a name that writes the registered name's place otherwise while the body's own name writes it as it
        # is and the account's own text writes no place as it is (發布‗醒國 by 兴国…协会, no description, for 兴国发布):
        # a body naming an account after its place spells it as it does, the account avoids the spelling everywhere
        respelt = "" if strong or claim or scammed or medium or own_words else _respelt_own_place(
            officials.forms[r].core, form.core, org, acc.get("description") or "")
        # so does a description that copies the unit's own (收储服务站官方公众号。发布…): a business writes what it
        # sells, not the unit's introduction of itself; the badge is read after the description, not before it
        copied = not (strong or claim or scammed or respelt or medium or own_words) and any(
            pos == r and how == "copied" for pos, how in described)
        if not strong and not claim and not scammed and not respelt and not copied:
            return None
        if claim:
            reasons.append(f"认证为“{org}”，简介却自称“{claim}”，名称仿照“{entry.get('name')}”")
            evidence["claims_to_be"] = claim
        elif scammed:
            reasons.append(f"认证为“{org}”，名称仿照“{entry.get('name')}”，简介却是冒充政务的诈骗话术：认证不能为它作保")
        elif respelt:
            reasons.append(f"认证为“{org}”，自身名称写的是“{respelt}”，账号名称却把它写成别的字来仿照“{entry.get('name')}”")
        elif copied:
            reasons.append(f"认证为“{org}”，名称仿照“{entry.get('name')}”，简介也照搬该单位的：认证不能为它作保")
        else:
            reasons.append(f"认证为“{org}”，却使用“{entry.get('name')}”的名称")
        evidence["verified_as"] = org
    elif acc.get("verified"):
        # a person verified in the role the name claims at the unit (宣传员 by a 宣传志愿者): the person's own handle
        if match.added and role_backed(match.added, acc.get("verified_reason"), entry.get("name") or "",
                                       entry.get("unit")):
            return None
        reasons.append("带认证标识但认证信息未指明单位（标识本身不能证明真实）")
    if dist <= 64:
        evidence["avatar_distance"] = dist
    if dist <= max_distance:
        reasons.append(f"头像与“{entry.get('name')}”相似（汉明距离 {dist}/64）")
    for pos, how in described:
        if pos == r:
            reasons.append(f"简介抄袭“{entry.get('name')}”的简介" if how == "copied"
                           else f"简介自称“{entry.get('unit')}”")
            evidence["description"] = how
            break
    if scam is not None:
        reasons.append(scam.summary())
        evidence["profile_scam"] = scam.as_evidence()
    return min(_evidence_score(match, dist, max_distance, evidence), 0.99), reasons, evidence


def _respelt_own_place(registered: str, name: str, org: str, description: str = "") -> str:
    """The place (a division's name of two characters or more) that the registered name ``registered`` and the
    organisation's own name ``org`` both write and the account's ``name`` (normalised) does not; "" when none, or when
    the account's ``description`` writes any division's name as it is (宜城本地生活资讯 under 宜成发部: the account
    names places as they are, its name's spelling is no dodge)."""
    if next(gazetteer().pieces(unicodedata.normalize("NFKC", description)), None) is not None:
        return ""
    org = unit_key(org)
    for _start, place in gazetteer().pieces(registered):
        if place in org and place not in name:
            return place
    return ""


def _claimed_body(officials: _Officials, acc: dict, r: int) -> str | None:
    """The government body of entry ``r``'s unit that ``acc``'s description introduces the account as
    (``detectors.government.claimed_government_bodies``): the unit's own name, or a government body of the unit's
    own place (汉寿县人民政府新闻办公室, 汉寿县人民政府, 汉寿县公安局 for an entry of 汉寿); None otherwise."""
    bodies = claimed_government_bodies(acc.get("description"))
    if not bodies:
        return None
    unit = officials.entries[r].get("unit")
    places = officials.affixes.places[r]
    own = _strip_levels(places[-1]) if places else ""
    for body in bodies:
        if same_unit(body, unit) or (len(own) >= 2 and body.startswith(own)):
            return body
    return None


def _verified_text(acc: dict) -> str | None:
    """The verification text of a verified account ("媒体" when it has none), None when it is not verified."""
    if not acc.get("verified"):
        return None
    return (acc.get("verified_reason") or "").strip() or "媒体"


def _evidence_score(match: NameMatch, dist: int, max_distance: int, evidence: dict) -> float:
    """The name's score plus the bonuses of a similar avatar, of a copied or self-naming description and of a
    description that reads as a scam (before the 0.99 cap of a finding's score)."""
    score = match.score
    if dist <= max_distance:
        score += AVATAR_BONUS
    if evidence.get("description"):
        score += DESCRIPTION_BONUS
    if evidence.get("profile_scam"):
        score += SCAM_BONUS
    return score


def _whole_name_target(officials: _Officials, core: str, held: tuple, readings: list[tuple]) -> tuple:
    """The pair the whole name points at (``held``: the candidate's best pair; ``readings``: its sub-place pairs
    that leave nothing unexplained, best first by rank). A registered name of a zone or body of a place (海南自贸港:
    海南 + 自贸港) followed by added words, explained or not (税务, 发布), may, with that zone word read
    as a word inserted after the place, spell another registered name of the same place (海南 + 税务 = 海南税务): a
    department of the place that the zone's name merely precedes. The whole name points at that department's unit,
    read from the registry's own entries, not from a list of department words; ``held`` otherwise."""
    r, match = held[1], held[2]
    if not (match.unknown or match.added):
        return held
    registered = officials.forms[r].core
    at = core.find(registered)
    if at < 0:
        return held
    spelt = []
    for place in officials.affixes.places[r]:
        word = registered[len(place):] if registered.startswith(place) else ""
        if len(word) < 2:
            continue
        reduced = core[:at] + place + core[at + len(registered):]
        spelt += [pair for pair in readings
                  if officials.units[pair[1]] != officials.units[r] and pair[2].added.startswith(word)
                  and officials.forms[pair[1]].core in reduced and officials.forms[pair[1]].core.startswith(place)]
    if not spelt:
        return held
    rank, x, found, dist, (score, reasons, evidence) = max(spelt, key=lambda pair: (pair[0], -pair[1]))
    other = officials.forms[x].core
    why = (f"名称虽含备案名称“{registered}”，但其后所加的字与地名合成另一备案名称“{other}”"
           f"（“{found.added}”读作插在地名后的词）：目标取整个名称所指的单位")
    return (rank, x, found, dist, (score, [*reasons, why], evidence))


def _written_whole_target(officials: _Officials, held: tuple, readings: list[tuple]) -> tuple:
    """The pair of a registered name the candidate writes whole, rather than ``held`` (its best pair), when ``held``
    reads a township in place of (or before) its county and still leaves characters unexplained, and another unit's
    pair (``readings``: the candidate's pairs at the bar outside the sub-place layer that add words) explains every
    character but that township — its registered name written in full, whether respelt by sound or shape, reordered
    or copied (陆家嘴公安襟山: 陆家嘴 read as 浦东 leaves 襟山 over; read as 金山公安 reversed with 襟 for 金, only the
    township 陆家嘴 stands before it, a place word decorating the name like any other). The township reading
    substitutes a place the name does not write and ignores one it does; ``held`` otherwise."""
    match = held[2]
    if match.layer != "subplace" or not match.sub_place or not match.unknown:
        return held
    unit = officials.units[held[1]]
    whole = [pair for pair in readings
             if pair[2].added == match.sub_place and (not unit or officials.units[pair[1]] != unit)]
    if not whole:
        return held
    rank, x, found, dist, (score, reasons, evidence) = max(whole, key=lambda pair: (pair[0], -pair[1]))
    why = (f"名称完整写出备案名称“{officials.forms[x].core}”（含变形），只多出下级地名“{match.sub_place}”；"
           f"把“{match.sub_place}”读作“{officials.forms[held[1]].core}”所在地则余下的字无从解释：目标取完整写出的单位")
    return (rank, x, found, dist, (score, [*reasons, why], evidence))


def _outranks(rank: tuple, r: int, held: tuple | None) -> bool:
    """Whether registry entry ``r`` at ``rank`` beats the candidate's best pair so far (``held``: rank, entry, …).
    Equal ranks go to the entry first in the registry, so the target never depends on the order in which the layers
    offered the pairs (several build them from sets, whose order changes with the interpreter's hash seed)."""
    return held is None or rank > held[0] or (rank == held[0] and r < held[1])


def _note_tie(ties: dict, c: int, pair: tuple) -> None:
    """Keep, per candidate, the registry positions that share its best rank on evidence (score and copied
    description) — the entries nothing in the account tells apart — each with its best pair (rank, entry, match,
    avatar distance, verdict)."""
    rank, r = pair[0], pair[1]
    key = rank[:2]
    held = ties.get(c)
    if held is None or key > held[0]:
        ties[c] = (key, {r: pair})
    elif key == held[0] and (r not in held[1] or rank > held[1][r][0]):
        held[1][r] = pair


def _copied_entry(officials: _Officials, acc: dict, held: tuple, tied: tuple | None) -> tuple:
    """The best pair of a candidate (``held``: rank, entry, …), or, when other entries of the same unit rank exactly
    as high, the one of them the account most likely copied (``copy_source_rank``; registry order after it)."""
    rank, r = held[0], held[1]
    if not tied:
        return held
    unit = officials.units[r]
    level = [pair for x, pair in tied[1].items() if pair[0] == rank and unit and officials.units[x] == unit]
    if len(level) < 2:
        return held
    return max(level, key=lambda pair: (copy_source_rank(officials, acc, pair[1]), -pair[1]))


def _own_platform_holder(officials: _Officials, acc: dict, held: tuple, row: np.ndarray | None,
                         max_distance: int) -> tuple:
    """The candidate's best pair (``held``: rank, entry, match, avatar distance, verdict), or, when the name is no
    copy of that entry's name (it adds, leaves unexplained or reorders words: the name points at the unit, not at
    one of its profiles), the entry lies on another platform and the suspect's avatar is a near copy of that
    entry's, the unit's one entry on the suspect's own platform, when it shows the same avatar (as near to the copy
    by hash). A unit may file a different name on each platform (健康上海 on 微博 and 抖音, 健康上海12320 on 微信)
    under one avatar: the profile copied on the suspect's platform is that platform's account's (read from the
    registry's own entries: no list of names). A name copying one profile's name (identical, respelt, decorated)
    keeps that profile."""
    rank, r, match, dist, verdict = held
    platform = acc.get("platform")
    unit = officials.units[r]
    if (row is None or not unit or not platform or officials.entries[r].get("platform") == platform
            or dist > max_distance or not (match.unknown or match.added or match.layer == "reorder")):
        return held
    mine = officials.platform_entries.get((unit, platform), ())
    if len(mine) != 1:
        return held
    x = mine[0]
    near = int(pair_distances(row[None, :], officials.matrix[x:x + 1])[0])
    if near > dist:
        return held
    score, reasons, evidence = verdict
    where = PLATFORM_ZH.get(platform, platform)
    why = (f"名称读作该单位在其他平台的“{officials.entries[r].get('name')}”，头像则与该单位在{where}"
           f"（账号所在平台）的备案账号“{officials.entries[x].get('name')}”相同（汉明距离 {near}/64）："
           "目标取同平台的这个账号")
    return (rank, x, match, near, (score, [*reasons, why], evidence))


def _same_unit_ties(officials: _Officials, ties: dict, c: int, r: int) -> list[dict]:
    """The other entries of the target's unit that the account points at exactly as strongly (a name and avatar
    copied to a platform where the unit has no account fit each of the unit's accounts equally)."""
    return [_target(officials.entries[x]) for x in _same_unit_rows(officials, ties, c, r)]


def _same_unit_rows(officials: _Officials, ties: dict, c: int, r: int) -> list[int]:
    """The registry positions of ``_same_unit_ties``."""
    held = ties.get(c)
    if not held or r not in held[1]:
        return []
    unit = officials.units[r]
    return [x for x in sorted(held[1]) if x != r and unit and officials.units[x] == unit]


def _copy_target_reason(officials: _Officials, acc: dict, ties: dict, c: int, r: int) -> str:
    """Why entry ``r`` is the target of a copy on a platform where its unit has no account, among the unit's entries
    the account fits as strongly on score (``_same_unit_rows``): the rest of the evidence (a nearer avatar, a reading
    that explains more of the name) when it tells them apart, else what an impersonator copies
    (``copy_source_reason``)."""
    others = _same_unit_rows(officials, ties, c, r)
    pairs = ties[c][1]
    level = [x for x in others if pairs[x][0] >= pairs[r][0]]
    if not level:
        return "头像距离、名称读法等其余证据以此账号最近，目标取它"
    return "名称、头像都分不出仿的是哪一个：" + copy_source_reason(officials, acc, r, level)


def _target_rank(officials: _Officials, acc: dict, r: int, match: NameMatch, dist: int, sim: float,
                 verdict: tuple[float, list[str], dict], max_distance: int, core: str | None = None) -> tuple:
    """How strongly ``acc`` points at registry entry ``r``: the highest rank among its pairs is the target.

    The policy, in order: the evidence score *before* the 0.99 cap (a copied avatar or description must still
    count when the name alone is already near-certain); then evidence that singles out this one entry rather
    than its unit — the nearest copy of its own description (a unit's entries on several platforms share name,
    avatar and unit, but each has its own description); then the same platform (one unit's entries read through
    different layers may leave different words unexplained: the platform says which of them was copied); then the
    reading that leaves fewer added characters unexplained (``NameMatch.unknown``: 我们湖南发布浏杨 read as 浏阳发布
    reversed, its 阳 written 杨, behind its own province leaves 我们; read as 湖南发布 it leaves 我们浏杨 — two readings
    a score's floor for review can make level, the one that accounts for more of the name is the one meant, before
    an avatar merely less far); then the nearer avatar; then the spelling whose changed characters stand for more of
    the entry's own by the strong likenesses (``_strong_likenesses``: 爪 is drawn like 瓜 in the shape table, only
    near 肃 in the glyph table — a respelt name fitting two entries of one template avatar alike points at the one
    it imitates most closely, not the one first in the registry); then the closer spelling and the more telling name
    layer.
    """
    _score, _reasons, evidence = verdict
    raw = _evidence_score(match, dist, max_distance, evidence)
    how = evidence.get("description")
    # Unit descriptions follow templates (…委员会官方公众号。发布…), so several entries pass the copy threshold:
    # the nearest description is the one copied.
    copied = fuzz.ratio(_text_key(acc.get("description")), officials.descriptions[r]) if how == "copied" else 0.0
    same_platform = officials.entries[r]["platform"] == acc.get("platform")
    strong = _strong_likenesses(_text_key(acc.get("name")) if core is None else core, officials.forms[r].core)
    return (round(raw, 3), round(copied, 1), same_platform, -match.unknown, -dist, strong, sim,
            -_LAYER_RANK.get(match.layer, 99))


def _strong_likenesses(cand: str, registered: str) -> int:
    """How many of the registered name's characters that the candidate (its normalised core) does not write are stood
    for by one it writes instead that is drawn alike by the shape table (``is_shape_similar``) or read alike with its
    tone (``same_sound``) — the strong likenesses, not the near glyphs or toneless readings every respelling has."""
    extra = {x for x in cand if x not in registered}
    if not extra:
        return 0
    return sum(1 for y in dict.fromkeys(registered) if y not in cand
               and any(is_shape_similar(x, y) or same_sound(x, y) for x in extra))


def _count(value) -> int:
    """A follower count as crawled (an int, a digit string, or nothing), 0 when unknown or unreadable."""
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def copy_source_rank(officials: _Officials, acc: dict, r: int) -> tuple[float, bool, int]:
    """Which of a unit's accounts ``acc``, a copy on a platform where the unit has no account, most likely copied once
    name, avatar and the rest of the evidence fit several of them exactly alike (a unit files one name and one avatar
    on every platform, so a copy fits each of them equally). What an impersonator does: it copies one account's
    profile, and the description it copies is that account's own (…官方微博。 names the platform: the closest copy,
    ``_Officials.copy_ratio``, even when the unit's template descriptions hide it from the description index); it
    re-posts the unit's output to look genuine, which it can only take from the account publishing the same form
    (videos for a copy on 抖音 or 快手, posts and articles for one on 微博 or 头条: ``core.records.PLATFORM_FORMS``); and
    it borrows the standing of the account the public knows best, the unit's flagship — the most followers as
    crawled. Registry order decides the rest (``_copied_entry``)."""
    form = PLATFORM_FORMS.get(acc.get("platform") or "")
    return (officials.copy_ratio(acc.get("description"), r),
            form is not None and PLATFORM_FORMS.get(officials.entries[r].get("platform")) == form,
            officials.followers[r])


def copy_source_reason(officials: _Officials, acc: dict, r: int, others: list[int]) -> str:
    """Why entry ``r`` and not one of ``others`` (the unit's entries the account fits as well) is the target of a
    copy on a platform where the unit has no account: its description copied, the same form of content, more
    followers, or none of these (registry order)."""
    mine = copy_source_rank(officials, acc, r)
    theirs = [copy_source_rank(officials, acc, x) for x in others]
    entry = officials.entries[r]
    where = PLATFORM_ZH.get(entry.get("platform"), entry.get("platform") or "")
    where += "" if where.endswith("号") else "账号"
    if mine[0] and all(mine[0] > t[0] for t in theirs):
        return f"目标取简介被照抄的{where}（简介与它的简介最接近）"
    alike = [t for t in theirs if t[1] == mine[1]]  # the others of the same form as this one (or, as it, of another)
    why, because = [], []
    if mine[1] and len(alike) < len(theirs):
        why.append(f"同为{PLATFORM_FORM_ZH[PLATFORM_FORMS[entry['platform']]]}平台")
        because.append("搬运的内容只能取自同类平台的账号")
    if mine[2] and alike and all(mine[2] > t[2] for t in alike):
        why.append(f"粉丝最多（{mine[2]}）")
        because.append("仿冒者借用公众最熟悉的账号")
    if not why:
        return f"目标取该单位在备案表中排在前面的{where}"
    return f"目标取该单位{'、'.join(why)}的{where}（{'；'.join(because)}）"


def _chunks(text: str) -> list[str]:
    """The two-character pieces of added text (enough to tell whether they come from an organisation's name)."""
    return [text[i:i + 2] for i in range(0, max(1, len(text) - 1))]


# ---- explaining one name (govwatch detect explain) ------------------------------------------------------------

EXPLAIN_ID = "__explain__"


def explain(ctx: DetectionContext, account: dict, top: int = 5) -> dict:
    """Why ``account`` is or is not flagged: its verdict, the closest registry entries and each layer's verdict.

    ``ctx`` holds the registry; ``account`` has at least a name (and optionally a platform, ``avatar_hashes`` and
    ``avatar``, a local image file the pixel layer searches).
    The verdict is the detector's own (``assess`` on a context holding only this account), so what is printed is
    what a run would report.
    """
    from rapidfuzz import fuzz, process

    min_score = float(ctx.setting("detect.impostor_min_score"))
    max_distance = int(ctx.setting("detect.avatar_max_distance"))
    decorations = ctx.setting("detect.name_decorations")
    account = dict(account, account_id=account.get("account_id") or EXPLAIN_ID)
    single = DetectionContext(registry=ctx.registry, accounts=list(ctx.accounts) + [account], as_of=ctx.as_of,
                              cfg=ctx.cfg, base_dir=ctx.base_dir)
    verdict = None
    for acc, finding in assess(single, keep_all=True):
        if acc is account:
            verdict = finding
    officials = _Officials(single)
    form = analyse_name(account.get("name") or "", decorations)
    read = [form]
    numerals = officials.read_numerals(read, decorations).get(0)
    form = read[0]
    cands = process.extract(form.core, [f.core for f in officials.forms], scorer=fuzz.WRatio, limit=top * 4)
    seen, closest = set(), []
    row = hash_matrix([account.get("avatar_hashes")])
    distinctive = set(officials.distinctive_positions)
    position = {(e["platform"], str(e["account_id"])): i for i, e in enumerate(officials.entries)}
    sub_places = officials.sub_place_matches_of(form)  # a township of the target's county where its place sits
    latin = officials.latin_place_pattern  # a place written in Latin letters (jx市场监管)
    latin = officials.latin_place_matches(form, [m.start() for m in latin.finditer(form.core)]) if latin else {}
    # shop words around a registered name may be a disguise, as in the run (``_disguised_pairs``)
    scam, hidden = read_scam(account.get("description")) is not None, hidden_marks(account.get("name") or "")
    split = split_word(account.get("name") or "")
    first = []  # the finding's target and the other pairs the detector weighed come first
    if verdict:
        for t in [verdict["target"]] + [p["target"] for p in verdict["evidence"].get("pairs", [])]:
            r = position.get((t["platform"], str(t["account_id"])))
            if r is not None:
                first.append((None, fuzz.WRatio(form.core, officials.forms[r].core), r))
    for _, sim, r in first + sorted(cands, key=lambda x: -x[1]):
        entry = officials.entries[r]
        key = (entry.get("name"), entry.get("platform"))
        if key in seen:
            continue
        seen.add(key)
        match = compare_names(form, officials.forms[r])
        hits = [h for h in officials.affixes.find(form.core) if h[0].position == r]
        affixed = [officials.affixed(v, b, a, ch, following_decoration(form), raw_name=form.raw, core=form.core)
                   for v, b, a, ch in hits]
        if not any(affixed):
            affixed = [officials.affixed(v, b, a, ch, following_decoration(form), why, raw_name=form.raw,
                                         core=form.core)
                       for v, b, a, ch in hits for why in [disguise_reason(scam, hidden, ch, v.text, split)] if why]
        affixed += [peeled_match(compare_names(peeled, officials.forms[r]), before, after, entry.get("name") or "")
                    for before, peeled, after in _peeled_forms(form.core)]
        affixed += [m for x, m in officials.abbreviation_matches(form.core) + officials.place_peeled_matches(form.core)
                    if x == r]
        affixed = [m for m in affixed if m is not None]
        if not any(m.layer in ("abbrev", "unit", "office", "short") for m in affixed):  # as in ``_place_layer_pairs``
            affixed += [m for x, m in officials.system_matches(form.core) if x == r]
        if r in sub_places:
            affixed.append(sub_places[r])
        if r in latin:
            affixed.append(latin[r])
        ruled_out = [] if affixed else [
            why for v, b, a, _ in officials.affixes.find(form.core) if v.position == r
            for why in [ruled_out_reason(v, b, a, officials.own_places(r), officials.affixes.all_places,
                                         following_decoration(form))]
            if why]
        dist = int(pair_distances(row, officials.matrix[r:r + 1])[0]) if account.get("avatar_hashes") else None
        closest.append({
            "target": _target(entry), "unit": entry.get("unit"), "similarity": round(sim / 100, 3),
            "name_layer": match.layer if match else None, "name_score": match.score if match else None,
            "name_reasons": match.reasons if match else [],
            "affix_layer": affixed[0].layer if affixed else None,
            "affix_score": max(m.score for m in affixed) if affixed else None,
            "affix_reasons": max(affixed, key=lambda m: m.score).reasons if affixed else [],
            "affix_ruled_out": ruled_out[0] if ruled_out else None,
            "other_place": officials.other_place(form.core, r) or _sound_alike_other_place(officials, form.core, r)
            or None,
            "thing_of_place": officials.thing_of_place(form.core, r) or None,
            "avatar_distance": dist if dist is not None and dist <= 64 else None,
            "avatar_similar": dist is not None and dist <= max_distance,
            "avatar_kind": ("专属" if r in distinctive else "模板或无") if officials.hashes[r] else "无头像",
            "avatar_colour_distance": _colour_gap(account.get("avatar_hashes"), officials.colours[r]),
        })
        if len(closest) >= top:
            break
    return {
        "name": account.get("name"), "normalised": form.core, "numerals": numerals, "platform": account.get("platform"),
        "government_verified": bool(government_verification(account)),
        "verified_as": verified_organisation(account),
        "looks_governmental": looks_governmental(account.get("name")),
        "threshold": min_score, "finding": verdict,
        "flagged": bool(verdict and verdict["score"] >= min_score),
        "closest": closest,
        "avatar_layer": _explain_avatar(officials, account, form, max_distance),
        "profile_scam": _explain_scam(account),
        "pixel_layer": _explain_pixels(single, officials, account, form),
    }


def _explain_pixels(ctx: DetectionContext, officials: _Officials, account: dict, form) -> str:
    """The pixel layer's verdict on ``account`` (a local avatar file searched for a registry avatar cropped or
    shrunk into it), in Chinese (``govwatch detect explain``)."""
    if government_verification(account):
        return "已认证为政务账号，像素层不判断"
    pixels = _PixelSearch(officials, ctx.base_dir, int(ctx.setting("detect.avatar_pixel_max_pairs")))
    hashes = hashes_for_record(account, ctx.base_dir)
    return pixels.verdict(account, form, hash_matrix([hashes])[0] if hashes else None)[1]


def _colour_gap(hashes: dict | None, registry_colour: np.ndarray) -> float | None:
    if not hashes:
        return None
    gap = float(colour_distances(colour_matrix([hashes])[0], registry_colour[None, :])[0])
    return None if np.isnan(gap) else round(gap, 3)


def _explain_avatar(officials: _Officials, account: dict, form, max_distance: int) -> str:
    """The avatar-only rule's verdict on ``account``, in Chinese (``govwatch detect explain``)."""
    hashes = account.get("avatar_hashes")
    if not hashes:
        return "未提供头像，头像层未判断"
    if government_verification(account):
        return "已认证为政务账号，头像层不判断"
    _, why = avatar_only_verdict(officials, account, form, hash_matrix([hashes])[0], colour_matrix([hashes])[0],
                                 max_distance)
    return why


def _explain_scam(account: dict) -> str:
    """What the description asks of its reader (``detectors.profile_claims``), in Chinese (``govwatch detect
    explain``)."""
    if not (account.get("description") or "").strip():
        return "未提供简介"
    scam = read_scam(account.get("description"))
    if scam is None:
        return "简介未见冒充政务的诈骗话术（私下联系、收费、索要证件或银行卡、补贴诱饵、换号说辞的组合）"
    return (scam.summary() + "：名称指向某单位时加分（+" + f"{SCAM_BONUS:.2f}" + "），并使其他机构的认证不能为它作保；"
            "头像接近某单位专属头像时也可据此标记（待复核）")
