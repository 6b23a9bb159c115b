"""The print kit: the werkvorm on paper for a session in a room, and the typed-in way back.

    BoardPlan + Werkvorm ──render──▶ poster PDF (A1, or tiled on A3/A4) + kit PDF (A4)
    Werkvorm + groups ──fillin──▶ <slug>.invulblad.xlsx / .csv ──read──▶ rows ──▶ BoardItems

The PDFs are drawn from the same plan and template as the boards; the filled-in sheet becomes
board items in the plan's own geometry, so harvest classifies them like any board.
"""
