import pytest

from chatbot.answering.spans import MAX_CHARS, complete, whole_cell


def _completed(question: str, text: str, span: str) -> str:
    a = text.index(span)
    a, b = complete(question, text, a, a + len(span))
    return text[a:b]


@pytest.mark.parametrize("question, text, span, expected", [
    # a token is never cut
    ("What's the email?", "Reach us at inquiries18f@gsa.gov. We reply fast.", "inquiries18f", "inquiries18f@gsa.gov"),
    ("Which level is it?", "Treat it as a SEV-2 incident.", "SEV", "SEV-2"),
    # an adjective that stands for a thing keeps "one" and its article
    ("Which one should I go with?", "If unsure, treat it as the higher one.", "higher", "the higher one"),
    # an amount qualified in an aside for what the question names
    ("hotel limit in London?", "Hotels up to €180 per night (€250 in London and Paris).", "€180", "€250"),
    ("What is the hotel limit?", "Hotels up to €180 per night (€250 in London and Paris).", "€180",
     "up to €180 per night"),
    # what the sentence denies gives way to what it affirms after "but"
    ("What are they preparing?", "They are organising themselves not to go fight there but to carry out attacks "
     "in Europe,\" he added.", "organising themselves not to go fight there", "to carry out attacks in Europe"),
    ("What are they preparing?", "They are not preparing attacks.", "preparing attacks", "preparing attacks"),
    # a number keeps the unit the question asks in, and only for a count
    ("How many hours per week?", "Owners need 15-20 hours of their week.", "15-20", "15-20 hours"),
    ("How many hours per week?", "Owners commit 15-20 hour per week to it.", "15-20", "15-20 hour per week"),
    ("How many full time staff did they start with?", "The team started with 15 full time staff.", "15", "15"),
    ("How many pages was the statement?", "a two-page statement", "two", "two"),
    ("By which year did the model end?", "by the 1981 model year", "1981", "1981"),
    ("How many settlers came?", "390 settlers in the town", "390", "390"),
    ("How many miles is it?", "It is 11 miles south.", "11", "11 miles"),
    # "what did they …?": a second item joined by "and", a defining clause
    ("what did 18F build for the FEC?", "help the FEC build its first public API and a new website on top of that API.",
     "its first public API", "its first public API and a new website on top of that API"),
    ("what do we get at the end?", "we provide a roadmap that defines your problem for a technical team.",
     "a roadmap", "a roadmap that defines your problem for a technical team"),
    # not for a thing named ("which sea?"), nor when "and" opens a clause of its own
    ("Which sea was oil discovered in?", "the North Sea and the campaign of the party.", "North Sea", "North Sea"),
    ("What did the Song share with them?", "the Song dynasty and the Yuan dynasty are linked together.",
     "the Song dynasty", "the Song dynasty"),
    ("Who ruled out Assad?", "Hollande, who ruled out Assad, said so.", "Hollande", "Hollande"),
    ("What is the name of the festival?", "Summer Breeze that hosts outside musicians", "Summer Breeze",
     "Summer Breeze"),
    # pay as a multiple of the rate, whole; for "how much…?" just that
    ("how much do i get for working a sunday", "Sunday hours are paid at time and a third, on top of premiums.",
     "Sunday hours are paid at time", "time and a third"),
    ("when is overtime paid?", "Overtime is paid at time and a half after 37.5 hours.", "Overtime is paid at time",
     "Overtime is paid at time and a half"),
    # a figure a change replaces gives way to its replacement; not when what it was before is asked,
    # nor in a proposal, nor in a range (no change said)
    ("how much deposit do we take when someone books a dental",
     "The deposit for dental procedures is now 30% of the upper estimate, instead of 20%, payable when booked.",
     "20%", "30%"),
    ("how much is the night premium", "The night shift premium rises from £1.80 to £2.20 an hour at both hotels.",
     "£1.80", "£2.20 an hour"),
    ("how much is a lock change", "A lock change costs £65 (was £45) in working hours.", "£45", "£65"),
    ("how much was the premium before", "The night shift premium rises from £1.80 to £2.20 an hour.", "£1.80", "£1.80"),
    ("how much is the night premium", "Aisha proposed raising the night shift premium from £1.80 to £2.20 an hour.",
     "£1.80", "£1.80"),
    ("how old do kids have to be", "Children from 5 to 12 pay £5.75.", "5", "5"),
    ("how much is the night premium", "The night shift premium rises from £1.80 to £2.20 an hour.", "£2.20",
     "£2.20 an hour"),
    # a change put ahead ("from 5 January", "will"): until then the figure it replaces holds, unless
    # what it will be is asked
    ("how much is the meal deal", "The meal deal rises from £2.65 to £2.80 from 5 January 2028.", "£2.80", "£2.65"),
    ("how much is the meal deal from january", "The meal deal rises from £2.65 to £2.80 from 5 January 2028.",
     "£2.80", "£2.80"),
    ("how long do we get for the walkround", "From Monday 3 January every duty will include 15 minutes for the "
     "walk-round check, instead of 10 minutes.", "15 minutes", "10 minutes"),
    ("how often are the fire doors in the high rises checked", "From 1 March 2028 the fire doors will be checked "
     "every month, instead of every 3 months.", "every month", "every 3 months"),
    ("how often are they checked now it changed", "From 1 March 2028 the fire doors will be checked every month, "
     "instead of every 3 months.", "every month", "every month"),
    ("how much is the deposit", "The deposit is now 30% of the estimate, instead of 20%, from 1 May 2027.",
     "20%", "30%"),
    # a place's last word keeps its name; a duration its smaller units
    ("where do i park for alder bank", "There is pay and display parking on Alder Bank Parade, first 30 minutes free.",
     "Parade", "Alder Bank Parade"),
    ("where do i park for alder bank", "There is pay and display parking on Alder Bank Parade, first 30 minutes free.",
     "Bank Parade", "Alder Bank Parade"),  # its last words too
    ("where is head office", "Head office is at Mill House, Tanner Street.", "House", "Mill House"),
    ("where do we meet", "We meet in the Parade.", "Parade", "Parade"),
    ("how long was the sms gateway down?", "The gateway was down for 2 hours and 40 minutes, from 14:05.",
     "2 hours", "2 hours and 40 minutes"),
    ("how long is probation?", "Probation lasts 1 year 6 months for managers.", "1 year", "1 year 6 months"),
    ("how long is probation?", "Probation lasts 6 months and 12 staff are on it.", "6 months", "6 months"),
])
def test_a_span_is_completed_as_a_person_would_answer(question, text, span, expected):
    assert _completed(question, text, span) == expected


def test_a_completion_never_makes_a_quote_of_the_answer():
    text = "we provide a roadmap that " + "defines your problem in many more words " * 5 + "."
    assert _completed("what do we get?", text, "a roadmap") == "a roadmap"
    assert len("a roadmap") < MAX_CHARS


@pytest.mark.parametrize("question, short, other", [
    ("How much does a Foundation Engagement cost?", "eight to ten weeks", True),
    ("How much does it cost?", "$2000 per year", False),
    ("How much does a message cost on the Business plan?", "10,000 SMS", True),
    ("how much did we refund customers?", "3 and 10 days", True),
    ("How much did the city pay for it?", "600,000 francs", False),
    ("How much did they spend?", "about 2.5 million", False),
    ("How long does it take?", "$500", True),
    ("How long does it take?", "eight to ten weeks", False),
    ("Who ruled out Assad?", "two weeks", False),
    ("what's the on-call allowance for the incident commander?", "immediately", True),
    ("what is the daily meal allowance?", "€60 per day", False),
    ("how much extra do you get for being on call on a weeknight?", "more than one", True),
    ("how much do we get to kit out a home office?", "£400", False),
    ("how much extra do you get for working nights", "20%", False),  # a share of pay is an amount
    ("how much extra do you get for working nights", "three times", True),
    ("how much extra an hour do you get for lates", "40 hours", True),  # money asked, its rate aside
    ("how much extra an hour do you get for lates", "£0.60", False),
    ("how much money did the spa take in september", "6%", True),  # a change, not the money taken
    ("how much do i get back per mile if i drive", "45p a mile", False),  # pence
    ("i work at kelso st, who do i phone when im sick", "Nadia Wojcik", False),  # a person to phone
    ("how much leave do I get?", "25 days", False),  # a noun counted: not money
    ("how much is the main hall for our knitting group", "80 seated, 120 standing", True),  # a thing's price
    ("how much is the main hall for our knitting group", "£22", False),
    ("whats the number for security out of hours", "HOW TO REPORT", True),
    ("whats the number for security out of hours", "4", True),
    ("whats the number for out of hours security in dundee", "22:00", True),  # a time of day
    ("whats the number for out of hours security", "0131 496 0000", False),
    ("whats the internal emergency extension?", "333", False),
    ("whats the email for the safeguarding lead", "Priya Raman 07700 900 218", True),
    ("what's joana's email?", "joana@lumen.example", False),
    ("i clicked a link in a dodgy email, what now", "report it as S3", False),
    ("what's joana's phone number", "+44 7700 900 612", False),
    ("What is the helpdesk phone number?", "08:00 to 18:00", True),  # when to ring, not what
    ("min number of volunteers to open at eastfield", "5", False),  # a count, not a number to call
    ("how much space do i get on scratch?", "Fast space", True),
    ("how many customers are still on the old reports?", "212", False),
    ("how many remote days can a contractor work?", "None by default", False),  # none is a count: zero
    ("how many drivers left in october", "£38,200", True),
    ("how much do i get for working a sunday", "time and a third", False),  # pay as a multiple of the rate
    ("how much do i get for working a sunday", "on top of any duty premium", True),  # a sum of money counts no drivers
    ("how many pounds a month is the allowance", "£30", False),
    ("how often does the app check on you?", "every 60 minutes", False),
    ("how often is the hospital bus", "22:40", True),  # a time of day (the last bus), not how often
    ("how often is the bin emptied", "on Tuesdays", False),
    ("how often do fork lift drivers have to redo there training", "three-yearly", False),
    ("what temperature should the vaccine fridge be?", "checking the temperature display first", True),
    ("what temperature should the vaccine fridge be?", "between +2 °C and +8 °C", False),
    ("how hot is the pool kept", "29C", False),
    # who: a time, a day or a sum alone names no one; a number to ring does, when ringing is asked
    ("who are the first aiders on the late shift at harbour road", "14:00 – 22:00", True),
    ("who covers reception on saturdays", "Saturday 9am", True),
    ("who did we pay for the audit", "£3,000", True),
    ("who approves it?", "the CFO", False),
    ("who owns that?", "Lotte Jansen", False),
    ("who do i ring if im off sick", "01632 961 210", False),
])
def test_an_answer_that_measures_something_else_is_no_answer(question, short, other):
    from chatbot.answering.spans import measures_otherwise

    assert measures_otherwise(question, short) is other


def test_a_bare_number_counts_what_follows_it():
    from chatbot.answering.spans import measures_otherwise

    asked = "how much did we refund customers?"
    assert measures_otherwise(asked, "210", "Support received 210 tickets during the outage.")
    assert not measures_otherwise(asked, "210", "We refunded 210 euros to each customer.")
    assert not measures_otherwise(asked, "2.5", "They spent 2.5 million on it.")
    # a day of a month counts nothing
    counted = "how many drivers left in october"
    assert measures_otherwise(counted, "23", "A driver was assaulted on 23 October; he is recovering.")
    assert not measures_otherwise(counted, "17", "There were 17 driver vacancies on 23 October.")


def test_money_asked_wants_an_amount_of_money_in_the_span():
    from chatbot.answering.spans import answer_type

    text = "Employees who work from home get a stipend of £400 for UK employees."
    fits = answer_type("how much do we get to kit out a home office?")
    assert fits(text, text.index("£400"), text.index("£400") + 4)
    assert not fits(text, 0, text.index(" get"))


@pytest.mark.parametrize("question", ["whats the most an HLTA can earn", "what does a controller get paid per hr",
                                      "what are the wages for a porter"])
def test_pay_asked_wants_an_amount_of_money(question):
    from chatbot.answering.spans import answer_type

    text = "Role: HLTA; Grade: Grade 5; Salary range: £26,410 – £28,230"
    fits = answer_type(question)
    assert fits(text, text.index("£26,410"), len(text))
    assert not fits(text, text.index("Grade 5"), text.index("Grade 5") + 7)


def test_to_wage_is_no_pay_asked():
    from chatbot.answering.spans import answer_type

    assert answer_type("What does Hollande fear citizens who went to wage jihad could do?") is None


@pytest.mark.parametrize("question, text, read, said", [
    ("how much is the wfh stipend for the lisbon folks",
     "The stipend is £400 for UK employees and €450 for Lisbon employees, paid with the first salary.", "£400", "€450"),
    ("how many food parcels went out in october",
     "We gave out 2,140 food parcels in October 2027, compared with 1,560 in October 2026.", "1,560", "2,140"),
    ("min test coverage for frontend stuff?",
     "CI blocks a merge if coverage is below 80% for backend services or 70% for the web frontend.", "80%", "70%"),
    ("what's the allowance for a weekend day?",
     "Allowance per weekday night: £40; Allowance per weekend or bank holiday day: £90", "£40", "£90"),
    # said of as much, the one whose every word the question says ("all" is a word too)
    ("how much is an adult 28 day ticket in all zones",
     "Ticket: Adult 28-day ticket; Zone A: £58.00; Zone B: £52.00; All zones: £90.00", "£58.00", "£90.00"),
    ("how much is an adult 28 day ticket in zone a",
     "Ticket: Adult 28-day ticket; Zone A: £58.00; Zone B: £52.00; All zones: £90.00", "£90.00", "£58.00"),
])
def test_of_a_sentences_amounts_the_one_said_of_what_the_question_names(question, text, read, said):
    from chatbot.answering.spans import attributed

    a, b = attributed(question, text, text.index(read), text.index(read) + len(read))
    assert text[a:b] == said


@pytest.mark.parametrize("question, read, said", [
    ("What is the anchor day in the Norwich office?", "Tuesday in Bristol, Wednesday in Leeds and Thursday",
     "Thursday"),
    ("anchor day in leeds?", "Tuesday in Bristol, Wednesday in Leeds and Thursday", "Wednesday"),
    ("what are the anchor days?", "Tuesday in Bristol, Wednesday in Leeds and Thursday",
     "Tuesday in Bristol, Wednesday in Leeds and Thursday"),  # no one place named: the whole list
])
def test_of_values_each_said_of_its_own_place_the_one_of_the_place_asked(question, read, said):
    from chatbot.answering.spans import respective

    text = ("Each office has one anchor day when everyone in that office is expected in: Tuesday in Bristol, "
            "Wednesday in Leeds and Thursday in Norwich.")
    a, b = respective(question, text, text.index(read), text.index(read) + len(read))
    assert text[a:b] == said


@pytest.mark.parametrize("question, text, read, said", [
    ("How often are class B items counted?",
     "Class A items are counted every week, class B items every month and class C items every quarter.",
     "every week", "every month"),
    ("how long do u keep raw event data on the team plan",
     "Starter keeps raw events for 90 days and Team keeps them for 13 months.", "90 days", "13 months"),
    # parts that share no word the question says are no coordination of one statement: the span stays
    ("how much is the deposit", "The deposit is now 30% of the estimate, instead of 20%, from 1 May 2027.",
     "20%", "20%"),
    # a clause of its own after the statement is no coordinate of it
    ("Which country's imports became the de facto mass market leaders?", "Japanese imports became mass-market "
     "leaders with unibody construction and front-wheel drive, which became de facto standards.", "Japanese",
     "Japanese"),
    ("Who was thought to have killed Tugh Temur?", "He was supposedly killed with poison by El Temür, and Tugh Temür "
     "then remounted the throne.", "El Temür", "El Temür"),
])
def test_a_part_of_a_coordination_the_question_names_gives_its_gapped_value(question, text, read, said):
    from chatbot.answering.spans import gapped

    a, b = gapped(question, text, text.index(read), text.index(read) + len(read))
    assert text[a:b] == said


@pytest.mark.parametrize("question, text, read", [
    # the reader's amount is said of as much: it stays
    ("how much lunch money do we get from january",
     "Lunch. Saturday opens from 8 January. The allowance rises from £5 to £6 from 1 January 2028.", "£6"),
    # another kind of figure (a room's number, a step's number) is no rival
    ("how much does meeting rm 1 cost per hour for a business?",
     "Room: Meeting Room 1; Capacity: 20 seated; Community rate: £10; Commercial rate: £20", "£20"),
    ("how quickly must vaccines go in the fridge?", "4. Put the vaccines in the fridge within 20 minutes.", "20"),
    # a span more than the amount is the reader's whole answer
    ("how long do u keep raw event data on the team plan",
     "Starter keeps raw events for 90 days and Team keeps them for 13 months.", "13 months"),
])
def test_an_amount_said_of_no_less_stays(question, text, read):
    from chatbot.answering.spans import attributed

    a = text.index(read)
    assert attributed(question, text, a, a + len(read)) == (a, a + len(read))


@pytest.mark.parametrize("question, label", [
    ("what level is a partial loss of functionality?", True),
    ("which plan has SSO?", True),
    ("what's the severity of a full outage?", True),
    ("how often does the lone worker app ping you", False),
    ("who do i ask to get trained on the confocal?", False),
])
def test_a_heading_answers_only_a_question_for_a_label(question, label):
    from chatbot.answering.spans import asks_label

    assert asks_label(question) is label


def test_how_many_per_a_unit_is_not_the_number_counting_that_unit():
    from chatbot.answering.spans import answer_type

    text = "Ratios: at least one adult for every 8 young people at the Juniors club."
    fits = answer_type("how many kids per adult at the juniors club?")
    assert not fits(text, text.index("one"), text.index("one") + 3)  # "one adult": the unit, not the count
    assert fits(text, text.index("8"), text.index("8") + 1)
    rate = "You get 25 days a year."
    assert answer_type("how many days a year do we get?")(rate, rate.index("25"), rate.index("25") + 2)


@pytest.mark.parametrize("text, span, expected", [
    ("Staging is rebuilt every Sunday at 02:00 UTC, so keep nothing there.", "every Sunday",
     "every Sunday at 02:00 UTC"),
    ("The next meeting is on Thursday 20 January 2028 at 18:30 in the hall.", "Thursday 20 January 2028",
     "Thursday 20 January 2028 at 18:30"),
    ("Northgate opens Wednesday 16:00-19:00 only.", "Wednesday", "Wednesday 16:00-19:00"),
    ("In 1998 at 10.50 percent the rate peaked.", "1998", "1998"),  # a rate, not a time of day
    ("It moved on 3 May 2027 to the new site.", "3 May 2027", "3 May 2027"),
])
def test_a_day_or_date_keeps_its_time_of_day(text, span, expected):
    from chatbot.answering.spans import with_clock_time

    a = text.index(span)
    assert text[a:with_clock_time(text, a, a + len(span))] == expected


@pytest.mark.parametrize("text, span, expected", [
    ("New volunteers have an induction at Central on the first Monday of each month from 14:00 to 16:00.",
     "Monday", "the first Monday of each month from 14:00 to 16:00"),
    ("New volunteers have an induction at Central on the first Monday of each month from 14:00 to 16:00.",
     "first Monday", "first Monday of each month from 14:00 to 16:00"),
    ("Inductions run on the first and third Wednesday of the month.", "Wednesday",
     "the first and third Wednesday of the month"),
    ("The team meets every Monday.", "Monday", "Monday"),  # a day of the week: whole already
    ("The review is due on Monday of next week.", "Monday", "Monday"),
])
def test_a_day_of_the_month_keeps_its_ordinal_and_month(text, span, expected):
    from chatbot.answering.spans import when_whole

    a = text.index(span)
    assert text[slice(*when_whole(text, a, a + len(span)))] == expected


@pytest.mark.parametrize("question, text, span, expected", [
    ("which nights is central open late", "Branch: Central; Mon-Fri: 09:00-18:00; Late: Tue, Thu 20:00; Sunday: closed",
     "Tue", "Tue, Thu 20:00"),
    ("what days is the food bank open?", "It is open on Monday and Thursday from 10:00 to 13:00.", "Thursday",
     "Monday and Thursday from 10:00 to 13:00"),
    ("when is the food bank open?", "It is open on Monday and Thursday from 10:00 to 13:00.", "Thursday",
     "Thursday from 10:00 to 13:00"),  # one day asked of ("when"): the reader's day
])
def test_days_asked_are_every_day_of_the_run(question, text, span, expected):
    from chatbot.answering.spans import complete

    a = text.index(span)
    assert text[slice(*complete(question, text, a, a + len(span)))] == expected


@pytest.mark.parametrize("question, text, span, expected", [
    ("when are lab inductions in dundee?", "They run every Monday at 09:30 in Cambridge and on the first and third "
     "Wednesday of each month at 10:00 in Dundee.", "10:00", "on the first and third Wednesday of each month at 10:00"),
    ("when is the next meeting?", "The next meeting is on Thursday 20 January 2028 at 18:30 in the hall.", "18:30",
     "on Thursday 20 January 2028 at 18:30"),
    ("what time is the alarm tested?", "The alarm is tested every Monday at 09:30.", "09:30", "09:30"),  # a time asked
    ("when does it open?", "It opens at 09:30.", "09:30", "09:30"),  # no day said
    # a span of hours read at its end alone is the whole span, with its day, unless an end is asked
    ("when do new volunteers get inducted", "New volunteers have an induction at Central on the first Monday of "
     "each month from 14:00 to 16:00.", "16:00", "on the first Monday of each month from 14:00 to 16:00"),
    ("when do the inductions finish", "New volunteers have an induction at Central on the first Monday of "
     "each month from 14:00 to 16:00.", "16:00", "16:00"),
    ("when is the quiz", "The quiz runs every Tuesday from 19:30 to 21:00 in the bar.", "19:30 to 21:00",
     "every Tuesday from 19:30 to 21:00"),
])
def test_a_time_of_day_answering_when_keeps_its_day(question, text, span, expected):
    from chatbot.answering.spans import complete

    a = text.index(span)
    assert text[slice(*complete(question, text, a, a + len(span)))] == expected


@pytest.mark.parametrize("question, text, span, expected", [
    ("how long have we got to give the tenant a copy", "The tenant is given a copy within 28 days of the check.",
     "28 days", "within 28 days"),
    ("how much can reception knock off a bill", "A Client Care Advisor may waive up to £20 on a single invoice.", "£20",
     "up to £20"),
    ("how long must a password be", "Passwords have at least 12 characters.", "12 characters",
     "at least 12 characters"),
    ("how many people does it hold", "The hall holds 20 people.", "20", "20"),  # no bound said
    ("who signs it off", "Up to the manager to decide.", "the manager", "the manager"),  # no amount
])
def test_an_amount_keeps_the_bound_said_before_it(question, text, span, expected):
    from chatbot.answering.spans import complete

    a = text.index(span)
    assert text[slice(*complete(question, text, a, a + len(span)))] == expected


def test_the_rules_short_answer_is_said_whole_too():
    """The hybrid answerer falls back on the rules' short answer when the reader finds no span in
    their sentence: "Monday" is then as whole as the reader's would be."""
    from chatbot.answering.spans import whole_when_in

    text = "New volunteers have an induction at Central on the first Monday of each month from 14:00 to 16:00."
    assert whole_when_in(text, "Monday") == "the first Monday of each month from 14:00 to 16:00"
    assert whole_when_in(text, "Central") == "Central"
    assert whole_when_in(text, "") == "" and whole_when_in(text, "not in it") == "not in it"


@pytest.mark.parametrize("question, said", [
    ("how much holiday do i get, been here 7 yrs", "31 days"),
    ("how much holiday do i get, been here 2 yrs", "26 days"),
    ("how much holiday do i get", "26 days"),  # no amount of the asker's: the reader's stays
])
def test_of_amounts_with_units_the_one_whose_band_holds_the_askers_own(question, said):
    """"…rising to 31 days after six years' service": the asker's "7 yrs" falls in that band; an
    amount with its unit ("26 days") has rivals of the same unit only (not "8 bank holidays")."""
    from chatbot.answering.spans import attributed

    text = "Full-time staff get 26 days' holiday plus 8 bank holidays, rising to 31 days after six years' service."
    a = text.index("26 days")
    got = attributed(question, text, a, a + len("26 days"))
    assert text[slice(*got)] == said


def test_an_amount_before_and_a_new_subject_is_said_of_what_comes_before_it():
    """"…GP appointment is 12 minutes and a standard nurse appointment is 15 minutes": the unit after
    an amount is its own, and "and a…" starts another clause: 12 is the GP's, 15 the nurse's."""
    from chatbot.answering.spans import attributed

    text = "A standard GP appointment is 12 minutes and a standard nurse appointment is 15 minutes."
    twelve, fifteen = text.index("12"), text.index("15")
    assert attributed("how long is a nurse appointment?", text, twelve, twelve + 2) == (fifteen, fifteen + 2)
    assert attributed("how long is a GP appointment?", text, fifteen, fifteen + 2) == (twelve, twelve + 2)


def test_who_is_not_whom_the_question_names():
    from chatbot.answering.spans import answer_type

    text = "Hollande used his address to rule out President Bashar Assad from a solution."
    fits = answer_type("who ruled out Assad?")

    def span(s):
        return text.index(s), text.index(s) + len(s)
    assert fits(text, *span("Hollande"))
    assert not fits(text, *span("President Bashar Assad")) and not fits(text, *span("President Bashar"))
    assert answer_type("who did Hollande rule out?")(text, *span("President Bashar Assad"))


def test_who_is_someone_a_name_or_a_role():
    from chatbot.answering.spans import answer_type

    text = "Action: move them to cert-manager; Owner: Tomás Ferreira. Renewals are done by the sponsoring manager."
    fits = answer_type("ok and who's doing that?")

    def span(s):
        return text.index(s), text.index(s) + len(s)
    assert fits(text, *span("Tomás Ferreira")) and fits(text, *span("the sponsoring manager"))
    assert not fits(text, *span("move them to cert-manager"))  # a "manager" inside a word is no role
    cell = "Action: Inventory every TLS certificate; Owner: Tomás Ferreira"
    assert not fits(cell, cell.index("Inventory"), cell.index(";"))  # a cell's capital is no name


@pytest.mark.parametrize("question, found, answer", [
    # the reader found the place: the date before it joins it
    ("when's the next production meeting and where", "Kelso Street warehouse",
     "on Wednesday 20 October 2027 at 13:30 in the meeting room at the Kelso Street warehouse"),
    # the reader found the date: the place after it joins it
    ("when's the next production meeting and where", "Wednesday 20 October 2027 at 13:30",
     "Wednesday 20 October 2027 at 13:30 in the meeting room at the Kelso Street warehouse"),
    ("when's the next production meeting?", "Wednesday 20 October 2027 at 13:30", "Wednesday 20 October 2027 at 13:30"),
])
def test_when_and_where_asked_together_are_answered_together(question, found, answer):
    text = ("Minutes of 15 September. The next production meeting is on Wednesday 20 October 2027 at 13:30 in the "
            "meeting room at the Kelso Street warehouse. Apologies were received.")
    a, b = complete(question, text, text.index(found), text.index(found) + len(found))
    assert text[a:b] == answer


def test_a_value_labelled_by_the_name_asked_is_the_answer():
    from chatbot.answering.spans import labelled

    text = "3. Move the contents to the backup freezer (Cambridge: F3, kept at least one-third empty; Dundee: F5)."
    a, b = text.index("Move"), text.index(" (")
    start, end = labelled("if it's one of the dundee freezers, where do the contents go?", text, a, b)
    assert text[start:end] == "F5"
    assert labelled("where do the contents of a freezer go?", text, a, b) == (a, b)  # no label named
    row = "Site: Dundee; Freezer: F5; Backup: F3"
    assert labelled("which freezer in dundee?", row, 6, 12) == (6, 12)  # a table's row: the cells' to read
    # Labels elsewhere in the sentence say nothing of the span: "Mongolian" of a name's translations.
    prose = "The Yuan dynasty (Chinese: Yuan Chao; Mongolian: Yehe Yuan Ulus) was founded by Kublai Khan."
    a = prose.index("Kublai")
    assert labelled("Who led the Mongolian Borjigin clan?", prose, a, a + 11) == (a, a + 11)


@pytest.mark.parametrize("text, span, expected", [
    ("Eastleigh Vale depot, stores and van yard: Point B, by the van yard exit on Dyer Lane", "Point B",
     "Point B, by the van yard exit on Dyer Lane"),  # a labelled line's cell, read from its start
    ("Day: Thursday; Office: 09:00 to 19:00, closed 13:00 to 14:00; Saturday: Closed", "09:00 to 19:00",
     "09:00 to 19:00, closed 13:00 to 14:00"),  # a row's cell, not the row
    ("Day: Thursday; Office: 09:00 to 19:00, closed 13:00 to 14:00", "19:00", "19:00"),  # not from its start
    ("Note: staff who joined before the merger in 2019 keep the old sick pay scheme for their first two years "
     "here", "staff", "staff"),  # a cell this long is a sentence, not one answer
    ("The assembly point is Point B, by the van yard exit.", "Point B", "Point B"),  # prose has no cells
])
def test_a_short_cell_read_from_its_start_is_read_whole(text, span, expected):
    a = text.index(span)
    a, b = whole_cell(text, a, a + len(span))
    assert text[a:b] == expected


@pytest.mark.parametrize("question, text, read, said", [
    # times of day said of different routes: the one of the route asked
    ("by what time does the skipper decide about the first sailing on the south route",
     "The skipper decides about the first sailing by 06:00 on the north route, by 06:30 on the south route and "
     "by 09:00 for the launch.", "06:00", "by 06:30"),
    # a span over two times said of different shifts: the one of the shift asked, with its deadline
    ("whats the latest i can ring in sick for an early shift",
     "Kiosk staff: phone the supervisor by 05:00 for an early shift and by 10:00 for a late shift.",
     "05:00 for an early shift and by 10:00", "by 05:00"),
])
def test_of_a_sentences_times_of_day_the_one_said_of_what_the_question_names(question, text, read, said):
    assert _completed(question, text, read) == said


def test_an_end_of_a_range_of_hours_is_said_of_the_range_not_of_the_next_days():
    from chatbot.answering.spans import attributed

    text = "Travel office: Market Street; Monday to Friday: 08:00 to 18:00; Saturday: 09:00 to 17:00"
    a = text.index("18:00")
    assert attributed("what time does the travel office shut mon-fri", text, a, a + 5) == (a, a + 5)


@pytest.mark.parametrize("question, text, read, said", [
    # a price keeps what it is per
    ("how much is it to leave my car at the terminal for a week",
     "The long-stay car park costs £7 a day or £35 a week, paid at the machines.", "£35", "£35 a week"),
    ("how much a month is the health club for a cat",
     "It costs £17.50 a month for dogs and £14.50 a month for cats.", "£14.50", "£14.50 a month"),
    # a time of day put ahead by a change: the one that holds until then
    ("what time does the cafe close in the summer",
     "From Saturday 1 July 2033 the café stays open until 19:30 in summer, instead of 18:00.", "19:30", "18:00"),
])
def test_a_price_with_its_rate_and_a_time_of_day_before_its_change(question, text, read, said):
    assert _completed(question, text, read) == said


def test_a_price_is_asked_by_how_much_to_do_it_and_a_deadline_is_no_number_to_call():
    from chatbot.answering.spans import measures_otherwise

    assert measures_otherwise("how much to take my car over to the island in january", "312",
                              "the population of the island has fallen to 312 people")
    assert not measures_otherwise("how much to take my car over to the island in january", "£46 a single")
    assert measures_otherwise("whats the number for out of hours security", "by 22:00")
    # a share of the price is what you get back
    assert not measures_otherwise("if i cancel 10 days before, how much do i get back", "50%",
                                  "If you cancel 7 to 13 days before, we refund 50%.")


@pytest.mark.parametrize("question, said", [
    ("what time do lates finish at the warehouse", "23:30"), ("how late is the warehouse open for lates", "23:30"),
    ("when do lates start at the warehouse", "15:30"),
    ("what are the late shift hours at the warehouse", "15:30 – 23:30"),
])
def test_of_a_span_of_hours_the_end_asked(question, said):
    text = "Shift: Late; Harbour Road factory: 14:00 – 22:00; Kelso Street warehouse: 15:30 – 23:30"
    assert _completed(question, text, "15:30 – 23:30") == said


@pytest.mark.parametrize("question, read, said", [
    ("n what time does the digital shift finish", "06:30 to 15:00", "15:30"),
    ("what are the digital shift hours", "06:30 to 15:00", "07:00 to 15:30"),
    ("what are the digital shift hours from march", "06:30 to 15:00", "06:30 to 15:00"),
    ("when does the digital shift start", "06:30", "07:00"),
])
def test_hours_put_ahead_by_a_change_give_the_hours_that_hold_until_then(question, read, said):
    text = "From Monday 7 March 2033 the digital pressroom day shift is 06:30 to 15:00, instead of 07:00 to 15:30."
    assert _completed(question, text, read) == said


@pytest.mark.parametrize("question, text, read, said", [
    # an amount keeps the bound before it
    ("how much was the red panda enclosure going to cost",
     "Tobias presented plans for a red panda enclosure next to Lemur Wood, at about £380,000.", "£380,000",
     "about £380,000"),
    # what it was before the change: the figure replaced
    ("what did family membership cost last year before it went up",
     "Family membership now costs £189 a year, instead of £175.", "£189", "£175"),
])
def test_a_bound_kept_and_the_figure_before_a_change(question, text, read, said):
    assert _completed(question, text, read) == said


def test_what_time_asks_a_time_of_day():
    from chatbot.answering.spans import measures_otherwise

    assert measures_otherwise("what time does hobb green close in the winter", "Monday to Friday")
    assert not measures_otherwise("what time does hobb green close in the winter", "15:30")
    assert not measures_otherwise("what time do i need to check in", "at least 30 minutes before departure")
    assert not measures_otherwise("what time does the cafe close on sundays", "Closed")


def test_a_bound_that_is_a_limit_is_not_kept_as_the_answer():
    text = "Nobody may work more than 16 hours of overtime in one four-week rota period."
    assert _completed("max overtime I can do in a rota period?", text, "16 hours") == "16 hours"
    hours = "Team: Call centre; Normal hours: 09:00 – 13:00 on Saturdays"
    assert _completed("is the call centre open saturdays, what hours", hours, "09:00 – 13:00") == "09:00 – 13:00"


def test_a_command_asked_is_the_sentences_command():
    text = "Page an IC in Slack !ic page. See During an Incident."
    assert _completed("What's the Slack command for paging an incident commander?", text, "See") == "!ic page"
    assert _completed("What should I read next?", text, "See") == "See"
