"""Print the README's configuration table from atspro.config.Settings (one source of truth).

Usage: python scripts/settings_table.py > /tmp/table.md  (then paste into README.md)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from atspro.config import Settings


def table() -> str:
    rows = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for name, field in Settings.model_fields.items():
        default = field.get_default(call_default_factory=False)
        if field.default_factory is not None:
            shown = "user data dir" if name == "data_dir" else "empty"
        elif default is None:
            shown = "empty"
        else:
            shown = f"`{default}`"
        rows.append(f"| `{name.upper()}` | {shown} | {field.description or ''} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())
