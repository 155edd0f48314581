"""The asker's case a question states ("been here 6 yrs", "my 14 year old", "a 3k claim") against the
bands of a table's rows ("5 to 9 years", "after 3 years' service", "anything above £2,000")."""
import math

from chatbot.answering.rules.bands import Band, bands, compared, excluded, fit, held, stated


def test_what_a_question_states_of_the_asker():
    assert [s.unit for s in stated("been here 6 yrs now, how many days hol do i get")] == ["time"]
    assert stated("how much does harbor put into my pension if im 35?")[0][:2] == (35.0, "age")
    assert stated("how many books can my 14 year old take out at once")[0][:2] == (14.0, "age")
    assert stated("who signs off a 3k expense claim?")[0][:2] == (3000.0, "money")
    assert stated("a client gave me a £20 gift card, can i keep it")[0][:2] == (20.0, "money")
    assert stated("who needs to approve an expense of 1500 euros?")[0][:2] == (1500.0, "money")
    assert stated("im 10 mins late, what now?")[0].unit == "time"  # not an age
    assert stated("who ruled out Assad?") == []
    # "my son is 6": an age, when the question speaks of a child; "the group is 40" states none
    assert stated("my son is 6, can he come on the climbing taster?")[0][:2] == (6.0, "age")
    assert stated("one of my year 4s is 8, can she do archery?")[0][:2] == (8.0, "age")
    assert stated("the group is 40, can we all come?") == []
    # A follow-up asked again of another case: the later amount of a kind is the asker's
    assert [s.value for s in stated("been here 6 years, how many days do i get if i'd been here 12 years?")] == \
        [12 * 365.25]


def test_the_bands_a_row_gives():
    assert bands("Completed years of service: 5 to 9 years; Annual leave: 28 days") == [
        Band(5 * 365.25, 9 * 365.25, "time")]
    assert bands("Claims between £500 and £2,000 go to the head of department") == [Band(500, 2000, "money")]
    assert bands("Age: 45 or over; Your contribution: 5%")[0].low == 45
    assert bands("Anything above £2,000 is approved by the CFO.")[0].low == 2000
    # Hours of the day are a band of their own kind ("clock"), never a length of time or a sum
    assert bands("Shift: Late; The Quayside Hotel: 14:30 – 23:00") == [Band(14.5, 23.0, "clock")]
    assert bands("Open between 8am and 6pm; ring by 07:30.") == [Band(8.0, 18.0, "clock"), Band(0.0, 7.5, "clock")]
    # A number of a unit written in words is a number
    assert bands("For flights of more than six hours you may book premium economy.") == [Band(0.25, math.inf, "time")]
    assert bands("Prices rose by 5% in 2027.") == []
    # A table's "Minimum age" cell bounds from below; "valid for 12 months" from above
    assert bands("Activity: Archery; Minimum age: 10; Per instructor: 12 pupils") == [Band(10, math.inf, "")]
    assert bands("Vouchers are valid for 12 months.") == [Band(-math.inf, 12 * 30.44, "time")]


def test_the_row_holding_the_asker_fits_and_the_others_do_not():
    question = "been here 6 yrs now, how many days hol do i get"
    assert fit(question, "Completed years of service: 5 to 9 years; Annual leave: 28 days") == 1.0
    assert fit(question, "Completed years of service: 10 years or more; Annual leave: 30 days") == -1.0
    assert fit(question, "Annual leave is booked on the HR portal.") == 0.0
    # Of two open bands that hold 4 years, the nearer bound is the asker's row.
    assert fit("been here 4 yrs", "after 3 years' service: 8 weeks full pay") > \
        fit("been here 4 yrs", "after 12 months' service: 4 weeks full pay") > 0
    assert fit("if im 35", "Age: 30 to 44; Your contribution: 4%") == 1.0
    assert fit("if im 35", "Age: 45 or over; Your contribution: 5%") == -1.0
    assert fit("if im 35", "Up to 5 days of leave a year") == 0.0  # a time, not an age
    assert fit("who signs off a 3k claim?", "Anything above £2,000 is approved by the CFO.") > 0
    assert fit("who signs off a 3k claim?", "Claims up to £500 are approved by your line manager.") == -1.0


def test_an_amount_the_question_bounds_lies_past_its_bound():
    # "claims over £500" is not the row "up to £500", though £500 itself is in it
    question = "Who approves expense claims over £500?"
    assert fit(question, "Your line manager approves claims up to £500.") == -1.0
    assert fit(question, "Claims over £500 must also be approved by the Finance Director.") > 0
    assert fit("who signs off claims under £500?", "Claims of £500 or more go to the Finance Director.") == -1.0
    assert fit("who signs off claims under £500?", "Your line manager approves claims up to £500.") > 0
    assert fit("who approves a claim of £500?", "Your line manager approves claims up to £500.") > 0


def test_a_stated_amount_a_band_holds_is_no_figure_the_row_lacks():
    assert held("how much goes into my pension if im 35?", "Age: 30 to 44; Your contribution: 4%") == {"35"}
    assert held("how much goes into my pension if im 35?", "Age: 45 or over; Your contribution: 5%") == set()


def test_a_time_of_day_the_question_states_and_the_hours_a_sentence_gives():
    """"at 6pm" against "from 09:00 to 11:00 and from 15:00 to 17:00 only": outside every band of
    its kind, while "4pm" is inside one; the sentence speaks of both, whatever its words."""
    pool = "Children under 16 may use the pool from 09:00 to 11:00 and from 15:00 to 17:00 only."
    assert [(s.value, s.unit) for s in stated("can my 10 yr old go in the pool at 6pm")] == [(10.0, "age"),
                                                                                             (18.0, "clock")]
    assert stated("can i ring in at 7.45am?")[0][:2] == (7.75, "clock")
    assert excluded("can my 10 yr old go in the pool at 6pm", pool)
    assert not excluded("can my 10 yr old go in the pool at 4pm", pool)
    assert compared("can my 10 yr old go in the pool at 6pm", pool) == ["10 yr old", "6pm"]
    assert compared("can my 10 yr old go in the pool at 6pm", "The pool is unsupervised.") == []
    assert excluded("can she use her pass on the 9am bus", "Passes are accepted from 09:30 to 23:00 on weekdays.")


def test_a_childs_age_or_an_age_said_of_staff_is_compared_with_the_bands():
    assert excluded("my son is 6, can he come on the climbing taster?", "Climbing taster: Minimum age: 8")
    assert not excluded("my son is 9, can he come on the climbing taster?", "Climbing taster: Minimum age: 8")
    assert excluded("I'm 23, can I drive the van?", "The vans may be driven only by staff who are 25 or over.")
    assert not excluded("bought it 10 months ago, can I still use it?", "Vouchers are valid for 12 months.")
    assert excluded("bought it 14 months ago, can I still use it?", "Vouchers are valid for 12 months.")
