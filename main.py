"""Entry point: ``python main.py [subcommand]`` (defaults to ``bot``)."""

from atspro.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
