"""The template texts a harvest carries, so reports need no template."""

from __future__ import annotations

from ..template import ZONES, Werkvorm
from .model import BucketInfo, Context, PartyInfo, PromptInfo, ZoneInfo


def context_of(wv: Werkvorm) -> Context:
    prompts = [
        PromptInfo(key=p.key, step=1, section=s.title, label=p.text) for s in wv.step1.sections for p in s.prompts
    ]
    prompts += [
        PromptInfo(key=q.key, step=2, section=wv.labels.key_questions, label=q.text) for q in wv.step2.key_questions
    ]
    return Context(
        title=wv.title,
        lang=wv.lang,
        labels={
            **wv.labels.model_dump(),
            # Texts the report needs that live elsewhere in the template.
            "patient": wv.step2.patient_label,
            "action": wv.step3.form.action,
            "effect": wv.step3.form.effect,
            "owner": wv.step3.form.owner,
            "deadline": wv.step3.form.deadline,
            "step1": f"{wv.labels.step} 1",
        },
        step_titles={i: s.title for i, s in enumerate(wv.steps, start=1)},
        prompts=prompts,
        zones=[ZoneInfo(key=z, label=wv.step2.zones[z].label, definition=wv.step2.zones[z].definition) for z in ZONES],
        parties=[
            PartyInfo(
                key=p.key,
                label=p.label,
                sector=p.sector,
                sector_label=wv.sector(p.sector).label,
                color=wv.sector(p.sector).color,
                bucket=p.bucket,
            )
            for p in wv.parties
        ],
        buckets=[BucketInfo(key=b.key, label=b.label, survey_share=b.survey_share) for b in wv.buckets],
        survey_source=wv.survey.source,
        survey_note=wv.survey.note,
    )
