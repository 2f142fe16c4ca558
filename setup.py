# A placeholder package for pre-commit's python hook (periskope-schema-validate in
# .pre-commit-hooks.yaml): pre-commit installs this repository with pip, and this package only
# requires the periskope-schema wheel of the same version, which holds the compiled command, so
# the hook needs no Rust toolchain. The wheel itself is built from pypi/pyproject.toml. A test
# keeps the pinned version equal to the workspace's.
from setuptools import setup

setup(
    name="periskope-schema-pre-commit-placeholder",
    version="0.0.0",
    install_requires=["periskope-schema==0.1.0"],
    # Nothing of the repository is Python: no package to discover.
    packages=[],
    py_modules=[],
)
