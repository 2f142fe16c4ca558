"""The verdicts of the wheel's pydantic models (periskope_schema.models), for the tests: reads
one JSON request per line, {"type": "<model class>", "text": "<the payload as JSON text>"}, and writes one line
per request, {"ok": true} or {"ok": false, "error": "<first error>"}. The folder holding the
periskope_schema package is the first argument."""

import json
import sys

sys.path.insert(0, sys.argv[1])
from periskope_schema import models  # noqa: E402

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
