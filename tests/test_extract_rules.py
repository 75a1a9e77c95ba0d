"""The general rules extraction learned from records written for an untuned estimate: each case
is a short text of the kind a press office writes, with what a reader takes from it."""

from __future__ import annotations

import pytest

from tradegraph.extract import extract
from tradegraph.records import record_from_text


def run(text: str):
    ex = extract(record_from_text(text, "r"))
    names = {e.id: e.name for e in ex.entities}
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in ex.relations}
    return ex, rels


def entity(ex, name):
    return next((e for e in ex.entities if e.name == name), None)


def mission(ex):
    return next(e for e in ex.entities if e.type == "Event" and " mission to " in e.name)


@pytest.mark.parametrize("text, name, etype", [
    ("In Seoul he met Choi Su-gyu, Vice Minister of SMEs.", "Choi Su-gyu", "Person"),
    ("Chile was represented by Leonardo de la Prida, its intendente.", "Leonardo de la Prida", "Person"),
    ("The Sociedad Nacional de Agricultura joined the talks.", "Sociedad Nacional de Agricultura", "Organisation"),
    ("He signed with the Ministry of Small and Medium Enterprises and Startups.",
     "Ministry of Small and Medium Enterprises and Startups", "GovernmentBody"),
    ("The visitors met Victoria Spackman of the Gibson Group.", "Victoria Spackman", "Person"),
    ("Council Chief Executive Richard King travelled too.", "Richard King", "Person"),
    ("Leaders of the Ghana Investment Promotion Centre spoke.", "Ghana Investment Promotion Centre", "GovernmentBody"),
    ("Toyota chairman Akio Toyoda welcomed them.", "Toyota", "Firm"),
])
def test_names_and_types(text, name, etype):
    ex, _ = run(text)
    e = entity(ex, name)
    assert e is not None and e.type == etype, [(x.name, x.type) for x in ex.entities]


@pytest.mark.parametrize("text, absent", [
    ("- **Purchases:** companies will buy raw materials worth $57m.", "Purchases"),
    ("The Saxon delegation saw plant engineering (Maschinen- und Anlagenbau) firms.", "Anlagenbau"),
    ("A group of South African companies went to Lagos.", "South African"),
    ("Fourteen Cheltenham residents are back from Weihai.", "Fourteen Cheltenham"),
])
def test_not_names(text, absent):
    ex, _ = run(text)
    assert entity(ex, absent) is None, [(x.name, x.type) for x in ex.entities]


def test_a_demonym_names_the_party_the_text_never_spells_out():
    ex, rels = run("Princess Astrid led a Belgian economic mission to Morocco from 25 to 30 November 2018.")
    assert mission(ex).name == "Belgium mission to Morocco"
    assert ("Belgium", "visited", "Morocco") in rels


def test_a_host_council_gives_the_destination():
    ex, rels = run("Tewkesbury Borough Council welcomed a delegation from the Chinese city of Karamay, "
                   "led by its mayor, on 22 April 2016.")
    assert mission(ex).name == "Karamay mission to Tewkesbury"


def test_the_mission_answers_to_its_other_conventional_names():
    ex, _ = run("A business delegation of 19 people from Ghana arrived in East London in the Eastern Cape "
                "on Friday 28 June 2019.")
    m = mission(ex)
    assert m.name == "Ghana mission to East London"
    assert "Ghana mission to the Eastern Cape" in m.aliases


def test_earlier_trips_are_missions_of_their_own():
    _, rels = run("A delegation from Sheffield arrived in Pittsburgh on 28 January 2025. The visit follows a trip "
                  "to Pittsburgh last summer by the Mayor of South Yorkshire, Oliver Coppard.")
    assert ("South Yorkshire", "participatedIn", "South Yorkshire mission to Pittsburgh") in rels
    assert ("Oliver Coppard", "visited", "Pittsburgh") in rels


def test_everyone_a_meeting_cue_lists_was_met_but_not_their_employers():
    _, rels = run("The Governor landed in Beijing on 24 September 2017. In the days that followed "
                  "Governor Eric Greitens of Missouri met Wang Yang, Vice Premier of China; Yu Jianhua, Vice "
                  "Minister at the Ministry of Commerce; and Han Zheng, Party Secretary of Shanghai.")
    met = {o for s, p, o in rels if p == "metWith" and s == "Eric Greitens"}
    assert {"Wang Yang", "Yu Jianhua", "Han Zheng"} <= met
    assert "Ministry of Commerce" not in met


def test_a_meeting_list_ends_at_the_next_verb():
    _, rels = run("Birmingham City Council hosted a delegation from Gujarat on 4 March 2024. The visitors met "
                  "the Leader of the Council, John Cotton, and toured the Jaguar Land Rover plant in Solihull.")
    assert ("Gujarat", "visited", "Jaguar Land Rover") in rels
    assert ("Gujarat", "metWith", "Jaguar Land Rover") not in rels


def test_a_bulleted_delegation_list_names_members_and_their_bodies():
    _, rels = run("A delegation from Invercargill will travel to Suqian, its sister city in China, in August 2017.\n\n"
                  "She will travel with a delegation made up of:\n\n"
                  "- Deputy Mayor Rebecca Amundsen;\n- Paul Casson, Chief Executive of Venture Southland.")
    assert ("Paul Casson", "participatedIn", "Invercargill mission to Suqian") in rels
    assert ("Venture Southland", "participatedIn", "Invercargill mission to Suqian") in rels


def test_a_sentence_initial_pronoun_continues_the_subject():
    _, rels = run("Ohio Governor Mike DeWine led a trade mission to Japan in May 2024. In Tokyo, DeWine met "
                  "Prime Minister Fumio Kishida and Toyota chairman Akio Toyoda. He also visited the Honda "
                  "plant in Suzuka.")
    assert ("Mike DeWine", "visited", "Honda") in rels
    assert ("Akio Toyoda", "visited", "Honda") not in rels


@pytest.mark.parametrize("text, person, body", [
    ("In Lima he met Mexico's Minister of Foreign Affairs, Claudia Ruiz Massieu.", "Claudia Ruiz Massieu", "Mexico"),
    ("The delegation was welcomed by Mayor John Giles of Mesa.", "John Giles", "Mesa"),
    ("The Chamber of Commerce was represented by Dr Ahmed Al Thani.", "Ahmed Al Thani", "Chamber of Commerce"),
])
def test_an_office_ties_its_holder_to_the_body(text, person, body):
    ex, rels = run(text)
    assert (person, "affiliatedWith", body) in rels, rels


def test_a_family_plural_names_everyone_of_that_surname():
    _, rels = run("Governor Eric Greitens of Missouri led a trade mission to China with First Lady Sheena Greitens. "
                  "In Beijing the Greitenses met Wang Yang, Vice Premier of China; and Han Zheng, Party Secretary of Shanghai.")
    for who in ("Eric Greitens", "Sheena Greitens"):
        assert {(who, "metWith", "Wang Yang"), (who, "metWith", "Han Zheng")} <= rels, rels
    assert not any("Greitenses" in r[0] for r in rels)


def test_a_phrase_of_everyday_words_is_no_name():
    ex, _ = run("The team met the Strategic Initiatives unit in Lisbon.")
    assert entity(ex, "Strategic Initiatives") is None, [(x.name, x.type) for x in ex.entities]


def test_an_island_is_a_region():
    ex, _ = run("The delegation took the ferry to Liugong Island.")
    assert entity(ex, "Liugong Island").type == "Region"


def test_a_host_who_receives_the_delegation_met_it():
    _, rels = run("Mayor Anna Berg of Malmo led a trade delegation to India in May 2024. "
                  "The President of India, Droupadi Murmu, received the delegation in Delhi.")
    assert ("Malmo", "metWith", "Droupadi Murmu") in rels, rels


def test_a_landmark_after_the_is_no_person():
    ex, _ = run("The Mayor led a trade delegation to India. The delegation toured the Taj Mahal and laid a wreath at Raj Ghat.")
    assert entity(ex, "Taj Mahal") is None or entity(ex, "Taj Mahal").type != "Person"
    assert entity(ex, "Raj Ghat") is None or entity(ex, "Raj Ghat").type != "Person"


def test_a_bulleted_list_of_people_after_the_mission_sentence_are_its_members():
    ex, rels = run("A trade mission led by three Arizona mayors travelled to Mexico City. Between them they spoke for the state:\n\n"
                   "- Greg Stanton, Mayor of Phoenix\n- John Giles, Mayor of Mesa\n- John Doyle, Mayor of Nogales\n")
    m = mission(ex).name
    for who in ("Greg Stanton", "John Giles", "John Doyle"):
        assert (who, "participatedIn", m) in rels, rels


def test_a_promotion_week_named_for_its_country_is_the_mission():
    ex, rels = run("Chile Week China 2016 ended in Beijing on 2 September after a programme in Guangzhou. "
                   "Chile Week China marked ten years of free trade between Chile and China. Los Lagos was represented by its intendente, Leonardo de la Prida.")
    names = {e.name for e in ex.entities if e.type == "Event"}
    assert any(n.startswith("Chile Week China") for n in names), names
    assert any(r[1] == "participatedIn" and r[2].startswith("Chile Week China") and r[0] == "Chile" for r in rels), rels


def test_the_bodies_that_organise_the_mission():
    ex, rels = run("First Minister Carwyn Jones led a trade mission to India in 2012. "
                   "The mission was organised by the Welsh Government, with support from the UK High Commission.")
    assert (mission(ex).name, "organisedBy", "Welsh Government") in rels, rels


def test_a_person_who_leads_the_mission_is_no_organiser():
    ex, rels = run("A delegation from Chongqing visited London in 2025. The delegation was led by Yuan Jiajun, "
                   "member of the Political Bureau of the Communist Party.")
    assert not any(r[1] == "organisedBy" for r in rels), rels


def test_the_first_industry_of_a_list_after_a_verb():
    from tradegraph.extract.sectors import find_sectors
    text = "The meetings covered manufacturing, financial services, agriculture and internet retail."
    assert [name for _, _, name in find_sectors(text)][:2] == ["manufacturing", "financial services"]


def test_a_fact_sheet_label_names_the_leaders():
    ex, rels = run("# Western Australia trade mission to India\n\n"
                   "**Leaders:** Roger Cook, Deputy Premier of Western Australia; David Templeman, WA Minister for Culture.\n\n"
                   "The delegation travelled to New Delhi and Mumbai in July 2022.")
    m = mission(ex).name
    assert {("Roger Cook", "participatedIn", m), ("David Templeman", "participatedIn", m)} <= rels, rels


def test_one_who_only_travelled_is_a_member_not_a_leader():
    ex, rels = run("Governor Eric Greitens led a Missouri trade mission to China and South Korea in September 2017. "
                   "Mun Choi, President of the University of Missouri System, travelled to Seoul and Beijing.")
    m = mission(ex).name
    assert ("Mun Choi", "participatedIn", m) in rels
    assert ("Mun Choi", "visited", "South Korea") not in rels, rels
    assert ("Eric Greitens", "visited", "South Korea") in rels


def test_a_minister_named_after_the_name_stands_for_the_travelling_party():
    _, rels = run("The President of Ghana, John Dramani Mahama, is coming to Aberdeen next week. Four ministers are "
                  "travelling with the President: Hanna Tetteh, Minister of Foreign Affairs; and Emmanuel Buah, Minister of Petroleum.")
    assert {("Hanna Tetteh", "affiliatedWith", "Ghana"), ("Emmanuel Buah", "affiliatedWith", "Ghana")} <= rels, rels


@pytest.mark.parametrize("text, name, etype", [
    ("Russell Borthwick, chief executive of Aberdeen & Grampian Chamber of Commerce, said so.",
     "Aberdeen & Grampian Chamber of Commerce", "Organisation"),
    ("According to Joseph Lenox, operations director at Intralink in Korea, the firm has advised 100 companies.",
     "Korea", "Country"),
])
def test_more_names_and_types(text, name, etype):
    ex, _ = run(text)
    e = entity(ex, name)
    assert e is not None and e.type == etype, [(x.name, x.type) for x in ex.entities]


def test_a_lower_case_portfolio_before_the_title():
    _, rels = run("Joseph Lenox, operations director at Intralink, said so.")
    assert ("Joseph Lenox", "affiliatedWith", "Intralink") in rels


def test_talk_of_cooperation_on_a_mission_is_between_the_party_and_its_host():
    ex, rels = run("A delegation from Invercargill travelled to Suqian in October 2017. "
                   "The two sides agreed to explore cooperation in tourism and education.")
    assert ("Invercargill", "collaborationOpportunity", "Suqian") in rels
    coop = next(r for r in ex.relations if r.predicate == "collaborationOpportunity")
    assert coop.attributes["topic"] == "tourism" and coop.evidence.text.startswith("The two sides")
    # No cue of a prospect, no opportunity: a visit alone is not one.
    _, plain = run("A delegation from Invercargill travelled to Suqian in October 2017. They toured a port.")
    assert not any(p == "collaborationOpportunity" for _, p, _ in plain)
