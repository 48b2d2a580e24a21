"""A fictional demo archive: every person, place detail, number and story here is invented.

`create_demo_archive(folder)` makes an archive with users of every role, 48 testimonies in
English, Swahili and mixed text with their people, tags and consent histories (full,
anonymous-only, minors with guardians, expired, withdrawn, partly withdrawn), generated
photos carrying fictional camera metadata, and approved redacted versions where consent
allows publication. The passphrases are printed: a demo archive must never hold real data.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass
from pathlib import Path

from haart_archive.archive import Archive
from haart_archive.tasks import Progress
from haart_archive.types.consent import ConsentGrant, Media, Use
from haart_archive.types.people import PersonIdentity, PersonProfile
from haart_archive.types.publishing import PublicationSpec
from haart_archive.types.redaction import VersionRecord
from haart_archive.types.testimonies import PersonInput, Tags, TestimonyDraft
from haart_archive.vocabulary import term

SEED = 20261129
TESTIMONY_COUNT = 48
# Short intake notes (no people, consent to case work and statistics only) so that the full
# demo's statistics have counts of k = 11 and more to show; smaller demos (tests) leave them out.
NOTE_COUNT = 72

USERS = (
    ("Demo Custodian Wairimu", "custodian", "mango lantern river quietly 2026"),
    ("Demo Custodian Odera", "custodian", "granite pelican sings at noon"),
    ("Demo Editor Kamau", "editor", "copper giraffe reads slowly tonight"),
    ("Demo Editor Naliaka", "editor", "seven blue canoes under the bridge"),
    ("Demo Comms Otieno", "communications", "velvet thunder paints the harbour"),
    ("Demo Comms Chebet", "communications", "pineapple kites drift over hills"),
    ("Demo Advocate Mwende", "advocate", "silent marimba plays at sunrise"),
    ("Demo Advocate Hassan", "advocate", "orange ferry carries cold tea"),
)

GIVEN_F = (
    "Achieng",
    "Wanjiku",
    "Zawadi",
    "Nafula",
    "Mwanaisha",
    "Chepkoech",
    "Mutheu",
    "Amina",
    "Kadzo",
    "Nyokabi",
    "Auma",
    "Halima",
)
GIVEN_M = ("Otieno", "Kiprono", "Baraka", "Mutua", "Juma", "Wekesa", "Kamau", "Omondi", "Hamisi", "Kibet")
SURNAMES = (
    "Odhiambo",
    "Wambui",
    "Mwangi",
    "Chepkemoi",
    "Wafula",
    "Kazungu",
    "Mohamed",
    "Musyoka",
    "Nekesa",
    "Karisa",
    "Njeri",
    "Koech",
)
VILLAGES = (("Kaloleni", "kilifi"), ("Majengo", "mombasa"), ("Kibera", "nairobi"), ("Bondo", "siaya"),
            ("Malava", "kakamega"), ("Kitui Town", "kitui"), ("Mtwapa", "kilifi"), ("Likoni", "mombasa"),
            ("Eldama Ravine", "baringo"), ("Webuye", "bungoma"))
DESTINATIONS = ("Riyadh", "Jeddah", "Dubai", "Doha", "Muscat", "Beirut", "Kampala")
AGENCIES = ("Sunrise Global Placements", "Bright Future Recruiters", "Gulf Star Manpower", "Pwani Jobs Bureau")
SECTORS = ("domestic_work", "hospitality", "agriculture", "construction", "fishing", "retail")

EN_PARAGRAPHS = (
    "My name is {name} and I come from {village}. After my father died there was no money for school fees, "
    "so when {recruiter} told me about work as a house help in {destination}, I believed him.",
    "The agency, {agency}, asked for KSh {fee} for the visa and the ticket. My mother sold two goats and "
    "borrowed the rest. {recruiter} said I would earn 30,000 shillings a month and send money home.",
    "When we arrived in {destination} the employer took my passport at the airport. I worked from five in the "
    "morning until midnight, seven days a week. I was not allowed to leave the house or use a phone.",
    "For {months} months I was not paid. When I asked, madam said I owed her for the ticket and my food. "
    "She shouted and sometimes she hit me. I slept in the store next to the kitchen.",
    "One day I borrowed a phone from a cleaner and called my sister on {phone}. She contacted HAART, and the "
    "embassy helped me come back to Kenya in {year}.",
    "Now I am at home in {county_name}. I want other girls to know that the jobs {recruiter} promises are not "
    "real. My ID number is {id_number} and I have reported the agency to the police.",
)
SW_PARAGRAPHS = (
    "Jina langu ni {name}, natoka {village}. Baba yangu alipofariki hatukuwa na pesa za karo, na {recruiter} "
    "akaniambia kuna kazi ya nyumbani {destination}.",
    "Wakala wa {agency} walitaka shilingi {fee} za viza na tiketi. Mama aliuza mbuzi wawili na kukopa pesa "
    "zilizobaki. Waliahidi mshahara wa elfu thelathini kila mwezi.",
    "Tulipofika {destination} mwajiri alichukua pasipoti yangu. Nilifanya kazi kuanzia saa kumi na moja "
    "asubuhi hadi usiku wa manane, bila kupumzika, na sikuruhusiwa kutoka nje.",
    "Kwa miezi {months} sikulipwa mshahara. Nilipouliza, mama mwenye nyumba alisema nina deni la tiketi. "
    "Alinitishia na kunipiga mara kwa mara.",
    "Siku moja nilimpigia dada yangu simu kwa nambari {phone}. Alipiga simu HAART na ubalozi ukanisaidia "
    "kurudi Kenya mwaka {year}.",
    "Sasa niko nyumbani {county_name}. Nataka wasichana wengine wajue kwamba kazi hizo si za kweli.",
)
MIXED_PARAGRAPHS = (
    "Mimi ni {name} kutoka {village}. Life ilikuwa ngumu sana after my husband left, so when {recruiter} "
    "aliniambia about a job in {destination}, nilikubali.",
    "{agency} walisema I will earn a good salary, lakini walitaka KSh {fee} kwanza. I borrowed from a chama.",
    "Nilipofika {destination}, my passport ilichukuliwa na boss. We worked day and night, hakuna off day.",
    "After {months} months bila mshahara, I called my cousin on {phone} and she reported to HAART.",
    "Nilirudi {county_name} mwaka {year}. I want the government to close these agencies.",
)
TITLES = {
    "en": ("A promise of work in {destination}", "The house in {destination}", "Sold a job in {destination}",
           "Coming home from {destination}"),
    "sw": ("Ahadi ya kazi {destination}", "Safari ya {destination}", "Kurudi nyumbani kutoka {destination}"),
    "mixed": ("Kazi ya {destination} haikuwa real", "From {village} to {destination}"),
}


@dataclass(frozen=True)
class DemoArchive:
    folder: Path
    credentials: list[tuple[str, str, str]]
    recovery_key: str
    testimony_ids: list[str]


def create_demo_archive(folder: Path | str, progress: Progress | None = None,
                        count: int = TESTIMONY_COUNT, notes: int | None = None) -> DemoArchive:
    """Make the fictional demo archive in `folder` (which must be empty or new): `count`
    testimonies, and `notes` short intake notes (by default only with the full count).

    `progress(done, total)` is called from the first step on (the units are steps: the key
    calibration, the archive, each user, each testimony, the search index and the sample
    release), so a window can show at once and fill a bar while the archive is made."""
    steps = _Steps(progress, 2 + (len(USERS) - 1) + count + 2)
    rng = random.Random(SEED)
    steps.advance(0)
    kdf = Archive.calibrate_kdf()
    steps.advance()
    name, role, passphrase = USERS[0]
    archive, recovery_key = Archive.create(folder, name, passphrase, kdf=kdf)
    steps.advance()
    try:
        for other_name, other_role, other_passphrase in USERS[1:]:
            archive.users.add(other_name, other_role, other_passphrase, kdf=kdf)
            steps.advance()
        archive.set_setting("idle_minutes", 5)
        ids = _fill(archive, rng, count, steps)
        notes = (NOTE_COUNT if count == TESTIMONY_COUNT else 0) if notes is None else notes
        ids += _intake_notes(archive, notes)
        steps.advance()  # the search index was written when the batch ended
        _publish_and_withdraw(archive)
        steps.advance()
    finally:
        archive.lock()
    return DemoArchive(Path(folder), [(n, r, p) for n, r, p in USERS], recovery_key, ids)


class _Steps:
    """Counts the demo's steps for `progress`."""

    def __init__(self, progress: Progress | None, total: int):
        self._progress = progress
        self.total = total
        self.done = 0

    def advance(self, by: int = 1) -> None:
        self.done = min(self.done + by, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)


def _fill(archive: Archive, rng: random.Random, count: int, steps: _Steps) -> list[str]:
    ids = []
    with archive.bulk():
        for index in range(count):
            testimony_id = archive.testimonies.add(_draft(rng, index))
            _record_consent(archive, testimony_id, rng, index)
            if index % 6 == 0:
                archive.media.add(testimony_id, _demo_photo(rng, index), file_name=f"photo-{index + 1}.jpg")
            _publishable_version(archive, testimony_id)
            ids.append(testimony_id)
            steps.advance()
    return ids


def _draft(rng: random.Random, index: int) -> TestimonyDraft:
    language = ("en", "sw", "mixed")[index % 3]
    female = rng.random() < 0.8
    name = f"{rng.choice(GIVEN_F if female else GIVEN_M)} {rng.choice(SURNAMES)}"
    recruiter = f"{rng.choice(GIVEN_M)} {rng.choice(SURNAMES)}"
    village, county = rng.choice(VILLAGES)
    # Most cases in the last four years, as in HAART's caseload, so the demo's yearly counts pass k.
    year = 2022 + rng.randint(2017, 2025) % 4
    slots = {
        "name": name.split()[0], "recruiter": recruiter, "village": village,
        "destination": rng.choice(DESTINATIONS), "agency": rng.choice(AGENCIES),
        "fee": f"{rng.randint(3, 12) * 10_000:,}", "months": rng.randint(3, 18), "year": year,
        "phone": f"07{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "id_number": str(rng.randint(20_000_000, 39_999_999)),
        "county_name": county.replace("_", " ").title(),
    }
    paragraphs = {"en": EN_PARAGRAPHS, "sw": SW_PARAGRAPHS, "mixed": MIXED_PARAGRAPHS}[language]
    text = "\n\n".join(p.format(**slots) for p in paragraphs)
    sector = rng.choice(SECTORS)
    exploitation = ["domestic_servitude" if sector == "domestic_work" else "forced_labour"]
    indicators = rng.sample(["deception", "retention_of_documents", "withholding_wages", "isolation",
                             "debt_bondage", "physical_sexual_violence", "restriction_of_movement"], 3)
    title = rng.choice(TITLES[language]).format(**slots)
    told_on = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    push_factors = tuple(rng.sample(["poverty", "unemployment", "family_pressure", "debt"], 2))
    alias = f"Mama {rng.choice(GIVEN_M)}"
    birth_year = year - rng.randint(15, 35)
    facts = _case_facts(index, female, county, slots["destination"], age=year - 1 - birth_year)
    return TestimonyDraft(
        title=title,
        text=text,
        language=language,
        county=county,
        told_on=told_on,
        place_told="HAART office, Nairobi (demo)",
        taken_by="Demo intake officer",
        tags=Tags(exploitation=tuple(exploitation), indicators=tuple(indicators), sectors=(sector,),
                  push_factors=push_factors, routes=(f"{county} - {slots['destination']}",),
                  recruitment=facts.pop("recruitment")),
        event_years=(year - 1,),
        **facts,
        people=(
            PersonInput("survivor", PersonIdentity(legal_name=name, aliases=(alias,),
                        phones=(slots["phone"],), id_numbers=(slots["id_number"],), home_village=village),
                        PersonProfile(gender="female" if female else "male", birth_year=birth_year)),
            PersonInput("recruiter", PersonIdentity(legal_name=recruiter)),
        ),
    )


DESTINATION_COUNTRY = {"Riyadh": "SA", "Jeddah": "SA", "Dubai": "AE", "Doha": "QA", "Muscat": "OM",
                       "Beirut": "LB", "Kampala": "UG"}
COASTAL = {"kilifi", "mombasa"}
RECRUITMENT = ("employment_agency",) * 6 + ("friend", "friend", "family", "intimate_partner")


def _case_facts(index: int, female: bool, county: str, destination: str, age: int) -> dict:
    """The case facts kept for statistics, consistent with the story (its own random stream,
    so the stories stay as they were)."""
    rng = random.Random(SEED + index)
    route = "air_mombasa" if county in COASTAL else "air_nairobi"
    if destination == "Kampala":
        route = "overland_uganda"
    band = _band(age)
    return {
        "sex": "female" if female else "male", "age_band": band, "route": route,
        "destination_country": DESTINATION_COUNTRY[destination],
        "recruitment": (rng.choice(RECRUITMENT),),
    }


NOTE_EN = ("Intake note (fictional). A {sex} aged about {age} from {county_name}, recruited by {recruiter} for "
           "{sector} work in {place}. {detail} Returned in {year} with HAART's help.")
NOTE_SW = ("Maelezo ya mapokezi (ya kubuni). {sex} wa takriban miaka {age} kutoka {county_name}, aliajiriwa na "
           "{recruiter} kwa kazi ya {sector} huko {place}. {detail} Alirudi mwaka {year} kwa msaada wa HAART.")
NOTE_DETAILS = {
    "en": ("The employer kept the passport.", "Wages were withheld for months.", "Was locked in the house.",
           "Owed the agency for the ticket."),
    "sw": ("Mwajiri alichukua pasipoti.", "Hakulipwa mshahara kwa miezi.", "Alifungiwa ndani ya nyumba.",
           "Alidaiwa na wakala pesa za tiketi."),
}
NOTE_PLACES = (("SA", "Riyadh", 8), ("AE", "Dubai", 4), ("QA", "Doha", 2), ("OM", "Muscat", 2), ("LB", "Beirut", 1),
               ("KW", "Kuwait City", 1), ("UG", "Kampala", 1), ("KE", "Nairobi", 1))


def _intake_notes(archive: Archive, count: int) -> list[str]:
    """Short fictional intake notes with their case facts and a consent to case work and statistics."""
    rng = random.Random(SEED * 7)
    ids = []
    with archive.bulk():
        for index in range(count):
            language = "sw" if index % 3 == 1 else "en"
            female = rng.random() < 0.75
            code, place, _weight = rng.choices(NOTE_PLACES, weights=[w for *_, w in NOTE_PLACES])[0]
            _village, county = rng.choice(VILLAGES)
            year = rng.choices(range(2019, 2026), weights=(2, 3, 4, 5, 6, 5, 3))[0]
            age = rng.randint(14, 38)
            recruitment = rng.choice(RECRUITMENT)
            sector = rng.choice(SECTORS)
            route = "air_mombasa" if county in COASTAL else "air_nairobi"
            route = {"UG": "overland_uganda", "KE": "internal"}.get(code, route)
            slots = {
                "sex": ("Mwanamke" if female else "Mwanamume") if language == "sw" else ("woman" if female else "man"),
                "age": age, "county_name": county.replace("_", " ").title(), "place": place, "year": year,
                "recruiter": _term_label("recruiter_relation", recruitment, language).lower(),
                "sector": _term_label("sector", sector, language).lower(),
                "detail": rng.choice(NOTE_DETAILS[language]),
            }
            draft = TestimonyDraft(
                title=f"Intake note {index + 1} (fictional)", text=(NOTE_SW if language == "sw" else NOTE_EN)
                .format(**slots), language=language, county=county, told_on=dt.date(year, rng.randint(1, 12), 15),
                tags=Tags(exploitation=("domestic_servitude" if sector == "domestic_work" else "forced_labour",),
                          sectors=(sector,), recruitment=(recruitment,),
                          push_factors=tuple(rng.sample(["poverty", "unemployment", "family_pressure", "debt",
                                                         "education_costs"], rng.randint(1, 2)))),
                event_years=(year,), sex="female" if female else "male", age_band=_band(age),
                destination_country=code, route=route,
            )
            testimony_id = archive.testimonies.add(draft)
            archive.consent.grant(testimony_id, ConsentGrant.from_dict({
                "consented_on": dt.date(year, 6, 1).isoformat(), "consenter_name": "Demo consenter (fictional)",
                "taken_by": "Demo Editor Naliaka", "witness": "Demo witness", "method": "written_form",
                "language": language, "review_before_publication": False,
                "uses": {use.value: use in (Use.CASE_WORK, Use.RESEARCH) for use in Use}, "anonymity": "anonymous",
                "media": {m.value: m is Media.TEXT for m in Media},
                "expires_on": (dt.date.today() + dt.timedelta(days=365 * 3)).isoformat(),
            }))
            ids.append(testimony_id)
    return ids


def _band(age: int) -> str:
    return next((code for limit, code in ((12, "0_11"), (18, "12_17"), (25, "18_24"), (35, "25_34")) if age < limit),
                "35_plus")


def _term_label(vocabulary: str, code: str, language: str) -> str:
    return term(vocabulary, code).label_in(language)


CONSENT_MIX = ("full", "anonymous_only", "minor", "expired", "withdrawn", "partly_withdrawn", "full", "none")


def _record_consent(archive: Archive, testimony_id: str, rng: random.Random, index: int) -> None:
    kind = CONSENT_MIX[index % len(CONSENT_MIX)]
    if kind == "none":
        return
    today = dt.date.today()
    granted_on = today - dt.timedelta(days=rng.randint(30, 700))
    expires_on = granted_on + dt.timedelta(days=3 * 365)
    if kind == "expired":
        granted_on = today - dt.timedelta(days=4 * 365)
        expires_on = granted_on + dt.timedelta(days=3 * 365)
    if index % len(CONSENT_MIX) == 6:  # a second "full" consent that runs out soon, for the renewal list
        expires_on = today + dt.timedelta(days=rng.randint(10, 50))
    allowed = {Use.CASE_WORK, Use.RESEARCH, Use.ANONYMOUS_PUBLICATION, Use.PARTNER_SHARING, Use.DONOR_REPORT}
    if kind == "full":
        allowed |= {Use.MEDIA_PRESS, Use.TRAINING}
    media = {Media.TEXT, Media.PHOTO_HIDDEN_FACE}
    form = {
        "consented_on": granted_on.isoformat(),
        "consenter_name": "Demo consenter (fictional)",
        "taken_by": "Demo Editor Kamau",
        "witness": "Demo witness",
        "method": "written_form",
        "language": "sw" if index % 3 == 1 else "en",
        "uses": {use.value: use in allowed for use in Use},
        "anonymity": "pseudonym" if kind == "full" else "anonymous",
        "media": {m.value: m in media for m in Media},
        "expires_on": expires_on.isoformat(),
        "review_before_publication": index % 5 == 0,
    }
    if kind == "minor":
        form.update(is_minor=True, guardian_granted=True, minor_assent=True, consenter_relation="mother",
                    assent_note="The child agreed in her own words (demo).")
    archive.consent.grant(testimony_id, ConsentGrant.from_dict(form))
    if kind == "withdrawn":
        archive.consent.withdraw(testimony_id, on=today - dt.timedelta(days=rng.randint(1, 20)))
    elif kind == "partly_withdrawn":
        archive.consent.withdraw(testimony_id, on=today - dt.timedelta(days=5), uses=[Use.DONOR_REPORT])


def _publishable_version(archive: Archive, testimony_id: str) -> None:
    """Redact and approve where consent allows anonymous publication (when redaction exists)."""
    redaction = getattr(archive, "redaction", None)
    if redaction is None or not archive.consent.check(testimony_id, Use.ANONYMOUS_PUBLICATION).allowed:
        return
    version_id = redaction.create_version(testimony_id, redaction.default_plan(testimony_id))
    if redaction.leak_check(version_id).passed:
        redaction.approve(version_id)


def _publish_and_withdraw(archive: Archive) -> None:
    """Release one web story from two approved versions, then let one survivor withdraw,
    so the register shows a release and the takedown list has work in it. Nothing is
    written: the release is only registered."""
    usable = []
    for version in archive.redaction.approved_versions():
        if not version.stale and archive.publishing.check(_web_story([version])).ok:
            usable.append(version)
        if len(usable) == 2:
            break
    if len(usable) < 2:
        return
    archive.publishing.build(_web_story(usable), None, ("html",))
    archive.consent.withdraw(usable[0].testimony_id)


def _web_story(versions: list[VersionRecord]) -> PublicationSpec:
    return PublicationSpec.from_dict({
        "title": "Promises of work abroad (demo)",
        "channel": "web",
        "framing_text": "Fictional stories shared for a demonstration of the archive.",
        "items": [{"version": v.id, "caption": "In the survivor's words (fictional)"} for v in versions],
        "where": "https://example.org/stories/demo",
    })


def _demo_photo(rng: random.Random, index: int) -> bytes:
    """A drawn picture with fictional camera metadata and GPS, to show what redaction removes."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), (rng.randint(120, 200), rng.randint(120, 200), rng.randint(120, 200)))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 330, 640, 480), fill=(110, 90, 60))
    draw.ellipse((250, 90, 390, 230), fill=(90, 60, 40))
    draw.rectangle((270, 230, 370, 400), fill=(40, 70, 140))
    draw.text((20, 20), f"Demo photo {index + 1} (fictional)", fill=(0, 0, 0))
    exif = Image.Exif()
    exif[0x010F] = "DemoCam"
    exif[0x0110] = "Fictional Phone 3"
    exif[0x0131] = "Demo generator"
    gps = {1: "S", 2: (3.0, 37.0, 12.0), 3: "E", 4: (39.0, 51.0, 30.0)}
    exif[0x8825] = gps
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=85)
    return buffer.getvalue()
