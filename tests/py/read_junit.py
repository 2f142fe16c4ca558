"""Reads a JUnit XML report with junitparser and prints what it sees as JSON: for each suite its
name and counts, and for each case its name, class and result (type, message, text)."""
import json
import sys

from junitparser import JUnitXml, TestSuite

xml = JUnitXml.fromfile(sys.argv[1])
suites = []
for suite in xml if not isinstance(xml, TestSuite) else [xml]:
    cases = []
    for case in suite:
        results = [
            {"tag": r._tag, "type": r.type, "message": r.message, "text": r.text}
            for r in case.result
        ]
        cases.append({"name": case.name, "classname": case.classname, "results": results,
                      "system_out": case.system_out})
    suites.append({"name": suite.name, "tests": suite.tests, "failures": suite.failures,
                   "errors": suite.errors, "cases": cases})
print(json.dumps(suites))
