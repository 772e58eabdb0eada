"""The matcher: which participant could live with which host family, and which is best.

Pure functions over plain values (no database), so that property-based tests can throw random
families and participants at it. HARD constraints are never broken by a suggestion:

* a free bed (never more participants than the family's capacity);
* allergies: nobody allergic to an animal the family keeps, and any other allergy (food...)
  only with a family that says it can manage it;
* the family's vetting is valid on the programme's first day;
* a minor (by age on the first day) only with a guardian's consent covering the stay;
* where the programme asks for it, one gender per family — siblings who asked to be together
  are the exception (they are family, not strangers sharing a house).

SOFT preferences rank the families that pass: a family speaking the language studied, a
language shared with the participant, siblings together or apart as asked, distance to the
school when both places have coordinates, a non-smoking home. The order of work is fixed
(the participant with the fewest possible families first, ties by id; families ties by id), so
the same input always gives the same suggestions. Every suggestion carries its reasons and
every participant left over says why.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from exchangedesk.domain.languages import language_name
from exchangedesk.domain.text import fold

# Allergens that are animals: an allergy to one of them rules out a family keeping it, and no
# family "manages" it. Any other allergen has to be one the family says it can manage.
ANIMALS = frozenset(
    {"cat", "dog", "rabbit", "horse", "hamster", "guinea pig", "bird", "parrot", "budgie",
     "ferret", "mouse", "rat", "gerbil", "chinchilla", "chicken"}
)  # fmt: skip
ANY_PET = frozenset({"animal", "pet", "fur", "animal hair", "pet hair", "dander"})


def allergen(text: str) -> str:
    """The comparable name of an allergen or pet: "Cats" -> "cat", "nuts (nut-free kitchen)" ->
    "nut", "guinea pigs" -> "guinea pig"."""
    words = fold(re.sub(r"\(.*?\)", " ", text)).replace("-", " ").split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def allergens(items: Sequence[str]) -> frozenset[str]:
    return frozenset(a for a in (allergen(i) for i in items) if a)


@dataclass(frozen=True)
class Student:
    id: int
    name: str
    gender: str | None = None
    languages: frozenset[str] = frozenset()
    allergies: frozenset[str] = frozenset()  # normalised with allergen()
    consent_problem: str | None = None  # why a minor may not be placed yet, or None
    sibling_group: str | None = None
    siblings_together: bool | None = None
    school_location: tuple[float, float] | None = None


@dataclass(frozen=True)
class Home:
    id: int
    name: str
    capacity: int
    vetting_valid_until: dt.date | None
    languages: frozenset[str] = frozenset()
    pets: frozenset[str] = frozenset()  # normalised with allergen()
    allergies_managed: frozenset[str] = frozenset()
    smokers: bool = False
    location: tuple[float, float] | None = None


@dataclass(frozen=True)
class Rules:
    starts_on: dt.date
    same_gender: bool = True
    language: str | None = None  # the language studied (ISO 639)


@dataclass(frozen=True)
class Suggestion:
    participant_id: int
    family_id: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Unplaced:
    participant_id: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MatchResult:
    suggestions: tuple[Suggestion, ...] = ()
    unplaced: tuple[Unplaced, ...] = ()
    placed: Mapping[int, tuple[int, ...]] = field(default_factory=dict)  # family -> everyone

    def for_participant(self, participant_id: int) -> Suggestion | None:
        return next((s for s in self.suggestions if s.participant_id == participant_id), None)


def _siblings(a: Student, b: Student) -> bool:
    return bool(a.sibling_group) and fold(a.sibling_group) == fold(b.sibling_group)


def allergy_problems(student: Student, home: Home) -> list[str]:
    problems = []
    for item in sorted(student.allergies):
        if item in ANY_PET:
            if home.pets:
                problems.append(
                    f"allergic to animals; the family keeps {', '.join(sorted(home.pets))}"
                )
        elif item in home.pets:
            problems.append(f"allergic to {item}; the family keeps one")
        elif item not in ANIMALS and item not in home.allergies_managed:
            problems.append(f"{item} allergy the family has not said it can manage")
    return problems


def hard_problems(
    student: Student, home: Home, housed: Sequence[Student], rules: Rules
) -> list[str]:
    """Every hard constraint that placing ``student`` with ``home`` (where ``housed`` already
    live) would break; empty if the placement is allowed."""
    problems = []
    if student.consent_problem:
        problems.append(student.consent_problem)
    if home.vetting_valid_until is None:
        problems.append("the family was never vetted")
    elif home.vetting_valid_until < rules.starts_on:
        problems.append(
            f"the family's vetting lapsed on {home.vetting_valid_until.isoformat()}, "
            "before the programme starts"
        )
    if len(housed) >= home.capacity:
        problems.append(f"no free bed ({home.capacity} taken)")
    problems.extend(allergy_problems(student, home))
    if rules.same_gender:
        mine = fold(student.gender)
        others = [
            o for o in housed
            if not (_siblings(o, student) and student.siblings_together and o.siblings_together)
        ]  # fmt: skip
        if not mine and others:
            problems.append("gender not recorded; the programme places one gender per family")
        elif any(fold(o.gender) != mine for o in others):
            problems.append("the programme places one gender per family")
    return problems


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def preference(
    student: Student,
    home: Home,
    housed: Sequence[Student],
    rules: Rules,
    waiting_siblings: int,
) -> tuple[float, list[str]]:
    """How good the family is for the student (higher is better) and why."""
    score, reasons = 0.0, []
    if rules.language and fold(rules.language) in home.languages:
        score += 3
        reasons.append(f"speaks {language_name(fold(rules.language))} (studied)")
    shared = sorted((student.languages & home.languages) - {fold(rules.language or "")})
    if shared:
        score += 2
        names = ", ".join(language_name(code) for code in shared)
        reasons.append(f"also speaks {names}")
    here = [o.name for o in housed if _siblings(o, student)]
    if student.sibling_group and student.siblings_together is not None:
        if student.siblings_together and here:
            score += 5
            reasons.append(f"with sibling {', '.join(here)}, as asked")
        elif student.siblings_together and home.capacity - len(housed) > waiting_siblings:
            score += 1
            reasons.append("room for the siblings too")
        elif not student.siblings_together and here:
            score -= 5
            reasons.append(f"with sibling {', '.join(here)} though apart was asked")
        elif not student.siblings_together:
            score += 1
            reasons.append("apart from siblings, as asked")
    if student.school_location and home.location:
        km = distance_km(student.school_location, home.location)
        score += max(0.0, 3 - km / 3)
        reasons.append(f"{km:.1f} km from school")
    if home.smokers:
        score -= 1
        reasons.append("smokers at home")
    if not reasons:
        reasons.append("a free bed in a vetted family")
    return score, reasons


def match(
    students: Sequence[Student],
    homes: Sequence[Home],
    rules: Rules,
    housed: Mapping[int, Sequence[Student]] | None = None,
) -> MatchResult:
    """Suggest a family for every student not yet housed. ``housed`` holds, per family id,
    the students already placed there (they stay where they are)."""
    homes = sorted(homes, key=lambda h: h.id)
    living: dict[int, list[Student]] = {h.id: list((housed or {}).get(h.id, ())) for h in homes}
    already = {s.id for group in living.values() for s in group}
    waiting = sorted((s for s in students if s.id not in already), key=lambda s: s.id)
    suggestions: list[Suggestion] = []
    unplaced: list[Unplaced] = []
    for student in [s for s in waiting if s.consent_problem]:
        unplaced.append(Unplaced(student.id, (student.consent_problem or "",)))
    waiting = [s for s in waiting if not s.consent_problem]

    def feasible(student: Student) -> list[Home]:
        return [h for h in homes if not hard_problems(student, h, living[h.id], rules)]

    while waiting:
        # The hardest to place first, so that easy ones do not take the only bed that fits.
        student = min(waiting, key=lambda s: (len(feasible(s)), s.id))
        waiting.remove(student)
        options = feasible(student)
        if not options:
            why = [
                f"{h.name}: {'; '.join(hard_problems(student, h, living[h.id], rules))}"
                for h in homes
            ]
            unplaced.append(Unplaced(student.id, tuple(why) or ("no host families",)))
            continue
        siblings_left = sum(1 for s in waiting if _siblings(s, student))
        ranked = []
        for home in options:
            score, reasons = preference(student, home, living[home.id], rules, siblings_left)
            ranked.append((-score, home.id, home, reasons))
        ranked.sort(key=lambda r: (r[0], r[1]))
        negative, _, home, reasons = ranked[0]
        living[home.id].append(student)
        suggestions.append(Suggestion(student.id, home.id, -negative, tuple(reasons)))
    return MatchResult(
        tuple(suggestions),
        tuple(sorted(unplaced, key=lambda u: u.participant_id)),
        {hid: tuple(s.id for s in group) for hid, group in living.items()},
    )
