"""The follow-up layer: the micro-actions of a harvest as data, reminders, and a team's history.

Sits above harvest and report: it reads harvests, never boards.
"""
