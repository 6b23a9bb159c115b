"""The follow-up layer: the micro-actions of a harvest as data, reminders, and a team's history.

It reads harvests, never boards. Its data part (:mod:`.model`, :mod:`.due`, :mod:`.words`,
:mod:`.text`) depends on the harvest alone, so the report can show actions with their ids, due
dates and statuses; what acts on them (:mod:`.ics`, :mod:`.listing`) sits above the report.
"""
