# syntax=docker/dockerfile:1
# Multi-stage: build wheels once, run as a non-root user. Migrations apply on start.

FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml README.md ./
COPY atspro ./atspro
RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir .
# OCR: RapidOCR pulls opencv-python, which needs libGL; the headless build is the same cv2
# without GUI libraries, so the slim runtime image needs no system packages.
RUN pip uninstall -y opencv-python && pip install --no-cache-dir opencv-python-headless

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATA_DIR=/data \
    HEALTH_PORT=8080 \
    LOG_FORMAT=json
RUN groupadd --system atspro && useradd --system --gid atspro --home-dir /app atspro \
    && mkdir -p /data /app && chown atspro:atspro /data /app
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY --chown=atspro:atspro main.py ./
COPY --chown=atspro:atspro migrations ./migrations
COPY --chown=atspro:atspro atspro ./atspro
# PYTHONDONTWRITEBYTECODE keeps the running image read-only, so compile once here: otherwise
# every start (bot, worker, each CLI command) compiles atspro's source again (~0.1 s).
RUN python -m compileall -q atspro
USER atspro
EXPOSE 8080 8443
# Bot and worker containers alike serve /healthz on HEALTH_PORT (liveness + a database query).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import os, sys, urllib.request; port = os.environ.get('HEALTH_PORT') or '8080'; sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=4).status == 200 else 1)"
# `bot` applies pending migrations before it starts polling (an advisory lock keeps replicas safe).
CMD ["python", "main.py", "bot"]
