"""Names for generated people and organisations, in the scripts a federation's register holds.

Each language lists given and family names as (Latin transliteration, own script). Latin-script
languages have no separate native form (None), but keep their diacritics (Łukasz, Çağlar,
Jürgen), which is what folding and search have to cope with. Family names that change with
gender (Russian, Greek, Polish...) are listed as (male, female) pairs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

Name = tuple[str, str | None]  # (Latin, own script or None)


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, stored in Person.languages
    weight: int  # how often it is drawn
    women: tuple[Name, ...]
    men: tuple[Name, ...]
    # (male form, female form); the same form twice where the name does not change
    families: tuple[tuple[Name, Name], ...]
    salutations: tuple[str, str]  # (for a woman, for a man)


def _same(*names: Name) -> tuple[tuple[Name, Name], ...]:
    return tuple((name, name) for name in names)


def _latin(*names: str) -> tuple[Name, ...]:
    return tuple((name, None) for name in names)


LANGUAGES: tuple[Language, ...] = (
    Language(
        "en",
        14,
        _latin("Emily", "Mabel", "Grace", "Sarah", "Hannah", "Olivia", "Margaret", "Ruth"),
        _latin("John", "Thomas", "William", "James", "Peter", "Richard", "George", "David"),
        _same(*_latin("Smith", "Adams", "Johnson", "Hamblin", "Turner", "Walker", "Baker")),
        ("Ms", "Mr"),
    ),
    Language(
        "ru",
        12,
        (
            ("Olga", "Ольга"),
            ("Natalya", "Наталья"),
            ("Yelena", "Елена"),
            ("Anna", "Анна"),
            ("Tatyana", "Татьяна"),
            ("Irina", "Ирина"),
        ),
        (
            ("Ivan", "Иван"),
            ("Sergey", "Сергей"),
            ("Dmitry", "Дмитрий"),
            ("Aleksey", "Алексей"),
            ("Nikolay", "Николай"),
            ("Pyotr", "Пётр"),
        ),
        (
            (("Smirnov", "Смирнов"), ("Smirnova", "Смирнова")),
            (("Petrov", "Петров"), ("Petrova", "Петрова")),
            (("Volkov", "Волков"), ("Volkova", "Волкова")),
            (("Kuznetsov", "Кузнецов"), ("Kuznetsova", "Кузнецова")),
            (("Sokolov", "Соколов"), ("Sokolova", "Соколова")),
            (("Fyodorov", "Фёдоров"), ("Fyodorova", "Фёдорова")),
        ),
        ("Г-жа", "Г-н"),
    ),
    Language(
        "uk",
        5,
        (("Oksana", "Оксана"), ("Iryna", "Ірина"), ("Halyna", "Галина"), ("Yuliia", "Юлія")),
        (("Taras", "Тарас"), ("Andrii", "Андрій"), ("Bohdan", "Богдан"), ("Yurii", "Юрій")),
        _same(
            ("Shevchenko", "Шевченко"),
            ("Kovalenko", "Коваленко"),
            ("Bondarenko", "Бондаренко"),
            ("Tkachuk", "Ткачук"),
            ("Melnyk", "Мельник"),
        ),
        ("Пані", "Пан"),
    ),
    Language(
        "el",
        5,
        (("Maria", "Μαρία"), ("Eleni", "Ελένη"), ("Aikaterini", "Αικατερίνη"), ("Sofia", "Σοφία")),
        (
            ("Giorgos", "Γιώργος"),
            ("Nikos", "Νίκος"),
            ("Dimitris", "Δημήτρης"),
            ("Kostas", "Κώστας"),
        ),
        (
            (("Papadopoulos", "Παπαδόπουλος"), ("Papadopoulou", "Παπαδοπούλου")),
            (("Georgiou", "Γεωργίου"), ("Georgiou", "Γεωργίου")),
            (("Nikolaidis", "Νικολαΐδης"), ("Nikolaidou", "Νικολαΐδου")),
            (("Oikonomou", "Οικονόμου"), ("Oikonomou", "Οικονόμου")),
        ),
        ("Κα", "Κος"),
    ),
    Language(
        "zh",
        8,
        (("Fang", "芳"), ("Jing", "静"), ("Xiuying", "秀英"), ("Min", "敏"), ("Li", "丽")),
        (("Wei", "伟"), ("Lei", "磊"), ("Qiang", "强"), ("Jun", "军"), ("Yong", "勇")),
        _same(
            ("Wang", "王"),
            ("Li", "李"),
            ("Zhang", "张"),
            ("Liu", "刘"),
            ("Chen", "陈"),
            ("Zhao", "赵"),
        ),
        ("女士", "先生"),
    ),
    Language(
        "ja",
        4,
        (("Misaki", "美咲"), ("Yui", "結衣"), ("Haruka", "遥"), ("Aoi", "葵")),
        (("Kenta", "健太"), ("Hiroshi", "博"), ("Takumi", "拓海"), ("Sho", "翔")),
        _same(("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中")),
        ("様", "様"),
    ),
    Language(
        "ko",
        3,
        (("Seo-yeon", "서연"), ("Ji-woo", "지우"), ("Min-seo", "민서")),
        (("Min-jun", "민준"), ("Do-yun", "도윤"), ("Ha-jun", "하준")),
        _same(("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최")),
        ("씨", "씨"),
    ),
    Language(
        "ka",
        2,
        (("Nino", "ნინო"), ("Tamar", "თამარ"), ("Mariam", "მარიამ")),
        (("Giorgi", "გიორგი"), ("Davit", "დავით"), ("Levan", "ლევან")),
        _same(("Beridze", "ბერიძე"), ("Kapanadze", "კაპანაძე"), ("Gelashvili", "გელაშვილი")),
        ("ქ-ნი", "ბ-ნი"),
    ),
    Language(
        "de",
        10,
        _latin("Käthe", "Gisela", "Ursula", "Bärbel", "Jutta", "Sabine"),
        _latin("Jürgen", "Uwe", "Günter", "Matthias", "Stefan", "Klaus"),
        _same(*_latin("Müller", "Schröder", "Weiß", "Köhler", "Groß", "Hoffmann")),
        ("Frau", "Herr"),
    ),
    Language(
        "fr",
        8,
        _latin("Hélène", "Amélie", "Françoise", "Chloé", "Margaux"),
        _latin("François", "Jérôme", "Loïc", "Noël", "Étienne"),
        _same(*_latin("Lefèvre", "Dubois", "Moreau", "Girard", "Bézier")),
        ("Mme", "M."),
    ),
    Language(
        "pl",
        5,
        _latin("Małgorzata", "Zofia", "Agnieszka", "Grażyna"),
        _latin("Łukasz", "Paweł", "Wojciech", "Jędrzej"),
        (
            (("Wójcik", None), ("Wójcik", None)),
            (("Kowalski", None), ("Kowalska", None)),
            (("Wiśniewski", None), ("Wiśniewska", None)),
            (("Głuchowski", None), ("Głuchowska", None)),
        ),
        ("Pani", "Pan"),
    ),
    Language(
        "tr",
        4,
        _latin("Ayşe", "Gülşen", "Şule", "Özlem"),
        _latin("Çağlar", "Oğuz", "İsmail", "Barış"),
        _same(*_latin("Yılmaz", "Öztürk", "Şahin", "Çelik", "Aydın")),
        ("Bayan", "Bay"),
    ),
    Language(
        "cs",
        2,
        _latin("Jiřina", "Zdeňka", "Věra"),
        _latin("Jiří", "Přemysl", "Dušan"),
        ((("Dvořák", None), ("Dvořáková", None)), (("Novák", None), ("Nováková", None))),
        ("paní", "pan"),
    ),
    Language(
        "es",
        4,
        _latin("María José", "Inés", "Begoña", "Ángela"),
        _latin("José Ramón", "Íñigo", "Andrés", "Martín"),
        _same(*_latin("García", "Muñoz", "Pérez", "Núñez", "Ibáñez")),
        ("Sra.", "Sr."),
    ),
)

ROLES = (
    "Mayor",
    "Deputy mayor",
    "Councillor",
    "Teacher",
    "Head teacher",
    "Interpreter",
    "Journalist",
    "Museum curator",
    "Volunteer",
    "Student",
    "Doctor",
    "Choir leader",
    "Engineer",
    "Secretary",
)

ORGANISATION_WORDS = {
    "school": ("School No. {n}", "Gymnasium {n}", "{city} Secondary School"),
    "university": ("{city} State University", "{city} Polytechnic", "{city} Academy of Music"),
    "museum": ("{city} Museum of History", "{city} Art Gallery", "{city} Panorama Museum"),
    "hospital": ("{city} Children's Hospital", "{city} City Clinic No. {n}"),
    "union": ("{city} Miners' Union", "{city} Teachers' Union"),
    "business": ("{city} Tractor Works", "{city} Textile Mill", "{city} Brewery"),
    "committee": ("{city} Twinning Committee", "{city} Friendship Society"),
    "town_hall": ("{city} City Council", "{city} Town Hall"),
    "other": ("{city} Choir", "{city} Football Club", "{city} Scouts"),
}

_WEIGHTS = [language.weight for language in LANGUAGES]


@dataclass(frozen=True)
class DrawnName:
    language: str
    woman: bool
    given: str
    family: str
    given_native: str | None
    family_native: str | None
    salutation: str


def draw_name(rng: random.Random) -> DrawnName:
    language = rng.choices(LANGUAGES, _WEIGHTS)[0]
    woman = rng.random() < 0.5
    given = rng.choice(language.women if woman else language.men)
    family = rng.choice(language.families)[1 if woman else 0]
    return DrawnName(
        language.code,
        woman,
        given[0],
        family[0],
        given[1],
        family[1],
        language.salutations[0 if woman else 1],
    )
