"""The verdicts of generated pydantic models, for the tests: reads one JSON request per line,
{"type": "<model class>", "text": "<the payload as JSON text>"}, and writes one line per request,
{"ok": true} or {"ok": false, "error": "<first error>"}. The arguments: the folder to import from
and the module of the models (such as periskope_schema.models)."""

import importlib
import json
import sys

sys.path.insert(0, sys.argv[1])
models = importlib.import_module(sys.argv[2])

from pydantic import ValidationError  # noqa: E402

for line in sys.stdin:
    request = json.loads(line)
    model = getattr(models, request["type"])
    try:
        model.model_validate_json(request["text"])
        answer = {"ok": True}
    except ValidationError as error:
        first = error.errors()[0]
        answer = {"ok": False, "error": f"{first['loc']}: {first['msg']}"}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
