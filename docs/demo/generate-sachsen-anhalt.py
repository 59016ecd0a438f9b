#!/usr/bin/env python3
"""Writes the demo network of Saxony-Anhalt (REGIO AKTIV) as a RegioNet import file (format regionet-import/1).

The file tells the network's story from December 2021 on, one command per line, in the order it happened. What the
sources in docs/demo.md give is real (the 14 regions and their keys, the four signing parties of the state-wide
cooperation agreement, funding areas J and K, the REKO period of the Salzlandkreis, the members of the RAK
Dessau-Roßlau, the programme's 140 million euro); everything else (exact days, people's roles, sponsors, projects,
figures) is invented and marked "(fiktiv)" where a reader meets it.

Run from the repository root; the build never runs it, the output is committed:

    python3 docs/demo/generate-sachsen-anhalt.py

Standard library only.
"""

import hashlib
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

OUTPUT = Path("infra/app/src/main/resources/demo/regio-aktiv-sachsen-anhalt.ndjson")

NETWORK_OFFICE = "network-office"
PROGRAMME = "regio-aktiv-2021-2027"
STATE_AGREEMENT = "kooperationsvereinbarung-regio-aktiv"
MINISTRY = "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt"
STATE_PARTIES = [
    (MINISTRY, "Ministerin"),
    ("Regionaldirektion Sachsen-Anhalt-Thüringen der Bundesagentur für Arbeit",
     "Vorsitzender der Geschäftsführung"),
    ("Landkreistag Sachsen-Anhalt", "Präsident"),
    ("Städte- und Gemeindebund Sachsen-Anhalt", "Präsident"),
]

# Categories that vote in every RAK of the demo (assumption, fiktiv): everyone but the youth employment agency,
# which advises.
VOTING = ["MUNICIPALITY", "JOB_CENTRE", "EMPLOYMENT_AGENCY", "WELFARE_ASSOCIATION", "SOCIAL_PARTNER", "BUSINESS",
          "EQUAL_OPPORTUNITIES"]


def shifted(day, months):
    """The 15th of the month {months} months after {day}'s: the day of a RAK's next meeting (fiktiv)."""
    year, month, _ = (int(part) for part in day.split("-"))
    month += months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}-15"


def first_of_next_month(day):
    """The first day of the month after {day}'s."""
    year, month = int(day[:4]), int(day[5:7]) + 1
    year, month = (year + 1, 1) if month == 13 else (year, month)
    return f"{year:04d}-{month:02d}-01"


class Region:
    """A district or independent city: its key and names, and the (fictitious) days of its REGIO AKTIV history."""

    def __init__(self, key, name, kind, party, acceded_on, established_on, agency, jobcenter, chambers,
                 reko_until, youth_agency=False, welfare=None, reko_from=None):
        self.key = key
        self.name = name
        self.kind = kind
        self.party = party
        self.acceded_on = acceded_on
        self.established_on = established_on
        self.agency = agency
        self.jobcenter = jobcenter
        self.chambers = chambers
        self.reko_period = (reko_from or first_of_next_month(established_on), reko_until)
        self.youth_agency = youth_agency
        self.welfare = welfare or "Kreisarbeitsgemeinschaft der Freien Wohlfahrtspflege " + name

    @property
    def office(self):
        return "coordination:" + self.key

    @property
    def working_group(self):
        return "rak-" + self.key

    def members(self):
        """The RAK's seats: (member id, organisation, category); the seed's categories, 7 to 9 per region."""
        seats = [
            (self.party, "MUNICIPALITY"),
            (self.jobcenter, "JOB_CENTRE"),
            ("Agentur für Arbeit " + self.agency, "EMPLOYMENT_AGENCY"),
            (self.welfare, "WELFARE_ASSOCIATION"),
            ("Deutscher Gewerkschaftsbund (DGB)", "SOCIAL_PARTNER"),
        ]
        seats += [(chamber, "BUSINESS") for chamber in self.chambers]
        seats.append(("Gleichstellungsstelle " + self.party, "EQUAL_OPPORTUNITIES"))
        if self.youth_agency:
            seats.append(("Jugendberufsagentur " + self.name, "YOUTH_EMPLOYMENT_AGENCY"))
        return [(f"{self.working_group}-m{number:02d}", organisation, category)
                for number, (organisation, category) in enumerate(seats, start=1)]


IHK_NORTH, IHK_SOUTH = "Industrie- und Handelskammer Magdeburg", "Industrie- und Handelskammer Halle-Dessau"
HWK_NORTH, HWK_SOUTH = "Handwerkskammer Magdeburg", "Handwerkskammer Halle (Saale)"
UNTIL_2027, UNTIL_2028 = "2027-12-31", "2028-06-30"

REGIONS = [
    # Dessau-Roßlau: the seats are those of the city's RAK page (seed 001); which trade union and chamber hold the
    # social and business partners' seats is assumed, and the days are fictitious.
    Region("15001", "Dessau-Roßlau", "INDEPENDENT_CITY", "Stadt Dessau-Roßlau", "2022-01-19", "2022-02-23",
           "Dessau-Roßlau-Wittenberg", "Jobcenter Dessau-Roßlau", [IHK_SOUTH], UNTIL_2027),
    Region("15002", "Halle (Saale)", "INDEPENDENT_CITY", "Stadt Halle (Saale)", "2022-01-26", "2022-03-09",
           "Halle", "Jobcenter Halle (Saale)", [IHK_SOUTH, HWK_SOUTH], UNTIL_2027, youth_agency=True),
    Region("15003", "Magdeburg", "INDEPENDENT_CITY", "Landeshauptstadt Magdeburg", "2022-02-02", "2022-03-16",
           "Magdeburg", "Jobcenter Landeshauptstadt Magdeburg", [IHK_NORTH, HWK_NORTH], UNTIL_2027,
           youth_agency=True, welfare="Sozialwerk Elbaue e.V. (fiktiv)"),
    Region("15081", "Altmarkkreis Salzwedel", "DISTRICT", "Altmarkkreis Salzwedel", "2022-02-09", "2022-03-23",
           "Stendal", "Jobcenter Altmarkkreis Salzwedel", [IHK_NORTH], UNTIL_2028),
    Region("15082", "Anhalt-Bitterfeld", "DISTRICT", "Landkreis Anhalt-Bitterfeld", "2022-02-16", "2022-03-30",
           "Dessau-Roßlau-Wittenberg", "Jobcenter Anhalt-Bitterfeld", [IHK_SOUTH], UNTIL_2027, youth_agency=True),
    Region("15083", "Börde", "DISTRICT", "Landkreis Börde", "2022-02-21", "2022-04-06",
           "Magdeburg", "Jobcenter Börde", [IHK_NORTH], UNTIL_2028),
    Region("15084", "Burgenlandkreis", "DISTRICT", "Burgenlandkreis", "2022-02-24", "2022-04-13",
           "Weißenfels", "Jobcenter Burgenlandkreis", [IHK_SOUTH, HWK_SOUTH], UNTIL_2028, youth_agency=True,
           welfare="Netzwerk Burgenland Soziale Dienste e.V. (fiktiv)"),
    Region("15085", "Harz", "DISTRICT", "Landkreis Harz", "2022-02-28", "2022-04-20",
           "Halberstadt", "Jobcenter Landkreis Harz", [IHK_NORTH, HWK_NORTH], UNTIL_2028,
           welfare="Wohlfahrtsverbund Harz e.V. (fiktiv)"),
    Region("15086", "Jerichower Land", "DISTRICT", "Landkreis Jerichower Land", "2022-03-14", "2022-04-27",
           "Magdeburg", "Jobcenter Jerichower Land", [IHK_NORTH], UNTIL_2027),
    Region("15087", "Mansfeld-Südharz", "DISTRICT", "Landkreis Mansfeld-Südharz", "2022-03-28", "2022-05-11",
           "Sangerhausen", "Jobcenter Mansfeld-Südharz", [IHK_SOUTH], UNTIL_2028, youth_agency=True),
    Region("15088", "Saalekreis", "DISTRICT", "Saalekreis", "2022-04-11", "2022-05-25",
           "Halle", "Jobcenter Saalekreis", [IHK_SOUTH, HWK_SOUTH], UNTIL_2027),
    # Salzlandkreis: REKO from 1 July 2022 to 30 June 2028 (seed 002).
    Region("15089", "Salzlandkreis", "DISTRICT", "Salzlandkreis", "2022-04-25", "2022-06-08",
           "Bernburg", "Jobcenter Salzlandkreis", [IHK_NORTH, HWK_NORTH], "2028-06-30", reko_from="2022-07-01",
           youth_agency=True, welfare="Salzland Sozialverbund e.V. (fiktiv)"),
    Region("15090", "Stendal", "DISTRICT", "Landkreis Stendal", "2022-05-16", "2022-06-22",
           "Stendal", "Jobcenter Landkreis Stendal", [IHK_NORTH], UNTIL_2028),
    Region("15091", "Wittenberg", "DISTRICT", "Landkreis Wittenberg", "2022-06-13", "2022-07-06",
           "Dessau-Roßlau-Wittenberg", "Jobcenter Landkreis Wittenberg", [IHK_SOUTH], UNTIL_2028),
]
REGION = {region.key: region for region in REGIONS}

# Areas A–E and I: titles invented for the demo (the seeds name no titles); J and K as in seeds 002 and 000.
LAUNCH_AREAS = [
    ("A", "Aktivierung arbeitsmarktferner Menschen (Titel fiktiv)"),
    ("B", "Übergang Schule–Beruf (Titel fiktiv)"),
    ("C", "Familien und Alleinerziehende (Titel fiktiv)"),
    ("D", "Zugewanderte in Arbeit (Titel fiktiv)"),
    ("E", "Beschäftigte und Fachkräftesicherung (Titel fiktiv)"),
    ("I", "Regionale Modellvorhaben (Titel fiktiv)"),
    ("J", "Regionale Koordination (REKO)"),
    ("K", "Regio-Netzwerkstelle"),
]
AMENDMENT_2025_AREAS = [
    ("L", "Gesundheit und Beschäftigungsfähigkeit (Titel fiktiv)"),
    ("M", "Digitale Teilhabe am Arbeitsmarkt (Titel fiktiv)"),
]

LINES = []


def line(line_id, office, effective_on, command, body):
    """One command; its position among lines of the same day is the order they happened in."""
    LINES.append({"id": line_id, "office": office, "effectiveOn": effective_on, "command": command, "body": body})


def placeholder_hash(text):
    """The SHA-256 of a placeholder text: the demo has no real document, only its fingerprint."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def project_id(proposal_id):
    """The project a selected proposal becomes, as ProjectId.forProposal derives it (a Java name-based UUID)."""
    digest = hashlib.md5(("project:" + proposal_id).encode("utf-8")).digest()
    return str(uuid.UUID(bytes=digest, version=3))


def end_of_day(day):
    """The last second of a day in the network's time zone (Europe/Berlin), as an instant in UTC."""
    local = datetime.fromisoformat(day + "T23:59:59").replace(tzinfo=ZoneInfo("Europe/Berlin"))
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---- 2021/2022: programme, regions, state-wide agreement

def programme():
    line("programm-regio-aktiv", NETWORK_OFFICE, "2022-01-01", "LaunchProgramme", {
        "programmeId": PROGRAMME,
        "name": "REGIO AKTIV – Regionalisierung der Arbeitsmarktförderung (ESF+ 2021–2027)",
        "period": {"from": "2022-01-01", "to": "2029-12-31"},
        "budget": 140_000_000,
        "areas": [{"code": code, "title": title, "from": "2022-01-01"} for code, title in LAUNCH_AREAS]})


def regions():
    for region in REGIONS:
        line("gebiet-" + region.key, NETWORK_OFFICE, "2021-12-01", "RegisterRegion",
             {"key": region.key, "name": region.name, "kind": region.kind})


def state_agreement():
    line("kooperationsvereinbarung-entwurf", NETWORK_OFFICE, "2021-12-01", "DraftAgreement", {
        "agreementId": STATE_AGREEMENT,
        "title": "Landesweite Kooperationsvereinbarung REGIO AKTIV",
        "scope": "STATE",
        "parties": [{"name": name} for name, _ in STATE_PARTIES],
        "documentSha256": placeholder_hash("Landesweite Kooperationsvereinbarung REGIO AKTIV (Platzhalter, fiktiv)"),
        "validFrom": "2021-12-09"})
    for number, (party, signatory) in enumerate(STATE_PARTIES, start=1):
        line(f"kooperationsvereinbarung-unterzeichnung-{number}", NETWORK_OFFICE, "2021-12-09", "SignAgreement",
             {"agreementId": STATE_AGREEMENT, "party": party, "signedOn": "2021-12-09", "signatory": signatory})
    for region in REGIONS:
        line("kooperationsvereinbarung-beitritt-" + region.key, NETWORK_OFFICE, region.acceded_on,
             "AccedeToAgreement", {"agreementId": STATE_AGREEMENT,
                                   "party": {"name": region.party, "regionKey": region.key},
                                   "accededOn": region.acceded_on})


# ---- 2022: a working group (RAK) in each region

def working_group(region):
    group, office, day = region.working_group, region.office, region.established_on
    line(group + "-gruendung", office, day, "EstablishWorkingGroup",
         {"key": region.key, "workingGroupId": group, "name": "Regionaler Arbeitskreis " + region.name,
          "establishedOn": day})
    for member, organisation, category in region.members():
        line(member + "-aufnahme", office, day, "AdmitMember",
             {"workingGroupId": group, "memberId": member, "organisation": organisation, "category": category,
              "admittedOn": day})
    line(group + "-geschaeftsordnung", office, day, "SetRulesOfProcedure", {
        "workingGroupId": group,
        "rules": {"validFrom": day, "quorum": "MORE_THAN_HALF_OF_VOTING_MEMBERS", "majority": "SIMPLE",
                  "votingCategories": VOTING, "votingRecordPublic": region.key == "15001"}})
    reko_from, reko_to = region.reko_period
    line(group + "-reko", office, reko_from, "SetCoordination", {
        "workingGroupId": group, "organisation": "Regionale Koordination (REKO) " + region.party,
        "period": {"from": reko_from, "to": reko_to}})
    priorities(region)


def priorities(region):
    """The RAK's first priorities for action, adopted at its second meeting (days and titles fiktiv)."""
    group = region.working_group
    day = shifted(region.established_on, months=3)
    resolution = group + "-beschluss-handlungsschwerpunkte"
    members = [member for member, _, _ in region.members()]
    line(resolution, region.office, day, "RecordResolution", {
        "workingGroupId": group, "resolutionId": resolution, "date": day,
        "agendaItem": "TOP 2 Handlungsschwerpunkte 2022–2024",
        "motion": "Der RAK beschließt die von der REKO vorgeschlagenen Handlungsschwerpunkte 2022–2024 (fiktiv).",
        "present": members,
        "votes": [{"memberId": member, "vote": "YES"} for member, _, category in region.members()
                  if category in VOTING]})
    line(group + "-handlungsschwerpunkte", region.office, day, "AdoptPriorities", {
        "workingGroupId": group, "resolutionId": resolution,
        "period": {"from": first_of_next_month(day), "to": "2024-12-31"},
        "priorities": [
            {"title": "Übergang Schule–Beruf", "fundingAreas": ["B"]},
            {"title": "Langzeitarbeitslose aktivieren und integrieren", "fundingAreas": ["A", "C"]},
            {"title": "Fachkräfte sichern", "fundingAreas": ["D", "E"]}]})


def membership_change():
    """Magdeburg: the trade unions hand their seat to a fictitious association in 2024 (a seat's history)."""
    region = REGION["15003"]
    group = region.working_group
    line(group + "-m05-austritt", region.office, "2024-03-31", "WithdrawMember",
         {"workingGroupId": group, "memberId": group + "-m05", "withdrawnOn": "2024-03-31",
          "correction": False})
    line(group + "-m10-aufnahme", region.office, "2024-04-01", "AdmitMember",
         {"workingGroupId": group, "memberId": group + "-m10",
          "organisation": "Arbeitnehmervertretung Magdeburg (fiktiv)", "category": "SOCIAL_PARTNER",
          "admittedOn": "2024-04-01"})


# ---- 2023 and 2025: calls, selection by the RAK, projects and their results

class Call:
    """A competition procedure in one region; every sponsor, project and figure is fictitious."""

    def __init__(self, region, area, year, title, opened_on, deadline, decided_on, proposals, results):
        self.region = REGION[region]
        self.area = area
        self.id = f"aufruf-{region}-{year}-{area.lower()}"
        self.title = title
        self.opened_on = opened_on
        self.deadline = deadline
        self.decided_on = decided_on
        self.proposals = proposals
        self.results = results


def proposal(sponsor, title, summary, requested, months, planned, granted=None, reason=None, submitted=None):
    return {"sponsor": sponsor, "title": title, "summary": summary, "requested": requested, "months": months,
            "planned": planned, "granted": granted, "reason": reason, "submitted": submitted}


CALLS = [
    Call("15085", "A", 2023, "Aktivierung Langzeitarbeitsloser im Landkreis Harz 2023 (fiktiv)",
         "2023-01-16", "2023-03-31", "2023-04-25", [
             proposal("Wohlfahrtsverbund Harz e.V. (fiktiv)", "Harzer Wege in Arbeit (fiktiv)",
                      "Aufsuchende Begleitung langzeitarbeitsloser Menschen in Wernigerode und Halberstadt.",
                      180_000, 24, {"PARTICIPANTS": 60, "PARTICIPANTS_LONG_TERM_UNEMPLOYED": 45},
                      granted=180_000, submitted="2023-03-27"),
             proposal("Bildungsträger Brocken gGmbH (fiktiv)", "Werkstatt Zukunft Harz (fiktiv)",
                      "Praktische Erprobung in Handwerksbetrieben mit sozialpädagogischer Begleitung.",
                      150_000, 24, {"PARTICIPANTS": 40, "EMPLOYED_AFTER_LEAVING": 10},
                      granted=140_000, submitted="2023-03-29"),
             proposal("Harzer Netzwerk Arbeit e.V. (fiktiv)", "Digital fit im Harz (fiktiv)",
                      "Grundkurse digitaler Kompetenzen für Arbeitsuchende.",
                      120_000, 18, {"PARTICIPANTS": 50},
                      reason="Inhaltlich besser im späteren Förderbereich M aufgehoben (fiktiv).",
                      submitted="2023-03-30")],
         [("2023-07-01", "2023-12-31", "2024-02-20")]),
    Call("15089", "B", 2023, "Übergang Schule–Beruf im Salzlandkreis 2023 (fiktiv)",
         "2023-02-01", "2023-04-28", "2023-05-24", [
             proposal("Bildungswerk Salzland", "Praxistage Salzland (fiktiv)",
                      "Praxistage in Betrieben für Schülerinnen und Schüler der Klassen 8 bis 10.",
                      210_000, 36, {"PARTICIPANTS": 120, "PARTICIPANTS_UNDER_30": 120},
                      granted=200_000, submitted="2023-04-20"),
             proposal("Salzland Sozialverbund e.V. (fiktiv)", "Ausbildung statt Abbruch (fiktiv)",
                      "Begleitung von Auszubildenden, deren Ausbildung abzubrechen droht.",
                      160_000, 24, {"PARTICIPANTS": 45, "PARTICIPANTS_UNDER_30": 45},
                      granted=160_000, submitted="2023-04-26"),
             proposal("Saale-Bode-Lernen e.V. (fiktiv)", "Berufsorientierung online (fiktiv)",
                      "Eine Plattform zur Berufsorientierung für den ganzen Landkreis.",
                      90_000, 12, {"PARTICIPANTS": 300},
                      reason="Überschneidung mit Angeboten der Jugendberufsagentur (fiktiv).",
                      submitted="2023-04-27")],
         [("2023-09-01", "2024-02-29", "2024-03-12")]),
    Call("15003", "D", 2023, "Zugewanderte in Arbeit in Magdeburg 2023 (fiktiv)",
         "2023-05-02", "2023-06-30", "2023-07-12", [
             proposal("Sozialwerk Elbaue e.V. (fiktiv)", "Ankommen im Beruf Magdeburg (fiktiv)",
                      "Berufsbezogene Sprachbegleitung und Anerkennungsberatung für Zugewanderte.",
                      240_000, 30, {"PARTICIPANTS": 80, "QUALIFICATION_GAINED": 30},
                      granted=240_000, submitted="2023-06-26"),
             proposal("Elbe Integration gGmbH (fiktiv)", "Betriebe öffnen (fiktiv)",
                      "Vermittlung Zugewanderter in kleine und mittlere Betriebe.",
                      130_000, 24, {"PARTICIPANTS": 40, "EMPLOYED_AFTER_LEAVING": 15},
                      granted=120_000, submitted="2023-06-28"),
             proposal("Kulturbrücke Sudenburg e.V. (fiktiv)", "Sprachcafé Arbeit (fiktiv)",
                      "Offene Sprachtreffs mit Bezug zur Arbeitswelt.",
                      60_000, 12, {"PARTICIPANTS": 100},
                      reason="Kein unmittelbarer Arbeitsmarktbezug nach den Kriterien des Aufrufs (fiktiv).",
                      submitted="2023-06-29")],
         [("2023-10-01", "2024-03-31", "2024-04-18")]),
    Call("15084", "L", 2025, "Gesundheit und Arbeit im Burgenlandkreis 2025 (fiktiv)",
         "2025-02-03", "2025-04-04", "2025-05-06", [
             proposal("Netzwerk Burgenland Soziale Dienste e.V. (fiktiv)", "Gesund zurück in Arbeit (fiktiv)",
                      "Gesundheitsorientiertes Coaching für langzeitarbeitslose Menschen in Weißenfels und Zeitz.",
                      190_000, 24, {"PARTICIPANTS": 70, "PARTICIPANTS_OVER_54": 25},
                      granted=190_000, submitted="2025-03-31"),
             proposal("Saale-Unstrut Bildung gGmbH (fiktiv)", "Arbeit und Gesundheit im Betrieb (fiktiv)",
                      "Begleitung von Beschäftigten mit gesundheitlichen Einschränkungen.",
                      110_000, 18, {"PARTICIPANTS": 35, "PARTICIPANTS_EMPLOYED": 35},
                      reason="Förderbereich L richtet sich in diesem Aufruf an Arbeitsuchende (fiktiv).",
                      submitted="2025-04-02")],
         [("2025-07-01", "2025-12-31", "2026-02-10")]),
]


def call(c):
    region, office = c.region, c.region.office
    line(c.id + "-eroeffnung", office, c.opened_on, "OpenCall", {
        "callId": c.id, "regionKey": region.key, "programmeId": PROGRAMME, "fundingArea": c.area,
        "title": c.title, "budget": 400_000, "deadline": end_of_day(c.deadline), "openedOn": c.opened_on,
        "criteria": ["Bezug zu den Handlungsschwerpunkten des RAK", "Erreichbarkeit der Zielgruppe",
                     "Wirtschaftlichkeit"]})
    proposal_ids = []
    for number, p in enumerate(c.proposals, start=1):
        proposal_id = f"{c.id}-vorschlag-{number}"
        proposal_ids.append(proposal_id)
        line(proposal_id, "sponsor:" + p["sponsor"], p["submitted"], "SubmitProposal", {
            "callId": c.id, "proposalId": proposal_id, "sponsor": p["sponsor"], "title": p["title"],
            "summary": p["summary"], "requested": p["requested"], "durationMonths": p["months"],
            "plannedIndicators": p["planned"], "submittedAt": p["submitted"] + "T10:00:00Z"})
    selection(c, proposal_ids)
    for proposal_id, p in zip(proposal_ids, c.proposals):
        if p["granted"]:
            results(c, proposal_id, p)


def selection(c, proposal_ids):
    """The RAK selects at a meeting after the deadline; the member whose organisation proposed is recused."""
    region = c.region
    resolution = f"{region.working_group}-beschluss-{c.id}"
    sponsors = [p["sponsor"] for p in c.proposals]
    seats = region.members()
    recused = [member for member, organisation, _ in seats if organisation in sponsors]
    voters = [member for member, _, category in seats if category in VOTING and member not in recused]
    abstaining = next(member for member, _, category in seats if category == "SOCIAL_PARTNER")  # fiktiv
    line(resolution, region.office, c.decided_on, "RecordResolution", {
        "workingGroupId": region.working_group, "resolutionId": resolution, "date": c.decided_on,
        "agendaItem": "TOP 3 Auswahl im Aufruf " + c.id,
        "motion": "Der RAK wählt die Vorschläge nach der Bewertung der REKO aus (fiktiv).",
        "subject": {"type": "CALL", "id": c.id, "sponsors": sponsors},
        "present": [member for member, _, _ in seats],
        "votes": [{"memberId": member, "vote": "ABSTAIN" if member == abstaining else "YES"} for member in voters],
        "recusals": [{"memberId": member, "reason": "Träger eines Vorschlags in diesem Aufruf (Befangenheit)"}
                     for member in recused]})
    line(c.id + "-auswahl", region.office, c.decided_on, "SelectProposals", {
        "callId": c.id, "resolutionId": resolution,
        "selected": [{"proposalId": proposal_id, "amount": p["granted"]}
                     for proposal_id, p in zip(proposal_ids, c.proposals) if p["granted"]],
        "notSelected": [{"proposalId": proposal_id, "reason": p["reason"]}
                        for proposal_id, p in zip(proposal_ids, c.proposals) if not p["granted"]]})


def results(c, proposal_id, p):
    """Shared results: a share of the planned figures for a past half-year, recorded by the sponsor (fiktiv)."""
    for number, (period_from, period_to, recorded_on) in enumerate(c.results, start=1):
        indicators = {code: max(1, value * 2 // 5) for code, value in p["planned"].items()}
        line(f"{proposal_id}-ergebnis-{number}", "sponsor:" + p["sponsor"], recorded_on, "RecordResult", {
            "projectId": project_id(proposal_id), "resultId": f"{proposal_id}-ergebnis-{number}",
            "period": {"from": period_from, "to": period_to}, "indicators": indicators,
            "narrative": f"Zwischenbericht „{p['title']}“ für {period_from} bis {period_to}: Die Teilnehmenden "
                         "wurden über Jobcenter und Beratungsstellen gewonnen; alle Zahlen sind fiktiv.",
            "audience": "PUBLIC", "recordedOn": recorded_on})


# ---- target agreements with a controlling review

TARGET_AGREEMENTS = [
    ("15085", "A", "2022-12-05", "2022-12-12", "2022-12-19", "2024-03-15", "AT_RISK",
     "Die REKO spricht weitere Beratungsstellen als Zugangswege an (fiktiv)."),
    ("15089", "B", "2022-12-06", "2022-12-13", "2022-12-20", "2024-03-20", "ON_TRACK", None),
    ("15003", "D", "2023-01-10", "2023-01-17", "2023-01-24", "2024-04-25", "AT_RISK",
     "Ein zweiter Aufruf im Förderbereich D wird vorbereitet (fiktiv)."),
]


def target_agreement(key, area, drafted_on, ministry_signs, region_signs, reviewed_on, assessment, measures):
    region = REGION[key]
    agreement = f"zielvereinbarung-{key}-2023-2024"
    line(agreement + "-entwurf", NETWORK_OFFICE, drafted_on, "DraftTargetAgreement", {
        "key": key, "agreementId": agreement, "period": {"from": "2023-01-01", "to": "2024-12-31"},
        "parties": [MINISTRY, region.party],
        "targets": [{"indicator": "PARTICIPANTS", "value": 150, "fundingArea": area,
                     "milestones": [{"date": "2023-12-31", "value": 60}]},
                    {"indicator": "EMPLOYED_AFTER_LEAVING", "value": 25}]})
    line(agreement + "-unterzeichnung-land", NETWORK_OFFICE, ministry_signs, "SignTargetAgreement",
         {"agreementId": agreement, "party": MINISTRY, "signedOn": ministry_signs})
    line(agreement + "-unterzeichnung-region", region.office, region_signs, "SignTargetAgreement",
         {"agreementId": agreement, "party": region.party, "signedOn": region_signs})
    review = {"agreementId": agreement, "date": reviewed_on, "assessment": assessment}
    if measures:
        review["measures"] = measures
    line(agreement + "-controlling-1", region.office, reviewed_on, "RecordReview", review)


# ---- the network office (area K): the programme amendment, news and network events

def amendment_2025():
    line("programm-aenderung-2025", NETWORK_OFFICE, "2025-01-01", "AmendProgramme", {
        "programmeId": PROGRAMME, "effectiveFrom": "2025-01-01",
        "addAreas": [{"code": code, "title": title, "from": "2025-01-01"} for code, title in AMENDMENT_2025_AREAS]})


NEWS = [
    ("2022-07-04", "nachricht-alle-partner-2022", "Alle 14 Landkreise und kreisfreien Städte sind dabei",
     "Seit 2022 sind alle Gebietskörperschaften Sachsen-Anhalts Partner der landesweiten Kooperationsvereinbarung.",
     "Im Dezember 2021 unterzeichneten das Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung, die "
     "Regionaldirektion Sachsen-Anhalt-Thüringen der Bundesagentur für Arbeit, der Landkreistag und der Städte- "
     "und Gemeindebund Sachsen-Anhalt die landesweite Kooperationsvereinbarung. Inzwischen sind alle Landkreise "
     "und kreisfreien Städte beigetreten, und in jeder Region arbeitet ein Regionaler Arbeitskreis (RAK).",
     ["Kooperation", "RAK"], [], []),
    ("2023-05-08", "nachricht-erste-auswahl-2023", "Erste Projektauswahl im Landkreis Harz (fiktiv)",
     "Der RAK Harz hat im ersten Aufruf des Förderbereichs A zwei Projekte ausgewählt (fiktives Beispiel).",
     "Der Regionale Arbeitskreis Harz hat am 25. April 2023 über drei Vorschläge entschieden. Ein Mitglied, "
     "dessen Organisation selbst einen Vorschlag eingereicht hatte, war befangen und stimmte nicht mit. "
     "Projekte, Träger und Zahlen dieses Beispiels sind fiktiv.",
     ["Aufruf", "Projektauswahl"], ["15085"], ["A"]),
    ("2025-01-13", "nachricht-foerderbereiche-l-m-2025", "Neue Förderbereiche L und M ab 2025",
     "REGIO AKTIV ist um zwei Förderbereiche erweitert worden (Titel im Demo fiktiv).",
     "Seit dem 1. Januar 2025 kennt REGIO AKTIV die Förderbereiche L und M. Die Regio-Netzwerkstelle "
     "(Förderbereich K) berät die Regionalen Koordinationen zu ersten Aufrufen.",
     ["Förderbereiche", "Richtlinie"], [], ["L", "M"]),
    ("2026-03-02", "nachricht-ergebnisse-2025", "Erste Ergebnisse aus dem Förderbereich L (fiktiv)",
     "Das Projekt „Gesund zurück in Arbeit“ im Burgenlandkreis hat erste Ergebnisse geteilt (fiktives Beispiel).",
     "Im zweiten Halbjahr 2025 hat das Projekt erste Teilnehmende begleitet. Die Ergebnisse sind öffentlich "
     "einsehbar; alle Zahlen sind fiktiv.",
     ["Ergebnisse"], ["15084"], ["L"]),
]


def news():
    for day, article, title, teaser, body, tags, regions_concerned, areas in NEWS:
        line(article + "-entwurf", NETWORK_OFFICE, day, "DraftNews", {
            "articleId": article,
            "content": {"title": title, "teaser": teaser, "body": body, "tags": tags, "regionKeys": regions_concerned,
                        "fundingAreas": areas}})
        line(article + "-veroeffentlichung", NETWORK_OFFICE, day, "PublishNews", {"articleId": article})


# The upcoming event: drafted and announced in the past, taking place after the file was written. Move it forward
# (and regenerate) once it has begun, or the demo import refuses these two lines.
UPCOMING_EVENT = ("2027-09-22T10:00:00", "2027-09-22T15:30:00")


def network_events():
    event = "netzwerkkonferenz-2027"
    line(event + "-entwurf", NETWORK_OFFICE, "2026-11-16", "DraftNetworkEvent", {
        "eventId": event,
        "details": {"title": "Landesweite Netzwerkkonferenz REGIO AKTIV 2027 (fiktiv)",
                    "description": "Die Regio-Netzwerkstelle lädt die RAK, Regionalen Koordinationen und Träger "
                                   "zum Austausch über Ergebnisse und die Förderbereiche L und M ein (fiktiv).",
                    "location": "Magdeburg (fiktiv)", "capacity": 150, "regionKeys": []},
        "schedule": {"start": UPCOMING_EVENT[0], "end": UPCOMING_EVENT[1]}})
    line(event + "-veroeffentlichung", NETWORK_OFFICE, "2026-11-23", "PublishNetworkEvent", {"eventId": event})


def main():
    programme()
    regions()
    state_agreement()
    for region in REGIONS:
        working_group(region)
    for agreement in TARGET_AGREEMENTS:
        target_agreement(*agreement)
    membership_change()
    amendment_2025()
    for c in CALLS:
        call(c)
    news()
    network_events()
    LINES.sort(key=lambda entry: entry["effectiveOn"])  # stable: same-day lines keep the order above
    header = {"format": "regionet-import", "version": 1,
              "title": "REGIO AKTIV Sachsen-Anhalt (Demo)",
              "description": "Das Netzwerk REGIO AKTIV in Sachsen-Anhalt seit Dezember 2021: 14 Regionen, die "
                             "landesweite Kooperationsvereinbarung, RAK mit REKO, Aufrufe, Projekte und "
                             "Ergebnisse. Tage, Personenrollen, Träger, Projekte und Zahlen sind fiktiv "
                             "(siehe docs/demo.md)."}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        for entry in [header] + LINES:
            out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{OUTPUT}: {len(LINES)} commands")


if __name__ == "__main__":
    main()
