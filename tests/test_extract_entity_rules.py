"""Entity rules, each with a made-up sentence."""

from __future__ import annotations

import pytest

from tradegraph.extract import extract
from tradegraph.extract.sectors import find_sectors
from tradegraph.records import record_from_text


def sectors(text: str) -> list[str]:
    return [name for _, _, name in find_sectors(text)]


def entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(record_from_text(text, "t")).entities}


def test_generic_industry_words_are_sectors_in_lower_case_only():
    assert {"energy", "education", "construction"} <= set(
        sectors("The visitors talked about energy, then education and finally construction."))
    assert "science" not in sectors("She works at the Riverside Science Park.")


def test_a_shared_head_is_distributed_over_bare_modifiers():
    assert sectors("The deal creates jobs in engineering, technical and advisory services.")[-2:] == [
        "technical services", "advisory services"]
    assert sectors("Both towns want closer economic, cultural and sporting exchanges.") == [
        "economic exchanges", "cultural exchanges", "sporting exchanges"]


def test_a_fixed_pair_is_not_distributed():
    assert "food and drink" in sectors("The firms work in food and drink, tourism and retail.")


def test_a_shared_modifier_is_distributed_over_bare_heads():
    names = sectors("They will exchange good practice on flood risk reduction and mitigation, and tourism.")
    assert "flood risk mitigation" in names


def test_a_noun_before_industry_keeps_the_head():
    assert "boat industry" in sectors("He met leaders of the boat industry in Cowes.")
    assert sectors("a strong base for the emerging energy storage industry") == ["energy storage"]


def test_a_verb_before_industry_or_exchanges_is_no_sector():
    assert not any(n.startswith(("strengthen", "increase")) for n in
                   sectors("The fund aims to strengthen industry links and to increase exchanges."))


def test_a_plural_head_noun_types_the_list_it_introduces():
    ents = entities("Wrexham works with the consultancies Brindle Quarry and Osterfeld on its plans.")
    assert ents.get("Brindle Quarry") == "Firm" and ents.get("Osterfeld") == "Firm", ents


def test_a_plural_head_noun_types_the_list_it_sums_up():
    ents = entities("The Governor also met Karvello and Tomsk Drives, two other Swiss manufacturers with plants in Ohio.")
    assert ents.get("Karvello") == "Firm" and ents.get("Tomsk Drives") == "Firm", ents


def test_one_firm_vouches_for_the_names_listed_with_it():
    ents = entities("British firms in the region include Gorvel plc, Quillby, Stannard and Hexwood.")
    assert {ents.get(n) for n in ("Quillby", "Stannard", "Hexwood")} == {"Firm"}, ents


@pytest.mark.parametrize("text, name", [
    ("The visitors met TradeMalta officials in Valletta.", "TradeMalta"),
    ("Talks with InvestChile followed on Monday.", "InvestChile"),
    ("The Minister met New Zealand Trade and Enterprise in Auckland.", "New Zealand Trade and Enterprise"),
    ("Officials of the Western Cape Development Corporation hosted the lunch.", "Western Cape Development Corporation"),
    ("Orbis & Partners, the city's inward investment agency, hosted the lunch.", "Orbis & Partners"),
    ("The agreement was signed with the Métropole de Lille.", "Métropole de Lille"),
])
def test_public_agencies(text, name):
    assert entities(text).get(name) == "GovernmentBody", entities(text)


def test_the_place_a_mayor_holds_office_in():
    ents = entities("The guests were Jenny Rowan, Mayor of Porangahau, and Tim Shaw, Mayor of Waipukurau.")
    assert ents.get("Waipukurau") == "City" and ents.get("Porangahau") == "City", ents


def test_clergy_and_academic_titles_are_not_names():
    ents = entities("The Rector of St Olave's, the Revd Canon Peter Marlow, welcomed the Archbishop of Ely "
                    "and Professor Ann Cole, Pro-Dean for Research.")
    assert ents.get("Peter Marlow") == "Person", ents
    assert not any(n.startswith(("Revd", "Archbishop", "Rector", "Pro")) for n in ents), ents


def test_a_surname_spelt_like_a_month_after_a_given_name():
    ents = entities("Prime Minister Theresa May met investors in Boston on Tuesday.")
    assert ents.get("Theresa May") == "Person", ents


def test_a_continent_is_a_region_not_a_town_of_that_other_name():
    ents = entities("The bank invests across Africa and Asia.")
    assert ents.get("Africa") == "Region" and ents.get("Asia") == "Region", ents


@pytest.mark.parametrize("text, name", [
    ("Trade deal signed\n\nKestrel Reporter September 3, 2018\n\nThe minister left for Bogotá.", "Kestrel"),
    ("LISBON, May 4 (Pellmar) -- A delegation from Ohio arrived in Lisbon on Monday.", "Pellmar"),
    ("A delegation from Ohio arrived in Lisbon.\n\nSource: Pellmar, via Tagus Online", "Pellmar"),
    ("The Ohio delegation met the Mayor of Lisbon. The Quarry Gazette understands that a deal is close.", "Quarry Gazette"),
])
def test_press_credits_name_media_outlets(text, name):
    assert entities(text).get(name) == "MediaOutlet", entities(text)


def test_a_descriptor_after_a_verb_and_the():
    assert sectors("The minister visited the shipbuilding group Harwell & Deane.") == ["shipbuilding"]


def test_a_list_goes_on_after_and_in():
    assert sectors("The region has projects in mining, forestry and fisheries, and in health and tourism.")[-2:] == [
        "health", "tourism"]


def test_a_generic_head_is_shared_by_a_sector_word():
    names = sectors("On show: smoked salmon, seafood, processed food, and health and beauty products.")
    assert {"processed food", "health products", "beauty products"} <= set(names), names


def test_venues_and_openers_that_no_person_name_has():
    ents = entities("The delegates saw the Old Harbour Lodge and The Grand, and were welcomed at Ripon Guildhall "
                    "by the German-Danish Friendship Days committee.")
    assert not any(t == "Person" for t in ents.values()), ents


def test_a_person_of_a_body_names_the_body():
    ents = entities("The delegation will also meet Richard Orme of Kettle Foundry and executives of Marrow Matheson.")
    assert ents.get("Kettle Foundry") == "Firm" and ents.get("Marrow Matheson") == "Firm", ents


def test_indian_university_head_words():
    assert entities("An agreement was signed with Sri Devi Vidyapeeth in Puducherry.").get("Sri Devi Vidyapeeth") == "University"


def test_figures_in_parentheses_do_not_end_a_list():
    assert sectors("Its main exports were iron ore (£2.1 billion), copper (£900 million) and wheat (£1 billion).") == [
        "iron ore", "copper", "wheat"]


def test_topics_after_tackle_and_know_how():
    assert sectors("The mayors compared how they tackle homelessness, regeneration and tourism.") == [
        "homelessness", "regeneration", "tourism"]
    assert "green technologies" in sectors("The province wants know-how in green technologies and water treatment.")


@pytest.mark.parametrize("text, name", [
    ("The Governor opened *Bridges of Clay and Iron*, an exhibition of Welsh pottery, in Osaka.", "Bridges of Clay and Iron"),
    ('The day ended with a "Choose Ohio" roundtable for investors.', "Choose Ohio"),
    ('The forum, called "Growing Together: Ohio and Bavaria", took place in Munich.', "Growing Together: Ohio and Bavaria"),
    ("Thousands attended the Anglo-Danish Business Days in Aarhus.", "Anglo-Danish Business Days"),
])
def test_titled_events(text, name):
    assert entities(text).get(name) == "Event", entities(text)


def test_a_small_town_name_needs_a_place_cue():
    assert entities("Delegates praised Young for the warm welcome.").get("Young") != "City"
    assert entities("The delegation travelled on to Young, where it met farmers.").get("Young") == "City"


def test_a_dateline_is_a_place_cue():
    assert entities("YOUNG, Australia — Farmers met a trade delegation on Monday.").get("Young") == "City"


@pytest.mark.parametrize("text, name, etype", [
    ("Pupils of Linden Park Middle School sang for the guests.", "Linden Park Middle School", "Organisation"),
    ("Ireland signed a deal with the European Maritime Agency in Lisbon.", "European Maritime Agency", "Organisation"),
    ("The trip was backed by VisitScotland and the Mayor of Perth.", "VisitScotland", "Organisation"),
    ("Help came from the Redbrook Circle, the local twinning society.", "Redbrook Circle", "Organisation"),
    ("Invest Asia hosted the dinner.", "Invest Asia", "Organisation"),
    ("Members of Halden Business Ambassadors met the Mayor.", "Halden Business Ambassadors", "Organisation"),
])
def test_organisation_cues(text, name, etype):
    assert entities(text).get(name) == etype, entities(text)


def test_an_event_of_a_body_is_two_names():
    ents = entities("The Premier spoke at the Pune Business Forum of the Canada-Asia Business Council.")
    assert ents.get("Pune Business Forum") == "Event" and ents.get("Canada-Asia Business Council") == "Organisation", ents


@pytest.mark.parametrize("text, name, etype", [
    ("The visitors met Invest and Trade Nova Scotia in Halifax.", "Invest and Trade Nova Scotia", "GovernmentBody"),
    ("A crew from Hubei Radio and Television Group filmed the signing.", "Hubei Radio and Television Group", "MediaOutlet"),
    ("- **Quillgen**, a leading Irish biotech company, will open a lab in Cork.", "Quillgen", "Firm"),
])
def test_one_name_across_a_topic_pair_and_markdown(text, name, etype):
    assert entities(text).get(name) == etype, entities(text)


def test_a_head_before_and_ends_the_first_name():
    ents = entities("The firms Carib Brewery and National Flour Mills were there.")
    assert "Carib Brewery" in ents and "National Flour Mills" in ents, ents


def test_more_generic_sector_terms():
    names = set(sectors("The talks covered sustainable development, the energy transition, iron ore, agri-food, "
                        "aged care and electric mobility."))
    assert {"sustainable development", "energy transition", "iron ore", "agri-food", "aged care",
            "electric mobility"} <= names, names


def test_an_offer_in_and_companies_in_open_sector_lists():
    assert sectors("The city had much to offer in education and skills.") == ["education", "skills"]
    assert {"mining", "minerals"} <= set(sectors("It brought 40 companies in mining and minerals, energy and training."))


def test_goods_traded_are_sectors():
    assert sectors("Firms shipped $2 billion worth of processed foods to Chile.") == ["processed foods"]
    assert sectors("Buyers will buy industrial chemicals, electronic products and wines from local suppliers.") == [
        "industrial chemicals", "electronic products", "wines"]


def test_no_sector_from_a_verb_phrase_or_bare_goods():
    assert sectors("They wanted to buy its products and to invest in firms.") == []


def test_a_vocabulary_pair_opens_a_list():
    assert sectors("The week promoted Welsh food and drink, tourism and financial services.")[0] == "food and drink"


@pytest.mark.parametrize("text, name", [
    ("Both sides welcomed the Water Innovation Dialogue launched in Bonn.", "Water Innovation Dialogue"),
    ("The agreement supports the National Skills Policy 2030 of Kenya.", "National Skills Policy 2030"),
    ("Exports grew under the Chile–Peru Free Trade Agreement.", "Chile–Peru Free Trade Agreement"),
    ("Osaka launched its Green Hydrogen Platform in May.", "Green Hydrogen Platform"),
    ("The partners will build a Green Port of the Future near Cork.", "Green Port of the Future"),
])
def test_initiatives(text, name):
    assert entities(text).get(name) == "Initiative", entities(text)


@pytest.mark.parametrize("text, name, etype", [
    ("The guests were received by the People's Committee of Quang Ngai Province and KOTRA.",
     "People's Committee of Quang Ngai Province", "GovernmentBody"),
    ("Li Wei, Vice Chairman of the Standing Committee of Wuxi People's Congress, signed the deal.",
     "Standing Committee of Wuxi People's Congress", "GovernmentBody"),
    ("He met officials of the Ministry of Fisheries and Farmers' Welfare in Delhi.",
     "Ministry of Fisheries and Farmers' Welfare", "GovernmentBody"),
    ("Contact: Quang Ngai Investment Promotion Centre (IPC), tel. 123.", "Quang Ngai Investment Promotion Centre", "GovernmentBody"),
])
def test_public_bodies_of_many_shapes(text, name, etype):
    assert entities(text).get(name) == etype, entities(text)


def test_an_acronym_after_and_is_a_second_body():
    ents = entities("The guests were received by the People's Committee of Quang Ngai Province and KOTRA.")
    assert not any(n.endswith("and KOTRA") for n in ents), ents


def test_a_region_with_and_without_its_kind_is_one_entity():
    ex = extract(record_from_text("Utah signed a plan with Gyeonggi Province. Gyeonggi-do has 13 million people, "
                                  "and Gyeonggi is Korea's largest province.", "t"))
    regions = [e for e in ex.entities if e.type == "Region" and "Gyeonggi" in e.name + " ".join(e.aliases)]
    assert len(regions) == 1 and {"Gyeonggi-do", "Gyeonggi"} <= set(regions[0].aliases), regions


def test_a_long_event_name_across_and():
    ents = entities("The university attended the Asia Annual Conference and Expo for Higher Education in Osaka.")
    assert ents.get("Asia Annual Conference and Expo for Higher Education") == "Event", ents


def test_university_name_variants_are_one_entity():
    ex = extract(record_from_text("Leeds signed with the University of Bristol. Bristol University will host "
                                  "the first exchange.", "t"))
    unis = [e for e in ex.entities if e.type == "University"]
    assert len(unis) == 1 and "Bristol University" in unis[0].aliases, unis


def test_a_short_form_that_opens_one_body_name():
    ex = extract(record_from_text("The delegation toured Tongji University in Shanghai. Tongji has 40,000 students.", "t"))
    assert [e.name for e in ex.entities if e.type in ("University", "Firm")] == ["Tongji University"], ex.entities


def test_a_body_named_without_its_place_is_the_same_body():
    ex = extract(record_from_text("The Dubai Economic Development Department hosted the talks. Later the Economic "
                                  "Development Department signed a deal.", "t"))
    gov = [e for e in ex.entities if e.type == "GovernmentBody"]
    assert len(gov) == 1, gov


def test_a_region_in_its_own_style():
    assert entities("Québec signed an agreement with Région Occitanie in Toulouse.").get("Région Occitanie") == "Region"


def test_descriptors_before_and_after_a_firm():
    assert entities("Now the state electricity utility KPX must compete.").get("KPX") == "Firm"
    ents = entities("The deal is with Norvia Express, one of Korea's largest delivery companies, based in Busan.")
    assert ents.get("Norvia Express") == "Firm", ents


def test_business_itself_is_no_sector():
    assert sectors("Delegates came from education, business, agriculture and tourism.") == [
        "education", "agriculture", "tourism"]


def test_a_foreign_name_is_no_person_and_a_possessive_before_a_place_ends_a_name():
    ents = entities("They met the Verband der Bayerischen Wirtschaft in Munich during Governor Cox's Korea visit.")
    assert ents.get("Verband der Bayerischen Wirtschaft") != "Person", ents
    assert "Cox's Korea" not in ents and ents.get("Korea") == "Country", ents
    assert entities("Saxony is the only German Land with such links.").get("German Land") != "Person"


def test_quality_words_and_gerunds_open_no_sector():
    assert sectors("On the stands: premium lamb, seafood, horticulture and wine.")[0] == "lamb"
    assert "commerce" in sectors("It had 900 students from China, studying commerce, science, design and law.")


def test_two_named_sectors_share_no_head():
    assert sectors("The group makes televisions and white goods.") == ["televisions", "white goods"]


def _extract_within(text: str, seconds: int):
    import signal

    def too_slow(*_):
        raise AssertionError(f"extraction did not finish in {seconds} s: {text!r}")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(seconds)
    try:
        return {e.name: e.type for e in extract(record_from_text(text, "t")).entities}
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_short_university_name_before_the_full_one_is_one_university_and_ends():
    # "X University" first, then the fuller "University of X": merging the first into the
    # second once left a merge link pointing at itself, and extraction never finished.
    ents = _extract_within("Signing at Delhi University. Professor Yogesh Singh, Vice-Chancellor "
                           "of the University of Delhi, spoke.", 20)
    assert ents == {"University of Delhi": "University", "Yogesh Singh": "Person"}
