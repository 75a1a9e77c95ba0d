"""Relation rules added for recall: each case is a made-up sentence of the kind a press office
writes, with what a reader takes from it (graph/gold/README.md conventions)."""

from __future__ import annotations

from tradegraph.extract import extract
from tradegraph.records import record_from_text


def run(text: str):
    ex = extract(record_from_text(text, "r"))
    names = {e.id: e.name for e in ex.entities}
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in ex.relations}
    return ex, rels


def mission(ex):
    return next(e.name for e in ex.entities if e.type == "Event" and " mission to " in e.name)


def test_a_place_the_party_visited_is_where_the_mission_was_held_and_back():
    ex, rels = run("A trade delegation from Bavaria travelled to Japan in May 2019. "
                   "The programme took in Kobe Steelworks Ltd, Kyoto University and Osaka.")
    m = mission(ex)
    assert ("Bavaria", "visited", "Osaka") in rels
    assert (m, "heldIn", "Osaka") in rels
    assert (m, "heldIn", "Japan") in rels and ("Bavaria", "visited", "Japan") in rels


def test_a_meeting_still_to_come_is_a_meeting():
    _, rels = run("A delegation from Wales arrived in Tokyo on Monday. "
                  "On Tuesday the delegation will meet Kenji Watanabe, president of Orizuru Robotics.")
    assert ("Wales", "metWith", "Kenji Watanabe") in rels


def test_the_object_of_a_preposition_does_not_hold_the_meeting():
    _, rels = run("A delegation from Wales arrived in Seoul on Monday. In Seoul the programme included "
                  "a visit to Hanbit University, a meeting with Park Ji-hoon, Mayor of Seoul, and a dinner.")
    assert ("Wales", "metWith", "Park Ji-hoon") in rels
    assert not any(r[1] == "metWith" and r[0] == "Hanbit University" for r in rels)


def test_a_host_who_walks_the_visitors_through_met_them():
    _, rels = run("A delegation from Bavaria arrived in Leeds on Monday. Amelia Frost, Chief Executive of "
                  "Calder Valley Council, took the visitors through the council's plans for growth.")
    assert ("Bavaria", "metWith", "Amelia Frost") in rels
    assert ("Bavaria", "metWith", "Calder Valley Council") not in rels


def test_a_travelling_ministers_ministry_does_not_take_part_but_a_mayors_city_does():
    ex, rels = run("A delegation from Wales travelled to Osaka in May 2019. The delegation was led by "
                   "Gwen Morgan, Minister for Trade at the Welsh Ministry of Enterprise. "
                   "Ian Price, Mayor of Swansea, travelled with her.")
    m = mission(ex)
    assert ("Gwen Morgan", "participatedIn", m) in rels
    assert ("Welsh Ministry of Enterprise", "participatedIn", m) not in rels


def test_a_title_with_two_roles_names_the_person():
    _, rels = run("Kestrel Systems GmbH is growing. "
                  "According to its chairman and managing director, Ravi Menon, sales doubled.")
    assert ("Ravi Menon", "affiliatedWith", "Kestrel Systems GmbH") in rels


def test_a_name_in_another_script_does_not_break_the_apposition():
    _, rels = run("Lee Ji-ho (이지호), Governor of Gyeonggi Province, opened the fair.")
    assert ("Lee Ji-ho", "affiliatedWith", "Gyeonggi Province") in rels


def test_places_in_apposition_and_bodies_in_a_place():
    _, rels = run("The delegation landed in Pittsburgh, Pennsylvania, on 3 May 2019. "
                  "Later it toured the Carnegie Science Center in Pittsburgh.")
    assert ("Pittsburgh", "locatedIn", "Pennsylvania") in rels
    assert ("Carnegie Science Center", "locatedIn", "Pittsburgh") in rels


def test_a_list_of_places_is_no_chain_of_containment():
    _, rels = run("The visitors came from Chengdu, Chongqing, Hubei and Hunan.")
    assert not any(r[1] == "locatedIn" for r in rels)


def test_a_signing_place_does_not_locate_the_partner():
    _, rels = run("Wales signed an agreement with Hitachi in Tokyo.")
    assert ("Hitachi", "locatedIn", "Tokyo") not in rels


def test_a_time_phrase_before_the_delegation_is_not_part_of_it():
    _, rels = run("A delegation from Wales arrived in Osaka on 2 May 2019. "
                  "In the afternoon the delegation met Haruto Sato, Mayor of Osaka.")
    assert ("Wales", "metWith", "Haruto Sato") in rels


def test_the_group_that_meets_is_the_delegation_not_a_firm():
    _, rels = run("A delegation from Wales arrived in Osaka on 2 May 2019. Kestrel Systems GmbH "
                  "joined the delegation. The group also met Haruto Sato, Mayor of Osaka.")
    assert ("Wales", "metWith", "Haruto Sato") in rels
    assert ("Kestrel Systems GmbH", "metWith", "Haruto Sato") not in rels


def test_talks_at_a_body_visit_and_meet_it_and_its_representatives_are_met():
    _, rels = run("A delegation from Wales arrived in Osaka on 2 May 2019. "
                  "The delegation held talks at the Osaka Chamber of Commerce. "
                  "It was welcomed by representatives of the Kansai Economic Federation.")
    assert ("Wales", "visited", "Osaka Chamber of Commerce") in rels
    assert ("Wales", "metWith", "Osaka Chamber of Commerce") in rels
    assert ("Wales", "metWith", "Kansai Economic Federation") in rels


def test_a_traveller_at_a_site_in_a_city_went_to_both():
    ex, rels = run("A delegation from Wales arrived in Japan on 2 May 2019. "
                   "The delegation held a forum with students at Hanbit University in Kobe.")
    assert ("Wales", "visited", "Hanbit University") in rels
    assert (mission(ex), "heldIn", "Kobe") in rels and ("Wales", "visited", "Kobe") in rels


def test_a_sister_city_in_apposition_and_an_anniversary_of_partnership():
    _, rels = run("Six councillors will travel to Jiaxing, Dunedin's sister city in China, in May. "
                  "Saxony and the Chinese province of Hubei celebrated ten years of partnership on Friday.")
    assert ("Jiaxing", "partnerOf", "Dunedin") in rels or ("Dunedin", "partnerOf", "Jiaxing") in rels
    assert ("Saxony", "partnerOf", "Hubei") in rels or ("Hubei", "partnerOf", "Saxony") in rels


def test_a_bulleted_list_of_agreements_names_the_records_bodys_partners():
    _, rels = run("Kestrel University signed agreements in India during a visit to Delhi in May 2024.\n\n"
                  "Kestrel University signed with:\n\n"
                  "- **Anand Institute of Technology** – a joint research agreement;\n"
                  "- **Mehta University** – student exchanges.\n")
    pairs = {frozenset((a, b)) for a, p, b in rels if p == "partnerOf"}
    assert frozenset(("Kestrel University", "Anand Institute of Technology")) in pairs
    assert frozenset(("Kestrel University", "Mehta University")) in pairs


def _active(rels):
    return {(a, b) for a, p, b in rels if p == "activeIn"}


def test_a_descriptor_before_several_firms_and_a_demonym_inside_it():
    _, rels = run("The programme was arranged by the consultancy firms Molera Hill and Estrada Global. "
                  "The British architecture firm Kestrel Systems GmbH will design the station.")
    act = _active(rels)
    assert ("Molera Hill", "consultancy") in act and ("Estrada Global", "consultancy") in act
    assert ("Kestrel Systems GmbH", "architecture") in act


def test_a_descriptor_holds_in_a_sentence_about_cooperation_too():
    _, rels = run("The university announced a research partnership with Kestrel Systems GmbH, the German "
                  "robotics company, to explore future projects.")
    assert ("Kestrel Systems GmbH", "robotics") in _active(rels)


def test_a_place_before_a_sector_is_an_adjective_not_a_partner():
    _, rels = run("The scheme is run by a joint venture between Orion Pharma AG and Acme Widgets plc, "
                  "the UK construction company.")
    assert not any(p == "partnerOf" and "United Kingdom" in (a, b) for a, p, b in rels)


def _rel(rels, pred):
    return {(a, b) for a, p, b in rels if p == pred}


def test_units_of_a_body_are_its_subsidiaries():
    _, rels = run("The delegation toured the University of Kestrel's Advanced Robotics Centre. Later it saw "
                  "the Marine Energy Institute at the University of Harbourside. City Sports Group, the parent "
                  "company of Harbourside Rovers FC, hosted a lunch.")
    sub = _rel(rels, "subsidiaryOf")
    assert ("Advanced Robotics Centre", "University of Kestrel") in sub
    assert ("Marine Energy Institute", "University of Harbourside") in sub
    assert ("Harbourside Rovers FC", "City Sports Group") in sub


def test_a_portfolio_at_a_body_is_no_unit():
    _, rels = run("Ana Lopes, Manager of Strategic Initiatives at PortKestrel, welcomed the visitors.")
    assert not _rel(rels, "subsidiaryOf")


def test_a_mission_named_for_a_body_and_organised_with_its_support():
    ex, rels = run("In May 2019 a delegation from Ireland travelled to Japan. Forty companies joined Taoiseach "
                   "Enda Kenny on a three-day Enterprise Ireland trade mission. "
                   "The trip was organised with the support of the Embassy of Ireland in Tokyo.")
    org = {b for a, b in _rel(rels, "organisedBy") if a == mission(ex)}
    assert "Enterprise Ireland" in org and "Embassy of Ireland in Tokyo" in org


def _members(ex, rels):
    m = mission(ex)
    return {a for a, p, b in rels if p == "participatedIn" and b == m}


def test_people_who_travel_with_or_accompany_the_delegation_are_members():
    ex, rels = run("A delegation from Wales travelled to Japan in May 2019. "
                   "Rhys Evans, director of trade at the Welsh Development Office, who is travelling with the group, "
                   "said the visit went well. Wales's ambassador to Japan, Carys Jones, accompanied the delegation throughout.")
    members = _members(ex, rels)
    assert {"Rhys Evans", "Carys Jones"} <= members
    assert "Welsh Development Office" not in members


def test_taking_part_together_with_and_joining_the_meetings():
    ex, rels = run("A delegation from Wales travelled to Japan in May 2019. Forty Welsh companies took part, "
                   "together with the Minister for Trade, Owain Price. Officials from Kestrel Systems GmbH joined "
                   "some of the meetings, as did representatives of Aberglas University.")
    assert {"Owain Price", "Kestrel Systems GmbH", "Aberglas University"} <= _members(ex, rels)


def test_ministers_who_flew_out_later_are_members():
    ex, rels = run("Premier Jane Doe led a delegation from Bavaria to China in May 2019. She set off from Munich "
                   "on Monday; the Minister for Transport, Hannah Schmidt, flew out a day later.")
    assert "Hannah Schmidt" in _members(ex, rels)


def _met(rels):
    return {frozenset((a, b)) for a, p, b in rels if p == "metWith"}


def test_speaking_at_an_event_hosted_by_a_body_and_the_hosts_listed():
    _, rels = run("A delegation from Wales arrived in Osaka on 2 May 2019. The delegation spoke at a lunch hosted by "
                  "the Kansai Economic Federation. Its hosts were Haruto Sato, Mayor of Osaka, and Yui Tanaka, "
                  "president of Kestrel Systems GmbH.")
    met = _met(rels)
    assert frozenset(("Wales", "Kansai Economic Federation")) in met
    assert frozenset(("Wales", "Haruto Sato")) in met and frozenset(("Wales", "Yui Tanaka")) in met


def test_a_host_who_has_welcomed_or_was_pleased_to_brief_the_delegation():
    _, rels = run("A delegation from Wales arrived in Osaka on 2 May 2019. The Governor of Osaka, Haruto Sato, "
                  "has welcomed the delegation. Yui Tanaka, director of Kestrel Systems GmbH, said she was pleased "
                  "to brief the delegation on the port.")
    met = _met(rels)
    assert frozenset(("Wales", "Haruto Sato")) in met and frozenset(("Wales", "Yui Tanaka")) in met


def test_the_representatives_of_a_body_the_party_met_were_met():
    _, rels = run("A delegation from Wales arrived in Osaka on 2 May 2019. The delegation held talks with "
                  "Kestrel Systems GmbH. Kestrel Systems GmbH was represented by Yui Tanaka, its chief financial officer.")
    assert frozenset(("Wales", "Yui Tanaka")) in _met(rels)


def test_a_country_that_sets_the_scene_for_the_leader_is_a_stop():
    ex, rels = run("Mayor Jane Doe of Leeds led a trade mission to the Gulf in May 2019, visiting Dubai and Doha. "
                   "In Qatar the Mayor met Khalid Al Mansouri, chairman of Kestrel Holdings.")
    assert (mission(ex), "heldIn", "Qatar") in rels
    assert ("Jane Doe", "visited", "Qatar") in rels


def test_an_announced_future_event_is_no_stop():
    ex, rels = run("Mayor Jane Doe of Leeds led a trade mission to China in May 2019. "
                   "She announced that a forum would take place in Chengdu in October.")
    assert (mission(ex), "heldIn", "Chengdu") not in rels


def test_a_titled_leader_who_tours_a_site_visited_it():
    _, rels = run("Crown Princess Anna of Sweden led a business delegation to India in May 2019. "
                  "The Crown Princess visited the engineering group Kestrel Systems GmbH.")
    assert ("Anna", "visited", "Kestrel Systems GmbH") in rels or any(
        p == "visited" and b == "Kestrel Systems GmbH" and a != "Sweden" for a, p, b in rels)


def test_the_visit_as_a_noun_is_no_tour_of_what_follows():
    _, rels = run("A delegation from Wales travelled to Japan in May 2019. During the visit the minister "
                  "announced a partnership between Aberglas University and Kobe Robotics Institute.")
    assert not any(p == "visited" and b in ("Aberglas University", "Kobe Robotics Institute") for a, p, b in rels)


def test_a_mission_named_for_a_country_went_there():
    ex, rels = run("Governor Jane Doe of Ohio led a trade mission to Japan in May 2019. The delegation arrived in "
                   "Tokyo on Monday and visited Osaka on Thursday.")
    m = mission(ex)
    assert m == "Ohio mission to Japan"
    assert (m, "heldIn", "Japan") in rels and ("Ohio", "visited", "Japan") in rels


def test_events_placed_by_the_trip_or_the_scene():
    _, rels = run("Premier Jane Doe of Ohio led a trade mission to South Korea in May 2019. From Seoul the Premier "
                  "travelled on to Geneva for the annual meeting of the Global Growth Forum. In Shanghai the "
                  "Premier opened a pavilion at the Asia Food Expo.")
    assert ("Global Growth Forum", "heldIn", "Geneva") in rels
    assert ("Asia Food Expo", "heldIn", "Shanghai") in rels


def test_an_event_the_visit_was_part_of_and_a_document_signed_by_two():
    ex, rels = run("A delegation from Wales travelled to Osaka in May 2019. The visit coincided with the third "
                   "Osaka Robotics Week. The agreement was signed on 3 May by Kestrel Systems GmbH director "
                   "Rhys Evans, on behalf of the firm's chairman, and by Yui Tanaka, president of Osaka Robotics.")
    assert ("Wales", "participatedIn", "Osaka Robotics Week") in rels
    assert frozenset(("Rhys Evans", "Yui Tanaka")) in _met(rels)


def test_an_opportunity_alone_is_no_prospect_of_cooperation():
    _, rels = run("Kestrel Systems GmbH said the scale of opportunity for Orion Pharma AG in China was significant.")
    assert not any(p == "collaborationOpportunity" for a, p, b in rels)


def test_wishing_to_work_with_is_no_partnership():
    _, rels = run("Saxony was ready to cooperate with Bavaria on transport, the minister said.")
    assert not any(p == "partnerOf" for a, p, b in rels)


def test_a_sector_before_a_descriptor_belongs_to_the_next_firm():
    _, rels = run("Molera Hill will open a clinic in Leeds, and the engineering consultancy Estrada Global "
                  "has been appointed to design it.")
    act = _active(rels)
    assert ("Estrada Global", "engineering") in act
    assert ("Molera Hill", "engineering") not in act


def test_a_titled_person_nobody_met_is_not_given_the_hosts_country():
    _, rels = run("Governor Jane Doe of Ohio led a trade mission to Japan in May 2019. "
                  "The former Prime Minister Hannah Schmidt once said trade matters.")
    assert ("Hannah Schmidt", "affiliatedWith", "Japan") not in rels


def test_an_office_opened_where_the_delegation_went():
    _, rels = run("The programme also took the delegation to Osaka, where Kestrel Systems GmbH opened its "
                  "first office in Japan in 1999.")
    assert ("Kestrel Systems GmbH", "hasOfficeIn", "Osaka") in rels


def test_the_body_in_a_title_is_no_traveller():
    _, rels = run("A delegation from Wales travelled to France in May 2019. At the invitation of Jean Martin, "
                  "President of the Région Normandie, Minister Rhys Evans travelled to Rouen.")
    assert not any(p == "visited" and a == "Région Normandie" for a, p, b in rels)
