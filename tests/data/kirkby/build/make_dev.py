"""Writes dev.json for the kirkby held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kirkby
import json
MD, PD, DX, HT, TX = ("residence-staff-handbook.md", "resident-licence-and-fees-guide.pdf",
                      "residences-committee-minutes-2035-03-11.docx", "residents-help-centre.html",
                      "fire-alarm-and-evacuation-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"kh-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
TYPE_A = ("A: full a call point, two leave by the nearest fire service alarm or more detectors, exit, close doors, "
          "called at once; or a fire seen go to the assembly building clear point for roll call within 4 minutes")
TYPE_B = ("B: single one detector in a night porter checks investigated detector flat; the local the room for fire or "
          "within 5 sounder only cooking smoke, then minutes, then resets or raises a fire service full alarm called")
TYPE_C = ("C: alert in a full alarm in close windows, get leave at once next block the block next ready to leave, do "
          "if the bell door not use the lifts turns continuous")
TYPE_D = ("D: fire put a small fire put leave the room, shut report to the out by a out by a resident the door, tell "
          "the night porter resident with a fire night porter; do not within 15 blanket go back in minutes")
STEP_6 = ("6. If you have not confirmed a false alarm and reset the panel within 5 minutes, the Wardline alarm "
          "monitoring centre calls the fire service automatically. Phone the Duty Manager and treat it as a full "
          "alarm.")
ONCALL = ("- **Warden on-call allowance:** **£25** for each weeknight on call (Sunday to Thursday nights), or **£40** "
          "for each Friday or Saturday night or bank holiday night on call.")
HOURS = "Service and hall Monday to Friday Saturday Sunday"
TENT_LAUNDRY = "Laundry, Tenterfield Village (Village Hub) 07:00 to 23:00 07:00 to 23:00 08:00 to 23:00"
LOCKOUT_OOH = ("Lock-out, out of hours £25 let in by the night porter", 2)
LOCKOUT_DAY = ("Lock-out, in reception hours £10 first lock-out each term free", 2)
FEES = ("Hall Room type Weekly fee Licence length", 1)

# ---- factual (19)
add("factual", "thinking of applying for night porter, what does it pay an hour", MD,
    ["£13.20 – £14.35 an hour", "£13.20 to £14.35 an hour on grade R2, with 3 months' probation, plus a night working allowance of £1.85 an hour for every hour worked between 23:00 and 06:00"],
    ["| R2 | Receptionist, Night Porter, Post Room Assistant | £13.20 – £14.35 an hour | 3 months |",
     "- **Night working allowance:** **£1.85 an hour** for every hour worked between 23:00 and 06:00."],
    note="R1 is £12.45 – £12.90 an hour and R3 (which includes Senior Night Porter) £15.60 – £17.80 an hour.")
add("factual", "ive been a cleaner here 4 years now, how many days hol am i on", MD,
    ["26 days", "26 days a year (3 to 6 years' service), plus the eight bank holidays and 3 closure days between Christmas and New Year; up to 3 days can be carried over"],
    ["| 3 to 6 years | 26 days | Up to 3 days |",
     "Full-time staff get the following, **plus the eight bank holidays** and **3 closure days** between Christmas and New Year:"],
    note="Under 3 years gives 24 days, 6 to 10 years 28 days and 10 years or more 31 days.")
add("factual", "cleaner on earlies and feel rough, whats the latest i can ring in sick", MD,
    ["by 06:00", "phone the Housekeeping Manager by 06:00 on the day; phone, do not text or email"],
    ["2. **Cleaners:** phone the Housekeeping Manager by **06:00** on the day.",
     "Phone, do not text or email, the person below."],
    note="Night porters phone the Duty Manager by 16:00; technicians the Maintenance Supervisor by 07:30; reception at least 3 hours before; wardens and RLAs by 09:00.")
add("factual", "been here just over 3 yrs, if im off sick how many weeks on full pay do i get", MD,
    ["10 weeks", "10 weeks' full pay and then 10 weeks' half pay (2 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 2 to 5 years | 10 weeks | 10 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes statutory sick pay (SSP)."],
    note="1 to 2 years gives 5 weeks of each; 5 years or more 16 weeks of each.")
add("factual", "how much a week is a normal studio at quarrybank", PD,
    ["£229 a week", "£229 a week on a 51-week licence (it was £219 before version 7); a large studio is £247 a week"],
    [("Quarrybank Studios Studio £229 51 weeks", 1), FEES,
     ("A studio at Quarrybank Studios now costs £229 a week, instead of £219.", 1)])
add("factual", "lost my fob on a night out, how much to get a new one", PD,
    ["£30", "£30 for a replacement key fob (it was £25 before version 7); the old fob is cancelled at once"],
    [("Replacement key fob £30 old fob cancelled at once", 2),
     ("A replacement key fob now costs £30, instead of £25.", 1)])
add("factual", "how much is the deposit n when do i get it back", PD,
    ["£250, returned within 21 days of the end of your licence", "£250 (down from £300), paid when you accept your room offer and returned, less any unpaid fees or charges, within 21 days of the end of your licence"],
    [("Your security deposit of £250 is paid when you accept your room offer. It is returned, less any unpaid fees or charges, within 21 days of the end of your licence.", 2),
     ("The security deposit is now £250, instead of £300.", 1)])
add("factual", "want to move to a diff flat, do they charge u for swapping rooms", PD,
    ["£35", "a room swap fee of £35 once you accept the room offered; there is no fee if you move on medical or welfare grounds, with evidence"],
    [("3. If you accept the room offered, pay the room swap fee of £35. There is no fee if you move on medical or welfare grounds, with evidence.", 3)])
add("factual", "how full is the accomodation this year", DX,
    ["2,071 of 2,140 rooms, 96.8%", "2,071 of the 2,140 rooms were occupied at the autumn census, 96.8%; Quarrybank Studios was full and Ostler House had 273 of its 300 rooms let, 91%"],
    ["Leopold Nyamweya reported that 2,071 of the 2,140 rooms were occupied at the autumn census, 96.8%.",
     "Quarrybank Studios was full, and Ostler House had 273 of its 300 rooms let, 91%."])
add("factual", "how much are we spending on maintainance this year compared to the budget", DX,
    ["£1.38 million, against a budget of £1.21 million", "maintenance costs are forecast at £1.38 million against a budget of £1.21 million, mostly because of the boiler failure in Block E at Beckside Court in January"],
    ["Maintenance costs are forecast at £1.38 million, against a budget of £1.21 million, mostly because of the boiler failure in Block E at Beckside Court in January."],
    note="Income is forecast at £14.62 million against a budget of £14.35 million.")
add("factual", "how many call outs did the wardens get last term", DX,
    ["412", "412 in the autumn term, 61% of them on weeknights; 3 of the 14 warden posts are vacant"],
    ["Tamsin Achebe reported that wardens were called out 412 times in the autumn term, 61% of them on weeknights"])
add("factual", "what time does ostler reception shut on saturdays", HT,
    ["17:00", "17:00; Ostler House reception is open 09:00 to 17:00 on Saturdays (08:00 to 20:00 on weekdays)"],
    ["Ostler House reception 08:00 to 20:00 09:00 to 17:00 10:00 to 17:00", HOURS])
add("factual", "how much does a wash cost on spincard", HT,
    ["£3.40", "£3.40 a wash, and £1.70 for a 30-minute dry; top-ups are at least £5"],
    ["A wash costs £3.40 and a 30-minute dry costs £1.70, and top-ups are at least £5."])
add("factual", "got a parcel coming, how long will reception hang on to it", HT,
    ["14 days", "14 days at your hall reception (or the Lodge at Tenterfield Village); you get an email when it arrives and need photo ID to collect it"],
    ["Parcels are held at your hall reception, or at the Lodge at Tenterfield Village, for 14 days, and you get an email when one arrives.",
     "Bring photo ID to collect a parcel."])
add("factual", "bringing my car to tenterfield, how much is a parking permit", HT,
    ["£180", "£180 a year; Tenterfield Village has 120 permits, applied for in HallPass before 1 October"],
    ["Tenterfield Village has 120 parking permits a year at £180 each, applied for in HallPass before 1 October."])
add("factual", "where do we go when the alarm goes off at ostler", TX,
    ["Minster Square gardens", "the assembly point for Ostler House is Minster Square gardens; report to the fire marshal in the yellow tabard"],
    ["Ostler House ................. Minster Square gardens",
     "3. Go to your hall's assembly point (see section 7) and report to the fire marshal in the yellow tabard."])
add("factual", "what day is the fire alarm test at tenterfield", TX,
    ["Thursdays at 11:30", "Thursdays at 11:30; the test lasts under 1 minute and you do not need to leave"],
    ["The weekly alarm test lasts under 1 minute and you do not need to leave:",
     "Tenterfield Village on Thursdays at 11:30."])
add("factual", "on a proper full alarm how quick should the building be empty", TX,
    ["within 4 minutes", "the building should be clear within 4 minutes, with the fire service called at once and the roll call complete within 15 minutes"],
    ["Building clear, full alarm ........... 4 minutes", TYPE_A,
     "Roll call complete ................... 15 minutes"])
add("factual", "how long do we keep the fire log for", TX,
    ["5 years", "Fire Log records are kept for 5 years"],
    ["Fire Log records kept ................ 5 years"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "on call tonight, can i take the hall master key home with me", MD,
    ["no", "no, a master key never leaves the hall and is never taken home, lent or copied; return it to KeyWatch before the end of your shift, which alerts the Duty Manager if it is not back within 30 minutes"],
    ["1. A master key **never leaves the hall** and is never taken home, lent or copied.",
     "2. Return every key to KeyWatch before the end of your shift. KeyWatch alerts the Duty Manager if a master key is not back within **30 minutes** of your shift ending."])
add("yes_no", "im an RLA, do i get anything extra for nights im on call", MD,
    ["yes", "yes, the Residence Life Assistant on-call allowance of £15 for each night on call"],
    ["- **Residence Life Assistant on-call allowance:** **£15** for each night on call."],
    note="RLAs are on call 23:00 – 08:00, one night in six.")
add("yes_no", "if i drop out of uni do i still have to pay the fee for ending my liscence early", PD,
    ["no", "no, if you leave the University you are released 4 weeks after giving notice, without the £100 early release fee, once the University confirms that you have withdrawn"],
    [("If you leave the University, you are released 4 weeks after giving notice, without the early release fee, once the University confirms that you have withdrawn.", 3),
     ("3. When you are released, pay the early release fee of £100", 3)])
add("yes_no", "can i pay my rent monthly, dont get my loan all at once", PD,
    ["yes", "yes, you can choose 9 monthly instalments, taken on the 1st of each month from October 2034 to June 2035, set up in HallPass no later than Friday 13 October 2034"],
    [("2. Choose 3 termly instalments, taken on 1 October 2034, 15 January 2035 and 23 April 2035, or 9 monthly instalments, taken on the 1st of each month from October 2034 to June 2035.", 2),
     ("1. Sign in to HallPass, open My Payments and choose Instalment plan, no later than Friday 13 October 2034.", 2)])
add("yes_no", "are they going to start charging us for having mates stay over", DX,
    ["no", "no, the proposal to charge £3 a night for each overnight guest was not agreed; overnight guests stay free and the guest rules do not change"],
    ["The committee did not agree: overnight guests stay free, and the guest rules do not change.",
     "Overnight guests stay free; the proposal to charge £3 a night was not agreed."])
add("yes_no", "can my little sister stay over for the weekend, shes 17", HT,
    ["yes", "yes, a brother or sister aged 16 or 17 can stay if a parent has agreed in HallPass; sign her in through HallPass before 23:00 on the day she arrives, for up to 3 nights in any 7"],
    ["Guests must be 18 or over, unless they are your brother or sister aged 16 or 17 and a parent has agreed in HallPass.",
     "Sign your guest in through HallPass before 23:00 on the day they arrive, with their full name.",
     "You can have one overnight guest at a time, for up to 3 nights in any 7 nights."])
add("yes_no", "can i keep my e scooter in my room and charge it there", HT,
    ["no", "no, e-scooters, e-bikes and their batteries are not allowed inside any building; bikes go in the hall bike stores, where charging is not allowed"],
    ["E-scooters, e-bikes and their batteries inside any building. Bikes go in the hall bike stores, where charging is not allowed."])
add("yes_no", "the alarm in our block is going on and off not constant, do we have to get out right now", TX,
    ["no", "no, an intermittent tone means an alarm in the next block: close your windows and get ready to leave, and leave at once if the bell turns continuous"],
    ["* AN INTERMITTENT TONE, on and off, means an alarm in the next block: close your windows and get ready to leave, and leave at once if the bell turns continuous.",
     TYPE_C])
add("yes_no", "porter on nights, flat alarm going off at 3am and no ones answering, can i go in the room on my own", TX,
    ["yes", "yes, while a fire alarm is sounding you may enter a room on your own; go at once with your hall master key and radio, knock, say who you are, and do not open a door that is hot to the touch"],
    ["2. Go to the flat at once with your hall master key and radio. While a fire alarm is sounding you may enter a room on your own.",
     "3. Knock, say who you are and check the room. Do not open a door that is hot to the touch."])

# ---- list (6)
add("list", "what extra payments can i get on top of basic pay", MD,
    ["night working allowance of £1.85 an hour between 23:00 and 06:00",
     "warden on-call allowance of £25 a weeknight or £40 a Friday, Saturday or bank holiday night",
     "technician on-call allowance of £180 a week, plus £30 for each call-out",
     "Residence Life Assistant on-call allowance of £15 a night",
     "Arrivals Weekend allowance of £50 a day",
     "mileage of 45p a mile by car or 20p a mile by bicycle between halls",
     "up to £55 a year for work boots for cleaners and maintenance technicians"],
    ["- **Night working allowance:** **£1.85 an hour** for every hour worked between 23:00 and 06:00.",
     ONCALL,
     "- **Technician on-call allowance:** **£180** for each week on call, plus a call-out payment of **£30** each time you attend a hall, with the hours worked paid at time and a half and a minimum of 1 hour.",
     "- **Residence Life Assistant on-call allowance:** **£15** for each night on call.",
     "- **Arrivals Weekend allowance:** **£50** a day for everyone who works on Arrivals Weekend, Saturday 23 and Sunday 24 September 2034.",
     "- **Mileage:** **45p a mile** for using your own car between halls, or **20p a mile** by bicycle.",
     "- **Work boots:** up to **£55 a year** for cleaners and maintenance technicians, claimed in DutyBoard with a receipt."],
    note="Overtime is also paid at time and a half (R1, R2) or time and a third (R3).")
add("list", "whats different in the new version of the fees guide", PD,
    ["Beckside Court standard en-suite £168 a week instead of £162",
     "Ostler House catered standard room £176 a week instead of £171",
     "Quarrybank Studios studio £229 a week instead of £219",
     "Tenterfield Village standard room £129 a week instead of £124",
     "security deposit £250 instead of £300",
     "replacement key fob £30 instead of £25",
     "false fire alarm caused by a resident £120 instead of £90",
     "you can now pay in 9 monthly instalments as well as 3 termly ones"],
    [("A standard en-suite room at Beckside Court now costs £168 a week, instead of £162.", 1),
     ("A catered standard room at Ostler House now costs £176 a week, instead of £171.", 1),
     ("A studio at Quarrybank Studios now costs £229 a week, instead of £219.", 1),
     ("A standard room at Tenterfield Village now costs £129 a week, instead of £124.", 1),
     ("The security deposit is now £250, instead of £300.", 1),
     ("A replacement key fob now costs £30, instead of £25.", 1),
     ("The charge for a false fire alarm caused by a resident is now £120, instead of £90.", 1),
     ("You can now pay in 9 monthly instalments, as well as in 3 termly instalments.", 1)])
add("list", "what jobs did clemency get landed with at the march meeting", DX,
    ["change the out-of-hours lock-out charge in HallPass and issue version 8 of the guide, by 16 April 2035",
     "update the residents' help centre for the new Tenterfield Village laundry hours, by 6 April 2035",
     "complete the data protection review for smart locks at Beckside Court, by 31 July 2035"],
    ["Change the out-of-hours lock-out charge in HallPass and issue version 8 of the guide Clemency Arkwright 16 April 2035",
     "Update the residents' help centre for the new Tenterfield Village laundry hours Clemency Arkwright 6 April 2035",
     "Complete the data protection review for smart locks at Beckside Court Clemency Arkwright 31 July 2035"])
add("list", "moving in next week, what stuff am i not allowed in my room", HT,
    ["candles, incense, oil burners, shisha pipes or anything else with a naked flame",
     "heaters of any kind, electric blankets and cube adaptors",
     "deep fat fryers and chip pans, and toasters, kettles or other cooking appliances in bedrooms",
     "e-scooters, e-bikes and their batteries inside any building",
     "fairy lights that plug into the mains (battery or USB lights are fine)",
     "pets, apart from agreed assistance dogs and fish in a tank of up to 20 litres",
     "extra furniture such as sofas, beanbags or mattresses"],
    ["Candles, incense, oil burners, shisha pipes and anything else with a naked flame.",
     "Heaters of any kind, electric blankets and cube adaptors.",
     "Deep fat fryers and chip pans anywhere, and toasters, kettles or other cooking appliances in bedrooms.",
     "E-scooters, e-bikes and their batteries inside any building.",
     "Fairy lights that plug into the mains. Battery or USB lights are fine.",
     "Pets, apart from assistance dogs agreed with Resident Services and fish in a tank of up to 20 litres.",
     "Extra furniture such as sofas, beanbags or mattresses."],
    note="Banned items found at an inspection are kept until the licence ends; candles, incense and heaters also bring a £50 charge.")
add("list", "where are the assembly points for each hall", TX,
    ["Beckside Court: the staff car park by Block F",
     "Ostler House: Minster Square gardens",
     "Quarrybank Studios: Quarry Lane car park",
     "Tenterfield Village: the playing field behind the Village Hub"],
    ["Beckside Court ............... staff car park by Block F",
     "Ostler House ................. Minster Square gardens",
     "Quarrybank Studios ........... Quarry Lane car park",
     "Tenterfield Village .......... playing field behind the Village Hub"])
add("list", "what are the different types of alarm that come up on the panel", TX,
    ["A: full alarm (a call point, two or more detectors or a fire seen)",
     "B: single detector (one detector in a flat, local sounder only)",
     "C: alert in next block (a full alarm in the block next door)",
     "D: fire put out by a resident"],
    ["The fire panel shows the type. The type decides what you do and how quickly.",
     TYPE_A, TYPE_B, TYPE_C, TYPE_D])

# ---- explanation (6)
add("explanation", "new night porter, whats the deal with going into a students room at night", MD,
    ["Before entering a room, knock, say who you are and wait 30 seconds. Between 22:00 and 07:00 two members of "
     "staff go into a resident's room together, unless the fire alarm is sounding or someone's life is at risk. "
     "Planned work needs 24 hours' notice to the resident in HallPass except in an emergency, and you never open a "
     "door for someone who says it is their room until you have checked their photo in HallPass"],
    ["3. Before entering a room, knock, say who you are and wait **30 seconds**. Planned work needs **24 hours'** notice to the resident in HallPass, except in an emergency.",
     "4. Between **22:00 and 07:00**, two members of staff go into a resident's room together, unless the fire alarm is sounding or someone's life is at risk.",
     "5. Never open a door for someone who says it is their room until you have checked their photo in HallPass."])
add("explanation", "hate my halls and want to move out in january, can i just leave", PD,
    ["Not without paying: your licence is for a fixed term and you are liable for the fees until it ends. Give notice "
     "in HallPass (My Licence, End my licence) at least 4 weeks before you want to leave. You stay liable until a "
     "replacement resident moves into your room, from the waiting list or someone you find who is a student of the "
     "University not already in our halls. When you are released, pay the £100 early release fee, hand in your fob "
     "and keys and have your room checked; fees paid for weeks after your release date are refunded within 28 days"],
    [("Your licence is for a fixed term, and you are liable for the fees until it ends.", 3),
     ("1. Give notice in HallPass, under My Licence and End my licence, at least 4 weeks before you want to leave.", 3),
     ("2. You stay liable for the fees until a replacement resident moves into your room, or until your licence ends if nobody is found.", 3),
     ("Replacements come from our waiting list, or you can find your own, who must be a student of the University and not already living in our halls.", 3),
     ("3. When you are released, pay the early release fee of £100, hand in your fob and keys at reception and have your room checked by the Hall Manager.", 3),
     ("4. Fees you have paid for the weeks after your release date are refunded within 28 days.", 3)])
add("explanation", "our flat got fined for a fire alarm we didnt even set off, how do we fight it", PD,
    ["Choose Appeal a charge in HallPass within 14 days of the charge being added. The charge is put on hold while "
     "the Hall Manager looks at the appeal, and you get a decision within 10 working days. If you are still not "
     "happy, you can ask for the Head of Resident Services to review it (a reply within 15 working days), and then "
     "take it to the independent Student Accommodation Adjudicator, free to use, within 3 months of the final reply. "
     "The false fire alarm charge is £120 for each resident responsible"],
    [("To appeal against a charge or fine, choose Appeal a charge in HallPass within 14 days of the charge being added.", 3),
     ("The charge is put on hold while the Hall Manager looks at your appeal, and you get a decision within 10 working days.", 3),
     ("3. If you are not happy with the reply, ask for the Head of Resident Services to review it. The Head of Resident Services replies within 15 working days.", 3),
     ("4. If you still disagree, you can take your complaint to the Student Accommodation Adjudicator within 3 months of our final reply. It is independent of us and free for you to use.", 3),
     ("False fire alarm caused by a resident £120 each resident responsible", 2)])
add("explanation", "why are they making lockouts cheaper", DX,
    ["The Students' Union housing officer reported 1,164 lock-outs in the autumn term, 702 of them out of hours, and "
     "58% of residents in its housing survey called the out-of-hours charge unfair. The Senior Night Porter said most "
     "night lock-outs take a porter less than ten minutes, and that residents sometimes wait outside in the cold "
     "rather than pay. So from Monday 23 April 2035 the out-of-hours charge goes down from £25 to £15; the £10 in "
     "reception hours stays and the first lock-out each term is still free"],
    ["Kwame Pettigrew reported 1,164 lock-outs in the autumn term, 702 of them out of hours, and said that in the Students' Union's housing survey 58% of residents called the out-of-hours charge unfair.",
     "Collette Barraclough said that most night lock-outs take a porter less than ten minutes, and that residents sometimes wait outside in the cold rather than pay.",
     "The committee agreed that from Monday 23 April 2035, the first day of the summer term, the charge for a lock-out out of hours goes down from £25 to £15.",
     "The £10 charge for a lock-out in reception hours does not change, and the first lock-out in each term is still free."])
add("explanation", "my shower's packed in and its the only one in our flat, how do i get it fixed", HT,
    ["Report it in FixTrack, through HallPass or the FixTrack app, with a photo and a note of when staff can come in. "
     "The only working shower in your flat counts as an urgent repair, done within 24 hours (routine repairs take up "
     "to 5 working days). FixTrack emails you when the job is booked and when it is finished, and staff knock, say "
     "who they are and wait 30 seconds before coming in. Don't fix it yourself or bring in your own tradespeople"],
    ["Report it in FixTrack, through HallPass or the FixTrack app, with a photo and a note of when we can come in.",
     "Urgent repairs, such as the only working shower or toilet in your flat or a broken fridge, are done within 24 hours. Routine repairs are done within 5 working days.",
     "FixTrack emails you when the job is booked and when it is finished. Staff knock, say who they are and wait 30 seconds before they come in.",
     "Please don't fix things yourself or bring in your own tradespeople."])
add("explanation", "one of our residents uses a wheelchair, what happens with her if the fire alarm goes", TX,
    ["She should have a Personal Emergency Evacuation Plan (PEEP), agreed with the Fire and Safety Manager before "
     "she moves in or within 7 days of a new need. On a full alarm the night porter checks the PEEP list on the "
     "panel, goes to each resident with a PEEP or sends a fire marshal, and tells the fire service where they are "
     "when it arrives; a resident with a PEEP should be reached within 5 minutes. Lifts are never used in a fire, "
     "except the evacuation lift in Block Q2 at Quarrybank Studios, which only the fire service may use"],
    ["* Residents who cannot use the stairs quickly, or who may not hear the alarm, have a Personal Emergency Evacuation Plan (PEEP), agreed with the Fire and Safety Manager before they move in, or within 7 days of a new need.",
     "* On a full alarm, the night porter checks the PEEP list on the panel, goes to each resident with a PEEP or sends a fire marshal, and tells the fire service where they are when it arrives.",
     "Resident with a PEEP reached ......... 5 minutes",
     "* Lifts are never used in a fire, except the evacuation lift in Block Q2 at Quarrybank Studios, which only the fire service may use."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "do reception staff get a uniform allowance, how much", MD, [], [], subtype="near_miss",
    note="The handbook gives work boots (up to £55 a year) for cleaners and maintenance technicians, but no uniform allowance for reception staff.")
add("unanswerable", "how much is it to stay on at beckside over the summer", PD, [], [], subtype="near_miss",
    note="The guide gives weekly fees for 42-week licences at Beckside Court but no summer or vacation stay rates.")
add("unanswerable", "how much did fixing the block e boiler actually cost", DX, [], [], subtype="near_miss",
    note="The minutes blame the maintenance overspend (£1.38 million against £1.21 million) mostly on the boiler failure but give no cost for it.")
add("unanswerable", "what times is dinner served in the ostler dining hall", HT, [], [], subtype="near_miss",
    note="The help page mentions the dining hall and a £6.50 guest meal ticket but gives no meal times.")
add("unanswerable", "how often do the kitchen fire extinguishers get checked", TX, [], [], subtype="near_miss",
    note="The procedure covers alarm tests, drills and the fire risk assessment but not fire extinguisher checks.")
add("unanswerable", "whats the best way to revise for a stats exam in a week", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me the gist of the fire procedure, just started as a porter", TX, [
    "FS-02, version 6, owned by Magnus Ferriday, Fire and Safety Manager, applies to all staff, residents and guests in every Kirkby Halls building; every alarm is treated as a real fire until staff show it is not",
    "A continuous bell means leave now; an intermittent tone means an alarm in the next block, so get ready to leave; a local sounder means one detector in a flat; weekly tests last under 1 minute",
    "Alarms are of four types: A full alarm (fire service called at once, building clear within 4 minutes), B single detector (investigated within 5 minutes, then the fire service is called), C alert in the next block, D fire put out by a resident (reported within 15 minutes)",
    "On a full alarm everyone leaves by the nearest exit without using the lifts, closes doors and goes to the hall's assembly point, where the night porter takes the roll call from the HallPass fire list",
    "For a single detector the night porter checks the room, breaks a call point if there is any sign of fire, or resets the panel for a false alarm; if it is not reset within 5 minutes the Wardline alarm monitoring centre calls the fire service",
    "Residents who need help to leave have a PEEP and are reached within 5 minutes; false alarms from careless cooking cost £120 for each resident responsible and tampering with a detector £150"],
    ["Document: FS-02, version 6",
     "Owner: Magnus Ferriday, Fire and Safety Manager",
     "every alarm is treated as a real fire until a member of staff has shown that it is not.",
     "* A CONTINUOUS BELL or siren means leave the building now by the nearest exit.",
     TYPE_A, TYPE_B,
     "1. Leave at once by the nearest exit. Do not stop to collect belongings or to finish cooking, and never use the lifts.",
     STEP_6,
     "Resident with a PEEP reached ......... 5 minutes",
     "* A resident who causes a false alarm through careless cooking is charged £120, and each resident responsible is charged."])
add("summary", "what got decided at the residences committee in march", DX, [
    "From Monday 2 April 2035 the warden on-call allowance for a weeknight goes up from £25 to £30; the £40 for a Friday or Saturday night does not change",
    "From Monday 23 April 2035 the out-of-hours lock-out charge goes down from £25 to £15; the £10 charge in reception hours does not change",
    "From Monday 7 May 2035 a single-detector fire alarm is investigated for 3 minutes, instead of 5, before the fire service is called",
    "From Monday 16 April 2035 the laundry at Tenterfield Village closes at 01:00, instead of 23:00",
    "Overnight guests stay free; the proposal to charge £3 a night was rejected",
    "Deferred: heat pumps for Ostler House (June meeting, 11 June 2035) and smart locks for Beckside Court (September meeting, 17 September 2035)"],
    ["From Monday 2 April 2035 the warden on-call allowance for a weeknight goes up from £25 to £30; the £40 for a Friday or Saturday night does not change.",
     "From Monday 23 April 2035 the out-of-hours lock-out charge goes down from £25 to £15; the £10 charge in reception hours does not change.",
     "From Monday 7 May 2035 a single-detector fire alarm is investigated for 3 minutes, instead of 5, before the fire service is called.",
     "From Monday 16 April 2035 the laundry at Tenterfield Village closes at 01:00, instead of 23:00.",
     "Overnight guests stay free; the proposal to charge £3 a night was not agreed.",
     "Deferred: heat pumps for Ostler House (June meeting, 11 June 2035) and smart locks for Beckside Court (September meeting, 17 September 2035)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"kh-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "im a warden, whats the on call money for a tuesday night", MD,
         ["£25", "£25 for a weeknight on call (Sunday to Thursday nights); £40 for a Friday or Saturday night or bank holiday night"],
         [ONCALL]),
    turn(2, "factual", "and if my on call lands on a saturday?", MD,
         ["£40", "£40 for each Friday or Saturday night or bank holiday night on call"],
         [ONCALL]),
    turn(3, "factual", "tamsin reckons the weeknight rate is going up, how much to", DX,
         ["£30", "£30 a weeknight, up from £25, from Monday 2 April 2035"],
         ["The committee agreed that from Monday 2 April 2035 the warden on-call allowance for a weeknight goes up from £25 to £30."]),
    turn(4, "yes_no", "does the saturday one go up too", DX,
         ["no", "no, the £40 for a Friday or Saturday night or a bank holiday night does not change, and nor does the Residence Life Assistants' £15 a night"],
         ["The £40 for a Friday or Saturday night or a bank holiday night does not change, and nor does the Residence Life Assistants' on-call allowance of £15 a night."]),
]})
items.append({"id": f"kh-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "locked myself out at 2am and the porter let me in, how much is that gonna cost me", PD,
         ["£25", "£25 for a lock-out out of hours, when the night porter lets you in (£10 in reception hours); the first lock-out in each term is free"],
         [LOCKOUT_OOH, LOCKOUT_DAY]),
    turn(2, "yes_no", "its my first one this term tho, is that one free", PD,
         ["yes", "yes, the first lock-out in each term is free, whatever the time"],
         [("The first lock-out in each term is free, whatever the time.", 2), LOCKOUT_DAY]),
    turn(3, "factual", "my flatmate says lockouts are getting cheaper, whats the new price", DX,
         ["£15", "£15 for an out-of-hours lock-out, down from £25, from Monday 23 April 2035, the first day of the summer term; the £10 in reception hours does not change"],
         ["The committee agreed that from Monday 23 April 2035, the first day of the summer term, the charge for a lock-out out of hours goes down from £25 to £15.",
          "The £10 charge for a lock-out in reception hours does not change, and the first lock-out in each term is still free."]),
]})
items.append({"id": f"kh-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "porter here, when a single detector goes off how long have i got to check the flat before the fire brigade get called", TX,
         ["5 minutes", "5 minutes: if you have not confirmed a false alarm and reset the panel within 5 minutes, the fire service is called"],
         [STEP_6, "Single detector investigated ......... 5 minutes"]),
    turn(2, "factual", "who actually rings them, me?", TX,
         ["the Wardline alarm monitoring centre", "the Wardline alarm monitoring centre calls the fire service automatically; you phone the Duty Manager and treat it as a full alarm"],
         [STEP_6]),
    turn(3, "factual", "magnus said at handover that time is being cut, whats it going to be", DX,
         ["3 minutes", "3 minutes instead of 5, from Monday 7 May 2035"],
         ["The committee agreed that from Monday 7 May 2035 the night porter or duty staff have 3 minutes, instead of 5, to investigate a single-detector alarm before the fire service is called."]),
    turn(4, "yes_no", "so if someone smashes a break glass do we wait the 3 mins too", DX,
         ["no", "no, a call point or two or more detectors still brings a call to the fire service at once"],
         ["A call point or two or more detectors still brings a call to the fire service at once."]),
]})
items.append({"id": f"kh-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the laundry at tenterfield shut", HT,
         ["23:00", "23:00 every day; it opens at 07:00 (08:00 on Sundays), and the last wash starts 45 minutes before it closes"],
         [TENT_LAUNDRY, HOURS, "The last wash in each laundry starts 45 minutes before it closes."]),
    turn(2, "yes_no", "can i get in there before 7 to do a wash before my 9am", HT,
         ["no", "no, the Tenterfield Village laundry opens at 07:00 (08:00 on Sundays)"],
         [TENT_LAUNDRY, HOURS]),
    turn(3, "yes_no", "someone in my flat said its gonna be open later at night, is that true", DX,
         ["yes", "yes, from Monday 16 April 2035 the Tenterfield Village laundry closes at 01:00 every night instead of 23:00; its opening times do not change"],
         ["The committee agreed that from Monday 16 April 2035 the laundry at Tenterfield Village closes at 01:00 every night, instead of 23:00.",
          "Its opening times do not change, and the laundries at Beckside Court and Ostler House keep their hours."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
