"""Which model the agents talk to, built from ``Settings``.

One question for the rest of the code: ``llm_available(settings)``. With no API key it is False
and no agent code path creates a client or opens a connection.

The HTTP client is created per run (``build_run``) and closed after it (``LlmRun.aclose``):
runs are seconds long and rare next to chat traffic, and a client never outlives the event
loop it was created on (worker processes, tests).

Every request says ``store=false`` (both API shapes): the provider must not keep resume text.
Every model call is counted as it is made (``RequestCounter``), so a run that fails after a
malformed answer, an HTTP 500 or a timeout still records the requests it spent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal

from agents import (
    Model,
    ModelProvider,
    ModelResponse,
    ModelSettings,
    OpenAIChatCompletionsModel,
    OpenAIResponsesModel,
    RunConfig,
)
from openai import AsyncOpenAI

from atspro.config import Settings

TaskKind = Literal["extract", "write"]


def llm_available(settings: Settings) -> bool:
    """True when an OpenAI-compatible endpoint is configured (an API key is set)."""
    return settings.llm_enabled


def model_name(settings: Settings, task: TaskKind) -> str:
    """The model for a kind of task: extraction and writing can use different models."""
    specific = settings.openai_model_extract if task == "extract" else settings.openai_model_write
    return specific or settings.openai_model


class SettingsModelProvider(ModelProvider):
    """Models for the one endpoint the settings name, over the API shape they name."""

    def __init__(self, settings: Settings) -> None:
        if settings.openai_api_key is None:
            raise RuntimeError("no LLM endpoint configured")  # callers check llm_available
        self.settings = settings
        self._client: AsyncOpenAI | None = None

    def client(self) -> AsyncOpenAI:
        if self._client is None:
            key = self.settings.openai_api_key
            assert key is not None
            self._client = AsyncOpenAI(
                api_key=key.get_secret_value(),
                base_url=self.settings.openai_base_url or None,
                timeout=self.settings.llm_timeout_s,
                max_retries=1,  # the run has its own time limit; one retry covers a blip
            )
        return self._client

    def get_model(self, model_name: str | None) -> Model:
        name = model_name or self.settings.openai_model
        if self.settings.openai_api == "responses":
            return OpenAIResponsesModel(name, self.client())
        return OpenAIChatCompletionsModel(name, self.client())

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None


# Sent with every request: the provider keeps no copy of the documents.
PRIVATE_SETTINGS = ModelSettings(store=False)


@dataclass
class RequestCounter:
    """Model calls made and tokens reported, kept even when the run then fails."""

    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0

    def add(self, usage: Any) -> None:
        if usage is None:
            return
        self.input_tokens += usage.input_tokens
        self.output_tokens += usage.output_tokens
        self.total_tokens += usage.total_tokens


class CountingModel(Model):
    """``inner`` with each call counted before it is sent (a failed call is a spent call)."""

    def __init__(self, inner: Model, counter: RequestCounter) -> None:
        self.inner = inner
        self.counter = counter
        self.model = getattr(inner, "model", type(inner).__name__)

    async def get_response(self, *args: Any, **kwargs: Any) -> ModelResponse:
        self.counter.requests += 1
        response = await self.inner.get_response(*args, **kwargs)
        self.counter.add(response.usage)
        return response

    def stream_response(self, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        self.counter.requests += 1
        return self.inner.stream_response(*args, **kwargs)

    async def close(self) -> None:
        await self.inner.close()


@dataclass
class LlmRun:
    """Everything one agent run needs: the run config and what to close afterwards."""

    config: RunConfig
    model: str
    api: str
    max_turns: int
    timeout_s: float
    provider: SettingsModelProvider | None = None
    counter: RequestCounter = field(default_factory=RequestCounter)

    async def aclose(self) -> None:
        if self.provider is not None:
            await self.provider.aclose()


def _run_config(model: CountingModel, tracing_off: bool, workflow: str) -> RunConfig:
    """One run's config: private model settings, and document text never sent to traces."""
    return RunConfig(
        model=model,
        model_settings=PRIVATE_SETTINGS,
        tracing_disabled=tracing_off,
        trace_include_sensitive_data=False,
        workflow_name=workflow,
    )


def build_run(
    settings: Settings, task: TaskKind, *, workflow: str, model: Model | None = None
) -> LlmRun:
    """The run config for one agent run; ``model`` (tests, custom backends) skips the provider.

    Tracing stays off unless ``LLM_TRACING`` is set, and even then document text is never
    included in traces.
    """
    tracing_off = not settings.llm_tracing
    counter = RequestCounter()
    if model is not None:
        return LlmRun(
            _run_config(CountingModel(model, counter), tracing_off, workflow),
            getattr(model, "model", type(model).__name__),
            "injected",
            settings.llm_max_turns,
            settings.llm_timeout_s,
            counter=counter,
        )
    if not llm_available(settings):
        raise RuntimeError("no LLM endpoint configured")
    if not tracing_off:
        from agents import set_tracing_export_api_key

        assert settings.openai_api_key is not None
        set_tracing_export_api_key(settings.openai_api_key.get_secret_value())
    provider = SettingsModelProvider(settings)
    name = model_name(settings, task)
    return LlmRun(
        _run_config(CountingModel(provider.get_model(name), counter), tracing_off, workflow),
        name,
        settings.openai_api,
        settings.llm_max_turns,
        settings.llm_timeout_s,
        provider,
        counter,
    )
