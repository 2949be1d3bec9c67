"""CI's own entry point must at least parse: a broken `.ci/run` fails every run before a test starts."""
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_entry_point_is_valid_bash_that_runs_make_test():
    script = ROOT / ".ci" / "run"
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True).returncode == 0
    assert script.read_text().rstrip().splitlines()[-1] == "make test"
