"""Organisations and people, in Latin script and their own, with a few sensitive details.

Historical figures are real (Clementine Churchill, her companions Mabel Johnson and Grace
Hamblin, Coventry's mayor Emily Smith and the embroiderer May Adams); everyone else is fictional
and says so in the notes.
"""

from __future__ import annotations

import datetime as dt

from exchangedesk.domain.enums import OrganisationKind as O
from exchangedesk.services.samples.demo._support import (
    FICTIONAL,
    FICTIONAL_ORG,
    HARBIN_TRIP_LAST_DAY,
    VOLGOGRAD_VISIT_LAST_DAY,
    Demo,
)


def build_organisations(demo: Demo) -> None:
    org = demo.org
    org(
        "council",
        "Coventry City Council",
        O.TOWN_HALL,
        "coventry",
        address="Council House, Earl Street, Coventry",
        website="https://www.coventry.gov.uk",
    )
    org(
        "committee",
        "Coventry Twinning Committee",
        O.COMMITTEE,
        "coventry",
        notes="The committee whose register this demo is. " + FICTIONAL_ORG,
    )
    org(
        "lanchester",
        "Lanchester College of Technology",
        O.UNIVERSITY,
        "coventry",
        other_names=("Lanchester Polytechnic",),
        notes="Became Lanchester Polytechnic in 1970 and, after further changes, Coventry "
        "University in 1992.",
    )
    org(
        "cov_uni",
        "Coventry University",
        O.UNIVERSITY,
        "coventry",
        address="Priory Street, Coventry",
        website="https://www.coventry.ac.uk",
    )
    org(
        "miners",
        "Coventry miners' federation",
        O.UNION,
        "coventry",
        notes="Named as in the committee's wartime records; gave to the Stalingrad appeal.",
    )
    org("cathedral", "Coventry Cathedral", O.OTHER, "coventry", address="1 Hill Top, Coventry")
    org(
        "herbert",
        "Herbert Art Gallery & Museum",
        O.MUSEUM,
        "coventry",
        address="Jordan Well, Coventry",
    )
    org("cov_school", "Whitefriars Academy", O.SCHOOL, "coventry", notes=FICTIONAL_ORG)
    org(
        "red_cross_fund",
        "Red Cross Aid to Russia Fund",
        O.COMMITTEE,
        "london",
        other_names=("Mrs Churchill's Aid to Russia Fund",),
        notes="Set up in 1941 under the British Red Cross and chaired by Clementine Churchill; "
        "it sent medical supplies, equipment and clothing to the Soviet Union.",
    )
    org(
        "vlg_admin",
        "Volgograd City Administration",
        O.TOWN_HALL,
        "volgograd",
        native="Администрация Волгограда",
    )
    org(
        "vlg_ped",
        "Volgograd State Pedagogical Institute",
        O.UNIVERSITY,
        "volgograd",
        native="Волгоградский государственный педагогический институт",
        other_names=(
            "Volgograd State Socio-Pedagogical University",
            "Волгоградский государственный социально-педагогический университет",
        ),
        notes="Today the Volgograd State Socio-Pedagogical University.",
    )
    org(
        "panorama",
        "Panorama Museum “Battle of Stalingrad”",
        O.MUSEUM,
        "volgograd",
        native="Музей-панорама «Сталинградская битва»",
        other_names=("Stalingrad Panorama Museum",),
        notes="Opened in 1982; keeps the 1944 Coventry tablecloth.",
    )
    org("kemi_town", "City of Kemi", O.TOWN_HALL, "kemi", native="Kemin kaupunki")
    org(
        "dresden_city", "City of Dresden", O.TOWN_HALL, "dresden", native="Landeshauptstadt Dresden"
    )
    org("dresden_school", "Elbtal-Gymnasium Dresden", O.SCHOOL, "dresden", notes=FICTIONAL_ORG)
    org(
        "harbin_fao",
        "Harbin Municipal Foreign Affairs Office",
        O.TOWN_HALL,
        "harbin",
        native="哈尔滨市人民政府外事办公室",
    )
    org("hit", "Harbin Institute of Technology", O.UNIVERSITY, "harbin", native="哈尔滨工业大学")


# key | given | family | given (own script) | family (own script) | gender | organisation |
# role | salutation | extra language
VOLGOGRAD_PEOPLE = """
smirnova   | Olga      | Smirnova   | Ольга     | Смирнова   | female | vlg_ped  | Head of International Programmes | Г-жа | en
kuznetsov  | Dmitry    | Kuznetsov  | Дмитрий   | Кузнецов   | male   | vlg_ped  | Interpreter                      | Г-н  | en
volkova    | Elena     | Volkova    | Елена     | Волкова    | female | panorama | Curator                          | Г-жа |
morozov    | Sergei    | Morozov    | Сергей    | Морозов    | male   | panorama | Education officer                | Г-н  |
orlova     | Tatiana   | Orlova     | Татьяна   | Орлова     | female | vlg_ped  | Lecturer in English              | Г-жа | en
sokolov    | Andrei    | Sokolov    | Андрей    | Соколов    | male   | vlg_ped  | Lecturer in history              | Г-н  |
lebedeva   | Anastasia | Lebedeva   | Анастасия | Лебедева   | female | vlg_ped  | Student                          |      | en
pavlov     | Maxim     | Pavlov     | Максим    | Павлов     | male   | vlg_ped  | Student                          |      | en
novikova   | Yulia     | Novikova   | Юлия      | Новикова   | female | vlg_ped  | Student                          |      |
fyodorov   | Artyom    | Fyodorov   | Артём     | Фёдоров    | male   | vlg_ped  | Student                          |      |
yegorov    | Pavel     | Yegorov    | Павел     | Егоров     | male   |          | Journalist                       | Г-н  |
zaitseva   | Marina    | Zaitseva   | Марина    | Зайцева    | female |          | Folk singer                      | Г-жа |
serova     | Galina    | Serova     | Галина    | Серова     | female | vlg_ped  | Lecturer in English (1970)       |      | en
grigorieva | Lyudmila  | Grigorieva | Людмила   | Григорьева | female | vlg_ped  | Student (1970)                   |      |
belov      | Nikolai   | Belov      | Николай   | Белов      | male   | vlg_ped  | Student (1970)                   |      |
antonova   | Vera      | Antonova   | Вера      | Антонова   | female | vlg_ped  | Student (1970)                   |      |
kovalyov   | Yuri      | Kovalyov   | Юрий      | Ковалёв    | male   | vlg_ped  | Student (1970)                   |      |
"""
KEMI_PEOPLE = """
virtanen  | Aarne   | Virtanen  | | | male   | kemi_town | Chairman of the town council (1959) | |
heikkinen | Kaarina | Heikkinen | | | female |           | Teacher (1959)                      | |
laine     | Eino    | Laine     | | | male   |           | Forester (1959)                     | |
"""
DRESDEN_PEOPLE = """
vogel            | Katrin  | Vogel    | | | female | dresden_city   | Deputy Mayor for Culture       | Frau |
richter          | Thomas  | Richter  | | | male   | dresden_city   | International relations office | Herr |
schubert         | Anja    | Schubert | | | female | dresden_city   | Youth worker                   | Frau |
lehmann          | Frank   | Lehmann  | | | male   | dresden_school | Teacher of English             | Herr |
birgit_schroeder | Birgit  | Schröder | | | female |                | Parent                         | Frau |
sabine_hoffmann  | Sabine  | Hoffmann | | | female |                | Parent                         | Frau |
michael_krueger  | Michael | Krüger   | | | male   |                | Parent                         | Herr |
lena_schroeder   | Lena    | Schröder | | | female | dresden_school | Pupil                          |      |
paul_schroeder   | Paul    | Schröder | | | male   | dresden_school | Pupil                          |      |
mia_hoffmann     | Mia     | Hoffmann | | | female | dresden_school | Pupil                          |      |
jonas_krueger    | Jonas   | Krüger   | | | male   | dresden_school | Pupil                          |      |
"""


def _rows(table: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("|")] for line in table.strip().splitlines()]


def build_people(demo: Demo) -> None:
    person = demo.person
    # -- historical figures --------------------------------------------------------------
    person(
        "clementine",
        "Clementine",
        "Churchill",
        salutation="Mrs",
        org="red_cross_fund",
        role="Chairman, Red Cross Aid to Russia Fund",
        gender="female",
        languages="en,fr",
        city="london",
        notes="Toured the Soviet Union from April to May 1945 to see what the Fund had paid "
        "for, Stalingrad included, and was awarded the Order of the Red Banner of Labour. "
        "In 2019 Volgograd decided to name a street after her.",
    )
    person(
        "mabel_johnson",
        "Mabel",
        "Johnson",
        salutation="Miss",
        org="red_cross_fund",
        role="Secretary of the Aid to Russia Fund committee",
        gender="female",
        languages="en",
        city="london",
        notes="Travelled with Clementine Churchill in 1945.",
    )
    person(
        "grace_hamblin",
        "Grace",
        "Hamblin",
        salutation="Miss",
        role="Private secretary to Clementine Churchill",
        gender="female",
        languages="en",
        city="london",
        notes="Travelled with Clementine Churchill in 1945.",
    )
    person(
        "emily_smith",
        "Emily",
        "Smith",
        salutation="Mrs",
        org="council",
        role="Mayor of Coventry (1943)",
        gender="female",
        languages="en",
        city="coventry",
        notes="Among the Coventry women who signed the tablecloth for Stalingrad.",
    )
    person(
        "may_adams",
        "May",
        "Adams",
        salutation="Mrs",
        role="Embroidered the signatures on the tablecloth for Stalingrad",
        gender="female",
        languages="en",
        city="coventry",
    )
    # -- Coventry, fictional ----------------------------------------------------------------
    person(
        "town_clerk",
        "Arthur",
        "Pemberton",
        salutation="Mr",
        org="council",
        role="Town Clerk of Coventry (1940s)",
        gender="male",
        languages="en",
        city="coventry",
        notes=FICTIONAL + " Stands in for the wartime town clerk, whose name the demo does "
        "not record.",
    )
    person(
        "lord_mayor",
        "Jennifer",
        "Ashworth",
        salutation="Cllr",
        form_of_address="The Right Worshipful the Lord Mayor of Coventry",
        org="council",
        role="Lord Mayor of Coventry",
        gender="female",
        languages="en,fr",
        email="lord.mayor@example.org",
        city="coventry",
        notes=FICTIONAL,
    )
    person(
        "councillor",
        "Rajinder",
        "Sandhu",
        salutation="Cllr",
        org="council",
        role="Cabinet Member for Jobs and Regeneration",
        gender="male",
        languages="en,pa",
        city="coventry",
        notes=FICTIONAL,
    )
    person(
        "secretary",
        "Helen",
        "Bradshaw",
        salutation="Ms",
        form_of_address="Dear Helen",
        org="committee",
        role="Secretary",
        gender="female",
        languages="en,de,ru",
        email="secretary@example.org",
        phone="+44 24 7600 0000",
        city="coventry",
        notes=FICTIONAL,
    )
    person(
        "ru_interpreter",
        "Natalia",
        "Hughes",
        native=("Наталья", "Хьюз"),
        salutation="Mrs",
        org="committee",
        role="Russian–English interpreter",
        gender="female",
        languages="ru,en",
        city="coventry",
        notes=FICTIONAL,
    )
    person(
        "zh_interpreter",
        "Wei",
        "Li",
        native=("伟", "李"),
        salutation="Mr",
        org="committee",
        role="Chinese–English interpreter",
        gender="male",
        languages="zh,en",
        city="coventry",
        notes=FICTIONAL + " Family name first in Chinese: 李伟.",
    )
    person(
        "uni_rep",
        "Thomas",
        "Reid",
        salutation="Dr",
        org="cov_uni",
        role="Director of International Partnerships",
        gender="male",
        languages="en",
        city="coventry",
        notes=FICTIONAL,
    )
    person(
        "cov_teacher",
        "Sarah",
        "Mitchell",
        salutation="Ms",
        org="cov_school",
        role="Head of Modern Languages",
        gender="female",
        languages="en,de",
        city="coventry",
        notes=FICTIONAL,
    )
    person(
        "walsh",
        "Peter",
        "Walsh",
        salutation="Dr",
        org="lanchester",
        role="Lecturer in Russian",
        gender="male",
        languages="en,ru",
        city="coventry",
        notes=FICTIONAL,
    )
    for key, given, family, gender in (
        ("student_taylor", "Susan", "Taylor", "female"),
        ("student_clarke", "David", "Clarke", "male"),
        ("student_shaw", "Janet", "Shaw", "female"),
        ("student_bennett", "Michael", "Bennett", "male"),
    ):
        person(
            key,
            given,
            family,
            org="lanchester",
            role="Student of Russian (1969)",
            gender=gender,
            languages="en,ru",
            city="coventry",
            notes=FICTIONAL,
        )
    for key, given, family, gender, note in (
        ("joan_bennett", "Joan", "Bennett", "female", "Hosted Volgograd students in 1970."),
        ("priya_patel", "Priya", "Patel", "female", "Host family contact."),
        ("sean_obrien", "Seán", "O'Brien", "male", "Host family contact."),
        ("albert_harris", "Albert", "Harris", "male", "Gave to the 1942 Stalingrad appeal."),
        ("edith_cole", "Edith", "Cole", "female", "Gave to the 1942 Stalingrad appeal."),
    ):
        person(
            key,
            given,
            family,
            gender=gender,
            languages="en",
            city="coventry",
            other_names=("Sean OBrien",) if key == "sean_obrien" else (),
            notes=f"{note} {FICTIONAL}",
        )
    # -- Volgograd, Kemi and Dresden: fictional, from the tables below -----------------------
    for table, city, languages in (
        (VOLGOGRAD_PEOPLE, "volgograd", "ru"),
        (KEMI_PEOPLE, "kemi", "fi"),
        (DRESDEN_PEOPLE, "dresden", "de,en"),
    ):
        for (
            key,
            given,
            family,
            given_native,
            family_native,
            gender,
            org,
            role,
            salutation,
            extra,
        ) in _rows(table):
            person(
                key,
                given,
                family,
                native=(given_native, family_native) if given_native else None,
                salutation=salutation or None,
                org=org or None,
                role=role,
                gender=gender,
                languages=",".join(filter(None, (languages, extra))),
                city=city,
                notes=FICTIONAL,
            )
    person(
        "wang_jun",
        "Jun",
        "Wang",
        native=("军", "王"),
        salutation="Mr",
        org="harbin_fao",
        role="Deputy Director",
        gender="male",
        languages="zh,ru",
        city="harbin",
        notes=FICTIONAL + " Family name first in Chinese: 王军.",
    )
    person(
        "zhang_min",
        "Min",
        "Zhang",
        native=("敏", "张"),
        salutation="Ms",
        org="harbin_fao",
        role="Interpreter",
        gender="female",
        languages="zh,en",
        city="harbin",
        notes=FICTIONAL + " Family name first in Chinese: 张敏.",
    )


def build_sensitive(demo: Demo) -> None:
    """Passports, health and family details. A few passports run out soon after a planned
    trip, so the conflict checks have something to find."""
    demo.flush()
    sensitive = demo.sensitive
    sensitive("clementine", date_of_birth=dt.date(1885, 4, 1), nationality="GB")
    sensitive(
        "lord_mayor",
        date_of_birth=dt.date(1961, 9, 23),
        nationality="GB",
        passport_number="500000101",
        passport_expiry=demo.days(HARBIN_TRIP_LAST_DAY + 60),  # China asks for six months
        dietary_notes="No pork.",
        emergency_contact_name="Mark Ashworth",
        emergency_contact_phone="+44 7700 900101",
    )
    sensitive(
        "councillor",
        date_of_birth=dt.date(1974, 2, 11),
        nationality="GB",
        passport_number="500000102",
        passport_expiry=demo.days(HARBIN_TRIP_LAST_DAY + 2900),
        dietary_notes="Vegetarian.",
    )
    sensitive(
        "secretary",
        date_of_birth=dt.date(1979, 6, 30),
        nationality="GB",
        passport_number="500000103",
        passport_expiry=demo.days(HARBIN_TRIP_LAST_DAY + 1500),
    )
    sensitive(
        "zh_interpreter",
        date_of_birth=dt.date(1988, 12, 2),
        nationality="GB",
        passport_number="500000104",
        passport_expiry=demo.days(HARBIN_TRIP_LAST_DAY + 2000),
    )
    sensitive(
        "uni_rep",
        date_of_birth=dt.date(1970, 5, 17),
        nationality="GB",
        passport_number="500000105",
        passport_expiry=demo.days(HARBIN_TRIP_LAST_DAY + 900),
        medical_notes="Uses a walking stick; step-free access where possible.",
    )
    # Katrin Vogel came with last November's Dresden delegation: her passport details are now
    # past their keeping time, which is what the retention review shows on the demo.
    sensitive(
        "vogel",
        nationality="DE",
        passport_number="C01X00T47",
        passport_expiry=demo.days(2400),
    )
    visitors = {
        # key: (date of birth, passport, days the passport outlives the visit, notes)
        "smirnova": (dt.date(1969, 3, 8), "75 0000101", 1400, {}),
        "kuznetsov": (dt.date(1985, 7, 19), "75 0000102", 2100, {}),
        "volkova": (dt.date(1977, 11, 4), "75 0000103", 900, {}),
        "morozov": (dt.date(1990, 1, 27), "75 0000104", 1700, {}),
        "orlova": (dt.date(1982, 5, 12), "75 0000105", 600, {}),
        "sokolov": (
            dt.date(1966, 8, 21),
            "75 0000106",
            1000,
            {"medical_notes": "Type 1 diabetes; carries insulin in hand luggage."},
        ),
        "lebedeva": (dt.date(2004, 4, 14), "75 0000107", 30, {}),
        "pavlov": (dt.date(2003, 10, 2), "75 0000108", 2500, {}),
        "novikova": (
            dt.date(2005, 2, 9),
            "75 0000109",
            2600,
            {"dietary_notes": "Nut allergy (carries an adrenaline pen)."},
        ),
        "fyodorov": (dt.date(2004, 12, 30), "75 0000110", 2300, {}),
        "yegorov": (dt.date(1975, 9, 15), "75 0000111", 75, {}),
        "zaitseva": (dt.date(1988, 6, 6), "75 0000112", 1200, {"dietary_notes": "Vegetarian."}),
    }
    for key, (born, passport, margin, extra) in visitors.items():
        sensitive(
            key,
            date_of_birth=born,
            nationality="RU",
            passport_number=passport,
            passport_expiry=demo.days(VOLGOGRAD_VISIT_LAST_DAY + margin),
            emergency_contact_name="Volgograd State Socio-Pedagogical University, international office",
            **extra,
        )
    # Pupils of the Dresden school exchange are minors with a guardian each.
    for key, age_days, guardian, extra in (
        ("lena_schroeder", 16 * 365 + 40, "birgit_schroeder", {}),
        ("paul_schroeder", 15 * 365 + 10, "birgit_schroeder", {}),
        (
            "mia_hoffmann",
            15 * 365 + 200,
            "sabine_hoffmann",
            {"dietary_notes": "Nut allergy (carries an adrenaline pen)."},
        ),
        ("jonas_krueger", 16 * 365 + 150, "michael_krueger", {}),
    ):
        sensitive(
            key,
            date_of_birth=demo.days(-age_days),
            nationality="DE",
            guardian=guardian,
            emergency_contact_name=demo.people[guardian].display_name,
            emergency_contact_phone="+49 351 0000000",
            **extra,
        )
