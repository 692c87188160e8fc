"""Skills taxonomy benchmark: index load time, matching speed, and tech-skill recall.

Speed is measured on a built-in two-page resume (about 7,000 characters) so numbers compare
across machines and runs. When ``../shared/data/samples`` is present, the matcher is also timed
on the sample resumes and its recall is measured on real job-ad skill spans (Decorte et al.,
SkillSpan TECH test set): the share of annotated spans that a found skill covers.
"""

from __future__ import annotations

import csv
import statistics
from pathlib import Path

from atspro.analysis.taxonomy.skills import SkillIndex
from bench.stats import median_ms

REPO = Path(__file__).resolve().parents[1]

_EXPERIENCE = """\
Senior Software Engineer, Acme Analytics (2019 - present)
- Designed and built microservices in Python and Go running on Kubernetes (EKS) and AWS Lambda.
- Migrated a PostgreSQL and Redis data layer to Amazon Aurora; cut p99 latency by 40%.
- Owned CI/CD with GitHub Actions, Terraform and Helm; introduced automated testing with pytest.
- Mentored four engineers; ran Scrum ceremonies and improved communication with product teams.
- Built REST APIs and GraphQL endpoints consumed by React and React Native clients.
Software Engineer, Northwind Retail (2015 - 2019)
- Developed Java and Spring Boot services, Kafka consumers and Elasticsearch search.
- Wrote ETL pipelines with Apache Airflow and Spark; reported KPIs in Tableau and Power BI.
- Supported customers on-call; practised root cause analysis, attention to detail and teamwork.
"""

TWO_PAGE_RESUME = (
    "Jane Doe\nSenior Software Engineer\njane.doe@example.com | linkedin.com/in/janedoe\n\n"
    "Summary\nBackend engineer with 9 years of experience in distributed systems, data engineering "
    "and machine learning platforms. Strong leadership, problem solving and time management.\n\n"
    "Skills\nLanguages: Python, Go, Java, TypeScript, SQL, R, C/C++\n"
    "Cloud: AWS, GCP, Docker, Kubernetes, Terraform, Ansible\n"
    "Data: PostgreSQL, MySQL, MongoDB, Redis, Kafka, Spark, Airflow, dbt, Snowflake\n"
    "ML: scikit-learn, TensorFlow, PyTorch, pandas, NumPy, NLP\n"
    "Tools: Git, Jira, Confluence, Linux, Bash, Microsoft Excel, Word, PowerPoint\n\n"
    "Experience\n" + _EXPERIENCE * 7 + "\nEducation\nB.Sc. Computer Science, State University, "
    "Spring 2015\nCertifications: AWS Certified Solutions Architect, CKA\n"
    "Languages: English, Spanish\n"
)


def _samples() -> Path | None:
    for parent in REPO.parents:
        candidate = parent / "shared" / "data" / "samples"
        if candidate.is_dir():
            return candidate
    return None


def _sample_resume_texts(samples: Path) -> list[str]:
    from pypdf import PdfReader

    texts = []
    for pdf in sorted((samples / "resumes").glob("*.pdf")):
        try:
            texts.append("\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
        except Exception:  # a broken sample must not stop the benchmark
            continue
    return [t for t in texts if t.strip()]


def _tech_span_recall(index: SkillIndex, samples: Path) -> float | None:
    path = samples / "jobs" / "jd_skill_to_esco_decorte" / "tech_test_annotations.csv"
    if not path.is_file():
        return None
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["span"].strip()]
    found = 0
    cache: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        sentence, span = row["sentence"], row["span"].strip()
        if sentence not in cache:
            cache[sentence] = [(h.start, h.end) for h in index.find(sentence)]
        pos = sentence.find(span)
        if pos >= 0 and any(s < pos + len(span) and e > pos for s, e in cache[sentence]):
            found += 1
    return 100.0 * found / len(rows) if rows else None


def run() -> dict[str, float]:
    results: dict[str, float] = {}
    results["skills_index_load_ms"] = median_ms(SkillIndex.load, 5, warm=False)
    index = SkillIndex.load()
    index.find("warm up")
    results["skills_find_2page_p50_ms"] = median_ms(
        lambda: index.find(TWO_PAGE_RESUME), 200, warm=False
    )
    results["skills_find_titles_2page_p50_ms"] = median_ms(
        lambda: index.find_titles(TWO_PAGE_RESUME), 50, warm=False
    )
    results["skills_2page_hits_count"] = float(len(index.find(TWO_PAGE_RESUME)))
    samples = _samples()
    if samples is not None:
        texts = _sample_resume_texts(samples)
        if texts:
            per_text = [median_ms(lambda t=t: index.find(t), 20, warm=False) for t in texts]
            results["skills_find_sample_resumes_p50_ms"] = statistics.median(per_text)
        recall = _tech_span_recall(index, samples)
        if recall is not None:
            results["skills_tech_span_recall_pct"] = recall
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
