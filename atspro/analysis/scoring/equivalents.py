"""Equivalence, not string equality: what else on a resume shows a skill the posting asks for.

A recruiter reading "Bachelor of Accountancy, CPA" does not ask for "Accounting". Each entry
maps a canonical skill (lower-case, as the taxonomy names it) to phrases that show it fully:
degree disciplines, certifications that cannot be earned without the skill, and common
phrasings the taxonomy does not know. Kept short and reviewable; extend it when a real
resume shows a missing equivalence (and add a test).
"""

from __future__ import annotations

# canonical skill (lower) -> phrases that show it
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "accounting": (
        "accountancy",
        "CPA",
        "ACCA",
        "CIMA",
        "chartered accountant",
        "certified public accountant",
        "accountant",
        "bookkeeping",
    ),
    "statistics": (
        "statistical methods",
        "statistical modelling",
        "statistical modeling",
        "statistical analysis",
        "biostatistics",
        "statistician",
    ),
    "mathematics": ("math", "maths", "mathematical"),
    "statistical analysis": ("statistical methods", "statistics", "statistical modeling"),
    "machine learning": ("ML engineer", "machine-learning", "deep learning"),
    "nursing": ("registered nurse", "RN", "BSN", "nurse"),
    "human resources": (
        "HR",
        "human resource management",
        "HRM",
        "people operations",
        "SHRM-CP",
        "SHRM-SCP",
        "PHR",
    ),
    "process improvement": ("Six Sigma", "Kaizen", "continuous improvement"),
    "scrum": ("Scrum Master", "CSM", "PSM"),
    "data science": ("data scientist", "machine learning"),
    "data analysis": ("data analyst", "analysed data", "analyzed data"),
    "quality assurance": ("QA engineer", "QA analyst", "quality engineer"),
    "software testing": ("QA engineer", "test automation", "SDET"),
    "financial modeling": ("financial model", "financial models", "3-statement model"),
    "recruiting": ("talent acquisition", "recruitment", "recruiter", "sourcing candidates"),
    "recruitment": ("talent acquisition", "recruiting", "recruiter"),
    "financial analysis": ("CFA", "financial modeling", "financial modelling"),
    "project management": ("PMP", "PRINCE2", "project manager"),
    "computer science": ("software engineering", "computer engineering"),
    "software development": ("software engineer", "software developer", "software engineering"),
    "pharmacy": ("PharmD", "pharmacist"),
    "teaching": ("teacher", "PGCE", "teaching certificate"),
    "law": ("JD", "LLB", "LLM", "attorney", "lawyer", "bar admission"),
}


def equivalent_terms(canonical_lower: str) -> tuple[str, ...]:
    """Phrases that show the skill, besides its own spellings (empty when none are known)."""
    return EQUIVALENTS.get(canonical_lower, ())
