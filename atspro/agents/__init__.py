"""Optional LLM help (OpenAI Agents SDK): grounded extraction, rewrites and cover letters.

Entry points for services: ``atspro.agents.pipeline`` (enhance_resume, enhance_job,
write_rewrites, write_cover_letter, llm_quota_ok, rewrites_map); the AI buttons' use case is
``atspro.services.writing``. No chat, no queue, no rendering here. Nothing runs, or opens a
connection, without an API key.
"""
