#!/usr/bin/env python3
"""Writes the demo networks of North Rhine-Westphalia and Hesse as RegioNet import files (regionet-import/1).

North Rhine-Westphalia (seed 004): the labour-market region Westfälisches Ruhrgebiet (Dortmund, Hamm, Kreis Unna)
with its Regionalagentur and its advisory Regionaler Facharbeitskreis, the regional action plan of 2011, the
implementation concept of 2016 (valid to 2020) that supersedes it, the state-wide call "Fachkräfte.NRW" across the
funds ESF and EFRE in which the region advises and the state decides, a regional call decided the same way, the
projects the state funded and their results.

Hesse (seed 003): the state-wide cooperation agreement of January 2016 between the Regionaldirektion Hessen of the
Federal Employment Agency, the Hessischer Landkreistag and the Hessischer Städtetag, and local cooperation bodies
that carry it out (Arbeitsmarktbüros for refugees, Jugendberufsagenturen, a joint planning of training targets) in
districts and cities of Hesse.

What the seeds say is kept as they say it; everything else (days, members, sponsors, projects, amounts, figures,
sites, partners) is invented and marked "(fiktiv)" where a reader meets it; docs/demo.md lists which is which.

Run from the repository root; the build never runs it, the output is committed:

    python3 docs/demo/generate-nrw-hessen.py

Standard library only.
"""

import hashlib
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

DEMO = Path("infra/app/src/main/resources/demo")
NRW_FILE = DEMO / "nrw-westfaelisches-ruhrgebiet.ndjson"
HESSE_FILE = DEMO / "hessen-kooperation.ndjson"

NETWORK_OFFICE = "network-office"
GRANTING_AUTHORITY = "granting-authority"


class History:
    """The lines of one file; same-day lines keep the order they were written in."""

    def __init__(self):
        self.lines = []

    def line(self, line_id, office, effective_on, command, body):
        self.lines.append({"id": line_id, "office": office, "effectiveOn": effective_on, "command": command,
                           "body": body})

    def write(self, path, title, description):
        self.lines.sort(key=lambda entry: entry["effectiveOn"])  # stable
        header = {"format": "regionet-import", "version": 1, "title": title, "description": description}
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as out:
            for entry in [header] + self.lines:
                out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"{path}: {len(self.lines)} commands")


def project_id(proposal_id):
    """The project a granted proposal becomes, as ProjectId.forProposal derives it (a Java name-based UUID)."""
    digest = hashlib.md5(("project:" + proposal_id).encode("utf-8")).digest()
    return str(uuid.UUID(bytes=digest, version=3))


def end_of_day(day):
    """The last second of a day in Berlin, as an instant in UTC."""
    local = datetime.fromisoformat(day + "T23:59:59").replace(tzinfo=ZoneInfo("Europe/Berlin"))
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def at(day, time="10:00:00"):
    """A moment of a day in Berlin, as an instant in UTC."""
    local = datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=ZoneInfo("Europe/Berlin"))
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def placeholder_hash(text):
    """The SHA-256 of a placeholder text: the demo has no real document, only its fingerprint."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ==== North Rhine-Westphalia: Region Westfälisches Ruhrgebiet ========================================================

NRW = "nordrhein-westfalen"
RUHR = "05-westfaelisches-ruhrgebiet"
RUHR_OFFICE = "coordination:" + RUHR
FAK = "fak-westfaelisches-ruhrgebiet"
FAK_RESOLUTION = "fak-ruhr-"
PROGRAMME = "nrw-esf-2014-2020"
PLAN = "nrw-handlungsplan-2011"
CONCEPT = "nrw-umsetzungskonzept-2016"
STATE_CALL = "nrw-fachkraefte-nrw-2016"
REGIONAL_CALL = "nrw-personal-4-0-ruhr-2018"
FAK_FOUNDED = "2011-02-15"

# The Facharbeitskreis (members assumed, fiktiv: the seed names the Unternehmensverbände, the advisory services and
# the regional business development agencies as active, not the seats).
FAK_MEMBERS = [
    ("m01", "Stadt Dortmund", "MUNICIPALITY"),
    ("m02", "Stadt Hamm", "MUNICIPALITY"),
    ("m03", "Kreis Unna", "MUNICIPALITY"),
    ("m04", "Agentur für Arbeit Dortmund", "EMPLOYMENT_AGENCY"),
    ("m05", "Agentur für Arbeit Hamm", "EMPLOYMENT_AGENCY"),
    ("m06", "Jobcenter Dortmund", "JOB_CENTRE"),
    ("m07", "DGB-Region Dortmund-Hellweg", "SOCIAL_PARTNER"),
    ("m08", "Unternehmensverbände im Westfälischen Ruhrgebiet (fiktiv)", "BUSINESS"),
    ("m09", "Industrie- und Handelskammer zu Dortmund", "BUSINESS"),
    ("m10", "Wirtschaftsförderung im Kreis Unna (fiktiv)", "OTHER"),
]
VOTING = ["MUNICIPALITY", "EMPLOYMENT_AGENCY", "JOB_CENTRE", "SOCIAL_PARTNER", "BUSINESS", "OTHER"]


def member_ids():
    return [f"{FAK}-{number}" for number, _, _ in FAK_MEMBERS]


def nrw_region(h):
    h.line("nrw-gebiet-westfaelisches-ruhrgebiet", NETWORK_OFFICE, "2011-01-03", "RegisterRegion", {
        "key": RUHR, "name": "Westfälisches Ruhrgebiet", "kind": "LABOUR_MARKET_REGION", "network": NRW,
        "members": ["05913", "05915", "05978"]})


def nrw_facharbeitskreis(h):
    day = FAK_FOUNDED
    h.line(FAK + "-gruendung", RUHR_OFFICE, day, "EstablishWorkingGroup", {
        "key": RUHR, "workingGroupId": FAK, "name": "Regionaler Facharbeitskreis Westfälisches Ruhrgebiet",
        "establishedOn": day, "kind": "ADVISORY"})
    for number, organisation, category in FAK_MEMBERS:
        h.line(f"{FAK}-{number}-aufnahme", RUHR_OFFICE, day, "AdmitMember", {
            "workingGroupId": FAK, "memberId": f"{FAK}-{number}", "organisation": organisation,
            "category": category, "admittedOn": day})
    h.line(FAK + "-geschaeftsordnung", RUHR_OFFICE, day, "SetRulesOfProcedure", {
        "workingGroupId": FAK,
        "rules": {"validFrom": day, "quorum": "MORE_THAN_HALF_OF_VOTING_MEMBERS", "majority": "SIMPLE",
                  "votingCategories": VOTING, "votingRecordPublic": True}})
    h.line(FAK + "-regionalagentur", RUHR_OFFICE, day, "SetCoordination", {
        "workingGroupId": FAK, "organisation": "Regionalagentur Westfälisches Ruhrgebiet",
        "period": {"from": day, "to": "2022-12-31"}})


def resolution(h, resolution_id, day, agenda, motion, subject=None):
    """A resolution of the Facharbeitskreis: all present, all in favour (fiktiv); its effect is a recommendation."""
    body = {"workingGroupId": FAK, "resolutionId": resolution_id, "date": day, "agendaItem": agenda,
            "motion": motion, "present": member_ids(),
            "votes": [{"memberId": member, "vote": "YES"} for member in member_ids()]}
    if subject:
        body["subject"] = subject
    h.line(resolution_id, RUHR_OFFICE, day, "RecordResolution", body)


PLAN_NEEDS = [
    {"id": "H1", "title": "Nachwuchskräfte gewinnen und sichern",
     "text": "Instrumente und Modelle zur Gewinnung und Sicherung von Nachwuchskräften in den Betrieben der Region."},
    {"id": "H2", "title": "Betriebliche Fachkräfteentwicklung",
     "text": "Beschäftigte in den Betrieben weiterentwickeln und im Betrieb halten."},
    {"id": "H3", "title": "Arbeitgeberattraktivität steigern",
     "text": "Betriebe, vor allem kleine und mittlere, werden als Arbeitgeber sichtbarer und attraktiver."},
]

CONCEPT_NEEDS = [
    {"id": "U1", "title": "Nachwuchs sichern in Handwerk, Metall- und Elektroindustrie und Pflege",
     "text": "Die Fachkräfteinitiative hat hier gute Beiträge gezeigt; Maßnahmen mit Jugendlichen hatten hohe "
             "Erfolgsquoten. Das Konzept knüpft daran an."},
    {"id": "U2", "title": "Qualifizierung und Arbeitsmarktintegration von Zugewanderten und Flüchtlingen",
     "text": "Neue Herausforderung der Programmphase bis 2020, in der Fachkräftesicherung und in der regionalisierten "
             "Landesarbeitspolitik insgesamt."},
    {"id": "U3", "title": "Personalpolitik im digitalen Wandel (Personal 4.0)",
     "text": "Betriebe gestalten ihre Personalpolitik im digitalen Wandel; neue Herausforderung der Programmphase."},
    {"id": "U4", "title": "Vorbeugende und sozialraumorientierte Förderzugänge in Quartieren",
     "text": "Neben den bewährten Programmlinien setzt die Landes-ESF-Programmphase auf Förderzugänge in "
             "Quartieren."},
]


def nrw_plans(h):
    resolution(h, FAK_RESOLUTION + "beschluss-handlungsplan-2011", "2011-06-08", "TOP 2 Regionaler Handlungsplan",
               "Der Facharbeitskreis empfiehlt den gemeinsam erarbeiteten Regionalen Handlungsplan zur "
               "Fachkräfteinitiative (Tag der Sitzung fiktiv).")
    h.line(PLAN + "-annahme", RUHR_OFFICE, "2011-06-08", "AdoptPlanningDocument", {
        "documentId": PLAN, "regionKey": RUHR, "adoptedBy": FAK, "kind": "ACTION_PLAN", "adoptedOn": "2011-06-08",
        "content": {"title": "Regionaler Handlungsplan Westfälisches Ruhrgebiet (Fachkräfteinitiative)",
                    "validFrom": "2011-06-08", "needs": PLAN_NEEDS,
                    "problemAreas": ["Fachkräftebedarf in Handwerk, Metall- und Elektroindustrie und Pflege"],
                    "fundingLines": ["ESF: Fachkräfteinitiative", "EFRE: Fachkräfteinitiative"]}})
    resolution(h, FAK_RESOLUTION + "beschluss-umsetzungskonzept-2016", "2016-06-22",
               "TOP 2 Regionales Umsetzungskonzept",
               "Der Facharbeitskreis empfiehlt das im Dialog mit der Regionalagentur und den regionalen "
               "Wirtschaftsförderern erarbeitete Regionale Umsetzungskonzept bis 2020 (Tag der Sitzung fiktiv).")
    h.line(CONCEPT + "-annahme", RUHR_OFFICE, "2016-07-04", "AdoptPlanningDocument", {
        "documentId": CONCEPT, "regionKey": RUHR, "adoptedBy": FAK, "kind": "IMPLEMENTATION_CONCEPT",
        "adoptedOn": "2016-07-04",
        "content": {"title": "Regionales Umsetzungskonzept Westfälisches Ruhrgebiet bis 2020",
                    "validFrom": "2016-07-04", "validTo": "2020-12-31", "needs": CONCEPT_NEEDS,
                    "problemAreas": [
                        "Themen und Problemlagen, die die Förderinstrumente des Landes-ESF nicht oder nicht "
                        "ausreichend abdecken, die für die Region aber von hohem Interesse sind",
                        "Integration von Zugewanderten und Flüchtlingen in Ausbildung und Arbeit"],
                    "fundingLines": ["ESF und EFRE: Aufruf Fachkräfte.NRW (fondsübergreifend)",
                                     "ESF: bewährte Programmlinien der Landesarbeitspolitik",
                                     "ESF: Förderzugänge in Quartieren"]}})
    h.line(PLAN + "-abloesung", RUHR_OFFICE, "2016-07-04", "SupersedePlanningDocument", {
        "documentId": PLAN, "successorId": CONCEPT, "supersededOn": "2016-07-04"})


def nrw_programme(h):
    h.line("nrw-programm-esf-2014-2020", NETWORK_OFFICE, "2014-10-01", "LaunchProgramme", {
        "programmeId": PROGRAMME, "network": NRW,
        "name": "Landesarbeitspolitik NRW: ESF-Programmphase bis 2020 (Demo; Budget und Bereiche fiktiv)",
        "period": {"from": "2014-10-01", "to": "2022-12-31"},
        "budget": 600_000_000,
        "areas": [{"code": "F", "title": "Fachkräftesicherung (Titel fiktiv)", "from": "2014-10-01"},
                  {"code": "Q", "title": "Förderzugänge in Quartieren (Titel fiktiv)", "from": "2014-10-01"}]})


def proposal(h, call, number, sponsor, title, summary, requested, months, planned, submitted_on):
    proposal_id = f"{call}-vorschlag-{number}"
    h.line(proposal_id, "sponsor:" + sponsor, submitted_on, "SubmitProposal", {
        "callId": call, "proposalId": proposal_id, "sponsor": sponsor, "title": title, "summary": summary,
        "requested": requested, "durationMonths": months, "plannedIndicators": planned,
        "submittedAt": at(submitted_on), "regionKey": RUHR})
    return proposal_id


def result(h, sponsor, proposal_id, number, period_from, period_to, recorded_on, indicators, narrative):
    result_id = f"{proposal_id}-ergebnis-{number}"
    h.line(result_id, "sponsor:" + sponsor, recorded_on, "RecordResult", {
        "projectId": project_id(proposal_id), "resultId": result_id,
        "period": {"from": period_from, "to": period_to}, "indicators": indicators, "narrative": narrative,
        "audience": "PUBLIC", "recordedOn": recorded_on})


METALL = "Bildungszentrum Metall Westfalen gGmbH (fiktiv)"
PFLEGE = "Pflegenetz Hellweg e.V. (fiktiv)"
ANKOMMEN = "Brücke Arbeit Dortmund gGmbH (fiktiv)"
DIGITAL = "Zukunftswerkstatt Personal Unna e.V. (fiktiv)"
HANDWERK = "Handwerksbildung Hamm gGmbH (fiktiv)"


def nrw_state_wide_call(h):
    """Fachkräfte.NRW (named in seed 004, a call across the funds ESF and EFRE); its figures and days are fiktiv."""
    call = STATE_CALL
    h.line(call + "-eroeffnung", NETWORK_OFFICE, "2016-09-01", "OpenCall", {
        "callId": call, "reach": "STATE_WIDE", "procedure": "REGIONAL_ADVICE_STATE_DECISION",
        "programmeId": PROGRAMME, "fundingArea": "F",
        "title": "Fachkräfte.NRW – fondsübergreifender Aufruf ESF/EFRE, Runde 2016 "
                 "(Runde, Budget und Frist fiktiv)",
        "budget": 4_000_000, "deadline": end_of_day("2016-11-30"), "openedOn": "2016-09-01",
        "criteria": ["Bezug zum Regionalen Umsetzungskonzept der Region",
                     "Beitrag zur Fachkräftesicherung in den Betrieben", "Beteiligung von Unternehmen"]})
    first = proposal(h, call, 1, METALL, "Nachwuchs für Metall und Elektro im Revier (fiktiv)",
                     "Ausbildungsbotschafter, Praxistage und eine Lernwerkstatt für Betriebe der Metall- und "
                     "Elektroindustrie in Dortmund und Hamm.", 480_000, 30,
                     {"PARTICIPANTS": 120, "PARTICIPANTS_UNDER_30": 100}, "2016-11-21")
    second = proposal(h, call, 2, PFLEGE, "Pflege bildet aus – Verbundausbildung Kreis Unna (fiktiv)",
                      "Ein Ausbildungsverbund kleiner Pflegedienste im Kreis Unna mit gemeinsamer Praxisanleitung.",
                      260_000, 24, {"PARTICIPANTS": 45}, "2016-11-25")
    third = proposal(h, call, 3, ANKOMMEN, "Ankommen im Betrieb (fiktiv)",
                     "Betriebliche Einstiegsqualifizierung für Geflüchtete mit Sprachbegleitung in Dortmund.",
                     350_000, 24, {"PARTICIPANTS": 60}, "2016-11-29")
    sponsors = [METALL, PFLEGE, ANKOMMEN]
    resolution(h, FAK_RESOLUTION + "empfehlung-fachkraefte-nrw-2016", "2017-01-18", "TOP 3 Vorschläge Fachkräfte.NRW",
               "Der Facharbeitskreis berät und qualifiziert die drei Vorschläge aus der Region und empfiehlt dem "
               "Land die Förderung der Vorschläge 1 und 2 in dieser Reihenfolge (fiktiv).",
               {"type": "CALL", "id": call, "sponsors": sponsors})
    h.line(call + "-votum-region", RUHR_OFFICE, "2017-01-18", "AdviseOnProposals", {
        "callId": call, "advisedOn": "2017-01-18", "advice": [
            {"proposalId": first, "recommended": True, "rank": 1,
             "reason": "Deckt den Nachwuchsbedarf der Metall- und Elektroindustrie (Umsetzungskonzept U1)."},
            {"proposalId": second, "recommended": True, "rank": 2,
             "reason": "Sichert Ausbildung in der Pflege im Kreis Unna (Umsetzungskonzept U1)."},
            {"proposalId": third, "recommended": False,
             "reason": "Inhaltlich wertvoll, passt besser in eine Förderlinie für Zugewanderte (U2)."}]})
    h.line(call + "-foerderentscheidung", GRANTING_AUTHORITY, "2017-03-27", "DecideFunding", {
        "callId": call, "decidedOn": "2017-03-27",
        "granted": [{"proposalId": first, "funds": [{"fund": "ESF", "amount": 300_000},
                                                    {"fund": "EFRE", "amount": 150_000}]},
                    {"proposalId": second, "funds": [{"fund": "ESF", "amount": 240_000}]}],
        "refused": [{"proposalId": third,
                     "reason": "Nicht im Rahmen dieses Aufrufs; eine Förderlinie für Zugewanderte folgt (fiktiv)."}]})
    result(h, METALL, first, 1, "2017-04-01", "2017-12-31", "2018-02-15",
           {"PARTICIPANTS": 52, "PARTICIPANTS_UNDER_30": 47},
           "Zwischenbericht „Nachwuchs für Metall und Elektro im Revier“ 2017: 14 Betriebe beteiligt, Praxistage "
           "an vier Schulen, die Lernwerkstatt in Hamm arbeitet; alle Zahlen sind fiktiv.")
    result(h, PFLEGE, second, 1, "2017-04-01", "2017-12-31", "2018-02-20", {"PARTICIPANTS": 18},
           "Zwischenbericht „Pflege bildet aus“ 2017: sieben Pflegedienste im Ausbildungsverbund, 18 "
           "Auszubildende begonnen; alle Zahlen sind fiktiv.")


def nrw_regional_call(h):
    """A regional call of the Regionalagentur the state decides the same way (wholly fiktiv), following need U3."""
    call = REGIONAL_CALL
    h.line(call + "-eroeffnung", RUHR_OFFICE, "2018-03-01", "OpenCall", {
        "callId": call, "regionKey": RUHR, "reach": "REGIONAL", "procedure": "REGIONAL_ADVICE_STATE_DECISION",
        "programmeId": PROGRAMME, "fundingArea": "F",
        "title": "Personal 4.0 im Westfälischen Ruhrgebiet 2018 (fiktiv)", "budget": 600_000,
        "deadline": end_of_day("2018-05-31"), "openedOn": "2018-03-01",
        "criteria": ["Bedarf U3 des Regionalen Umsetzungskonzepts", "Beteiligung kleiner und mittlerer Betriebe"]})
    h.line(CONCEPT + "-bedarf-u3-aufruf", RUHR_OFFICE, "2018-03-01", "LinkNeedToCall", {
        "documentId": CONCEPT, "needId": "U3", "callId": call})
    digital = proposal(h, call, 1, DIGITAL, "Personal 4.0 in kleinen Betrieben (fiktiv)",
                       "Beratung und Qualifizierung von Personalverantwortlichen kleiner Betriebe im digitalen "
                       "Wandel, mit Lernortkooperation in Unna und Kamen.", 320_000, 24,
                       {"PARTICIPANTS": 80, "PARTICIPANTS_EMPLOYED": 80}, "2018-05-28")
    crafts = proposal(h, call, 2, HANDWERK, "Digitale Werkstatt Handwerk Hamm (fiktiv)",
                      "Weiterbildung Beschäftigter im Handwerk zu digitalen Arbeitsabläufen.", 250_000, 18,
                      {"PARTICIPANTS": 50, "PARTICIPANTS_EMPLOYED": 50}, "2018-05-30")
    resolution(h, FAK_RESOLUTION + "empfehlung-personal-4-0-2018", "2018-06-20", "TOP 2 Vorschläge Personal 4.0",
               "Der Facharbeitskreis empfiehlt beide Vorschläge, den Verbund kleiner Betriebe zuerst (fiktiv).",
               {"type": "CALL", "id": call, "sponsors": [DIGITAL, HANDWERK]})
    h.line(call + "-votum-region", RUHR_OFFICE, "2018-06-20", "AdviseOnProposals", {
        "callId": call, "advisedOn": "2018-06-20", "advice": [
            {"proposalId": digital, "recommended": True, "rank": 1,
             "reason": "Erreicht kleine Betriebe, die bisher kaum Personalentwicklung betreiben (U3)."},
            {"proposalId": crafts, "recommended": True, "rank": 2,
             "reason": "Ergänzt die Fachkräftesicherung im Handwerk (U1, U3)."}]})
    h.line(call + "-foerderentscheidung", GRANTING_AUTHORITY, "2018-08-29", "DecideFunding", {
        "callId": call, "decidedOn": "2018-08-29",
        "granted": [{"proposalId": digital, "funds": [{"fund": "ESF", "amount": 200_000},
                                                      {"fund": "EFRE", "amount": 100_000}]},
                    {"proposalId": crafts, "funds": [{"fund": "ESF", "amount": 180_000}]}]})
    result(h, DIGITAL, digital, 1, "2018-09-01", "2019-02-28", "2019-03-20",
           {"PARTICIPANTS": 34, "PARTICIPANTS_EMPLOYED": 34},
           "Zwischenbericht „Personal 4.0 in kleinen Betrieben“: 21 Betriebe beraten, 34 Personalverantwortliche "
           "qualifiziert; alle Zahlen sind fiktiv.")


def nrw():
    h = History()
    nrw_region(h)
    nrw_facharbeitskreis(h)
    nrw_programme(h)
    nrw_plans(h)
    nrw_state_wide_call(h)
    nrw_regional_call(h)
    h.write(NRW_FILE, "Regionalagentur Westfälisches Ruhrgebiet, Nordrhein-Westfalen (Demo)",
            "Die Arbeitsmarktregion Westfälisches Ruhrgebiet (Dortmund, Hamm, Kreis Unna) mit Regionalagentur und "
            "Regionalem Facharbeitskreis, Handlungsplan 2011 und Umsetzungskonzept 2016–2020 (Seed 004), dem "
            "fondsübergreifenden Aufruf Fachkräfte.NRW mit Votum der Region und Förderentscheidung des Landes "
            "aus ESF und EFRE. Tage, Mitglieder, Träger, Projekte, Beträge und Zahlen sind fiktiv "
            "(siehe docs/demo.md).")


# ==== Hesse: the state-wide cooperation agreement and local cooperation bodies ======================================

HESSE = "hessen"
AGREEMENT = "hessen-kooperationsvereinbarung-2016"
SIGNED_ON = "2016-01-26"  # the day the state published the signing (seed 003)
HESSE_PARTIES = [
    ("Regionaldirektion Hessen der Bundesagentur für Arbeit", "Leiter der Regionaldirektion", "regionaldirektion"),
    ("Hessischer Landkreistag", "Geschäftsführender Direktor", "landkreistag"),
    ("Hessischer Städtetag", "Geschäftsführender Direktor", "staedtetag"),
]
HESSE_REGIONS = [
    ("06412", "Frankfurt am Main", "INDEPENDENT_CITY"),
    ("06433", "Kreis Groß-Gerau", "DISTRICT"),
    ("06435", "Main-Kinzig-Kreis", "DISTRICT"),
    ("06531", "Landkreis Gießen", "DISTRICT"),
    ("06611", "Kassel", "INDEPENDENT_CITY"),
]


def hesse_regions(h):
    for key, name, kind in HESSE_REGIONS:
        h.line("he-gebiet-" + key, NETWORK_OFFICE, "2016-01-04", "RegisterRegion",
               {"key": key, "name": name, "kind": kind, "network": HESSE})


def hesse_agreement(h):
    h.line(AGREEMENT + "-entwurf", NETWORK_OFFICE, "2016-01-11", "DraftAgreement", {
        "agreementId": AGREEMENT, "network": HESSE, "scope": "STATE",
        "title": "Kooperationsvereinbarung zur Zusammenarbeit von Kommunen und Arbeitsverwaltung in Hessen",
        "parties": [{"name": party} for party, _, _ in HESSE_PARTIES],
        "documentSha256": placeholder_hash("Kooperationsvereinbarung Hessen 2016 (Platzhalter, fiktiv)"),
        "validFrom": SIGNED_ON})
    for party, signatory, slug in HESSE_PARTIES:
        h.line(f"{AGREEMENT}-unterzeichnung-{slug}", NETWORK_OFFICE, SIGNED_ON, "SignAgreement",
               {"agreementId": AGREEMENT, "party": party, "signedOn": SIGNED_ON, "signatory": signatory})


def partner(body, number, organisation, role):
    return {"partnerId": f"{body}-p{number}", "organisation": organisation, "role": role}


# (id, region, kind, kind name, name, site, founded on, partners); the kinds are the seed's, the places, sites,
# days and partners assumed (fiktiv).
BODIES = [
    ("he-amb-06433", "06433", "ARBEITSMARKTBUERO", None,
     "Arbeitsmarktbüro für Geflüchtete Kreis Groß-Gerau (fiktiv)", "Rüsselsheim am Main (fiktiv)", "2016-03-01",
     [("Kommunales Jobcenter Kreis Groß-Gerau", "Jobcenter"),
      ("Agentur für Arbeit Darmstadt", "Agentur für Arbeit"),
      ("Ausländerbehörde Kreis Groß-Gerau", "Ausländerbehörde")]),
    ("he-amb-06531", "06531", "ARBEITSMARKTBUERO", None, "Arbeitsmarktbüro Landkreis Gießen (fiktiv)",
     "Gießen (fiktiv)", "2016-04-15",
     [("Jobcenter Gießen", "Jobcenter"), ("Agentur für Arbeit Gießen", "Agentur für Arbeit"),
      ("Ausländerbehörde Landkreis Gießen", "Ausländerbehörde")]),
    ("he-jba-06412", "06412", "JUGENDBERUFSAGENTUR", None, "Jugendberufsagentur Frankfurt am Main (Demo, fiktiv)",
     "Frankfurt am Main (fiktiv)", "2016-06-01",
     [("Jobcenter Frankfurt am Main", "Jobcenter"), ("Agentur für Arbeit Frankfurt am Main", "Agentur für Arbeit"),
      ("Jugend- und Sozialamt der Stadt Frankfurt am Main", "Jugendberufshilfe")]),
    ("he-jba-06611", "06611", "JUGENDBERUFSAGENTUR", None, "Jugendberufsagentur Kassel (Demo, fiktiv)",
     "Kassel (fiktiv)", "2016-09-01",
     [("Jobcenter Stadt Kassel", "Jobcenter"), ("Agentur für Arbeit Kassel", "Agentur für Arbeit"),
      ("Jugendamt der Stadt Kassel", "Jugendberufshilfe")]),
    ("he-planung-06435", "06435", "OTHER", "gemeinsame Bildungsziel- und Maßnahmeplanung",
     "Gemeinsame Maßnahmeplanung Main-Kinzig (fiktiv)", "Gelnhausen (fiktiv)", "2017-01-16",
     [("Kommunales Center für Arbeit Main-Kinzig-Kreis", "Kommunales Jobcenter"),
      ("Agentur für Arbeit Hanau", "Agentur für Arbeit")]),
]


def hesse_bodies(h):
    for body, key, kind, kind_name, name, site, founded_on, partners in BODIES:
        command = {"cooperationBodyId": body, "regionKey": key, "kind": kind, "name": name, "site": site,
                   "partners": [partner(body, number, organisation, role)
                                for number, (organisation, role) in enumerate(partners, start=1)],
                   "agreementId": AGREEMENT, "foundedOn": founded_on}
        if kind_name:
            command["kindName"] = kind_name
        h.line(body + "-gruendung", NETWORK_OFFICE, founded_on, "EstablishCooperationBody", command)
    # later steps of two bodies (fiktiv): a welfare association joins, a body moves
    h.line("he-jba-06412-partner-4", NETWORK_OFFICE, "2017-09-01", "AdmitCooperationPartner", {
        "cooperationBodyId": "he-jba-06412",
        "partner": partner("he-jba-06412", 4, "Freie Träger der Jugendberufshilfe Frankfurt (fiktiv)",
                           "freie Träger"),
        "admittedOn": "2017-09-01"})
    h.line("he-amb-06433-umzug-2018", NETWORK_OFFICE, "2018-04-03", "ChangeCooperationSite", {
        "cooperationBodyId": "he-amb-06433", "site": "Groß-Gerau (fiktiv)", "movedOn": "2018-04-03"})


def hesse_practices(h):
    # examples of good practice shared with the other networks (fiktiv): seed 003 asks that examples spread to places
    # that do not cooperate yet
    for practice_id, key, body, title, summary, topics, audience, day in [
        ("he-praxis-amb-06433", "06433", "he-amb-06433", "Ein Ort, eine Akte: das Arbeitsmarktbüro (fiktiv)",
         "Agentur für Arbeit, Jobcenter und Kreis beraten Geflüchtete **unter einem Dach**: ein Termin, eine "
         "gemeinsame Fallakte, kurze Wege zu Sprachkurs und Anerkennung.",
         ["Geflüchtete", "Kooperation"], "PUBLIC", "2018-06-12"),
        ("he-praxis-jba-06412", "06412", "he-jba-06412", "Jugendberufsagentur: keiner geht verloren (fiktiv)",
         "Schule, Agentur, Jobcenter und Jugendhilfe verabreden, wer welchen Jugendlichen nach der Schule "
         "anspricht, bis ein Anschluss gefunden ist.",
         ["Übergang Schule–Beruf", "Jugendberufsagentur"], "NATION_WIDE", "2019-02-05"),
    ]:
        h.line(practice_id, NETWORK_OFFICE, day, "DescribePractice", {
            "practiceId": practice_id,
            "content": {"title": title, "summary": summary, "regionKey": key, "cooperationBodyId": body,
                        "topics": topics, "contactOrganisation": "Hessischer Landkreistag"},
            "audience": audience, "describedOn": day})


def hesse():
    h = History()
    hesse_regions(h)
    hesse_agreement(h)
    hesse_bodies(h)
    hesse_practices(h)
    h.write(HESSE_FILE, "Arbeitsmarktkooperation Hessen (Demo)",
            "Die landesweite Kooperationsvereinbarung vom Januar 2016 zwischen der Regionaldirektion Hessen der "
            "Bundesagentur für Arbeit, dem Hessischen Landkreistag und dem Hessischen Städtetag (Seed 003) und "
            "lokale Kooperationen (Arbeitsmarktbüros, Jugendberufsagenturen, gemeinsame Maßnahmeplanung) in "
            "hessischen Landkreisen und Städten. Standorte, Partner und Tage der lokalen Kooperationen sind fiktiv "
            "(siehe docs/demo.md).")


if __name__ == "__main__":
    nrw()
    hesse()
